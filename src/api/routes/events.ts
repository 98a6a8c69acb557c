/** @module Events: query per-article records, or merge groups (several outlets, one event). */
import type { FastifyInstance } from 'fastify';
import type { ApiContext } from '../app.js';
import { EVENT_QUERY, parseEventQuery } from './params.js';

export async function eventRoutes(app: FastifyInstance, { store }: ApiContext): Promise<void> {
  app.get<{ Querystring: Record<string, unknown> }>(
    '/api/events',
    { config: { access: 'read' }, schema: { summary: 'Events by actor, type, status, place or bbox, date range and text', tags: ['events'], querystring: EVENT_QUERY } },
    async (request) => store.queryEvents(parseEventQuery(request.query)),
  );

  app.get<{ Querystring: Record<string, unknown> & { minSources?: number } }>(
    '/api/event-groups',
    {
      config: { access: 'read' },
      schema: {
        summary: 'Merge groups of events (one event reported by several articles), filtered like /api/events',
        tags: ['events', 'merging'],
        querystring: { ...EVENT_QUERY, properties: { ...EVENT_QUERY.properties, minSources: { type: 'integer', minimum: 1, default: 1 } } },
      },
    },
    async (request) => {
      const { minSources, ...rest } = request.query;
      return store.queryEventGroups({ ...parseEventQuery(rest), minSources });
    },
  );
}
