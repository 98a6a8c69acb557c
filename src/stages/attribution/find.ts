/**
 * @module Finding attributions on the token table (no parser): cue predicates from the lexicon, the
 * source noun phrase beside them (subject, inverted subject, relative pronoun, "according to X"), and
 * the content they govern (the clause after the cue, or the quotation or clause before it). Direct
 * quotations come from `marks.ts`; this module attaches them to their cue. Deciding what the
 * attributions mean (speaker entity, claim type, status) is `decide.ts`'s job.
 */
import type { QuoteKind, Sentence, Tokens } from '../../model/layers.js';
import type { NormalForms, PhraseMatch } from '../../lexicon/phrases.js';
import { C_ADJ, C_COPULA, C_CUE, C_FRAME, C_LIGHT, C_NOUN, candidateBits, COPULAS, type AttributionLexicon, type ClaimType, type CueEntry, type CueType, type NounEntry } from './lexicon.js';
import type { MarkedQuote } from './marks.js';

export type Range = [number, number];

export type SourceKind = 'named' | 'pronoun' | 'relative' | 'description' | 'anonymous' | 'collective' | 'document' | 'passive' | 'none';

export interface RawAttribution {
  kind: QuoteKind;
  /** Token ranges, end exclusive. */
  cue: Range | null;
  source: Range | null;
  content: Range;
  type: ClaimType;
  /** What the cue attributes (speech, thought, intent, evidence, stance). */
  cueType: CueType;
  /** The cue's lemma ("say", "according to", ":"). */
  cueLemma: string | null;
  /** Which rule found it (for diagnostics and error analysis). */
  rule: string;
  passive: boolean;
}

export interface FindContext {
  tokens: Tokens;
  forms: NormalForms;
  sentences: readonly Sentence[];
  lex: AttributionLexicon;
  quotes: MarkedQuote[];
  /** Marked quote index whose opening mark is this token, else -1. */
  quoteOpenAt: Int32Array;
  /** Marked quote index whose closing mark is this token, else -1. */
  quoteCloseAt: Int32Array;
  /** Marked quote index covering this token (marks included), else -1 (innermost). */
  quoteCover: Int32Array;
  /** Whether a token belongs to a mention of a person (from the `entities` layer, when present). */
  person?: (i: number) => boolean;
  /** Hedge matches of the whole document, in text order (scanned once). */
  hedgeMatches?: Range[];
}

const PERSONAL = new Set(['he', 'she', 'they', 'i', 'we', 'it', 'you']);
/** "her husband", "their leader": a noun phrase, which the tagger may read as starting with a pronoun. */
const POSSESSIVE_DETERMINERS = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);
const RELATIVE = new Set(['who', 'which', 'that']);
const WH = new Set(['how', 'what', 'whether', 'why', 'who', 'when', 'where', 'which', 'if']);
/** Auxiliaries and negation between a subject and its cue ("has since said", "did not say"); the
 * adverbs and floating quantifiers that may stand there too are in data/words.tsv. */
const AUX_BEFORE_CUE = new Set(['has', 'have', 'had', 'will', 'would', 'could', 'may', 'might', 'should', 'can', 'did', 'does', 'do', 'is', 'was', 'are', 'were', 'not', "n't", 'never', 'been', 'be', "'s", "'ve", "'d", "'ll"]);
const skipBeforeCue = (c: FindContext, w: string) => AUX_BEFORE_CUE.has(w) || c.lex.words.adverbBeforeCue.has(w);
/** Prepositions and deictic words opening a time or circumstance phrase after a cue; the bare days
 * and adverbs that may stand there are in data/words.tsv. */
const TIME_PREPS = new Set(['in', 'on', 'at', 'during', 'after', 'before', 'last', 'this', 'earlier', 'late', 'via', 'through', 'to', 'from']);
const prepSkip = (c: FindContext, w: string) => TIME_PREPS.has(w) || c.lex.words.adverbAfterCue.has(w);
const BRIDGE = new Set(['of', 'for', 'at', 'from', 'with', 'to', 'on', 'in']);
/** Walking back from a cue, only these join a source's head to its complement: "in"/"on" would pull
 * in circumstances ("the council in late January said"). */
const BACK_BRIDGE = new Set(['of', 'for', 'at', 'from', 'with']);
const BE = new Set(['be', 'is', 'was', 'are', 'were', 'been', 'being', "'s", "'re", 'am']);
const CLAUSE_END = new Set(['.', '!', '?', ';']);

/** A dash setting off a phrase: an em or en dash, a double hyphen, or a hyphen with spaces on both
 * sides ("The judge - who said … - said"), as news archives type it. */
function dashAt(c: FindContext, k: number): boolean {
  const t = c.tokens.text[k];
  if (t === '—' || t === '–' || t === '―' || t === '--') return true;
  return t === '-' && c.tokens.spaceBefore[k] === 1 && (k + 1 >= c.tokens.length || c.tokens.spaceBefore[k + 1] === 1);
}

const isOpenMark = (c: FindContext, i: number) => i >= 0 && i < c.tokens.length && c.quoteOpenAt[i] >= 0;
const isCloseMark = (c: FindContext, i: number) => i >= 0 && c.quoteCloseAt[i] >= 0;

function nominal(c: FindContext, i: number): boolean {
  const p = c.tokens.pos[i];
  if (p === 'PROPN' || p === 'NOUN' || p === 'NUM') return true;
  // "57% say": a percentage is a quantity of people in poll reports.
  if (c.tokens.text[i] === '%' && i > 0 && c.tokens.pos[i - 1] === 'NUM') return true;
  // A name the tagger read as a verb ("Pierce/VERB said", "Rosa Pierce/VERB ,"): capitalized, and
  // right before a verb or after a proper noun.
  if (p === 'VERB' && /^[A-Z][a-z]/.test(c.tokens.text[i]) && i + 1 < c.tokens.length) {
    const next = c.tokens.pos[i + 1];
    if (next === 'VERB' || next === 'AUX' || (i > 0 && c.tokens.pos[i - 1] === 'PROPN')) return true;
  }
  // ("someone asked", "everybody knows": an indefinite pronoun for people.)
  if (p === 'PRON') return PERSONAL.has(c.forms.lower[i]) || /^(some|every|any|no)(one|body)$/.test(c.forms.lower[i]);
  return capitalizedAfterVerb(c, i);
}

/** A capitalized word the tagger read as a verb or adjective right after a verb, before a comma or
 * the sentence end: a name ('said Wade/VERB,'). */
function capitalizedAfterVerb(c: FindContext, i: number): boolean {
  const p = c.tokens.pos[i];
  if ((p !== 'VERB' && p !== 'ADJ') || i === 0 || !/^[A-Z][a-z]/.test(c.tokens.text[i]) || c.tokens.pos[i - 1] !== 'VERB') return false;
  if (c.tokens.sentence[i - 1] !== c.tokens.sentence[i]) return false;
  const next = i + 1 < c.tokens.length ? c.forms.lower[i + 1] : '.';
  return next === ',' || CLAUSE_END.has(next);
}

function npWord(c: FindContext, i: number): boolean {
  const p = c.tokens.pos[i];
  const l = c.forms.lower[i];
  if (p === 'PROPN' || p === 'NOUN' || p === 'NUM' || p === 'ADJ' || p === 'DET') return true;
  if (l === "'s") return true;
  if (l === '%' && i > 0 && c.tokens.pos[i - 1] === 'NUM') return true;
  if (l === "'") return c.quoteCover[i] < 0 || (c.quoteOpenAt[i] < 0 && c.quoteCloseAt[i] < 0 && !(i > 0 && c.quoteOpenAt[i - 1] >= 0));
  if (p === 'PRON') return !RELATIVE.has(l);
  // Hyphen inside a word ("vice-presidential", "R-IN"), and the word after it ("US-led").
  if ((l === '-' || l === '–') && !c.tokens.spaceBefore[i] && i + 1 < c.tokens.length && !c.tokens.spaceBefore[i + 1]) return true;
  if (i > 0 && !c.tokens.spaceBefore[i] && (c.forms.lower[i - 1] === '-' || c.forms.lower[i - 1] === '–') && !c.tokens.spaceBefore[i - 1] && c.tokens.kind[i] === 'word') return true;
  // Capitalized word mis-tagged as verb inside a name ("Inherent Resolve"), or a name right after a
  // cue verb ('said Wade/VERB,').
  if (p === 'VERB' && /^[A-Z]/.test(c.tokens.text[i]) && i > 0 && (c.tokens.pos[i - 1] === 'PROPN' || (c.tokens.pos[i - 1] === 'NOUN' && /^[A-Z]/.test(c.tokens.text[i - 1]) && c.tokens.sentence[i - 1] === c.tokens.sentence[i] && i - 1 > c.sentences[c.tokens.sentence[i]].tokenStart))) return true;
  // A first name or place the tagger read as a verb or auxiliary right after a verb, before a name or
  // noun ('said Drew/VERB Whitley', 'said Will/AUX Okonkwo', 'said Reading/VERB resident Ada Finch').
  if ((p === 'VERB' || p === 'AUX') && /^[A-Z][a-z]/.test(c.tokens.text[i]) && i > 0 && c.tokens.pos[i - 1] === 'VERB' && c.tokens.sentence[i - 1] === c.tokens.sentence[i] && i + 1 < c.tokens.length && (c.tokens.pos[i + 1] === 'PROPN' || c.tokens.pos[i + 1] === 'NOUN')) return true;
  if (capitalizedAfterVerb(c, i)) return true;
  // ("the printed/VERB door hanger": a participle between a determiner and its noun.)
  if (p === 'VERB' && /ed$/.test(l) && i > 0 && (c.tokens.pos[i - 1] === 'DET' || c.tokens.pos[i - 1] === 'ADJ') && i + 1 < c.tokens.length && (c.tokens.pos[i + 1] === 'NOUN' || c.tokens.pos[i + 1] === 'PROPN') && c.tokens.sentence[i + 1] === c.tokens.sentence[i]) return true;
  if ((p === 'PUNCT' && (l === '(' || l === ')')) ) return false;
  return false;
}

/** The noun phrase ending at token `j` (inclusive), walking left inside sentence start `lo`. */
export function npBackward(c: FindContext, j: number, lo: number): Range | null {
  // "The Danish military chief/ADJ says": a noun the tagger took for an adjective, inside a phrase
  // that opens with a determiner.
  let mistagged = false;
  if (j >= lo && c.tokens.pos[j] === 'ADJ') {
    let k = j - 1;
    while (k >= lo && (c.tokens.pos[k] === 'ADJ' || c.tokens.pos[k] === 'NOUN' || c.tokens.pos[k] === 'PROPN')) k--;
    // ("Dana Okafor's brief/ADJ said": a possessive determines the phrase as well.)
    mistagged = k >= lo && (c.tokens.pos[k] === 'DET' || c.forms.lower[k] === "'s" || c.forms.lower[k] === '’s' || POSSESSIVE_DETERMINERS.has(c.forms.lower[k])) && k < j - 0;
  }
  if (j < lo || (!nominal(c, j) && !mistagged)) {
    // "the president's" as a source (PolNeAR marks the possessor): allow ending on 's.
    if (!(j >= lo && c.forms.lower[j] === "'s" && j - 1 >= lo && nominal(c, j - 1))) return null;
  }
  if (c.tokens.pos[j] === 'PRON') return [j, j + 1];
  let a = j;
  let n = 0;
  while (a - 1 >= lo && n < 14) {
    const k = a - 1;
    if (npWord(c, k)) {
      if (c.tokens.pos[k] === 'PRON' && PERSONAL.has(c.forms.lower[k])) break;
      a = k;
      n++;
      // A capitalized determiner inside a name ("KXTV This Evening anchor") does not end it.
      const inName = k - 1 >= lo && c.tokens.pos[k - 1] === 'PROPN' && /^[A-Z]/.test(c.tokens.text[k]) && k > c.sentences[c.tokens.sentence[k]].tokenStart;
      // "all the farmers", "both the senators": a predeterminer before the determiner.
      const predeterminer = k - 1 >= lo && /^(all|both|half)$/.test(c.forms.lower[k - 1]);
      if (c.tokens.pos[k] === 'DET' && !inName && !predeterminer && !(k - 1 >= lo && BRIDGE.has(c.forms.lower[k - 1]))) break;
      continue;
    }
    // "Rep. Tobias Wren (D-Mich.)": a short parenthesis inside a name.
    if (c.forms.lower[k] === ')') {
      let m = k - 1;
      while (m > lo && k - m < 8 && c.forms.lower[m] !== '(') m--;
      if (m > lo && c.forms.lower[m] === '(' && nominal(c, m - 1)) {
        a = m;
        n += k - m;
        continue;
      }
      break;
    }
    // "Brenneman and Oduya", "Mr. Haddad and Ms. Holm": two names joined.
    if (c.forms.lower[k] === 'and' && c.tokens.pos[a] === 'PROPN' && k - 1 >= lo && c.tokens.pos[k - 1] === 'PROPN') {
      a = k;
      n++;
      continue;
    }
    // "Critics of the program", "a spokesman for the campaign": bridge a preposition to a noun.
    // ("A 2019 report by economist Hana Petrov found": a document and its author.)
    if ((BACK_BRIDGE.has(c.forms.lower[k]) || (c.forms.lower[k] === 'by' && k - 1 >= lo && isDocument(c, k - 1))) && k - 1 >= lo && (c.tokens.pos[k - 1] === 'NOUN' || c.tokens.pos[k - 1] === 'PROPN')) {
      a = k;
      n++;
      continue;
    }
    break;
  }
  // Do not start on a bridge word or a possessive.
  while (a < j && (BRIDGE.has(c.forms.lower[a]) || c.forms.lower[a] === "'s")) a++;
  return [a, j + 1];
}

/** The noun phrase starting at token `i`, inside sentence end `hi` (exclusive). */
export function npForward(c: FindContext, i: number, hi: number): Range | null {
  if (i >= hi) return null;
  const first = c.tokens.pos[i];
  if (first === 'PRON') return PERSONAL.has(c.forms.lower[i]) || c.forms.lower[i] === 'she' ? [i, i + 1] : null;
  if (!npWord(c, i)) return null;
  let b = i;
  // "most of the money", "many of them": a quantifier heads the phrase.
  let sawNoun = nominal(c, i) || QUANTIFIERS.has(c.forms.lower[i]) || c.forms.lower[i] === 'much' || c.forms.lower[i] === 'another' || c.forms.lower[i] === 'others';
  while (b + 1 < hi && b - i < 14) {
    const k = b + 1;
    if (npWord(c, k) && c.tokens.pos[k] !== 'DET') {
      b = k;
      sawNoun ||= nominal(c, k);
      continue;
    }
    if (c.tokens.pos[k] === 'DET' && c.forms.lower[b] === "'s") {
      b = k;
      continue;
    }
    // ("Quist's lead/VERB shrinking": the possessed noun tagged as a verb.)
    if ((c.forms.lower[b] === "'s" || c.forms.lower[b] === '’s') && c.tokens.pos[k] === 'VERB' && !c.forms.lower[k].endsWith('ing') && !c.forms.lower[k].endsWith('ed')) {
      b = k;
      sawNoun = true;
      continue;
    }
    if (BRIDGE.has(c.forms.lower[k]) && c.forms.lower[k] !== 'to' && k + 1 < hi && npWord(c, k + 1) && sawNoun && c.tokens.pos[b] !== 'DET' && !temporalWord(c, c.forms.lower[k + 1])) {
      b = k + 1;
      continue;
    }
    break;
  }
  if (!sawNoun) return null;
  // Trailing possessive or hyphen out.
  while (b > i && (c.forms.lower[b] === "'s" || c.forms.lower[b] === '-')) b--;
  return [i, b + 1];
}

