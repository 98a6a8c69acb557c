/**
 * @module The temporal lexicon (`data/lexicon.json`), compiled once at stage setup into maps and
 * phrase tries over lower-cased tokens, so that matching at a token costs one map look-up.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface RawLexicon {
  months: Record<string, number>;
  ambiguousMonths: string[];
  weekdays: Record<string, number>;
  weekdayPlurals: Record<string, number>;
  seasons: Record<string, string>;
  seasonsNeedingContext: string[];
  units: Record<string, string>;
  timeUnits: string[];
  numbers: Record<string, number>;
  vagueQuantities: string[];
  ordinals: Record<string, number>;
  partsOfDay: Record<string, string>;
  clockWords: Record<string, string>;
  deictic: Record<string, { days: number; part?: string }>;
  relativeWords: Record<string, number>;
  anaphoric: string[];
  refs: Record<string, string | null>;
  refsNeedingContext: string[];
  sets: Record<string, string | null>;
  setQuantifiers: string[];
  pointMods: Record<string, string>;
  quantityMods: Record<string, string>;
  signals: Record<string, string>;
  holidays: Record<string, string>;
  computedHolidays: Record<string, HolidayRule>;
  fiscal: string[];
  periodNouns: string[];
  timezones: string[];
  decadeWords: Record<string, number>;
  currentTerms: string[];
  partsWithWeekday: string[];
}

/** A trie over token sequences: `match(words, i)` gives the longest entry starting at `i`. */
export class PhraseTrie<V> {
  private readonly root = new Map<string, Node<V>>();

  constructor(entries: Record<string, V> | Iterable<[string, V]>) {
    const list = Symbol.iterator in Object(entries) ? (entries as Iterable<[string, V]>) : Object.entries(entries);
    for (const [phrase, value] of list) this.add(phrase, value);
  }

  add(phrase: string, value: V): void {
    let level = this.root;
    const words = phrase.split(' ');
    words.forEach((word, k) => {
      let node = level.get(word);
      if (!node) level.set(word, (node = { next: new Map(), has: false, value: undefined as V }));
      if (k === words.length - 1) {
        node.has = true;
        node.value = value;
      }
      level = node.next;
    });
  }

  /** Longest match at `i` (not past `end`): [value, index after the match], or null. */
  match(words: readonly string[], i: number, end: number): [V, number] | null {
    let level = this.root;
    let best: [V, number] | null = null;
    for (let k = i; k < end; k++) {
      const node = level.get(words[k]);
      if (!node) break;
      if (node.has) best = [node.value, k + 1];
      level = node.next;
    }
    return best;
  }

  first(word: string): boolean {
    return this.root.has(word);
  }
}

interface Node<V> {
  next: Map<string, Node<V>>;
  has: boolean;
  value: V;
}

export interface Lexicon {
  raw: RawLexicon;
  months: Map<string, number>;
  ambiguousMonths: Set<string>;
  weekdays: Map<string, number>;
  weekdayPlurals: Map<string, number>;
  seasons: Map<string, string>;
  seasonsNeedingContext: Set<string>;
  units: Map<string, string>;
  timeUnits: Set<string>;
  numbers: PhraseTrie<number>;
  vague: PhraseTrie<true>;
  ordinals: Map<string, number>;
  partsOfDay: Map<string, string>;
  clockWords: Map<string, string>;
  deictic: Map<string, { days: number; part?: string }>;
  relative: PhraseTrie<number>;
  anaphoric: PhraseTrie<true>;
  refs: PhraseTrie<string | null>;
  refsNeedingContext: Set<string>;
  sets: Map<string, string | null>;
  setQuantifiers: Set<string>;
  pointMods: PhraseTrie<string>;
  quantityMods: PhraseTrie<string>;
  signals: PhraseTrie<string>;
  holidays: PhraseTrie<string>;
  computedHolidays: PhraseTrie<HolidayRule>;
  fiscal: Set<string>;
  periodNouns: Set<string>;
  timezones: Set<string>;
  /** "twenties" … "nineties" → the decade's digit (read as the 20th century's). */
  decadeWords: Map<string, number>;
  /** Nouns after which "current" is no time: "current account", "current assets". */
  currentTerms: Set<string>;
  /** Parts of the day kept in the value after a weekday ("Friday evening" → …TEV). */
  partsWithWeekday: Set<string>;
  /** Words that can begin a time expression: tokens outside this set (and not numbers) are skipped. */
  triggers: Set<string>;
}

