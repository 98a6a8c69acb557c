/**
 * @module Serves the built web app (dist/web: HTML, the esbuild bundle, Leaflet's CSS and the Natural
 * Earth boundaries) from memory. A fixed set of files read once at start: no path from a request
 * ever reaches the file system.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { FastifyInstance } from 'fastify';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json',
};

export async function webRoutes(app: FastifyInstance, root: string): Promise<void> {
  const files = new Map<string, { body: Buffer; type: string }>();
  const walk = (dir: string, prefix: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path, `${prefix}${name}/`);
      else files.set(`/${prefix}${name}`, { body: readFileSync(path), type: TYPES[extname(name)] ?? 'application/octet-stream' });
    }
  };
  walk(root, '');
  const index = files.get('/index.html');
  if (!index) throw new Error(`no index.html in ${root}: run npm run build`);
  app.get('/', { config: { access: 'public' }, schema: { hide: true } }, async (_request, reply) => reply.type(index.type).header('cache-control', 'no-cache').send(index.body));
  app.get<{ Params: { '*': string } }>('/*', { config: { access: 'public' }, schema: { hide: true } }, async (request, reply) => {
    // The path as routed (decoded), like every other route, not the raw URL.
    const path = `/${request.params['*']}`;
    const file = files.get(path);
    if (!file) return reply.code(404).send({ statusCode: 404, error: 'Not Found', message: `no file ${path}` });
    return reply.type(file.type).header('cache-control', 'no-cache').send(file.body);
  });
}
