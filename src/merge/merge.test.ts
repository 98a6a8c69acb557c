import { describe, expect, it } from 'vitest';
import { compareClaims, EventMerger, haversineKm, shingles, type EventFacts, type PlaceFacts } from './index.js';

const merger = new EventMerger();
const P = {
  syria: { name: 'Syria', geonameid: 163843, feature: 'PCLI', country: 'SY', admin1: null, lat: 35, lon: 38 },
  idlibProvince: { name: 'Idlib', geonameid: 169387, feature: 'ADM1', country: 'SY', admin1: '12', lat: 35.75, lon: 36.6 },
  idlib: { name: 'Idlib', geonameid: 169389, feature: 'PPLA', country: 'SY', admin1: '12', lat: 35.93, lon: 36.63 },
  saraqib: { name: 'Saraqib', geonameid: 169897, feature: 'PPL', country: 'SY', admin1: '12', lat: 35.86, lon: 36.8 },
  aleppo: { name: 'Aleppo', geonameid: 170063, feature: 'PPLA', country: 'SY', admin1: '09', lat: 36.2, lon: 37.16 },
  mosul: { name: 'Mosul', geonameid: 99072, feature: 'PPLA', country: 'IQ', admin1: '15', lat: 36.34, lon: 43.13 },
} satisfies Record<string, PlaceFacts>;

function ev(docId: string, over: Partial<Omit<EventFacts, 'participants'>> & { who?: string[] } = {}): EventFacts {
  const who = over.who ?? ['actors:russia'];
  return {
    docId, id: 'V1', type: 'ASSAULT', status: 'asserted', place: P.idlib, dateFrom: '2018-09-04', dateTo: '2018-09-04', dateBasis: 'time', ...over,
    participants: new Map(who.map((k) => [k, { name: k.split(':')[1], kind: k.startsWith('population:') ? 'population' : 'country' }])),
  };
}
const two = ['actors:russia', 'population:civilians', 'actors:syria'];
const same = (a: EventFacts, b: EventFacts) => merger.compare(a, b).match;
const why = (a: EventFacts, b: EventFacts) => merger.compare(a, b).reasons.join(' | ');

describe('events: joined', () => {
  it('same type, actor, place and day', () => expect(same(ev('a'), ev('b'))).toBe(true));
  it('compatible types (ASSAULT / COERCE)', () => expect(same(ev('a'), ev('b', { type: 'COERCE' }))).toBe(true));
  it('asserted by one outlet, alleged by another', () => expect(same(ev('a'), ev('b', { status: 'alleged' }))).toBe(true));
  it('a town and a town nearby (≈ 15 km)', () => expect(why(ev('a'), ev('b', { place: P.saraqib }))).toMatch(/km apart/));
  it('a town inside the province named by the other, the same who → whom', () => expect(why(ev('a', { who: two }), ev('b', { who: two, place: P.idlibProvince }))).toMatch(/Idlib is in Idlib.*anchor: the same participants/s));
  it('a town inside the country named by the other, the same who → whom', () => expect(why(ev('a', { who: two }), ev('b', { who: two, place: P.syria }))).toMatch(/is in Syria/));
  it('a place on one side only, the same who → whom', () => expect(same(ev('a', { who: two }), ev('b', { who: two, place: null }))).toBe(true));
  it('dates a day apart (report lag)', () => expect(same(ev('a'), ev('b', { dateFrom: '2018-09-05', dateTo: '2018-09-05' }))).toBe(true));
  it('a day inside a month', () => expect(same(ev('a'), ev('b', { dateFrom: '2018-09-01', dateTo: '2018-09-30' }))).toBe(true));

  it('one of several actors shared', () => expect(same(ev('a', { who: ['actors:russia', 'actors:syria'] }), ev('b'))).toBe(true));
  it('no actors on one side, same place', () => expect(same(ev('a'), ev('b', { who: [] }))).toBe(true));
  it('no place on either side: the same participants on dates both give', () =>
    expect(why(ev('a', { place: null, who: ['actors:russia', 'actors:syria'] }), ev('b', { place: null, who: ['actors:syria', 'actors:russia'] }))).toMatch(/the same participants/));
  it('a year-long span with the same place on both sides', () =>
    expect(same(ev('a', { place: P.syria, dateFrom: '2014-09-01', dateTo: '2018-09-06' }), ev('b', { place: P.syria, dateFrom: '2014-09-01', dateTo: '2018-09-06' }))).toBe(true));
});

