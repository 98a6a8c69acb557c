import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { annotatedSamples } from '../../test/contract-docs.js';
import { describeStores } from '../../test/stores.js';
import { documentProblems } from '../../test/support.js';
import { eventExports } from '../output/exports.js';
import type { DocumentJson } from '../output/json.js';
import { contentHash, extractRecords } from './records.js';
import type { Store, StoryMember } from './types.js';

const ANALYZER = 'test';
const hashOf = (doc: DocumentJson) => contentHash(extractRecords(doc).meta);
const put = (store: Store, doc: DocumentJson, analyzer = ANALYZER) => store.putDocument(doc, { hash: hashOf(doc), analyzer });

describe('hand-annotated sample documents', () => {
  it('follow the contract', () => {
    for (const doc of annotatedSamples()) expect(documentProblems(doc)).toEqual([]);
  });
});

describeStores('store contract', (open) => {
  let store: Store;
  const docs = annotatedSamples();
  const [presstv, afp, daily, wire] = docs;
  beforeAll(async () => {
    store = await open();
    for (const d of docs) await put(store, d);
  });
  afterAll(async () => store?.close());

  it('returns each document exactly as stored', async () => {
    for (const d of docs) expect(await store.getDocument(d.document.id as string)).toEqual(d);
    expect(await store.getDocument('nope')).toBeNull();
  });

  it('skips an unchanged document and updates a changed one without duplicating rows', async () => {
    expect((await put(store, presstv)).status).toBe('unchanged');
    const before = await store.stats();
    const changed = structuredClone(presstv);
    changed.document.title = 'Seed, retitled';
    expect((await put(store, changed)).status).toBe('updated');
    expect((await store.getDocument(presstv.document.id as string))!.document.title).toBe('Seed, retitled');
    expect((await put(store, presstv)).status).toBe('updated');
    expect(await store.stats()).toEqual(before);
    // A new analyser re-stores an unchanged text.
    expect((await put(store, presstv, 'test 2')).status).toBe('updated');
    expect((await put(store, presstv, 'test 2')).status).toBe('unchanged');
  });

  it('queries events by actor, type, status, place, bbox, dates and text', async () => {
    const ids = (page: { items: { docId: string; id: string }[] }) => page.items.map((e) => `${e.docId}/${e.id}`).sort();
    expect((await store.queryEvents({})).total).toBe(7);
    expect(ids(await store.queryEvents({ actor: 'actors:russia' }))).toEqual([`${daily.document.id}/V1`, `${wire.document.id}/V1`]);
    expect((await store.queryEvents({ actor: 'Russia', role: 'recipient' })).total).toBe(0);
    expect((await store.queryEvents({ types: ['RETREAT'] })).total).toBe(2);
    expect((await store.queryEvents({ statuses: ['alleged'] })).items.map((e) => e.trigger)).toEqual(['targeting and killing']);
    expect((await store.queryEvents({ place: '169577' })).total).toBe(2);
    expect((await store.queryEvents({ place: 'sy' })).total).toBe(6);
    expect((await store.queryEvents({ place: 'Jisr ash Shughur' })).total).toBe(2);
    expect((await store.queryEvents({ bbox: [36, 35.5, 36.5, 36] })).total).toBe(2);
    expect((await store.queryEvents({ bbox: [0, 0, 10, 10] })).total).toBe(0);
    expect((await store.queryEvents({ from: '2018-09-03', to: '2018-09-04' })).total).toBe(4); // Jisr ×2, the two "since 2014" campaigns
    expect((await store.queryEvents({ to: '2014-08-31' })).total).toBe(0);
    expect(ids(await store.queryEvents({ q: 'warplanes' }))).toEqual([`${daily.document.id}/V1`]);
    expect((await store.queryEvents({ q: 'strikes' })).total).toBeGreaterThanOrEqual(1); // stemmed: "air strikes"
    expect((await store.queryEvents({ q: 'Russia' })).total).toBe(2); // actor names are searchable
    expect((await store.queryEvents({ q: '"); DROP TABLE events; --' })).total).toBe(0);
    const page = await store.queryEvents({ limit: 2, offset: 2 });
    expect(page.total).toBe(7);
    expect(page.items.length).toBe(2);
    const jisr = (await store.queryEvents({ doc: daily.document.id as string })).items[0];
    expect(jisr).toMatchObject({
      type: 'ASSAULT', mode: 'aerial', status: 'reported', dateFrom: '2018-09-04', dateTo: '2018-09-04', dateBasis: 'time', trigger: 'struck',
      place: { name: 'Jisr ash Shughur', geonameid: 169577, country: 'SY' }, acled: { sub_event_type: 'Air/drone strike' },
    });
    expect((daily.document.text as string).slice(jisr.evidence!.start, jisr.evidence!.end)).toBe(jisr.evidence!.text);
  });

  it('streams every matching event in query order, a keyset page at a time, without counting', async () => {
    const key = (e: { docId: string; id: string }) => `${e.docId}/${e.id}`;
    const all = (await store.queryEvents({ limit: 1000 })).items.map(key);
    const stream = async (q: Parameters<Store['queryEvents']>[0], page: number) => {
      const out: string[] = [];
      for await (const e of store.streamEvents(q, page)) out.push(key(e));
      return out;
    };
    for (const page of [1, 2, 3, 500]) expect(await stream({}, page)).toEqual(all);
    expect(await stream({ offset: 1, limit: 5 }, 2)).toEqual((await store.queryEvents({ offset: 1, limit: 5 })).items.map(key));
    expect(await stream({ types: ['ASSAULT', 'ASSAULT'] }, 2)).toEqual((await store.queryEvents({ types: ['ASSAULT'], limit: 1000 })).items.map(key));
    expect(await stream({ limit: 0 }, 2)).toEqual([]);
    const exported: string[] = [];
    for await (const e of store.streamEventExports({}, 3)) exported.push(key(e));
    expect(exported).toEqual(all);
  });

  it('exports the rows the command line writes, also for events stored before export rows existed', async () => {
    const rows = async () => {
      const out = [];
      for await (const e of store.streamEventExports({ doc: daily.document.id as string })) out.push(e);
      return out;
    };
    const stored = await rows();
    expect(stored.map(({ group, ...e }) => e)).toEqual(eventExports(daily));
    expect(stored[0].group).toMatchObject({ sources: 2 });
    // As a store migrated from schema version 1 has them: no export rows yet.
    await (store as unknown as { db: { run(sql: string): Promise<number> } }).db.run('UPDATE events SET export_row = NULL');
    expect(await rows()).toEqual(stored);
    for (const d of docs) await store.putDocument(d, { hash: hashOf(d), analyzer: ANALYZER, force: true });
  });

  it('merges one event reported by two outlets into one group with two sources, and says why', async () => {
    const groups = await store.queryEventGroups({ minSources: 2 });
    expect(groups.items.map((g) => [g.type, g.sources]).sort()).toEqual([['ASSAULT', 2], ['ASSAULT', 2], ['RETREAT', 2]]);
    const jisr = groups.items.find((g) => g.placeName === 'Jisr ash Shughur')!;
    expect(jisr).toMatchObject({ dateFrom: '2018-09-04', dateTo: '2018-09-04', records: 2 });
    const story = (await store.story('event', jisr.id))!;
    expect(story.members.map((m) => m.document.source).sort()).toEqual(['Sample Daily', 'Sample Wire']);
    const reason = story.members.find((m) => m.reason)!.reason!;
    expect(reason.reasons.join('\n')).toMatch(/type: both ASSAULT/);
    expect(reason.reasons.join('\n')).toMatch(/actors: shared .*Russia/);
    expect(reason.reasons.join('\n')).toMatch(/place: both Jisr ash Shughur/);
    expect(reason.reasons.join('\n')).toMatch(/date: 2018-09-04 overlaps 2018-09-04/);
    // The alleged killing of civilians by the coalition stays apart from the strikes on the group.
    const alleged = (await store.queryEvents({ statuses: ['alleged'] })).items[0];
    expect(alleged.cluster!.sources).toBe(1);
  });

  it('shows each outlet’s naming and framing side by side in a story', async () => {
    const g = (await store.queryEventGroups({ types: ['ASSAULT'], actor: 'actors:us-led-coalition', minSources: 2 })).items[0];
    const story = (await store.story('event', g.id))!;
    const bySource: Record<string, StoryMember> = Object.fromEntries(story.members.map((m) => [m.document.source, m]));
    expect(bySource['Press TV'].naming.find((n) => n.key === 'actors:islamic-state')!.mentions).toContain('Daesh Takfiri terrorist group');
    expect(bySource['Sample Wire'].naming.find((n) => n.key === 'actors:islamic-state')!.mentions).toContain('the Islamic State group');
    expect(bySource['Press TV'].framing.techniques.Doubt).toBe(3);
    expect(bySource['Sample Wire'].framing.techniques.Doubt).toBeUndefined();
    // A frame spans its clause; the story shows the words that carry it.
    expect(bySource['Press TV'].frames).toEqual([{ text: 'what are said to be', technique: 'Doubt' }]);
  });

  it('merges one quote carried by two outlets into one statement group', async () => {
    const groups = await store.queryClaimGroups({ minSources: 2 });
    expect(groups.total).toBe(1);
    expect(groups.items[0].label).toMatch(/^Francois Lecointre: Once the physical caliphate/);
    const story = (await store.story('claim', groups.items[0].id))!;
    expect(story.members.length).toBe(2);
    expect(story.members.find((m) => m.reason)!.reason!.reasons.join('\n')).toMatch(/speaker: both Francois Lecointre/);
  });

  it('undoes a merge and rebuilds it, per-article records unchanged', async () => {
    const jisr = (await store.queryEventGroups({ place: '169577', minSources: 2 })).items[0];
    expect(await store.splitGroup('event', jisr.id)).toBe(2);
    const after = await store.queryEvents({ place: '169577' });
    expect(new Set(after.items.map((e) => e.cluster!.id)).size).toBe(2);
    expect(after.items.every((e) => e.cluster!.sources === 1 && e.cluster!.reason === null)).toBe(true);
    const rebuilt = await store.rebuildMerges();
    expect(rebuilt.eventGroups).toBe(4);
    expect((await store.queryEventGroups({ minSources: 2 })).total).toBe(3);
    expect((await store.queryEvents({})).total).toBe(7);
  });

  it('lists entities across documents and follows one over time', async () => {
    const list = await store.listEntities({});
    expect(list.items[0]).toMatchObject({ key: 'actors:russia', documents: 4 });
    const is = (await store.getEntity('actors:islamic-state'))!;
    expect(is).toMatchObject({ name: 'Islamic State', kind: 'armed_group', documents: 2, events: 4 });
    expect((await store.listEntities({ q: 'russ' })).items.map((e) => e.key)).toEqual(['actors:russia']);
    expect(await store.getEntity('nobody')).toBeNull();
    expect((await store.queryClaims({ speaker: 'actors:francois-lecointre' })).total).toBe(2);
  });

  it('keeps a forecast ledger with deadlines, pending or past due', async () => {
    const early = await store.forecasts({ asOf: '2018-10-01' });
    expect(early.map((f) => [f.kind, f.by, f.who, f.deadline, f.state])).toEqual([
      ['RETREAT', 'Francois Lecointre', 'Islamic State', '2018-12-31', 'pending'],
      ['RETREAT', 'Francois Lecointre', 'Islamic State', '2018-12-31', 'pending'],
    ]);
    expect((await store.forecasts({ asOf: '2019-01-05' })).every((f) => f.state === 'past_due')).toBe(true);
    expect(await store.forecasts({ asOf: '2019-01-05', state: 'pending' })).toEqual([]);
  });

  it('searches documents by text with a highlighted snippet', async () => {
    const found = await store.listDocuments({ q: 'caliphate reconfigure' });
    expect(found.items.map((d) => d.source).sort()).toEqual(['Press TV', 'Sample Wire']);
    expect(found.items[0].snippet).toMatch(/«/);
    expect((await store.listDocuments({ source: 'Sample Daily' })).total).toBe(1);
    expect((await store.listDocuments({})).items[0].counts.events).toBeGreaterThan(0);
  });

  it('deletes a document: its groups shrink, the other records stay', async () => {
    expect(await store.deleteDocument(wire.document.id as string)).toBe(true);
    expect(await store.deleteDocument(wire.document.id as string)).toBe(false);
    const left = (await store.queryEvents({ place: '169577' })).items;
    expect(left.length).toBe(1);
    expect(left[0].cluster!.sources).toBe(1);
    expect((await store.queryEvents({ doc: afp.document.id as string })).total).toBe(2);
  });
});

