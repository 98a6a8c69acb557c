/**
 * @module The attribution stage's knowledge, loaded once at setup from `data/` (cue verbs, reporting
 * phrases, hedges, source nouns) and compiled into lookup tables keyed by first word, so that the
 * per-document scan is one pass over the tokens.
 */
import { readFileSync } from 'node:fs';
import { hedges as packageHedges } from 'hedges';
import { dataPath, PhraseTable, type NormalForms } from '../../lexicon/phrases.js';
import { WordBits } from '../../util/vocabulary.js';

export type ClaimType = 'statement' | 'forecast' | 'pledge' | 'allegation' | 'denial' | 'rejection';

/** What a cue attributes: speech, a thought, an intent, evidence, a stance or a decision (see
 * data/cues.tsv). */
export type CueType = 'speech' | 'thought' | 'intent' | 'evidence' | 'stance' | 'decision';
export const CUE_TYPES: ReadonlySet<string> = new Set(['speech', 'thought', 'intent', 'evidence', 'stance', 'decision']);
/** Cue types that attribute no proposition: no claim, and the content keeps the article's status. */
export const NO_CLAIM: ReadonlySet<CueType> = new Set(['stance', 'decision']);

export interface CueEntry {
  lemma: string;
  /** Words after the verb in a phrasal cue ("call for" → "for", "make the case" → "the case"), or null. */
  particle: string | null;
  type: ClaimType;
  frames: ReadonlySet<string>;
  /** Only a cue when a clause, a quote or one of its prepositions follows. */
  strict: boolean;
  cueType: CueType;
}

export interface NounEntry {
  phrase: string;
  kind: 'source-after' | 'noun' | 'frame-in';
  type: ClaimType;
  /** For a reporting noun: what may follow and open the content ("that", "to", prepositions). */
  frames: ReadonlySet<string>;
  cueType: CueType;
}

export interface AttributionLexicon {
  /** Cue verbs by lemma (one lemma may have a plain and a particle entry). */
  cues: Map<string, CueEntry[]>;
  /** Reporting phrases ("according to") and nouns ("claim"), matched on lower-cased tokens. */
  nouns: PhraseTable<NounEntry>;
  /** Hedge words and phrases, matched on lower-cased tokens. */
  hedges: PhraseTable<string>;
  /** Attitude adjectives ("confident that", "wary of") by lower-cased form. */
  adjectives: Map<string, CueEntry>;
  /** Light verbs (by lemma) taking a reporting noun: "made a condemnation of", "issued a statement". */
  lightVerbs: ReadonlySet<string>;
  /** Reporting nouns after a light verb, and agent nouns ("a staunch opponent of"), by lower-cased form. */
  lightNouns: Map<string, CueEntry>;
  agentNouns: Map<string, CueEntry>;
  /** Every word (written form or lemma) that may start a cue, with the kinds it may start (`C_*` bits):
   * the per-token scan looks a token up here once and skips it when nothing can start there. */
  candidates: WordBits;
  /** Heads of a document noun phrase that frames a clause opened by "In": "In the newest Fenwick
   * poll, Quist leads …" (the poll is the source, "In" the cue). */
  frameHeads: ReadonlySet<string>;
  /** Source head lemmas typed anonymous / collective / document. */
  sourceKinds: Map<string, string>;
  /** Closed word lists of `data/words.tsv` the finder consults (see there). */
  words: WordLists;
}

export interface WordLists {
  adverbBeforeCue: ReadonlySet<string>;
  adverbAfterCue: ReadonlySet<string>;
  temporal: ReadonlySet<string>;
  participleCues: ReadonlySet<string>;
  reportFrames: ReadonlySet<string>;
  plainSpeech: ReadonlySet<string>;
  editorialLabels: ReadonlySet<string>;
}

