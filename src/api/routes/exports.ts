/**
 * @module Exports of events matching the same filters as /api/events: CSV (one row per event, the
 * columns of `sitrep analyze --format csv`), GeoJSON (located events as points, the same columns as
 * properties) and JSONL (the full records). Streamed from the store a page at a time, so a large
 * export never sits whole in memory and costs no count.
 */
import { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { csvHeader, csvRow, geoFeature } from '../../output/exports.js';
import type { EventQuery } from '../../store/types.js';
import type { ApiContext } from '../app.js';
import { EVENT_QUERY, parseEventQuery } from './params.js';

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
    yield csvHeader();
    for await (const e of store.streamEventExports(q)) yield `${csvRow(e)}\n`;
  });
  route('jsonl', 'application/x-ndjson', async function* (q) {
    for await (const e of store.streamEvents(q)) yield `${JSON.stringify(e)}\n`;
  });
  route('geojson', 'application/geo+json', async function* (q) {
    yield '{"type":"FeatureCollection","features":[';
    let first = true;
    for await (const e of store.streamEventExports(q)) {
      const f = geoFeature(e);
      if (!f) continue;
      yield `${first ? '' : ','}\n${JSON.stringify(f)}`;
      first = false;
    }
    yield '\n]}\n';
  });
}
