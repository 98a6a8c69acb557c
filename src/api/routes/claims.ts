/** @module Statements (quotes and claims): query, and merge groups (one statement carried by several outlets). */
import type { FastifyInstance } from 'fastify';
import type { ApiContext } from '../app.js';
import { MAX_LIST, PAGING, listParam } from './params.js';

export async function claimRoutes(app: FastifyInstance, { store }: ApiContext): Promise<void> {
  app.get<{ Querystring: { speaker?: string; q?: string; doc?: string; kind?: string; group?: number; limit?: number; offset?: number } }>(
    '/api/statements',
    {
      config: { access: 'read' },
      schema: {
        summary: 'Statements (quotes, claims) by speaker, text, document or kind',
        tags: ['statements'],
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            speaker: { type: 'string', maxLength: 300, description: 'entity key or exact name' },
            q: { type: 'string', maxLength: 500 },
            doc: { type: 'string', maxLength: 500 },
            kind: { type: 'string', maxLength: 1000, pattern: '^[a-z_]+(,[a-z_]+)*$', description: `kinds, comma-separated (forecast,pledge), at most ${MAX_LIST}` },
            group: { type: 'integer', minimum: 1 },
            ...PAGING,
          },
        },
      },
    },
    async (request) => {
      const { kind, group, ...rest } = request.query;
      return store.queryClaims({ ...rest, kinds: kind === undefined ? undefined : listParam('kind', kind), cluster: group });
    },
  );

  app.get<{ Querystring: { minSources?: number; limit?: number; offset?: number } }>(
    '/api/statement-groups',
    {
      config: { access: 'read' },
      schema: {
        summary: 'Merge groups of statements (one statement carried by several articles)',
        tags: ['statements', 'merging'],
        querystring: { type: 'object', additionalProperties: false, properties: { minSources: { type: 'integer', minimum: 1, default: 2 }, ...PAGING } },
      },
    },
    async (request) => store.queryClaimGroups(request.query),
  );
}
