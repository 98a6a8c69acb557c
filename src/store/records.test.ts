import { describe, expect, it } from 'vitest';
import type { DocumentJson } from '../output/json.js';
import { csvCell } from '../api/routes/exports.js';
import { contentHash, documentMeta, entityKey, extractRecords, slug, valueInterval } from './records.js';
import { fts5Query } from './sqlite/index.js';
import { numberPlaceholders, tsQuery } from './postgres/index.js';

const doc = (over: Record<string, unknown> = {}): DocumentJson =>
  ({ schema: 'sitrep/1', document: { id: 'd', title: null, source: null, url: null, published: '2018-09-06', language: 'en', text: 'Rebels shelled Idlib on Monday.' }, ...over }) as DocumentJson;

describe('entity keys', () => {
  it('a catalogue ref when there is one', () => expect(entityKey({ ref: 'actors:islamic-state', kind: 'armed_group', name: 'IS' })).toBe('actors:islamic-state'));
  it('else kind and name', () => expect(entityKey({ kind: 'country', name: 'Côte d’Ivoire' })).toBe('country:cote-d-ivoire'));
  it('possessives and punctuation fold', () => expect(slug("France's  Army!")).toBe('france-army'));
  it('nothing left', () => expect(slug('!!')).toBe('unnamed'));
});

describe('TIMEX3 values as day intervals', () => {
  it('a day', () => expect(valueInterval('2018-09-06')).toEqual(['2018-09-06', '2018-09-06']));
  it('a month', () => expect(valueInterval('2016-02')).toEqual(['2016-02-01', '2016-02-29']));
  it('a year', () => expect(valueInterval('2014')).toEqual(['2014-01-01', '2014-12-31']));
  it('not a calendar value', () => expect(valueInterval('PAST_REF')).toBeNull());
  it('a season is left to the times stage (from/to)', () => expect(valueInterval('2018-FA')).toBeNull());
});

describe('documents the store refuses', () => {
  it('another schema', () => expect(() => documentMeta({ ...doc(), schema: 'sitrep/2' })).toThrow(/schema must be "sitrep\/1"/));
  it('no id', () => expect(() => documentMeta(doc({ document: { text: 'x' } }))).toThrow(/document.id/));
  it('no text', () => expect(() => documentMeta(doc({ document: { id: 'x' } }))).toThrow(/document.text/));
  it('a bad date', () => expect(() => documentMeta(doc({ document: { id: 'x', text: '', published: '6 Sept' } }))).toThrow(/YYYY-MM-DD/));
});

describe('rows from layers', () => {
  it('an event without its own time is dated by publication, and says so', () => {
    const r = extractRecords(doc({
      entities: [{ id: 'E1', name: 'Rebels', kind: 'armed_group', country: null, sector: 'REB', mentions: [{ start: 0, end: 6, text: 'Rebels' }] }],
      events: [{ id: 'V1', type: 'ASSAULT', mode: null, actors: ['E1', 'E9'], recipients: [], place: null, time: null, status: 'asserted', attributedTo: null,
        trigger: { start: 7, end: 14 }, evidence: { start: 0, end: 31 }, acled: null, confidence: 0.7 }],
    }));
    expect(r.events[0]).toMatchObject({ dateFrom: '2018-09-06', dateBasis: 'published', triggerText: 'shelled', evidenceText: 'Rebels shelled Idlib on Monday.' });
    expect(r.events[0].participants.map((p) => p.key)).toEqual(['armed_group:rebels', 'unresolved:E9']);
  });
  it('the content hash changes with the text or the metadata, not with the id', () => {
    const m = documentMeta(doc());
    expect(contentHash(m)).toBe(contentHash({ ...m, id: 'other' }));
    expect(contentHash(m)).not.toBe(contentHash({ ...m, text: `${m.text} ` }));
    expect(contentHash(m)).not.toBe(contentHash({ ...m, published: '2018-09-07' }));
  });
});

describe('query text is never query syntax', () => {
  it('FTS5', () => expect(fts5Query('al-Assad "NEAR" OR *')).toBe('"al" "Assad" "NEAR" "OR"'));
  it('FTS5, nothing searchable', () => expect(fts5Query('"*"')).toBe('""'));
  it('PostgreSQL', () => expect(tsQuery("Assad's & !forces")).toBe('Assad s forces'));
  it('placeholders', () => expect(numberPlaceholders('a = ? AND b IN (?, ?)')).toBe('a = $1 AND b IN ($2, $3)'));
});

describe('CSV cells', () => {
  it('quotes commas, quotes and newlines', () => expect(csvCell('a, "b"\nc')).toBe('"a, ""b""\nc"'));
  it('defuses spreadsheet formulas', () => expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`));
  it('leaves negative numbers alone', () => expect(csvCell(-3.5)).toBe('-3.5'));
  it('empty for null', () => expect(csvCell(null)).toBe(''));
});
