/**
 * @module The document: original text, metadata, stand-off layers and diagnostics. It is the only
 * thing that flows through the pipeline.
 */
import type { Diagnostic } from './diagnostics.js';
import type { LayerMap, LayerName } from './layers.js';
import { checkSpan, type Span, type TextSpan } from './span.js';

export interface DocumentMeta {
  id: string;
  title: string | null;
  source: string | null;
  url: string | null;
  /** Publication date, `YYYY-MM-DD`, or null when unknown (relative times then stay unresolved). */
  published: string | null;
  language: string;
}

export interface DocumentInit {
  text: string;
  id: string;
  title?: string | null;
  source?: string | null;
  url?: string | null;
  published?: string | null;
  language?: string;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Accepts `YYYY-MM-DD` or any full timestamp starting with it; returns the date part or null. */
export function normalizePublished(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(value.trim());
  if (m) return isRealDate(m[1]) ? m[1] : null;
  const parsed = Date.parse(value);
  if (!Number.isNaN(parsed)) return new Date(parsed).toISOString().slice(0, 10);
  return null;
}

function isRealDate(ymd: string): boolean {
  if (!ISO_DATE.test(ymd)) return false;
  const d = new Date(`${ymd}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === ymd;
}

export class SitrepDocument {
  readonly text: string;
  readonly meta: DocumentMeta;
  readonly diagnostics: Diagnostic[] = [];
  private readonly layers = new Map<string, unknown>();

  constructor(init: DocumentInit) {
    if (typeof init.text !== 'string') throw new TypeError('document text must be a string');
    this.text = init.text;
    this.meta = {
      id: init.id,
      title: init.title ?? null,
      source: init.source ?? null,
      url: init.url ?? null,
      published: init.published == null ? null : normalizePublished(init.published),
      language: init.language ?? 'en',
    };
  }

  has(name: LayerName): boolean {
    return this.layers.has(name);
  }

  /** The layer, or throws naming it: a stage only reads layers it declared in `requires`. */
  get<K extends LayerName>(name: K): LayerMap[K] {
    const layer = this.layers.get(name);
    if (layer === undefined) throw new Error(`document ${this.meta.id} has no '${name}' layer`);
    return layer as LayerMap[K];
  }

  /** The layer, or undefined; for optional inputs. */
  maybe<K extends LayerName>(name: K): LayerMap[K] | undefined {
    return this.layers.get(name) as LayerMap[K] | undefined;
  }

  set<K extends LayerName>(name: K, value: LayerMap[K]): void {
    this.layers.set(name, value);
  }

  delete(name: LayerName): void {
    this.layers.delete(name);
  }

  layerNames(): string[] {
    return [...this.layers.keys()];
  }

  /** A checked span with its text. */
  span(start: number, end: number): TextSpan {
    checkSpan({ start, end }, this.text.length);
    return { start, end, text: this.text.slice(start, end) };
  }

  slice(span: Span): string {
    return this.text.slice(span.start, span.end);
  }

  report(diagnostic: Diagnostic): void {
    this.diagnostics.push(diagnostic);
  }
}
