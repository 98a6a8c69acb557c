/** @module Entities across documents: list and search, one entity with its events and statements over time. */
import type { FastifyInstance } from 'fastify';
import type { ApiContext } from '../app.js';
import { PAGING } from './params.js';

export async function entityRoutes(app: FastifyInstance, { store }: ApiContext): Promise<void> {
  app.get<{ Querystring: { q?: string; kind?: string; limit?: number; offset?: number } }>(
    '/api/entities',
    {
      config: { access: 'read' },
      schema: {
        summary: 'Entities (actors) across documents, most reported first',
        tags: ['entities'],
        querystring: { type: 'object', additionalProperties: false, properties: { q: { type: 'string', maxLength: 200 }, kind: { type: 'string', maxLength: 40 }, ...PAGING } },
      },
    },
    async (request) => store.listEntities(request.query),
  );

  app.get<{ Params: { key: string } }>(
    '/api/entities/:key',
    {
      config: { access: 'read' },
      schema: {
        summary: "One entity: its names, its events (as actor, recipient or source) and its statements, in date order, with counts per month",
        tags: ['entities'],
        params: { type: 'object', required: ['key'], properties: { key: { type: 'string', minLength: 1, maxLength: 300 } } },
      },
    },
    async (request, reply) => {
      const entity = await store.getEntity(request.params.key);
      if (!entity) return reply.code(404).send({ statusCode: 404, error: 'Not Found', message: `no entity '${request.params.key}'` });
      const [events, statements] = await Promise.all([
        store.queryEvents({ actor: entity.key, limit: 1000 }),
        store.queryClaims({ speaker: entity.key, limit: 1000 }),
      ]);
      const timeline: Record<string, { events: number; statements: number }> = {};
      for (const e of events.items) {
        const month = (e.dateFrom ?? e.document.published ?? '????-??').slice(0, 7);
        (timeline[month] ??= { events: 0, statements: 0 }).events++;
      }
      for (const c of statements.items) {
        const month = (c.document.published ?? '????-??').slice(0, 7);
        (timeline[month] ??= { events: 0, statements: 0 }).statements++;
      }
      return {
        entity,
        events: events.items,
        statements: statements.items,
        timeline: Object.entries(timeline).sort(([a], [b]) => a.localeCompare(b)).map(([month, n]) => ({ month, ...n })),
      };
    },
  );
}
