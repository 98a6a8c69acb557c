/** @module Query parameters shared by the event routes and the exports: schema and parsing. */
import type { EventQuery } from '../../store/types.js';

const DATE = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' } as const;

/** Most values a comma-separated filter takes (more than any vocabulary has: PLOVER has 16 types,
 * sitrep 8 statuses): each length is another SQL statement, and a long list only slows the query. */
export const MAX_LIST = 32;

export const PAGING = {
  limit: { type: 'integer', minimum: 0, maximum: 1000, default: 100, description: 'page size (at most 1000)' },
  offset: { type: 'integer', minimum: 0, default: 0 },
} as const;

export const EVENT_QUERY = {
  type: 'object',
  additionalProperties: false,
  properties: {
    actor: { type: 'string', maxLength: 200, description: 'entity key (e.g. actors:islamic-state) or exact name, any role' },
    role: { type: 'string', enum: ['actor', 'recipient', 'source'], description: 'role the actor must have' },
    type: { type: 'string', maxLength: 1000, pattern: '^[A-Z_]+(,[A-Z_]+)*$', description: `PLOVER types, comma-separated (ASSAULT,COERCE), at most ${MAX_LIST}` },
    status: { type: 'string', maxLength: 1000, pattern: '^[a-z_]+(,[a-z_]+)*$', description: `statuses, comma-separated (asserted,alleged), at most ${MAX_LIST}` },
    place: { type: 'string', maxLength: 200, description: 'GeoNames id, place name, or two-letter country code' },
    bbox: { type: 'string', pattern: '^-?[\\d.]+,-?[\\d.]+,-?[\\d.]+,-?[\\d.]+$', description: 'west,south,east,north in degrees' },
    from: { ...DATE, description: 'events whose dates reach this day or later' },
    to: { ...DATE, description: 'events whose dates start this day or earlier' },
    q: { type: 'string', maxLength: 500, description: 'full text over the evidence sentence, actors and place' },
    doc: { type: 'string', maxLength: 500, description: 'document id' },
    group: { type: 'integer', minimum: 1, description: 'merge group id' },
    ...PAGING,
  },
} as const;

export class BadRequest extends Error {
  statusCode = 400;
}

/** A comma-separated filter's values, each once; a 400 naming the filter when there are too many. */
export function listParam(name: string, value: string): string[] {
  const values = [...new Set(value.split(','))];
  if (values.length > MAX_LIST) throw new BadRequest(`${name} takes at most ${MAX_LIST} different values (got ${values.length})`);
  return values;
}

export function parseEventQuery(q: Record<string, unknown>): EventQuery {
  const out: EventQuery = {};
  if (typeof q.actor === 'string') out.actor = q.actor;
  if (typeof q.role === 'string') out.role = q.role;
  if (typeof q.type === 'string') out.types = listParam('type', q.type);
  if (typeof q.status === 'string') out.statuses = listParam('status', q.status);
  if (typeof q.place === 'string') out.place = q.place;
  if (typeof q.bbox === 'string') {
    const b = q.bbox.split(',').map(Number) as [number, number, number, number];
    if (b.some((x) => !Number.isFinite(x)) || b[0] > b[2] || b[1] > b[3] || Math.abs(b[1]) > 90 || Math.abs(b[3]) > 90) {
      throw new BadRequest('bbox must be west,south,east,north with west ≤ east and south ≤ north, latitudes within ±90');
    }
    out.bbox = b;
  }
  if (typeof q.from === 'string') out.from = q.from;
  if (typeof q.to === 'string') out.to = q.to;
  if (out.from && out.to && out.from > out.to) throw new BadRequest(`from (${out.from}) is after to (${out.to})`);
  if (typeof q.q === 'string') out.q = q.q;
  if (typeof q.doc === 'string') out.doc = q.doc;
  if (typeof q.group === 'number') out.cluster = q.group;
  if (typeof q.limit === 'number') out.limit = q.limit;
  if (typeof q.offset === 'number') out.offset = q.offset;
  return out;
}
