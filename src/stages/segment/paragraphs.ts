/**
 * @module Paragraph boundaries from line breaks. Blank lines always separate paragraphs. A single
 * line break separates them too, unless the text is hard-wrapped (most lines of similar, typewriter
 * length), where it only continues the sentence.
 */
import type { Paragraph } from '../../model/layers.js';

export function findParagraphs(text: string): Paragraph[] {
  const breaks = isHardWrapped(text) ? /\r?\n[ \t\u00a0]*(?:\r?\n[ \t\u00a0]*)+/g : /(?:\r?\n|\r)+/g;
  const out: Paragraph[] = [];
  const push = (a: number, b: number) => {
    while (a < b && isSpace(text.charCodeAt(a))) a++;
    while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
    if (b > a) out.push({ start: a, end: b });
  };
  let start = 0;
  for (const m of text.matchAll(breaks)) {
    push(start, m.index);
    start = m.index + m[0].length;
  }
  push(start, text.length);
  return out;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x3000 || c === 0xfeff;
}

/** True when the text has at least 4 lines and most non-final ones are 40–100 characters long. */
function isHardWrapped(text: string): boolean {
  const lines = text.split(/\r?\n/).filter((l) => l.trim().length > 0);
  if (lines.length < 4) return false;
  let typewriter = 0;
  for (let i = 0; i < lines.length - 1; i++) {
    const n = lines[i].length;
    if (n >= 40 && n <= 100) typewriter++;
  }
  return typewriter >= 0.8 * (lines.length - 1);
}