describeStores('claims of the attribution layer', (open) => {
  it('are indexed once (not again as their quote), with type, status and deadline', async () => {
    const store = await open();
    try {
      const text = 'The minister said the army will retake the town before the end of the year.';
      const span = (t: string) => ({ start: text.indexOf(t), end: text.indexOf(t) + t.length, text: t });
      const doc: DocumentJson = {
        schema: 'sitrep/1',
        document: { id: 'claims-1', title: null, source: 'Test', url: null, published: '2018-09-06', language: 'en', text },
        entities: [{ id: 'E1', name: 'minister', kind: 'person', country: null, sector: 'GOV', mentions: [span('The minister')] }],
        times: [{ id: 'T1', ...span('before the end of the year'), type: 'DATE', value: '2018', mod: 'BEFORE', from: '2018-09-06', to: '2018-12-31' }],
        quotes: [{ id: 'Q1', kind: 'indirect', content: { start: 18, end: text.length - 1 }, cue: { start: 13, end: 17 }, source: { start: 0, end: 12 }, speaker: 'E1', claim: 'C1' }],
        claims: [{ id: 'C1', type: 'forecast', speaker: 'E1', source: span('The minister'), sourceKind: 'named', content: { start: 18, end: text.length - 1, text: text.slice(18, -1) },
          cue: span('said'), deadline: 'T1', hedges: [], status: 'forecast', quote: 'Q1' }],
      };
      await put(store, doc);
      const claims = await store.queryClaims({ doc: 'claims-1' });
      expect(claims.items.map((c) => [c.layer, c.id, c.kind, c.status, c.deadline, c.speaker.name])).toEqual([['claims', 'C1', 'forecast', 'forecast', '2018-12-31', 'minister']]);
      const ledger = await store.forecasts({ asOf: '2018-09-10' });
      expect(ledger.map((f) => [f.what, f.id, f.deadline, f.state])).toEqual([['claim', 'C1', '2018-12-31', 'pending']]);
    } finally {
      await store.close();
    }
  });
});

