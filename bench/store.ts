/**
 * @module Store benchmark: ingest time of a corpus (default the 249 Guardian articles) on SQLite and
 * PostgreSQL, the latency of event queries (median, p95) over HTTP-equivalent store calls, and the
 * time of a whole export (every event as CSV, JSONL and GeoJSON, over HTTP).
 *
 *   npm run bench:store [-- CORPUS.jsonl] [--pg postgres://…]
 *
 * Without --pg, a PostgreSQL server is started in a temporary directory (as the tests do). When the
 * pipeline finds no located events (no events or places stage in the build), query latency is also
 * measured on a second store whose documents carry one synthetic located event per sentence (actors,
 * places and types drawn from fixed pools), and the output says so: that figure measures the store,
 * not the analysis.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { SitrepDocument } from '../src/model/document.js';
import { toJson, type DocumentJson } from '../src/output/json.js';
import { buildApp } from '../src/api/app.js';
import { buildPipeline } from '../src/stages/index.js';
import { openStore } from '../src/store/index.js';
import { analyzerId, ingestOne } from '../src/store/ingest.js';
import { contentHash, extractRecords } from '../src/store/records.js';
import type { EventQuery, Store } from '../src/store/types.js';
import { createDatabase, startPostgres } from '../test/postgres.js';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { pg: { type: 'string' }, queries: { type: 'string' } } });
const corpus = positionals[0] ?? join(process.cwd(), '..', 'shared', 'corpus', 'guardian-syria.jsonl');
const records = readFileSync(corpus, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, string>);
const pipeline = buildPipeline();
const QUERIES = Number(values.queries ?? 400);

const tempDir = (prefix: string) => mkdtempSync(join(tmpdir(), prefix));
const ms = (t0: number) => performance.now() - t0;
const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};

async function ingestCorpus(store: Store): Promise<{ seconds: number; analyze: number; write: number; events: number }> {
  let analyze = 0;
  let write = 0;
  let events = 0;
  const t0 = performance.now();
  for (const r of records) {
    const out = await ingestOne(store, pipeline, { id: r.id, text: r.text, title: r.title, source: r.source, url: r.url, published: r.published });
    analyze += out.analyzeMs;
    write += out.storeMs;
    events += out.events;
  }
  return { seconds: ms(t0) / 1000, analyze: analyze / 1000, write: write / 1000, events };
}

// Synthetic events for the latency measurement when the pipeline has no events stage.
const TYPES = ['ASSAULT', 'COERCE', 'THREATEN', 'PROTEST', 'ACCUSE', 'REJECT', 'AID', 'AGREE', 'CONSULT', 'RETREAT'];
const STATUSES = ['asserted', 'asserted', 'reported', 'alleged', 'forecast'];
const PLACES = Array.from({ length: 30 }, (_, i) => ({ name: `Place ${i}`, geonameid: 900000 + i, feature: i % 5 ? 'PPL' : 'ADM1', country: ['SY', 'IQ', 'TR', 'LB', 'JO'][i % 5], lat: 32 + (i % 7), lon: 35 + (i % 9) }));

function withSyntheticEvents(json: DocumentJson, n: number): DocumentJson {
  const sentences = (json.sentences as { start: number; end: number }[]) ?? [];
  const text = (json.document as { text: string }).text;
  const entities: unknown[] = [];
  const places: unknown[] = [];
  const events: unknown[] = [];
  sentences.forEach((s, i) => {
    const word = /\S+/.exec(text.slice(s.start, s.end));
    if (!word) return;
    const m = { start: s.start + word.index, end: s.start + word.index + word[0].length, text: word[0] };
    const k = (n * 7 + i * 13) % 40;
    entities.push({ id: `E${i + 1}`, name: `Actor ${k}`, kind: 'armed_group', country: null, sector: 'REB', ref: `bench:actor-${k}`, mentions: [m] });
    const p = PLACES[(n + i) % PLACES.length];
    places.push({ id: `P${i + 1}`, ...m, ...p, admin1: null });
    events.push({
      id: `V${i + 1}`, type: TYPES[(n + i) % TYPES.length], mode: null, actors: [`E${i + 1}`], recipients: [], place: `P${i + 1}`, time: null,
      status: STATUSES[(n + 2 * i) % STATUSES.length], attributedTo: null, trigger: { start: m.start, end: m.end }, evidence: { start: s.start, end: s.end },
      acled: null, confidence: 0.5,
    });
  });
  return { ...json, entities, places, events };
}

let actors: string[] = Array.from({ length: 40 }, (_, k) => `bench:actor-${k}`);

function randomQuery(i: number, months: string[], words: string[]): { name: string; q: EventQuery } {
  const pick = <T>(xs: T[]) => xs[(i * 2654435761) % xs.length >>> 0];
  const month = pick(months);
  const kinds: { name: string; q: EventQuery }[] = [
    { name: 'actor', q: { actor: actors[i % actors.length] } },
    { name: 'type+status', q: { types: [pick(TYPES)], statuses: ['asserted'] } },
    { name: 'place (country)', q: { place: pick(['SY', 'IQ', 'TR']) } },
    { name: 'bbox', q: { bbox: [35, 32, 38, 35] } },
    { name: 'date range (month)', q: { from: `${month}-01`, to: `${month}-28` } },
    { name: 'text', q: { q: pick(words) } },
    { name: 'combined', q: { types: ['ASSAULT', 'COERCE'], place: 'SY', from: `${months[0]}-01`, q: pick(words) } },
  ];
  return kinds[i % kinds.length];
}

async function latency(store: Store, label: string): Promise<void> {
  const months = [...new Set(records.map((r) => (r.published ?? '').slice(0, 7)).filter(Boolean))].sort();
  const words = ['Isis', 'Assad', 'Kurdish', 'refugees', 'ceasefire', 'Idlib', 'airstrikes', 'Russia', 'Turkey', 'civilians'];
  await store.optimize(); // as sitrep ingest does at the end of a batch
  // Actor filters use the store's most reported actors (the synthetic pools' keys otherwise).
  const top = (await store.listEntities({ limit: 40 })).items.map((e) => e.key);
  if (top.length) actors = top;
  for (let i = 0; i < 20; i++) await store.queryEvents({ ...randomQuery(i, months, words).q, limit: 100 }); // warm-up
  const times: number[] = [];
  const byKind = new Map<string, number[]>();
  let rows = 0;
  for (let i = 0; i < QUERIES; i++) {
    const { name, q } = randomQuery(i, months, words);
    const t0 = performance.now();
    const page = await store.queryEvents({ ...q, limit: 100 });
    const t = ms(t0);
    rows += page.items.length;
    times.push(t);
    byKind.set(name, [...(byKind.get(name) ?? []), t]);
  }
  // The same mix over HTTP on loopback: validation, the store, JSON serialization, the socket.
  const app = await buildApp({ store, pipeline, webRoot: null });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/api/events`;
  const http: number[] = [];
  for (let i = 0; i < QUERIES; i++) {
    const { q } = randomQuery(i, months, words);
    const params = new URLSearchParams({ limit: '100' });
    if (q.actor) params.set('actor', q.actor);
    if (q.types) params.set('type', q.types.join(','));
    if (q.statuses) params.set('status', q.statuses.join(','));
    if (q.place) params.set('place', q.place);
    if (q.bbox) params.set('bbox', q.bbox.join(','));
    if (q.from) params.set('from', q.from);
    if (q.to) params.set('to', q.to);
    if (q.q) params.set('q', q.q);
    const t0 = performance.now();
    const res = await fetch(`${base}?${params}`);
    if (!res.ok) throw new Error(`${res.status} ${await res.text()}`);
    await res.arrayBuffer();
    http.push(ms(t0));
  }
  // Whole exports over HTTP: every event, streamed (median of three).
  const exports: string[] = [];
  for (const format of ['csv', 'jsonl', 'geojson']) {
    const runs: number[] = [];
    let bytes = 0;
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      const res = await fetch(base.replace('/api/events', `/api/export/events.${format}`));
      bytes = (await res.arrayBuffer()).byteLength;
      runs.push(ms(t0));
    }
    exports.push(`${format} ${pct(runs, 50).toFixed(0)} ms (${(bytes / 1e6).toFixed(1)} MB)`);
  }
  await app.close();
  const stats = await store.stats();
  console.log(`  ${label}: ${stats.events} events in ${stats.documents} documents; ${QUERIES} event queries (limit 100, ${(rows / QUERIES).toFixed(0)} rows on average):`);
  console.log(`    median ${pct(times, 50).toFixed(2)} ms, p95 ${pct(times, 95).toFixed(2)} ms`);
  console.log(`    over HTTP (GET /api/events, loopback): median ${pct(http, 50).toFixed(2)} ms, p95 ${pct(http, 95).toFixed(2)} ms`);
  console.log(`    whole export over HTTP: ${exports.join('; ')}`);
  for (const [name, ts] of byKind) console.log(`      ${name.padEnd(20)} median ${pct(ts, 50).toFixed(2)} ms, p95 ${pct(ts, 95).toFixed(2)} ms`);
}

async function run(label: string, open: () => Promise<Store>): Promise<void> {
  console.log(`\n${label}`);
  const store = await open();
  const r = await ingestCorpus(store);
  console.log(`  ingest of ${records.length} articles: ${r.seconds.toFixed(2)} s (${(records.length / r.seconds).toFixed(1)} articles/s); ` +
    `analysis ${r.analyze.toFixed(2)} s, store writes ${r.write.toFixed(2)} s; ${r.events} events`);
  const t0 = performance.now();
  for (const rec of records) await ingestOne(store, pipeline, { id: rec.id, text: rec.text, title: rec.title, source: rec.source, url: rec.url, published: rec.published });
  console.log(`  second ingest (all unchanged, skipped): ${(ms(t0) / 1000).toFixed(2)} s; documents stored: ${(await store.stats()).documents}`);
  if (r.events > 0) await latency(store, 'events found by the pipeline');
  const located = (await store.queryEvents({ bbox: [-180, -90, 180, 90], limit: 1 })).total;
  await store.close();
  if (located === 0) {
    const synthetic = await open();
    let n = 0;
    for (const rec of records) {
      const doc = pipeline.run(new SitrepDocument({ id: rec.id, text: rec.text, title: rec.title, source: rec.source, published: rec.published }));
      const json = withSyntheticEvents(toJson(doc), n++);
      await synthetic.putDocument(json, { hash: contentHash(extractRecords(json).meta), analyzer: `${analyzerId(pipeline)} + synthetic events` });
    }
    await latency(synthetic, 'no located events from the pipeline: SYNTHETIC located events, one per sentence');
    await synthetic.close();
  }
}

// Warm-up: the first document pays for loading the language model and compiling stage data.
pipeline.run(new SitrepDocument({ id: 'warm-up', text: records[0]?.text ?? 'Warm-up.', published: records[0]?.published }));
console.log(`corpus: ${corpus} (${records.length} articles); pipeline: ${pipeline.stages.map((s) => s.name).join(', ')}`);
await run('SQLite (WAL, FTS5)', async () => openStore(join(tempDir('sitrep-bench-'), 'bench.db')));
let server = null;
let pgUrl = values.pg ?? null;
if (!pgUrl) {
  server = await startPostgres();
  pgUrl = server?.url ?? null;
}
if (pgUrl) await run('PostgreSQL', async () => openStore(await createDatabase(pgUrl!, 'sitrep_bench')));
else console.log('\nPostgreSQL: not installed, skipped');
server?.stop();
