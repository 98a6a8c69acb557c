/**
 * @module One-line case helpers for the attribution stage: run the pipeline up to attribution on a
 * sentence and read the quotes, claims and statuses back as text.
 */
import { SitrepDocument } from '../../../model/document.js';
import type { Entity } from '../../../model/layers.js';
import { Pipeline } from '../../../pipeline/pipeline.js';
import { segment } from '../../segment/index.js';
import { attribution } from '../index.js';

const plain = Pipeline.create([segment(), attribution()]);

export interface Q {
  kind: string;
  source: string | null;
  cue: string | null;
  content: string;
  speaker: string | null;
  sourceKind: string;
  cueType: string;
}

export function run(text: string, entities?: (doc: SitrepDocument) => Entity[]): SitrepDocument {
  if (!entities) return plain.run(new SitrepDocument({ id: 'case', text, published: '2018-09-06' }));
  const doc = new SitrepDocument({ id: 'case', text, published: '2018-09-06' });
  segment().run(doc);
  doc.set('entities', entities(doc));
  attribution().run(doc);
  return doc;
}

export function quotes(text: string): Q[] {
  return run(text).get('quotes').map((q) => ({
    kind: q.kind,
    source: q.source ? text.slice(q.source.start, q.source.end) : null,
    cue: q.cue ? text.slice(q.cue.start, q.cue.end) : null,
    content: text.slice(q.content.start, q.content.end),
    speaker: q.speaker,
    sourceKind: q.sourceKind as string,
    cueType: q.cueType as string,
  }));
}

/** The one quote of a sentence (fails the test if there is not exactly one). */
export function one(text: string): Q {
  const qs = quotes(text);
  if (qs.length !== 1) throw new Error(`expected one quote in ${JSON.stringify(text)}, got ${JSON.stringify(qs)}`);
  return qs[0];
}

/** Every occurrence of `s` in `text` as a mention span (for hand-made entities). */
export function mentionsOf(text: string, ...names: string[]): { start: number; end: number; text: string }[] {
  const out: { start: number; end: number; text: string }[] = [];
  for (const s of names) for (let i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + 1)) out.push({ start: i, end: i + s.length, text: s });
  return out.sort((a, b) => a.start - b.start);
}