const DATA = join(dirname(fileURLToPath(import.meta.url)), 'data', 'lexicon.json');
/** Compiled and source layouts differ (dist/src/… vs src/…): data files stay in src. */
function dataPath(): string {
  const at = DATA.lastIndexOf('/dist/src/');
  return at < 0 ? DATA : DATA.slice(0, at) + DATA.slice(at + '/dist'.length);
}

export function loadLexicon(path = dataPath()): Lexicon {
  const raw = JSON.parse(readFileSync(path, 'utf8')) as RawLexicon;
  const lexicon: Lexicon = {
    raw,
    months: new Map(Object.entries(raw.months)),
    ambiguousMonths: new Set(raw.ambiguousMonths),
    weekdays: new Map(Object.entries(raw.weekdays)),
    weekdayPlurals: new Map(Object.entries(raw.weekdayPlurals)),
    seasons: new Map(Object.entries(raw.seasons)),
    seasonsNeedingContext: new Set(raw.seasonsNeedingContext),
    units: new Map(Object.entries(raw.units)),
    timeUnits: new Set(raw.timeUnits),
    numbers: new PhraseTrie(raw.numbers),
    vague: new PhraseTrie(raw.vagueQuantities.map((w): [string, true] => [w, true])),
    ordinals: new Map(Object.entries(raw.ordinals)),
    partsOfDay: new Map(Object.entries(raw.partsOfDay)),
    clockWords: new Map(Object.entries(raw.clockWords)),
    deictic: new Map(Object.entries(raw.deictic)),
    relative: new PhraseTrie(raw.relativeWords),
    anaphoric: new PhraseTrie(raw.anaphoric.map((w): [string, true] => [w, true])),
    refs: new PhraseTrie(raw.refs),
    refsNeedingContext: new Set(raw.refsNeedingContext),
    sets: new Map(Object.entries(raw.sets)),
    setQuantifiers: new Set(raw.setQuantifiers),
    pointMods: new PhraseTrie(raw.pointMods),
    quantityMods: new PhraseTrie(raw.quantityMods),
    signals: new PhraseTrie(raw.signals),
    holidays: new PhraseTrie(raw.holidays),
    computedHolidays: new PhraseTrie(raw.computedHolidays),
    fiscal: new Set(raw.fiscal),
    periodNouns: new Set(raw.periodNouns),
    timezones: new Set(raw.timezones),
    decadeWords: new Map(Object.entries(raw.decadeWords)),
    currentTerms: new Set(raw.currentTerms),
    partsWithWeekday: new Set(raw.partsWithWeekday),
    triggers: new Set(),
  };
  const firstWords = (keys: Iterable<string>) => {
    for (const k of keys) lexicon.triggers.add(k.split(' ')[0]);
  };
  firstWords(Object.keys(raw.months));
  firstWords(Object.keys(raw.weekdays));
  firstWords(Object.keys(raw.weekdayPlurals));
  firstWords(Object.keys(raw.seasons));
  firstWords(Object.keys(raw.units));
  firstWords(Object.keys(raw.numbers));
  firstWords(raw.vagueQuantities);
  firstWords(Object.keys(raw.ordinals));
  firstWords(Object.keys(raw.partsOfDay));
  firstWords(Object.keys(raw.clockWords));
  firstWords(Object.keys(raw.deictic));
  firstWords(Object.keys(raw.relativeWords));
  firstWords(raw.anaphoric);
  firstWords(Object.keys(raw.refs).filter((k) => raw.refs[k] !== null));
  firstWords(Object.keys(raw.sets));
  firstWords(raw.setQuantifiers);
  firstWords(Object.keys(raw.pointMods));
  firstWords(Object.keys(raw.quantityMods).filter((k) => k !== 'or so'));
  firstWords(Object.keys(raw.holidays));
  firstWords(Object.keys(raw.computedHolidays));
  firstWords(raw.fiscal);
  firstWords(Object.keys(raw.decadeWords)); // after "the", which is only a trigger before one
  for (const w of ['as', 'the', 'its', 'year-end', 'year-ago', 'year-earlier', 'this', 'that', 'mid', 'half']) lexicon.triggers.add(w);
  return lexicon;
}

/** [month, ISO weekday, nth (negative: from the month's end), first day of the month it may fall on
 * (optional: US Election Day is the first Tuesday from the 2nd of November)]. */
export type HolidayRule = [number, number, number] | [number, number, number, number];
