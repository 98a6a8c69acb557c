/**
 * @module The HTTP API and web app over a store (Fastify 5): mounts one plugin per resource, one
 * error handler, token checks, and the OpenAPI description built from the routes' own schemas (so
 * it cannot drift from what is validated).
 *
 * Access is decided from the route Fastify matched, never from the raw URL (a percent-encoded path
 * such as `/%61pi/documents` matches `/api/documents`): every route declares `config.access`, and a
 * route that declares none is refused. `public` routes (health, OpenAPI, the web app) are always
 * open; `read` routes are open unless a read token is set; `write` routes need the write token, and
 * with none configured they are refused. Request bodies are size-limited.
 */
import { timingSafeEqual } from 'node:crypto';
import { STATUS_CODES } from 'node:http';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import type { Pipeline } from '../pipeline/pipeline.js';
import type { Store } from '../store/types.js';
import { buildOpenApi, type RouteDoc } from './openapi.js';
import { analyzeRoutes } from './routes/analyze.js';
import { claimRoutes } from './routes/claims.js';
import { documentRoutes } from './routes/documents.js';
import { entityRoutes } from './routes/entities.js';
import { eventRoutes } from './routes/events.js';
import { exportRoutes } from './routes/exports.js';
import { forecastRoutes } from './routes/forecasts.js';
import { storyRoutes } from './routes/stories.js';
import { webRoutes } from './web.js';

export interface AppOptions {
  store: Store;
  pipeline: Pipeline;
  /** Token required by write endpoints (ingest, delete, merge changes). None: writes are refused. */
  writeToken?: string | null;
  /** Token required by read endpoints too (the write token is accepted as well). None: reads open. */
  readToken?: string | null;
  /** Largest request body, in bytes. */
  bodyLimit?: number;
  /** Folder of the built web app; null to serve the API only. */
  webRoot?: string | null;
  logger?: boolean;
}

declare module 'fastify' {
  /** Documentation fields, read by the OpenAPI builder (Fastify itself ignores them). */
  interface FastifySchema {
    summary?: string;
    description?: string;
    tags?: string[];
    produces?: string[];
    hide?: boolean;
  }
  interface FastifyContextConfig {
    /** Who may call the route (see the module comment); a route without it is refused. */
    access?: Access;
  }
}

/** public: anyone; read: anyone unless a read token is set; write: the write token only. */
export type Access = 'public' | 'read' | 'write';

export interface ApiContext {
  store: Store;
  pipeline: Pipeline;
  bodyLimit: number;
}

export const DEFAULT_BODY_LIMIT = 2 * 1024 * 1024;

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function bearer(request: FastifyRequest): string | null {
  const h = request.headers.authorization;
  if (typeof h === 'string' && /^Bearer\s+/i.test(h)) return h.replace(/^Bearer\s+/i, '').trim();
  const t = request.headers['x-sitrep-token'];
  return typeof t === 'string' ? t : null;
}

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const bodyLimit = options.bodyLimit ?? DEFAULT_BODY_LIMIT;
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit,
    ajv: { customOptions: { coerceTypes: true, removeAdditional: false, allErrors: false } },
  });
  const routes: RouteDoc[] = [];
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/') || route.method === 'HEAD') return;
    for (const method of [route.method].flat()) if (method !== 'HEAD') routes.push({ method, url: route.url, schema: route.schema as RouteDoc['schema'], write: route.config?.access === 'write' });
  });

  app.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    // An unknown path is answered like a read (404, or 401 when reads are protected).
    const access = request.is404 ? 'read' : request.routeOptions.config?.access;
    if (access === 'public') return;
    if (access !== 'read' && access !== 'write') {
      return reply.code(403).send({ statusCode: 403, error: 'Forbidden', message: 'this route declares no access level, so it is refused' });
    }
    const token = bearer(request);
    if (access === 'write') {
      if (!options.writeToken) {
        return reply.code(403).send({ statusCode: 403, error: 'Forbidden', message: 'writes are disabled: start the server with --token or SITREP_TOKEN' });
      }
      if (!token || !sameToken(token, options.writeToken)) {
        return reply.code(401).header('www-authenticate', 'Bearer').send({ statusCode: 401, error: 'Unauthorized', message: 'this endpoint needs the write token (Authorization: Bearer …)' });
      }
      return;
    }
    if (options.readToken) {
      const ok = token && (sameToken(token, options.readToken) || (options.writeToken ? sameToken(token, options.writeToken) : false));
      if (!ok) return reply.code(401).header('www-authenticate', 'Bearer').send({ statusCode: 401, error: 'Unauthorized', message: 'this server needs a token to read (Authorization: Bearer …)' });
    }
  });

  app.setErrorHandler((error: Error & { statusCode?: number; validation?: unknown; code?: string }, request, reply) => {
    const status = error.statusCode && error.statusCode >= 400 && error.statusCode < 600 ? error.statusCode : 500;
    if (status >= 500) request.log.error(error);
    const message =
      error.code === 'FST_ERR_CTP_BODY_TOO_LARGE' ? `request body too large (the limit is ${bodyLimit} bytes)`
      : error.validation ? `invalid request: ${error.message}`
      : status >= 500 ? 'internal error'
      : error.message;
    reply.code(status).send({ statusCode: status, error: STATUS_CODES[status] ?? 'Error', message });
  });
  app.setNotFoundHandler((request, reply) => {
    reply.code(404).send({ statusCode: 404, error: 'Not Found', message: `no route ${request.method} ${request.url.split('?')[0]}` });
  });

  const ctx: ApiContext = { store: options.store, pipeline: options.pipeline, bodyLimit };
  await app.register(async (api) => {
    api.get('/api/health', { config: { access: 'public' }, schema: { summary: 'Liveness and store counts', tags: ['meta'] } }, async () => ({
      ok: true,
      store: options.store.kind,
      stats: await options.store.stats(),
      writes: !!options.writeToken,
      readsProtected: !!options.readToken,
    }));
    await analyzeRoutes(api, ctx);
    await documentRoutes(api, ctx);
    await eventRoutes(api, ctx);
    await entityRoutes(api, ctx);
    await claimRoutes(api, ctx);
    await forecastRoutes(api, ctx);
    await storyRoutes(api, ctx);
    await exportRoutes(api, ctx);
    api.get('/api/openapi.json', { config: { access: 'public' }, schema: { summary: 'This API, described in OpenAPI 3.1', tags: ['meta'] } }, async () => buildOpenApi(routes));
  });
  if (options.webRoot) await webRoutes(app, options.webRoot);
  return app;
}
