/**
 * @module Documents: list and search, get one with all its layers (as analysed, plus the merge group
 * of each event and statement), ingest (analyse and store), delete.
 */
import type { FastifyInstance } from 'fastify';
import { ingestOne } from '../../store/ingest.js';
import type { ApiContext } from '../app.js';
import { ARTICLE_BODY, checkPublished, type ArticleBody } from './analyze.js';
import { PAGING } from './params.js';

const ID_PARAMS = { type: 'object', required: ['id'], properties: { id: { type: 'string', minLength: 1, maxLength: 500 } } } as const;
const MAX_BATCH = 100;

export async function documentRoutes(app: FastifyInstance, { store, pipeline }: ApiContext): Promise<void> {
  app.get<{ Querystring: { q?: string; source?: string; limit?: number; offset?: number } }>(
    '/api/documents',
    {
      config: { access: 'read' },
      schema: {
        summary: 'List stored documents, newest first; full-text search with q',
        tags: ['documents'],
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: { q: { type: 'string', maxLength: 500 }, source: { type: 'string', maxLength: 500 }, ...PAGING },
        },
      },
    },
    async (request) => store.listDocuments(request.query),
  );

  app.get<{ Params: { id: string } }>(
    '/api/documents/:id',
    { config: { access: 'read' }, schema: { summary: 'One document with every layer (sitrep/1), plus the merge group of each event and statement (store.eventGroups, store.claimGroups by id)', tags: ['documents'], params: ID_PARAMS } },
    async (request, reply) => {
      const json = await store.getDocument(request.params.id);
      if (!json) return reply.code(404).send({ statusCode: 404, error: 'Not Found', message: `no document '${request.params.id}'` });
      const [events, claims] = await Promise.all([store.queryEvents({ doc: request.params.id, limit: 1000 }), store.queryClaims({ doc: request.params.id, limit: 1000 })]);
      return {
        ...json,
        store: {
          eventGroups: Object.fromEntries(events.items.map((e) => [e.id, e.cluster])),
          claimGroups: Object.fromEntries(claims.items.map((c) => [c.id, c.cluster])),
        },
      };
    },
  );

  app.post<{ Body: ArticleBody | { articles: ArticleBody[] }; Querystring: { force?: boolean } }>(
    '/api/documents',
    {
      config: { access: 'write' },
      schema: {
        summary: `Analyse and store one article, or up to ${MAX_BATCH} as {articles: [...]}; unchanged ones are skipped`,
        tags: ['documents'],
        querystring: { type: 'object', additionalProperties: false, properties: { force: { type: 'boolean', default: false } } },
        body: {
          oneOf: [
            { ...ARTICLE_BODY, required: ['text', 'id'] },
            {
              type: 'object',
              additionalProperties: false,
              required: ['articles'],
              properties: { articles: { type: 'array', minItems: 1, maxItems: MAX_BATCH, items: { ...ARTICLE_BODY, required: ['text', 'id'] } } },
            },
          ],
        },
      },
    },
    async (request, reply) => {
      const body = request.body;
      const articles = 'articles' in body ? body.articles : [body];
      const results = [];
      for (const a of articles) {
        if (!a.text.trim()) return reply.code(400).send({ statusCode: 400, error: 'Bad Request', message: `article '${a.id}': text is empty` });
        checkPublished(a);
      }
      for (const a of articles) {
        // Analysis runs on the event loop: between articles, let waiting requests (reads, the web app) in.
        if (results.length) await new Promise((resolve) => setImmediate(resolve));
        const r = await ingestOne(store, pipeline, { ...a, id: a.id! }, { force: request.query.force });
        results.push({ id: r.id, status: r.status, events: r.events, mergedEvents: r.mergedEvents, mergedClaims: r.mergedClaims, warnings: r.warnings });
      }
      reply.code(results.some((r) => r.status !== 'unchanged') ? 201 : 200);
      return { results };
    },
  );

  app.delete<{ Params: { id: string } }>(
    '/api/documents/:id',
    { config: { access: 'write' }, schema: { summary: 'Delete a document and its rows; its merge groups shrink', tags: ['documents'], params: ID_PARAMS } },
    async (request, reply) => {
      const ok = await store.deleteDocument(request.params.id);
      if (!ok) return reply.code(404).send({ statusCode: 404, error: 'Not Found', message: `no document '${request.params.id}'` });
      return { deleted: request.params.id };
    },
  );

  app.get('/api/stats', { config: { access: 'read' }, schema: { summary: 'Counts of stored documents, events, entities, statements and merges', tags: ['meta'] } }, async () => store.stats());
}