/** An object after a verb: a noun phrase, an object pronoun ("called him a genius"), a possessive
 * and its noun ("called her vote a mistake"), coordinated ("the audit and the request"). */
function objectForward(c: FindContext, i: number, hi: number): Range | null {
  if (i >= hi) return null;
  const l = c.forms.lower[i];
  let r: Range | null;
  if (c.tokens.pos[i] === 'PRON' && /^(him|her|them|it|us|me|this|that|himself|herself|themselves|itself|myself|ourselves)$/.test(l) && !(l === 'her' && i + 1 < hi && (c.tokens.pos[i + 1] === 'NOUN' || c.tokens.pos[i + 1] === 'ADJ'))) return [i, i + 1];
  // "somebody's got to start", "everyone knows": an indefinite pronoun.
  if (c.tokens.pos[i] === 'PRON' && /^(some|no|any|every)(one|body|thing)$/.test(l)) return [i, i + 1];
  if (c.tokens.pos[i] === 'PRON' && /^(his|her|their|its|our|my|your)$/.test(l)) {
    // ("compares his struggles/VERB to …": the possessed noun tagged as a verb.)
    const np = npForward(c, i + 1, hi) ?? (i + 1 < hi && c.tokens.pos[i + 1] === 'VERB' && !c.forms.lower[i + 1].endsWith('ing') ? [i + 1, i + 2] as Range : null);
    r = np ? [i, np[1]] : null;
  } else r = npForward(c, i, hi);
  // The object ends before another possessive ("called his late father his role model").
  if (r) for (let m = r[0] + 1; m < r[1]; m++) if (c.tokens.pos[m] === 'PRON' && /^(his|her|their|its|our|my|your)$/.test(c.forms.lower[m])) { r = [r[0], m]; break; }
  // "the audit and the request for his records".
  while (r && r[1] + 1 < hi && c.forms.lower[r[1]] === 'and' && (c.tokens.pos[r[1] + 1] === 'DET' || c.tokens.pos[r[1] + 1] === 'NOUN' || c.tokens.pos[r[1] + 1] === 'PROPN')) {
    const more = npForward(c, r[1] + 1, hi);
    if (!more) break;
    r = [r[0], more[1]];
  }
  return r;
}

/** A document noun (poll, report, survey…; plural or capitalized forms too). */
function isDocument(c: FindContext, i: number): boolean {
  const kinds = c.lex.sourceKinds;
  const l = c.forms.lower[i];
  return kinds.get(c.forms.lemma[i]) === 'document' || kinds.get(l) === 'document' || (l.endsWith('s') && kinds.get(l.slice(0, -1)) === 'document');
}

/** A person as the object ("attacked Okafor", "attacked him", "attacked Okafor's record"): verbs
 * such as attack are a stance toward people, an event toward places and forces. */
function personObject(c: FindContext, k: number, hi: number): boolean {
  if (k >= hi) return false;
  const l = c.forms.lower[k];
  if (c.tokens.pos[k] === 'PRON') return /^(him|her|them|his|their)$/.test(l);
  return !!c.person && c.person(k);
}

function sentenceOf(c: FindContext, i: number): Sentence {
  return c.sentences[c.tokens.sentence[i]];
}

/** The cue entry matching the verb at `i` (with its particle, if any), and the token after the cue. */
function cueAt(c: FindContext, i: number, hi: number): { entry: CueEntry; end: number } | null {
  let lemma = c.forms.lemma[i];
  // "is promising/ADJ to", ", promising/ADJ to build": a progressive or participle the tagger read as
  // an adjective.
  const ingAdjective = c.tokens.pos[i] === 'ADJ' && c.forms.lower[i].endsWith('ing') && i > 0 && (c.tokens.pos[i - 1] === 'AUX' || c.forms.lower[i - 1] === ',' || (c.tokens.pos[i - 1] === 'ADV' && i > 1 && c.tokens.pos[i - 2] === 'AUX'));
  if (ingAdjective) {
    const stem = c.forms.lower[i].slice(0, -3);
    lemma = c.lex.cues.has(stem) ? stem : c.lex.cues.has(`${stem}e`) ? `${stem}e` : stem.length > 2 && stem[stem.length - 1] === stem[stem.length - 2] ? stem.slice(0, -1) : stem;
  } else if (c.tokens.pos[i] !== 'VERB') {
    // "Ms. Achterberg notes/NOUN that …": a third-person verb the tagger read as a plural noun, between
    // a name or pronoun and a complementizer, colon or quotation.
    // Also "3 in 10 say/NOUN they distrust", "polls show/NOUN Quist ahead": a bare form after a number
    // or a noun, before a subject pronoun or a name.
    if (c.tokens.pos[i] !== 'NOUN' || i === 0 || c.tokens.sentence[i - 1] !== c.tokens.sentence[i]) return null;
    const l = c.forms.lower[i];
    const after = i + 1 < hi ? c.forms.lower[i + 1] : '';
    const afterPos = i + 1 < hi ? c.tokens.pos[i + 1] : '';
    const before = c.tokens.pos[i - 1];
    // ("Some donors, however, question/NOUN the plan …": an adverb between commas.)
    const commaAdverb = c.forms.lower[i - 1] === ',' && i > 3 && c.tokens.pos[i - 2] === 'ADV' && c.forms.lower[i - 3] === ',' && nominal(c, i - 4);
    // ("Both think/NOUN Oduya …", "Many say/NOUN they …": a quantifier standing for people.)
    const quantifier = (QUANTIFIERS.has(c.forms.lower[i - 1]) || c.forms.lower[i - 1] === 'others') && (i - 1 === c.sentences[c.tokens.sentence[i]].tokenStart || (!NOMINAL_POS.has(c.tokens.pos[i - 2]) && !/^(how|so|too|as)$/.test(c.forms.lower[i - 2])));
    const subjectBefore = before === 'PROPN' || before === 'NUM' || before === 'NOUN' || (before === 'PRON' && PERSONAL.has(c.forms.lower[i - 1])) || RELATIVE.has(c.forms.lower[i - 1]) || commaAdverb || quantifier;
    const clauseAfter = after === 'that' || after === ':' || isOpenMark(c, i + 1) || (afterPos === 'PRON' && !RELATIVE.has(after)) || afterPos === 'PROPN' || (WH.has(after) && after !== 'which');
    // "Polls show/NOUN suburban women …": after a document, whatever follows.
    const documentBefore = (before === 'NOUN' || before === 'PROPN') && isDocument(c, i - 1);
    // "…, The Northgate Ledger reports/NOUN.": a frame closing the sentence after a comma.
    const closing = (after === '.' || after === '!' || after === '?') && (before === 'PROPN' || before === 'NOUN');
    // "Iran and Qatar support/NOUN the regime", "cities that support/NOUN the rules": a bare
    // verb agreeing with a plural subject before a determiner (a noun would not take one).
    const prevWord = c.forms.lower[i - 1];
    const pluralSubject = RELATIVE.has(prevWord) || /^(they|we|i|you)$/.test(prevWord) || (before === 'NOUN' && /[^s]s$/.test(prevWord)) || (before === 'PROPN' && i > 2 && c.forms.lower[i - 2] === 'and');
    const objectAfter = afterPos === 'DET' && !/s$/.test(l) && pluralSubject;
    if (!subjectBefore || !(clauseAfter || documentBefore || closing || commaAdverb || objectAfter)) return null;
    // "four states: …", "12 states where …": after a number an -s form is a plural noun ("3 in 10
    // say" is a verb).
    if (before === 'NUM' && /[^s]s$/.test(l)) return null;
    if (c.lex.cues.has(l)) lemma = l;
    else if (l.endsWith('s')) lemma = l.endsWith('es') && c.lex.cues.has(l.slice(0, -2)) ? l.slice(0, -2) : l.slice(0, -1);
    else return null;
  }
  const list = c.lex.cues.get(lemma) ?? c.lex.cues.get(c.forms.lower[i]);
  if (!list) return null;
  for (const entry of list) {
    if (entry.particle === null) return { entry, end: i + 1 };
    // "call for", "point out", "take issue", "make the case": the words right after the verb.
    const words = entry.particle.split(' ');
    let k = i + 1;
    while (k < hi && k - i - 1 < words.length && c.forms.lower[k] === words[k - i - 1]) k++;
    if (k - i - 1 === words.length) return { entry, end: k };
  }
  return null;
}

/** Skips adverbials between a cue and its complement ("said on Thursday in a statement that"). */
function skipAdverbials(c: FindContext, k: number, hi: number): number {
  // A prepositional phrase of time, then a clause with its own subject ("I hope in 2030 Lisbon …").
  if (c.tokens.pos[k] === 'ADP' && k + 1 < hi) {
    let m = k + 1;
    let time = false;
    while (m < hi && m - k < 6 && (c.tokens.pos[m] === 'NUM' || c.tokens.pos[m] === 'DET' || c.tokens.pos[m] === 'ADJ' || (temporalWord(c, c.forms.lower[m]) && c.tokens.pos[m] !== 'PROPN'))) {
      if (c.tokens.pos[m] === 'NUM' || temporalWord(c, c.forms.lower[m])) time = true;
      m++;
    }
    // (A time or number in it: "voted against a bill to …" is no time phrase.)
    if (m > k + 1 && time && newClauseAt(c, m, hi)) return m;
  }
  // Only when a complementizer, a colon or a quotation follows within a short window.
  for (let m = k, n = 0; m < hi && n < 9; m++, n++) {
    const l = c.forms.lower[m];
    if (l === 'that' || l === ':' || isOpenMark(c, m) || (m > k && WH.has(l) && l !== 'which' && l !== 'who' && l !== 'if')) {
      if (m === k) return k;
      // Nothing verbal in between: a prepositional or temporal phrase.
      for (let x = k; x < m; x++) if (c.tokens.pos[x] === 'VERB' || c.tokens.pos[x] === 'AUX') return k;
      return m;
    }
    if (CLAUSE_END.has(l)) return k;
  }
  // A bare day or temporal word right after the cue ("said Friday the …").
  let m = k;
  while (m < hi && c.lex.words.adverbAfterCue.has(c.forms.lower[m])) m++;
  if (m < hi && c.forms.lower[m] === ',') m++;
  return m;
}

/** Where a right-hand content ends: the sentence end, a semicolon, or the start of a new attribution
 * frame (", adding", ", according to"), or a closing mark of a quotation the cue stands in. */
function contentEnd(c: FindContext, k: number, hi: number, cueQuote: number): number {
  // An infinitive ("decided to flee … and her husband surrendered") cannot take in a clause with a
  // subject of its own, comma or not; a that-clause can ("said the economy grew and jobs rose").
  const infinitive = c.forms.lower[k] === 'to' || c.forms.lower[k - 1] === 'to';
  for (let m = k; m < hi; m++) {
    const l = c.forms.lower[m];
    if (l === ';') return m;
    if (infinitive && m > k && CLAUSE_COORDINATORS.has(l) && c.quoteCover[m] < 0 && newClauseAt(c, m + 1, hi)) return m;
    if (l === ',' && m + 1 < hi) {
      const n = c.forms.lower[m + 1];
      if (c.lex.words.participleCues.has(n) || (n === 'according' && c.forms.lower[m + 2] === 'to')) return m;
      if (c.tokens.pos[m + 1] === 'ADV' && m + 2 < hi && c.lex.words.participleCues.has(c.forms.lower[m + 2])) return m;
      // ", and the mayor is promising …", ", while 7 percent prefer …": a coordinated clause with
      // a subject of its own is the article's again.
      if (c.quoteCover[m] < 0 && CLAUSE_COORDINATORS.has(n) && newClauseAt(c, m + 2, hi)) return m;
    }
    // ('… “rebuilt the union,” claiming that …': the comma inside the closing mark.)
    if (isCloseMark(c, m) && c.quoteCloseAt[m] !== cueQuote && m > k && c.forms.lower[m - 1] === ',' && m + 1 < hi && c.lex.words.participleCues.has(c.forms.lower[m + 1])) return m + 1;
    if (cueQuote >= 0 && c.quoteCloseAt[m] === cueQuote) return m;
  }
  return hi;
}

const CLAUSE_COORDINATORS = new Set(['and', 'but', 'while', 'whereas', 'as', 'yet']);

/** A clause with its own subject starting at `k`: a noun phrase or pronoun, then a verb soon after. */
function newClauseAt(c: FindContext, k: number, hi: number): boolean {
  if (k >= hi) return false;
  const p = c.tokens.pos[k];
  // ("more than 3 in 10 said", "about half said": a quantity opening the subject.)
  const quantity = (p === 'ADJ' || p === 'ADV' || p === 'ADP') && /^(more|fewer|less|about|nearly|almost|roughly|only|just|some|half)$/.test(c.forms.lower[k]) && k + 3 < hi && [1, 2, 3].some((d) => c.tokens.pos[k + d] === 'NUM' || c.forms.lower[k + d] === 'half');
  if (!(quantity || p === 'DET' || p === 'PROPN' || p === 'NOUN' || p === 'NUM' || (p === 'PRON' && (PERSONAL.has(c.forms.lower[k]) || POSSESSIVE_DETERMINERS.has(c.forms.lower[k]))))) return false;
  let from = k + 1;
  if (quantity) {
    // Past the quantity ("more than 3 in 10", "about half of them").
    while (from < hi && from - k < 6 && (c.tokens.pos[from] === 'NUM' || /^(than|in|of|half|them|those|percent|%)$/.test(c.forms.lower[from]))) from++;
  }
  for (let m = from; m < Math.min(hi, from + 6); m++) {
    const q = c.tokens.pos[m];
    if (q === 'AUX' || (q === 'VERB' && !c.forms.lower[m].endsWith('ing'))) return true;
    if (q === 'PUNCT' || q === 'ADP' || q === 'SCONJ') return false;
  }
  return false;
}

const TRAILING = /^[.,;:—–-]+$/;

