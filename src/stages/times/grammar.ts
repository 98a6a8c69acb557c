/**
 * @module Recognition of time expressions over the token layer: at each token that can begin one, a
 * small hand-written grammar (modifiers, then one of the core families, then a year or "or so") finds
 * the longest expression and describes what it means (`Sem`), without resolving it: resolution needs
 * the publication date, the tense and the dates mentioned before, and happens in `resolve.ts`.
 *
 * Hand-written because the libraries that exist do not fit: chrono-node has no seasons, quarters,
 * early/late/end-of, durations or sets and resolves weekdays without regard to tense; SUTime and
 * HeidelTime are Java. The word lists live in `data/lexicon.json`.
 */
import type { Tokens } from '../../model/layers.js';
import type { HolidayRule, Lexicon } from './lexicon.js';

export type Unit = 'S' | 'MI' | 'H' | 'D' | 'W' | 'WE' | 'M' | 'Q' | 'Y' | 'DE' | 'CE' | 'ML';

/** What an expression means, before it is placed against the publication date. */
export type Sem =
  /** Calendar date; missing fields are underspecified (the year of "June 5" comes from tense). */
  | { k: 'date'; y?: number; m?: number; d?: number; part?: string; clock?: string; fiscal?: boolean; wd?: number }
  | { k: 'month'; m: number; shift?: number; yShift?: number }
  /** `recent`: "this past spring", the latest one gone by (plain "last spring" is last year's). */
  | { k: 'season'; s: string; y?: number; shift?: number; recent?: boolean }
  | { k: 'quarter'; q: number; half?: boolean; y?: number; yShift?: number; refYear?: boolean }
  /** The quarter (or period) under discussion: "the quarter", "the latest period", "the year-ago quarter". */
  | { k: 'thequarter'; yShift: number; latest?: boolean; orYear?: boolean }
  | { k: 'weekday'; wd: number; shift?: number; part?: string; clock?: string; possessive?: boolean; fromRef?: boolean }
  | { k: 'weekend'; shift?: number }
  | { k: 'deictic'; days: number; part?: string; clock?: string }
  /** "last week", "this year", "three days ago" (anchor dct); "a year earlier", "that day" (anchor ref). */
  | { k: 'rel'; unit: Unit; n: number; anchor: 'dct' | 'ref'; vague?: boolean }
  | { k: 'decade'; d3: number }
  | { k: 'century'; c: number }
  | { k: 'clock'; clock: string }
  | { k: 'holiday'; md?: string; nth?: HolidayRule; y?: number }
  /** "a few months after …" in apposition to a date: the event lies that far before (after) it. */
  | { k: 'shiftRef'; unit: Unit; n: number; vague: boolean }
  /** "the week of Feb. 12": the ISO week of a calendar date. */
  | { k: 'weekOf'; y?: number; m: number; d: number }
  /** "the day before last Tuesday", "the day after Christmas": a day next to a given one. */
  | { k: 'dayShift'; n: number; inner: Sem }
  | { k: 'fixed'; value: string };

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

export interface Candidate {
  /** Token range [first, last). */
  first: number;
  last: number;
  type: TimexType;
  sem: Sem;
  mod: string | null;
  /** For "earlier this year" / "later this month": which part of the period, for the interval. */
  part?: 'before' | 'after';
  /** For durations "the past two months": the period just before the anchor. */
  past?: { unit: Unit; n: number };
  future?: { unit: Unit; n: number };
  rule: string;
}

interface Core {
  end: number;
  type: TimexType;
  sem: Sem;
  rule: string;
  mod?: string | null;
  part?: 'before' | 'after';
  past?: { unit: Unit; n: number };
  future?: { unit: Unit; n: number };
  /** Core families that accept early/late/mid and the end of. */
  pointy?: boolean;
}

