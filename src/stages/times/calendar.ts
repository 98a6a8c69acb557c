/**
 * @module Calendar arithmetic on plain `{y, m, d}` days (UTC, proleptic Gregorian), ISO weeks, and the
 * day interval a TIMEX3 value covers. Hand-written because no date library speaks TIMEX3 values
 * (seasons, quarters, decades, `X` placeholders), and the arithmetic needed is small.
 */

export interface Day {
  y: number;
  m: number;
  d: number;
}

const MS_DAY = 86_400_000;

export function parseDay(iso: string): Day {
  return { y: +iso.slice(0, 4), m: +iso.slice(5, 7), d: +iso.slice(8, 10) };
}

function epoch(day: Day): number {
  return Date.UTC(day.y, day.m - 1, day.d) / MS_DAY;
}

function fromEpoch(n: number): Day {
  const date = new Date(n * MS_DAY);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

export function addDays(day: Day, n: number): Day {
  return fromEpoch(epoch(day) + n);
}

/** Adds months, clamping the day to the target month's length. */
export function addMonths(day: Day, n: number): Day {
  const index = day.y * 12 + (day.m - 1) + n;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return { y, m, d: Math.min(day.d, daysInMonth(y, m)) };
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** ISO weekday, Monday 1 … Sunday 7. */
export function weekday(day: Day): number {
  return ((new Date(Date.UTC(day.y, day.m - 1, day.d)).getUTCDay() + 6) % 7) + 1;
}

/** ISO week-numbering year and week of a day. */
export function isoWeek(day: Day): [number, number] {
  const thursday = addDays(day, 4 - weekday(day));
  const jan1 = { y: thursday.y, m: 1, d: 1 };
  return [thursday.y, Math.floor((epoch(thursday) - epoch(jan1)) / 7) + 1];
}

/** Monday of ISO week `w` of year `y`. */
export function isoWeekStart(y: number, w: number): Day {
  const jan4 = { y, m: 1, d: 4 };
  return addDays(jan4, (w - 1) * 7 - (weekday(jan4) - 1));
}

export function compareDays(a: Day, b: Day): number {
  return epoch(a) - epoch(b);
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function formatDay(day: Day): string {
  return `${pad(day.y, 4)}-${pad(day.m)}-${pad(day.d)}`;
}
export const formatMonth = (y: number, m: number) => `${pad(y, 4)}-${pad(m)}`;
export const formatWeek = (y: number, w: number) => `${pad(y, 4)}-W${pad(w)}`;

/** Approximate astronomical seasons (northern hemisphere), as TIMEX3 uses them: [start month, day]. */
const SEASONS: Record<string, [[number, number], [number, number]]> = {
  SP: [[3, 20], [6, 20]],
  SU: [[6, 21], [9, 21]],
  FA: [[9, 22], [12, 20]],
  WI: [[12, 21], [3, 19]],
};

export type Interval = [Day, Day];

/**
 * The days a TIMEX3 DATE/TIME value covers, or null when it is not placed in the calendar (X
 * placeholders, durations, PAST_REF, …). `2018` → 2018-01-01/2018-12-31, `199` (the 1990s) →
 * 1990-01-01/1999-12-31, `2018-FA` → 2018-09-22/2018-12-20, `2018-W36-WE` → the weekend.
 */
export function valueInterval(value: string): Interval | null {
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$/.exec(value))) {
    const day = { y: +m[1], m: +m[2], d: +m[3] };
    return [day, day];
  }
  if ((m = /^(\d{4})-(\d{2})$/.exec(value))) {
    const y = +m[1], mo = +m[2];
    return [{ y, m: mo, d: 1 }, { y, m: mo, d: daysInMonth(y, mo) }];
  }
  if ((m = /^(\d{4})$/.exec(value))) return [{ y: +m[1], m: 1, d: 1 }, { y: +m[1], m: 12, d: 31 }];
  if ((m = /^(\d{3})$/.exec(value))) return [{ y: +m[1] * 10, m: 1, d: 1 }, { y: +m[1] * 10 + 9, m: 12, d: 31 }];
  if ((m = /^(\d{2})$/.exec(value))) return [{ y: +m[1] * 100, m: 1, d: 1 }, { y: +m[1] * 100 + 99, m: 12, d: 31 }];
  if ((m = /^(\d{4})-W(\d{2})(-WE)?$/.exec(value))) {
    const monday = isoWeekStart(+m[1], +m[2]);
    return m[3] ? [addDays(monday, 5), addDays(monday, 6)] : [monday, addDays(monday, 6)];
  }
  if ((m = /^(\d{4})-Q([1-4])$/.exec(value))) {
    const y = +m[1], q = +m[2];
    return [{ y, m: q * 3 - 2, d: 1 }, { y, m: q * 3, d: daysInMonth(y, q * 3) }];
  }
  if ((m = /^(\d{4})-H([12])$/.exec(value))) {
    const y = +m[1];
    return m[2] === '1' ? [{ y, m: 1, d: 1 }, { y, m: 6, d: 30 }] : [{ y, m: 7, d: 1 }, { y, m: 12, d: 31 }];
  }
  if ((m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value))) {
    const y = +m[1];
    const [[sm, sd], [em, ed]] = SEASONS[m[2]];
    return [{ y, m: sm, d: sd }, { y: m[2] === 'WI' ? y + 1 : y, m: em, d: ed }];
  }
  return null;
}

/** Narrows an interval by a TIMEX3 mod: START/MID/END take the first, middle or last third. */
export function narrow(interval: Interval, mod: string | null | undefined): Interval {
  if (mod !== 'START' && mod !== 'MID' && mod !== 'END') return interval;
  const a = epoch(interval[0]);
  const b = epoch(interval[1]);
  const third = Math.floor((b - a + 1) / 3);
  if (third < 1) return interval;
  if (mod === 'START') return [interval[0], fromEpoch(a + third - 1)];
  if (mod === 'END') return [fromEpoch(b - third + 1), interval[1]];
  return [fromEpoch(a + third), fromEpoch(b - third)];
}
