import { analyzeDoc } from '../../../../test/support.js';
import type { Place } from '../../../model/layers.js';

export function placesOf(text: string): Place[] {
  return analyzeDoc({ text }).get('places');
}

/** The place whose span covers the k-th occurrence (1-based) of `s`, if any. */
export function placeAt(text: string, s: string, k = 1): Place | undefined {
  let at = -1;
  for (let i = 0; i < k; i++) at = text.indexOf(s, at + 1);
  if (at < 0) throw new Error(`"${s}" (${k}) is not in the text`);
  return placesOf(text).find((p) => p.start < at + s.length && at < p.end);
}
