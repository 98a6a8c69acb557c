/**
 * @module Command-line plumbing: output sinks (standard output, or a file or directory written
 * atomically), the checks on --out and --published, and progress on standard error when it is a
 * terminal.
 */
import { createWriteStream, existsSync, mkdirSync, readdirSync, renameSync, rmdirSync, rmSync, statSync, type Stats } from 'node:fs';
import { once } from 'node:events';
import { dirname, join, resolve } from 'node:path';
import { finished } from 'node:stream/promises';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { DocumentInit } from '../model/document.js';
import { normalizePublished } from '../model/document.js';

export interface Sink {
  write(chunk: string): Promise<void>;
  /** Finishes the output; with `commit` false (a failed run), a file output is discarded. Only the
   * first call does anything, so a `finally` can always discard. */
  close(commit: boolean): Promise<void>;
}

/** The output could not be written: the message names the path and the reason. */
export class OutputError extends Error {
  override name = 'OutputError';
  constructor(path: string, reason: unknown) {
    super(`cannot write ${path}: ${reason instanceof Error ? reason.message : String(reason)}`);
  }
}

function statOrNull(path: string): Stats | null {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

/**
 * Why `--out PATH` cannot take the output, or null: checked before any work, so a run never analyses
 * a batch to lose it at the end. A file output must not be a directory; a directory output (brat)
 * must be one if it exists; either way the directory it goes in must exist.
 */
export function outputProblem(path: string | undefined, kind: 'file' | 'directory'): string | null {
  if (!path || path === '-') return null;
  const target = statOrNull(path);
  if (kind === 'file' && target?.isDirectory()) return `--out ${path} is a directory; give a file name`;
  if (kind === 'directory' && target && !target.isDirectory()) return `--out ${path} is not a directory`;
  const parent = dirname(resolve(path));
  const info = statOrNull(parent);
  if (!info) return `--out ${path}: the directory ${parent} does not exist`;
  if (!info.isDirectory()) return `--out ${path}: ${parent} is not a directory`;
  return null;
}

/**
 * Standard output, or `path` written to a temporary file beside it and renamed into place on success,
 * so a failed run never leaves a half-written result where a good one was. A device or pipe (e.g.
 * /dev/null) is written directly: it cannot be replaced. Write errors (disk full, …) reject with an
 * OutputError naming `path`; the temporary file is removed whatever happens.
 */
export function openSink(path: string | undefined): Sink {
  if (!path || path === '-') {
    const out = process.stdout;
    return {
      async write(chunk) {
        if (!out.write(chunk)) await once(out, 'drain');
      },
      async close() {},
    };
  }
  const existing = statOrNull(path);
  const direct = existing !== null && !existing.isFile() && !existing.isDirectory();
  const target = direct ? path : `${path}.${process.pid}.tmp`;
  const stream = createWriteStream(target);
  let error: Error | null = null;
  stream.on('error', (e) => (error ??= e));
  const failure = () => new OutputError(path, error ?? 'the output closed early');
  let closed = false;
  return {
    async write(chunk) {
      if (error || stream.destroyed) throw failure();
      if (!stream.write(chunk)) {
        // An error destroys the stream: 'close' then ends the wait that 'drain' never would.
        await new Promise<void>((done) => {
          const settle = () => {
            stream.off('drain', settle);
            stream.off('close', settle);
            done();
          };
          stream.on('drain', settle);
          stream.on('close', settle);
        });
        if (error) throw failure();
      }
    },
    async close(commit) {
      if (closed) return;
      closed = true;
      let placed = direct;
      try {
        if (commit && !error && !stream.destroyed) stream.end();
        else stream.destroy();
        try {
          await finished(stream);
        } catch (e) {
          if (commit) error ??= e as Error;
        }
        if (!commit) return;
        if (error) throw failure();
        if (!direct) {
          try {
            renameSync(target, path);
          } catch (e) {
            throw new OutputError(path, e);
          }
          placed = true;
        }
      } finally {
        if (!placed) rmSync(target, { force: true });
      }
    },
  };
}

/**
 * A directory output written into a staging directory beside `path` and moved into place when the run
 * succeeds: a failed run leaves `path` as it was. A new or empty `path` is replaced in one rename; into
 * a directory that already holds files, each file is moved (replacing its namesake) at the end.
 */
export function stagedDirectory(path: string): { dir: string; commit(): void; discard(): void } {
  const dir = `${path.replace(/[/\\]+$/, '')}.${process.pid}.tmp`;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir);
  return {
    dir,
    commit() {
      try {
        if (existsSync(path) && readdirSync(path).length === 0) rmdirSync(path);
        if (!existsSync(path)) renameSync(dir, path);
        else {
          for (const name of readdirSync(dir)) renameSync(join(dir, name), join(path, name));
          rmSync(dir, { recursive: true, force: true });
        }
      } catch (e) {
        rmSync(dir, { recursive: true, force: true });
        throw new OutputError(path, e);
      }
    },
    discard() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export class Progress {
  private readonly tty = Boolean(process.stderr.isTTY);
  private last = 0;
  private readonly started = performance.now();

  constructor(private readonly label: string, private readonly quiet = false) {}

  tick(done: number, errors: number): void {
    if (!this.tty || this.quiet) return;
    const now = performance.now();
    if (now - this.last < 200) return;
    this.last = now;
    const rate = done / ((now - this.started) / 1000 || 1);
    process.stderr.write(`\r${this.label}: ${done} documents, ${errors} errors, ${rate.toFixed(1)}/s   `);
  }

  /** The one-line summary every batch ends with. */
  done(summary: string): void {
    if (this.tty && !this.quiet) process.stderr.write('\r\x1b[K');
    if (!this.quiet) process.stderr.write(`${summary}\n`);
  }

  seconds(): number {
    return (performance.now() - this.started) / 1000;
  }
}

export function fail(message: string): void {
  process.stderr.write(`sitrep: ${message}\n`);
}

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * A sub-command's arguments: its options plus `--help`/`-h`. Prints the help (exit 0) or the error
 * with the help (exit 2) itself; the caller returns `exit` when it is set.
 */
export function commandArgs<O extends Options>(argv: string[], options: O, help: string, { positionals = true } = {}) {
  const config = { args: argv, allowPositionals: true, options: { ...options, help: { type: 'boolean', short: 'h' } } } as const;
  let parsed: ReturnType<typeof parseArgs<{ args: string[]; allowPositionals: true; options: O & { help: { type: 'boolean'; short: 'h' } } }>>;
  try {
    parsed = parseArgs(config as unknown as { args: string[]; allowPositionals: true; options: O & { help: { type: 'boolean'; short: 'h' } } });
  } catch (error) {
    fail(`${(error as Error).message}\n\n${help}`);
    return { exit: 2 as const };
  }
  if ((parsed.values as { help?: boolean }).help) {
    process.stdout.write(help);
    return { exit: 0 as const };
  }
  if (!positionals && parsed.positionals.length) {
    fail(`unexpected argument '${parsed.positionals[0]}'\n\n${help}`);
    return { exit: 2 as const };
  }
  return { exit: null, values: parsed.values, positionals: parsed.positionals };
}

/**
 * `--published`: a date the shared parser reads (`YYYY-MM-DD` naming a real day, or the other forms of
 * `normalizePublished`), normalized; null when not given. A usage error (reported here) is `false`.
 */
export function publishedArg(value: string | undefined): string | null | false {
  if (value === undefined) return null;
  const date = normalizePublished(value);
  if (date) return date;
  fail(`--published must be YYYY-MM-DD (a real calendar date), not '${value}'`);
  return false;
}

/** Prints the warnings reading an input left on it (each names the input). */
export function warnAbout(init: DocumentInit): void {
  for (const d of init.diagnostics ?? []) if (d.severity === 'warning') fail(`warning: ${d.message}`);
}
