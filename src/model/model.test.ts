import { describe, expect, it } from 'vitest';
import { isRealDate, SitrepDocument, normalizePublished } from './document.js';
import { locator } from './location.js';
import { checkSpan, overlaps, SpanError } from './span.js';

describe('spans', () => {
  it('are half-open UTF-16 ranges checked against the text', () => {
    const doc = new SitrepDocument({ id: 'd', text: 'Idlib 😀 Hama' });
    expect(doc.span(0, 5)).toEqual({ start: 0, end: 5, text: 'Idlib' });
    // The emoji is two UTF-16 code units, as JavaScript's slice counts them.
    expect(doc.span(9, 13).text).toBe('Hama');
    expect(() => doc.span(3, 2)).toThrow(SpanError);
    expect(() => doc.span(0, 99)).toThrow(/outside a text of length 13/);
    expect(() => checkSpan({ start: 0.5, end: 1 }, 3)).toThrow(SpanError);
  });

  it('overlap is strict: touching spans do not overlap', () => {
    expect(overlaps({ start: 0, end: 3 }, { start: 3, end: 5 })).toBe(false);
    expect(overlaps({ start: 0, end: 4 }, { start: 3, end: 5 })).toBe(true);
  });

  it('offsets convert to 1-based lines and columns and back', () => {
    const loc = locator('ab\ncd\n\nef');
    expect(loc.toPoint(4)).toEqual({ line: 2, column: 2, offset: 4 });
    expect(loc.toPoint(7)).toEqual({ line: 4, column: 1, offset: 7 });
    expect(loc.toOffset(2, 2)).toBe(4);
  });
});

describe('document', () => {
  it('keeps the text exactly and normalizes the publication date', () => {
    const text = 'a\r\n  b\t“c”';
    const doc = new SitrepDocument({ id: 'x', text, published: '2018-09-06T10:00:00Z' });
    expect(doc.text).toBe(text);
    expect(doc.meta).toEqual({ id: 'x', title: null, source: null, url: null, published: '2018-09-06', language: 'en' });
  });

  it('refuses impossible dates instead of guessing', () => {
    expect(normalizePublished('2018-02-31')).toBe(null);
    expect(normalizePublished('not a date')).toBe(null);
    expect(normalizePublished('Thu, 06 Sep 2018 10:00:00 GMT')).toBe('2018-09-06');
  });

  it('warns, naming the document, when a publication date is not one, and keeps reader diagnostics', () => {
    const note = { severity: 'info', source: 'ingest', rule: 'ingest/encoding', message: 'decoded as windows-1252' } as const;
    const doc = new SitrepDocument({ id: 'd9', text: 'x', published: 'Draft 7', diagnostics: [note] });
    expect(doc.meta.published).toBe(null);
    expect(doc.diagnostics).toEqual([note, expect.objectContaining({ severity: 'warning', rule: 'ingest/published', message: 'document d9: publication date not understood, ignored: "Draft 7"' })]);
    expect(new SitrepDocument({ id: 'd', text: 'x', published: '' }).diagnostics).toEqual([]);
  });

  it('names the document and the layer when a layer is missing', () => {
    const doc = new SitrepDocument({ id: 'doc-7', text: 'x' });
    expect(() => doc.get('tokens')).toThrow("document doc-7 has no 'tokens' layer");
    expect(doc.maybe('tokens')).toBeUndefined();
  });

  it('survives a JSON round trip of its layers', () => {
    const doc = new SitrepDocument({ id: 'd', text: 'Daesh' });
    doc.set('frames', [{ start: 0, end: 5, text: 'Daesh', technique: 'Name_Calling,Labeling' }]);
    expect(JSON.parse(JSON.stringify(doc.get('frames')))).toEqual(doc.get('frames'));
  });
});

describe('publication dates', () => {
  // Every case reads the day the publisher wrote; none depends on the machine's time zone (the suite
  // is also run with TZ=Europe/Berlin and TZ=America/Los_Angeles).
  it.each([
    ['2018-09-06', '2018-09-06'],
    ['2018-09-06T10:00:00Z', '2018-09-06'],
    ['2018-09-06T23:30:00-05:00', '2018-09-06'],
    ['2018-09-06T00:30:00+09:00', '2018-09-06'],
    ['2018-09-06 10:00:00.000+0000', '2018-09-06'],
    ['Thu, 06 Sep 2018 23:30:00 -0500', '2018-09-06'],
    ['Thu, 06 Sep 2018 00:15:00 +1000', '2018-09-06'],
    ['6 Sep 2018 10:00 GMT', '2018-09-06'],
    ['September 6, 2018', '2018-09-06'],
    ['6 September 2018', '2018-09-06'],
    ['Sep. 6, 2018', '2018-09-06'],
    ['Sept. 6, 2018', '2018-09-06'],
    ['Thursday, September 6, 2018 10:04 AM EDT', '2018-09-06'],
    ['  6th  September  2018 ', '2018-09-06'],
    ['February 29, 2020', '2020-02-29'],
  ])('%s → %s', (input, day) => expect(normalizePublished(input)).toBe(day));

  it.each(['Draft 7', '1', '2018', '06/09/2018', '2018-02-30', 'February 29, 2019', '31 April 2018', 'yesterday', '2018-09-06 is the day', 'Sep 2018', 'Thu, 06 Sep 2018 25:00:00 GMT', ''])(
    '%j → null',
    (input) => expect(normalizePublished(input)).toBe(null),
  );

  it('isRealDate takes only YYYY-MM-DD days that exist', () => {
    expect(isRealDate('2020-02-29')).toBe(true);
    expect(isRealDate('2018-02-30')).toBe(false);
    expect(isRealDate('2018-9-6')).toBe(false);
    expect(isRealDate('2018-09-06T00:00')).toBe(false);
  });
});