describeStores('merging does not depend on ingest order', (open) => {
  it('gives the same groups in reverse order', async () => {
    const store = await open();
    try {
      for (const d of annotatedSamples().reverse()) await put(store, d);
      const groups = await store.queryEventGroups({ minSources: 2 });
      expect(groups.items.map((g) => `${g.type} ${g.sources} ${g.placeName}`).sort()).toEqual(['ASSAULT 2 Jisr ash Shughur', 'ASSAULT 2 Syria', 'RETREAT 2 Syria']);
    } finally {
      await store.close();
    }
  });
});

describeStores('undated forecasts and pledges', (open) => {
  it('are not listed as happening on publication day; dated ones keep their date', async () => {
    const store = await open();
    try {
      const text = 'Turkey pledged aid to the refugees. The army will retake the town before the end of the year. Rebels shelled the town.';
      const span = (t: string) => ({ start: text.indexOf(t), end: text.indexOf(t) + t.length });
      const event = (id: string, type: string, trigger: string, sentence: string, status: string, time: unknown) => ({
        id, type, mode: null, actors: ['E1'], recipients: [], place: null, time, status, attributedTo: null, trigger: span(trigger), evidence: span(sentence), acled: null, confidence: 0.6,
      });
      const doc: DocumentJson = {
        schema: 'sitrep/1',
        document: { id: 'undated-1', title: null, source: 'Test', url: null, published: '2018-09-06', language: 'en', text },
        entities: [{ id: 'E1', name: 'Turkey', kind: 'country', country: 'TUR', sector: 'GOV', mentions: [{ ...span('Turkey'), text: 'Turkey' }] }],
        times: [{ id: 'T1', ...span('before the end of the year'), text: 'before the end of the year', type: 'DATE', value: '2018', mod: 'BEFORE', from: '2018-09-06', to: '2018-12-31' }],
        events: [
          event('V1', 'AID', 'pledged', 'Turkey pledged aid to the refugees.', 'pledged', { value: 'FUTURE_REF', from: '2018-09-06', to: null, source: 'published' }),
          event('V2', 'RETREAT', 'retake', 'The army will retake the town before the end of the year.', 'forecast', 'T1'),
          event('V3', 'ASSAULT', 'shelled', 'Rebels shelled the town.', 'asserted', { value: '2018-09-06', from: '2018-09-06', to: '2018-09-06', source: 'published' }),
          event('V4', 'AID', 'aid', 'Turkey pledged aid to the refugees.', 'pledged', { value: 'FUTURE_REF', from: '2018-09-06', to: '', source: 'published' }),
        ],
      };
      await put(store, doc);
      const day = await store.queryEvents({ from: '2018-09-06', to: '2018-09-06' });
      expect(day.items.map((e) => [e.id, e.dateBasis]).sort()).toEqual([['V2', 'time'], ['V3', 'published']]);
      const all = Object.fromEntries((await store.queryEvents({ doc: 'undated-1' })).items.map((e) => [e.id, [e.dateFrom, e.dateTo, e.dateBasis]]));
      expect(all).toEqual({ V1: [null, null, 'undated'], V2: ['2018-09-06', '2018-12-31', 'time'], V3: ['2018-09-06', '2018-09-06', 'published'], V4: [null, null, 'undated'] });
      const ledger = await store.forecasts({ asOf: '2018-10-01' });
      expect(ledger.map((f) => [f.id, f.deadline, f.state])).toEqual([['V2', '2018-12-31', 'pending'], ['V1', null, 'open'], ['V4', null, 'open']]);
      // Filtered and paged by the database.
      const ids = async (q: Parameters<Store['forecasts']>[0]) => (await store.forecasts(q)).map((f) => f.id);
      expect(await ids({ asOf: '2018-10-01', state: 'open' })).toEqual(['V1', 'V4']);
      expect(await ids({ asOf: '2018-10-01', state: 'open', limit: 1, offset: 1 })).toEqual(['V4']);
      expect(await ids({ asOf: '2018-10-01', state: 'pending' })).toEqual(['V2']);
      expect(await ids({ asOf: '2019-01-05', state: 'past_due' })).toEqual(['V2']);
      expect(await ids({ asOf: '2019-01-05', state: 'pending' })).toEqual([]);
      expect(await ids({ asOf: '2018-10-01', limit: 2 })).toEqual(['V2', 'V1']);
    } finally {
      await store.close();
    }
  });
});
