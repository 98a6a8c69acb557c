/**
 * @module The OpenAPI 3.1 description of the API, assembled from the routes as Fastify registered
 * them: the JSON Schemas that validate each request are the ones documented.
 */
export interface RouteDoc {
  method: string;
  url: string;
  write: boolean;
  schema?: {
    summary?: string;
    description?: string;
    tags?: string[];
    querystring?: JsonSchema;
    params?: JsonSchema;
    body?: JsonSchema;
    produces?: string[];
  };
}

type JsonSchema = { properties?: Record<string, Record<string, unknown>>; required?: string[]; [k: string]: unknown };

function parameters(where: 'query' | 'path', schema: JsonSchema | undefined) {
  if (!schema?.properties) return [];
  return Object.entries(schema.properties).map(([name, s]) => ({
    name,
    in: where,
    required: where === 'path' || (schema.required ?? []).includes(name),
    description: typeof s.description === 'string' ? s.description : undefined,
    schema: Object.fromEntries(Object.entries(s).filter(([k]) => k !== 'description')),
  }));
}

export function buildOpenApi(routes: readonly RouteDoc[]): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const r of routes) {
    const path = r.url.replace(/:([A-Za-z_]+)/g, '{$1}');
    const s = r.schema ?? {};
    const op: Record<string, unknown> = {
      summary: s.summary,
      description: s.description,
      tags: s.tags,
      parameters: [...parameters('path', s.params), ...parameters('query', s.querystring)],
      responses: {
        '200': { description: 'OK', content: Object.fromEntries((s.produces ?? ['application/json']).map((t) => [t, {}])) },
        '400': { description: 'Invalid request (the message says which part and why)' },
        ...(r.write ? { '401': { description: 'Missing or wrong token' }, '403': { description: 'Writes disabled (no token configured)' } } : {}),
      },
    };
    if (s.body) op.requestBody = { required: true, content: { 'application/json': { schema: s.body } } };
    if (r.write) op.security = [{ bearer: [] }];
    (paths[path] ??= {})[r.method.toLowerCase()] = op;
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'sitrep API',
      version: '1',
      description:
        'Conflict and political news as auditable event data. Documents follow the sitrep/1 schema; every extracted field points at character offsets of its document. Write endpoints need a bearer token.',
    },
    components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
    paths,
  };
}
