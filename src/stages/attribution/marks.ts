/**
 * @module Direct quotations from quotation marks: pairs opening and closing marks (curly, straight,
 * guillemets, single curly) on the token table. Straight marks are told apart by spacing. A quote left
 * open at the end of a paragraph continues when the next paragraph opens with a mark (the newspaper
 * convention for a quotation running over several paragraphs); otherwise it ends with its paragraph.
 */
import type { Sentence, Tokens } from '../../model/layers.js';

export interface MarkedQuote {
  /** Token of the opening mark. */
  open: number;
  /** Token of the closing mark, or the last token of the quote when it was never closed. */
  close: number;
  /** True when a closing mark ends it. */
  closed: boolean;
  /** Words inside. */
  words: number;
  /** True when the inside holds a sentence end (. ! ?) or spans sentences. */
  sentential: boolean;
}

const OPEN_DOUBLE = new Set(['“', '«', '„', '``']);
const CLOSE_DOUBLE = new Set(['”', '»', "''"]);
const OPEN_SINGLE = new Set(['‘']);
const CLOSE_SINGLE = new Set(['’']);

type Role = 'open' | 'close';

function role(tokens: Tokens, i: number, opens: Set<string>, closes: Set<string>, ambiguous: string | null): Role | null {
  const t = tokens.text[i];
  const next = i + 1 < tokens.length ? i + 1 : -1;
  const attachedNext = next >= 0 && !tokens.spaceBefore[next] && tokens.kind[next] !== 'punctuation';
  const spaced = i === 0 || tokens.spaceBefore[i] === 1;
  // An opening mark typed where a closing one belongs ('“It's unusual,“ said …'): attached to the
  // word before, a space after.
  if (opens.has(t)) return !spaced && next >= 0 && tokens.spaceBefore[next] === 1 && /[.,!?…]$/.test(tokens.text[i - 1]) ? 'close' : 'open';
  if (closes.has(t)) {
    // A closing mark used as an opening one (a frequent slip: ”Mr. Haddad …).
    if (spaced && attachedNext && (i === 0 || tokens.sentence[i - 1] !== tokens.sentence[i] || tokens.spaceBefore[i])) {
      const prev = i > 0 ? tokens.text[i - 1] : '';
      if (i === 0 || /[.!?:,;(\[—–-]$/.test(prev) || tokens.sentence[i - 1] !== tokens.sentence[i]) return 'open';
    }
    return 'close';
  }
  if (t === ambiguous) {
    if (spaced && attachedNext) return 'open';
    if (!spaced) return 'close';
    return next >= 0 && !tokens.spaceBefore[next] ? 'open' : 'close';
  }
  return null;
}

function pair(tokens: Tokens, sentences: readonly Sentence[], opens: Set<string>, closes: Set<string>, ambiguous: string | null, inside: Uint8Array | null): MarkedQuote[] {
  const out: MarkedQuote[] = [];
  const paraOf = (i: number) => sentences[tokens.sentence[i]]?.paragraph ?? 0;
  const paraEnd = (i: number) => {
    const p = paraOf(i);
    let k = i;
    while (k + 1 < tokens.length && paraOf(k + 1) === p) k++;
    return k;
  };
  const paraStart = (i: number) => i === 0 || paraOf(i - 1) !== paraOf(i);
  let open = -1;
  /** Paragraph the open quote has reached (it may continue over paragraph breaks). */
  let reached = -1;
  let reachedToken = -1;
  const finish = (close: number, closed: boolean) => {
    let words = 0;
    let sentential = tokens.sentence[open] !== tokens.sentence[close];
    for (let k = open + 1; k < close; k++) {
      if (tokens.kind[k] === 'word' || tokens.kind[k] === 'number') words++;
      else if (k < close - 1 && /^[.!?]+$/.test(tokens.text[k])) sentential = true;
    }
    out.push({ open, close, closed, words, sentential });
    open = -1;
  };
  for (let i = 0; i < tokens.length; i++) {
    // A mark is punctuation, or a two-character mark written as a word (`` or ''): a token is its
    // text slice, so its length rules out most words without reading their text.
    if (tokens.kind[i] !== 'punctuation' && (tokens.end[i] - tokens.start[i] !== 2 || (tokens.text[i] !== '``' && tokens.text[i] !== "''"))) continue;
    if (inside && inside[i]) continue;
    // Two straight apostrophes as one double mark (''like this'', the NYT archive style): the
    // tokenizer gives two tokens; the mark is the pair, opening at its first, closing at its second.
    let r: Role | null;
    if (ambiguous && tokens.text[i] === "'" && i + 1 < tokens.length && tokens.text[i + 1] === "'" && !tokens.spaceBefore[i + 1]) {
      const spaced = i === 0 || tokens.spaceBefore[i] === 1;
      const attachedNext = i + 2 < tokens.length && !tokens.spaceBefore[i + 2] && tokens.kind[i + 2] !== 'punctuation';
      r = spaced && attachedNext ? 'open' : !spaced ? 'close' : attachedNext ? 'open' : 'close';
      if (r === 'close') {
        i++;
        // ",'''": a single mark closed first, then the double one ('… the word 'old-school,'''').
        if (i + 1 < tokens.length && tokens.text[i + 1] === "'" && !tokens.spaceBefore[i + 1]) i++;
      }
    } else if (ambiguous && tokens.text[i] === "'" && i + 1 < tokens.length && !tokens.spaceBefore[i + 1] && /^'[A-Za-z]/.test(tokens.text[i + 1]) && (i === 0 || tokens.spaceBefore[i] === 1 || tokens.sentence[i - 1] !== tokens.sentence[i])) {
      // "''A museum …": the tokenizer kept the second apostrophe on the word; the pair opens here.
      r = 'open';
    } else r = role(tokens, i, opens, closes, ambiguous);
    if (!r) continue;
    const para = paraOf(i);
    if (open >= 0 && para !== reached) {
      if (r === 'open' && para === reached + 1 && paraStart(i)) {
        // The newspaper convention: a quotation running over paragraphs reopens each one.
        reached = para;
        reachedToken = i;
        continue;
      }
      finish(paraEnd(reachedToken), false);
    }
    if (r === 'open') {
      // A second opening in the same paragraph means the first was a stray mark.
      open = i;
      reached = para;
      reachedToken = i;
    } else if (open >= 0) finish(i, true);
  }
  if (open >= 0) finish(paraEnd(reachedToken), false);
  return out;
}

/** Double-mark quotations first, then single-mark ones outside them (headline style ‘…’). */
export function findMarkedQuotes(tokens: Tokens, sentences: readonly Sentence[]): MarkedQuote[] {
  const doubles = pair(tokens, sentences, OPEN_DOUBLE, CLOSE_DOUBLE, '"', null);
  const inside = new Uint8Array(tokens.length);
  for (const q of doubles) inside.fill(1, q.open, q.close + 1);
  // A lone ’ closes a single quote only if an opening ‘ precedes it; apostrophes inside words are
  // part of word tokens and never reach here.
  const singles = pair(tokens, sentences, OPEN_SINGLE, CLOSE_SINGLE, null, inside).filter((q) => q.closed);
  return [...doubles, ...singles].sort((a, b) => a.open - b.open);
}
