/**
 * @module Token look-ups shared by stages: char offset → token, span → token range, and snapping a
 * character span to token boundaries under a named policy (spaCy's `alignment_mode`).
 */
import type { Tokens } from './layers.js';
import type { Span } from './span.js';

/** Index of the first token whose end is after `offset` (the token at or after it), or `length`. */
export function tokenAtOrAfter(tokens: Tokens, offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens.end[mid] <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the token covering `offset`, or -1 when it falls on white space or outside. */
export function tokenAt(tokens: Tokens, offset: number): number {
  const i = tokenAtOrAfter(tokens, offset);
  return i < tokens.length && tokens.start[i] <= offset ? i : -1;
}

/** Token range `[first, last)` of the tokens that overlap `span`. */
export function tokenRange(tokens: Tokens, span: Span): [number, number] {
  const first = tokenAtOrAfter(tokens, span.start);
  let last = first;
  while (last < tokens.length && tokens.start[last] < span.end) last++;
  return [first, last];
}

export type Alignment = 'strict' | 'contract' | 'expand';

/**
 * Snaps `span` to token boundaries. `strict`: null unless it already starts and ends on boundaries;
 * `contract`: the tokens wholly inside; `expand`: every token it touches. Null when nothing is left.
 */
export function snapSpan(tokens: Tokens, span: Span, mode: Alignment): Span | null {
  const [first, last] = tokenRange(tokens, span);
  if (first >= last) return null;
  if (mode === 'expand') return { start: Math.min(span.start, tokens.start[first]), end: Math.max(span.end, tokens.end[last - 1]) };
  let a = first;
  let b = last;
  if (mode === 'strict') {
    return tokens.start[a] === span.start && tokens.end[b - 1] === span.end ? { start: span.start, end: span.end } : null;
  }
  while (a < b && tokens.start[a] < span.start) a++;
  while (b > a && tokens.end[b - 1] > span.end) b--;
  return a < b ? { start: tokens.start[a], end: tokens.end[b - 1] } : null;
}

/** The span covering tokens `[first, last)`. */
export function tokenSpan(tokens: Tokens, first: number, last: number): Span {
  return { start: tokens.start[first], end: tokens.end[last - 1] };
}
