/**
 * @module Normalization: a recognized expression (`Sem`) becomes a TIMEX3 value and a day interval.
 * Deictic expressions ("yesterday", "last week", "three days ago") are anchored on the publication
 * date; anaphoric ones ("that day", "a year earlier", "the quarter") on the dates the text gave
 * before; underspecified ones ("Thursday", "in late December", "autumn") go to the past or the
 * future by the tense of their clause. Without a publication date, what needs it keeps X placeholders.
 */
import {
  addDays,
  addMonths,
  compareDays,
  type Day,
  daysInMonth,
  formatDay,
  formatMonth,
  formatWeek,
  type Interval,
  isoWeek,
  narrow,
  parseDay,
  valueInterval,
  weekday,
} from './calendar.js';
import type { Candidate, Sem, Unit } from './grammar.js';
import type { Tense } from './tense.js';

/** What the document has said so far, for anaphora. */
export interface Context {
  dct: Day | null;
  /** The last date placed in the calendar, and its value. */
  ref: { value: string; interval: Interval } | null;
  /** The last quarter mentioned (financial news speaks of "the quarter", "a year earlier"). */
  quarter: { y: number; q: number } | null;
  /** The last expression resolved (for appositions such as "…, a few months after"). */
  last: { value: string; interval: Interval | null } | null;
  /** The text last spoke of a reporting period of several months or a year ("for the nine months",
   * "the year ended June 30"), not of a quarter: "a year earlier" is then the year before. */
  period: boolean;
}

export interface Resolved {
  value: string;
  mod: string | null;
  from: string | null;
  to: string | null;
}

const SIGNAL_MODS = new Set(['BEFORE', 'AFTER', 'ON_OR_BEFORE', 'ON_OR_AFTER']);

