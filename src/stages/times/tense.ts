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

const QUOTES = new Set(['"', "''", '``', '`', '“', '”', '«', '»']);

/** A quotation mark: one of QUOTES, or the straight apostrophes of a TeX-style '' (wink splits it). */
function isQuote(t: Tokens, k: number): boolean {
  const w = t.text[k];
  if (QUOTES.has(w)) return true;
  return w === "'" && (t.text[k + 1] === "'" || t.text[k - 1] === "'");
}

/**
 * Tense of the clause around tokens [first, last) within the sentence [from, to): the nearest verb
 * group on either side. The search does not cross quotation marks (the "said" after a quotation does
 * not give the tense of the words quoted), and an infinitive ("agreed to buy it in February") stops
 * it undecided: its event may lie after the verb that governs it.
 */
export function tenseAround(t: Tokens, first: number, last: number, from: number, to: number): Tense {
  let lo = from;
  let hi = to;
  for (let d = 1; d < 40; d++) {
    const left = first - d;
    const right = last - 1 + d;
    if (left < lo && right >= hi) break;
    if (left >= lo) {
      if (isQuote(t, left)) lo = left + 1;
      else {
        const v = verbTense(t, left, from);
        if (v !== undefined) return v;
      }
    }
    if (right < hi) {
      if (isQuote(t, right)) hi = right;
      else {
        const v = verbTense(t, right, from);
        if (v !== undefined) return v;
      }
    }
  }
  return null;
}

/** "has" before a participle ("has risen", "has not yet been") is the perfect; "has no estimate" is
 * the present of possession (wink tags both AUX). */
function perfect(t: Tokens, k: number): boolean {
  for (let j = k + 1; j < Math.min(t.text.length, k + 4); j++) {
    const pos = t.pos[j];
    if (t.lower[j] === 'to') return false; // "has to leave"
    if (pos === 'VERB' || pos === 'AUX') return true;
    if (pos !== 'ADV' && pos !== 'PART') return false;
  }
  return false;
}

/** The tense a verb gives, null when it decides nothing (bare infinitive), undefined when no verb. */
function verbTense(t: Tokens, k: number, from: number): Tense | undefined {
  const pos = t.pos[k];
  if (pos !== 'VERB' && pos !== 'AUX') {
    // "due to", "expected to" (adjectival uses)
    return undefined;
  }
  const word = t.text[k].toLowerCase();
  if (FUTURE_AUX.has(word)) return 'future';
  if (PAST_AUX.has(word)) return 'past';
  if (PERFECT.has(word)) return perfect(t, k) ? 'past' : 'present';
  if (PRESENT_AUX.has(word)) {
    // "is going to", "is expected to", "is due to" → future
    const next = t.text[k + 1]?.toLowerCase();
    if (next && PLAN.has(next) && t.text[k + 2]?.toLowerCase() === 'to') return 'future';
    return 'present';
  }
  if (pos === 'AUX') return MODAL.has(word) ? 'present' : undefined; // can, must, may: not past
  // main verb: the auxiliaries before it decide
  for (let j = k - 1; j >= Math.max(from, k - 3); j--) {
    const w = t.text[j].toLowerCase();
    if (FUTURE_AUX.has(w)) return 'future';
    if (PAST_AUX.has(w) || PERFECT.has(w)) return 'past';
    if (PRESENT_AUX.has(w)) return 'present'; // "is meeting", "is heard" (passive)
    if (w === 'to') {
      // "going to meet", "plans to meet" → future; after a present or future verb ("wants to meet",
      // "will try to meet") the infinitive's event lies ahead; after a past one ("agreed to buy") it
      // may lie on either side of the publication date: undecided
      const head = t.text[j - 1]?.toLowerCase() ?? '';
      const lemma = t.lemma[j - 1] ?? '';
      if (PLAN.has(head) || PLAN.has(lemma)) return 'future';
      for (let g = j - 1; g >= Math.max(from, j - 6); g--) {
        if (isQuote(t, g)) break;
        const v = verbTense(t, g, from);
        if (v !== undefined) return v === 'future' || v === 'present' ? 'future' : null;
      }
      return null;
    }
    if (t.pos[j] === 'AUX' && w !== 'not' && w !== "n't") return undefined;
  }
  if (word.endsWith('ing')) return undefined;
  const lemma = t.lemma[k].toLowerCase();
  // "planned a rally on Saturday", "scheduled talks for Monday": the plan points ahead
  if (PLAN.has(lemma) && lemma !== 'set' && lemma !== 'hope') return 'future';
  if (word === lemma) return 'present';
  if (word === lemma + 's' || word === lemma + 'es' || word.endsWith('s') && !word.endsWith('ss')) return 'present';
  return 'past';
}