function trimEnd(c: FindContext, a: number, b: number): number {
  while (b > a && c.tokens.kind[b - 1] === 'punctuation' && TRAILING.test(c.tokens.text[b - 1]) && !isCloseMark(c, b - 1)) b--;
  return b;
}

function trimStart(c: FindContext, a: number, b: number): number {
  while (a < b && /^[,;:—–-]+$/.test(c.tokens.text[a])) a++;
  return a;
}

/** A right-hand content starting at `k`: a quotation when it opens there (possibly over sentences),
 * else the clause up to `contentEnd`, extended over any quotation it opens that runs further. */
function rightContent(c: FindContext, k: number, hi: number, cueQuote: number): Range | null {
  if (k >= hi) return null;
  if (isOpenMark(c, k)) {
    const q = c.quotes[c.quoteOpenAt[k]];
    return [k, q.close + 1];
  }
  let end = contentEnd(c, k, hi, cueQuote);
  // A quotation opened inside the clause and closed past the sentence end.
  for (let m = k; m < end; m++) {
    if (isOpenMark(c, m)) {
      const q = c.quotes[c.quoteOpenAt[m]];
      if (q.close >= end) end = q.close + 1;
      m = q.close;
    }
  }
  end = trimEnd(c, k, end);
  return end > k ? [k, end] : null;
}

/** A left-hand content ending before token `j` (the comma or closing mark before the source or cue). */
function leftContent(c: FindContext, j: number, lo: number): Range | null {
  let b = j;
  // '“…,” he said': the closing mark ends the content; its quotation gives the start.
  if (isCloseMark(c, b - 1)) {
    const q = c.quotes[c.quoteCloseAt[b - 1]];
    return [q.open, b];
  }
  if (isCloseMark(c, b - 2) && /^[,.]$/.test(c.tokens.text[b - 1])) {
    const q = c.quotes[c.quoteCloseAt[b - 2]];
    return [q.open, b - 1];
  }
  b = trimEnd(c, lo, b);
  let a = lo;
  // Inside a quotation that opened earlier in the sentence ("“… ,” he said" handled above).
  a = trimStart(c, a, b);
  return b > a ? [a, b] : null;
}

/** A verb at `k`, or a word tagged as a noun that takes an object as a verb does ("to unendorse/NOUN
 * the nominee"). */
function verbAt(c: FindContext, k: number, hi: number): boolean {
  if (k >= hi) return false;
  const p = c.tokens.pos[k];
  if (p === 'VERB' || p === 'AUX') return true;
  const next = k + 1 < hi ? c.tokens.pos[k + 1] : '';
  return p === 'NOUN' && (next === 'PROPN' || next === 'DET' || (next === 'PRON' && c.forms.lower[k + 1] !== 'who'));
}

function hasVerb(c: FindContext, r: Range): boolean {
  for (let i = r[0]; i < r[1]; i++) if (c.tokens.pos[i] === 'VERB' || c.tokens.pos[i] === 'AUX') return true;
  return false;
}

function words(c: FindContext, r: Range): number {
  let n = 0;
  for (let i = r[0]; i < r[1]; i++) if (c.tokens.kind[i] === 'word' || c.tokens.kind[i] === 'number') n++;
  return n;
}

/** True when the right side of a cue at `k` looks like the end of a clause (content lies left). */
function clauseEndsAt(c: FindContext, k: number, hi: number, afterQuote = false): boolean {
  let m = k;
  // After a closing quotation mark an addressee may come first ('“…,” Moreno told supporters in Reno.',
  // '… Ms. Holm told some of the nurses.', '… told me.'): anything verbless up to the clause end.
  if (afterQuote) {
    for (let n = 0; m < hi && n < 20; n++, m++) {
      const l = c.forms.lower[m];
      if (CLAUSE_END.has(l) || l === ',' || isCloseMark(c, m)) return true;
      // ("told volunteers at an event streamed online": a participle after its noun.)
      const participle = c.tokens.pos[m] === 'VERB' && (PARTICIPLES.test(l) || l.endsWith('ing')) && m > k && c.tokens.pos[m - 1] === 'NOUN';
      // ('“…,” Moreno told the Ledger on Monday after hinting at …': a clause of time after the
      // addressee.)
      if (m > k && SUBORDINATORS.has(l) && c.tokens.pos[m] !== 'ADV' && l !== 'as' && l !== 'if') return true;
      if (((c.tokens.pos[m] === 'VERB' || c.tokens.pos[m] === 'AUX') && !participle) || l === 'that' || isOpenMark(c, m)) return false;
    }
    return m >= hi;
  }
  // Temporal and circumstantial tail: "said Friday", "said in an interview", "said on Thursday";
  // an object ("declared victory against …") means the content is on the right.
  if (m < hi && !prepSkip(c, c.forms.lower[m]) && c.tokens.pos[m] !== 'ADV' && c.tokens.pos[m] !== 'ADP' && c.tokens.kind[m] !== 'punctuation') return false;
  for (let n = 0; m < hi && n < 8; n++) {
    const l = c.forms.lower[m];
    if (CLAUSE_END.has(l) || l === ',' || l === ':' || dashAt(c, m) || l === '(' || isCloseMark(c, m)) break;
    // (A capitalized word inside a name is no verb: "for Evening Watch/VERB".)
    if (((c.tokens.pos[m] === 'VERB' || c.tokens.pos[m] === 'AUX') && !(/^[A-Z]/.test(c.tokens.text[m]) && npWord(c, m))) || l === 'that') return false;
    m++;
  }
  if (m >= hi) return true;
  const l = c.forms.lower[m];
  return CLAUSE_END.has(l) || l === ',' || dashAt(c, m) || l === '(' || isCloseMark(c, m) || l === ':';
}

const SUBORDINATORS = new Set(['after', 'before', 'when', 'while', 'as', 'because', 'since', 'until', 'although', 'though', 'if', 'once', 'whereas']);

/** A subordinate clause opening at `k` (over a bare day or time word): '“…,” X said after Y failed'. */
function subordinateAt(c: FindContext, k: number, hi: number): boolean {
  let m = k;
  while (m < hi && m - k < 3 && (temporalWord(c, c.forms.lower[m]) || c.tokens.pos[m] === 'ADV')) m++;
  return m < hi && SUBORDINATORS.has(c.forms.lower[m]);
}

const PARTICIPLES = /(ed|en|wn|ne)$/;

/**
 * A past participle after its noun, with no auxiliary: "a survey released Monday found …", "in a
 * study published last month", "a statement issued by the ministry said". The noun is the object of
 * a preposition, or another verb follows the participle's adjuncts: the participle modifies the noun,
 * it is not the clause's verb (unlike "The ministry announced Tuesday that …").
 */
function reducedRelative(c: FindContext, i: number, cueEnd: number, lo: number, hi: number): boolean {
  if (i === lo || !PARTICIPLES.test(c.forms.lower[i]) || cueEnd !== i + 1 || cueEnd >= hi) return false;
  const before = c.tokens.pos[i - 1];
  if (before !== 'NOUN' && before !== 'PROPN') return false;
  // What follows must be an adjunct (a day, "last week", "by the campaign", "in September"), not an
  // object, a clause or a quotation: "announced Monday that", "cited remarks" are the clause's verb.
  const first = c.forms.lower[cueEnd];
  const fp = c.tokens.pos[cueEnd];
  if (!((temporalWord(c, first) && c.forms.lower[cueEnd + 1] !== "'s" && c.forms.lower[cueEnd + 1] !== '’s') || (fp === 'ADP' && first !== 'that'))) return false;
  const np = npBackward(c, i - 1, lo);
  if (!np) return false;
  const prep = np[0] - 1 >= lo ? c.forms.lower[np[0] - 1] : '';
  if (prep && c.tokens.pos[np[0] - 1] === 'ADP' && prep !== 'that' && !SUBORDINATORS.has(prep)) return true;
  // Adjuncts after the participle, then the clause's own verb.
  for (let m = cueEnd + 1, n = 0; m < hi && n < 9; n++, m++) {
    const p = c.tokens.pos[m];
    // A subject of its own after the adjunct ("announced Monday he will leave", "announced Tuesday
    // the ferries would resume"): the participle is the clause's verb, with a zero-that complement.
    if ((p === 'PRON' && /^(he|she|they|i|we)$/.test(c.forms.lower[m])) || (p === 'DET' && c.tokens.pos[m - 1] !== 'ADP')) return false;
    // A gerund is the object of a preposition ("talked about bringing"), not the clause's verb.
    if (p === 'VERB' || p === 'AUX') return !c.forms.lower[m].endsWith('ing');
    if (p === 'PUNCT' || p === 'PART' || p === 'SCONJ' || c.forms.lower[m] === 'that' || isOpenMark(c, m)) return false;
  }
  return false;
}

function isPassive(c: FindContext, i: number, lo: number): boolean {
  const l = c.forms.lower[i];
  if (l.endsWith('ing')) return false;
  let k = i - 1;
  while (k >= lo && (c.tokens.pos[k] === 'ADV' || c.forms.lower[k] === 'not' || c.forms.lower[k] === "n't")) k--;
  return k >= lo && (BE.has(c.forms.lower[k]) || c.forms.lower[k] === 'been' || c.forms.lower[k] === 'being') && c.tokens.pos[k] === 'AUX';
}

/** Subject of the clause a participle or infinitive cue hangs from: the closest earlier source of an
 * attribution in the sentence, else the first noun phrase of the sentence. */
function clauseSubject(c: FindContext, lo: number, i: number, found: RawAttribution[]): Range | null {
  for (let k = found.length - 1; k >= 0; k--) {
    const s = found[k].source;
    if (s && s[0] >= lo && s[1] <= i) return s;
  }
  for (let k = lo; k < i; k++) {
    if (nominal(c, k)) {
      const np = npForward(c, k > lo && c.tokens.pos[k - 1] === 'DET' ? k - 1 : k, i);
      if (np) return np;
    }
    if (c.tokens.pos[k] === 'VERB') break;
  }
  return null;
}

/** The subject noun phrase ending at `e`, through a parenthesis after a name ("Rep. Carl Dunmore
 * (R-Utah)"). */
function subjectEndingAt(c: FindContext, e: number, lo: number): Range | null {
  if (e < lo) return null;
  if (c.forms.lower[e] === ')') {
    let m = e - 1;
    while (m > lo && e - m < 10 && c.forms.lower[m] !== '(') m--;
    if (m > lo && c.forms.lower[m] === '(') {
      const np = npBackward(c, m - 1, lo);
      return np ? [np[0], e + 1] : null;
    }
    return null;
  }
  return npBackward(c, e, lo);
}

const REFLEXIVE = new Set(['himself', 'herself', 'themselves', 'itself', 'myself', 'ourselves']);
const NOMINAL_POS = new Set(['DET', 'NOUN', 'ADJ', 'PROPN', 'NUM']);
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'us', 'me', 'it']);
const QUANTIFIERS = new Set(['many', 'some', 'most', 'all', 'none', 'each', 'one', 'both', 'several', 'few', 'two', 'three', 'half', 'either', 'neither', 'any']);

/** A subject whose head has a complement ending right before the verb: "Those close to her say",
 * "many of whom say", "all the farmers we met said". */
function postmodifiedSubject(c: FindContext, j: number, lo: number): Range | null {
  const l = c.forms.lower[j];
  // "many said", "others argue", "some believe": a quantifier standing alone; "That suggests …",
  // "This shows …" opening the sentence.
  if ((QUANTIFIERS.has(l) || l === 'others' || l === 'most') && c.tokens.pos[j] !== 'NUM' && (j === lo || !NOMINAL_POS.has(c.tokens.pos[j - 1]))) return [j, j + 1];
  if ((l === 'that' || l === 'this') && (j === lo || c.forms.lower[j - 1] === ',') && c.tokens.pos[j] !== 'SCONJ') return [j, j + 1];
  // "many of whom", "some of which", "two of them", "most of us" (before the
  // pronoun-object reading below, which takes "most" for an adjective).
  if ((l === 'whom' || l === 'which' || l === 'them' || l === 'us' || l === 'you') && j - 2 >= lo && c.forms.lower[j - 1] === 'of' && (QUANTIFIERS.has(c.forms.lower[j - 2]) || c.tokens.pos[j - 2] === 'NUM')) return [j - 2, j + 1];
  // "those close to him", "people around her": a pronoun object of a preposition.
  if (OBJECT_PRONOUNS.has(l) && j - 2 >= lo && c.tokens.pos[j - 1] === 'ADP') {
    let k = j - 2;
    while (k > lo && (c.tokens.pos[k] === 'ADJ' || c.tokens.pos[k] === 'ADV')) k--;
    if (c.tokens.pos[k] === 'DET' || c.tokens.pos[k] === 'PRON') return c.forms.lower[k] === 'that' ? null : [k, j + 1];
    const np = npBackward(c, k, lo);
    return np ? [np[0], j + 1] : null;
  }
  // "those polled say", "residents surveyed said": a past participle after its noun (a reduced relative).
  if (c.tokens.pos[j] === 'VERB' && /ed$/.test(l) && j - 1 >= lo) {
    if (c.forms.lower[j - 1] === 'those') return [j - 1, j + 1];
    if (c.tokens.pos[j - 1] === 'NOUN' || c.tokens.pos[j - 1] === 'PROPN') {
      const np = npBackward(c, j - 1, lo);
      if (np) return [np[0], j + 1];
    }
  }
  // "all the farmers we met": a relative clause with no pronoun.
  if (c.tokens.pos[j] === 'VERB' && j - 2 >= lo && c.tokens.pos[j - 1] === 'PRON' && PERSONAL.has(c.forms.lower[j - 1]) && c.tokens.pos[j - 2] === 'NOUN') {
    const np = npBackward(c, j - 2, lo);
    return np ? [np[0], j + 1] : null;
  }
  return null;
}

