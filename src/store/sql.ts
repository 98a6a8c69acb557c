/**
 * @module The small SQL surface both backends provide: run a statement, read rows, and run a function
 * inside one transaction. Statements are written once with `?` placeholders in the SQL both SQLite
 * and PostgreSQL accept; each backend's dialect supplies only what differs (full-text search).
 */

export type Param = string | number | null;

export interface Sql {
  all<T = Record<string, unknown>>(sql: string, params?: readonly Param[]): Promise<T[]>;
  get<T = Record<string, unknown>>(sql: string, params?: readonly Param[]): Promise<T | undefined>;
  run(sql: string, params?: readonly Param[]): Promise<number>;
}

export interface Dialect {
  /** A condition true when row `seq` of `table` matches the full-text `query` (one parameter). */
  textMatch(table: 'documents' | 'events' | 'claims', seqColumn: string): string;
  /** Writes the search text of a row (SQLite keeps a separate FTS5 table; PostgreSQL a column). */
  indexText(sql: Sql, table: 'documents' | 'events' | 'claims', seq: number, text: string): Promise<void>;
  /** `indexText` for many rows at once. */
  indexTexts(sql: Sql, table: 'documents' | 'events' | 'claims', rows: [number, string][]): Promise<void>;
  /** Removes the search text of rows `seq IN (subquery)`. */
  unindexText(sql: Sql, table: 'documents' | 'events' | 'claims', seqSubquery: string, params: readonly Param[]): Promise<void>;
  /** A short highlighted extract of a document around the query terms, or null. */
  snippet?(sql: Sql, seq: number, query: string): Promise<string | null>;
  /** Serializes merges between concurrent writers (PostgreSQL: an advisory lock; SQLite: nothing). */
  lockMerges(sql: Sql): Promise<void>;
  /** Statement that refreshes planner statistics (SQLite: PRAGMA optimize; PostgreSQL: ANALYZE). */
  optimize: string;
  /** Turns free text into the backend's query syntax (terms ANDed, no operators honoured). */
  textQuery(q: string): string;
}

export interface Database extends Sql {
  readonly dialect: Dialect;
  tx<T>(fn: (sql: Sql) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface Migration {
  version: number;
  name: string;
  up: string;
}

/** Applies the migrations not yet recorded in `schema_migrations`, each in its own transaction. */
export async function migrate(db: Database, migrations: readonly Migration[]): Promise<number> {
  await db.run('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
  const done = new Set((await db.all<{ version: number }>('SELECT version FROM schema_migrations')).map((r) => Number(r.version)));
  let applied = 0;
  for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
    if (done.has(m.version)) continue;
    await db.tx(async (sql) => {
      // Another process may have applied it meanwhile (PostgreSQL): the insert below then fails and
      // the whole migration rolls back.
      for (const statement of splitStatements(m.up)) await sql.run(statement);
      await sql.run('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)', [m.version, m.name, new Date().toISOString()]);
    });
    applied++;
  }
  return applied;
}

/** Splits a migration on `;` at line ends (our migrations hold no procedural bodies). */
export function splitStatements(sql: string): string[] {
  return sql
    .split(/;\s*\n/)
    .map((s) => s.replace(/^\s*--.*$/gm, '').replace(/;\s*$/, '').trim())
    .filter(Boolean);
}
