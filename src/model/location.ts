/**
 * @module Offset ↔ line/column conversion, kept apart from spans so spans stay plain numbers.
 * Lines and columns are 1-based; columns count UTF-16 code units, as offsets do.
 */

export interface Point {
  line: number;
  column: number;
  offset: number;
}

export function locator(text: string): { toPoint(offset: number): Point; toOffset(line: number, column: number): number } {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) === 10) lineStarts.push(i + 1);
  }
  return {
    toPoint(offset: number): Point {
      let lo = 0;
      let hi = lineStarts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (lineStarts[mid] <= offset) lo = mid;
        else hi = mid - 1;
      }
      return { line: lo + 1, column: offset - lineStarts[lo] + 1, offset };
    },
    toOffset(line: number, column: number): number {
      const start = lineStarts[line - 1];
      if (start === undefined) return -1;
      return start + column - 1;
    },
  };
}