/** The subject source left of a cue at `i` (skipping auxiliaries and adverbs), with the token before it. */
function leftSource(c: FindContext, i: number, lo: number): { source: Range | null; before: number; how: 'np' | 'relative' | 'comma' | 'none' } {
  let j = i - 1;
  // Auxiliaries and adverbs ("however said", "has since repeatedly said"), not wh-words ("how"); a
  // floating quantifier ("Szabo and Delacroix both stressed").
  while (j >= lo && (skipBeforeCue(c, c.forms.lower[j]) || (c.tokens.pos[j] === 'ADV' && !WH.has(c.forms.lower[j])) || REFLEXIVE.has(c.forms.lower[j]))) j--;
  // "Both said …": the quantifier itself was the subject.
  if ((j < lo || !nominal(c, j)) && j + 1 < i && /^(both|each|all|most|many|few|several)$/.test(c.forms.lower[j + 1]) && (j < lo || /^[,;:]$/.test(c.forms.lower[j]))) return { source: [j + 1, j + 2], before: j, how: 'np' };
  if (j < lo) return { source: null, before: j, how: 'none' };
  const l = c.forms.lower[j];
  const post = postmodifiedSubject(c, j, lo);
  if (post) return { source: post, before: post[0] - 1, how: 'np' };
  if (RELATIVE.has(l) && (c.tokens.pos[j] === 'PRON' || c.tokens.pos[j] === 'DET' || c.tokens.pos[j] === 'SCONJ')) {
    // "which" / "who" as the source; "that" only after a noun ("a report that says").
    if (l !== 'that' || (j - 1 >= lo && nominal(c, j - 1))) return { source: [j, j + 1], before: j - 1, how: 'relative' };
  }
  if (l === ')') {
    // "Rep. Alma Dunmore (D-Minn.) said": a short parenthesis after the name.
    let m = j - 1;
    while (m > lo && j - m < 10 && c.forms.lower[m] !== '(') m--;
    if (m > lo && c.forms.lower[m] === '(') {
      const np = npBackward(c, m - 1, lo);
      if (np) return { source: [np[0], j + 1], before: np[0] - 1, how: 'np' };
    }
  }
  if (l === ',' || dashAt(c, j) || l === ')') {
    // "X, a lawyer who …, said": appositives, relative clauses, participle or circumstantial phrases
    // between commas (up to three: "Lena Ortiz, the attorney general of Nevada, one of the states
    // challenging the order, said"); X is the source.
    let close = j;
    const opens: number[] = [];
    for (let segment = 0; segment < 3; segment++) {
      let k = close - 1;
      let finite = false;
      while (k >= lo && c.forms.lower[k] !== ',' && !dashAt(c, k) && c.forms.lower[k] !== '(') {
        // "X, who has called the plan “deeply unfair,” portrayed …": a quotation is one word.
        if (isCloseMark(c, k) && c.quotes[c.quoteCloseAt[k]].open >= lo) k = c.quotes[c.quoteCloseAt[k]].open;
        if (c.tokens.pos[k] === 'AUX') finite = true;
        // An auxiliary inside a relative clause ("a Republican who was first elected …").
        if (/^(who|which|whose|whom)$/.test(c.forms.lower[k])) finite = false;
        // "Rep. Carl Dunmore (R-Utah), …": a parenthesis belongs to the phrase before it.
        if (c.forms.lower[k] === ')') {
          let m = k - 1;
          while (m > lo && k - m < 10 && c.forms.lower[m] !== '(') m--;
          if (c.forms.lower[m] === '(') k = m;
        }
        k--;
      }
      if (k < lo || k >= close - 1 || close - k >= 30) break;
      const inner = k + 1;
      const il = c.forms.lower[inner];
      const ip = c.tokens.pos[inner];
      const relative = il === 'who' || il === 'which' || il === 'whose' || (il === 'that' && c.tokens.pos[inner] !== 'SCONJ');
      const participle = ip === 'VERB' && /(ing|ed)$/.test(il);
      // (A first name tagged as a verb opens a name: ", Drew/VERB Whitley,"; "— and three-quarters of
      // those in the north —": a coordinated phrase between dashes.)
      const name = ip === 'VERB' && /^[A-Z][a-z]/.test(c.tokens.text[inner]) && c.tokens.pos[inner + 1] === 'PROPN';
      const coordinated = ip === 'CCONJ' && dashAt(c, k) && dashAt(c, close);
      const appositive = name || coordinated || ip === 'NUM' || ip === 'DET' || ip === 'ADJ' || ip === 'PROPN' || ip === 'NOUN' || (ip === 'PRON' && !PERSONAL.has(il)) || c.forms.lower[k] === '(';
      const circumstance = ip === 'ADP' || ip === 'ADV' || ip === 'SCONJ';
      if (!(relative || participle || ((appositive || circumstance) && !finite))) break;
      opens.push(k);
      if (c.forms.lower[k] !== ',') break;
      close = k;
    }
    // The subject is the farthest phrase that is a whole noun phrase between delimiters (or from the
    // sentence start); else the nearest noun phrase before the phrases set off.
    const whole = (np: Range) => np[0] === lo || /^[,(:;]$/.test(c.forms.lower[np[0] - 1]) || dashAt(c, np[0] - 1) || isCloseMark(c, np[0] - 1);
    for (let n = opens.length - 1; n >= 0; n--) {
      const np = subjectEndingAt(c, opens[n] - 1, lo);
      if (np && whole(np)) return { source: np, before: np[0] - 1, how: 'comma' };
    }
    for (const k of opens) {
      const np = subjectEndingAt(c, k - 1, lo);
      if (np) return { source: np, before: np[0] - 1, how: 'comma' };
    }
    return { source: null, before: j, how: 'none' };
  }
  let np = npBackward(c, j, lo);
  // "more than 3 in 10 said", "nearly seven in 10 rural voters said": a proportion.
  if (np && c.tokens.pos[np[0]] === 'NUM' && np[0] - 2 >= lo && c.forms.lower[np[0] - 1] === 'in' && c.tokens.pos[np[0] - 2] === 'NUM') {
    let a = np[0] - 2;
    while (a - 1 >= lo && /^(more|than|fewer|less|about|nearly|almost|roughly|only|just|some|over|under)$/.test(c.forms.lower[a - 1])) a--;
    np = [a, np[1]];
    return { source: np, before: a - 1, how: 'np' };
  }
  // "a narrator in the Quist ad asks", "officials in Lagos said": a place or medium phrase after
  // the head, when the whole phrase opens the clause.
  if (np && !isTemporal(c, np) && np[0] - 2 >= lo && /^(in|on|at)$/.test(c.forms.lower[np[0] - 1]) && (c.tokens.pos[np[0] - 2] === 'NOUN' || c.tokens.pos[np[0] - 2] === 'PROPN')) {
    const head = npBackward(c, np[0] - 2, lo);
    const opens = head !== null && NOMINAL_POS.has(c.tokens.pos[head[0]]) && !c.forms.lower[head[0]].endsWith('ing');
    if (head && opens && /^[a-z]/.test(c.tokens.text[i]) && (head[0] === lo || /^[,;:]$/.test(c.forms.lower[head[0] - 1]) || isCloseMark(c, head[0] - 1)) && !isTemporal(c, head)) np = [head[0], np[1]];
  }
  // "the council in late January declared": a time phrase between subject and verb is skipped.
  if (np && isTemporal(c, np)) {
    // A time is never the source: look past it and its preposition or adverb ("the council in
    // late January declared", "the bank earlier this month announced").
    const first = np[0];
    let k = first - 1;
    while (k >= lo && (TIME_PREP.has(c.forms.lower[k]) || c.tokens.pos[k] === 'ADV')) k--;
    // "A poll released Monday shows": the participle modifying the subject is skipped too.
    if (k > lo && c.tokens.pos[k] === 'VERB' && PARTICIPLES.test(c.forms.lower[k]) && (c.tokens.pos[k - 1] === 'NOUN' || c.tokens.pos[k - 1] === 'PROPN')) k--;
    np = npBackward(c, k, lo);
    if (np && isTemporal(c, np)) np = null;
    // The subject is out of reach but there is one: keep the attribution, without a source.
    if (!np) return { source: null, before: first - 1, how: 'comma' };
  }
  // "an aide who spoke on condition of anonymity said", "parents who want to ban phones
  // say": the phrase before the verb is the object of a relative clause with no commas; its
  // antecedent is the subject.
  const from = np ? np[0] - 1 : j;
  // (Not a subject pronoun: "… says she will not testify".)
  const subjectPronoun = np !== null && c.tokens.pos[np[0]] === 'PRON' && PERSONAL.has(c.forms.lower[np[0]]) && c.forms.lower[np[0]] !== 'it' && c.forms.lower[np[0]] !== 'you';
  // (Only before a verb of saying: elsewhere the verb is as often the relative clause's own, "a
  // senator who has not backed the bill but has argued against …".)
  if (from >= lo && !subjectPronoun && (c.forms.lemma[i] === 'say' || c.forms.lemma[i] === 'tell') && (c.tokens.pos[from] === 'ADP' || c.tokens.pos[from] === 'VERB' || c.tokens.pos[from] === 'PART')) {
    const subject = relativeAntecedent(c, from, lo);
    if (subject) return { source: subject, before: subject[0] - 1, how: 'np' };
  }
  if (np) return { source: np, before: np[0] - 1, how: 'np' };
  return { source: null, before: j, how: 'none' };
}

/** The antecedent of a relative clause ("who …", "that …") that runs with no commas up to token
 * `from`: the noun phrase before the pronoun, when the clause has a verb of its own. */
function relativeAntecedent(c: FindContext, from: number, lo: number): Range | null {
  let verb = false;
  for (let k = from; k > lo && from - k < 20; k--) {
    const l = c.forms.lower[k];
    if (c.tokens.pos[k] === 'VERB' || c.tokens.pos[k] === 'AUX') verb = true;
    if (l === ',' || l === ';' || l === ':' || dashAt(c, k) || CLAUSE_END.has(l) || c.quoteCover[k] >= 0 || c.tokens.pos[k] === 'SCONJ') return null;
    if ((l === 'who' || (l === 'that' && c.tokens.pos[k] === 'PRON')) && verb) {
      // "… and who asked not to be named": a second relative clause of the same noun.
      let a = k - 1;
      if (a > lo && c.forms.lower[a] === 'and') {
        const first = relativeAntecedent(c, a - 1, lo);
        if (first) return first;
      }
      if (a < lo || !nominal(c, a)) return null;
      return npBackward(c, a, lo);
    }
  }
  return null;
}

/** A word of a time phrase (data/words.tsv `temporal`) or a number. */
const temporalWord = (c: FindContext, w: string) => c.lex.words.temporal.has(w) || /^\d+$/.test(w);
const TIME_PREP = new Set(['in', 'on', 'at', 'during', 'since', 'until', 'by', 'out']);
function isTemporal(c: FindContext, r: Range): boolean {
  for (let k = r[0]; k < r[1]; k++) if (!temporalWord(c, c.forms.lower[k]) && c.tokens.pos[k] !== 'DET') return false;
  return true;
}

/** Where the search for a subject may start: the sentence start, or the previous sentence's when the
 * segmenter cut inside a parenthesis ("Sen. Mara Quist (R-N." + "H.) said"). */
function sourceFloor(c: FindContext, lo: number, i: number): number {
  // "Rep. Alma Dunmore (D-Minn.)" + ", chair of the committee, said": a sentence cannot open with a
  // comma; the segmenter cut after an abbreviation.
  if (lo > 0 && c.forms.lower[lo] === ',') return c.sentences[c.tokens.sentence[lo - 1]].tokenStart;
  // "… Rep. Tobias Wren (D-Mich.)" + "said Monday.": the previous sentence did not really end.
  if (lo > 0 && (c.forms.lower[lo - 1] === ')' || /^[A-Z][a-z]?\.$/.test(c.tokens.text[lo - 1]))) {
    let k = lo;
    while (k < i && (c.tokens.pos[k] === 'ADV' || c.tokens.pos[k] === 'AUX')) k++;
    if (k === i) return c.sentences[c.tokens.sentence[lo - 1]].tokenStart;
  }
  for (let k = lo; k < i; k++) {
    if (c.forms.lower[k] === '(') return lo;
    if (c.forms.lower[k] === ')') {
      const prev = c.tokens.sentence[lo] - 1;
      return prev >= 0 ? c.sentences[prev].tokenStart : lo;
    }
  }
  return lo;
}

function sourceBy(c: FindContext, k: number, hi: number): Range | null {
  for (let m = k; m < Math.min(hi, k + 6); m++) {
    if (c.forms.lower[m] === 'by') return npForward(c, m + 1, hi);
    if (CLAUSE_END.has(c.forms.lower[m])) break;
  }
  return null;
}

/** A comma before the cue's source in its sentence ("But, Szabo added, …"): the cue is set off. */
function sentenceHasCommaBefore(c: FindContext, k: number): boolean {
  const lo = c.sentences[c.tokens.sentence[k]].tokenStart;
  let m = k - 1;
  while (m > lo && c.forms.lower[m] !== ',' && k - m < 8) m--;
  return m >= lo && c.forms.lower[m] === ',' && m < k - 1;
}

/** Requirements of a strict cue: a clause, quotation or listed preposition must follow. */
function complementOk(c: FindContext, entry: CueEntry, k: number, hi: number): boolean {
  if (k >= hi) return false;
  const l = c.forms.lower[k];
  if (l === 'that' || l === ':' || isOpenMark(c, k) || (WH.has(l) && l !== 'which' && l !== 'who')) return true;
  if (entry.frames.has(l)) return true;
  if (l === ',' && isOpenMark(c, k + 1)) return true;
  // ("But, Szabo added, she would not back …": a parenthetical frame, then the clause.)
  if (l === ',' && entry.frames.has('that') && k > 1 && newClauseAt(c, k + 1, hi) && sentenceHasCommaBefore(c, k)) return true;
  // The noun phrase after the cue: an object ("obj" frames) or a zero-"that" clause's subject.
  const np = entry.frames.has('obj') || entry.frames.has('that') ? objectForward(c, k, hi) : null;
  // ("seeing it as a stunt", "urged them to …": an object, then the cue's own complement.)
  if (entry.frames.has('obj')) {
    if (np && np[1] < hi && entry.frames.has(c.forms.lower[np[1]]) && c.forms.lower[np[1]] !== 'obj' && c.tokens.pos[np[1]] !== 'PUNCT') return true;
  }
  // "He doesn't think so", "she said so": the pro-form stands for the clause.
  if (l === 'so' && entry.frames.has('that') && (k + 1 >= hi || CLAUSE_END.has(c.forms.lower[k + 1]) || c.forms.lower[k + 1] === ',')) return true;
  if (entry.frames.has('to') && l === 'to' && k + 1 < hi && c.tokens.pos[k + 1] === 'VERB') return true;
  // "decided not to seek", "vowed never to return".
  if (entry.frames.has('to') && (l === 'not' || l === 'never') && c.forms.lower[k + 1] === 'to' && k + 2 < hi && (c.tokens.pos[k + 2] === 'VERB' || c.tokens.pos[k + 2] === 'AUX')) return true;
  // "reported the memo arrived days after …": a zero-"that" clause, a subject right before its verb.
  if (entry.frames.has('that')) {
    // (The subject may open with a possessive: "I think their budget is realistic".)
    if (np && np[1] < hi && (c.tokens.pos[np[1]] === 'AUX' || (c.tokens.pos[np[1]] === 'VERB' && !c.forms.lower[np[1]].endsWith('ing')))) return true;
    // The subject may carry a prepositional phrase or an adverb before its verb ("think the appeal
    // by the company is weak", "thinks the plan eventually can be").
    if (np && np[1] < hi) {
      let m = np[1];
      for (let n = 0; m < hi && n < 4; n++) {
        if (c.tokens.pos[m] === 'ADV' && !WH.has(c.forms.lower[m])) m++;
        // ("stated Quist and her staff were negligent": a coordinated subject.)
        else if (c.forms.lower[m] === 'and' && m + 1 < hi) {
          const more = objectForward(c, m + 1, hi);
          if (!more) break;
          m = more[1];
        }
        else if (c.tokens.pos[m] === 'ADP' && c.forms.lower[m] !== 'that' && !SUBORDINATORS.has(c.forms.lower[m])) {
          const pp = objectForward(c, m + 1, hi);
          if (!pp) break;
          m = pp[1];
        } else break;
      }
      if (m > np[1] && m < hi && (c.tokens.pos[m] === 'AUX' || (c.tokens.pos[m] === 'VERB' && !/(ing|ed)$/.test(c.forms.lower[m])))) return true;
    }
    // Evidence takes a small clause: "the survey showed Oduya trailing Brenneman", "found him guilty".
    if (entry.cueType === 'evidence' && np && np[1] < hi && c.tokens.pos[np[1]] === 'VERB' && c.forms.lower[np[1]].endsWith('ing')) return true;
  }
  // "said the report was false": a clause with a subject and a finite verb soon after.
  // (Not a prepositional phrase with a gerund: "ends with footage of Verhoeven saying …".)
  if (entry.frames.has('that') && !entry.strict && c.tokens.pos[k] !== 'ADP') {
    for (let m = k; m < Math.min(hi, k + 8); m++) {
      if (c.tokens.pos[m] === 'VERB' || c.tokens.pos[m] === 'AUX') return m > k && !(c.tokens.pos[m] === 'VERB' && c.forms.lower[m].endsWith('ing'));
      if (CLAUSE_END.has(c.forms.lower[m])) break;
    }
  }
  return false;
}

export function findAttributions(c: FindContext): RawAttribution[] {
  const out: RawAttribution[] = [];

  const usedCue = new Uint8Array(c.tokens.length);
  // Transcript lines first: their content is one speaker's turn, with no attribution inside.
  speakerLines(c, out);
  for (const a of out) usedCue.fill(1, a.content[0], a.content[1]);
  for (const s of c.sentences) {
    const lo = s.tokenStart;
    const hi = s.tokenEnd;
    for (let i = lo; i < hi; i++) {
      // Attributions nested inside quoted speech are the speaker's, not the article's: news
      // attribution corpora (PolNeAR) leave them out, and so does sitrep.
      if (c.quoteCover[i] >= 0 || usedCue[i]) continue;
      const lower = c.forms.lower[i];
      const lemma = c.forms.lemma[i];
      const can = candidateBits(c.lex, c.forms, i);
      if (!can) continue;
      if (can & C_FRAME && i === lo && lower === 'in') {
        const a = documentFrame(c, i, hi);
        if (a) {
          out.push(a);
          usedCue.fill(1, i, i + 1);
          continue;
        }
      }
      const noun = can & C_NOUN ? c.lex.nouns.matchAt(c.forms, i, hi) : null;
      if (noun) {
        const a = nounAttribution(c, noun, lo, hi, out);
        if (a) {
          out.push(a);
          usedCue.fill(1, noun.start, noun.end);
          i = noun.end - 1;
          continue;
        }
      }
      if (usedCue[i]) continue;
      if ((can & C_LIGHT && c.tokens.pos[i] === 'VERB' && c.lex.lightVerbs.has(lemma)) || (can & C_COPULA && c.tokens.pos[i] === 'AUX' && COPULAS.has(lower))) {
        const a = constructionAttribution(c, i, lo, hi);
        if (a) {
          out.push(a);
          usedCue.fill(1, a.cue![0], a.cue![1]);
          i = a.cue![1] - 1;
          continue;
        }
      }
      const adjective = can & C_ADJ && (c.tokens.pos[i] === 'ADJ' || c.tokens.pos[i] === 'VERB') ? c.lex.adjectives.get(lower) : undefined;
      if (adjective) {
        const a = adjectiveAttribution(c, i, adjective, lo, hi);
        if (a) {
          out.push(a);
          usedCue.fill(1, a.cue![0], a.cue![1]);
          continue;
        }
      }
      if (!(can & C_CUE)) continue;
      const found = cueAt(c, i, hi);
      if (!found) continue;
      const a = verbAttribution(c, i, found.entry, found.end, lo, hi, out);
      if (a) {
        out.push(a);
        usedCue.fill(1, i, found.end);
      }
    }
  }
  const kept = resolveNesting(c, out);
  dashSignatures(c, kept);
  colonQuotations(c, kept);
  continueQuotes(c, kept);
  return kept;
}

const COORDINATORS = new Set(['and', 'but', 'while', 'though', 'although', 'whereas', 'yet']);
/** Plain verbs of saying, and the frames that report speech (whose content may hold them). */
const OWN_CLAUSE = new Set(['which', 'as', 'after', 'when', 'while']);

/**
 * One attribution's cue inside another's content. Attribution corpora (PolNeAR) annotate the
 * article's own attributions, not the ones a speaker reports ("Quist says she opposes the merger":
 * one attribution, whose content holds "opposes"), as for cues inside quotation marks; so:
 * - a coordinated sibling ("…, though she admitted …", "… and vowed to …") ends the content
 *   before it: the two attributions stand side by side;
 * - of two attributions holding each other's cue ('X called for Y, sources said'), the one whose
 *   content lies before its cue frames the sentence and the other is part of its content;
 * - else the inner one is part of what the outer speaker reported and is not kept.
 */
function resolveNesting(c: FindContext, list: RawAttribution[]): RawAttribution[] {
  const dropped = new Set<RawAttribution>();
  const byCue = list.filter((a) => a.cue).sort((x, y) => x.cue![0] - y.cue![0]);
  // Contents by start, to stop at the first one starting after the cue.
  const byStart = [...list].sort((x, y) => x.content[0] - y.content[0]);
  for (const b of byCue) {
    const at = b.cue![0];
    for (const a of byStart) {
      if (a.content[0] > at) break;
      if (at >= a.content[1] || a === b || dropped.has(a) || dropped.has(b)) continue;
      if (a.cue && b.content[0] <= a.cue[0] && a.cue[0] < b.content[1]) {
        // Mutual: the left-content frame ('…, sources said') holds the other.
        const aLeft = a.content[1] <= a.cue[0];
        const bLeft = b.content[1] <= at;
        // "…, which she said would be a record low, she noted": a clause of the inner speaker that
        // runs into the frame closing the sentence ends before that frame, and is judged as any
        // other attribution inside the content.
        const aFrame = a.source && a.source[1] <= a.cue[0] ? Math.min(a.source[0], a.cue[0]) : a.cue[0];
        if (aLeft && !bLeft && b.source && b.cueLemma !== null && c.lex.words.plainSpeech.has(b.cueLemma) && b.content[0] > a.content[0] && aFrame > b.content[0] && words(c, [b.content[0], trimEnd(c, b.content[0], aFrame)]) >= 2) {
          b.content = [b.content[0], trimEnd(c, b.content[0], aFrame)];
        } else {
          if (bLeft && !aLeft) dropped.add(a);
          else if (aLeft && !bLeft) dropped.add(b);
          else dropped.add(a.content[1] - a.content[0] >= b.content[1] - b.content[0] ? b : a);
          continue;
        }
      }
      // '… X said the plan, “…,” she said.': a quotation framed after it ends the content before it.
      if (b.content[1] <= at && b.content[0] > a.content[0]) {
        const end = trimEnd(c, a.content[0], b.content[0]);
        if (words(c, [a.content[0], end]) >= 2) {
          a.content = [a.content[0], end];
          continue;
        }
      }
      // "Turkey, which has backed the rebels, has said …": the inner attribution's subject lies
      // before the outer content, so the outer content ends where the inner's verb group starts.
      if (b.source && b.source[1] <= a.content[0] && (!a.cue || b.source[1] <= a.cue[0])) {
        let k = at - 1;
        while (k > a.content[0] && (skipBeforeCue(c, c.forms.lower[k]) || c.tokens.pos[k] === 'ADV')) k--;
        if (COORDINATORS.has(c.forms.lower[k])) k--;
        const end = trimEnd(c, a.content[0], k + 1);
        if (end > a.content[0]) {
          a.content = [a.content[0], end];
          continue;
        }
      }
      // Where the inner attribution's frame starts: its source when that lies in the content.
      const frame = b.source && b.source[1] <= at && b.source[0] > a.content[0] ? b.source[0] : at;
      let k = frame - 1;
      // "and also said", "but has since denied": auxiliaries and adverbs between.
      while (k > a.content[0] && frame === at && (skipBeforeCue(c, c.forms.lower[k]) || c.tokens.pos[k] === 'ADV')) k--;
      const l = c.forms.lower[k];
      if (k > a.content[0] && (COORDINATORS.has(l) || ((l === ',' || dashAt(c, k)) && b.source && frame < at && b.content[0] >= at))) {
        let end = k;
        if (COORDINATORS.has(l) && c.forms.lower[end - 1] === ',') end--;
        end = trimEnd(c, a.content[0], end);
        if (end > a.content[0] && words(c, [a.content[0], end]) >= 1) {
          a.content = [a.content[0], end];
          continue;
        }
      }
      // A plain report of speech with a subject of its own ("… the files the ministry now says are secret",
      // "…, at a forum this week she said …") inside a content opened by a weaker frame (a
      // stance, a thought, a verb of criticism) is an attribution of the article's own: the outer
      // frame is the less certain reading.
      // (Not the clause the outer cue governs: "I hope Lisbon remembers them".)
      const governed = (b.source ? b.source[0] : at) <= a.content[0] + (c.forms.lower[a.content[0]] === 'that' ? 1 : 0);
      if (b.source && b.cueLemma && c.lex.words.plainSpeech.has(b.cueLemma) && a.cueType !== 'evidence' && !(a.cueLemma && c.lex.words.reportFrames.has(a.cueLemma)) && !governed) continue;
      // A clause of its own inside the content, opened by a relative or a conjunction of time or
      // manner, with its own subject ("…, which she said would be a record low", "as the Northgate
      // Ledger reported", "after the company announced …", "when she told Szabo …").
      if (b.source && b.source[0] < at && frame > a.content[0] && OWN_CLAUSE.has(c.forms.lower[frame - 1])) continue;
      dropped.add(b);
    }
  }
  return list.filter((a) => !dropped.has(a));
}

/** A participle opening its sentence, alone or after a preposition or subordinator ("Arguing that
 * …", "While saying that …", "After denying …"). */
function openingParticiple(c: FindContext, i: number, lo: number): boolean {
  if (!c.forms.lower[i].endsWith('ing')) return false;
  return i === lo || (i === lo + 1 && /^(while|despite|after|before|by|when|since|without|in|upon|on)$/.test(c.forms.lower[lo]));
}

/** Where a content opened inside an adverbial clause ends: before the comma that starts the main
 * clause (a subject, then a verb soon after), else where it ended. */
function mainClauseCut(c: FindContext, content: Range): number {
  for (let m = content[0] + 1; m + 1 < content[1]; m++) {
    if (c.forms.lower[m] !== ',' || c.quoteCover[m] >= 0) continue;
    const n = m + 1;
    const subject = (c.tokens.pos[n] === 'PRON' && (PERSONAL.has(c.forms.lower[n]) || POSSESSIVE_DETERMINERS.has(c.forms.lower[n]))) || c.tokens.pos[n] === 'DET' || c.tokens.pos[n] === 'PROPN' || c.tokens.pos[n] === 'NOUN' || c.tokens.pos[n] === 'NUM';
    let verb = false;
    for (let v = n + 1; v < Math.min(content[1], n + 6) && !verb; v++) if (c.tokens.pos[v] === 'VERB' || c.tokens.pos[v] === 'AUX') verb = true;
    if (subject && verb) {
      const end = trimEnd(c, content[0], m);
      if (end > content[0]) return end;
      break;
    }
  }
  return content[1];
}

function verbAttribution(c: FindContext, i: number, entry: CueEntry, cueEnd: number, lo: number, hi: number, found: RawAttribution[]): RawAttribution | null {
  const lower = c.forms.lower[i];
  const prev = i > lo ? c.forms.lower[i - 1] : '';
  // Adjectival participles: "so-called", "its declared aim", "the stated goal".
  if (prev === '-' && !c.tokens.spaceBefore[i]) return null;
  if (i > lo && (c.tokens.pos[i - 1] === 'DET' || (c.tokens.pos[i - 1] === 'PRON' && /^(its|his|her|their|our|my|your)$/.test(prev))) && i + 1 < hi && c.tokens.pos[i + 1] === 'NOUN') return null;
  // "1,400 pledged delegates", "Oduya’s pledged delegates": a participle between a number or
  // possessive and its noun.
  if (lower.endsWith('ed') && i + 1 < hi && c.tokens.pos[i + 1] === 'NOUN' && (i === lo || c.tokens.pos[i - 1] === 'NUM' || c.tokens.pos[i - 1] === 'ADJ' || prev === "'s" || prev === '’s' || prev === "'" || prev === '’')) return null;
  if (reducedRelative(c, i, cueEnd, lo, hi)) return null;
  // "Additional reporting by X", "the writing by …": a gerund with its agent is a noun.
  if (lower.endsWith('ing') && c.forms.lower[cueEnd] === 'by' && (i === lo || c.tokens.pos[i - 1] !== 'AUX')) return null;
  // Set phrases of the article's own voice: "Having said that", "That said", "It is worth noting",
  // "It goes without saying", "needless to say".
  if (prev === 'having' || prev === 'worth' || prev === 'without' || prev === 'needless' || (lower === 'said' && prev === 'that' && i - 1 === lo)) return null;
  const cueQuote = c.quoteCover[i];
  const mk = (source: Range | null, content: Range, rule: string, passive = false): RawAttribution => {
    let kind: QuoteKind = 'indirect';
    const opens = isOpenMark(c, content[0]) && isCloseMark(c, content[1] - 1);
    if (opens) kind = 'direct';
    else for (let m = content[0]; m < content[1]; m++) if (isOpenMark(c, m) && c.quotes[c.quoteOpenAt[m]].close < content[1]) { kind = 'mixed'; break; }
    return { kind, cue: [i, cueEnd], source, content, type: entry.type, cueType: entry.cueType, cueLemma: entry.particle ? `${entry.lemma} ${entry.particle}` : entry.lemma, rule, passive };
  };

  // Evidence of the article's own statement: "X seems to Y", "X appears stunned", "it looks like
  // X", "X is expected to Y", "what are said to be": the clause is the content, with no source.
  if (entry.frames.has('raise') || (isPassive(c, i, lo) && c.forms.lower[cueEnd] === 'to' && !entry.frames.has('obj'))) {
    // "what are said to be", "is believed to have" hedge the article's own statement (a Doubt frame
    // when it casts doubt); "is expected to" forecasts it, and corpora mark it as evidence.
    // ("is said to", "is reported to": speech with no source; "is believed to" hedges.)
    // ("what are said to be" names a thing in someone's words, as "what he called": no quote.)
    let w = i - 1;
    while (w > lo && (c.tokens.pos[w] === 'AUX' || c.tokens.pos[w] === 'ADV' || c.forms.lower[w] === 'not')) w--;
    const speech = (entry.lemma === 'say' || entry.lemma === 'report') && c.forms.lower[w] !== 'what';
    if (!entry.frames.has('raise') && entry.type !== 'forecast' && !speech) return null;
    return raising(c, i, entry, cueEnd, lo, hi, cueQuote, mk);
  }

  // "Asked about X, he said …", "When asked whether …": the question put to the sentence's subject,
  // who is not named in the phrase (corpora leave it without a source).
  // ("And when asked who …": a conjunction before the subordinator.)
  const asked = lower === 'asked' || lower === 'questioned' || lower === 'pressed';
  const subordinated = i > lo && /^(when|if|after|once|as)$/.test(prev) && (i - 1 === lo || /^(and|but|,)$/.test(c.forms.lower[i - 2]));
  if (asked && (i === lo || subordinated || prev === ',')) {
    let k = cueEnd;
    const by = c.forms.lower[k] === 'by' ? npForward(c, k + 1, hi) : null;
    if (by) k = by[1];
    // Adverbials before the question ("Asked Tuesday about …", "Asked at a news conference in Denver
    // whether …", "Asked specifically what …"): adverbs, days, prepositional phrases.
    let skipped = k;
    for (let n = 0; skipped < hi && n < 4; n++) {
      const w = c.forms.lower[skipped];
      if ((c.tokens.pos[skipped] === 'ADV' && !WH.has(w)) || (temporalWord(c, w) && c.tokens.pos[skipped] !== 'NUM')) skipped++;
      else if (c.tokens.pos[skipped] === 'ADP' && !/^(about|on|for|to|whether|if)$/.test(w)) {
        const pp = npForward(c, skipped + 1, hi);
        if (!pp) break;
        skipped = pp[1];
      } else break;
    }
    const sl = c.forms.lower[skipped] ?? '';
    if (skipped > k && skipped < hi && (sl === 'about' || sl === 'on' || sl === 'whether' || sl === 'if' || WH.has(sl))) k = skipped;
    const l = c.forms.lower[k] ?? '';
    if (k < hi && (l === 'about' || l === 'on' || l === 'whether' || l === 'if' || (WH.has(l) && (l !== 'which' || k > cueEnd || c.tokens.pos[k + 1] === 'NOUN')) || l === 'to' || l === 'for')) {
      // (After adverbials the preposition opens the content: "Asked Tuesday about the audit".)
      const start = (l === 'about' || l === 'on' || l === 'for') && k === (by ? by[1] : cueEnd) ? k + 1 : k;
      let e = start;
      while (e < hi && c.forms.lower[e] !== ',' && !CLAUSE_END.has(c.forms.lower[e])) e++;
      if (e > start) {
        const a = mk(by, [start, e], 'asked', by === null);
        if (start === cueEnd + 1 && c.tokens.pos[start - 1] === 'ADP' && !by) a.cue = [i, start];
        return a;
      }
    }
  }

  // Passive: "was accused of", "has been criticized for".
  if (isPassive(c, i, lo)) {
    const by = sourceBy(c, cueEnd, hi);
    const k = by ? by[1] : cueEnd;
    // A passive cue is an attribution only with what was said or who said it: "was accused of",
    // "was told that", "was urged to", "is supported by"; not "the letter should be published", "a
    // fuel can was found in the basement".
    const l = c.forms.lower[k] ?? '';
    const complement = k < hi && (l === 'that' || l === ':' || isOpenMark(c, k) || (WH.has(l) && l !== 'which' && l !== 'who') || (entry.frames.has(l) && l !== 'to' && l !== 'that') || (l === 'to' && entry.frames.has('obj') && c.tokens.pos[k + 1] === 'VERB'));
    let content: Range | null = null;
    // "X was accused of Y": the whole clause is what is alleged; X is the subject right before the
    // auxiliaries (through an appositive or relative clause), not the sentence's first noun.
    const subj = leftSource(c, i, sourceFloor(c, lo, i)).source;
    if (!by && !complement && (!subj || entry.strict)) return null;
    const rc = complement ? rightContent(c, k, hi, cueQuote) : null;
    if (subj && rc) content = [subj[0], rc[1]];
    else if (rc) content = rc;
    else if (subj) content = [subj[0], cueEnd];
    if (!content || words(c, content) < 2) return null;
    return mk(by, content, 'passive', by === null);
  }

  // Participle after a comma: ", adding that …", ", saying …".
  // (", even suggesting …", ", again saying …": an adverb between.)
  const prevWord = i - 1 > lo && c.tokens.pos[i - 1] === 'ADV' && c.forms.lower[i - 2] === ',' ? ',' : prev;
  if (lower.endsWith('ing') && (prevWord === ',' || prev === 'while' || prev === 'and' || prev === 'before' || prev === 'after')) {
    const k = skipAdverbials(c, cueEnd, hi);
    if (!complementOk(c, entry, k, hi) && entry.strict) return null;
    const content = rightContent(c, k, hi, cueQuote);
    if (!content) return null;
    if (openingParticiple(c, i, lo)) content[1] = mainClauseCut(c, content);
    return mk(clauseSubject(c, lo, i, found), content, 'participle');
  }

  // Inverted: '“…,” said X.' / '…, said X, a spokesman.'
  // (The segmenter ends a sentence at '?”', so the quotation may close the previous sentence.)
  if (((i > lo && prev === ',') || isCloseMark(c, i - 1)) && i + 1 < hi && entry.particle === null) {
    const src = npForward(c, cueEnd, hi);
    // '“…,” said a pollster who has advised …': a relative clause after the source.
    // ('“…,” said X when asked about Y': a clause of time after the source.)
    const relative = src !== null && src[1] < hi && (/^(who|whom|whose)$/.test(c.forms.lower[src[1]]) || (c.tokens.pos[src[1]] === 'VERB' && c.forms.lower[src[1]].endsWith('ing')) || /^(when|after|as|while|before|because)$/.test(c.forms.lower[src[1]]));
    if (src && (relative || clauseEndsAt(c, src[1], hi))) {
      const content = leftContent(c, i, lo);
      // '"Nope," wrote a fan': a quotation may be a single word; else a clause ("Nadia Orsini, the
      // head of the institute, compared Quist to …" is no inversion).
      if (content && (isOpenMark(c, content[0]) || hasVerb(c, content)) && words(c, content) >= (isOpenMark(c, content[0]) ? 1 : 2)) return mk(src, content, 'inverted');
    }
  }

  const slo = sourceFloor(c, lo, i);
  let left = leftSource(c, i, slo);
  // A second verb of one subject: "Pellegrini praised Oduya and said …".
  if (!left.source && left.before >= lo && (c.forms.lower[left.before] === 'and' || c.forms.lower[left.before] === 'but' || c.forms.lower[left.before] === 'yet')) {
    const subject = clauseSubject(c, lo, i, found);
    if (subject) left = { source: subject, before: left.before, how: 'np' };
  }
  // "As the Ledger's Omar Haddad puts it, the mayor is …", "…, as the Times reported.": a parenthetical
  // frame opened by "as"; the clause it stands beside is the content.
  // (Only a verb that takes a proposition: "as he spoke" is a time.)
  if (left.source && (entry.frames.has('that') || c.forms.lower[cueEnd] === 'it') && left.before >= lo && c.forms.lower[left.before] === 'as' && (left.before === lo || c.forms.lower[left.before - 1] === ',' || dashAt(c, left.before - 1))) {
    let m = cueEnd;
    while (m < hi && (c.forms.lower[m] === 'it' || c.tokens.pos[m] === 'ADV' || temporalWord(c, c.forms.lower[m]) || prepSkip(c, c.forms.lower[m]) || c.tokens.pos[m] === 'ADP' || c.tokens.pos[m] === 'DET' || c.tokens.pos[m] === 'PROPN' || c.tokens.pos[m] === 'NOUN' || c.tokens.pos[m] === 'ADJ' || POSSESSIVE_DETERMINERS.has(c.forms.lower[m])) && m - cueEnd < 12) m++;
    const cueTo = c.forms.lower[cueEnd] === 'it' ? cueEnd + 1 : cueEnd;
    // ("Yet, as Ms. Lindqvist noted, in the first year …": too little before, the clause after.)
    const little = left.before > lo && words(c, [lo, left.before]) < 3;
    if (m < hi && c.forms.lower[m] === ',' && (left.before === lo || little)) {
      const content = rightContent(c, m + 1, hi, cueQuote);
      if (content && hasVerb(c, content)) {
        const a = mk(left.source, content, 'as-frame');
        a.cue = [i, cueTo];
        return a;
      }
    } else if (left.before > lo && !little && (m >= hi || CLAUSE_END.has(c.forms.lower[m]) || c.forms.lower[m] === ',')) {
      const content = leftContent(c, left.before - 1, slo);
      if (content && hasVerb(c, content) && words(c, content) >= 3) {
        const a = mk(left.source, content, 'as-frame');
        a.cue = [i, cueTo];
        return a;
      }
    }
  }
  // "which she hoped would bring riders back", "what he said is rising demand": a relative pronoun,
  // the speaker, the cue, then the verb of the clause whose subject the pronoun is; the pronoun and
  // that clause are the content.
  if (left.source && left.before >= lo && /^(which|what)$/.test(c.forms.lower[left.before]) && cueEnd < hi && c.tokens.pos[cueEnd] === 'AUX' && (entry.frames.has('that') || entry.cueType === 'thought')) {
    const rest = rightContent(c, cueEnd, hi, cueQuote);
    if (rest) {
      // (Set off by commas, the relative clause ends where the main clause resumes: ", passed".)
      let end = rest[1];
      for (let m = cueEnd + 1; m + 1 < end; m++) {
        if (c.forms.lower[m] === ',' && c.quoteCover[m] < 0 && (c.tokens.pos[m + 1] === 'VERB' || c.tokens.pos[m + 1] === 'AUX') && !c.forms.lower[m + 1].endsWith('ing')) {
          end = trimEnd(c, cueEnd, m);
          break;
        }
      }
      return mk(left.source, [left.before, end], 'relative-bridge');
    }
  }
  // Content before: '“…,” he said.' / '…, officials said Friday.' / 'X, he said, is …'.
  if (left.source && (left.before >= slo || (left.before === slo - 1 && isCloseMark(c, slo - 1)))) {
    const b = left.before;
    const bl = c.forms.lower[b];
    const quoted = isCloseMark(c, b) || (bl === ',' && isCloseMark(c, b - 1));
    // ('Asked about X, Oduya said, “…”': a quotation right after the cue is what was said.)
    const quoteAfter = c.forms.lower[cueEnd] === ',' && isOpenMark(c, cueEnd + 1) && !isCloseMark(c, b) && !(bl === ',' && isCloseMark(c, b - 1));
    if (!quoteAfter && (bl === ',' || isCloseMark(c, b) || dashAt(c, b)) && (clauseEndsAt(c, cueEnd, hi, (isCloseMark(c, b) || bl === ',') && entry.frames.has('obj')) || (quoted && subordinateAt(c, cueEnd, hi)))) {
      let content = leftContent(c, b + (isCloseMark(c, b) ? 1 : 0), slo);
      // What lies before must be a clause or a quotation, not a circumstance ("In March, the governor
      // called on …").
      if (content && !isOpenMark(c, content[0]) && !hasVerb(c, content) && (c.tokens.pos[content[0]] === 'ADP' || c.tokens.pos[content[0]] === 'SCONJ' || c.tokens.pos[content[0]] === 'ADV' || isTemporal(c, content))) content = null;
      // Nor an adverbial clause ("After Quist accused the mayor of cronyism, he warned …").
      // (Unless the main clause follows it: "After several delays, the bridge has passed inspection, an
      // engineer said.")
      if (content && SUBORDINATORS.has(c.forms.lower[content[0]]) && !isOpenMark(c, content[0])) {
        let main = false;
        for (let m = content[0] + 1; m + 1 < content[1] && !main; m++) if (c.forms.lower[m] === ',' && c.quoteCover[m] < 0 && newClauseAt(c, m + 1, content[1])) main = true;
        if (!main) content = null;
      }
      if (content && words(c, content) >= 2) {
        // Parenthetical ("The levy, Ms. Szabo says, is …"): the sentence is the content.
        let m = cueEnd;
        while (m < hi && !CLAUSE_END.has(c.forms.lower[m]) && c.forms.lower[m] !== ',') m++;
        if (m < hi && c.forms.lower[m] === ',' && !isOpenMark(c, content[0]) && m + 1 < hi && !c.lex.words.participleCues.has(c.forms.lower[m + 1])) {
          const tail = trimEnd(c, m + 1, hi);
          if (tail > m + 2) content = [content[0], tail];
        }
        return mk(left.source, content, 'left');
      }
    }
  }
  // Cue at the end of a sentence that opens with a quotation or clause and has no comma before the
  // source ("The numbers are alarming, he said" is handled above).
  let k = cueEnd;
  // "called the audit a witch hunt", "is calling the mayor “totally unfit”": object + predicate.
  let predicate = false;
  if (entry.frames.has('pred') && k === cueEnd) {
    const obj = objectForward(c, k, hi);
    // "a woman calling herself Greta", "a group calling itself …": a name, not an attribution.
    if (obj && REFLEXIVE.has(c.forms.lower[obj[0]]) && lower.endsWith('ing') && i > lo && (c.tokens.pos[i - 1] === 'NOUN' || c.tokens.pos[i - 1] === 'PROPN')) return null;
    const next = obj && obj[1] < hi ? obj[1] : -1;
    // What follows the object must be what it is called (a noun phrase, an adjective, a quotation),
    // not a circumstance ("called Dana Okafor on Friday to offer thanks": a phone call).
    const possessive = next >= 0 && /^(his|her|their|its|our|my|your)$/.test(c.forms.lower[next]);
    // ("called themselves fairly liberal": an adverb before the adjective.)
    const adverbAdjective = next >= 0 && c.tokens.pos[next] === 'ADV' && next + 1 < hi && c.tokens.pos[next + 1] === 'ADJ';
    if (obj && ((next >= 0 && (npWord(c, next) || isOpenMark(c, next)) && (c.tokens.pos[next] !== 'PRON' || possessive)) || c.tokens.pos[obj[1] - 1] === 'ADJ' || adverbAdjective)) predicate = true;
  }
  let consumed = false;
  // Object before the complement: "told reporters (that)", "urged X to", "accused X of".
  if (!predicate && entry.frames.has('obj') && k < hi && (nominal(c, k) || c.tokens.pos[k] === 'DET' || c.tokens.pos[k] === 'ADJ' || c.tokens.pos[k] === 'PRON')) {
    // ("accused him of cronyism", "told her that".)
    const obj = objectForward(c, k, hi);
    // "charged the treasurer with fraud": the object ends at the cue's own preposition.
    if (obj) for (let m = obj[0] + 1; m < obj[1]; m++) if (entry.frames.has(c.forms.lower[m]) && c.tokens.pos[m] === 'ADP' && c.forms.lower[m] !== 'to') { obj[1] = m; break; }
    if (obj) {
      const after = c.forms.lower[obj[1]] ?? '';
      if (after === 'that' || entry.frames.has(after) || after === ':' || isOpenMark(c, obj[1]) || after === ',') {
        k = after === 'to' || after === ',' ? (after === ',' ? obj[1] + 1 : k) : obj[1];
        // "urged X to …", "called on X to …": the object and its infinitive are the content; "compared
        // Quist to a referee": the object and what it is compared to.
        if (after === 'to' && entry.frames.has('to')) {
          consumed = true;
          if (!verbAt(c, obj[1] + 1, hi)) k = obj[0];
        }
        // "accused him of cronyism", "criticized the judge for ignoring …": the object and what it is
        // accused or criticized of are the content.
        if (entry.frames.has(after) && after !== 'to' && after !== 'that') {
          k = obj[0];
          consumed = true;
        }
      } else if (obj[1] < hi && (c.tokens.pos[obj[1]] === 'PRON' || c.tokens.pos[obj[1]] === 'PROPN' || c.tokens.pos[obj[1]] === 'DET')) {
        // "told reporters the decision was made": zero complementizer after the addressee.
        k = obj[1];
      } else if (obj[1] < hi) {
        // "told Szabo on Monday how worried she was": an adverbial between the addressee and the clause.
        const m = skipAdverbials(c, obj[1], hi);
        if (m > obj[1] && m < hi && (c.forms.lower[m] === 'that' || WH.has(c.forms.lower[m]) || c.forms.lower[m] === ':' || isOpenMark(c, m))) k = m;
      }
    }
  }
  k = skipAdverbials(c, k, hi);
  // "weighed in Friday about …": a day or adverb before the cue's own preposition.
  if (k === cueEnd) {
    let m = k;
    while (m < hi && m - k < 3 && (temporalWord(c, c.forms.lower[m]) || c.tokens.pos[m] === 'ADV')) m++;
    if (m > k && m < hi && entry.frames.has(c.forms.lower[m]) && c.tokens.pos[m] === 'ADP') k = m;
  }
  // Evidence verbs with a document as subject take a noun phrase: "polls show Quist with a lead".
  // ("the polls that show Farrant at 8 percent": the relative pronoun's antecedent.)
  let documentSubject = left.source !== null && left.how === 'relative' && left.source[0] > lo && isDocument(c, left.source[0] - 1);
  if (left.source) for (let m = left.source[0]; m < left.source[1] && !documentSubject; m++) if ((c.tokens.pos[m] === 'NOUN' || c.tokens.pos[m] === 'PROPN') && isDocument(c, m)) documentSubject = true;
  if (!predicate && !consumed && !documentSubject && (entry.strict || !entry.frames.has('np'))) {
    if (!complementOk(c, entry, k, hi) && !(entry.frames.has('person') && personObject(c, k, hi))) return null;
  }
  // The preposition of a prepositional frame opens the content ("warned of", "called for").
  // Right after the cue, the preposition is part of the cue ("railed against", "took issue with").
  let prepEnd = -1;
  if (k < hi && entry.frames.has(c.forms.lower[k]) && c.forms.lower[k] !== 'that' && c.forms.lower[k] !== 'to') {
    if (k === cueEnd && c.tokens.pos[k] === 'ADP') prepEnd = k + 1;
    k++;
  }
  if (k < hi && (c.forms.lower[k] === ':' || c.forms.lower[k] === ',')) k++;
  let content = rightContent(c, k, hi, cueQuote);
  // 'He said:' closing its sentence: the quotation or sentence that follows is what was said.
  if (!content && k >= hi && c.forms.lower[hi - 1] === ':' && hi < c.tokens.length) {
    if (isOpenMark(c, hi)) content = [hi, c.quotes[c.quoteOpenAt[hi]].close + 1];
    else {
      const next = sentenceOf(c, hi);
      const end = trimEnd(c, next.tokenStart, next.tokenEnd);
      if (end > next.tokenStart) content = [next.tokenStart, end];
    }
  }
  if (!content) return null;
  // "reported from Brussels", "backing from 41 percent", "backed by unions": a place, source or
  // agent phrase is not what the cue attributes.
  if (!entry.frames.has(c.forms.lower[content[0]]) && /^(from|by|down|off)$/.test(c.forms.lower[content[0]]) && c.tokens.pos[content[0]] === 'ADP' && !(c.forms.lower[content[0] + 1] === '-' && !c.tokens.spaceBefore[content[0] + 1])) return null;
  // "spoke on (the) condition of anonymity": the terms of an interview, not what was said.
  {
    const on = c.forms.lower[content[0]] === 'on' ? content[0] : c.forms.lower[content[0] - 1] === 'on' ? content[0] - 1 : -1;
    if (on >= 0 && (c.forms.lower[on + 1] === 'condition' || (c.forms.lower[on + 1] === 'the' && c.forms.lower[on + 2] === 'condition'))) return null;
  }
  // "what he called “fake polls”", "what it calls …": the article naming a thing by someone's words
  // (a Doubt frame), not an attribution of a proposition.
  if (left.source && left.source[0] - 1 >= lo && c.forms.lower[left.source[0] - 1] === 'what') return null;
  // A non-finite cue inside another attribution's content is part of what that speaker reported
  // ("told them what to say", "said he hoped to discuss").
  if ((prev === 'to' || (lower.endsWith('ing') && prev !== ',')) && found.some((f) => f.content[0] <= i && i < f.content[1])) return null;
  // A cue inside a relative clause set off by commas ("the governor, who had endorsed him, called on
  // …"): the content ends where the main clause resumes.
  if (left.how === 'relative' && left.before >= lo && c.forms.lower[left.before] === ',') {
    for (let m = content[0] + 1; m < content[1]; m++) {
      if (c.forms.lower[m] === ',' && m + 1 < content[1] && (c.tokens.pos[m + 1] === 'VERB' || c.tokens.pos[m + 1] === 'AUX') && !c.forms.lower[m + 1].endsWith('ing')) {
        const end = trimEnd(c, content[0], m);
        if (end > content[0]) content[1] = end;
        break;
      }
    }
  }
  // "the flaws she cited", "the story the mayor told about her mother": a relative clause without a
  // pronoun, whose object is the noun before its subject; that noun phrase is the content.
  if (left.source && left.how === 'np' && left.source[0] - 1 >= lo && c.tokens.pos[left.source[0] - 1] === 'NOUN' && (c.tokens.pos[left.source[0]] === 'PRON' || c.tokens.pos[left.source[0]] === 'PROPN') && !entry.frames.has('raise') && c.forms.lower[cueEnd] !== 'that') {
    const antecedent = npBackward(c, left.source[0] - 1, lo);
    // ("names she said would be published": the verb of saying bridges a clause about the noun, which
    // news corpora leave unannotated; "the way she responded to …": the cue's own preposition
    // follows, the noun is no object of it.)
    const verbAfter = c.tokens.pos[cueEnd] === 'AUX' || c.tokens.pos[cueEnd] === 'VERB';
    if (antecedent && verbAfter && entry.frames.has('that')) return null;
    if (antecedent && (verbAfter || (c.tokens.pos[cueEnd] === 'ADP' && !entry.frames.has(c.forms.lower[cueEnd])) || CLAUSE_END.has(c.forms.lower[cueEnd]) || c.forms.lower[cueEnd] === ',')) {
      return mk(left.source, antecedent, 'object-relative');
    }
  }
  // A cue in an opening adverbial clause ("After Quist accused the mayor of cronyism, he warned …"): the
  // content ends where the main clause starts.
  // So does a participle opening the sentence ("Arguing that …, her staff is suggesting …").
  if (((SUBORDINATORS.has(c.forms.lower[lo]) && lo < i && (!left.source || left.source[0] > lo)) || openingParticiple(c, i, lo))) content[1] = mainClauseCut(c, content);
  let source = left.source;
  // A participle or infinitive after an object ("sent a letter to council members opposing …", "posts
  // late Monday saying …") has the clause's subject as its source, not that object.
  const nonFinite = (lower.endsWith('ing') && !(i > lo && c.tokens.pos[i - 1] === 'AUX')) || prev === 'to';
  // "footage of Verhoeven saying …", "a video of her telling …": a name or pronoun right before the
  // participle is who speaks.
  const speakerBefore = lower.endsWith('ing') && i - 1 >= lo && (c.tokens.pos[i - 1] === 'PROPN' || /^(him|her|them)$/.test(c.forms.lower[i - 1]));
  if (speakerBefore) {
    let a = i - 1;
    while (a - 1 >= lo && c.tokens.pos[a - 1] === 'PROPN') a--;
    source = [a, i];
  } else if (nonFinite && source && source[0] - 1 >= lo && (c.tokens.pos[source[0] - 1] === 'VERB' || c.tokens.pos[source[0] - 1] === 'ADP')) source = clauseSubject(c, lo, source[0], found);
  if (!source && (lower.endsWith('ing') || prev === 'to')) source = clauseSubject(c, lo, i, found);
  if (!source && left.how === 'none' && !isOpenMark(c, content[0])) {
    // No subject at all (imperative, fragment, or a parse we cannot follow): not an attribution.
    if (!lower.endsWith('ing')) return null;
  }
  const a = mk(source, content, 'right');
  if (prepEnd > 0) a.cue = [i, prepEnd];
  return a;
}

/**
 * A raising predicate: "X seems/appears to Y", "X seemed unperturbed", "X looks like Y", "it appears
 * that Y", and the raising passives "X is expected/said/believed to Y". Attribution corpora mark the
 * whole clause as the content of an evidence cue with no source; the status layer reads the hedge or
 * forecast from the words themselves.
 */
function raising(c: FindContext, i: number, entry: CueEntry, cueEnd: number, lo: number, hi: number, cueQuote: number, mk: (source: Range | null, content: Range, rule: string, passive?: boolean) => RawAttribution): RawAttribution | null {
  let k = cueEnd;
  while (k < hi && c.tokens.pos[k] === 'ADV' && !WH.has(c.forms.lower[k])) k++;
  if (k >= hi) return null;
  const l = c.forms.lower[k];
  const p = c.tokens.pos[k];
  const passive = !entry.frames.has('raise');
  let ok = false;
  if (l === 'to') ok = k + 1 < hi && (c.tokens.pos[k + 1] === 'VERB' || c.tokens.pos[k + 1] === 'AUX') && (passive || entry.frames.has('to'));
  else if (passive) ok = false;
  else if (l === 'like' || (l === 'as' && /^(if|though)$/.test(c.forms.lower[k + 1] ?? ''))) ok = true;
  else if (l === 'that') ok = entry.frames.has('that');
  else if (p === 'ADJ' || (p === 'VERB' && !c.forms.lower[k].endsWith('ing'))) ok = entry.frames.has('adj');
  if (!ok) return null;
  const floor = sourceFloor(c, lo, i);
  const left = leftSource(c, i, floor);
  const subject = left.source;
  const expletive = subject !== null && subject[1] - subject[0] === 1 && /^(it|there)$/.test(c.forms.lower[subject[0]]);
  const rc = rightContent(c, l === 'that' || l === 'like' ? k + 1 : k, hi, cueQuote);
  if (!rc) return null;
  // "It seems that X", "it looks like X": the clause after is the content.
  const content: Range = subject && !expletive && subject[0] >= lo ? [subject[0], rc[1]] : rc;
  if (words(c, content) < 3) return null;
  const by = passive ? sourceBy(c, cueEnd, hi) : null;
  const a = mk(by, content, passive ? 'raising-passive' : 'raising', passive && by === null);
  a.cueType = 'evidence';
  return a;
}


/**
 * An attitude adjective after a copula, with its complement: "Union leaders are wary of …", "she is
 * confident that …", "the rebels are willing to negotiate", "he has been vocal about …". The subject
 * is the source; an expletive subject ("it is clear that") is the article's own voice.
 */
function adjectiveAttribution(c: FindContext, i: number, entry: CueEntry, lo: number, hi: number): RawAttribution | null {
  let j = i - 1;
  while (j >= lo && (c.tokens.pos[j] === 'ADV' || c.forms.lower[j] === 'not' || c.forms.lower[j] === "n't")) j--;
  if (j < lo || !COPULAS.has(c.forms.lower[j])) return null;
  const k = i + 1;
  if (k >= hi) return null;
  const l = c.forms.lower[k];
  let start = -1;
  if (l === 'that' && entry.frames.has('that')) start = k;
  else if (l === 'whether' && entry.frames.has('whether')) start = k;
  else if (l === 'to' && entry.frames.has('to')) start = c.tokens.pos[k + 1] === 'VERB' || c.tokens.pos[k + 1] === 'AUX' ? k : k + 1;
  else if (entry.frames.has(l) && c.tokens.pos[k] === 'ADP') start = k + 1;
  if (start < 0) return null;
  const left = leftSource(c, j, sourceFloor(c, lo, j));
  const source = left.source;
  if (!source || (source[1] - source[0] === 1 && /^(it|there|this|that)$/.test(c.forms.lower[source[0]]))) return null;
  const content = rightContent(c, start, hi, c.quoteCover[i]);
  if (!content || words(c, content) < 1) return null;
  let kind: QuoteKind = 'indirect';
  for (let m = content[0]; m < content[1]; m++) if (isOpenMark(c, m) && c.quotes[c.quoteOpenAt[m]].close < content[1]) kind = 'mixed';
  return { kind, cue: [j, i + 1], source, content, type: entry.type, cueType: entry.cueType, cueLemma: entry.lemma, rule: 'adjective', passive: false };
}

/**
 * A light verb and a reporting noun ("made a firm condemnation of X", "issued a statement that …"),
 * or a copula and an agent noun ("is a staunch opponent of X", "has been an outspoken supporter of
 * X"): the verb's subject is the source; the cue runs from the verb to the noun (and its preposition).
 */
function constructionAttribution(c: FindContext, i: number, lo: number, hi: number): RawAttribution | null {
  const light = c.tokens.pos[i] === 'VERB';
  // The noun: after determiners, adjectives, adverbs and possessives.
  let n = i + 1;
  while (n < hi && n - i < 6 && (c.tokens.pos[n] === 'DET' || c.tokens.pos[n] === 'ADJ' || c.tokens.pos[n] === 'ADV' || c.tokens.pos[n] === 'NUM' || c.tokens.pos[n] === 'CCONJ' || (c.tokens.pos[n] === 'PRON' && /^(his|her|their|its|our|my)$/.test(c.forms.lower[n])))) n++;
  if (n >= hi || n === i + 1 && !light) return null;
  const entry = light ? c.lex.lightNouns.get(c.forms.lower[n]) : c.lex.agentNouns.get(c.forms.lower[n]);
  if (!entry || c.tokens.pos[n] !== 'NOUN') return null;
  const l = c.forms.lower[n + 1] ?? '';
  let start = -1;
  let clause = false;
  if ((l === 'that' && entry.frames.has('that'))) {
    start = n + 1;
    clause = true;
  } else if (l === ':' && entry.frames.has(':')) {
    start = n + 2;
    clause = true;
  } else if (l === 'to' && entry.frames.has('to') && verbAt(c, n + 2, hi)) {
    start = n + 1;
    clause = true;
  } else if (entry.frames.has(l) && c.tokens.pos[n + 1] === 'ADP') start = n + 2;
  if (start < 0 || start >= hi) return null;
  const content = clause ? rightContent(c, start, hi, c.quoteCover[i]) : isOpenMark(c, start) ? [start, c.quotes[c.quoteOpenAt[start]].close + 1] as Range : objectForward(c, start, hi);
  if (!content) return null;
  const left = leftSource(c, i, sourceFloor(c, lo, i));
  if (!left.source) return null;
  const cue: Range = [i, clause ? n + 1 : start];
  return { kind: 'indirect', cue, source: left.source, content, type: entry.type, cueType: entry.cueType, cueLemma: `${c.forms.lemma[i]} ${entry.lemma}`, rule: light ? 'light-verb' : 'agent-noun', passive: false };
}

/** "In the newest Fenwick poll, Quist leads …": a sentence opened by "In" and a document noun
 * phrase (head from `frameHeads`) up to a comma; the clause after the comma is the content. */
function documentFrame(c: FindContext, i: number, hi: number): RawAttribution | null {
  let head = -1;
  let k = i + 1;
  for (; k < hi && k - i < 14; k++) {
    const l = c.forms.lower[k];
    if (l === ',') break;
    if (c.tokens.pos[k] === 'AUX' || c.tokens.pos[k] === 'SCONJ' || CLAUSE_END.has(l) || c.quoteCover[k] >= 0) return null;
    if (c.lex.frameHeads.has(l)) head = k;
  }
  if (head < 0 || k >= hi || c.forms.lower[k] !== ',') return null;
  // The head ends the phrase, or a participle phrase follows it ("a survey released Monday").
  if (head + 1 < k && !(c.tokens.pos[head + 1] === 'VERB' && PARTICIPLES.test(c.forms.lower[head + 1])) && c.forms.lower[head + 1] !== 'of' && c.forms.lower[head + 1] !== 'by') return null;
  const content = rightContent(c, k + 1, hi, -1);
  if (!content || !hasVerb(c, content) || words(c, content) < 3) return null;
  return { kind: 'indirect', cue: [i, i + 1], source: [i + 1, k], content, type: 'statement', cueType: 'evidence', cueLemma: 'in', rule: 'document-frame', passive: false };
}

function nounAttribution(c: FindContext, m: PhraseMatch<NounEntry>, lo: number, hi: number, found: RawAttribution[]): RawAttribution | null {
  const cue: Range = [m.start, m.end];
  const cueQuote = c.quoteCover[m.start];
  if (m.value.kind === 'source-after') {
    // The source is what follows up to a comma or the clause end ("according to exit polls,"), the
    // tagger being unreliable on such short phrases ("exit/VERB polls").
    let src = npForward(c, m.end, hi);
    if (!src) {
      let e = m.end;
      while (e < hi && e - m.end < 10 && c.forms.lower[e] !== ',' && !CLAUSE_END.has(c.forms.lower[e]) && !isOpenMark(c, e)) e++;
      if (e > m.end) src = [m.end, e];
    }
    if (!src) return null;
    let content: Range | null;
    if (m.start <= lo + 1 || c.forms.lower[m.start - 1] === ',' && m.start - 1 <= lo + 1) {
      // "According to X, …"
      let k = src[1];
      while (k < hi && c.forms.lower[k] !== ',' && !CLAUSE_END.has(c.forms.lower[k])) k++;
      if (k < hi && c.forms.lower[k] === ',') k++;
      content = rightContent(c, k, hi, cueQuote);
    } else {
      // "…, according to X." or "… according to X"
      content = leftContent(c, m.start, lo);
      if (content && clauseEndsAt(c, src[1], hi) === false) {
        const after = rightContent(c, src[1], hi, cueQuote);
        if (after && content) content = [content[0], after[1]];
      }
    }
    if (!content || words(c, content) < 2) return null;
    return { kind: 'indirect', cue, source: src, content, type: m.value.type, cueType: 'speech', cueLemma: m.value.phrase, rule: 'according', passive: false };
  }
  // Reporting noun + "that": "his claim that …", "allegations by X that …"; + a preposition: "his
  // call for a ban", "Quist's support for the pipeline", "criticism of the plan".
  let k = m.end;
  let source: Range | null = null;
  if (k < hi && (c.forms.lower[k] === 'by' || c.forms.lower[k] === 'from')) {
    source = npForward(c, k + 1, hi);
    if (source) k = source[1];
  }
  // ("His promises/VERB to …": after a possessive determiner the word is a noun, whatever its tag.)
  if (c.tokens.pos[m.start] !== 'NOUN' && !(m.start > lo && POSSESSIVE_DETERMINERS.has(c.forms.lower[m.start - 1]) && c.tokens.pos[m.start] === 'VERB')) return null;
  const l = c.forms.lower[k] ?? '';
  let start = -1;
  let clause = false;
  if (l === 'that' && m.value.frames.has('that')) {
    // "that" must open a clause (a subject follows), not a relative ("the claims that were made").
    const next = k + 1 < hi ? c.tokens.pos[k + 1] : '';
    if (next === 'VERB' || next === 'AUX') return null;
    start = k + 1;
    clause = true;
  } else if (l === 'to' && m.value.frames.has('to') && verbAt(c, k + 1, hi)) {
    start = k;
    clause = true;
  } else if (m.value.frames.has(l) && c.tokens.pos[k] === 'ADP') start = k + 1;
  if (start < 0) return null;
  const before = m.start - 1;
  if (!source) {
    if (before >= lo && (c.forms.lower[before] === "'s" || c.forms.lower[before] === '’s')) source = npBackward(c, before, lo);
    else if (before >= lo && c.tokens.pos[before] === 'PRON' && /^(his|her|their|its|our|my)$/.test(c.forms.lower[before])) source = [before, before + 1];
  }
  // "The militia plans/NOUN to seize": a verb the tagger read as a plural noun, its subject before it.
  if (!source && clause && before >= lo && m.end - m.start === 1 && c.forms.lower[m.start].endsWith('s') && (c.tokens.pos[before] === 'NOUN' || c.tokens.pos[before] === 'PROPN')) source = npBackward(c, before, lo);
  let content: Range | null;
  if (clause) content = rightContent(c, start, hi, cueQuote);
  else {
    // The object of the preposition: a noun phrase, a gerund clause, or a quotation.
    if (isOpenMark(c, start)) content = [start, c.quotes[c.quoteOpenAt[start]].close + 1];
    else if (c.tokens.pos[start] === 'VERB' && c.forms.lower[start].endsWith('ing')) content = rightContent(c, start, hi, cueQuote);
    else content = npForward(c, start, hi);
    // A prepositional content needs an owner: "his call for", "Quist's support for", "criticism
    // of X by Y"; a bare "support for" is a figure, not an attribution. A speech act or a stance
    // names its act, with or without an owner ("the endorsement of Quist", "criticism of the plan").
    // (A view, a fear or a plan with no owner is nobody's.)
    // (Nouns flagged `owned` in nouns.tsv, as often something else, keep the owner too.)
    if (!source && ((m.value.cueType !== 'speech' && m.value.cueType !== 'stance') || m.value.frames.has('owned'))) return null;
  }
  if (!content || words(c, content) < (clause ? 2 : 1)) return null;
  // The cue includes the preposition ("support for"), as corpora mark it.
  const cueRange: Range = clause ? cue : [cue[0], Math.max(cue[1], start)];
  void found;
  return { kind: 'indirect', cue: cueRange, source, content, type: m.value.type, cueType: m.value.cueType, cueLemma: m.value.phrase, rule: 'noun', passive: false };
}

/** Transcript and headline style: "HARGREAVES: …", "Quist: the ferry will not be sold". */
function speakerLines(c: FindContext, out: RawAttribution[]): void {
  const covered = (i: number) => out.some((a) => a.cue && a.cue[0] <= i && i < a.cue[1]);
  for (const s of c.sentences) {
    const lo = s.tokenStart;
    if (lo > 0 && c.sentences[c.tokens.sentence[lo - 1]].paragraph === s.paragraph) continue;
    // A transcript turn may open with a quotation mark (continuing marks are not paired, so test the text).
    const first = /^["“«]$/.test(c.tokens.text[lo]) ? lo + 1 : lo;
    let k = first;
    while (k < s.tokenEnd && k - first < 4 && /^[A-Z]/.test(c.tokens.text[k]) && (c.tokens.pos[k] === 'PROPN' || c.tokens.pos[k] === 'NOUN' || /^[A-Z.]+$/.test(c.tokens.text[k]))) k++;
    if (k < s.tokenEnd && c.tokens.text[k] !== ':') {
      // Headline style with a described speaker: "Independent analyst Mira Sandoval: …" (a name last,
      // no preposition: "Little Hope for Commuters:" is a section title).
      const np = npForward(c, first, s.tokenEnd);
      let adp = false;
      if (np) for (let m = np[0]; m < np[1]; m++) if (c.tokens.pos[m] === 'ADP') adp = true;
      if (np && !adp && c.tokens.pos[np[1] - 1] === 'PROPN' && np[1] - np[0] <= 8 && c.tokens.text[np[1]] === ':') k = np[1];
    }
    if (k === first || k >= s.tokenEnd || c.tokens.text[k] !== ':' || covered(k)) continue;
    // Editorial labels are not speakers ("Editor's note:", "Correction:", "UPDATE:"); nor are titles
    // with a verb in them ("Drought Squeezes Dairy Farmers:").
    let label = false;
    for (let m = first; m < k; m++) if (c.lex.words.editorialLabels.has(c.forms.lower[m]) || c.tokens.pos[m] === 'VERB' || c.tokens.pos[m] === 'ADP') label = true;
    if (label) continue;
    // Content: the rest of the paragraph.
    let end = s.tokenEnd;
    while (end < c.tokens.length && c.sentences[c.tokens.sentence[end]].paragraph === s.paragraph) end++;
    const content: Range = [k + 1, trimEnd(c, k + 1, end)];
    if (words(c, content) < 3) continue;
    out.push({ kind: isOpenMark(c, k + 1) || first > lo ? 'direct' : 'indirect', cue: [k, k + 1], source: [first, k], content, type: 'statement', cueType: 'speech', cueLemma: ':', rule: 'speaker-line', passive: false });
  }
}

/** '“…” — Name' and '“…” ― Name, role': a dash signature after a quotation. */
function dashSignatures(c: FindContext, out: RawAttribution[]): void {
  for (const q of c.quotes) {
    if (!q.closed) continue;
    const d = q.close + 1;
    if (d >= c.tokens.length || !/^[—―–-]$/.test(c.tokens.text[d])) continue;
    if (out.some((a) => a.content[0] <= q.open && a.content[1] > q.open)) continue;
    const src = npForward(c, d + 1, sentenceOf(c, d).tokenEnd);
    if (!src || c.tokens.pos[src[0]] !== 'PROPN') continue;
    out.push({ kind: 'direct', cue: [d, d + 1], source: src, content: [q.open, q.close + 1], type: 'statement', cueType: 'speech', cueLemma: '—', rule: 'dash', passive: false });
  }
}

/** 'It did not surprise pollster Ada Brandt: “…”' and '… — Ada Brandt: “…”': a name, then a colon,
 * then a quotation is what the named person (or body) said. The name must end right before the colon
 * and be a proper noun; the quotation must be no other attribution's content. */
function colonQuotations(c: FindContext, out: RawAttribution[]): void {
  for (const q of c.quotes) {
    if (!q.closed) continue;
    const colon = q.open - 1;
    const j = colon - 1;
    if (j < 0 || c.tokens.text[colon] !== ':' || c.tokens.pos[j] !== 'PROPN' || c.quoteCover[colon] >= 0) continue;
    if (out.some((a) => (a.content[0] <= q.open && a.content[1] > q.open) || (a.cue && a.cue[0] <= colon && colon < a.cue[1]))) continue;
    const src = npBackward(c, j, sentenceOf(c, j).tokenStart);
    // A name after a preposition is an object, a place or a credit line ("a message to Lee:", "on
    // Channel 4:", "by the Herald's Ada Brandt:"), except 'more from Ada Brandt:'.
    if (!src || (src[0] > 0 && c.tokens.pos[src[0] - 1] === 'ADP' && c.forms.lower[src[0] - 1] !== 'from')) continue;
    out.push({ kind: 'direct', cue: [colon, colon + 1], source: src, content: [q.open, q.close + 1], type: 'statement', cueType: 'speech', cueLemma: ':', rule: 'colon-quotation', passive: false });
  }
}

/** '“A,” he said. “B.”': a quotation opening the next sentence of the paragraph, with no cue of its
 * own, continues the content of the attribution before it. */
function continueQuotes(c: FindContext, out: RawAttribution[]): void {
  const cueTokens = new Uint8Array(c.tokens.length);
  for (const a of out) if (a.cue) cueTokens.fill(1, a.cue[0], a.cue[1]);
  for (const a of out) {
    if (a.kind !== 'direct' || !a.cue) continue;
    const endSentence = c.tokens.sentence[Math.max(a.content[1] - 1, a.cue[1] - 1, a.source ? a.source[1] - 1 : 0)];
    const next = c.sentences[endSentence + 1];
    if (!next || next.paragraph !== c.sentences[endSentence].paragraph || !isOpenMark(c, next.tokenStart)) continue;
    const q = c.quotes[c.quoteOpenAt[next.tokenStart]];
    // The quotation's own sentences must carry no cue outside the marks.
    let own = false;
    const lastSentence = c.sentences[c.tokens.sentence[q.close]];
    for (let m = q.close + 1; m < lastSentence.tokenEnd; m++) if (cueTokens[m]) own = true;
    if (own || q.close + 1 < a.content[1]) continue;
    a.content = [a.content[0], q.close + 1];
  }
}