describe('events: kept apart', () => {
  it('a shared actor, the same country, the same day: no anchor', () => expect(why(ev('a', { place: P.syria }), ev('b', { place: P.syria }))).toMatch(/anchor: neither/));
  it('a town inside the province, one actor: no anchor', () => expect(why(ev('a'), ev('b', { place: P.idlibProvince }))).toMatch(/anchor: neither/));
  it('the same who → whom dated by publication only: no anchor', () =>
    expect(why(ev('a', { who: two, place: P.syria }), ev('b', { who: two, place: P.syria, dateBasis: 'published' }))).toMatch(/anchor: neither/));
  it('same article', () => expect(same(ev('a'), ev('a'))).toBe(false));
  it('incompatible types', () => expect(why(ev('a'), ev('b', { type: 'AGREE' }))).toMatch(/not compatible/));
  it('a forecast and a fact', () => expect(why(ev('a'), ev('b', { status: 'forecast' }))).toMatch(/status/));
  it('a denial and an assertion', () => expect(same(ev('a'), ev('b', { status: 'negated' }))).toBe(false));
  it('towns 100 km apart', () => expect(why(ev('a'), ev('b', { place: P.aleppo }))).toMatch(/km apart/));
  it('a town in another country', () => expect(same(ev('a'), ev('b', { place: P.mosul }))).toBe(false));
  it('dates a week apart', () => expect(why(ev('a'), ev('b', { dateFrom: '2018-09-11', dateTo: '2018-09-11' }))).toMatch(/do not overlap/));
  it('no date', () => expect(same(ev('a'), ev('b', { dateFrom: null, dateTo: null }))).toBe(false));
  it('different actors', () => expect(why(ev('a'), ev('b', { who: ['actors:turkey'] }))).toMatch(/none shared/));
  it('only a generic population shared', () =>
    expect(why(ev('a', { who: ['actors:russia', 'population:civilians'] }), ev('b', { who: ['actors:us', 'population:civilians'] }))).toMatch(/names no one in particular/));
  it('no actors on one side, the same country only', () => expect(why(ev('a', { place: P.syria }), ev('b', { who: [], place: P.syria }))).toMatch(/not the same town/));
  it('a day inside a four-year span, the same country', () =>
    expect(why(ev('a', { place: P.syria }), ev('b', { place: P.syria, dateFrom: '2014-09-01', dateTo: '2018-09-06' }))).toMatch(/not one happening/));
  it('a day inside a year, even in the same town', () => expect(why(ev('a'), ev('b', { dateFrom: '2018-01-01', dateTo: '2018-12-31' }))).toMatch(/not one happening/));
  it('no actors on one side, the same town, a month-long span', () =>
    expect(why(ev('a', { dateFrom: '2018-09-01', dateTo: '2018-09-30' }), ev('b', { who: [], dateFrom: '2018-09-01', dateTo: '2018-09-30' }))).toMatch(/spans more than a week/));
  it('a continent is an area', () =>
    expect(why(ev('a', { place: { ...P.syria, name: 'Europe', geonameid: 6255148, feature: 'CONT', country: null } }), ev('b', { who: [], place: { ...P.syria, name: 'Europe', geonameid: 6255148, feature: 'CONT', country: null } }))).toMatch(/not the same town/));
  it('no actors on one side, another place', () => expect(same(ev('a'), ev('b', { who: [], place: P.saraqib }))).toBe(false));
  it('no place on either side, one actor of several shared', () =>
    expect(why(ev('a', { place: null, who: ['actors:is', 'actors:syria'] }), ev('b', { place: null, who: ['actors:is'] }))).toMatch(/participants differ/));
  it('no place on either side, one participant only', () =>
    expect(why(ev('a', { place: null }), ev('b', { place: null }))).toMatch(/too few participants/));
  it('no place on either side, a month-long span', () =>
    expect(why(ev('a', { place: null, who: ['actors:russia', 'actors:syria'] }), ev('b', { place: null, who: ['actors:russia', 'actors:syria'], dateFrom: '2018-09-01', dateTo: '2018-09-30' }))).toMatch(/spans more than a few days/));
  it('a year-long span, a place on one side only', () =>
    expect(why(ev('a', { dateFrom: '2018-01-01', dateTo: '2018-12-31' }), ev('b', { place: null }))).toMatch(/joins only with a place both reports name/));
  it('no place on either side, dated only by publication', () =>
    expect(why(ev('a', { place: null, who: ['actors:russia', 'actors:syria'] }), ev('b', { place: null, who: ['actors:russia', 'actors:syria'], dateBasis: 'published' }))).toMatch(/not the report’s own/));
});