/** Frequent words that begin a time expression only before another trigger ("the third quarter"). */
const WEAK = new Set(['the', 'a', 'an', 'its', 'their', 'that', 'this', 'some', 'as', 'one', 'over', 'under', 'about', 'around', 'some', 'more', 'less', 'at', 'no', 'up', 'close', 'end', 'start', 'beginning', 'middle', 'close']);
/** Second words that are no trigger of their own: "the latest quarter", "one-day", "as soon as". */
const SECOND = new Set(['latest', 'same', 'comparable', 'corresponding', 'full', 'flat', 'soon', '-', 'year-ago', 'year-earlier', 'additional', 'extra', 'further', 'whole']);
/** Weak triggers with the second words that make them phrases: "more than", "at least", "the end of". */
const PAIRS: Record<string, string[]> = {
  more: ['than'], less: ['than'], about: ['a', 'an'], around: ['a', 'an'], some: ['a'], at: ['least', 'most', 'present', 'the'], up: ['to'], close: ['to'], no: ['less', 'more', 'later', 'earlier'],
  end: ['of'], start: ['of'], beginning: ['of'], middle: ['of'], the: ['end', 'beginning', 'start', 'middle', 'close', 'early', 'late', 'latter', 'near', 'short', 'long'],
};
/** …and not before these, frequent but never the second word of one. */
const WEAK_NEXT = new Set(['the', 'a', 'an', 'of', 'and', 'or', 'to']);
/** Words between a number and its unit that leave the duration as it is. */
const UNIT_ADJECTIVES = new Set(['more', 'additional', 'extra', 'further', 'trading', 'business', 'working', 'consecutive', 'straight', 'full', 'whole', 'calendar']);
const YEAR = /^(1[0-9]|20)\d\d$/;
const DIGITS = /^\d+(?:\.\d+)?$/;
const DECADE = /^(?:(mid|early|late)-)?(?:(\d{3})0s|'(\d)0s|(\d)0s)$/;
const MID_WORD = /^mid-?(.+)$/;
const CLOCK = /^([01]?\d|2[0-3]):([0-5]\d)$/;
const DOT_CLOCK = /^(1[0-2]|0?[1-9])\.([0-5]\d)$/;
const CLOCK_AMPM = /^(\d{1,2})(?:[:.]([0-5]\d))?([ap])\.?m\.?$/;
const US_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DOT_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
const NTH = /^(\d{1,2})(?:st|nd|rd|th)$/;
const UNIT_ADJ = /^(\d+)-(\w+)$/;
const NUM_RANGE = /^(\d+)-(\d+)$/;
const QUOTE_OPEN = new Set(['"', '``', '“', '‘', "'", '(']);

const DURATION_UNIT: Record<Unit, [string, number]> = {
  S: ['TS', 1], MI: ['TM', 1], H: ['TH', 1], D: ['D', 1], W: ['W', 1], WE: ['D', 2], M: ['M', 1], Q: ['Q', 1],
  Y: ['Y', 1], DE: ['Y', 10], CE: ['Y', 100], ML: ['Y', 1000],
};

/** ISO 8601 duration for n units (null n: unknown amount, `X`). */
export function durationValue(unit: Unit, n: number | null): string {
  const [letter, factor] = DURATION_UNIT[unit];
  const t = letter.startsWith('T');
  const code = t ? letter.slice(1) : letter;
  if (n === null) return `P${t ? 'T' : ''}X${unit === 'CE' ? 'C' : code}`;
  let amount = n * factor;
  if (!Number.isInteger(amount) && amount > 1) {
    // "5 1/2 hours" → PT5H30M, "2 1/2 years" → P2Y6M
    const whole = Math.floor(amount);
    const sub: Partial<Record<string, [string, number]>> = { Y: ['M', 12], M: ['D', 30], D: ['H', 24], TH: ['M', 60], TM: ['S', 60], W: ['D', 7] };
    const s = sub[letter];
    if (s) {
      const rest = Math.round((amount - whole) * s[1]);
      const tt = t || letter === 'D';
      return `P${t ? 'T' : ''}${whole}${code}${tt && !t ? 'T' : ''}${rest}${s[0]}`;
    }
  }
  if (!Number.isInteger(amount)) {
    // "a year and a half" → P18M, "half an hour" → PT30M: move down one unit.
    const down: Partial<Record<Unit, [string, number]>> = { Y: ['M', 12], M: ['D', 30], D: ['TH', 24], H: ['TM', 60], MI: ['TS', 60], W: ['D', 7] };
    const d = down[unit];
    if (d) {
      const tt = d[0].startsWith('T');
      return `P${tt ? 'T' : ''}${Math.round(n * d[1])}${tt ? d[0].slice(1) : d[0]}`;
    }
    amount = Math.round(amount);
  }
  return `P${t ? 'T' : ''}${amount}${code}`;
}

export class Grammar {
  constructor(private readonly lex: Lexicon) {}

  /** Whether an expression may start at token i: a trigger word, a number or decade, or a weak
   * trigger (the, a, its, …) followed by one. Most tokens stop here, which keeps the stage cheap. */
  private starts(w: readonly string[], i: number, to: number): boolean {
    const word = w[i];
    if (startsLikeTime(word)) return true;
    if (!this.lex.triggers.has(word)) return false;
    if (!WEAK.has(word)) return true;
    const next = i + 1 < to ? w[i + 1] : '';
    if (next === '') return false;
    if (PAIRS[word]?.includes(next)) return true;
    return (this.lex.triggers.has(next) || SECOND.has(next) || startsLikeTime(next) || this.lex.units.has(next)) && !WEAK_NEXT.has(next);
  }

  /** Every time expression in the token range [from, to) (one sentence), left to right, not overlapping. */
  scan(tokens: Tokens, w: string[], from: number, to: number): Candidate[] {
    const out: Candidate[] = [];
    const s = new Scanner(this.lex, tokens, w, to);
    let lowered = false;
    for (let i = from; i < to; ) {
      // wink's normal form (already lower-cased) decides where an expression may start; the exact
      // lower-cased text the grammar reads is made only for sentences that have one.
      if (!this.starts(tokens.lower, i, to)) {
        i++;
        continue;
      }
      if (!lowered) {
        lowerInto(tokens, w, Math.max(0, from - 1), to);
        lowered = true;
      }
      const c = s.at(i, out);
      if (c) {
        out.push(c);
        i = c.last;
      } else i++;
    }
    return out;
  }
}

/** Lower-cased token texts (curly apostrophes made straight) into `w`, for tokens [from, to). Wink's
 * normal form is taken when it is that very text (most tokens): no new string, and the one whose
 * hash the trigger look-up already computed. */
export function lowerInto(tokens: Tokens, w: string[], from: number, to: number): void {
  for (let i = from; i < to; i++) {
    const text = tokens.text[i];
    if (isAsciiLowerCaseOf(tokens.lower[i], text)) {
      w[i] = tokens.lower[i];
      continue;
    }
    const lower = text.toLowerCase();
    w[i] = lower.includes('’') ? lower.replace(/’/g, "'") : lower;
  }
}

/** `lower === text.toLowerCase()` for ASCII `text`, without making the copy; false for other text. */
function isAsciiLowerCaseOf(lower: string, text: string): boolean {
  if (lower.length !== text.length) return false;
  for (let k = 0; k < text.length; k++) {
    let c = text.charCodeAt(k);
    if (c >= 128) return false;
    if (c >= 65 && c <= 90) c += 32;
    if (lower.charCodeAt(k) !== c) return false;
  }
  return true;
}

const startsLikeTime = (word: string) => {
  const c = word.charCodeAt(0);
  return (c >= 48 && c <= 57) || c === 39 || (c === 109 && word.startsWith('mid'));
};

/** One sentence's matcher state. */
class Scanner {
  constructor(
    private readonly lex: Lexicon,
    private readonly t: Tokens,
    private readonly w: readonly string[],
    private readonly end: number,
  ) {}

  // ------------------------------------------------------------------ small readers
  private word(i: number): string {
    return i < this.end ? this.w[i] : '';
  }

  /** Token i is glued to the one before it (no white space), as in "late-November". */
  private glued(i: number): boolean {
    return i < this.end && this.t.spaceBefore[i] === 0;
  }

  /** Skips a hyphen glued on both sides. */
  private hyphen(i: number): number {
    return this.word(i) === '-' && this.glued(i) && this.glued(i + 1) ? i + 1 : i;
  }

  private isCap(i: number): boolean {
    const c = this.t.text[i]?.charCodeAt(0) ?? 0;
    return c >= 65 && c <= 90;
  }

  /** A number: digits, or number words ("twenty-four", "a", "a couple of"). */
  private number(i: number): [number, number] | null {
    const word = this.word(i);
    if (DIGITS.test(word.replace(/,/g, '')) && word.length <= 6) {
      let n = +word.replace(/,/g, '');
      let j = i + 1;
      // "1 1/2"
      if (/^\d\/\d$/.exec(this.word(j))) {
        const [a, b] = this.word(j).split('/').map(Number);
        n += a / b;
        j++;
      }
      return [n, j];
    }
    const m = this.lex.numbers.match(this.w, i, this.end);
    if (!m) return null;
    let [n, j] = m;
    // twenty-four, twenty four
    if (n >= 20 && n < 100 && n % 10 === 0) {
      const k = this.hyphen(j);
      const u = this.lex.numbers.match(this.w, k, this.end);
      if (u && u[0] >= 1 && u[0] <= 9 && this.word(k) !== 'a' && this.word(k) !== 'an') [n, j] = [n + u[0], u[1]];
    }
    // "a year and a half", "one and a half years" handled by the caller; "hundred"
    if (this.word(j) === 'hundred' && n < 100) [n, j] = [n * 100, j + 1];
    return [n, j];
  }

  private unit(i: number): [Unit, number, boolean] | null {
    const word = this.word(i);
    const u = this.lex.units.get(word);
    if (!u) return null;
    // "ABC's "This Week"", "CBS's "60 Minutes"": a capitalised unit inside a sentence is a title
    if (this.isCap(i) && i > 0 && this.t.sentence[i - 1] === this.t.sentence[i] && !this.lex.units.has(this.w[i - 1] ?? '')) {
      const prev = this.t.text[i - 1];
      if (!QUOTE_OPEN.has(prev) && !(prev === '-' && this.isCap(i - 2))) return null;
    }
    const unit = (u === 'M' && word.startsWith('min') ? 'MI' : u) as Unit;
    return [unit, i + 1, word.endsWith('s') || word === 'centuries' || word === 'millennia'];
  }

  private year(i: number): [number, number] | null {
    const word = this.word(i);
    if (YEAR.test(word) && this.t.kind[i] === 'number') {
      const prev = i > 0 ? this.w[i - 1] : '';
      if (prev === '$' || prev === '#' || prev === 'no.' || prev === 'number') return null;
      const next = this.word(i + 1);
      if (next === '%' || next === 'percent' || (next === '-' && this.glued(i + 1) && /^\d/.test(this.word(i + 2)))) return null;
      return [+word, i + 1];
    }
    // "nineteen ninety-six", "two thousand"
    if (word === 'nineteen' || word === 'twenty') {
      const n = this.number(i + 1);
      if (n && n[0] >= 10 && n[0] <= 99) return [(word === 'nineteen' ? 1900 : 2000) + n[0], n[1]];
    }
    if (word === 'two' && this.word(i + 1) === 'thousand') {
      const n = this.word(i + 2) === 'and' ? this.number(i + 3) : null;
      return n && n[0] < 100 ? [2000 + n[0], n[1]] : [2000, i + 2];
    }
    return null;
  }

  private month(i: number): [number, number] | null {
    const word = this.word(i);
    const m = this.lex.months.get(word);
    if (m === undefined) return null;
    if (this.lex.ambiguousMonths.has(word)) {
      // "may", "march": only capitalised, and not as a verb; abbreviations only capitalised.
      if (!this.isCap(i)) return null;
      // "Jan Hodek", "Dec Jones": an abbreviation without its period before a name is a first name
      if (word !== 'may' && word !== 'march' && !word.endsWith('.') && this.isCap(i + 1) && this.t.kind[i + 1] !== 'number') return null;
      if (word === 'may' || word === 'march') {
        const pos = this.t.pos[i];
        if (pos === 'AUX' || pos === 'VERB') {
          const next = this.word(i + 1);
          if (!(DIGITS.test(next) || NTH.test(next) || YEAR.test(next) || next === ',' || next === '.' || next === '')) return null;
        }
        if (word === 'may' && i > 0 && this.t.sentence[i - 1] === this.t.sentence[i]) {
          const prevPos = this.t.pos[i - 1];
          if ((prevPos === 'PRON' || prevPos === 'PROPN' || prevPos === 'NOUN') && !DIGITS.test(this.word(i + 1)) && !YEAR.test(this.word(i + 1))) return null;
        }
      }
    }
    return [m, i + 1];
  }

  private dayOfMonth(i: number): [number, number] | null {
    const word = this.word(i);
    let d: number | undefined;
    if (/^\d{1,2}$/.test(word)) d = +word;
    else if (NTH.test(word)) d = +NTH.exec(word)![1];
    else {
      const o = this.lex.ordinals.get(word);
      if (o && o > 0) d = o;
      // "twenty-first"
      if (word === 'twenty' || word === 'thirty') {
        const k = this.hyphen(i + 1);
        const o2 = this.lex.ordinals.get(this.word(k));
        if (o2 && o2 < 10) return [(word === 'twenty' ? 20 : 30) + o2, k + 1];
      }
    }
    return d !== undefined && d >= 1 && d <= 31 ? [d, i + 1] : null;
  }

  private partOfDay(i: number): [string, number] | null {
    const p = this.lex.partsOfDay.get(this.word(i));
    return p ? [p, i + 1] : null;
  }

  /** "9 a.m.", "10:35 p.m. EST", "noon", "5pm", "14:00", "4 in the morning". */
  private clock(i: number): [string, number] | null {
    const word = this.word(i);
    const named = this.lex.clockWords.get(word);
    if (named) return [named, i + 1];
    let m = CLOCK_AMPM.exec(word);
    if (m) return this.tz([this.hm(+m[1], m[2] ? +m[2] : 0, m[3]), i + 1]);
    let h: number | null = null;
    let min = 0;
    // "1.30pm", which the tokenizer splits into "1.3" and "0pm"
    const split = /^(\d{1,2})\.([0-5])$/.exec(word);
    const rest = split && this.glued(i + 1) ? /^(\d)([ap])\.?m\.?$/.exec(this.word(i + 1)) : null;
    if (split && rest && +split[1] <= 12) return this.tz([this.hm(+split[1], +split[2] * 10 + +rest[1], rest[2]), i + 2]);
    let dotted = false;
    if ((m = CLOCK.exec(word))) [h, min] = [+m[1], +m[2]];
    else if ((m = DOT_CLOCK.exec(word))) [h, min, dotted] = [+m[1], +m[2], true];
    else if (/^\d{1,2}$/.test(word) && +word <= 12) h = +word;
    if (h === null) return null;
    const next = this.word(i + 1);
    const ampm = /^([ap])\.?m\.?$/.exec(next);
    if (ampm) return this.tz([this.hm(h, min, ampm[1]), i + 2]);
    if (dotted) return null; // "10.30" is a clock only before a.m. or p.m.
    if (next === "o'clock") return this.tz([this.hm(h, min, null), i + 2]);
    if (next === 'in' && this.word(i + 2) === 'the') {
      const p = this.word(i + 3);
      if (p === 'morning') return [this.hm(h, min, 'a'), i + 4];
      if (p === 'afternoon' || p === 'evening') return [this.hm(h, min, 'p'), i + 4];
    }
    if (CLOCK.test(word) && this.t.kind[i] === 'number') return this.tz([this.hm(h, min, null), i + 1]);
    return null;
  }

  private hm(h: number, min: number, ampm: string | null): string {
    let hour = h;
    if (ampm === 'p' && h < 12) hour += 12;
    if (ampm === 'a' && h === 12) hour = 0;
    return `${String(hour).padStart(2, '0')}:${String(min).padStart(2, '0')}`;
  }

  private tz(r: [string, number]): [string, number] {
    return this.lex.timezones.has(this.word(r[1])) ? [r[0], r[1] + 1] : r;
  }

  // ------------------------------------------------------------------ the expression at token i
  at(i: number, before: readonly Candidate[]): Candidate | null {
    let best: Candidate | null = null;
    const consider = (c: Candidate | null) => {
      if (c && (!best || c.last > best.last)) best = c;
    };
    // quantity modifier (about, nearly, at least, more than) and point modifier (early, the end of)
    const q = this.lex.quantityMods.match(this.w, i, this.end);
    let j = q ? q[1] : i;
    const p = this.lex.pointMods.match(this.w, j, this.end);
    if (p) {
      const k = this.hyphen(p[1]);
      const core = this.core(k, before) ?? this.inThe(j, k);
      if (core && core.pointy && core.type !== 'DURATION') {
        consider(this.finish(j, core, p[0], q?.[0], i));
      }
    }
    const core = this.core(j, before);
    if (core && (q ? acceptsQuantityMod(core, q[0]) : true)) consider(this.finish(i, core, null, q?.[0]));
    if (q && !best) consider(this.finish(j, core, null, undefined));
    if (q && !best) consider(this.finish(i, this.core(i, before), null, undefined));
    return best;
  }

  /** "(earlier, late) in the year / month / week": the period under discussion ("later in the day"
   * is left out: TimeBank does not annotate it as a time). */
  private inThe(pointAt: number, k: number): Core | null {
    if (!/^(early|earlier|late|later)$/.test(this.word(pointAt)) || this.word(k) !== 'in' || this.word(k + 1) !== 'the') return null;
    const u = this.unit(k + 2);
    if (!u || u[2] || !(u[0] === 'Y' || u[0] === 'M' || u[0] === 'W')) return null;
    return { end: u[1], type: 'DATE', sem: { k: 'rel', unit: u[0], n: 0, anchor: 'ref' }, rule: 'relative/in-the', pointy: true };
  }

  private finish(pointAt: number, core: Core | null, pointMod: string | null, quantMod: string | undefined, first = pointAt): Candidate | null {
    if (!core) return null;
    let last = core.end;
    let mod = pointMod ?? core.mod ?? quantMod ?? null;
    const point = pointMod ? this.w[pointAt] : '';
    // "earlier this year" / "later this month": within the period, before or after now
    let part = core.part;
    if (point === 'earlier' || point === 'later') {
      mod = core.mod ?? null;
      part = point === 'earlier' ? 'before' : 'after';
      if (core.sem.k === 'weekday') return this.finish(pointAt + 1, core, null, undefined);
      if (core.sem.k === 'deictic') part = undefined;
    }
    if (this.word(last) === 'or' && this.word(last + 1) === 'so') {
      last += 2;
      mod = mod ?? 'APPROX';
    }
    return { first, last, type: core.type, sem: core.sem, mod, part, past: core.past, future: core.future, rule: core.rule };
  }

  private core(i: number, before: readonly Candidate[]): Core | null {
    let best: Core | null = null;
    const consider = (c: Core | null) => {
      if (c && (!best || c.end > best.end)) best = c;
    };
    // Each family is tried only where its first word can stand (the look-ups are cheaper than the calls).
    const word = this.word(i);
    const lex = this.lex;
    const digit = startsLikeTime(word);
    const quantity = digit || lex.numbers.first(word) || lex.vague.first(word) || lex.units.has(word);
    if (lex.deictic.has(word)) consider(this.deictic(i));
    if (word === 'the' || lex.relative.first(word)) consider(this.relative(i));
    if (word === 'the' && this.word(i + 1) === 'day' && /^(before|after)$/.test(this.word(i + 2))) consider(this.dayNextTo(i, before));
    if (quantity) consider(this.ago(i, before));
    if (lex.sets.has(word) || lex.setQuantifiers.has(word) || word === 'a' || word === 'an') consider(this.set(i));
    if (quantity || word === 'the') consider(this.duration(i));
    consider(this.absolute(i));
    if (!lex.units.has(word) || (word === 'year' && this.word(i + 1) === '-')) consider(this.quarter(i));
    if (lex.weekdays.has(word) || lex.weekdayPlurals.has(word)) consider(this.weekdayExpr(i));
    if (digit || lex.clockWords.has(word)) consider(this.clockExpr(i));
    if (lex.partsOfDay.has(word) || word === 'mid') consider(this.partExpr(i));
    if (digit) consider(this.conjoinedDay(i, before));
    if (lex.refs.first(word) || word === 'as') consider(this.ref(i));
    if (lex.anaphoric.first(word)) consider(this.anaphor(i));
    return best;
  }

  // ------------------------------------------------------------------ families
  /** today, yesterday, tomorrow, tonight, + morning/at 9 a.m. */
  private deictic(i: number): Core | null {
    const d = this.lex.deictic.get(this.word(i));
    if (!d) return null;
    if (this.word(i) === 'overnight') return null;
    let end = i + 1;
    let part = d.part;
    let clock: string | undefined;
    const p = this.partOfDay(end);
    if (p) [part, end] = [p[0], p[1]];
    else if (this.word(end) === 'at') {
      const c = this.clock(end + 1);
      if (c) [clock, end] = [c[0], c[1]];
    }
    const type: TimexType = (part && !d.part) || clock ? 'TIME' : 'DATE';
    return { end, type, sem: { k: 'deictic', days: d.days, part: type === 'TIME' ? part : undefined, clock }, rule: 'deictic', pointy: true };
  }

  /** last/next/this/past/coming + unit, month, season, weekday, part of day; "the past two months". */
  private relative(i: number): Core | null {
    let j = i;
    const the = this.word(j) === 'the';
    if (the) j++;
    if (the && this.word(j) === 'week' && this.word(j + 1) === 'of') {
      const md = this.monthDay(j + 2);
      if (md && md.sem.k === 'date') return { end: md.end, type: 'DATE', sem: { k: 'weekOf', y: md.sem.y, m: md.sem.m!, d: md.sem.d! }, rule: 'relative/week-of' };
    }
    if (the && this.word(j) === 'year' && this.endedNext(j + 1)) {
      // "the year ended Sept. 30": the twelve months to that date
      return { end: j + 1, type: 'DURATION', sem: { k: 'fixed', value: 'P1Y' }, rule: 'duration/year-ended' };
    }
    const prev = i > 0 ? this.w[i - 1] : '';
    if (the && (this.word(j) === 'year' || this.word(j) === 'month' || this.word(j) === 'week') && (/^(of|early|late|mid)$/.test(prev) || (this.word(j) === 'year' && /^(for|during|throughout)$/.test(prev) && !/^(before|after|earlier|later|ago|-|'s)$/.test(this.word(j + 1))))) {
      // "the end of the year", "late in the year" (the point modifier comes before); "for the year"
      // (financial news: the current one)
      const unit = this.lex.units.get(this.word(j)) as Unit;
      return { end: j + 1, type: 'DATE', sem: { k: 'rel', unit, n: 0, anchor: 'dct' }, rule: 'relative/the-unit', pointy: true };
    }
    if (the && this.word(j) === 'weekend') return { end: j + 1, type: 'DATE', sem: { k: 'weekend' }, rule: 'relative/weekend', pointy: true };
    const r = this.lex.relative.match(this.w, j, this.end);
    if (!r) return null;
    const [shift, k0] = r;
    const relWord = this.word(j);
    let k = k0;
    // the past two months, the next few weeks, last five years (durations)
    const n = this.number(k);
    const vague = this.lex.vague.match(this.w, k, this.end);
    if ((n && this.word(k) !== 'a' && this.word(k) !== 'an') || vague) {
      // "the next 9 to 15 months": a range, its upper bound for the interval
      const upper = n ? this.rangeEnd(n[1], n[0]) : null;
      const after = upper ? upper[1] : n ? n[1] : vague![1];
      const more = this.word(after) === 'more' ? after + 1 : after;
      const u = this.unit(more);
      if (u && upper && u[2]) {
        const core: Core = { end: u[1], type: 'DURATION', sem: { k: 'fixed', value: durationValue(u[0], null) }, rule: 'duration/range' };
        if (shift < 0) core.past = { unit: u[0], n: upper[0] };
        if (shift > 0) core.future = { unit: u[0], n: upper[0] };
        return core;
      }
      if (u && (u[2] || (n && n[0] === 1))) {
        const amount = n ? n[0] : null;
        const core: Core = { end: u[1], type: 'DURATION', sem: { k: 'fixed', value: durationValue(u[0], amount) }, rule: 'duration/relative' };
        if (amount !== null && shift < 0) core.past = { unit: u[0], n: amount };
        if (amount !== null && shift > 0) core.future = { unit: u[0], n: amount };
        return core;
      }
      return null;
    }
    if (relWord === 'this' && this.word(k) === 'past') return null;
    const u = this.unit(k);
    if (u && !u[2]) {
      if (u[0] === 'WE') return { end: u[1], type: 'DATE', sem: { k: 'weekend', shift }, rule: 'relative/weekend', pointy: true };
      if (u[0] === 'S' || u[0] === 'MI' || u[0] === 'H') return null;
      // "the past century": the hundred years up to now (not the 1800s)
      if ((u[0] === 'CE' || u[0] === 'ML') && shift < 0 && (relWord === 'past' || relWord === 'last')) {
        return { end: u[1], type: 'DURATION', sem: { k: 'fixed', value: durationValue(u[0], 1) }, rule: 'duration/relative', past: { unit: u[0], n: 1 } };
      }
      // "the past year" is the year before; "the following year", "the previous day": from the date
      // just given
      const anaphoric = the && (relWord === 'following' || relWord === 'previous' || relWord === 'preceding' || relWord === 'prior');
      return { end: u[1], type: 'DATE', sem: { k: 'rel', unit: u[0], n: shift, anchor: anaphoric ? 'ref' : 'dct' }, rule: 'relative/unit', pointy: true };
    }
    if (u && u[2] && (relWord === 'coming' || relWord === 'next' || relWord === 'past' || relWord === 'last')) {
      // "the coming days", "past years": an unknown number of units, just after (before) now
      const core: Core = { end: u[1], type: 'DURATION', sem: { k: 'fixed', value: durationValue(u[0], null) }, rule: 'relative/vague' };
      if (shift > 0) core.future = { unit: u[0], n: 0 };
      else core.past = { unit: u[0], n: 0 };
      return core;
    }
    if (the && relWord !== 'past' && relWord !== 'last' && relWord !== 'next' && relWord !== 'coming' && relWord !== 'following' && relWord !== 'previous') return null;
    const m = this.month(k);
    if (m) return { end: m[1], type: 'DATE', sem: { k: 'month', m: m[0], shift }, rule: 'relative/month', pointy: true };
    const s = this.lex.seasons.get(this.word(k));
    if (s) {
      const recent = relWord === 'this' && shift < 0;
      return { end: k + 1, type: 'DATE', sem: { k: 'season', s, shift, recent: recent || undefined }, rule: 'relative/season', pointy: true };
    }
    const wd = this.lex.weekdays.get(this.word(k));
    if (wd && !the) {
      // "this coming Sunday, May 13": the date says which Sunday
      const md = this.word(k + 1) === ',' ? this.monthDay(k + 2) : null;
      if (md && md.sem.k === 'date') return { ...md, sem: { ...md.sem, wd }, rule: 'relative/weekday-date' };
      return { end: k + 1, type: 'DATE', sem: { k: 'weekday', wd, shift }, rule: 'relative/weekday', pointy: true };
    }
    // "the previous Friday", "the following Monday": from the day just given
    if (wd && shift !== 0 && relWord !== 'last' && relWord !== 'next' && relWord !== 'past' && relWord !== 'coming') {
      return { end: k + 1, type: 'DATE', sem: { k: 'weekday', wd, shift, fromRef: true }, rule: 'relative/weekday-ref', pointy: true };
    }
    const p = this.partOfDay(k);
    if (p && !the) {
      if (relWord === 'this') return { end: p[1], type: 'TIME', sem: { k: 'deictic', days: 0, part: p[0] }, rule: 'relative/part' };
      if (relWord === 'last' && p[0] === 'NI') return { end: p[1], type: 'TIME', sem: { k: 'deictic', days: -1, part: p[0] }, rule: 'relative/part' };
    }
    return null;
  }

  /** "three days ago", "a year earlier", "two weeks from now", "a few months after …". */
  private ago(i: number, before: readonly Candidate[]): Core | null {
    let j = i;
    let n: number | null = null;
    let vague = false;
    const num = this.number(j);
    const vq = this.lex.vague.match(this.w, j, this.end);
    if (vq && (!num || vq[1] > num[1])) [vague, j] = [true, vq[1]];
    else if (num) [n, j] = [num[0], num[1]];
    // "seven or eight months ago", "five to seven days later", "3-4 years ago": the far end, about
    let upper = n !== null ? this.rangeEnd(j, n) : null;
    const range = n === null && !vague ? NUM_RANGE.exec(this.word(j)) : null;
    if (range && +range[1] < +range[2]) upper = [+range[2], j + 1];
    if (upper) [n, j] = upper;
    const u = this.unit(j);
    if (!u) {
      if (n === null && !vague && (this.word(i) === 'years' || this.word(i) === 'months' || this.word(i) === 'weeks' || this.word(i) === 'days' || this.word(i) === 'decades')) {
        const bare = this.unit(i);
        return bare ? this.agoTail(i, bare, null, true, before) : null;
      }
      return null;
    }
    if (n !== null && !u[2] && n !== 1) return null;
    if (this.word(u[1]) === 'and' && this.word(u[1] + 1) === 'a' && this.word(u[1] + 2) === 'half') {
      return this.agoTail(i, [u[0], u[1] + 3, true], (n ?? 1) + 0.5, vague, before);
    }
    const core = this.agoTail(i, u, n, vague, before);
    if (core && upper && core.sem.k === 'rel') core.mod = 'APPROX';
    return upper && !core ? null : core;
  }

  private agoTail(i: number, u: [Unit, number, boolean], n: number | null, vague: boolean, before: readonly Candidate[]): Core | null {
    const [unit, u1] = u;
    // "a week or so ago"
    const orSo = this.word(u1) === 'or' && this.word(u1 + 1) === 'so' && /^(ago|earlier|later)$/.test(this.word(u1 + 2));
    const j = orSo ? u1 + 2 : u1;
    const tail = this.word(j);
    const amount = n ?? 1;
    if (tail === 'ago' || tail === 'back' || (tail === 'from' && this.word(j + 1) === 'now') || tail === 'hence') {
      const end = tail === 'from' ? j + 2 : j + 1;
      const sign = tail === 'ago' || tail === 'back' ? -1 : 1;
      if (vague || n === null) return { end, type: 'DATE', sem: { k: 'fixed', value: sign < 0 ? 'PAST_REF' : 'FUTURE_REF' }, rule: 'ago/vague' };
      return { end, type: 'DATE', sem: { k: 'rel', unit, n: sign * amount, anchor: 'dct' }, rule: 'ago', mod: orSo ? 'APPROX' : undefined };
    }
    if (tail === 'earlier' || tail === 'later') {
      if (vague || n === null) return null;
      const sign = tail === 'earlier' ? -1 : 1;
      return { end: j + 1, type: 'DATE', sem: { k: 'rel', unit, n: sign * amount, anchor: 'ref' }, rule: 'ago/ref', mod: orSo ? 'APPROX' : undefined };
    }
    if ((tail === 'after' || tail === 'before') && n !== null || ((tail === 'after' || tail === 'before') && vague)) {
      // In apposition to a date of the same sentence ("in August 2014, a few months after the group
      // seized …"): the event lies that far from the date, on the other side.
      const next = this.word(j + 1);
      const prev = before[before.length - 1];
      const appositive = i > 0 && this.w[i - 1] === ',' && prev && prev.last === i - 1 && prev.type === 'DATE';
      if (appositive && next !== 'that' && next !== ',' && next !== '.') {
        const sign = tail === 'after' ? -1 : 1;
        return { end: j + 1, type: 'DATE', sem: { k: 'shiftRef', unit, n: sign * amount, vague }, rule: 'ago/appositive', mod: sign < 0 ? 'BEFORE' : 'AFTER' };
      }
    }
    return null;
  }

  /** "three weeks", "five-year", "the first nine months", "several years", "decades-long". */
  private duration(i: number): Core | null {
    let j = i;
    let firstLast = false;
    if (this.word(j) === 'the' && this.word(j + 1) !== 'a' && this.word(j + 1) !== 'an' && (this.t.kind[j + 1] === 'number' || this.lex.numbers.match(this.w, j + 1, this.end))) {
      // "the nine months", "the six months ended Sept. 30"
      j += 1;
      firstLast = true;
    } else if (this.word(j) === 'the' && (this.word(j + 1) === 'first' || this.word(j + 1) === 'last' || this.word(j + 1) === 'latest' || this.word(j + 1) === 'final')) {
      j += 2;
      firstLast = true;
    }
    // "5-year" as one token
    const adj = UNIT_ADJ.exec(this.word(j));
    if (adj) {
      const u = this.lex.units.get(adj[2]);
      const old = this.word(j + 1) === 'old' || (this.word(j + 1) === '-' && this.word(j + 2) === 'old');
      if (u && !adj[2].endsWith('s') && !old) return { end: j + 1, type: 'DURATION', sem: { k: 'fixed', value: durationValue(unitOf(adj[2], u), +adj[1]) }, rule: 'duration/adjective' };
    }
    const num = this.number(j);
    const vq = this.lex.vague.match(this.w, j, this.end);
    let n: number | null = null;
    let k: number;
    let range: RegExpExecArray | null = null;
    if (vq && (!num || vq[1] > num[1]) && !firstLast) {
      if (this.word(j) === 'recent' || this.word(j) === 'coming') return null;
      k = vq[1];
    } else if (num) [n, k] = [num[0], num[1]];
    else if ((range = NUM_RANGE.exec(this.word(j))) && +range[1] < +range[2]) [n, k] = [+range[2], j + 1];
    else {
      // "decades-long", bare plurals after for/over/in: "for years"
      const u = this.unit(j);
      if (!u) return null;
      // "decades-long" (an unknown number), "day-long" (one)
      if (this.word(u[1]) === '-' && this.word(u[1] + 1) === 'long' && u[0] !== 'WE') return { end: u[1] + 2, type: 'DURATION', sem: { k: 'fixed', value: durationValue(u[0], u[2] ? null : 1) }, rule: 'duration/long' };
      if (!u[2]) return null;
      const prev = i > 0 ? this.w[i - 1] : '';
      if (prev === 'for' || prev === 'within' || prev === 'over' || (prev === 'in' && u[0] !== 'D')) {
        if (u[0] === 'S' || u[0] === 'MI') return null;
        return { end: u[1], type: 'DURATION', sem: { k: 'fixed', value: durationValue(u[0], null) }, rule: 'duration/bare' };
      }
      return null;
    }
    // "she will one day be …", "he hopes one day to return": some day, not a duration
    if (this.word(j) === 'one' && this.word(k) === 'day' && j === i && this.someday(i, k + 1)) {
      return { end: k + 1, type: 'DATE', sem: { k: 'fixed', value: 'FUTURE_REF' }, rule: 'ref/some-day' };
    }
    // "two to three weeks", "9 to 15 months", "10-15 days": a range, an unknown number of units
    const upper = n !== null ? this.rangeEnd(k, n) : null;
    if (upper) [n, k] = upper;
    const ranged = !!upper || !!range;
    // "two more weeks", "six trading days", "an additional year"
    if (UNIT_ADJECTIVES.has(this.word(k))) k++;
    // "one and a half years"
    if (n !== null && this.word(k) === 'and' && this.word(k + 1) === 'a' && this.word(k + 2) === 'half') [n, k] = [n + 0.5, k + 3];
    const h = this.hyphen(k);
    const u = this.unit(h);
    if (!u) return null;
    // ages: "a 44-year-old man", "five years old"; "a year-earlier loss", "at year-end"
    if (this.word(u[1]) === 'old' || (this.word(u[1]) === '-' && /^(old|earlier|ago|end|before)$/.test(this.word(u[1] + 1)))) return null;
    // "a two day visit": singular unit after a number only before a noun
    if (n !== null && n !== 1 && n !== 0.5 && !u[2] && h === k && !(u[1] < this.end && (this.t.pos[u[1]] === 'NOUN' || (this.t.pos[u[1]] === 'ADJ' && /^(a|an|the)$/.test(this.w[i - 1] ?? ''))) && n < 1000)) return null;
    if (n !== null && (n === 1 || n === 0.5) && u[2] && !/^\d/.test(this.word(j))) return null;
    if (u[0] === 'WE') return null;
    // "a second attempt" is an ordinal; "three-quarters of its wheat" a fraction
    const after = u[1] < this.end ? this.t.pos[u[1]] : 'PUNCT';
    if (u[0] === 'S' && !u[2] && (after === 'NOUN' || after === 'ADJ' || after === 'PROPN')) return null;
    const fraction = n === 1 || (n === 3 && h > k);
    if (u[0] === 'Q' && fraction && this.word(u[1]) === 'of' && !this.year(u[1] + 1) && !this.unit(u[1] + 2) && !this.unit(u[1] + 1)) return null;
    let end = u[1];
    let value = durationValue(u[0], n);
    // "a year and a half", "a minute and a half"
    if (this.word(end) === 'and' && this.word(end + 1) === 'a' && this.word(end + 2) === 'half' && n !== null) {
      value = u[0] === 'MI' ? `PT${n}M30S` : durationValue(u[0], n + 0.5);
      end += 3;
    }
    // "two-week-long"
    if (h === k && n !== null && this.word(end) === '-' && this.word(end + 1) === 'long') end += 2;
    if (n === 0.5 && this.word(j) === 'half') return null; // "half the year" is no duration
    if (firstLast && n === null) return null;
    if (ranged) return u[2] ? { end, type: 'DURATION', sem: { k: 'fixed', value: durationValue(u[0], null) }, rule: 'duration/range' } : null;
    return { end, type: 'DURATION', sem: { k: 'fixed', value }, rule: 'duration' };
  }

  /** "one day" between a modal or future auxiliary and a verb, or before an infinitive: an
   * indefinite time ahead. */
  private someday(i: number, next: number): boolean {
    const prev = i > 0 && this.t.sentence[i - 1] === this.t.sentence[i] ? this.w[i - 1] : '';
    const modal = /^(will|would|could|might|may|can|shall|should|'ll|hopes?|hoped|wants?|dreams?)$/.test(prev);
    const verbNext = next < this.end && (this.t.pos[next] === 'VERB' || this.t.pos[next] === 'AUX' || this.word(next) === 'to');
    return modal && verbNext;
  }

  /** The upper bound of a range after the number `n` ("two to three", "9 to 15", "two or three"):
   * [upper, next token], or null. */
  private rangeEnd(k: number, n: number): [number, number] | null {
    const w = this.word(k);
    if (w !== 'to' && w !== 'or' && !(w === '-' && this.glued(k))) return null;
    const m = this.number(k + 1);
    if (!m || m[0] <= n || this.word(k + 1) === 'a' || this.word(k + 1) === 'an') return null;
    return [m[0], m[1]];
  }

  /** "the day before last Tuesday", "the day after Christmas": the day next to a day the
   * expression names (not "the day before the vote", which names no day). */
  private dayNextTo(i: number, before: readonly Candidate[]): Core | null {
    const inner = this.core(i + 3, before);
    if (!inner || inner.type === 'DURATION' || inner.type === 'SET') return null;
    const sem = inner.sem;
    const day = sem.k === 'weekday' || sem.k === 'deictic' || sem.k === 'holiday' || (sem.k === 'date' && sem.d !== undefined);
    if (!day) return null;
    return { end: inner.end, type: 'DATE', sem: { k: 'dayShift', n: this.word(i + 2) === 'before' ? -1 : 1, inner: sem }, rule: `day-next-to/${inner.rule}` };
  }

  /** "ended" or "ending" next: a reporting period closed by a date ("the year ended June 30"). */
  private endedNext(k: number): boolean {
    const w = this.word(k);
    return w === 'ended' || w === 'ending';
  }

  /** "June 11 and 12": a bare day of the month after a date of the same sentence takes its month. */
  private conjoinedDay(i: number, before: readonly Candidate[]): Core | null {
    const prev = before[before.length - 1];
    if (!prev || prev.last !== i - 1 || prev.sem.k !== 'date' || prev.sem.d === undefined || prev.sem.m === undefined) return null;
    if (!/^(and|or|to|through|-)$/.test(this.word(i - 1))) return null;
    const word = this.word(i);
    if (!/^\d{1,2}$/.test(word) || +word <= prev.sem.d || +word > 31) return null;
    const next = this.word(i + 1);
    if (this.lex.units.has(next) || this.lex.months.has(next) || next === '%' || next === 'percent' || /^\d/.test(next)) return null;
    if (i + 1 < this.end && (this.t.pos[i + 1] === 'NOUN' || this.t.pos[i + 1] === 'ADJ')) return null; // "12 delegates"
    const y = this.yearAfter(i + 1);
    return { end: y ? y[1] : i + 1, type: 'DATE', sem: { k: 'date', y: y?.[0] ?? prev.sem.y, m: prev.sem.m, d: +word }, rule: 'date/conjoined' };
  }

  /** Calendar dates: numeric formats, month-day-year, day-month-year, month year, years, decades,
   * centuries, seasons, holidays. */
  private absolute(i: number): Core | null {
    const word = this.word(i);
    let m: RegExpExecArray | null;
    if (this.t.kind[i] === 'number' || /^\d/.test(word)) {
      if ((m = ISO_DATE.exec(word))) return this.dateCore(i + 1, +m[1], +m[2], +m[3], 'date/iso');
      if ((m = US_DATE.exec(word))) {
        const y = m[3].length === 2 ? 1900 + +m[3] + (+m[3] < 50 ? 100 : 0) : +m[3];
        return this.dateCore(i + 1, y, +m[1], +m[2], 'date/numeric');
      }
      if ((m = DOT_DATE.exec(word))) return this.dateCore(i + 1, +m[3], +m[2], +m[1], 'date/dotted');
    }
    // weekday, Month day[, year]
    const wd = this.lex.weekdays.get(word);
    if (wd) {
      const k = this.word(i + 1) === ',' ? i + 2 : i + 1;
      const md = this.monthDay(k);
      if (md && md.sem.k === 'date') md.sem.wd = wd;
      return md;
    }
    const md = this.monthDay(i);
    if (md) return md;
    // day Month [year]; the 5th of March
    let j = i;
    if (word === 'the') j++;
    const d = this.dayOfMonth(j);
    if (d) {
      const k = this.word(d[1]) === 'of' ? d[1] + 1 : d[1];
      const mo = this.month(k);
      if (mo && (k > d[1] || /^\d/.test(this.word(j)) || NTH.test(this.word(j)) || this.lex.ordinals.has(this.word(j)))) {
        const y = this.yearAfter(mo[1]);
        return { end: y ? y[1] : mo[1], type: 'DATE', sem: { k: 'date', y: y?.[0], m: mo[0], d: d[0] }, rule: 'date/dmy', pointy: false };
      }
    }
    // mid-September, mid-1990s, mid-1996
    if ((m = MID_WORD.exec(word)) && word.startsWith('mid')) {
      const rest = m[1].replace(/^-/, '');
      const mo = this.lex.months.get(rest);
      if (mo) {
        const y = this.yearAfter(i + 1);
        return { end: y ? y[1] : i + 1, type: 'DATE', sem: y ? { k: 'date', y: y[0], m: mo } : { k: 'month', m: mo }, rule: 'month/mid', mod: 'MID' };
      }
      if (YEAR.test(rest)) return { end: i + 1, type: 'DATE', sem: { k: 'date', y: +rest }, rule: 'year/mid', mod: 'MID' };
      const dm = DECADE.exec(rest);
      if (dm) return { end: i + 1, type: 'DATE', sem: { k: 'decade', d3: decade3(dm) }, rule: 'decade/mid', mod: 'MID' };
    }
    // the 1990s, the '80s, the early 1980s
    j = i;
    if (word === 'the') j++;
    const mod = this.lex.pointMods.match(this.w, j, this.end);
    const k = mod && this.word(j) !== 'the' ? mod[1] : j;
    const dm = DECADE.exec(this.word(k));
    if (dm && (this.t.kind[k] === 'decade' || this.t.kind[k] === 'number' || /s$/.test(this.word(k)))) {
      const dmod = dm[1] ? ({ mid: 'MID', early: 'START', late: 'END' } as Record<string, string>)[dm[1]] : mod && k > j ? mod[0] : null;
      return { end: k + 1, type: 'DATE', sem: { k: 'decade', d3: decade3(dm) }, rule: 'decade', mod: dmod, pointy: true };
    }
    // "the nineties", "the early sixties" (with the article: "in his sixties" is an age)
    const dw = word === 'the' ? this.lex.decadeWords.get(this.word(k)) : undefined;
    if (dw !== undefined) {
      return { end: k + 1, type: 'DATE', sem: { k: 'decade', d3: 190 + dw }, rule: 'decade/word', mod: mod && k > j ? mod[0] : null, pointy: true };
    }
    // Month [year], Month of year
    const mo = this.month(i);
    if (mo) {
      const rel = this.lex.relative.match(this.w, mo[1], this.end);
      if (rel && this.word(rel[1]) === 'year') return { end: rel[1] + 1, type: 'DATE', sem: { k: 'month', m: mo[0], yShift: rel[0] }, rule: 'month/rel-year', pointy: true };
      const y = this.yearAfter(mo[1]);
      if (y) return { end: y[1], type: 'DATE', sem: { k: 'date', y: y[0], m: mo[0] }, rule: 'date/month-year', pointy: true };
      const prev = i > 0 ? this.w[i - 1] : '';
      // Bare abbreviations and "May"/"March" need a temporal preposition or determiner before them.
      if (this.lex.ambiguousMonths.has(word) && !['in', 'since', 'until', 'by', 'of', 'early', 'late', 'mid', 'before', 'after', 'through', 'during', 'from', 'to', 'last', 'next', 'this', 'between', 'and', 'or', 'till', '-', 'mid-'].includes(prev)) return null;
      return { end: mo[1], type: 'DATE', sem: { k: 'month', m: mo[0] }, rule: 'month', pointy: true };
    }
    // the Nth century, this century
    j = word === 'the' ? i + 1 : i;
    const ord = this.lex.ordinals.get(this.word(j));
    if (ord && ord > 0 && this.word(j + 1) === 'century') {
      return { end: j + 2, type: 'DATE', sem: { k: 'century', c: ord - 1 }, rule: 'century', pointy: true };
    }
    if ((m = /^(\d{1,2})(?:st|nd|rd|th)$/.exec(this.word(j))) && this.word(j + 1) === 'century') {
      return { end: j + 2, type: 'DATE', sem: { k: 'century', c: +m[1] - 1 }, rule: 'century', pointy: true };
    }
    // seasons: summer 1998, the summer of 1998, the summer, summer
    const s = this.lex.seasons.get(this.word(j));
    if (s) {
      let end = j + 1;
      let y = this.yearAfter(end);
      if (!y && this.word(end) === 'of') {
        const y2 = this.year(end + 1);
        if (y2) y = y2;
      }
      if (y) end = y[1];
      if (this.lex.seasonsNeedingContext.has(this.word(j)) && !y) {
        const prev = j > 0 ? this.w[j - 1] : '';
        const ok = (j > i || ['in', 'this', 'last', 'next', 'early', 'late', 'until', 'since', 'by', 'mid', 'during'].includes(prev) || this.isCap(j)) && this.word(end) !== 'of' && this.t.pos[j] !== 'VERB';
        if (!ok) return null;
      }
      if (!y && this.word(end) === 'of') return null;
      return { end, type: 'DATE', sem: { k: 'season', s, y: y?.[0] }, rule: 'season', pointy: true };
    }
    // holidays
    const hol = this.lex.holidays.match(this.w, i, this.end);
    if (hol && this.isCap(i)) {
      const y = this.yearAfter(hol[1]);
      return { end: y ? y[1] : hol[1], type: 'DATE', sem: { k: 'holiday', md: hol[0], y: y?.[0] }, rule: 'holiday' };
    }
    const ch = this.lex.computedHolidays.match(this.w, i, this.end);
    if (ch && this.isCap(i)) {
      const y = this.yearAfter(ch[1]);
      return { end: y ? y[1] : ch[1], type: 'DATE', sem: { k: 'holiday', nth: ch[0], y: y?.[0] }, rule: 'holiday' };
    }
    // year-end, year end, year's end
    if (word === 'year-end' || (word === 'year' && (this.word(i + 1) === 'end' || (this.word(i + 1) === "'s" && this.word(i + 2) === 'end')))) {
      const end = word === 'year-end' ? i + 1 : this.word(i + 1) === 'end' ? i + 2 : i + 3;
      return { end, type: 'DATE', sem: { k: 'rel', unit: 'Y', n: 0, anchor: 'dct' }, rule: 'year-end', mod: 'END' };
    }
    // years: 1998, fiscal 1989, the year 2000, nineteen ninety-six
    j = i;
    let fiscal = false;
    if (this.lex.fiscal.has(this.word(j))) {
      fiscal = true;
      j++;
      if (this.word(j) === 'year') j++;
    } else if (this.word(j) === 'the' && this.word(j + 1) === 'year') j += 2;
    const y = this.year(j);
    if (y) {
      // "1988 quarter", "the 1989 period": a quarter of that year
      if (!fiscal && j === i && this.lex.periodNouns.has(this.word(y[1])) && (this.word(y[1]) === 'quarter' || this.word(y[1]) === 'period')) return null;
      if (!fiscal && j === i && !this.plausibleYear(i, y[1])) return null;
      return { end: y[1], type: 'DATE', sem: { k: 'date', y: y[0], fiscal }, rule: fiscal ? 'year/fiscal' : 'year', pointy: true };
    }
    return null;
  }

  /** A bare four-digit number read as a year unless what surrounds it says it is a quantity. */
  private plausibleYear(i: number, next: number): boolean {
    const prev = i > 0 && this.t.sentence[i - 1] === this.t.sentence[i] ? this.w[i - 1] : '';
    const after = this.word(next);
    if (prev === '$' || prev === '£' || prev === '€' || prev === 'about' || prev === 'some' || prev === 'nearly' || prev === 'than') return false;
    if (/^\d/.test(after)) return false;
    if (+this.word(i) < 1800) return false;
    // "the 1996 bombing" is a year; "2000 troops" a quantity (plural noun after it)
    const afterPos = next < this.end ? this.t.pos[next] : 'PUNCT';
    const plural = afterPos === 'NOUN' && /[^s]s$/.test(after) && !this.lex.periodNouns.has(after);
    if (plural && !['in', 'since', 'until', 'by', 'of', 'from', 'to', 'through', 'during', 'before', 'after', 'and', 'or', 'between', 'fiscal'].includes(prev)) return false;
    return true;
  }

  private yearAfter(i: number): [number, number] | null {
    if (this.word(i) === ',') {
      const y = this.year(i + 1);
      return y && YEAR.test(this.word(i + 1)) ? y : null;
    }
    const y = this.year(i);
    return y;
  }

  private monthDay(i: number): Core | null {
    const mo = this.month(i);
    if (!mo) return null;
    const d = this.dayOfMonth(mo[1]);
    if (!d) return null;
    // "May 5" needs the month capitalised; "March 8 percent" is not a date
    if (this.word(d[1]) === '%' || this.word(d[1]) === 'percent') return null;
    const y = this.yearAfter(d[1]);
    return { end: y ? y[1] : d[1], type: 'DATE', sem: { k: 'date', y: y?.[0], m: mo[0], d: d[0] }, rule: 'date/mdy', pointy: true };
  }

  private dateCore(end: number, y: number, m: number, d: number, rule: string): Core | null {
    if (m < 1 || m > 12 || d < 1 || d > 31) return null;
    return { end, type: 'DATE', sem: { k: 'date', y, m, d }, rule };
  }

  /** Quarters and halves: "the third quarter (of 1990)", "third-quarter", "the fiscal first quarter",
   * "next year's first quarter", "the 1988 second quarter", "the quarter", "the year-ago period". */
  private quarter(i: number): Core | null {
    let j = i;
    let yShift: number | undefined;
    let y: number | undefined;
    let det = false;
    const w0 = this.word(j);
    let start = i;
    if (w0 === 'the' || w0 === 'its' || w0 === 'a' || w0 === 'that' || w0 === 'this' || w0 === 'their') {
      det = true;
      j++;
      // "its fourth quarter", "a third-quarter loss": the determiner belongs to the noun phrase
      if (w0 !== 'the' && w0 !== 'that' && w0 !== 'this') start = j;
    }
    // this year's / last year's / next year's
    if ((this.word(j) === 'this' || this.word(j) === 'last' || this.word(j) === 'next') && this.word(j + 1) === 'year' && this.word(j + 2) === "'s") {
      yShift = this.word(j) === 'this' ? 0 : this.word(j) === 'last' ? -1 : 1;
      j += 3;
    } else if (this.word(j) === 'year' && (this.word(j + 1) === "'s" || this.word(j + 1) === "’s")) {
      j += 2;
    }
    let yearAgo = false;
    let latest = false;
    let comparable = false;
    for (;;) {
      const wj = this.word(j);
      if (this.lex.fiscal.has(wj)) j = this.hyphen(j + 1);
      else if (wj === 'comparable' || wj === 'same' || wj === 'flat' || wj === 'corresponding') [comparable, j] = [true, j + 1];
      else if (wj === 'latest' || wj === 'current' || wj === 'recent' || wj === 'just-ended' || wj === 'most') [latest, j] = [true, j + 1];
      else if (wj === 'full' && this.word(j + 1) === 'year') j++;
      else if (wj === 'year-ago' || wj === 'year-earlier' || wj === 'prior-year' || wj === 'year-before') [yearAgo, j] = [true, j + 1];
      else if ((wj === 'year' || wj === 'prior') && this.word(j + 1) === '-' && ['ago', 'earlier', 'year', 'before'].includes(this.word(j + 2))) [yearAgo, j] = [true, j + 3];
      else break;
    }
    const yr = this.year(j);
    if (yr) {
      const after = this.lex.ordinals.get(this.word(yr[1]));
      if ((after && after > 0) || this.word(yr[1]) === 'quarter' || this.word(yr[1]) === 'period') [y, j] = [yr[0], yr[1]];
    }
    let ord = this.lex.ordinals.get(this.word(j));
    let k = j;
    let count = 1;
    if (ord !== undefined) {
      k = this.hyphen(j + 1);
      // "first two quarters of 2016"
      const n = this.number(k);
      if (n && n[0] === 2 && this.word(n[1]) === 'quarters') [count, k] = [2, n[1]];
    }
    if (this.lex.fiscal.has(this.word(k))) k = this.hyphen(k + 1);
    const noun = this.word(k);
    if (noun === 'year' && det && k > i + 1 && (this.lex.fiscal.has(this.word(k - 1)) || latest || this.word(k - 1) === 'full')) {
      // "the fiscal year", "the latest fiscal year", "the full year"; "the fiscal year ended June 30"
      // is the twelve months to that date (a duration, as TimeBank reads it)
      if (this.endedNext(k + 1)) return { end: k + 1, type: 'DURATION', sem: { k: 'fixed', value: 'P1Y' }, rule: 'duration/year-ended' };
      return { end: k + 1, type: 'DATE', sem: { k: 'rel', unit: 'Y', n: latest && this.word(j - 1) !== 'current' && this.word(k - 2) !== 'current' ? -1 : 0, anchor: 'dct' }, rule: 'quarter/fiscal-year' };
    }
    if (yearAgo && k === j && noun !== 'quarter' && noun !== 'period' && noun !== 'half' && noun !== 'quarters' && !this.number(k)) {
      // "year-earlier results", "a year-ago loss": the period under discussion, a year before; the
      // determiner belongs to the noun phrase (the scan finds "year-earlier" at the next token)
      if (det) return null;
      return { end: k, type: 'DATE', sem: { k: 'thequarter', yShift: -1, orYear: true }, rule: 'quarter/year-ago' };
    }
    if (noun !== 'quarter' && noun !== 'half' && noun !== 'period' && noun !== 'quarters') return null;
    if (noun === 'period' && ord !== undefined) return null;
    let end = k + 1;
    // of 1990, of the year, of last year
    if (this.word(end) === 'of') {
      const yy = this.year(end + 1);
      if (yy) [y, end] = [yy[0], yy[1]];
      else if (this.word(end + 1) === 'the' && this.word(end + 2) === 'year') end += 3;
      else if ((this.word(end + 1) === 'this' || this.word(end + 1) === 'last' || this.word(end + 1) === 'next') && this.word(end + 2) === 'year') {
        yShift = this.word(end + 1) === 'this' ? 0 : this.word(end + 1) === 'last' ? -1 : 1;
        end += 3;
      }
    } else if (this.word(end) === 'a' && this.word(end + 1) === 'year' && (this.word(end + 2) === 'ago' || this.word(end + 2) === 'earlier')) {
      yearAgo = true;
      end += 3;
    } else if (ord === undefined && this.word(end) === 'last' && this.word(end + 1) === 'year') {
      // "the same period last year", "the corresponding quarter last year"
      yearAgo = true;
      end += 2;
    }
    // "the last half of 1989", "the last quarter of the year": the second half, the fourth quarter
    if (ord === -1 && end > k + 1 && this.word(k + 1) === 'of' && (noun === 'half' || noun === 'quarter')) ord = noun === 'half' ? 2 : 4;
    if (ord === undefined || ord < 0) {
      // the quarter, the latest period, the year-ago quarter, last year's quarter ("a quarter" is an amount)
      if (ord === -1 || w0 === 'a') return null;
      if (!det && !yearAgo && y === undefined && yShift === undefined && !latest) return null;
      if (noun === 'half' || noun === 'quarters') return null;
      if (noun === 'period' && !yearAgo && !latest && y === undefined && !comparable) return null;
      const rule = 'quarter/anaphoric';
      if (y !== undefined) return { end, type: 'DATE', sem: { k: 'quarter', q: 0, y, refYear: true }, rule };
      return { end, type: 'DATE', sem: { k: 'thequarter', yShift: (yearAgo ? -1 : 0) + (yShift ?? 0), latest: latest || undefined }, rule };
    }
    // adjectival "third-quarter (profit)": no determiner in the expression
    if (start === i && det && k > j + 1 && this.word(k - 1) === '-') start = i + 1;
    if (start > i) return null; // the scan finds the quarter at the next token
    const half = noun === 'half' || count === 2;
    if (noun === 'half' ? ord > 2 : ord > 4) return null;
    if (noun === 'quarters' && count !== 2) return null;
    if (count === 2) ord = 1;
    return {
      end,
      type: 'DATE',
      sem: { k: 'quarter', q: ord, half, y, yShift: yearAgo ? -1 + (yShift ?? 0) : yShift },
      rule: 'quarter',
      pointy: true,
    };
  }

  /** Thursday, Thursday morning, Saturday night, Tuesdays (a set). */
  private weekdayExpr(i: number): Core | null {
    const word = this.word(i);
    const plural = this.lex.weekdayPlurals.get(word);
    if (plural) {
      let end = i + 1;
      let part = '';
      const p = this.partOfDay(end) ?? (this.word(end) === 'nights' ? (['NI', end + 1] as [string, number]) : null);
      if (p) [part, end] = [`T${p[0]}`, p[1]];
      return { end, type: 'SET', sem: { k: 'fixed', value: `XXXX-WXX-${plural}${part}` }, rule: 'set/weekday' };
    }
    const wd = this.lex.weekdays.get(word);
    if (!wd) return null;
    if (word.endsWith('.') === false && !this.isCap(i)) return null;
    let end = i + 1;
    let clock: string | undefined;
    let part: string | undefined;
    const p = this.partOfDay(end);
    if (p) {
      end = p[1];
      // "Friday morning", "Saturday night": the TIMEX3 guidelines give the part of the day (TNI), but
      // TimeBank gives the day alone more often for "morning" and "night" (its "night" is TNI in some
      // files, TEV in others, and often left out of the extent); "evening" and "afternoon" keep it,
      // where the guidelines and the annotation agree. The interval is the same day either way.
      if (this.lex.partsWithWeekday.has(p[0])) part = p[0];
    } else if (this.word(end) === 'at' || this.word(end) === ',') {
      const c = this.clock(end + 1);
      if (c) [clock, end] = [c[0], c[1]];
    }
    return { end, type: clock || part ? 'TIME' : 'DATE', sem: { k: 'weekday', wd, clock, part, possessive: this.word(end) === "'s" }, rule: 'weekday', pointy: true };
  }

  /** A part of the day before its day ("mid-afternoon yesterday", "late evening Friday"), or one
   * of the middle of the day the text speaks of ("by mid afternoon"). A bare "morning" or "night"
   * is left out: it is mostly not a time of its own ("the night of the attack"). */
  private partExpr(i: number): Core | null {
    const mid = this.word(i) === 'mid';
    const p = this.partOfDay(mid ? i + 1 : i);
    if (!p) return null;
    const k = p[1];
    const d = this.lex.deictic.get(this.word(k));
    if (d && !d.part) return { end: k + 1, type: 'TIME', sem: { k: 'deictic', days: d.days, part: p[0] }, rule: 'part/deictic' };
    const wd = this.lex.weekdays.get(this.word(k));
    if (wd && this.isCap(k)) return { end: k + 1, type: 'TIME', sem: { k: 'weekday', wd, part: p[0] }, rule: 'part/weekday' };
    if (mid || this.word(i).startsWith('mid')) return { end: k, type: 'TIME', sem: { k: 'clock', clock: p[0] }, rule: 'part/mid' };
    return null;
  }

  /** 9 a.m., 10:35 p.m. EST Tuesday, noon Thursday, 5 p.m. Nov. 9. */
  private clockExpr(i: number): Core | null {
    const c = this.clock(i);
    if (!c) return null;
    // a bare number must have a.m./p.m./o'clock/timezone, which clock() checked
    let end = c[1];
    const k = this.word(end) === ',' ? end + 1 : end;
    const wd = this.lex.weekdays.get(this.word(k));
    if (wd && this.isCap(k)) return { end: k + 1, type: 'TIME', sem: { k: 'weekday', wd, clock: c[0] }, rule: 'clock/weekday' };
    const dd = this.lex.deictic.get(this.word(k));
    if (dd) return { end: k + 1, type: 'TIME', sem: { k: 'deictic', days: dd.days, clock: c[0] }, rule: 'clock/deictic' };
    const md = this.monthDay(k);
    if (md && md.sem.k === 'date') return { end: md.end, type: 'TIME', sem: { ...md.sem, clock: c[0] }, rule: 'clock/date' };
    return { end, type: 'TIME', sem: { k: 'clock', clock: c[0] }, rule: 'clock' };
  }

  /** every Friday, each year, daily, twice a week, $5 a year. */
  private set(i: number): Core | null {
    const word = this.word(i);
    const adverb = this.lex.sets.get(word);
    if (adverb) {
      // "daily newspaper", "quarterly dividend": attributive uses are not times
      const nextPos = i + 1 < this.end ? this.t.pos[i + 1] : 'PUNCT';
      if (word !== 'daily' && word !== 'hourly' && (nextPos === 'NOUN' || nextPos === 'ADJ' || nextPos === 'PROPN' || nextPos === 'NUM')) return null;
      // "its first quarterly (of ten cents)", "the Communist daily": a noun
      const prevPos = i > 0 && this.t.sentence[i - 1] === this.t.sentence[i] ? this.t.pos[i - 1] : '';
      if ((prevPos === 'DET' || prevPos === 'ADJ' || prevPos === 'PROPN') && !(nextPos === 'NOUN' || nextPos === 'ADJ')) return null;
      return { end: i + 1, type: 'SET', sem: { k: 'fixed', value: adverb }, rule: 'set/adverb' };
    }
    if (this.lex.setQuantifiers.has(word) || ((word === 'a' || word === 'an') && this.setContext(i))) {
      let j = i + 1;
      let n = 1;
      if (this.word(j) === 'other') [n, j] = [2, j + 1];
      const num = this.number(j);
      if (num && word !== 'a' && word !== 'an') [n, j] = [num[0], num[1]];
      const u = this.unit(j);
      if (u && u[0] !== 'WE') {
        if (word === 'per' && u[2]) return null;
        return { end: u[1], type: 'SET', sem: { k: 'fixed', value: durationValue(u[0], n) }, rule: 'set/every' };
      }
      if (word === 'a' || word === 'an' || word === 'per') return null;
      const wd = this.lex.weekdays.get(this.word(j));
      if (wd) {
        const p = this.partOfDay(j + 1);
        return { end: p ? p[1] : j + 1, type: 'SET', sem: { k: 'fixed', value: `XXXX-WXX-${wd}${p ? `T${p[0]}` : ''}` }, rule: 'set/every' };
      }
      const mo = this.month(j);
      if (mo) return { end: mo[1], type: 'SET', sem: { k: 'fixed', value: `XXXX-${String(mo[0]).padStart(2, '0')}` }, rule: 'set/every' };
      const s = this.lex.seasons.get(this.word(j));
      if (s) return { end: j + 1, type: 'SET', sem: { k: 'fixed', value: `XXXX-${s}` }, rule: 'set/every' };
      const p = this.partOfDay(j);
      if (p) return { end: p[1], type: 'SET', sem: { k: 'fixed', value: `XXXX-XX-XXT${p[0]}` }, rule: 'set/every' };
    }
    return null;
  }

  /** "a year" as a rate: after an amount ("$5 a year", "twice a week", "10 percent a year"). */
  private setContext(i: number): boolean {
    if (i === 0) return false;
    const prev = this.w[i - 1];
    const kind = this.t.kind[i - 1];
    return prev === 'twice' || prev === 'times' || prev === 'once' || kind === 'number' || prev === 'percent' || prev === '%' || prev === 'dollars' || prev === 'barrels' || prev === 'tons' || /^(million|billion|thousand)$/.test(prev);
  }

  /** now, currently, recently, the past, the future, recent years, as soon as possible. */
  private ref(i: number): Core | null {
    const r = this.lex.refs.match(this.w, i, this.end);
    // sentence-initial "Now," is a discourse marker ("Now, he says …", "Now for the weather");
    // without the comma it is mostly the time ("Now the council wants …")
    if (r && this.word(i) === 'now' && r[1] === i + 1 && (i === 0 || this.t.sentence[i - 1] !== this.t.sentence[i]) && /^(,|for|then|that)$/.test(this.word(i + 1))) return null;
    if (r && r[0]) {
      const phrase = this.w.slice(i, r[1]).join(' ');
      if (this.lex.refsNeedingContext.has(phrase)) {
        const prev = i > 0 && this.t.sentence[i - 1] === this.t.sentence[i] ? this.w[i - 1] : '';
        const next = this.word(r[1]);
        if (phrase === 'the past' && (this.lex.units.has(next) || /^\d/.test(next) || this.lex.numbers.match(this.w, r[1], this.end))) return null;
        if (phrase === 'future' && prev !== 'in' && prev !== 'near' && !this.lex.periodNouns.has(next)) return null;
        // "the current system", "its current position": the present (TimeBank tags "current" before
        // a noun more often than not); "current account", "current assets" are terms of accounting
        if (phrase === 'current') {
          const k = r[1];
          const nounNext = k < this.end && (this.t.pos[k] === 'NOUN' || (this.t.pos[k] === 'ADJ' && this.t.pos[k + 1] === 'NOUN'));
          if (!nounNext || this.lex.units.has(next) || this.lex.periodNouns.has(next) || this.lex.currentTerms.has(next) || prev === 'then') return null;
        }
        if (phrase === 'recent') return null;
      }
      if (r[0].startsWith('PX')) {
        // "recent weeks", "the days ahead": an unknown number of units before (after) now
        const unit = { D: 'D', W: 'W', M: 'M', Y: 'Y', Q: 'Q' }[r[0].slice(2)] as Unit;
        const side = phrase.startsWith('recent') ? 'past' : 'future';
        return { end: r[1], type: 'DURATION', sem: { k: 'fixed', value: r[0] }, rule: 'ref/vague-duration', [side]: { unit, n: 0 } };
      }
      return { end: r[1], type: 'DATE', sem: { k: 'fixed', value: r[0] }, rule: 'ref' };
    }
    // "as soon as possible", "as soon as I can"
    if (this.word(i) === 'as' && this.word(i + 1) === 'soon' && this.word(i + 2) === 'as') {
      const k = i + 3;
      if (this.word(k) === 'possible') return { end: k + 1, type: 'DATE', sem: { k: 'fixed', value: 'FUTURE_REF' }, rule: 'ref/asap' };
      if (this.t.pos[k] === 'PRON' && (this.t.pos[k + 1] === 'AUX' || this.t.pos[k + 1] === 'VERB') && k + 1 < this.end) {
        return { end: k + 2, type: 'DATE', sem: { k: 'fixed', value: 'FUTURE_REF' }, rule: 'ref/asap' };
      }
    }
    return null;
  }

  /** that day, the same day, the following week, that year, the next day. */
  private anaphor(i: number): Core | null {
    const a = this.lex.anaphoric.match(this.w, i, this.end);
    if (!a) return null;
    const phrase = this.w.slice(i, a[1]).join(' ');
    const n = /following|next/.test(phrase) ? 1 : /previous|preceding|prior/.test(phrase) ? -1 : 0;
    const p = this.partOfDay(a[1]);
    if (p && n !== 0) {
      // "the next morning": the day after the one just given (the day, as for "Friday morning")
      return { end: p[1], type: 'DATE', sem: { k: 'rel', unit: 'D', n, anchor: 'ref' }, rule: 'anaphor/part', pointy: true };
    }
    const u = this.unit(a[1]);
    if (!u || u[2] || u[0] === 'S' || u[0] === 'MI' || u[0] === 'H' || u[0] === 'WE' || u[0] === 'DE' || u[0] === 'CE') return null;
    // "the next day" is anaphoric; "next day" without "the" reads the same
    return { end: u[1], type: 'DATE', sem: { k: 'rel', unit: u[0], n, anchor: 'ref' }, rule: 'anaphor', pointy: true };
  }
}

function unitOf(word: string, code: string): Unit {
  return (code === 'M' && word.startsWith('min') ? 'MI' : code) as Unit;
}

function decade3(m: RegExpExecArray): number {
  if (m[2]) return +m[2];
  const digit = +(m[3] ?? m[4]);
  return digit >= 2 ? 190 + digit : 200 + digit;
}

function acceptsQuantityMod(core: Core, mod: string): boolean {
  if (core.type === 'DURATION') return true;
  if (core.rule.startsWith('ago')) return true;
  if (mod === 'APPROX' && (core.type === 'TIME' || core.rule.startsWith('clock'))) return true;
  return false;
}
