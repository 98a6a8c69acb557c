/**
 * @module Analyse-and-store, one document at a time: a document whose id, content hash and analyser
 * are already stored is skipped before any analysis; otherwise it is analysed and written in one
 * transaction (rows, index and merges), so a batch killed midway keeps everything committed and a
 * re-run completes it.
 */
import { readFileSync } from 'node:fs';
import { SitrepDocument, type DocumentInit } from '../model/document.js';
import type { Pipeline } from '../pipeline/pipeline.js';
import { toJson } from '../output/json.js';
import { contentHash } from './records.js';
import type { PutResult, Store } from './types.js';

const VERSION: string = (() => {
  try {
    return (JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
  } catch {
    return '0';
  }
})();

/** What produced a stored analysis: sitrep's version and the stages run. */
export function analyzerId(pipeline: Pipeline): string {
  return `sitrep ${VERSION}: ${pipeline.stages.map((s) => s.name).join(',')}`;
}

export interface IngestOutcome extends PutResult {
  /** Milliseconds spent analysing (0 when skipped). */
  analyzeMs: number;
  storeMs: number;
  warnings: string[];
}

/** Fills in the document's full defaults so the hash is the same however the input spelled them. */
export function normalizedInit(init: DocumentInit): DocumentInit {
  const doc = new SitrepDocument(init);
  return { ...doc.meta, text: doc.text };
}

export async function ingestOne(store: Store, pipeline: Pipeline, init: DocumentInit, options: { force?: boolean } = {}): Promise<IngestOutcome> {
  const norm = normalizedInit(init);
  const hash = contentHash({ ...norm, title: norm.title ?? null, source: norm.source ?? null, url: norm.url ?? null, published: norm.published ?? null, language: norm.language ?? 'en' });
  const analyzer = analyzerId(pipeline);
  if (!options.force) {
    const state = await store.documentState(norm.id);
    if (state && state.hash === hash && state.analyzer === analyzer) {
      return { id: norm.id, status: 'unchanged', events: 0, mergedEvents: 0, mergedClaims: 0, analyzeMs: 0, storeMs: 0, warnings: [] };
    }
  }
  const t0 = performance.now();
  const doc = pipeline.run(new SitrepDocument(norm));
  const json = toJson(doc);
  const t1 = performance.now();
  const result = await store.putDocument(json, { hash, analyzer, force: options.force });
  const warnings = doc.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message);
  return { ...result, analyzeMs: t1 - t0, storeMs: performance.now() - t1, warnings };
}
