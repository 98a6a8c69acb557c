/**
 * @module The tense that governs a time expression, read off the nearest finite verb group of its
 * sentence (wink gives UPOS tags and lemmas, not Penn tags, so tense is inferred from the auxiliaries
 * and from the verb's form against its lemma). Decides "Thursday" in "met on Thursday" (past) from
 * "will meet on Thursday" (future).
 */
import type { Tokens } from '../../model/layers.js';

export type Tense = 'past' | 'present' | 'future' | null;

const FUTURE_AUX = new Set(['will', "'ll", '’ll', 'shall', 'wo', 'would', "'d", 'wil']);
const PAST_AUX = new Set(['was', 'were', 'had', 'did', "'d"]);
const PRESENT_AUX = new Set(['is', 'are', 'am', "'s", "'re", '’s', '’re', 'do', 'does']);
const PERFECT = new Set(['has', 'have', "'ve", '’ve']);
const MODAL = new Set(['can', 'could', 'may', 'might', 'must', 'should', 'ca']);
const PLAN = new Set(['expect', 'plan', 'schedule', 'due', 'set', 'intend', 'aim', 'hope', 'going', 'scheduled', 'slated', 'expected']);

/** Tense of the clause around tokens [first, last) within the sentence [from, to). */
export function tenseAround(t: Tokens, first: number, last: number, from: number, to: number): Tense {
  for (let d = 1; d < 40; d++) {
    const left = first - d;
    const right = last - 1 + d;
    if (left < from && right >= to) break;
    if (left >= from) {
      const v = verbTense(t, left, from);
      if (v) return v;
    }
    if (right < to) {
      const v = verbTense(t, right, from);
      if (v) return v;
    }
  }
  return null;
}

function verbTense(t: Tokens, k: number, from: number): Tense {
  const pos = t.pos[k];
  if (pos !== 'VERB' && pos !== 'AUX') {
    // "due to", "expected to" (adjectival uses)
    return null;
  }
  const word = t.text[k].toLowerCase();
  if (FUTURE_AUX.has(word)) return 'future';
  if (PAST_AUX.has(word)) return 'past';
  if (PERFECT.has(word)) return 'past';
  if (PRESENT_AUX.has(word)) {
    // "is going to", "is expected to", "is due to" → future
    const next = t.text[k + 1]?.toLowerCase();
    if (next && PLAN.has(next) && t.text[k + 2]?.toLowerCase() === 'to') return 'future';
    return 'present';
  }
  if (pos === 'AUX') return MODAL.has(word) ? 'present' : null; // can, must, may: not past
  // main verb: the auxiliaries before it decide
  for (let j = k - 1; j >= Math.max(from, k - 3); j--) {
    const w = t.text[j].toLowerCase();
    if (FUTURE_AUX.has(w)) return 'future';
    if (PAST_AUX.has(w) || PERFECT.has(w)) return 'past';
    if (PRESENT_AUX.has(w)) return 'present'; // "is meeting", "is heard" (passive)
    if (w === 'to') {
      // "going to meet", "plans to meet" → future; other infinitives undecided
      const head = t.text[j - 1]?.toLowerCase() ?? '';
      const lemma = t.lemma[j - 1] ?? '';
      return PLAN.has(head) || PLAN.has(lemma) ? 'future' : null;
    }
    if (t.pos[j] === 'AUX' && w !== 'not' && w !== "n't") return null;
  }
  if (word.endsWith('ing')) return null;
  const lemma = t.lemma[k].toLowerCase();
  // "planned a rally on Saturday", "scheduled talks for Monday": the plan points ahead
  if (PLAN.has(lemma) && lemma !== 'set' && lemma !== 'hope') return 'future';
  if (word === lemma) return 'present';
  if (word === lemma + 's' || word === lemma + 'es' || word.endsWith('s') && !word.endsWith('ss')) return 'present';
  return 'past';
}
