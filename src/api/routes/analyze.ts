/** @module POST /api/analyze: analyse a text without storing it. */
import type { FastifyInstance } from 'fastify';
import { isRealDate, SitrepDocument } from '../../model/document.js';
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

/** A 400 when `published` is given but names no real day (the schema's pattern lets 2018-02-30 by);
 * the same check as the command line's --published. */
export function checkPublished(body: { published?: string | null }): void {
  if (body.published != null && !isRealDate(body.published)) {
    throw Object.assign(new Error(`body/published is not a real calendar date: '${body.published}'`), { statusCode: 400 });
  }
}

export async function analyzeRoutes(app: FastifyInstance, ctx: ApiContext): Promise<void> {
  app.post<{ Body: ArticleBody }>(
    '/api/analyze',
    { config: { access: 'read' }, schema: { summary: 'Analyse one article and return its sitrep/1 document (nothing is stored)', tags: ['analysis'], body: ARTICLE_BODY } },
    async (request) => {
      const body = request.body;
      if (!body.text.trim()) throw Object.assign(new Error('text is empty'), { statusCode: 400 });
      checkPublished(body);
      const doc = ctx.pipeline.run(new SitrepDocument({ ...body, id: body.id ?? 'api' }));
      return toJson(doc);
    },
  );
}
