/**
 * @module Spans: half-open ranges of UTF-16 code units into a document's original text.
 *
 * `start` is the first code unit of the region, `end` the first one *after* it (what
 * `String.prototype.slice` takes). Every annotation sitrep emits is a span, so anyone can check it by
 * slicing the text.
 */

export interface Span {
  start: number;
  end: number;
}

/** A span that also carries the text it covers; `text === document.text.slice(start, end)`. */
export interface TextSpan extends Span {
  text: string;
}

export class SpanError extends Error {
  constructor(message: string, readonly span: Span) {
    super(message);
    this.name = 'SpanError';
  }
}

/** Throws unless `span` lies inside a text of `length` code units and is not inverted. */
export function checkSpan(span: Span, length: number): void {
  const { start, end } = span;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > length) {
    throw new SpanError(`span ${start}-${end} is outside a text of length ${length}`, span);
  }
}

export function overlaps(a: Span, b: Span): boolean {
  return Math.min(a.end, b.end) > Math.max(a.start, b.start);
}

export function contains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

export function overlapLength(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** Sort key: by start, longer first; stable for equal spans. */
export function bySpan(a: Span, b: Span): number {
  return a.start - b.start || b.end - a.end;
}
