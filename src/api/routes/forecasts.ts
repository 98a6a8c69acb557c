/** @module The forecast ledger: forecasts, pledges and plans with their deadlines, pending or past due. */
import type { FastifyInstance } from 'fastify';
import type { ApiContext } from '../app.js';

export async function forecastRoutes(app: FastifyInstance, { store }: ApiContext): Promise<void> {
  app.get<{ Querystring: { asOf?: string; state?: string; limit?: number; offset?: number } }>(
    '/api/forecasts',
    {
      config: { access: 'read' },
      schema: {
        summary: 'Forecasts, pledges and plans with their deadlines, marked pending, past_due or open (no deadline)',
        tags: ['forecasts'],
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            asOf: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'judge deadlines as of this day (default today)' },
            state: { type: 'string', enum: ['pending', 'past_due', 'open'] },
            limit: { type: 'integer', minimum: 0, maximum: 1000, default: 500 },
            offset: { type: 'integer', minimum: 0, default: 0, description: 'skip this many (the next page)' },
          },
        },
      },
    },
    async (request) => {
      const asOf = request.query.asOf ?? new Date().toISOString().slice(0, 10);
      return { asOf, items: await store.forecasts({ ...request.query, asOf }) };
    },
  );
}
