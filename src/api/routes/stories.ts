/**
 * @module Stories: one merged event or statement with each article that carried it, why it was
 * joined, and each outlet's wording and framing side by side; and undoing a merge.
 */
import type { FastifyInstance } from 'fastify';
import type { ApiContext } from '../app.js';

const PARAMS = {
  type: 'object',
  required: ['kind', 'id'],
  properties: { kind: { type: 'string', enum: ['event', 'statement'] }, id: { type: 'integer', minimum: 1 } },
} as const;

export async function storyRoutes(app: FastifyInstance, { store }: ApiContext): Promise<void> {
  app.get<{ Params: { kind: 'event' | 'statement'; id: number } }>(
    '/api/stories/:kind/:id',
    { config: { access: 'read' }, schema: { summary: 'A merge group with its member records, the reason each joined, and each outlet’s naming and framing', tags: ['merging'], params: PARAMS } },
    async (request, reply) => {
      const story = await store.story(request.params.kind === 'event' ? 'event' : 'claim', request.params.id);
      if (!story) return reply.code(404).send({ statusCode: 404, error: 'Not Found', message: `no ${request.params.kind} group ${request.params.id}` });
      return story;
    },
  );

  app.post<{ Params: { kind: 'event' | 'statement'; id: number } }>(
    '/api/stories/:kind/:id/split',
    { config: { access: 'write' }, schema: { summary: 'Undo a merge: each member becomes a group of its own (records are unchanged)', tags: ['merging'], params: PARAMS } },
    async (request) => ({ split: await store.splitGroup(request.params.kind === 'event' ? 'event' : 'claim', request.params.id) }),
  );
}
