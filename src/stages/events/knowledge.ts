/**
 * @module The events' knowledge: trigger words and phrases (by lemma), mode cues, the ACLED mapping
 * rules, CAMEO roots and casualty words — loaded from data/ once and compiled.
 */
import { readJson, stageDataPath } from '../../util/data.js';
import { foldKey } from '../../util/text.js';
import { PhraseIndex } from '../../util/phrase-index.js';
import { tokenizePhrases } from '../segment/wink.js';

export type PloverType =
  | 'AGREE' | 'CONSULT' | 'SUPPORT' | 'CONCEDE' | 'COOPERATE' | 'AID' | 'RETREAT' | 'REQUEST'
  | 'ACCUSE' | 'REJECT' | 'THREATEN' | 'PROTEST' | 'SANCTION' | 'MOBILIZE' | 'COERCE' | 'ASSAULT';

export interface Trigger {
  phrase: string;
  type: PloverType;
  mode: string | null;
  pos: 'verb' | 'noun' | null;
  strength: number;
}

/** A verb and its object a few tokens apart ("erected a makeshift army outpost"). */
export interface Construction {
  name: string;
  verbs: string[];
  objects: string[];
  window: number;
  /** 'after' (default): the object follows the verb; 'both': it may also precede it (passive: "firearms … were seized"). */
  direction?: 'after' | 'both';
  type: PloverType;
  mode: string | null;
  strength: number;
}

export interface AcledRule {
  when: {
    type?: string[];
    mode?: string[];
    actor?: string[];
    recipient?: string[];
    /** Folded when loaded. */
    cues?: string[];
    /** And one of these too (folded when loaded). */
    andCues?: string[];
    notCues?: string[];
    notActor?: string[];
  };
  acled: [string, string] | null;
}

/** A rule with its folded cue lists also as sets: `acledOf` reads them for every event. */
export interface CompiledAcledRule extends AcledRule {
  cueSets: { cues: ReadonlySet<string> | null; andCues: ReadonlySet<string> | null; notCues: ReadonlySet<string> | null };
}

export interface EventKnowledge {
  triggers: PhraseIndex<Trigger>;
  /** Phrases that contain a trigger but report no event ("heart attack"). */
  notEvents: PhraseIndex<true>;
  constructions: Array<Construction & { objectSet: ReadonlySet<string> }>;
  /** Indexes into `constructions` by verb (lemma or form), in file order. */
  constructionsByVerb: Map<string, number[]>;
  /** Each mode with its cue phrases (folded, space-joined), in priority order (a set: `modeOf` reads
   * them for every act of force). */
  modes: Array<[string, ReadonlySet<string>]>;
  /** Every cue phrase of the mode list and the ACLED rules, tokenized, for one scan per sentence. */
  cues: PhraseIndex<string>;
  /** The rules that may apply to each event type, in file order (`acledOf` reads only these). */
  acledRulesByType: Map<string, CompiledAcledRule[]>;
  /** data/words.json interventionCues, crowdViolenceCues and lethalWords as phrase indexes (by surface
   * form). */
  interventionCues: PhraseIndex<true>;
  crowdViolenceCues: PhraseIndex<true>;
  lethalWords: PhraseIndex<true>;
  acledGroups: Record<string, string[]>;
  cameo: { roots: Record<string, string>; assaultModes: Record<string, string>; investigate: string };
  numbers: Map<string, number>;
  /** First words of the number phrases, to skip most tokens at once. */
  numberStarts: Set<string>;
  killed: Set<string>;
  injured: Set<string>;
  bounds: string[];
}

