/**
 * @module The document as contract JSON (schema "sitrep/1"): metadata and text, then each public layer
 * the pipeline produced, in a fixed order, then diagnostics. Internal layers (tokens, paragraphs) are
 * left out unless asked for.
 */
import type { SitrepDocument } from '../model/document.js';
import type { LayerMap } from '../model/layers.js';

export const SCHEMA = 'sitrep/1';

/** Public layers in output order. A stage that adds a public layer lists it here. */
export const PUBLIC_LAYERS = [
  'sentences',
  'entities',
  'places',
  'times',
  'quotes',
  'claims',
  'frames',
  'framing',
  'events',
  'states',
] as const;

export interface JsonOptions {
  /** Also write the token table (as `tokens: [{start, end, pos, lemma}]`). */
  tokens?: boolean;
  /** Also write paragraph spans. */
  paragraphs?: boolean;
}

export type DocumentJson = Record<string, unknown> & { schema: string; document: Record<string, unknown> };

export function toJson(doc: SitrepDocument, options: JsonOptions = {}): DocumentJson {
  const out: DocumentJson = {
    schema: SCHEMA,
    document: {
      id: doc.meta.id,
      title: doc.meta.title,
      source: doc.meta.source,
      url: doc.meta.url,
      published: doc.meta.published,
      language: doc.meta.language,
      text: doc.text,
    },
  };
  const layers = doc as unknown as { maybe(name: string): unknown };
  for (const name of PUBLIC_LAYERS) {
    const value = layers.maybe(name);
    if (value === undefined) continue;
    out[name] = name === 'sentences' ? (value as LayerMap['sentences']).map(({ start, end }) => ({ start, end })) : value;
  }
  if (options.paragraphs && doc.has('paragraphs')) out.paragraphs = doc.get('paragraphs');
  if (options.tokens && doc.has('tokens')) {
    const t = doc.get('tokens');
    const tokens = new Array(t.length);
    for (let i = 0; i < t.length; i++) tokens[i] = { start: t.start[i], end: t.end[i], pos: t.pos[i], lemma: t.lemma[i] };
    out.tokens = tokens;
  }
  if (doc.diagnostics.length) out.diagnostics = doc.diagnostics;
  return out;
}
