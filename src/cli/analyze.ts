/**
 * @module `sitrep analyze INPUT... [--published YYYY-MM-DD] [--format json|jsonl] [--out FILE]`
 * (see design/CONTRACT.md). Reads every input, runs the pipeline, writes contract JSON; bad inputs are
 * reported on standard error by name (and line) and the batch goes on; the exit code is 1 if any
 * input failed.
 */
import { SitrepDocument } from '../model/document.js';
import type { StageTimings } from '../pipeline/pipeline.js';
import { DEFAULT_MAX_BYTES, readInputs } from '../ingest/read.js';
import { BRAT_CONF, bratAnnotation, csvHeader, csvRows, geojsonFeatures, ploverRecords } from '../output/exports.js';
import { toJson, type DocumentJson } from '../output/json.js';
import { buildPipeline } from '../stages/index.js';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { commandArgs, fail, openSink, OutputError, outputProblem, Progress, publishedArg, stagedDirectory, warnAbout, type Sink } from './io.js';

interface BratSink extends Sink {
  document(json: DocumentJson): Promise<void>;
}

/** brat: a directory with annotation.conf and, per document, <id>.txt and <id>.ann; staged, so a
 * failed run leaves the directory as it was. */
function bratSink(out: string): BratSink {
  const staged = stagedDirectory(out);
  const write = (name: string, data: string) => {
    try {
      writeFileSync(join(staged.dir, name), data);
    } catch (error) {
      throw new OutputError(out, error);
    }
  };
  write('annotation.conf', BRAT_CONF);
  const used = new Set<string>();
  let closed = false;
  return {
    async write() {},
    async close(commit) {
      if (closed) return;
      closed = true;
      if (commit) staged.commit();
      else staged.discard();
    },
    async document(json) {
      const d = json.document as { id: string; text: string };
      const base = d.id.replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^\.+/, '') || 'document';
      let name = base;
      for (let k = 2; used.has(name); k++) name = `${base}_${k}`;
      used.add(name);
      write(`${name}.txt`, d.text);
      write(`${name}.ann`, bratAnnotation(json));
    },
  };
}

export const ANALYZE_HELP = `usage: sitrep analyze INPUT... [options]

INPUT is a .txt, .html, .jsonl, .json or RSS/Atom file, a directory (read recursively), or - for
standard input.

options:
  --published YYYY-MM-DD  publication date for inputs that carry none
  --format FORMAT         json: one document (an array if several); jsonl: one per line
                          (default: json for a single document, jsonl otherwise);
                          csv: one row per event (ACLED-like columns and provenance);
                          geojson: events with coordinates; plover: PLOVER records, one per line;
                          brat: stand-off .txt/.ann files in the --out directory
  --out FILE              write to FILE instead of standard output, atomically: a failed run
                          leaves FILE (or the brat directory) as it was; its directory must exist
  --preset NAME           stage preset (default newsroom-en)
  --disable STAGE         leave a stage out (repeatable)
  --max-bytes N           largest document accepted (default ${DEFAULT_MAX_BYTES})
  --tokens                also write the token table
  --profile               print time per stage on standard error
  --quiet                 no progress or summary on standard error
`;

export async function analyzeCommand(argv: string[]): Promise<number> {
  const args = commandArgs(
    argv,
    {
      published: { type: 'string' },
      format: { type: 'string' },
      out: { type: 'string' },
      preset: { type: 'string' },
      disable: { type: 'string', multiple: true },
      'max-bytes': { type: 'string' },
      tokens: { type: 'boolean' },
      profile: { type: 'boolean' },
      quiet: { type: 'boolean' },
    },
    ANALYZE_HELP,
  );
  if (args.exit !== null) return args.exit;
  const { values, positionals } = args;
  if (positionals.length === 0) {
    fail(`no input given\n\n${ANALYZE_HELP}`);
    return 2;
  }
  const published = publishedArg(values.published);
  if (published === false) return 2;
  const format = values.format;
  const FORMATS = ['json', 'jsonl', 'csv', 'geojson', 'plover', 'brat'];
  if (format !== undefined && !FORMATS.includes(format)) {
    fail(`--format must be one of ${FORMATS.join(', ')}, not '${format}'`);
    return 2;
  }
  if (format === 'brat' && (!values.out || values.out === '-')) {
    fail('--format brat writes one .txt and one .ann file per document: give the directory with --out');
    return 2;
  }
  const outProblem = outputProblem(values.out, format === 'brat' ? 'directory' : 'file');
  if (outProblem) {
    fail(outProblem);
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

  let sink: Sink;
  try {
    sink = format === 'brat' ? bratSink(values.out!) : openSink(values.out);
  } catch (error) {
    fail(error instanceof OutputError ? error.message : String(error));
    return 1;
  }
  const progress = new Progress('analyze', values.quiet);
  const timings: StageTimings | undefined = values.profile ? new Map() : undefined;
  let done = 0;
  let errors = 0;
  let stageFailures = 0;
  // With no --format, the first document is held back until we know whether another follows.
  let pending: Record<string, unknown> | null = null;
  let mode = (format === 'jsonl' ? 'jsonl' : undefined) as 'jsonl' | 'array' | undefined;
  let features = 0;
  const exportFormat = format === 'csv' || format === 'geojson' || format === 'plover' || format === 'brat';
  if (format === 'csv') await sink.write(csvHeader());
  if (format === 'geojson') await sink.write('{"type":"FeatureCollection","features":[\n');
  const emitExport = async (json: DocumentJson) => {
    if (format === 'csv') await sink.write(csvRows(json));
    else if (format === 'plover') for (const r of ploverRecords(json)) await sink.write(`${JSON.stringify(r)}\n`);
    else if (format === 'brat') await (sink as BratSink).document(json);
    else for (const f of geojsonFeatures(json)) await sink.write(`${features++ ? ',\n' : ''}${JSON.stringify(f)}`);
  };
  const emit = async (json: Record<string, unknown>) => {
    if (exportFormat) return emitExport(json as DocumentJson);
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
    for await (const item of readInputs(positionals, { published, maxBytes })) {
      if (!item.ok) {
        errors++;
        fail(item.error.message);
        progress.tick(done, errors);
        continue;
      }
      warnAbout(item.init);
      const doc = new SitrepDocument(item.init);
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
    else if (format === 'json') await sink.write('[]\n'); // --format json and no good document: still JSON
    if (format === 'geojson') await sink.write('\n]}\n');
    await sink.close(true);
  } catch (error) {
    ok = false;
    fail(error instanceof OutputError ? error.message : `stopped: ${(error as Error).stack ?? error}`);
  } finally {
    // After a failure, the partial output is discarded (a no-op once committed).
    await sink.close(false).catch(() => undefined);
  }
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
