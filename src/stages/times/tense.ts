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
  // The right-hand search pauses at a comma: a time expression belongs to the clause it stands in
  // ("admit them in early March, an official said" is not past), and the verb after a comma is
  // that of the clause only when the left side has none ("On Friday, the army withdrew").
  let pause = -1;
  for (let d = 1; d < 40; d++) {
    const left = first - d;
    const right = last - 1 + d;
    if (left < lo && (right >= hi || pause >= 0)) break;
    if (left >= lo) {
      if (isQuote(t, left)) lo = left + 1;
      else {
        const v = verbTense(t, left, from);
        if (v !== undefined) return v;
      }
    }
    if (right < hi && pause < 0) {
      if (isQuote(t, right)) hi = right;
      else if (CLAUSE_BREAK.has(t.text[right])) pause = right;
      else {
        const v = verbTense(t, right, from);
        if (v !== undefined) return v;
      }
    }
  }
  // nothing on the left: the clause goes on after the comma
  for (let k = pause + 1; pause >= 0 && k < Math.min(hi, pause + 40); k++) {
    if (isQuote(t, k)) break;
    const v = verbTense(t, k, from);
    if (v !== undefined) return v;
  }
  return null;
}

const CLAUSE_BREAK = new Set([',', ';', '--', '—', '–']);

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
    // "officials hardened their stance": a past form between a noun and its object, tagged as an
    // adjective (wink's tagger does this to verbs it knows less well)
    if (pos === 'ADJ' && pastBetween(t, k, from)) return 'past';
    // "due to", "expected to" (adjectival uses)
    return undefined;
  }
  // "Hale vs. Pierce", "Harbor Land Rises": a capitalised word inside the sentence is a name
  if (k > from && isCapitalised(t.text[k]) && !isQuote(t, k - 1) && t.pos[k - 1] !== 'PUNCT') return undefined;
  const word = t.text[k].toLowerCase();
  if (FUTURE_AUX.has(word)) return 'future';
  if (PAST_AUX.has(word)) {
    // "was scheduled for Friday", "were planning a rally on Saturday": a plan made in the past
    // points after it, on either side of the publication date
    return planNext(t, k) ? null : 'past';
  }
  if (PERFECT.has(word)) return perfect(t, k) ? 'past' : 'present';
  if (PRESENT_AUX.has(word)) {
    // "it's been a cold winter": "has" in its short form, the perfect
    if ((word === "'s" || word === '’s') && t.lower[k + 1] === 'been') return 'past';
    // "is going to", "is expected to", "is due to", "is scheduled for" → future
    return planNext(t, k) ? 'future' : 'present';
  }
  if (pos === 'AUX') return MODAL.has(word) ? 'present' : undefined; // can, must, may: not past
  // main verb: the auxiliaries before it decide
  for (let j = k - 1; j >= Math.max(from, k - 3); j--) {
    const w = t.text[j].toLowerCase();
    if (FUTURE_AUX.has(w)) return 'future';
    if (PAST_AUX.has(w) || PERFECT.has(w)) return isPlan(t, k) && w !== 'had' ? null : 'past';
    if (PRESENT_AUX.has(w)) return isPlan(t, k) ? 'future' : 'present'; // "is meeting", "is heard" (passive)
    if (w === 'to') {
      // "going to meet", "plans to meet" → future; after a present or future verb ("wants to meet",
      // "will try to meet") the infinitive's event lies ahead; after a past one ("agreed to buy",
      // "planned to pay", "had been due to lapse") it may lie on either side of the publication
      // date: undecided
      const head = t.text[j - 1]?.toLowerCase() ?? '';
      const lemma = t.lemma[j - 1] ?? '';
      if (PLAN.has(head) || PLAN.has(lemma)) return planTense(t, j - 1, from);
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
  // "plans a rally on Saturday" points ahead; "planned a rally on Saturday" ahead of a past
  // moment, on either side of the publication date
  if (PLAN.has(lemma) && lemma !== 'set' && lemma !== 'hope') return word === lemma || word.endsWith('s') ? 'future' : null;
  if (word === lemma) return 'present';
  if (word === lemma + 's' || word === lemma + 'es' || word.endsWith('s') && !word.endsWith('ss')) return 'present';
  return 'past';
}

/** A word of planning (not "set" or "hope", which have other senses) at token k. */
function isPlan(t: Tokens, k: number): boolean {
  const lemma = t.lemma[k]?.toLowerCase() ?? '';
  const word = t.text[k]?.toLowerCase() ?? '';
  return (PLAN.has(word) || PLAN.has(lemma)) && lemma !== 'set' && lemma !== 'hope' && word !== 'set';
}

/** The auxiliary at k is followed (adverbs aside) by a word of planning: "was scheduled", "is due". */
function planNext(t: Tokens, k: number): boolean {
  for (let j = k + 1; j < Math.min(t.text.length, k + 4); j++) {
    if (isPlan(t, j) || (PLAN.has(t.text[j].toLowerCase()) && t.text[j + 1]?.toLowerCase() === 'to')) return true;
    if (t.pos[j] !== 'ADV' && t.pos[j] !== 'PART' && t.pos[j] !== 'AUX') return false;
  }
  return false;
}

/** The tense a plan word at k ("due", "expected", "planned") gives the infinitive after it: ahead
 * when the plan is present ("is due to", "plans to"), undecided when it was made in the past ("was
 * due to", "had been scheduled to", "planned to"). */
function planTense(t: Tokens, k: number, from: number): Tense {
  for (let j = k - 1; j >= Math.max(from, k - 3); j--) {
    const w = t.text[j].toLowerCase();
    if (PAST_AUX.has(w)) return null;
    if (FUTURE_AUX.has(w) || PRESENT_AUX.has(w) || PERFECT.has(w) || MODAL.has(w)) return 'future';
    if (t.pos[j] !== 'ADV' && t.pos[j] !== 'PART' && t.pos[j] !== 'AUX') break;
  }
  const word = t.text[k].toLowerCase();
  const lemma = t.lemma[k]?.toLowerCase() ?? word;
  // a bare past form ("planned to", "expected to") with no auxiliary
  if ((t.pos[k] === 'VERB' || t.pos[k] === 'AUX') && word !== lemma && word.endsWith('ed')) return null;
  return 'future';
}

function isCapitalised(w: string): boolean {
  const c = w.charCodeAt(0);
  return c >= 65 && c <= 90 && w !== 'I' && w.slice(1) !== w.slice(1).toUpperCase();
}

/** An "-ed" word tagged as an adjective after a noun or pronoun subject and before a determiner or
 * pronoun object ("officials hardened their stance"): a verb in the past. */
function pastBetween(t: Tokens, k: number, from: number): boolean {
  const w = t.text[k];
  if (k <= from || !w.endsWith('ed') || w.length < 5) return false;
  const before = t.pos[k - 1];
  const after = t.pos[k + 1];
  return (before === 'NOUN' || before === 'PROPN' || before === 'PRON') && (after === 'DET' || after === 'PRON');
}
