/**
 * @module Look-ups in lists sorted by start: stages keep mentions, places and times as token ranges in
 * text order, and scanning them from the top for every trigger or pronoun made long texts quadratic.
 */

/** The index of the first item whose `start` is at least `at` (the length if none). */
export function firstStartingAt<T extends { start: number }>(sorted: readonly T[], at: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Items starting in [from, to), in order. */
export function startingIn<T extends { start: number }>(sorted: readonly T[], from: number, to: number): T[] {
  const out: T[] = [];
  for (let k = firstStartingAt(sorted, from); k < sorted.length && sorted[k].start < to; k++) out.push(sorted[k]);
  return out;
}
