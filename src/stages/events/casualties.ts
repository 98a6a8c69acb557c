/**
 * @module Casualty counts in a sentence: "killing 6 civilians", "at least 12 dead", "2 soldiers were
 * wounded", "3 fatalities". A number and a killed/injured word within a few tokens of each other, in
 * either order; the largest count of each kind wins.
 */
import type { Tokens } from '../../model/layers.js';
import type { TextSpan } from '../../model/span.js';
import type { EventKnowledge } from './knowledge.js';

export interface Casualties {
  killed: number | null;
  injured: number | null;
  /** The phrases the counts come from. */
  evidence: TextSpan[];
}

const BOUND_WORDS = new Set(['at', 'least', 'more', 'than', 'over', 'up', 'to', 'about', 'around', 'nearly', 'almost', 'some', 'roughly', 'approximately', 'an', 'estimated']);
const LINKING = new Set(['were', 'was', 'are', 'is', 'been', 'have', 'has', 'had', 'be', 'being', 'reportedly', 'also', 'later', 'all', 'and', 'others', 'other', 'people', 'persons']);

/** Parses the number at token `i` (digits or words: "6", "1,000", "two", "a dozen"); returns
 * [value, tokens used] or null. */
function numberAt(tokens: Tokens, i: number, end: number, know: EventKnowledge): [number, number] | null {
  const t = tokens.lower[i];
  if (tokens.kind[i] === 'number' || /^\d[\d,]*$/.test(t)) {
    const v = Number(t.replace(/,/g, ''));
    return Number.isFinite(v) ? [v, 1] : null;
  }
  if (!know.numberStarts.has(t)) return null;
  if (i + 2 < end && know.numbers.has(`${t} ${tokens.lower[i + 1]} ${tokens.lower[i + 2]}`)) return [know.numbers.get(`${t} ${tokens.lower[i + 1]} ${tokens.lower[i + 2]}`)!, 3];
  if (i + 1 < end && know.numbers.has(`${t} ${tokens.lower[i + 1]}`)) return [know.numbers.get(`${t} ${tokens.lower[i + 1]}`)!, 2];
  // "a"/"an" count only before a casualty noun ("a soldier was killed" is 1); handled by the caller.
  if (know.numbers.has(t) && t !== 'a' && t !== 'an' && t !== 'some' && t !== 'many') return [know.numbers.get(t)!, 1];
  return null;
}

export function findCasualties(text: string, tokens: Tokens, from: number, to: number, know: EventKnowledge): Casualties {
  const out: Casualties = { killed: null, injured: null, evidence: [] };
  const note = (kind: 'killed' | 'injured', value: number, a: number, b: number) => {
    if (out[kind] === null || value > out[kind]!) out[kind] = value;
    const start = tokens.start[Math.min(a, b)];
    const end = tokens.end[Math.max(a, b)];
    if (!out.evidence.some((e) => e.start === start && e.end === end)) out.evidence.push({ start, end, text: text.slice(start, end) });
  };
  const kindOf = (k: number): 'killed' | 'injured' | null => {
    const w = tokens.lower[k];
    const l = tokens.lemma[k];
    if (know.killed.has(w) || know.killed.has(l)) return 'killed';
    if (know.injured.has(w) || know.injured.has(l)) return 'injured';
    return null;
  };
  for (let i = from; i < to; i++) {
    const num = numberAt(tokens, i, to, know);
    if (!num) continue;
    const [value, used] = num;
    // Years and times are not counts.
    if (value >= 1900 && value <= 2100 && used === 1 && !/,/.test(tokens.text[i])) continue;
    if (i + used < to && ['percent', '%', 'km', 'kilometres', 'kilometers', 'miles', 'mm', 'am', 'pm', 'hours', 'years', 'year', 'days'].includes(tokens.lower[i + used])) continue;
    // Number first: "6 civilians were killed", "12 dead", "3 fatalities".
    for (let k = i + used, gap = 0; k < to && gap < 5; k++, gap++) {
      const kind = kindOf(k);
      if (kind) {
        note(kind, value, i, k);
        break;
      }
      if (tokens.pos[k] === 'VERB' && !LINKING.has(tokens.lower[k])) break;
      if (tokens.text[k] === ',' || tokens.text[k] === '.' || tokens.text[k] === ';') break;
    }
    // Verb first: "killing 6 civilians", "killed at least 3", "injuring 15" — the verb right before
    // the number, or before a bound ("at least", "more than").
    for (let k = i - 1, gap = 0; k >= from && gap < 3; k--, gap++) {
      if (tokens.text[k] === ',' || tokens.text[k] === ';') break;
      const kind = kindOf(k);
      if (kind && (tokens.pos[k] === 'VERB' || /ing$|ed$/.test(tokens.lower[k]))) {
        note(kind, value, k, i + used - 1);
        break;
      }
      if (!BOUND_WORDS.has(tokens.lower[k])) break;
    }
  }
  return out;
}