export function loadEventKnowledge(): EventKnowledge {
  const file = readJson<{ triggers: Array<Partial<Trigger> & { phrase: string; type: PloverType }>; constructions?: Construction[]; notEvents?: string[] }>(stageDataPath('events', 'triggers.json'));
  const notEvents = new PhraseIndex<true>();
  tokenizePhrases(file.notEvents ?? []).forEach((toks) => notEvents.add(toks, true));
  const triggers = new PhraseIndex<Trigger>();
  const entries: Trigger[] = file.triggers.map((t) => ({ phrase: t.phrase, type: t.type, mode: t.mode ?? null, pos: t.pos ?? null, strength: t.strength ?? 0.5 }));
  const irregular = readJson<{ verbs: Record<string, string[]> }>(stageDataPath('events', 'irregular.json')).verbs;
  // Each trigger under its written form and its inflections (the tagger does not lemmatize words it
  // does not know, "airstrikes", nor participles it reads as adjectives, "flushed out").
  tokenizePhrases(entries.map((t) => t.phrase)).forEach((toks, k) => {
    const t = entries[k];
    triggers.add(toks, t);
    if (t.pos !== 'verb') for (const form of nounForms(toks[toks.length - 1])) triggers.add([...toks.slice(0, -1), form], t);
    if (t.pos !== 'noun') for (const form of verbForms(toks[0], irregular)) triggers.add([form, ...toks.slice(1)], t);
  });
  const modes = readJson<{ modes: Array<[string, string[]]> }>(stageDataPath('events', 'modes.json')).modes.map(
    ([mode, cues]) => [mode, cues.map(foldKey)] as [string, string[]],
  );
  const acled = readJson<{ rules: AcledRule[]; groups: Record<string, string[]> }>(stageDataPath('events', 'acled.json'));
  const cuePhrases = new Set<string>();
  for (const [, list] of modes) for (const c of list) cuePhrases.add(c);
  for (const r of acled.rules) for (const c of [...(r.when.cues ?? []), ...(r.when.andCues ?? []), ...(r.when.notCues ?? [])]) cuePhrases.add(foldKey(c));
  // Cue words folded once here, as sets: acledOf runs for every event.
  const asSet = (list: string[] | undefined) => (list ? new Set(list.map(foldKey)) : null);
  const acledRules: CompiledAcledRule[] = acled.rules.map((r) => ({ ...r, cueSets: { cues: asSet(r.when.cues), andCues: asSet(r.when.andCues), notCues: asSet(r.when.notCues) } }));
  const cues = new PhraseIndex<string>();
  const cueList = [...cuePhrases];
  tokenizePhrases(cueList).forEach((toks, k) => cues.add(toks, cueList[k]));
  const constructions = (file.constructions ?? []).map((c) => ({ ...c, objectSet: new Set(c.objects) }));
  const constructionsByVerb = new Map<string, number[]>();
  constructions.forEach((c, k) => {
    for (const v of c.verbs) {
      const list = constructionsByVerb.get(v) ?? [];
      if (!list.includes(k)) list.push(k);
      constructionsByVerb.set(v, list);
    }
  });
  const phrases = (list: readonly string[]) => {
    const index = new PhraseIndex<true>();
    tokenizePhrases([...list]).forEach((toks) => index.add(toks, true));
    return index;
  };
  const cameo = readJson<EventKnowledge['cameo']>(stageDataPath('events', 'cameo.json'));
  const cas = readJson<{ numbers: Record<string, number>; killed: string[]; injured: string[]; bounds: string[] }>(stageDataPath('events', 'casualties.json'));
  return {
    triggers,
    notEvents,
    constructions,
    constructionsByVerb,
    modes: modes.map(([mode, list]) => [mode, new Set(list)]),
    cues,
    acledRulesByType: rulesByType(acledRules),
    acledGroups: acled.groups,
    interventionCues: phrases(eventWords().list.interventionCues),
    crowdViolenceCues: phrases(eventWords().list.crowdViolenceCues),
    lethalWords: phrases(eventWords().list.lethalWords),
    cameo,
    numbers: new Map(Object.entries(cas.numbers)),
    numberStarts: new Set(Object.keys(cas.numbers).map((k) => k.split(' ')[0])),
    killed: new Set(cas.killed),
    injured: new Set(cas.injured),
    bounds: cas.bounds,
  };
}

/** The rules by the event types they name, each list in file order; a rule naming no type applies to
 * every type, so it is in every list, and the lists of types no rule names hold only such rules. */
function rulesByType(rules: CompiledAcledRule[]): Map<string, CompiledAcledRule[]> {
  const types = new Set<string>(['*']);
  for (const r of rules) for (const t of r.when.type ?? []) types.add(t);
  const out = new Map<string, CompiledAcledRule[]>();
  for (const t of types) out.set(t, rules.filter((r) => !r.when.type || r.when.type.includes(t)));
  return out;
}

