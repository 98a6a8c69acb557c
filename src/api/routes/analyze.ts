/** @module POST /api/analyze: analyse a text without storing it. */
import type { FastifyInstance } from 'fastify';
import { SitrepDocument } from '../../model/document.js';
import { toJson } from '../../output/json.js';
import type { ApiContext } from '../app.js';

export const ARTICLE_BODY = {
  type: 'object',
  additionalProperties: false,
  required: ['text'],
  properties: {
    text: { type: 'string', minLength: 1, description: 'the article text' },
    id: { type: 'string', minLength: 1, maxLength: 500 },
    title: { type: ['string', 'null'], maxLength: 2000 },
    source: { type: ['string', 'null'], maxLength: 500 },
    url: { type: ['string', 'null'], maxLength: 4000 },
    published: { type: ['string', 'null'], pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
    language: { type: 'string', maxLength: 16 },
  },
} as const;

export interface ArticleBody {
  text: string;
  id?: string;
  title?: string | null;
  source?: string | null;
  url?: string | null;
  published?: string | null;
  language?: string;
}

export async function analyzeRoutes(app: FastifyInstance, ctx: ApiContext): Promise<void> {
  app.post<{ Body: ArticleBody }>(
    '/api/analyze',
    { config: { access: 'read' }, schema: { summary: 'Analyse one article and return its sitrep/1 document (nothing is stored)', tags: ['analysis'], body: ARTICLE_BODY } },
    async (request) => {
      const body = request.body;
      if (!body.text.trim()) throw Object.assign(new Error('text is empty'), { statusCode: 400 });
      const doc = ctx.pipeline.run(new SitrepDocument({ ...body, id: body.id ?? 'api' }));
      return toJson(doc);
    },
  );
}
