import { describe, expect, it } from 'vitest';
import { analyzeJson } from '../../test/support.js';
import { bratAnnotation, codePointOffsets } from './exports.js';

/** The text-bound lines of a .ann file: type, code-point start and end, text. */
function textBound(ann: string): { type: string; start: number; end: number; text: string }[] {
  return ann.split('\n').filter((l) => /^T\d+\t/.test(l)).map((l) => {
    const [, where, text] = l.split('\t');
    const [type, start, end] = where.split(' ');
    return { type, start: Number(start), end: Number(end), text };
  });
}

describe('brat offsets count code points', () => {
  it('identity without astral characters', () => expect(codePointOffsets('héllo — ok')(7)).toBe(7));
  it('one less after an emoji', () => expect(codePointOffsets('😀 Idlib')(3)).toBe(2));
  it('an offset inside a pair maps to its code point', () => expect(codePointOffsets('a😀b')(2)).toBe(1));
  it('the end of the text', () => expect(codePointOffsets('😀😀')(4)).toBe(2));
  it('a lone surrogate counts as one', () => expect(codePointOffsets('\uDC00😀x')(3)).toBe(2));

  it('an emoji-prefixed article: each span, sliced by code points, is its text', () => {
    const json = analyzeJson({ id: 'emoji', text: '🔴📢 Russian warplanes struck the town of Jisr al-Shughur in Idlib on Tuesday, a monitor said. 🇸🇾 Rebels shelled Aleppo.', published: '2018-09-06' });
    const codePoints = [...(json.document as { text: string }).text];
    const spans = textBound(bratAnnotation(json));
    expect(spans.length).toBeGreaterThan(4);
    expect(spans.map((s) => s.type)).toEqual(expect.arrayContaining(['Place', 'Assault']));
    for (const s of spans) expect(codePoints.slice(s.start, s.end).join('').replace(/\s+/g, ' ')).toBe(s.text);
  });
});
