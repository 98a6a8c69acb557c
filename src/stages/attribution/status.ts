/**
 * @module Status of every clause: asserted by the article, reported, alleged, hedged, forecast,
 * planned, negated or hypothetical, with the quote and claim it belongs to. Clauses are cut from
 * sentences at attribution boundaries, subordinators, relatives and semicolons (no parser); each gets
 * its main predicate (first verb) and the markers that set its status. The events stage asks
 * `statusAt(layer, token)` for the clause holding a trigger word.
 */
import type { Tokens } from '../../model/layers.js';
import type { Span } from '../../model/span.js';
import type { NormalForms } from '../../lexicon/phrases.js';
import { WordBits } from '../../util/vocabulary.js';
import { NO_CLAIM, type ClaimType, type CueType } from './lexicon.js';
import type { Range } from './find.js';

export type ClauseStatusName = 'asserted' | 'reported' | 'alleged' | 'hedged' | 'forecast' | 'planned' | 'negated' | 'hypothetical';

/** Most decisive first: the order in which a clause's flags pick its `status`. */
export const STATUS_PRECEDENCE: readonly ClauseStatusName[] = ['hypothetical', 'negated', 'forecast', 'planned', 'alleged', 'hedged', 'reported', 'asserted'];

export interface ClauseStatus extends Span {
  tokenStart: number;
  /** One past the last token. */
  tokenEnd: number;
  /** Main predicate: the first verb of the clause (else the first auxiliary), or -1. */
  head: number;
  /** The deciding status (first of `flags` in `STATUS_PRECEDENCE`). */
  status: ClauseStatusName;
  /** Every status that applies ("reported" and "forecast" for a reported prediction). */
  flags: ClauseStatusName[];
  /** Tokens that set the flags: cue, hedge, modal, negation, conditional. */
  markers: number[];
  /** Quote (Q…) and claim (C…) whose content holds the clause; null for the article's own voice. */
  quote: string | null;
  claim: string | null;
  /** Type of that claim: a clause of a pledge is `planned` with claimType `pledge`. */
  claimType: ClaimType | null;
  /** Entity id of the speaker of that quote, when resolved. */
  speaker: string | null;
}

export interface StatusLayer {
  clauses: ClauseStatus[];
  /** Clause index of each token (-1 outside any clause: white space is not a token, so never). */
  clauseOf: Int32Array;
}

/** The clause holding token `i`, or null. */
export function statusAt(layer: StatusLayer, i: number): ClauseStatus | null {
  const k = i >= 0 && i < layer.clauseOf.length ? layer.clauseOf[i] : -1;
  return k >= 0 ? layer.clauses[k] : null;
}

export interface ContentRef {
  content: Range;
  cue: Range | null;
  cueType: CueType;
  /** Whether the attribution names a source ("polls show" against "seems"). */
  source: boolean;
  quote: string;
  claim: string | null;
  type: ClaimType | null;
  speaker: string | null;
}

const SUBORDINATORS = new Set(['if', 'unless', 'because', 'although', 'though', 'whereas', 'while', 'once', 'until', 'whether']);
const RELATIVES = new Set(['who', 'which', 'whom', 'whose']);
const CONDITIONAL = new Set(['if', 'unless']);
const NEGATION = new Set(['not', "n't", 'never', 'no', 'neither', 'nor', 'nobody', 'nothing', 'none', 'without']);
const FUTURE = new Set(['will', "'ll", 'shall', 'wo']);
const PLAN_WORDS = new Set(['plan', 'intend', 'prepare', 'schedule', 'aim', 'upcoming', 'planned', 'scheduled', 'pledge', 'promise', 'vow']);
const FORECAST_WORDS = new Set(['expect', 'forecast', 'predict', 'likely', 'set', 'due', 'poised']);
const NOUNISH = new Set(['NOUN', 'PROPN']);
const ALLEGE_WORDS = new Set(['allegedly', 'alleged', 'accuse', 'accused', 'allege', 'purportedly', 'purported']);
// Word classes, as bits.
const W_NEG = 1;
const W_FUTURE = 2;
const W_PLAN = 4;
const W_FORECAST = 8;
const W_ALLEGE = 16;
const W_HEDGE = 32;
const W_WOULD = 64;
const W_MODAL = 128;
const W_IF = 256;
const SKIP_POS = new Set(['PUNCT', 'PROPN', 'NUM', 'SYM', 'CCONJ', 'DET', 'X', 'SPACE']);
const FLAG_BIT: Record<ClauseStatusName, number> = { hypothetical: 1, negated: 2, forecast: 4, planned: 8, alleged: 16, hedged: 32, reported: 64, asserted: 128 };
/** Classes by written form and by lemma, in one look-up each. */
const FORM_CLASS = new Map<string, number>();
const LEMMA_CLASS = new Map<string, number>();
const addClass = (map: Map<string, number>, words: Iterable<string>, bit: number) => {
  for (const w of words) map.set(w, (map.get(w) ?? 0) | bit);
};
addClass(FORM_CLASS, NEGATION, W_NEG);
addClass(FORM_CLASS, FUTURE, W_FUTURE);
addClass(FORM_CLASS, ['going'], W_FUTURE);
addClass(FORM_CLASS, ['would', 'could'], W_WOULD);
addClass(FORM_CLASS, ['would', 'could', 'might', 'will', "'ll"], W_MODAL);
addClass(FORM_CLASS, CONDITIONAL, W_IF);
addClass(LEMMA_CLASS, PLAN_WORDS, W_PLAN);
addClass(LEMMA_CLASS, FORECAST_WORDS, W_FORECAST);
addClass(LEMMA_CLASS, ALLEGE_WORDS, W_ALLEGE);
/** The same classes readable by word id (an array read per token). */
const FORM_BITS = new WordBits(FORM_CLASS);
const LEMMA_BITS = new WordBits(LEMMA_CLASS);