export function newContext(published: string | null): Context {
  const dct = published ? { y: +published.slice(0, 4), m: +published.slice(5, 7), d: +published.slice(8, 10) } : null;
  return { dct, ref: null, quarter: null, last: null, period: false };
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** Resolves one candidate (in text order) and updates the context. */
/** The day that closes a reporting period ("the quarter ended July 31"), as the text gives it. */
export interface ClosingDay {
  y?: number;
  m: number;
  d: number;
}

/**
 * `closedBy`: the day given right after the expression as the end of its period.
 * `closing`: the date closes the reporting period just named. After a quarter ("the quarter ended
 * Sept. 30") it describes that quarter and does not become the reference in its place; after a
 * span of months ("the six months ended Aug. 14") it is the reference, and the span still the
 * period under discussion.
 */
export function resolve(
  c: Candidate,
  ctx: Context,
  tense: () => Tense,
  signal: string | null,
  deadline = false,
  closing: 'quarter' | 'period' | null = null,
  closedBy: ClosingDay | null = null,
): Resolved {
  const value = valueOf(c.sem, c, ctx, tense, deadline, closedBy);
  let interval: Interval | null = null;
  let from: Day | null = null;
  let to: Day | null = null;
  const dct = ctx.dct;
  let mod = c.mod;
  if (c.type === 'DATE' || c.type === 'TIME') {
    interval = valueInterval(value);
    if (interval) {
      [from, to] = narrow(interval, mod);
      if (c.part === 'before' && dct && compareDays(dct, to) < 0) to = dct;
      if (c.part === 'after' && dct && compareDays(dct, from) > 0) from = dct;
      if (c.sem.k === 'shiftRef' && ctx.last?.interval) {
        // "a few months after [the event]" placed before the date it qualifies
        if (c.mod === 'BEFORE') [from, to] = [null, addDays(ctx.last.interval[0], -1)];
        else [from, to] = [addDays(ctx.last.interval[1], 1), null];
      }
    } else if (dct && value === 'PRESENT_REF') [from, to] = [dct, dct];
    else if (dct && value === 'PAST_REF') [from, to] = [null, dct];
    else if (dct && value === 'FUTURE_REF') [from, to] = [dct, null];
  } else if (c.type === 'DURATION' && dct) {
    // n 0: an unknown number of units ("the coming days"): open on the far side
    if (c.past) [from, to] = [c.past.n ? addDays(shift(dct, c.past.unit, -c.past.n), 1) : null, dct];
    else if (c.future) [from, to] = [dct, c.future.n ? addDays(shift(dct, c.future.unit, c.future.n), -1) : null];
  }
  if (signal && (c.type === 'DATE' || c.type === 'TIME') && (interval || value.endsWith('_REF'))) {
    const whole: Interval | null = from && to ? [from, to] : null;
    const future = tense() === 'future';
    switch (signal) {
      case 'ON_OR_AFTER': // since, from
        if (whole) [from, to] = [whole[0], dct && compareDays(dct, whole[0]) >= 0 && !future ? dct : null];
        break;
      case 'AFTER':
        if (whole) [from, to] = [addDays(whole[1], 1), null];
        break;
      case 'BEFORE':
        if (whole) {
          // "before the end of the year" is a deadline: up to the end; "before 2019" up to its start
          const end = mod === 'END' ? whole[1] : addDays(whole[0], -1);
          [from, to] = [dct && compareDays(dct, end) <= 0 ? dct : null, end];
        }
        break;
      case 'ON_OR_BEFORE': // by, until
        if (whole) [from, to] = [dct && compareDays(dct, whole[1]) <= 0 ? dct : null, whole[1]];
        break;
    }
    if (SIGNAL_MODS.has(signal)) mod = signal;
  }
  // the context moves on
  if (c.type === 'DURATION') {
    const months = /^P(\d+)M$/.exec(value);
    if ((months && +months[1] !== 3) || c.rule === 'duration/year-ended') ctx.period = true;
  }
  if ((c.type === 'DATE' || c.type === 'TIME') && closing === 'quarter') ctx.last = { value, interval };
  else if (c.type === 'DATE' || c.type === 'TIME') {
    if (!closing) ctx.period = false;
    // Comparisons ("a year ago", "a year earlier") do not become the reference: the text goes on
    // about its own period. A narrative step ("three days later") does.
    const comparison =
      (c.sem.k === 'rel' && c.sem.n !== 0 && !(c.sem.anchor === 'ref' && (c.sem.unit === 'D' || c.sem.unit === 'W' || c.sem.unit === 'M'))) ||
      (c.sem.k === 'thequarter' && c.sem.yShift !== 0);
    if (interval && c.sem.k !== 'shiftRef' && !comparison) ctx.ref = { value, interval };
    ctx.last = { value, interval: from && to ? [from, to] : interval };
    // the quarter under discussion: not moved by "a year earlier" or "the year-ago quarter"
    // nor by a forecast ("a fourth-quarter charge" in October: results are reported for quarters
    // over), nor by the same quarter of an earlier year ("the 1988 period")
    const q = /^(\d{4})-Q([1-4])$/.exec(value);
    const shifted = c.sem.k === 'rel' || (c.sem.k === 'thequarter' && c.sem.yShift !== 0) || (c.sem.k === 'quarter' && !!c.sem.yShift);
    if (q && !shifted) {
      const quarter = { y: +q[1], q: +q[2] };
      const done = lastQuarterOver(dct);
      // (fiscal quarters run ahead of the calendar: one "reported" in the past tense is over)
      const forecast = done && quarterIndex(quarter) > quarterIndex(done) && tense() !== 'past';
      const comparison = ctx.quarter && quarter.q === ctx.quarter.q && quarter.y < ctx.quarter.y;
      if (!forecast && !comparison) ctx.quarter = quarter;
    }
  }
  return { value, mod: mod ?? null, from: from ? formatDay(from) : null, to: to ? formatDay(to) : null };
}

function shift(day: Day, unit: Unit, n: number): Day {
  switch (unit) {
    case 'D':
      return addDays(day, n);
    case 'W':
      return addDays(day, 7 * n);
    case 'WE':
      return addDays(day, 7 * n);
    case 'M':
      return addMonths(day, n);
    case 'Q':
      return addMonths(day, 3 * n);
    case 'Y':
      return addMonths(day, 12 * n);
    case 'DE':
      return addMonths(day, 120 * n);
    case 'CE':
      return addMonths(day, 1200 * n);
    case 'ML':
      return addMonths(day, 12000 * n);
    default:
      return day;
  }
}

/** The value of `day` at the granularity of `unit`. */
function at(day: Day, unit: Unit): string {
  switch (unit) {
    case 'D':
      return formatDay(day);
    case 'W':
    case 'WE': {
      const [y, w] = isoWeek(day);
      return formatWeek(y, w) + (unit === 'WE' ? '-WE' : '');
    }
    case 'M':
      return formatMonth(day.y, day.m);
    case 'Q':
      return `${day.y}-Q${Math.ceil(day.m / 3)}`;
    case 'Y':
      return String(day.y);
    case 'DE':
      return String(Math.floor(day.y / 10));
    case 'CE':
    case 'ML':
      return String(Math.floor(day.y / 100));
    default:
      return formatDay(day);
  }
}

const UNKNOWN: Record<string, string> = { D: 'XXXX-XX-XX', W: 'XXXX-WXX', WE: 'XXXX-WXX-WE', M: 'XXXX-XX', Q: 'XXXX-QX', Y: 'XXXX', DE: 'XXX', CE: 'XX', ML: 'XX' };

/** The year that puts month `m` (day `d`) nearest to the anchor in the direction of the tense. A
 * deadline ("until March 6", "by May", "effective June 1") lies ahead whatever the tense, unless it
 * fell the day before. */
function yearFor(anchor: Day, m: number, d: number | null, tense: Tense, deadline = false): number {
  if (deadline) {
    if (d === null) return m >= anchor.m ? anchor.y : anchor.y + 1;
    const day = (y: number) => ({ y, m, d: Math.min(d, daysInMonth(y, m)) });
    const gap = compareDays(anchor, day(anchor.y));
    return gap <= 1 ? anchor.y : anchor.y + 1;
  }
  const candidates = [anchor.y - 1, anchor.y, anchor.y + 1].map((y) => ({ y, m, d: d ?? (tense === 'future' ? 1 : Math.min(28, daysInMonth(y, m))) }));
  if (d === null) {
    // month precision: the month itself counts as "now"
    if (tense === 'past') return m <= anchor.m ? anchor.y : anchor.y - 1;
    if (tense === 'future') return m >= anchor.m ? anchor.y : anchor.y + 1;
  } else {
    // a day: the tense decides between the one before and the one after, when both are within half a year
    const past = [...candidates].reverse().find((c) => compareDays(c, anchor) <= 0)!;
    const next = candidates.find((c) => compareDays(c, anchor) >= 0)!;
    if (tense === 'past' && compareDays(anchor, past) <= 183) return past.y;
    if (tense === 'future' && compareDays(next, anchor) <= 183) return next.y;
    // news reports mostly what happened: without a tense, the past unless it lies most of a year back
    return compareDays(anchor, past) <= 243 ? past.y : next.y;
  }
  const mid = (y: number) => ({ y, m, d: d ?? 15 });
  let best = anchor.y;
  let bestGap = Infinity;
  for (const y of [anchor.y - 1, anchor.y, anchor.y + 1]) {
    const gap = Math.abs(compareDays(mid(y), anchor));
    if (gap < bestGap) [best, bestGap] = [y, gap];
  }
  return best;
}

function timeSuffix(part: string | undefined, clock: string | undefined): string {
  if (clock) return `T${clock}`;
  if (part) return `T${part}`;
  return '';
}

function valueOf(sem: Sem, c: Candidate, ctx: Context, tense: () => Tense, deadline: boolean, closedBy: ClosingDay | null = null): string {
  const dct = ctx.dct;
  switch (sem.k) {
    case 'fixed':
      return sem.value;
    case 'date': {
      const suffix = timeSuffix(sem.part, sem.clock);
      if (sem.y !== undefined) {
        if (sem.m === undefined) return String(sem.y);
        if (sem.d === undefined) return formatMonth(sem.y, sem.m);
        return formatDay({ y: sem.y, m: sem.m, d: sem.d }) + suffix;
      }
      if (!dct) return `XXXX-${pad2(sem.m ?? 0)}${sem.d ? `-${pad2(sem.d)}` : ''}${suffix}`;
      let y = yearFor(dct, sem.m!, sem.d ?? null, tense(), deadline);
      if (sem.wd && sem.d) {
        // "Monday, Oct. 26": the year in which the day is that weekday
        const fit = [dct.y, dct.y - 1, dct.y + 1].find((yy) => sem.d! <= daysInMonth(yy, sem.m!) && weekday({ y: yy, m: sem.m!, d: sem.d! }) === sem.wd);
        if (fit !== undefined) y = fit;
      }
      return sem.d ? formatDay({ y, m: sem.m!, d: sem.d }) + suffix : formatMonth(y, sem.m!);
    }
    case 'weekOf': {
      const day = valueOf({ k: 'date', y: sem.y, m: sem.m, d: sem.d }, c, ctx, tense, deadline);
      if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return 'XXXX-WXX';
      const [y, w] = isoWeek(parseDay(day));
      return formatWeek(y, w);
    }
    case 'month': {
      if (!dct) return `XXXX-${pad2(sem.m)}`;
      if (sem.yShift !== undefined) return formatMonth(dct.y + sem.yShift, sem.m);
      // "last April" is the latest April gone by: this year's in October, last year's in March
      // (the month just gone by would be "last month": "last February" in March is a year back)
      if (sem.shift === -1) return formatMonth(sem.m < dct.m - 1 ? dct.y : dct.y - 1, sem.m);
      if (sem.shift === 1) return formatMonth(sem.m > dct.m ? dct.y : dct.y + 1, sem.m);
      if (sem.shift === 0) return formatMonth(dct.y, sem.m);
      return formatMonth(yearFor(dct, sem.m, null, tense(), deadline), sem.m);
    }
    case 'season': {
      if (sem.y !== undefined) return `${sem.y}-${sem.s}`;
      if (!dct) return `XXXX-${sem.s}`;
      if (sem.recent) {
        // "this past spring": the latest one over by the publication date
        const now = valueInterval(`${dct.y}-${sem.s}`)!;
        return `${compareDays(now[1], dct) < 0 ? dct.y : dct.y - 1}-${sem.s}`;
      }
      // "last spring" is the previous year's, "next spring" the coming year's
      if (sem.shift !== undefined) return `${dct.y + sem.shift}-${sem.s}`;
      const now = valueInterval(`${dct.y}-${sem.s}`)!;
      const t = tense();
      if (t === 'past') return `${compareDays(now[0], dct) <= 0 ? dct.y : dct.y - 1}-${sem.s}`;
      if (t === 'future') return `${compareDays(now[1], dct) >= 0 ? dct.y : dct.y + 1}-${sem.s}`;
      // the present: the season under way (in February, the winter that began in December)
      const before = valueInterval(`${dct.y - 1}-${sem.s}`)!;
      if (compareDays(before[1], dct) >= 0) return `${dct.y - 1}-${sem.s}`;
      return `${dct.y}-${sem.s}`;
    }
    case 'quarter': {
      let y = sem.y;
      if (sem.refYear) {
        const q = ctx.quarter?.q;
        return q ? `${y}-Q${q}` : `${y}-QX`;
      }
      if (y === undefined) {
        const base = dct?.y ?? ctx.quarter?.y;
        if (base === undefined) return `XXXX-${sem.half ? 'H' : 'Q'}${sem.q}`;
        y = base + (sem.yShift ?? 0);
        if (sem.yShift === undefined && dct && !sem.half && tense() === 'past' && sem.q > Math.ceil(dct.m / 3)) y--;
      } else if (sem.yShift) y += sem.yShift;
      return `${y}-${sem.half ? 'H' : 'Q'}${sem.q}`;
    }
    case 'thequarter': {
      if (closedBy && !ctx.quarter && sem.yShift === 0 && (closedBy.y !== undefined || dct)) {
        // "the quarter ended July 31": three months that need not follow the calendar (a fiscal
        // quarter, May to July); the calendar quarter that holds most of them is that of the
        // middle month (here the second). Once the text has named its quarter ("the fiscal first
        // quarter ended Sept. 29"), "the quarter" is that one.
        const y = closedBy.y ?? yearFor(dct!, closedBy.m, closedBy.d, 'past');
        const middle = addMonths({ y, m: closedBy.m, d: 1 }, -1);
        return `${middle.y}-Q${Math.ceil(middle.m / 3)}`;
      }
      // the quarter under discussion, else the latest one over by the publication date
      const q = ctx.quarter ?? lastQuarterOver(dct);
      if (sem.orYear && !ctx.quarter) return dct ? String(dct.y + sem.yShift) : 'XXXX';
      if (!q) return 'XXXX-QX';
      return `${q.y + sem.yShift}-Q${q.q}`;
    }
    case 'weekday': {
      const suffix = timeSuffix(sem.part, sem.clock);
      // "the previous Friday": before the day the text speaks of
      const anchor = sem.fromRef ? dayOfText(ctx) : dct;
      if (!anchor) return `XXXX-WXX-${sem.wd}${suffix}`;
      const today = weekday(anchor);
      const back = (today - sem.wd + 7) % 7; // days back to the same weekday, 0 = today
      const ahead = (sem.wd - today + 7) % 7;
      let days: number;
      if (sem.shift === -1) days = -(back || 7);
      else if (sem.shift === 1) days = ahead || 7;
      else if (sem.shift === 0) days = ahead;
      else {
        const t = tense();
        // "Saturday's attack": gone by when the clause is past ("was behind Saturday's attack"),
        // else the nearer one (a future clause may well speak of a past day: "will appeal
        // Wednesday's ruling")
        if (sem.possessive) days = t === 'past' || back <= 3 ? -back : ahead;
        // "(was) postponed until Tuesday": a deadline lies ahead, unless it was just yesterday
        else if (t === 'past' && deadline && back > 1) days = ahead || 7;
        else if (t === 'past') days = -back;
        // a future on the day itself is that day ("will speak later on Thursday", published on
        // a Thursday): next week's would be "next Thursday"
        else if (t === 'future') days = ahead;
        else days = back <= 3 ? -back : ahead;
      }
      return formatDay(addDays(anchor, days)) + suffix;
    }
    case 'weekend': {
      if (!dct) return 'XXXX-WXX-WE';
      const today = weekday(dct);
      let base = dct;
      const t = tense();
      if (sem.shift === -1 || (sem.shift === undefined && t === 'past' && today < 6)) base = addDays(dct, -7);
      else if (sem.shift === 1 && today >= 6) base = addDays(dct, 7);
      const [y, w] = isoWeek(base);
      return `${formatWeek(y, w)}-WE`;
    }
    case 'deictic': {
      if (!dct) return `XXXX-XX-XX${timeSuffix(sem.part, sem.clock)}`;
      return formatDay(addDays(dct, sem.days)) + timeSuffix(sem.part, sem.clock);
    }
    case 'rel': {
      // financial news: "a year earlier/ago" of a quarter is the same quarter a year before
      if (sem.unit === 'Y' && ctx.quarter && Math.abs(sem.n) === 1 && (sem.anchor === 'ref' || c.rule === 'ago')) {
        // …and of a span of months ("for the nine months … a year earlier"), the year before
        if (ctx.period) return String(ctx.quarter.y + sem.n);
        if (lastWasQuarter(ctx)) return `${ctx.quarter.y + sem.n}-Q${ctx.quarter.q}`;
      }
      const base = sem.anchor === 'ref' && ctx.ref ? ctx.ref.interval[0] : dct;
      if (!base) return UNKNOWN[sem.unit] ?? 'XXXX';
      if (sem.anchor === 'ref' && ctx.ref && sem.n === 0) {
        // "that year", "that day": the reference at that granularity, X where it is coarser
        return padTo(ctx.ref.value, at(base, sem.unit), sem.unit);
      }
      // "three days later", "an hour later" after a year or a month: the day is not known
      if (sem.anchor === 'ref' && ctx.ref && /^\d{4}(-\d{2})?$/.test(ctx.ref.value) && FINE.has(sem.unit)) {
        return padTo(ctx.ref.value, at(shift(base, sem.unit, sem.n), 'D'), 'D');
      }
      // "a decade ago" names a year; "the last decade", "this century" name a decade, a century
      if ((sem.unit === 'DE' || sem.unit === 'CE') && c.rule.startsWith('ago')) return at(shift(base, sem.unit, sem.n), 'Y');
      return at(shift(base, sem.unit, sem.n), sem.unit);
    }
    case 'decade':
      return String(sem.d3);
    case 'century':
      return pad2(sem.c);
    case 'clock': {
      const day = dayOfText(ctx);
      // (a clock time "14:00", or a part of the day "AF")
      return `${day ? formatDay(day) : 'XXXX-XX-XX'}T${sem.clock}`;
    }
    case 'holiday': {
      let m: number;
      let d: number | null = null;
      if (sem.md) [m, d] = sem.md.split('-').map(Number) as [number, number];
      else m = sem.nth![0];
      let y = sem.y;
      if (y === undefined) {
        if (!dct) return sem.md ? `XXXX-${sem.md}` : `XXXX-${pad2(m)}`;
        y = yearFor(dct, m, d ?? 15, tense());
      }
      if (sem.nth) d = nthWeekday(y, sem.nth[0], sem.nth[1], sem.nth[2], sem.nth[3] ?? 1);
      return formatDay({ y, m, d: d! });
    }
    case 'dayShift': {
      const day = valueOf(sem.inner, c, ctx, tense, deadline);
      return /^\d{4}-\d{2}-\d{2}$/.test(day) ? formatDay(addDays(parseDay(day), sem.n)) : 'XXXX-XX-XX';
    }
    case 'shiftRef': {
      const base = ctx.last?.interval;
      if (!base) return sem.vague ? (sem.n < 0 ? 'PAST_REF' : 'FUTURE_REF') : durationValueFallback(sem.unit);
      const moved = shift(sem.n < 0 ? base[0] : base[1], sem.unit, sem.vague ? 3 * Math.sign(sem.n) : sem.n);
      // a vague amount ("a few months") only tells the coarser unit
      const coarse: Unit = sem.vague ? ({ D: 'M', W: 'M', M: 'Y', Y: 'DE' } as Record<string, Unit>)[sem.unit] ?? sem.unit : sem.unit;
      return at(moved, coarse);
    }
  }
}

/** Units finer than a month. */
const FINE = new Set<Unit>(['D', 'W', 'WE', 'H', 'MI', 'S']);

/** The reference value at the granularity of `unit`, with X for what the reference does not say
 * ("that day" after "in October 1998" → 1998-10-XX). */
function padTo(ref: string, exact: string, unit: Unit): string {
  if (unit === 'D' && /^\d{4}-\d{2}$/.test(ref)) return `${ref}-XX`;
  if (unit === 'D' && /^\d{4}$/.test(ref)) return `${ref}-XX-XX`;
  if (unit === 'M' && /^\d{4}$/.test(ref)) return `${ref}-XX`;
  return exact;
}

function durationValueFallback(unit: Unit): string {
  return UNKNOWN[unit] ?? 'XXXX';
}

/** The last quarter over by the publication date (the latest one results can be reported for). */
function lastQuarterOver(dct: Day | null): { y: number; q: number } | null {
  if (!dct) return null;
  const cur = Math.ceil(dct.m / 3);
  return cur === 1 ? { y: dct.y - 1, q: 4 } : { y: dct.y, q: cur - 1 };
}

const quarterIndex = (q: { y: number; q: number }) => q.y * 4 + q.q;

/** The day the text speaks of: the day it last named, else the publication day. */
function dayOfText(ctx: Context): Day | null {
  return ctx.ref && /^\d{4}-\d{2}-\d{2}/.test(ctx.ref.value) ? ctx.ref.interval[0] : ctx.dct;
}

function lastWasQuarter(ctx: Context): boolean {
  return !!ctx.ref && /-Q[1-4]$/.test(ctx.ref.value);
}

/** The nth (negative: from the end) weekday `wd` of month `m`, counted from day `from`. */
function nthWeekday(y: number, m: number, wd: number, nth: number, from = 1): number {
  if (nth > 0) {
    const first = weekday({ y, m, d: from });
    return from + ((wd - first + 7) % 7) + (nth - 1) * 7;
  }
  const lastDay = daysInMonth(y, m);
  const last = weekday({ y, m, d: lastDay });
  return lastDay - ((last - wd + 7) % 7);
}
