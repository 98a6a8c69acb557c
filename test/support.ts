/**
 * @module Test support: the shared development data (present in the project's workspace, absent from a
 * user's fresh clone), schema validation, span checks and a one-call analysis.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import AjvModule from 'ajv';
import { describe } from 'vitest';
import { SitrepDocument, type DocumentInit } from '../src/model/document.js';
import { toJson, type DocumentJson } from '../src/output/json.js';
import { buildPipeline, type BuildOptions } from '../src/stages/index.js';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const SHARED = process.env.SITREP_SHARED ?? resolve(ROOT, '..', 'shared');
export const hasShared = existsSync(join(SHARED, 'corpus', 'seed', 'article.txt'));
export const FIXTURES = join(ROOT, 'test', 'fixtures');

/** `describe` for tests that read ../shared; on a fresh clone they are skipped, and say so. */
export function describeShared(name: string, fn: () => void): void {
  if (hasShared) {
    describe(name, fn);
  } else {
    console.warn(`[sitrep tests] skipping "${name}": development data not found at ${SHARED}`);
    describe.skip(`${name} (skipped: ../shared not found)`, fn);
  }
}

export function sharedPath(...parts: string[]): string {
  return join(SHARED, ...parts);
}

/** The seed article: the bundled sample copy (the project may ship it), falling back to ../shared. */
export function seedText(): string {
  return readFileSync(join(ROOT, 'samples', 'seed', 'article.txt'), 'utf8');
}

const Ajv = (AjvModule as unknown as { default: typeof AjvModule }).default ?? AjvModule;
const ajv = new (Ajv as unknown as new (o: object) => import('ajv').default)({ allErrors: true, strict: false });
const validateSchema = ajv.compile(JSON.parse(readFileSync(join(ROOT, 'schema', 'sitrep-1.schema.json'), 'utf8')));

/** Problems with a sitrep/1 document: schema violations, then spans outside the text or whose
 * `text` differs from the slice. Empty when the document is valid. */
export function documentProblems(json: unknown): string[] {
  const problems: string[] = [];
  if (!validateSchema(json)) {
    for (const e of validateSchema.errors ?? []) problems.push(`schema: ${e.instancePath} ${e.message}`);
  }
  const doc = json as DocumentJson;
  const text = (doc.document as { text?: unknown })?.text;
  if (typeof text !== 'string') return [...problems, 'no document.text'];
  const walk = (x: unknown, path: string) => {
    if (Array.isArray(x)) x.forEach((v, i) => walk(v, `${path}[${i}]`));
    else if (x && typeof x === 'object') {
      const o = x as Record<string, unknown>;
      if (typeof o.start === 'number' && typeof o.end === 'number') {
        const { start, end } = o as { start: number; end: number };
        if (!(start >= 0 && start <= end && end <= text.length)) problems.push(`${path}: span ${start}-${end} outside text`);
        else if (typeof o.text === 'string' && text.slice(start, end) !== o.text) {
          problems.push(`${path}: text ${JSON.stringify(o.text)} != slice ${JSON.stringify(text.slice(start, end))}`);
        }
      }
      for (const [k, v] of Object.entries(o)) if (k !== 'document') walk(v, `${path}.${k}`);
    }
  };
  walk(doc, '');
  return problems;
}

const pipelines = new Map<string, ReturnType<typeof buildPipeline>>();

/** Runs the (cached) pipeline on a text and returns the document. */
export function analyzeDoc(init: Partial<DocumentInit> & { text: string }, build: BuildOptions = {}): SitrepDocument {
  const key = JSON.stringify(build);
  let pipeline = pipelines.get(key);
  if (!pipeline) pipelines.set(key, (pipeline = buildPipeline(build)));
  const doc = new SitrepDocument({ id: 'test', ...init });
  return pipeline.run(doc);
}

/** Runs the pipeline and returns contract JSON. */
export function analyzeJson(init: Partial<DocumentInit> & { text: string }, build: BuildOptions = {}): DocumentJson {
  return toJson(analyzeDoc(init, build));
}
