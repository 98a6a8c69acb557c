import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { annotatedSamples } from '../../test/contract-docs.js';
import { describeStores } from '../../test/stores.js';
import { documentProblems, ROOT } from '../../test/support.js';
import { CSV_COLUMNS, GEOJSON_PROPERTIES, csvHeader, csvRows } from '../output/exports.js';
import { buildPipeline } from '../stages/index.js';
import { contentHash, extractRecords } from '../store/records.js';
import type { Store } from '../store/types.js';
import { buildApp } from './app.js';

const TOKEN = 'write-secret';
const auth = { authorization: `Bearer ${TOKEN}` };

describeStores('HTTP API', (open) => {
  let store: Store;
  let app: FastifyInstance;
  let locked: FastifyInstance;
  let readonly: FastifyInstance;
  beforeAll(async () => {
    store = await open();
    for (const d of annotatedSamples()) await store.putDocument(d, { hash: contentHash(extractRecords(d).meta), analyzer: 'test' });
    const pipeline = buildPipeline();
    app = await buildApp({ store, pipeline, writeToken: TOKEN, bodyLimit: 64 * 1024 });
    locked = await buildApp({ store, pipeline, writeToken: TOKEN, readToken: 'read-secret', webRoot: join(ROOT, 'dist', 'web') });
    readonly = await buildApp({ store, pipeline });
  });
  afterAll(async () => {
    await app?.close();
    await locked?.close();
    await readonly?.close();
    await store?.close();
  });
  const get = async (url: string, a: FastifyInstance = app) => {
    const r = await a.inject({ method: 'GET', url });
    return { status: r.statusCode, body: r.headers['content-type']?.toString().includes('json') ? r.json() : r.body, headers: r.headers };
  };

  it('describes itself in OpenAPI, write endpoints marked as needing the token', async () => {
    const { status, body } = await get('/api/openapi.json');
    expect(status).toBe(200);
    expect(body.openapi).toBe('3.1.0');
    expect(Object.keys(body.paths)).toEqual(expect.arrayContaining(['/api/analyze', '/api/documents', '/api/documents/{id}', '/api/events', '/api/event-groups',
      '/api/entities/{key}', '/api/statements', '/api/forecasts', '/api/stories/{kind}/{id}', '/api/export/events.csv', '/api/export/events.geojson', '/api/export/events.jsonl']));
    expect(body.paths['/api/documents'].post.security).toEqual([{ bearer: [] }]);
    expect(body.paths['/api/events'].get.security).toBeUndefined();
    expect(body.paths['/api/events'].get.parameters.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(['actor', 'type', 'status', 'place', 'bbox', 'from', 'to', 'q']));
  });

  it('analyses a text without storing it', async () => {
    const before = (await store.stats()).documents;
    const r = await app.inject({ method: 'POST', url: '/api/analyze', payload: { text: 'Rebels shelled the airport on Monday.', published: '2021-03-02' } });
    expect(r.statusCode).toBe(200);
    expect(documentProblems(r.json())).toEqual([]);
    expect(r.json().document.published).toBe('2021-03-02');
    expect((await store.stats()).documents).toBe(before);
  });

  it('rejects bad input with clear 4xx errors', async () => {
    const post = (payload: unknown, headers = {}) => app.inject({ method: 'POST', url: '/api/analyze', payload: payload as object, headers });
    expect((await post({})).json().message).toMatch(/body must have required property 'text'/);
    expect((await post({ text: '   ' })).statusCode).toBe(400);
    expect((await post({ text: 'x', published: 'yesterday' })).json().message).toMatch(/published must match pattern/);
    expect((await post({ text: 'x', published: '2018-02-30' })).json().message).toMatch(/not a real calendar date/);
    expect((await post({ text: 'x', colour: 'red' })).json().message).toMatch(/must NOT have additional properties/);
    const big = await post({ text: 'word '.repeat(20_000) });
    expect(big.statusCode).toBe(413);
    expect(big.json().message).toMatch(/too large/);
    const bad = await app.inject({ method: 'POST', url: '/api/analyze', payload: '{"text":', headers: { 'content-type': 'application/json' } });
    expect(bad.statusCode).toBe(400);
    expect((await get('/api/events?type=assault')).status).toBe(400);
    expect((await get('/api/events?limit=5000')).body.message).toMatch(/limit must be <= 1000/);
    expect((await get('/api/events?bbox=40,0,30,10')).body.message).toMatch(/west ≤ east/);
    expect((await get('/api/events?from=2019-01-01&to=2018-01-01')).body.message).toMatch(/is after/);
    expect((await get('/api/events?from=01/02/2018')).status).toBe(400);
    expect((await get('/api/events?colour=red')).status).toBe(400);
    expect((await get('/api/nothing')).status).toBe(404);
    expect((await get('/api/documents/nope')).body.message).toBe("no document 'nope'");
    expect((await get('/api/stories/event/999999')).status).toBe(404);
  });

  it('takes each value of a list filter once, and at most 32 of them', async () => {
    const distinct = (n: number, upper = false) => Array.from({ length: n }, (_, i) => String.fromCharCode(97 + (i % 26), 97 + Math.floor(i / 26))).map((v) => (upper ? v.toUpperCase() : v)).join(',');
    const one = (await get('/api/events?type=ASSAULT')).body.total;
    expect((await get(`/api/events?type=${Array(100).fill('ASSAULT').join(',')}`)).body.total).toBe(one);
    const r = await get(`/api/events?type=${distinct(33, true)}`);
    expect(r.status).toBe(400);
    expect(r.body.message).toBe('type takes at most 32 different values (got 33)');
    expect((await get(`/api/events?type=${distinct(32, true)}`)).status).toBe(200);
    expect((await get(`/api/events?status=${distinct(40)}`)).body.message).toMatch(/^status takes at most 32/);
    expect((await get(`/api/statements?kind=${distinct(33)}`)).body.message).toMatch(/^kind takes at most 32/);
    expect((await get(`/api/event-groups?type=${distinct(33, true)}`)).status).toBe(400);
    expect((await get(`/api/export/events.csv?type=${'A'.repeat(1001)}`)).status).toBe(400);
  });

  it('requires the write token to ingest, and is idempotent', async () => {
    const article = { id: 'api/one', text: 'Protesters marched in Beirut on Friday.', published: '2020-01-10', source: 'Test' };
    expect((await readonly.inject({ method: 'POST', url: '/api/documents', payload: article, headers: auth })).statusCode).toBe(403);
    expect((await app.inject({ method: 'POST', url: '/api/documents', payload: article })).statusCode).toBe(401);
    expect((await app.inject({ method: 'POST', url: '/api/documents', payload: article, headers: { authorization: 'Bearer nope' } })).statusCode).toBe(401);
    const first = await app.inject({ method: 'POST', url: '/api/documents', payload: article, headers: auth });
    expect(first.statusCode).toBe(201);
    expect(first.json().results[0]).toMatchObject({ id: 'api/one', status: 'added' });
    const again = await app.inject({ method: 'POST', url: '/api/documents', payload: { articles: [article] }, headers: auth });
    expect(again.statusCode).toBe(200);
    expect(again.json().results[0].status).toBe('unchanged');
    const doc = await get(`/api/documents/${encodeURIComponent('api/one')}`);
    expect(doc.status).toBe(200);
    expect(doc.body.document.text).toBe(article.text);
    expect((await app.inject({ method: 'POST', url: '/api/documents', payload: { text: 'no id' }, headers: auth })).statusCode).toBe(400);
    const impossible = await app.inject({ method: 'POST', url: '/api/documents', payload: { ...article, id: 'api/two', published: '2019-02-29' }, headers: auth });
    expect(impossible.statusCode).toBe(400);
    expect((await get(`/api/documents/${encodeURIComponent('api/two')}`)).status).toBe(404);
    expect((await app.inject({ method: 'DELETE', url: `/api/documents/${encodeURIComponent('api/one')}` })).statusCode).toBe(401);
    expect((await app.inject({ method: 'DELETE', url: `/api/documents/${encodeURIComponent('api/one')}`, headers: auth })).json()).toEqual({ deleted: 'api/one' });
  });

  it('serves a document with every layer and the merge group of each event', async () => {
    const { body } = await get('/api/documents/sample-daily-2018-09-05-idlib-strikes');
    expect(body.schema).toBe('sitrep/1');
    expect(body.events[0].type).toBe('ASSAULT');
    expect(body.store.eventGroups.V1.sources).toBe(2);
  });

  it('queries events by actor, type, status, place, bbox, dates and text', async () => {
    expect((await get('/api/events?actor=actors:russia')).body.total).toBe(2);
    expect((await get('/api/events?type=ASSAULT,COERCE&status=asserted')).body.total).toBe(3);
    expect((await get('/api/events?place=169577')).body.total).toBe(2);
    expect((await get('/api/events?bbox=36,35.5,36.5,36')).body.total).toBe(2);
    expect((await get('/api/events?from=2018-09-01&to=2018-09-05&q=aircraft')).body.items.map((e: { docId: string }) => e.docId)).toEqual(['sample-wire-2018-09-04-idlib-raids']);
    expect((await get('/api/event-groups?minSources=2')).body.total).toBe(3);
  });

  it('exports events as CSV, GeoJSON and JSONL', async () => {
    const csv = await app.inject({ method: 'GET', url: '/api/export/events.csv?type=ASSAULT' });
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    const lines = csv.body.trim().split('\n');
    expect(lines[0]).toMatch(/^doc_id,event_id,type,/);
    expect(lines.length).toBe(1 + 5);
    expect(csv.body).toContain('"Russian warplanes struck the town of Jisr al-Shughur in Syria\'s Idlib province on Tuesday, a war monitor said, in the first raids on the area in weeks."');
    const geo = JSON.parse((await app.inject({ method: 'GET', url: '/api/export/events.geojson' })).body);
    expect(geo.type).toBe('FeatureCollection');
    expect(geo.features.length).toBe(6); // the seventh event has no place
    expect(geo.features[0].geometry.type).toBe('Point');
    const jsonl = (await app.inject({ method: 'GET', url: '/api/export/events.jsonl?actor=actors:russia' })).body.trim().split('\n').map((l) => JSON.parse(l));
    expect(jsonl.map((e) => e.place.name)).toEqual(['Jisr ash Shughur', 'Jisr ash Shughur']);
  });

  it('exports the rows and features `sitrep analyze` writes for the same document, plus its merge groups', async () => {
    const doc = annotatedSamples().find((d) => d.document.id === 'sample-daily-2018-09-05-idlib-strikes')!;
    const api = parseCsv((await app.inject({ method: 'GET', url: `/api/export/events.csv?doc=${doc.document.id}` })).body) as string[][];
    const cli = parseCsv(`${csvHeader()}${csvRows(doc)}`) as string[][];
    const group = [CSV_COLUMNS.indexOf('group_id'), CSV_COLUMNS.indexOf('group_sources')];
    expect(api[0]).toEqual(cli[0]);
    expect(api.slice(1).some((r) => r[group[1]] === '2')).toBe(true);
    const sorted = (rows: string[][]) => rows.map((r) => r.map((c, i) => (group.includes(i) ? '' : c)).join('\u0001')).sort();
    expect(sorted(api.slice(1))).toEqual(sorted(cli.slice(1)));
    const geo = JSON.parse((await app.inject({ method: 'GET', url: `/api/export/events.geojson?doc=${doc.document.id}` })).body);
    expect(Object.keys(geo.features[0].properties)).toEqual(GEOJSON_PROPERTIES.map((c) => c.name));
  });

  it('pages a whole export with limit and offset like /api/events', async () => {
    const ids = (body: string) => (parseCsv(body, { columns: true }) as { event_id: string }[]).map((r) => r.event_id);
    const page = (await get('/api/events?limit=3&offset=2')).body.items.map((e: { docId: string; id: string }) => `${e.docId}:${e.id}`);
    expect(ids((await app.inject({ method: 'GET', url: '/api/export/events.csv?limit=3&offset=2' })).body)).toEqual(page);
  });

  it('serves entities with their timelines, statements, forecasts and stories', async () => {
    const is = await get('/api/entities/actors:islamic-state');
    expect(is.body.entity.documents).toBe(2);
    expect(is.body.events.length).toBe(4);
    expect(is.body.timeline.map((t: { month: string }) => t.month)).toEqual(['2014-09', '2018-09']);
    expect((await get('/api/entities?q=lecointre')).body.items[0].key).toBe('actors:francois-lecointre');
    expect((await get('/api/statements?speaker=actors:francois-lecointre')).body.total).toBe(2);
    const groups = (await get('/api/statement-groups')).body;
    expect(groups.total).toBe(1);
    const forecasts = await get('/api/forecasts?asOf=2019-01-01');
    expect(forecasts.body.items.map((f: { state: string }) => f.state)).toEqual(['past_due', 'past_due']);
    const story = await get(`/api/stories/statement/${groups.items[0].id}`);
    expect(story.body.members.map((m: { document: { source: string } }) => m.document.source).sort()).toEqual(['Press TV', 'Sample Wire']);
  });

  it('splits a merge only with the token', async () => {
    const g = (await get('/api/event-groups?minSources=2&place=169577')).body.items[0];
    expect((await app.inject({ method: 'POST', url: `/api/stories/event/${g.id}/split` })).statusCode).toBe(401);
    expect((await app.inject({ method: 'POST', url: `/api/stories/event/${g.id}/split`, headers: auth })).json()).toEqual({ split: 2 });
    expect((await get('/api/event-groups?minSources=2')).body.total).toBe(2);
  });

  it('protects reads when a read token is set (health and OpenAPI stay open)', async () => {
    expect((await get('/api/events', locked)).status).toBe(401);
    expect((await locked.inject({ method: 'GET', url: '/api/events', headers: { authorization: 'Bearer read-secret' } })).statusCode).toBe(200);
    expect((await locked.inject({ method: 'GET', url: '/api/events', headers: auth })).statusCode).toBe(200);
    expect((await get('/api/health', locked)).status).toBe(200);
    expect((await get('/api/openapi.json', locked)).status).toBe(200);
  });

  it('decides access from the matched route, not the raw URL: percent-encoded paths get no way round the tokens', async () => {
    const before = await store.stats();
    const call = (a: FastifyInstance, method: 'GET' | 'POST' | 'DELETE', url: string, headers = {}) =>
      a.inject({ method, url, headers, ...(method === 'POST' && url.includes('documents') ? { payload: { id: 'sneak', text: 'Rebels shelled the airport.' } } : {}) });
    // Reads, when a read token is set.
    for (const url of ['/%61pi/documents', '/%61pi/events', '/ap%69/entities', '/api/%64ocuments', '/%61pi/export/events.csv', '/%61pi/stats']) {
      expect((await call(locked, 'GET', url)).statusCode, url).toBe(401);
    }
    // Writes, on a server with a write token.
    for (const a of [app, locked]) {
      expect((await call(a, 'POST', '/%61pi/documents')).statusCode).toBe(401);
      expect((await call(a, 'POST', '/api/%64ocuments')).statusCode).toBe(401);
      expect((await call(a, 'DELETE', '/%61pi/documents/sample-daily-2018-09-05-idlib-strikes')).statusCode).toBe(401);
      expect((await call(a, 'POST', '/%61pi/stories/event/1/split')).statusCode).toBe(401);
      expect((await call(a, 'POST', '/%61pi/stories/statement/1/split')).statusCode).toBe(401);
    }
    expect((await call(readonly, 'POST', '/%61pi/documents', auth)).statusCode).toBe(403);
    expect(await store.stats()).toEqual(before);
    // The encoded path is still the same route for whoever holds the token.
    expect((await call(locked, 'GET', '/%61pi/events?limit=1', { authorization: 'Bearer read-secret' })).statusCode).toBe(200);
  });

  it('keeps the web app and health open when reads are protected; unknown API paths answer like reads', async () => {
    for (const url of ['/', '/index.html', '/%69ndex.html', '/api/health', '/%61pi/health', '/api/openapi.json']) {
      expect((await get(url, locked)).status, url).toBe(200);
    }
    expect((await get('/no-such-file.js', locked)).status).toBe(404);
    expect((await get('/%2561pi/documents', locked)).status).toBe(404); // decoded once: a web path, no file
    expect((await get('/api/nothing')).status).toBe(404);
  });

  it('refuses a route that declares no access level', async () => {
    const bare = await buildApp({ store, pipeline: buildPipeline() });
    bare.get('/api/undeclared', async () => ({ secret: true }));
    bare.get('/api/declared', { config: { access: 'read' } }, async () => ({ open: true }));
    const r = await bare.inject({ method: 'GET', url: '/api/undeclared' });
    expect(r.statusCode).toBe(403);
    expect(r.json().message).toMatch(/declares no access level/);
    expect((await bare.inject({ method: 'GET', url: '/api/declared' })).statusCode).toBe(200);
    await bare.close();
  });
});
