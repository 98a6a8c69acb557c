/**
 * @module Opening a store by its address: a `postgres://` (or `postgresql://`) URL for PostgreSQL,
 * anything else a SQLite file path (default `./sitrep.db`).
 */
import type { Store } from './types.js';

export * from './types.js';
export { contentHash, extractRecords, entityKey } from './records.js';

export const DEFAULT_DB = 'sitrep.db';

export function isPostgresUrl(target: string): boolean {
  return /^postgres(ql)?:\/\//i.test(target);
}

export async function openStore(target: string = process.env.SITREP_DB ?? DEFAULT_DB): Promise<Store> {
  // Each backend's driver loads only when used: a SQLite user never needs pg, and the reverse.
  if (isPostgresUrl(target)) return (await import('./postgres/index.js')).openPostgres(target);
  return (await import('./sqlite/index.js')).openSqlite(target);
}