/** The word lists of data/words.json the rules refer to by name. */
export const WORD_LISTS = [
  'placeNouns',
  'placePrepositions',
  'negators',
  'futureModals',
  'planCues',
  'allegationCues',
  'reportCues',
  'incapableCues',
  'protestWords',
  'lethalWords',
  'stateForceWords',
  'civilianObjects',
  'clashTriggers',
  'violenceWords',
  'modeRank',
  'crowdWords',
  'locativePrepositions',
  'targetPrepositions',
  'targetOfHeads',
  'supportVerbs',
  'toRecipientTypes',
  'quantifiers',
  'memberHeads',
  'blamePhrases',
  'speechVerbs',
  'allyCues',
  'passiveAuxiliaries',
  'irregularParticiples',
  'clauseOpeners',
  'subordinators',
  'thatCues',
  'victimVerbs',
  'heldParticiples',
  'controlVerbs',
  'controlNegation',
  'grievanceCues',
  'backgroundOpeners',
  'armedSectors',
  'aftermathSubTypes',
  'episodeEventTypes',
  'banCues',
  'backgroundPrepositions',
  'temporalGrievanceCues',
  'interventionCues',
  'protestReasonCues',
  'abstractTargets',
  'crowdViolenceCues',
] as const;
export type WordListName = (typeof WORD_LISTS)[number];

export interface EventWords {
  /** Each list as a set, for membership. */
  readonly set: Record<WordListName, ReadonlySet<string>>;
  /** Each list in file order (rankings, phrase lists). */
  readonly list: Record<WordListName, readonly string[]>;
}

let words: EventWords | undefined;

/** The events' word lists (data/words.json), loaded once; a missing list is an error naming the file. */
export function eventWords(): EventWords {
  if (words) return words;
  const path = stageDataPath('events', 'words.json');
  const file = readJson<{ lists: Record<string, { words: string[] }> }>(path);
  const set = {} as Record<WordListName, ReadonlySet<string>>;
  const list = {} as Record<WordListName, readonly string[]>;
  for (const name of WORD_LISTS) {
    const entry = file.lists?.[name];
    if (!Array.isArray(entry?.words)) throw new Error(`data file ${path}: missing word list "${name}"`);
    list[name] = entry.words;
    set[name] = new Set(entry.words);
  }
  return (words = { set, list });
}

/** A case-insensitive pattern matching any of the list's words or phrases as whole words. */
export function wordsPattern(name: WordListName): RegExp {
  const escaped = eventWords().list[name].map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`\\b(${escaped.join('|')})\\b`, 'i');
}

/** Plural forms of a noun: +s, +es, -y → -ies (of the last part of a hyphenated word: "sit-ins"). */
export function nounForms(w: string): string[] {
  if (!/^[a-z]+(-[a-z]+)*$/.test(w)) return [];
  if (/[^aeiou]y$/.test(w)) return [`${w.slice(0, -1)}ies`];
  if (/(s|x|z|ch|sh)$/.test(w)) return [`${w}es`];
  return [`${w}s`];
}

/** Inflected forms of a verb: -s, -ed, -ing (with the spelling rules), and the irregular ones; a
 * hyphenated verb inflects its last part ("re-captured"). */
export function verbForms(w: string, irregular: Record<string, string[]>): string[] {
  if (!/^[a-z]+(-[a-z]+)*$/.test(w)) return [];
  const out = new Set<string>(irregular[w] ?? []);
  const stem = w.endsWith('e') ? w.slice(0, -1) : w;
  if (/[^aeiou]y$/.test(w)) {
    out.add(`${w.slice(0, -1)}ies`).add(`${w.slice(0, -1)}ied`).add(`${w}ing`);
  } else {
    out.add(/(s|x|z|ch|sh)$/.test(w) ? `${w}es` : `${w}s`);
    out.add(w.endsWith('e') ? `${w}d` : `${w}ed`);
    out.add(w.endsWith('ee') ? `${w}ing` : `${stem}ing`);
  }
  return [...out];
}
