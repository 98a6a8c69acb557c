/**
 * @module The team store: PostgreSQL through `pg`, with the same schema versions as SQLite and
 * full-text search on generated tsvector columns. Several ingesting processes may share a server:
 * each document is one transaction, and merges take an advisory lock so two articles about the same
 * event arriving at once still end up in one group.
 */
import pg from 'pg';
import { SqlStore } from '../sql-store.js';
import { migrate, type Database as Db, type Dialect, type Param, type Sql } from '../sql.js';
import { POSTGRES_MIGRATIONS } from './migrations.js';

// Dates stay strings (`YYYY-MM-DD`) as in SQLite; BIGINT counts come back as numbers.
pg.types.setTypeParser(20, (v: string) => Number(v));

/** `?` placeholders → `$1, $2, …` (our statements hold no `?` inside string literals). */
export function numberPlaceholders(sql: string): string {
  let i = 0;
  return sql.replace(/\?/g, () => `$${++i}`);
}

const MERGE_LOCK = 0x51747265; // any constant: one lock for all merges

/** Words joined by AND, each as a prefix-free lexeme: free text never raises a tsquery syntax error. */
export function tsQuery(q: string): string {
  return (q.match(/[\p{L}\p{N}_]+/gu) ?? []).join(' ');
}

const TEXT_LIMIT = 500_000; // a tsvector holds at most 1 MB; articles are far shorter

const dialect: Dialect = {
  textMatch: (table, seq) => `${seq} IN (SELECT seq FROM ${table} WHERE search @@ plainto_tsquery('english', ?))`,
  async indexText(sql, table, seq, text) {
    await sql.run(`UPDATE ${table} SET search = to_tsvector('english', left(?, ${TEXT_LIMIT})) WHERE seq = ?`, [text, seq]);
  },
  async indexTexts(sql, table, rows) {
    for (let i = 0; i < rows.length; i += 400) {
      const chunk = rows.slice(i, i + 400);
      await sql.run(
        `UPDATE ${table} SET search = to_tsvector('english', left(v.t, ${TEXT_LIMIT}))
           FROM (VALUES ${chunk.map(() => '(?::bigint, ?::text)').join(', ')}) AS v(s, t) WHERE ${table}.seq = v.s`,
        chunk.flat(),
      );
    }
  },
  async unindexText() {
    // The search vector is a column of the row itself: deleting the row removes it.
  },
  async snippet(sql, seq, query) {
    const row = await sql.get<{ s: string }>(
      `SELECT ts_headline('english', left(text, ${TEXT_LIMIT}), plainto_tsquery('english', ?), 'StartSel=«, StopSel=», MaxWords=30, MinWords=12') AS s
         FROM (SELECT (json::json -> 'document' ->> 'text') AS text FROM documents WHERE seq = ?) t`,
      [query, seq],
    );
    return row?.s ?? null;
  },
  async lockMerges(sql) {
    await sql.get('SELECT pg_advisory_xact_lock(?)', [MERGE_LOCK]);
  },
  optimize: 'ANALYZE',
  textQuery: tsQuery,
};

class Runner implements Sql {
  constructor(private readonly client: pg.Pool | pg.PoolClient) {}

  async all<T>(sql: string, params: readonly Param[] = []): Promise<T[]> {
    return (await this.client.query(numberPlaceholders(sql), params as Param[])).rows as T[];
  }

  async get<T>(sql: string, params: readonly Param[] = []): Promise<T | undefined> {
    return (await this.all<T>(sql, params))[0];
  }

  async run(sql: string, params: readonly Param[] = []): Promise<number> {
    return (await this.client.query(numberPlaceholders(sql), params as Param[])).rowCount ?? 0;
  }
}

class PostgresDatabase extends Runner implements Db {
  readonly dialect = dialect;

  constructor(private readonly pool: pg.Pool) {
    super(pool);
  }

  async tx<T>(fn: (sql: Sql) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const result = await fn(new Runner(client));
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}

/** The URL without its password, for messages. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'postgres://…';
  }
}

export async function openPostgres(url: string, options: { max?: number } = {}): Promise<SqlStore> {
  const pool = new pg.Pool({ connectionString: url, max: options.max ?? 8 });
  pool.on('error', () => undefined); // an idle client's error is reported by the next query
  const db = new PostgresDatabase(pool);
  try {
    // Two processes opening a fresh database at once: the second waits for the first's migrations.
    await db.tx(async (sql) => {
      await sql.get('SELECT pg_advisory_xact_lock(?)', [MERGE_LOCK + 1]);
      await migrate(
        { ...db, dialect, all: sql.all.bind(sql), get: sql.get.bind(sql), run: sql.run.bind(sql), tx: (fn) => fn(sql), close: async () => {} },
        POSTGRES_MIGRATIONS,
      );
    });
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw new Error(`cannot open ${redactUrl(url)}: ${(error as Error).message}`);
  }
  return new SqlStore('postgres', redactUrl(url), db);
}
