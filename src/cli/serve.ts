/**
 * @module `sitrep serve [--db FILE|URL] [--port N]`: the HTTP API and the offline web app over a
 * store, optionally ingesting inputs first.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildApp, DEFAULT_BODY_LIMIT } from '../api/app.js';
import { buildPipeline } from '../stages/index.js';
import { DEFAULT_DB, openStore } from '../store/index.js';
import { commandArgs, fail } from './io.js';

export const SERVE_HELP = `usage: sitrep serve [options]

Serves the HTTP API (OpenAPI description at /api/openapi.json) and the web app.

options:
  --db FILE|URL      SQLite file (default ${DEFAULT_DB}, or $SITREP_DB) or postgres://… URL
  --port N           port (default 8080, or a free one if 8080 is taken; or $PORT; 0 picks a free one)
  --host ADDRESS     address to listen on (default 127.0.0.1; 0.0.0.0 for every interface)
  --token TOKEN      token for write endpoints (or $SITREP_TOKEN); without one, writes are refused
  --read-token TOKEN token for read endpoints too (or $SITREP_READ_TOKEN); without one, reads are open
  --max-body N       largest request body in bytes (default ${DEFAULT_BODY_LIMIT})
  --no-web           serve the API only
`;

export const WEB_ROOT = fileURLToPath(new URL('../../web/', import.meta.url));

export async function serveCommand(argv: string[]): Promise<number> {
  const args = commandArgs(
    argv,
    {
      db: { type: 'string' },
      port: { type: 'string' },
      host: { type: 'string' },
      token: { type: 'string' },
      'read-token': { type: 'string' },
      'max-body': { type: 'string' },
      'no-web': { type: 'boolean' },
    },
    SERVE_HELP,
    { positionals: false },
  );
  if (args.exit !== null) return args.exit;
  const { values } = args;
  const port = Number(values.port ?? process.env.PORT ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    fail(`--port must be a port number, not '${values.port}'`);
    return 2;
  }
  const bodyLimit = values['max-body'] === undefined ? DEFAULT_BODY_LIMIT : Number(values['max-body']);
  if (!Number.isInteger(bodyLimit) || bodyLimit <= 0) {
    fail('--max-body must be a positive number of bytes');
    return 2;
  }
  const webRoot = values['no-web'] ? null : WEB_ROOT;
  if (webRoot && !existsSync(webRoot)) {
    fail(`the web app is not built (${webRoot} is missing): run npm run build, or use --no-web`);
    return 1;
  }
  let store;
  try {
    store = await openStore(values.db ?? process.env.SITREP_DB ?? DEFAULT_DB);
  } catch (error) {
    fail(`cannot open the database: ${(error as Error).message}`);
    return 1;
  }
  const app = await buildApp({
    store,
    pipeline: buildPipeline(),
    writeToken: values.token ?? process.env.SITREP_TOKEN ?? null,
    readToken: values['read-token'] ?? process.env.SITREP_READ_TOKEN ?? null,
    bodyLimit,
    webRoot,
  });
  const host = values.host ?? '127.0.0.1';
  const chosen = values.port !== undefined || process.env.PORT !== undefined;
  try {
    try {
      await app.listen({ port, host });
    } catch (error) {
      // The default port taken (another server, another sitrep): take a free one rather than fail.
      if (chosen || (error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
      process.stderr.write(`sitrep: port ${port} is taken; using a free one\n`);
      await app.listen({ port: 0, host });
    }
  } catch (error) {
    fail(`cannot listen on ${host}:${port}: ${(error as Error).message}${(error as NodeJS.ErrnoException).code === 'EADDRINUSE' ? ' (try --port 0 or another port)' : ''}`);
    await store.close();
    return 1;
  }
  const address = app.server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  const shown = host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  const stats = await store.stats();
  process.stdout.write(`sitrep: serving ${stats.documents} documents from ${store.location} at http://${shown}:${actual}/ (API: /api/openapi.json)\n`);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await app.close();
  await store.close();
  return 0;
}
