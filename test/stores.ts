/**
 * @module Runs a test suite on every store backend: SQLite (a temporary file) and PostgreSQL (a
 * fresh database on the server `global-setup.ts` started). Without PostgreSQL, its half skips with
 * the reason; in CI the setup fails instead.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, inject } from 'vitest';
import { openPostgres } from '../src/store/postgres/index.js';
import { openSqlite } from '../src/store/sqlite/index.js';
import type { Store } from '../src/store/types.js';
import { createDatabase } from './postgres.js';

export type Opener = () => Promise<Store>;

/** A temporary directory inside the test run's own, which the global teardown removes. */
export function tempDir(prefix = 'sitrep-test-'): string {
  return mkdtempSync(join(inject('tempRoot') ?? tmpdir(), prefix));
}

export function describeStores(name: string, suite: (open: Opener, kind: 'sqlite' | 'postgres') => void): void {
  describe(`${name} [sqlite]`, () => {
    suite(async () => openSqlite(join(tempDir(), 'test.db')), 'sqlite');
  });
  const url = inject('postgresUrl');
  if (url) {
    describe(`${name} [postgres]`, () => {
      suite(async () => openPostgres(await createDatabase(url, 'sitrep_test')), 'postgres');
    });
  } else {
    const why = inject('postgresMissing') ?? 'no server';
    console.warn(`[sitrep tests] skipping "${name}" on PostgreSQL: ${why}`);
    describe.skip(`${name} [postgres] (skipped: ${why})`, () => suite(async () => { throw new Error('unreachable'); }, 'postgres'));
  }
}
