/**
 * @module The embedded store: one SQLite file (better-sqlite3) in WAL mode, with FTS5 full-text
 * search. WAL plus one transaction per document is what lets an ingest be killed at any moment:
 * the file keeps every committed document and none of the one in flight.
 */
import Database from 'better-sqlite3';
import { SqlStore } from '../sql-store.js';
import { migrate, type Database as Db, type Dialect, type Param, type Sql } from '../sql.js';
import { SQLITE_MIGRATIONS } from './migrations.js';

type Statement = Database.Statement<unknown[], unknown>;

/** Prepared statements kept per connection. Statements differ by the length of their IN lists (a
 * page's ids, a document's actors), so the cache drops the least recently used beyond this. */
export const STATEMENT_CACHE = 256;

/** FTS5 query from free text: every word quoted (so operators and punctuation are literal), ANDed. */
export function fts5Query(q: string): string {
  const words = q.match(/[\p{L}\p{N}_]+/gu) ?? [];
  return words.map((w) => `"${w}"`).join(' ') || '""';
}

const FTS_TABLE = { documents: 'documents_fts', events: 'events_fts', claims: 'claims_fts' } as const;

const dialect: Dialect = {
  textMatch: (table, seq) => `${seq} IN (SELECT rowid FROM ${FTS_TABLE[table]} WHERE ${FTS_TABLE[table]} MATCH ?)`,
  async indexText(sql, table, seq, text) {
    await sql.run(`INSERT INTO ${FTS_TABLE[table]} (rowid, text) VALUES (?, ?)`, [seq, text]);
  },
  async indexTexts(sql, table, rows) {
    for (const [seq, text] of rows) await sql.run(`INSERT INTO ${FTS_TABLE[table]} (rowid, text) VALUES (?, ?)`, [seq, text]);
  },
  async unindexText(sql, table, sub, params) {
    await sql.run(`DELETE FROM ${FTS_TABLE[table]} WHERE rowid IN (${sub})`, params);
  },
  async snippet(sql, seq, query) {
    const row = await sql.get<{ s: string }>(
      "SELECT snippet(documents_fts, 0, '«', '»', '…', 24) AS s FROM documents_fts WHERE documents_fts MATCH ? AND rowid = ?",
      [query, seq],
    );
    return row?.s ?? null;
  },
  async lockMerges() {
    // One writer at a time already: SQLite serializes write transactions (BEGIN IMMEDIATE).
  },
  optimize: 'PRAGMA optimize = 0x10002',
  textQuery: fts5Query,
};

class SqliteDatabase implements Db {
  readonly dialect = dialect;
  private readonly statements = new Map<string, Statement>();
  private queue: Promise<unknown> = Promise.resolve();

  constructor(readonly raw: Database.Database) {}

  /** A cached statement; the Map's insertion order is the recency order (a hit moves to the end). */
  private prepare(sql: string): Statement {
    let s = this.statements.get(sql);
    if (s) {
      this.statements.delete(sql);
    } else {
      s = this.raw.prepare(sql);
      if (this.statements.size >= STATEMENT_CACHE) this.statements.delete(this.statements.keys().next().value!);
    }
    this.statements.set(sql, s);
    return s;
  }

  /** How many prepared statements are cached (for tests). */
  get cachedStatements(): number {
    return this.statements.size;
  }

  async all<T>(sql: string, params: readonly Param[] = []): Promise<T[]> {
    return this.prepare(sql).all(...params) as T[];
  }

  async get<T>(sql: string, params: readonly Param[] = []): Promise<T | undefined> {
    const s = this.prepare(sql);
    return (s.reader ? s.get(...params) : (s.run(...params), undefined)) as T | undefined;
  }

  async run(sql: string, params: readonly Param[] = []): Promise<number> {
    const s = this.prepare(sql);
    if (s.reader) {
      s.all(...params);
      return 0;
    }
    return s.run(...params).changes;
  }

  /** Transactions are queued: the connection is shared, and a transaction spans awaits. */
  tx<T>(fn: (sql: Sql) => Promise<T>): Promise<T> {
    const run = async () => {
      this.raw.exec('BEGIN IMMEDIATE');
      try {
        const result = await fn(this);
        this.raw.exec('COMMIT');
        return result;
      } catch (error) {
        if (this.raw.inTransaction) this.raw.exec('ROLLBACK');
        throw error;
      }
    };
    const next = this.queue.then(run, run);
    this.queue = next.catch(() => undefined);
    return next;
  }

  async close(): Promise<void> {
    await this.queue;
    this.raw.close();
  }
}

export interface SqliteOptions {
  readonly?: boolean;
}

export async function openSqlite(path: string, options: SqliteOptions = {}): Promise<SqlStore> {
  const raw = new Database(path, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
  if (!options.readonly) raw.pragma('journal_mode = WAL');
  raw.pragma('foreign_keys = ON');
  // NORMAL is durable in WAL mode against a killed process (only a power loss may drop the last
  // commits), and much faster than FULL for one transaction per document.
  raw.pragma('synchronous = NORMAL');
  raw.pragma('busy_timeout = 10000');
  const db = new SqliteDatabase(raw);
  if (!options.readonly) await migrate(db, SQLITE_MIGRATIONS);
  return new SqlStore('sqlite', path, db);
}
