import { describe, expect, it } from 'vitest';
import type { DocumentJson } from '../output/json.js';
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

describe('when an event happened (the dates /api/events filters on)', () => {
  const text = 'Rebels shelled Idlib on Monday. Turkey pledged aid. The army will retake the town by 2019.';
  const times = [
    { id: 'T1', start: 24, end: 30, text: 'Monday', type: 'DATE', value: '2018-09-03', mod: null, from: '2018-09-03', to: '2018-09-03' },
    { id: 'T2', start: 82, end: 89, text: 'by 2019', type: 'DATE', value: '2019', mod: 'BEFORE', from: '2018-09-06', to: '2019-12-31' },
    { id: 'T3', start: 0, end: 6, text: 'Rebels', type: 'DATE', value: 'FUTURE_REF', mod: null, from: '2018-09-06', to: null },
    { id: 'T4', start: 0, end: 6, text: 'Rebels', type: 'DATE', value: 'PAST_REF', mod: null, from: null, to: '2018-09-06' },
  ];
  const event = (time: unknown, status = 'asserted') => ({ id: 'V1', type: 'AID', mode: null, actors: [], recipients: [], place: null, time, status,
    attributedTo: null, trigger: { start: 39, end: 46 }, evidence: { start: 32, end: 51 }, acled: null, confidence: 0.5 });
  const dates = (time: unknown, status?: string, published: string | null = '2018-09-06') => {
    const [v] = extractRecords(doc({ document: { id: 'd', text, published }, times, events: [event(time, status)] })).events;
    return [v.dateFrom, v.dateTo, v.dateBasis];
  };
  it('its own time expression', () => expect(dates('T1')).toEqual(['2018-09-03', '2018-09-03', 'time']));
  it('a dated forecast keeps its date', () => expect(dates('T2', 'forecast')).toEqual(['2018-09-06', '2019-12-31', 'time']));
  it('no time: the publication day, said so', () => expect(dates(null)).toEqual(['2018-09-06', '2018-09-06', 'published']));
  it('the implied publication day', () => expect(dates({ value: '2018-09-06', from: '2018-09-06', to: '2018-09-06', source: 'published' })).toEqual(['2018-09-06', '2018-09-06', 'published']));
  it('an undated pledge (FUTURE_REF, to null) did not happen on publication day', () => expect(dates({ value: 'FUTURE_REF', from: '2018-09-06', to: null, source: 'published' }, 'pledged')).toEqual([null, null, 'undated']));
  it("the same with to: '' (as the events stage first wrote it)", () => expect(dates({ value: 'FUTURE_REF', from: '2018-09-06', to: '', source: 'published' }, 'pledged')).toEqual([null, null, 'undated']));
  it('an implied PAST_REF names no day either', () => expect(dates({ value: 'PAST_REF', from: null, to: '2018-09-06', source: 'published' })).toEqual([null, null, 'undated']));
  it('PRESENT_REF is the publication day', () => expect(dates({ value: 'PRESENT_REF', from: '2018-09-06', to: '2018-09-06', source: 'published' })).toEqual(['2018-09-06', '2018-09-06', 'published']));
  it('its own FUTURE_REF expression ("as soon as possible") is not publication day', () => expect(dates('T3', 'planned')).toEqual([null, null, 'undated']));
  it('its own PAST_REF expression ("recently")', () => expect(dates('T4')).toEqual([null, null, 'undated']));
  it('a forecast without any time is undated', () => expect(dates(null, 'forecast')).toEqual([null, null, 'undated']));
  it('nothing without a publication date', () => expect(dates(null, 'asserted', null)).toEqual([null, null, null]));
  it('the implied value is kept', () => {
    const [v] = extractRecords(doc({ document: { id: 'd', text, published: '2018-09-06' }, times, events: [event({ value: 'FUTURE_REF', from: '2018-09-06', to: null, source: 'published' }, 'pledged')] })).events;
    expect([v.timeId, v.timeValue]).toEqual([null, 'FUTURE_REF']);
  });
  it('a claim whose time is FUTURE_REF has no deadline; a dated one does', () => {
    const claims = extractRecords(doc({ document: { id: 'd', text, published: '2018-09-06' }, times, claims: [
      { id: 'C1', kind: 'pledge', content: { start: 32, end: 51 }, time: 'T3' },
      { id: 'C2', kind: 'forecast', content: { start: 52, end: 90 }, deadline: 'T2' },
    ] })).claims;
    expect(claims.map((c) => c.deadline)).toEqual([null, '2019-12-31']);
  });
});

describe('query text is never query syntax', () => {
  it('FTS5', () => expect(fts5Query('al-Assad "NEAR" OR *')).toBe('"al" "Assad" "NEAR" "OR"'));
  it('FTS5, nothing searchable', () => expect(fts5Query('"*"')).toBe('""'));
  it('PostgreSQL', () => expect(tsQuery("Assad's & !forces")).toBe('Assad s forces'));
  it('placeholders', () => expect(numberPlaceholders('a = ? AND b IN (?, ?)')).toBe('a = $1 AND b IN ($2, $3)'));
});
