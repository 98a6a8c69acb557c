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
  /** What reading the input found worth saying (its encoding, metadata left out), kept on the document. */
  diagnostics?: readonly Diagnostic[];
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** True for `YYYY-MM-DD` naming a day that exists (no 2018-02-30); the one check the CLI and API share. */
export function isRealDate(ymd: string): boolean {
  if (!ISO_DATE.test(ymd)) return false;
  const d = new Date(`${ymd}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === ymd;
}

// Publication dates are read by hand rather than with Date.parse: Date.parse reads a date without a
// zone in the machine's zone, turns "Thu, 06 Sep 2018 23:30 -0500" into the UTC day, and accepts junk
// ("Draft 7" → 2001). A publisher's date is the calendar day it wrote, in its own zone, so each form
// below takes the day as written and never converts it.
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const WEEKDAY = '(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\\.?|monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\\s+';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const ZONE = '(?:z|ut|utc|gmt|[a-z]{1,5}|\\(?[a-z]{1,5}\\)|(?:utc|gmt)?[+-]\\d{1,2}(?::?\\d{2})?)';
/** An optional time of day after the date: "10:00:00 GMT", ", 10:04 a.m. EDT", " at 9.30pm". */
const TIME = `(?:,?\\s*(?:at\\s+)?(?:[01]?\\d|2[0-3])[:.][0-5]\\d(?:[:.][0-5]\\d)?\\s*(?:[ap]\\.?m\\.?)?(?:\\s*${ZONE})?)?`;
/** ISO 8601: the date, alone or followed by a time ("2018-09-06T23:30:00-05:00" is 2018-09-06). */
const ISO_FORM = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](?:[01]\d|2[0-3]):[0-5]\d(?!\d).*)?$/i;
/** RFC 2822 and day-first dates: "Thu, 06 Sep 2018 10:00:00 +0000", "6 September 2018". */
const DAY_FIRST = new RegExp(`^(?:${WEEKDAY})?${DAY}\\s+${MONTH},?\\s+(\\d{4})${TIME}$`, 'i');
/** Month-first dates: "September 6, 2018", "Sep. 6, 2018", "Thursday, September 6, 2018 10:04 AM". */
const MONTH_FIRST = new RegExp(`^(?:${WEEKDAY})?${MONTH}\\s+${DAY},?\\s+(\\d{4})${TIME}$`, 'i');
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function ymd(year: string, month: number, day: string): string | null {
  const date = `${year}-${String(month).padStart(2, '0')}-${day.padStart(2, '0')}`;
  return isRealDate(date) ? date : null;
}

/**
 * A publication date as the publisher wrote it → `YYYY-MM-DD`, or null when it is not one of the
 * forms sitrep reads: an ISO date or date-time (the day as written, whatever the offset), an RFC 2822
 * date (the day in the stated offset), or a named-month date ("September 6, 2018", "6 Sep 2018",
 * "Sep. 6, 2018", read without any time zone). Impossible days (2018-02-30) and anything else are
 * null. Independent of the machine's time zone.
 */
export function normalizePublished(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const s = value.trim().replace(/\s+/g, ' ');
  let m = ISO_FORM.exec(s);
  if (m) return ymd(m[1], Number(m[2]), m[3]);
  m = DAY_FIRST.exec(s);
  if (m) return ymd(m[3], MONTHS.indexOf(m[2].slice(0, 3).toLowerCase()) + 1, m[1]);
  m = MONTH_FIRST.exec(s);
  if (m) return ymd(m[3], MONTHS.indexOf(m[1].slice(0, 3).toLowerCase()) + 1, m[2]);
  return null;
}

/** The warning for a publication date that is not one: it names where the date came from. */
export function publishedWarning(value: string, where: string): string {
  return `${where}: publication date not understood, ignored: ${JSON.stringify(value)}`;
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
    this.diagnostics.push(...(init.diagnostics ?? []));
    if (typeof init.published === 'string' && init.published.trim() && this.meta.published === null) {
      this.report({ severity: 'warning', source: 'ingest', rule: 'ingest/published', message: publishedWarning(init.published, `document ${init.id}`) });
    }
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