describe('events: scoring prefers the closer match', () => {
  it('same town scores above containment', () => {
    expect(merger.compare(ev('a'), ev('b')).score).toBeGreaterThan(merger.compare(ev('a'), ev('b', { place: P.syria })).score);
  });
  it('candidate types and statuses', () => {
    expect(merger.compatibleTypes('ASSAULT').sort()).toEqual(['ASSAULT', 'COERCE']);
    expect(merger.compatibleStatuses('alleged')).toContain('asserted');
    expect(merger.compatibleStatuses('forecast')).not.toContain('asserted');
  });
  it('haversine', () => expect(haversineKm(35.93, 36.63, 36.2, 37.16)).toBeCloseTo(56.5, 0));
});

const claim = (docId: string, text: string, speakerKey: string | null = 'actors:lecointre', published = '2018-09-06') => ({
  docId, id: 'Q1', speakerKey, speakerName: speakerKey, text, published,
});
const QUOTE = 'Once the physical caliphate has fallen... we will pose the question of how to reconfigure Operation Inherent Resolve';

describe('statements', () => {
  it('the same quote, other punctuation', () => expect(compareClaims(claim('a', QUOTE), claim('b', QUOTE.replace('...', ' …').toUpperCase())).match).toBe(true));
  it('a partial quote of the same words', () => expect(compareClaims(claim('a', QUOTE), claim('b', 'we will pose the question of how to reconfigure Operation Inherent Resolve')).match).toBe(true));
  it('speaker unresolved on one side', () => expect(compareClaims(claim('a', QUOTE), claim('b', QUOTE, null)).reasons.join()).toMatch(/not resolved on one side/));
  it('another speaker', () => expect(compareClaims(claim('a', QUOTE), claim('b', QUOTE, 'actors:macron')).match).toBe(false));
  it('another statement', () => expect(compareClaims(claim('a', QUOTE), claim('b', 'We will stay in Syria as long as needed to defeat the group')).match).toBe(false));
  it('too short to tell', () => expect(compareClaims(claim('a', 'as soon as I can'), claim('b', 'as soon as I can')).reasons.join()).toMatch(/too short/));
  it('published a month apart', () => expect(compareClaims(claim('a', QUOTE), claim('b', QUOTE, 'actors:lecointre', '2018-10-08')).match).toBe(false));
  it('a paraphrased forecast: same speaker, same deadline, shared content words', () => {
    const a = { ...claim('a', 'that the physical annihilation of the so-called caliphate would “probably” occur “late autumn.”'), kind: 'forecast', deadline: '2018-12-20' };
    const b = { ...claim('b', "that the fall of the jihadists' last pockets would probably come in late autumn"), kind: 'forecast', deadline: '2018-12-20' };
    expect(compareClaims(a, b).reasons.join()).toMatch(/paraphrased.*probably, late, autumn/);
    expect(compareClaims(a, { ...b, deadline: '2018-12-31' }).match).toBe(false);
    expect(compareClaims(a, { ...b, speakerKey: null }).match).toBe(false);
    expect(compareClaims({ ...a, kind: 'statement' }, { ...b, kind: 'statement' }).match).toBe(false);
  });
  it('shingles ignore case, accents and punctuation', () => expect([...shingles('Élan, vital!')]).toEqual(['elan vital']));
});
