/**
 * @module Exports of events matching the same filters as /api/events: CSV (one row per event, the
 * columns analysts load into spreadsheets), GeoJSON (located events as points) and JSONL (the full
 * records). Streamed page by page, so a large export never sits whole in memory.
 */
import { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import type { EventQuery, EventRecord, Store } from '../../store/types.js';
import type { ApiContext } from '../app.js';
import { EVENT_QUERY, parseEventQuery } from './params.js';

const PAGE = 500;

async function* allEvents(store: Store, query: EventQuery): AsyncGenerator<EventRecord> {
  const max = query.limit ?? Number.POSITIVE_INFINITY;
  let sent = 0;
  for (let offset = query.offset ?? 0; sent < max; offset += PAGE) {
    const page = await store.queryEvents({ ...query, limit: Math.min(PAGE, max - sent), offset });
    for (const e of page.items) yield e;
    sent += page.items.length;
    if (page.items.length < PAGE) return;
  }
}

export const CSV_COLUMNS = [
  'doc_id', 'event_id', 'type', 'mode', 'status', 'date_from', 'date_to', 'date_basis', 'actors', 'recipients', 'source_of_claim',
  'place', 'geonameid', 'country', 'lat', 'lon', 'acled_event_type', 'acled_sub_event_type', 'confidence', 'group_id', 'group_sources',
  'evidence_start', 'evidence_end', 'evidence', 'outlet', 'published', 'url',
] as const;

export function csvCell(v: unknown): string {
  if (v === null || v === undefined) return '';
  let s = String(v);
  // A cell starting with = + - @ is a formula to spreadsheets: quote it with a leading apostrophe.
  if (/^[=+\-@\t\r]/.test(s) && typeof v === 'string') s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function csvRow(e: EventRecord): string {
  const names = (role: string) => e.participants.filter((p) => p.role === role).map((p) => p.name).join('; ');
  return [
    e.docId, e.id, e.type, e.mode, e.status, e.dateFrom, e.dateTo, e.dateBasis, names('actor'), names('recipient'), names('source'),
    e.place?.name, e.place?.geonameid, e.place?.country, e.place?.lat, e.place?.lon, e.acled?.event_type, e.acled?.sub_event_type, e.confidence,
    e.cluster?.id, e.cluster?.sources, e.evidence?.start, e.evidence?.end, e.evidence?.text, e.document.source, e.document.published, e.document.url,
  ].map(csvCell).join(',');
}

export function geoFeature(e: EventRecord): Record<string, unknown> | null {
  if (e.place?.lat == null || e.place?.lon == null) return null;
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [e.place.lon, e.place.lat] },
    properties: {
      doc_id: e.docId, event_id: e.id, type: e.type, mode: e.mode, status: e.status, date_from: e.dateFrom, date_to: e.dateTo,
      actors: e.participants.filter((p) => p.role === 'actor').map((p) => p.name), recipients: e.participants.filter((p) => p.role === 'recipient').map((p) => p.name),
      place: e.place.name, geonameid: e.place.geonameid, group_id: e.cluster?.id ?? null, evidence: e.evidence?.text ?? null, outlet: e.document.source,
    },
  };
}

export async function exportRoutes(app: FastifyInstance, { store }: ApiContext): Promise<void> {
  const query = { ...EVENT_QUERY, properties: { ...EVENT_QUERY.properties, limit: { type: 'integer', minimum: 0, maximum: 10_000_000, description: 'at most this many (default all)' } } };
  const route = (format: 'csv' | 'geojson' | 'jsonl', mime: string, body: (q: EventQuery) => AsyncGenerator<string>) =>
    app.get<{ Querystring: Record<string, unknown> }>(
      `/api/export/events.${format}`,
      { config: { access: 'read' }, schema: { summary: `Events matching the /api/events filters as ${format.toUpperCase()}`, tags: ['exports'], querystring: query, produces: [mime] } },
      async (request, reply) => {
        const q = parseEventQuery(request.query);
        if (request.query.limit === undefined) delete q.limit;
        reply.header('content-type', `${mime}; charset=utf-8`).header('content-disposition', `attachment; filename="sitrep-events.${format}"`);
        return reply.send(Readable.from(body(q)));
      },
    );
  route('csv', 'text/csv', async function* (q) {
    yield `${CSV_COLUMNS.join(',')}\n`;
    for await (const e of allEvents(store, q)) yield `${csvRow(e)}\n`;
  });
  route('jsonl', 'application/x-ndjson', async function* (q) {
    for await (const e of allEvents(store, q)) yield `${JSON.stringify(e)}\n`;
  });
  route('geojson', 'application/geo+json', async function* (q) {
    yield '{"type":"FeatureCollection","features":[';
    let first = true;
    for await (const e of allEvents(store, q)) {
      const f = geoFeature(e);
      if (!f) continue;
      yield `${first ? '' : ','}\n${JSON.stringify(f)}`;
      first = false;
    }
    yield '\n]}\n';
  });
}