const WORD_LISTS: Record<string, keyof WordLists> = {
  'adverb-before-cue': 'adverbBeforeCue',
  'adverb-after-cue': 'adverbAfterCue',
  temporal: 'temporal',
  'participle-cue': 'participleCues',
  'report-frame': 'reportFrames',
  'plain-speech': 'plainSpeech',
  'editorial-label': 'editorialLabels',
};

/** The word lists of `words.tsv` (list · word), every list present (possibly empty). */
export function loadWordLists(file: string): WordLists {
  const lists = Object.fromEntries(Object.values(WORD_LISTS).map((k) => [k, new Set<string>()])) as Record<keyof WordLists, Set<string>>;
  for (const [list, word] of readRows(file)) {
    const key = WORD_LISTS[list];
    if (!key) throw new Error(`words.tsv: unknown list '${list}'`);
    if (!word) throw new Error(`words.tsv: no word in list '${list}'`);
    lists[key].add(word);
  }
  return lists;
}

const CLAIM_TYPES = new Set(['statement', 'forecast', 'pledge', 'allegation', 'denial', 'rejection']);

/** Rows of a tab-separated data file, comments (#) and blank lines skipped. */
export function readRows(file: string): string[][] {
  return readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .filter((l) => l.trim() && !l.startsWith('#'))
    .map((l) => l.split('\t').map((c) => c.trim()));
}

export const C_NOUN = 1;
export const C_LIGHT = 2;
export const C_COPULA = 4;
export const C_ADJ = 8;
export const C_CUE = 16;
export const C_FRAME = 32;
export const COPULAS: ReadonlySet<string> = new Set(['be', 'is', 'was', 'are', 'were', 'been', 'being', "'s", "'re", "'m", 'am', 'become', 'becomes', 'became', 'remain', 'remains', 'remained', 'seem', 'seems', 'seemed', 'appear', 'appears', 'appeared', 'grow', 'grows', 'grew', 'grown', 'feel', 'feels', 'felt', 'sound', 'sounds', 'sounded', 'sounding']);

