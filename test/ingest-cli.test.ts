/**
 * `sitrep ingest` on the 249-article corpus, on SQLite and PostgreSQL: killed mid-batch (SIGKILL, no
 * chance to clean up), the database is intact and holds only whole documents; a re-run completes
 * it; a third run stores nothing twice.
 */
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { expect, inject, it } from 'vitest';
import { openStore } from '../src/store/index.js';
import { createDatabase } from './postgres.js';
import { tempDir } from './stores.js';
import { describeShared, ROOT, sharedPath } from './support.js';

const BIN = join(ROOT, 'dist', 'src', 'cli', 'main.js');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function ingest(db: string, file: string) {
  const r = spawnSync(process.execPath, [BIN, 'ingest', file, '--db', db], { encoding: 'utf8', timeout: 600_000 });
  return { code: r.status, stderr: r.stderr };
}

async function documents(db: string): Promise<number> {
  const store = await openStore(db);
  try {
    return (await store.stats()).documents;
  } finally {
    await store.close();
  }
}

/** Every stored document is whole: its JSON parses, and its rows match the layer counts it carries. */
async function checkWhole(db: string): Promise<number> {
  const store = await openStore(db);
  try {
    const all = await store.listDocuments({ limit: 1000 });
    let events = 0;
    for (const d of all.items) {
      const json = await store.getDocument(d.id);
      expect(json?.document.id).toBe(d.id);
      expect(((json?.sentences as unknown[]) ?? []).length).toBe(d.counts.sentences);
      events += d.counts.events ?? 0;
    }
    expect((await store.stats()).events).toBe(events);
    return all.total;
  } finally {
    await store.close();
  }
}

function backends(): { name: string; db: () => Promise<string> }[] {
  const list = [{ name: 'sqlite', db: async () => join(tempDir(), 'kill.db') }];
  const url = inject('postgresUrl');
  if (url) list.push({ name: 'postgres', db: () => createDatabase(url, 'sitrep_kill') });
  else console.warn(`[sitrep tests] ingest kill test on PostgreSQL skipped: ${inject('postgresMissing')}`);
  return list;
}

describeShared('sitrep ingest on the Guardian corpus', () => {
  const corpus = sharedPath('corpus', 'guardian-syria.jsonl');
  const total = readFileSync(corpus, 'utf8').split('\n').filter(Boolean).length;

  for (const backend of backends()) {
    it(`survives a kill mid-batch, completes on a re-run and stores it once [${backend.name}]`, async () => {
      const db = await backend.db();
      // A first connection creates the schema, so the poller below never races the migrations.
      expect(await documents(db)).toBe(0);
      const child = spawn(process.execPath, [BIN, 'ingest', corpus, '--db', db], { stdio: ['ignore', 'ignore', 'pipe'] });
      const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
      // Kill as soon as some documents are in: well before the batch ends.
      const peek = backend.name === 'sqlite' ? new Database(db, { readonly: true }) : null;
      let seen = 0;
      for (let i = 0; i < 30_000 && seen < 20; i++) {
        seen = peek ? (peek.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n : await documents(db);
        if (seen < 20) await sleep(peek ? 2 : 10);
      }
      child.kill('SIGKILL');
      await exited;
      peek?.close();

      if (backend.name === 'sqlite') {
        const raw = new Database(db);
        expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
        raw.exec("INSERT INTO documents_fts (documents_fts) VALUES ('integrity-check')");
        raw.exec("INSERT INTO events_fts (events_fts) VALUES ('integrity-check')");
        raw.close();
      }
      const stored = await checkWhole(db);
      expect(stored).toBeGreaterThanOrEqual(20);
      expect(stored).toBeLessThan(total);

      const rerun = ingest(db, corpus);
      expect(rerun.code, rerun.stderr).toBe(0);
      expect(rerun.stderr).toMatch(new RegExp(`${total - stored} added, 0 updated, ${stored} unchanged, 0 errors`));
      expect(await checkWhole(db)).toBe(total);

      const again = ingest(db, corpus);
      expect(again.code).toBe(0);
      expect(again.stderr).toMatch(new RegExp(`0 added, 0 updated, ${total} unchanged, 0 errors`));
      expect(await documents(db)).toBe(total);
    });
  }
});
