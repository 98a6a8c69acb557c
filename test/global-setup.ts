/**
 * @module Test-run setup: one real PostgreSQL server for every test file that needs it. Where
 * PostgreSQL is not installed (a user's laptop) those tests skip and say so; in CI (CI=true) its
 * absence is a failure, so a green CI always means both stores were tested.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startPostgres, type PostgresServer } from './postgres.js';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresUrl: string | null;
    postgresMissing: string | null;
    /** Folder for the test run's temporary files (databases, browser profiles), removed at the end. */
    tempRoot: string | null;
  }
}

let server: PostgresServer | null = null;
let tempRoot: string | null = null;

export async function setup(project: TestProject): Promise<void> {
  let missing: string | null = null;
  try {
    server = await startPostgres();
    if (!server) missing = 'PostgreSQL is not installed (Debian: apt-get install postgresql)';
  } catch (error) {
    missing = (error as Error).message;
  }
  if (missing && process.env.CI === 'true') throw new Error(`CI needs PostgreSQL for the store tests: ${missing}`);
  tempRoot = mkdtempSync(join(tmpdir(), 'sitrep-tests-'));
  project.provide('tempRoot', tempRoot);
  project.provide('postgresUrl', server?.url ?? null);
  project.provide('postgresMissing', missing);
}

export async function teardown(): Promise<void> {
  server?.stop();
  if (tempRoot) rmSync(tempRoot, { recursive: true, force: true });
}