export function loadAttributionLexicon(dir = dataPath('attribution')): AttributionLexicon {
  const cues = new Map<string, CueEntry[]>();
  for (const [phrase, type, frames = '', cueType = 'speech'] of readRows(`${dir}/cues.tsv`)) {
    if (!CLAIM_TYPES.has(type)) throw new Error(`cues.tsv: unknown claim type '${type}' for '${phrase}'`);
    if (!CUE_TYPES.has(cueType)) throw new Error(`cues.tsv: unknown class '${cueType}' for '${phrase}'`);
    const [lemma, ...rest] = phrase.split(' ');
    const particle = rest.length ? rest.join(' ') : null;
    const set = new Set(frames.split(',').filter(Boolean));
    const entry: CueEntry = { lemma, particle, type: type as ClaimType, frames: set, strict: set.has('strict'), cueType: cueType as CueType };
    const list = cues.get(lemma) ?? [];
    // Particle entries first, longest first: "take issue" before "take", "call for" before "call".
    list.push(entry);
    list.sort((a, b) => (b.particle?.length ?? -1) - (a.particle?.length ?? -1));
    cues.set(lemma, list);
  }
  const nouns = new PhraseTable<NounEntry>();
  const frameHeads = new Set<string>();
  for (const [phrase, kind, type, frames = 'that', cueType = 'speech'] of readRows(`${dir}/nouns.tsv`)) {
    if (kind !== 'source-after' && kind !== 'noun' && kind !== 'frame-in') throw new Error(`nouns.tsv: unknown kind '${kind}'`);
    if (!CLAIM_TYPES.has(type)) throw new Error(`nouns.tsv: unknown claim type '${type}'`);
    if (!CUE_TYPES.has(cueType)) throw new Error(`nouns.tsv: unknown class '${cueType}' for '${phrase}'`);
    if (kind === 'frame-in') {
      frameHeads.add(phrase);
      continue;
    }
    nouns.add(phrase, { phrase, kind, type: type as ClaimType, frames: new Set(frames.split(',').filter(Boolean)), cueType: cueType as CueType });
  }
  const exclude = new Set(readRows(`${dir}/hedges-exclude.txt`).map((r) => r[0]));
  const hedges = new PhraseTable<string>();
  for (const h of packageHedges) if (!exclude.has(h)) hedges.add(h, h);
  for (const [h] of readRows(`${dir}/hedges.txt`)) hedges.add(h, h);
  const adjectives = new Map<string, CueEntry>();
  for (const [word, type, frames = '', cueType = 'thought'] of readRows(`${dir}/adjectives.tsv`)) {
    if (!CLAIM_TYPES.has(type)) throw new Error(`adjectives.tsv: unknown claim type '${type}' for '${word}'`);
    if (!CUE_TYPES.has(cueType)) throw new Error(`adjectives.tsv: unknown class '${cueType}' for '${word}'`);
    const set = new Set(frames.split(',').filter(Boolean));
    adjectives.set(word, { lemma: word, particle: null, type: type as ClaimType, frames: set, strict: true, cueType: cueType as CueType });
  }
  const lightVerbs = new Set<string>();
  const lightNouns = new Map<string, CueEntry>();
  const agentNouns = new Map<string, CueEntry>();
  for (const [kind, word, type, frames = '', cueType = 'speech'] of readRows(`${dir}/constructions.tsv`)) {
    if (!CLAIM_TYPES.has(type)) throw new Error(`constructions.tsv: unknown claim type '${type}' for '${word}'`);
    if (!CUE_TYPES.has(cueType)) throw new Error(`constructions.tsv: unknown class '${cueType}' for '${word}'`);
    const entry: CueEntry = { lemma: word, particle: null, type: type as ClaimType, frames: new Set(frames.split(',').filter(Boolean)), strict: true, cueType: cueType as CueType };
    if (kind === 'light') lightVerbs.add(word);
    else if (kind === 'noun') lightNouns.set(word, entry);
    else if (kind === 'agent') agentNouns.set(word, entry);
    else throw new Error(`constructions.tsv: unknown kind '${kind}'`);
  }
  const sourceKinds = new Map(readRows(`${dir}/sources.tsv`).map(([lemma, kind]) => [lemma, kind] as [string, string]));
  const candidates = new Map<string, number>();
  const mark = (word: string, bit: number) => candidates.set(word, (candidates.get(word) ?? 0) | bit);
  for (const first of nouns.firstWords()) mark(first, C_NOUN);
  if (frameHeads.size) mark('in', C_FRAME);
  for (const v of lightVerbs) mark(v, C_LIGHT);
  for (const v of COPULAS) mark(v, C_COPULA);
  for (const a of adjectives.keys()) mark(a, C_ADJ);
  for (const lemma of cues.keys()) {
    // The lemma, and the forms a tagger slip leaves unlemmatized: "reports/NOUN", "promising/ADJ".
    mark(lemma, C_CUE);
    mark(`${lemma}s`, C_CUE);
    mark(`${lemma}es`, C_CUE);
    mark(`${lemma}ing`, C_CUE);
    if (lemma.endsWith('e')) mark(`${lemma.slice(0, -1)}ing`, C_CUE);
    mark(`${lemma}${lemma[lemma.length - 1]}ing`, C_CUE);
  }
  const words = loadWordLists(`${dir}/words.tsv`);
  return { cues, nouns, hedges, adjectives, lightVerbs, lightNouns, agentNouns, candidates: new WordBits(candidates), frameHeads, sourceKinds, words };
}

/** The kinds of cue (`C_*` bits) token `i` may start, by its form or its lemma. */
export function candidateBits(lex: AttributionLexicon, forms: NormalForms, i: number): number {
  const { candidates } = lex;
  return candidates.at(forms.lower, forms.lowerId, i) | candidates.at(forms.lemma, forms.lemmaId, i);
}