export function computeStatuses(
  tokens: Tokens,
  forms: NormalForms,
  sentences: readonly { tokenStart: number; tokenEnd: number }[],
  contents: ContentRef[],
  hedgeMatches: readonly Range[],
): StatusLayer {
  const n = tokens.length;
  // Innermost content holding each token (contents sorted outer first, so later ones overwrite).
  const contentOf = new Int32Array(n).fill(-1);
  // A stance ("backed Oduya", "soldiers, backed by militia fighters, made gains") attributes no
  // proposition: the article asserts the stance and its object keeps the status the article gives it.
  // Evidence without a source ("seems to", "is expected to") qualifies the article's own statement:
  // the hedge and forecast markers below say how.
  const order = contents.map((_, k) => k).filter((k) => !NO_CLAIM.has(contents[k].cueType) && (contents[k].cueType !== 'evidence' || contents[k].source)).sort((a, b) => (contents[b].content[1] - contents[b].content[0]) - (contents[a].content[1] - contents[a].content[0]));
  for (const k of order) contentOf.fill(k, contents[k].content[0], contents[k].content[1]);
  const isCue = new Uint8Array(n);
  for (const c of contents) if (c.cue && !NO_CLAIM.has(c.cueType)) isCue.fill(1, c.cue[0], c.cue[1]);
  const hedgeAt = new Uint8Array(n);
  for (const m of hedgeMatches) hedgeAt.fill(1, m[0], m[1]);

  const clauses: ClauseStatus[] = [];
  const clauseOf = new Int32Array(n).fill(-1);
  for (const s of sentences) {
    // Cut points inside the sentence.
    const cuts: number[] = [s.tokenStart];
    for (let i = s.tokenStart + 1; i < s.tokenEnd; i++) {
      const l = forms.lower[i];
      const cut =
        contentOf[i] !== contentOf[i - 1] ||
        l === ';' ||
        (tokens.pos[i] === 'SCONJ' && SUBORDINATORS.has(l)) ||
        (tokens.pos[i] === 'PRON' && RELATIVES.has(l)) ||
        (l === 'but' && forms.lower[i - 1] === ',');
      if (cut) cuts.push(i);
    }
    cuts.push(s.tokenEnd);
    let pending: ClauseStatus | null = null;
    for (let k = 0; k + 1 < cuts.length; k++) {
      const a = cuts[k];
      const b = cuts[k + 1];
      if (a >= b) continue;
      let head = -1;
      for (let i = a; i < b && head < 0; i++) if (tokens.pos[i] === 'VERB' && !isCue[i]) head = i;
      for (let i = a; i < b && head < 0; i++) if (tokens.pos[i] === 'AUX' || tokens.pos[i] === 'VERB') head = i;
      // A verbless piece joins the clause before it (same content), else the one after.
      if (head < 0 && pending && contentOf[a] === contentOf[pending.tokenStart]) {
        pending.tokenEnd = b;
        pending.end = tokens.end[b - 1];
        continue;
      }
      const ci = contentOf[a];
      const ref = ci >= 0 ? contents[ci] : null;
      const clause: ClauseStatus = {
        start: tokens.start[a],
        end: tokens.end[b - 1],
        tokenStart: a,
        tokenEnd: b,
        head,
        status: 'asserted',
        flags: [],
        markers: [],
        quote: ref?.quote ?? null,
        claim: ref?.claim ?? null,
        claimType: ref?.type ?? null,
        speaker: ref?.speaker ?? null,
      };
      clauses.push(clause);
      pending = clause;
    }
  }
  // Word classes of every token, computed once (the clause loop below reads bits, not sets).
  const word = new Uint16Array(n);
  const conditionalSentence = new Uint8Array(sentences.length);
  for (let i = 0; i < n; i++) {
    // Most tokens are in no class: two array reads rule them out before anything else.
    const byForm = FORM_BITS.at(forms.lower, forms.lowerId, i);
    const byLemma = LEMMA_BITS.at(forms.lemma, forms.lemmaId, i);
    if (!byForm && !byLemma && !hedgeAt[i]) continue;
    const pos0 = tokens.pos[i];
    // Names, numbers, punctuation and conjunctions carry no marker (nor, but for "no longer", do
    // determiners).
    if (!hedgeAt[i] && SKIP_POS.has(pos0) && !(pos0 === 'DET' && forms.lower[i] === 'no')) continue;
    const l = forms.lower[i];
    const pos = tokens.pos[i];
    let w = 0;
    if (byForm & W_NEG && (pos === 'PART' || pos === 'ADV' || l === 'never' || (l === 'no' && forms.lower[i + 1] === 'longer'))) w |= W_NEG;
    if (byForm & W_FUTURE && pos === 'AUX') w |= W_FUTURE;
    if (l === 'going' && forms.lower[i + 1] === 'to' && tokens.pos[i + 2] === 'VERB') w |= W_FUTURE;
    if (byLemma & W_PLAN && (forms.lower[i + 1] === 'to' || pos === 'ADJ' || pos === 'VERB')) w |= W_PLAN;
    if (byLemma & W_FORECAST && forms.lower[i + 1] === 'to') w |= W_FORECAST;
    // An adjective ("purported targets", "alleged killer") qualifies its noun, not the clause: that is
    // framing (Doubt), and the clause stays as it is.
    const adjective = pos === 'ADJ' || (pos === 'VERB' && NOUNISH.has(tokens.pos[i + 1] ?? ''));
    if (byLemma & W_ALLEGE && !adjective) w |= W_ALLEGE;
    if (hedgeAt[i] && !isCue[i] && !adjective) w |= W_HEDGE;
    if (byForm & W_WOULD && pos === 'AUX') w |= W_WOULD;
    w |= byForm & W_MODAL;
    if (byForm & W_IF) {
      w |= W_IF;
      conditionalSentence[tokens.sentence[i]] = 1;
    }
    word[i] = w;
  }
  // Flags, then the deciding status.
  clauses.forEach((cl, idx) => {
    clauseOf.fill(idx, cl.tokenStart, cl.tokenEnd);
    let flags = 0;
    const mark = (f: ClauseStatusName, i: number) => {
      flags |= FLAG_BIT[f];
      if (!cl.markers.includes(i)) cl.markers.push(i);
    };
    const ci = contentOf[cl.tokenStart];
    if (ci >= 0) {
      const ref = contents[ci];
      const cue = ref.cue ? ref.cue[0] : cl.tokenStart;
      // A wish or plan ("wants to", "plans to") is planned by its source, not reported.
      if (ref.cueType === 'intent') mark('planned', cue);
      else {
        if (ref.type === 'allegation') mark('alleged', cue);
        else if (ref.type === 'pledge') mark('planned', cue);
        else if (ref.type === 'forecast') mark('forecast', cue);
        mark('reported', cue);
      }
    }
    const first = cl.tokenStart;
    if (word[first] & W_IF) mark('hypothetical', first);
    // Markers up to the head (and just after it, for "is not", "will not").
    const until = cl.head >= 0 ? Math.min(cl.tokenEnd, cl.head + 2) : cl.tokenEnd;
    for (let i = cl.tokenStart; i < cl.tokenEnd; i++) {
      const w = word[i];
      if (!w) continue;
      if (i < until && w & W_NEG) mark('negated', i);
      if (i < until && w & W_FUTURE) mark('forecast', i);
      if (w & W_PLAN) mark('planned', i);
      if (w & W_FORECAST) mark('forecast', i);
      if (w & W_ALLEGE) mark('alleged', i);
      if (w & W_HEDGE) mark('hedged', i);
      if (i < until && w & W_WOULD) {
        // "would" in reported speech is the future of the past; elsewhere a conditional.
        if (ci >= 0) mark('forecast', i);
        else if (conditionalSentence[tokens.sentence[cl.tokenStart]]) mark('hypothetical', i);
      }
    }
    // The main clause of an "if" sentence ("If X, Y would …").
    if (!(flags & FLAG_BIT.hypothetical) && idx > 0 && word[clauses[idx - 1].tokenStart] & W_IF && tokens.sentence[clauses[idx - 1].tokenStart] === tokens.sentence[cl.tokenStart]) {
      for (let i = cl.tokenStart; i < cl.tokenEnd; i++) if (word[i] & W_MODAL) mark('hypothetical', i);
    }
    cl.flags = flags ? STATUS_PRECEDENCE.filter((f) => flags & FLAG_BIT[f]) : ['asserted'];
    cl.status = cl.flags[0];
    if (cl.markers.length > 1) cl.markers.sort((x, y) => x - y);
  });
  return { clauses, clauseOf };
}
