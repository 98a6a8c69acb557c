/**
 * @module `sitrep analyze INPUT... [--published YYYY-MM-DD] [--format json|jsonl] [--out FILE]`
 * (see design/CONTRACT.md). Reads every input, runs the pipeline, writes contract JSON; bad inputs are
 * reported on standard error by name (and line) and the batch goes on; the exit code is 1 if any
 * input failed.
 */
import { parseArgs } from 'node:util';
import { SitrepDocument } from '../model/document.js';
import type { StageTimings } from '../pipeline/pipeline.js';
import { DEFAULT_MAX_BYTES, readInputs } from '../ingest/read.js';
import { toJson } from '../output/json.js';
import { buildPipeline } from '../stages/index.js';
import { fail, openSink, Progress } from './io.js';

export const ANALYZE_HELP = `usage: sitrep analyze INPUT... [options]

INPUT is a .txt, .html, .jsonl, .json or RSS/Atom file, a directory (read recursively), or - for
standard input.

options:
  --published YYYY-MM-DD  publication date for inputs that carry none
  --format json|jsonl     json: one document (an array if several); jsonl: one per line.
                          Default: json for a single document, jsonl otherwise
  --out FILE              write to FILE (atomically) instead of standard output
  --preset NAME           stage preset (default newsroom-en)
  --disable STAGE         leave a stage out (repeatable)
  --max-bytes N           largest document accepted (default ${DEFAULT_MAX_BYTES})
  --tokens                also write the token table
  --profile               print time per stage on standard error
  --quiet                 no progress or summary on standard error
`;

export async function analyzeCommand(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        published: { type: 'string' },
        format: { type: 'string' },
        out: { type: 'string' },
        preset: { type: 'string' },
        disable: { type: 'string', multiple: true },
        'max-bytes': { type: 'string' },
        tokens: { type: 'boolean' },
        profile: { type: 'boolean' },
        quiet: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    fail(`${(error as Error).message}\n\n${ANALYZE_HELP}`);
    return 2;
  }
  const { values, positionals } = args;
  if (values.help) {
    process.stdout.write(ANALYZE_HELP);
    return 0;
  }
  if (positionals.length === 0) {
    fail(`no input given\n\n${ANALYZE_HELP}`);
    return 2;
  }
  if (values.published !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.published)) {
    fail(`--published must be YYYY-MM-DD, not '${values.published}'`);
    return 2;
  }
  const format = values.format;
  if (format !== undefined && format !== 'json' && format !== 'jsonl') {
    fail(`--format must be json or jsonl, not '${format}'`);
    return 2;
  }
  const maxBytes = values['max-bytes'] === undefined ? DEFAULT_MAX_BYTES : Number(values['max-bytes']);
  if (!Number.isFinite(maxBytes) || maxBytes <= 0) {
    fail(`--max-bytes must be a positive number`);
    return 2;
  }
  let pipeline;
  try {
    pipeline = buildPipeline({ preset: values.preset, disable: values.disable });
  } catch (error) {
    fail((error as Error).message);
    return 2;
  }

  const sink = openSink(values.out);
  const progress = new Progress('analyze', values.quiet);
  const timings: StageTimings | undefined = values.profile ? new Map() : undefined;
  let done = 0;
  let errors = 0;
  let stageFailures = 0;
  // With no --format, the first document is held back until we know whether another follows.
  let pending: Record<string, unknown> | null = null;
  let mode = (format === 'jsonl' ? 'jsonl' : undefined) as 'jsonl' | 'array' | undefined;
  const emit = async (json: Record<string, unknown>) => {
    if (mode === undefined) {
      if (pending === null) {
        pending = json;
        return;
      }
      mode = format === 'json' ? 'array' : 'jsonl';
      if (mode === 'array') await sink.write('[\n');
      await sink.write(mode === 'array' ? JSON.stringify(pending, null, 2) : `${JSON.stringify(pending)}\n`);
      pending = null;
    }
    if (mode === 'array') await sink.write(`,\n${JSON.stringify(json, null, 2)}`);
    else await sink.write(`${JSON.stringify(json)}\n`);
  };

  let ok = true;
  try {
    for await (const item of readInputs(positionals, { published: values.published ?? null, maxBytes })) {
      if (!item.ok) {
        errors++;
        fail(item.error.message);
        progress.tick(done, errors);
        continue;
      }
      const doc = new SitrepDocument(item.init);
      if (item.encoding && item.encoding !== 'utf-8') {
        doc.report({ severity: 'info', source: 'ingest', rule: 'ingest/encoding', message: `decoded as ${item.encoding}` });
      }
      pipeline.run(doc, timings);
      const crashed = doc.diagnostics.filter((d) => d.severity === 'error');
      if (crashed.length) {
        stageFailures++;
        for (const d of crashed) fail(`${item.origin}: ${d.message}`);
      }
      await emit(toJson(doc, { tokens: values.tokens }));
      done++;
      progress.tick(done, errors);
    }
    if (pending !== null) await sink.write(`${JSON.stringify(pending, null, 2)}\n`);
    else if (mode === 'array') await sink.write('\n]\n');
  } catch (error) {
    ok = false;
    fail(`stopped: ${(error as Error).stack ?? error}`);
  }
  await sink.close(ok);
  const secs = progress.seconds();
  progress.done(
    `sitrep analyze: ${done} documents, ${errors} input errors${stageFailures ? `, ${stageFailures} with stage failures` : ''}, ` +
      `${secs.toFixed(1)} s (${(done / (secs || 1)).toFixed(1)} documents/s)`,
  );
  if (timings) {
    const total = [...timings.values()].reduce((a, b) => a + b, 0) || 1;
    for (const [name, ms] of timings) {
      process.stderr.write(`  ${name.padEnd(12)} ${ms.toFixed(0).padStart(7)} ms  ${((100 * ms) / total).toFixed(1).padStart(5)}%\n`);
    }
  }
  if (!ok) return 1;
  return errors || stageFailures ? 1 : 0;
}
