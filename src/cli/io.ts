/**
 * @module Command-line plumbing: an output sink (standard output or a file written atomically), and
 * progress on standard error when it is a terminal.
 */
import { createWriteStream, renameSync, rmSync, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { parseArgs, type ParseArgsConfig } from 'node:util';

export interface Sink {
  write(chunk: string): Promise<void>;
  /** Finishes the output; with `commit` false (a failed run), a file output is discarded. */
  close(commit: boolean): Promise<void>;
}

/** Standard output, or `path` written to a temporary file renamed into place on success, so a
 * crashed run never leaves a half-written result where a good one was. */
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
  const tmp = `${path}.${process.pid}.tmp`;
  const stream: WriteStream = createWriteStream(tmp);
  let failed: Error | null = null;
  stream.on('error', (e) => (failed = e));
  return {
    async write(chunk) {
      if (failed) throw failed;
      if (!stream.write(chunk)) await once(stream, 'drain');
    },
    async close(commit) {
      stream.end();
      await once(stream, 'close');
      if (failed) throw failed;
      if (commit) renameSync(tmp, path);
      else rmSync(tmp, { force: true });
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

/** `--published`, when given, must be a calendar date. */
export function badPublished(value: string | undefined): boolean {
  if (value === undefined || /^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  fail(`--published must be YYYY-MM-DD, not '${value}'`);
  return true;
}
