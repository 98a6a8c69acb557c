/**
 * Golden test: the events of the seed article (samples/seed/article.txt), row by row of the reference
 * table: type, actors, recipients, place, time and status. At least 12 of the 14 must come out right;
 * the ones that do not are listed by the test (see also eval/RESULTS.md).
 */
import { describe, expect, it } from 'vitest';
import type { Entity, Place, SitrepEvent, Timex } from '../../model/layers.js';
import { analyzeDoc, seedText } from '../../../test/support.js';
import type { TerritorialState } from './states.js';

const doc = analyzeDoc({ text: seedText(), published: '2018-09-06' });
const events = doc.get('events');
const entities = doc.get('entities');
const places = doc.get('places');
const times = doc.get('times');
const states = doc.get('states') as TerritorialState[];

const name = (id: string) => entities.find((e: Entity) => e.id === id)?.name ?? '';
const placeOf = (e: SitrepEvent) => places.find((p: Place) => p.id === e.place);
const timeOf = (e: SitrepEvent): { value?: string; from?: string | null; to?: string | null } | undefined =>
  typeof e.time === 'string' ? times.find((t: Timex) => t.id === e.time) : ((e.time as { value: string } | null) ?? undefined);
const some = (ids: string[], re: RegExp) => ids.some((id) => re.test(name(id)));

const IS = /^Islamic State$/;
const US = /^United States$|coalition/i;

interface Row {
  row: number;
  what: string;
  ok: (e: SitrepEvent) => boolean;
}

const ROWS: Row[] = [
  { row: 1, what: 'US + allies → Islamic State, ASSAULT, Iraq, 2014-08, asserted', ok: (e) => e.type === 'ASSAULT' && some(e.actors, US) && some(e.recipients, IS) && timeOf(e)?.value === '2014-08' && placeOf(e)?.country === 'IQ' && e.status === 'asserted' },
  { row: 2, what: 'Islamic State seizes land in Iraq, COERCE, 2014 before August, asserted', ok: (e) => e.type === 'COERCE' && some(e.actors, IS) && placeOf(e)?.country === 'IQ' && (timeOf(e)?.value ?? '').startsWith('2014') && e.status === 'asserted' },
  { row: 3, what: 'US + allies → Islamic State, ASSAULT aerial, Syria, since 2014-09, asserted', ok: (e) => e.type === 'ASSAULT' && e.mode === 'aerial' && some(e.actors, US) && some(e.recipients, IS) && placeOf(e)?.country === 'SY' && timeOf(e)?.from === '2014-09-01' && e.status === 'asserted' },
  { row: 4, what: 'US-led coalition → civilians, ASSAULT, Syria, alleged', ok: (e) => e.type === 'ASSAULT' && some(e.actors, /coalition/i) && some(e.recipients, /civilians/i) && placeOf(e)?.country === 'SY' && e.status === 'alleged' },
  { row: 5, what: 'Islamic State → civilians and the Syrian army, ASSAULT, Syria, asserted', ok: (e) => e.type === 'ASSAULT' && some(e.actors, IS) && some(e.recipients, /civilians/i) && some(e.recipients, /Syrian military/) && placeOf(e)?.country === 'SY' && e.status === 'asserted' },
  { row: 6, what: 'Syrian army (+ militias) → Islamic State and others, ASSAULT or COERCE, Syria, recent, asserted', ok: (e) => (e.type === 'ASSAULT' || e.type === 'COERCE') && some(e.actors, /Syrian military/) && some(e.recipients, IS) && placeOf(e)?.country === 'SY' && timeOf(e)?.value === 'PAST_REF' && e.status === 'asserted' },
  { row: 7, what: 'Russia → Syrian government, AID, Syria, since 2015-09', ok: (e) => e.type === 'AID' && some(e.actors, /^Russia$/) && some(e.recipients, /Syrian government/) && placeOf(e)?.country === 'SY' && timeOf(e)?.from === '2015-09-01' && e.status === 'asserted' },
  { row: 8, what: 'Syrian government → Russia, REQUEST, 2015-09', ok: (e) => e.type === 'REQUEST' && some(e.actors, /Syrian government/) && some(e.recipients, /^Russia$/) && (timeOf(e)?.value ?? '').startsWith('2015-09') && e.status === 'asserted' },
  { row: 9, what: 'Russia → US-led coalition, ACCUSE or REJECT, before publication, reported', ok: (e) => (e.type === 'ACCUSE' || e.type === 'REJECT') && some(e.actors, /^Russia$/) && some(e.recipients, /coalition/i) && e.status === 'reported' },
  { row: 10, what: 'Iraqi government declares victory over Islamic State (CONCEDE), Iraq, 2017-12, reported', ok: (e) => e.type === 'CONCEDE' && some([...e.actors, ...e.recipients], IS) && some([...e.actors, ...e.recipients], /Iraqi government/) && placeOf(e)?.country === 'IQ' && timeOf(e)?.value === '2017-12' && e.status === 'reported' },
  { row: 11, what: 'Lecointre → French contingent, RETREAT, future, pledged', ok: (e) => e.type === 'RETREAT' && some(e.actors, /Lecointre|France|French/) && some(e.recipients, /French military/) && timeOf(e)?.value === 'FUTURE_REF' && e.status === 'pledged' },
  { row: 12, what: 'Islamic State driven out of Syria by the end of 2018, forecast', ok: (e) => some([...e.actors, ...e.recipients], IS) && placeOf(e)?.country === 'SY' && timeOf(e)?.to === '2018-12-31' && e.status === 'forecast' },
  { row: 13, what: 'Syrian army → militants, upcoming operation in Idlib, planned', ok: (e) => e.type === 'ASSAULT' && some(e.actors, /Syrian military/) && placeOf(e)?.feature === 'ADM1' && /Idlib/.test(placeOf(e)?.name ?? '') && (e.status === 'planned' || e.status === 'forecast') },
];

/** Rows not read right yet (see eval/RESULTS.md, events). */
const KNOWN_MISSES = new Set<number>([]);

describe('seed article: events', () => {
  const results = ROWS.map((r) => ({ ...r, found: events.some(r.ok) }));
  const states14 = states.some((s) => s.type === 'control' && s.status === 'asserted' && s.places.some((p) => /Idlib/.test(places.find((x) => x.id === p)?.name ?? '')));
  results.push({ row: 14, what: 'militants hold Idlib (a state, not an event)', ok: () => states14, found: states14 });

  it('reads at least 12 of the 14 rows of the reference table', () => {
    const missing = results.filter((r) => !r.found).map((r) => `#${r.row} ${r.what}`);
    expect(missing.length, `missing:\n${missing.join('\n')}`).toBeLessThanOrEqual(2);
  });

  for (const r of results) {
    // Rows sitrep does not get yet are marked as known failures: the test flags them the day they pass.
    const test = KNOWN_MISSES.has(r.row) ? it.fails : it;
    test(`row ${r.row}: ${r.what}`, () => expect(r.found).toBe(true));
  }

  it('keeps territorial control apart from events', () => {
    expect(states.map((s) => s.status).sort()).toEqual(['asserted', 'asserted', 'asserted', 'negated', 'past']);
    expect(events.every((e) => e.trigger.text !== 'militant-held')).toBe(true);
  });

  it('gives every event a trigger and evidence that slice the text, and an ACLED mapping for violence', () => {
    for (const e of events) {
      expect(doc.text.slice(e.trigger.start, e.trigger.end)).toBe((e.trigger as { text: string }).text);
      if (e.type === 'ASSAULT') expect(e.acled).not.toBeNull();
    }
  });
});
