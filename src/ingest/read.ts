/**
 * @module Inputs → document initializers, one at a time: files (.txt, .html, .jsonl, .json, RSS/Atom),
 * directories (recursively, in name order) and standard input. A bad input yields an error item naming
 * it (and the line) and reading goes on with the next one.
 */
import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join, relative } from 'node:path';
import { createInterface } from 'node:readline';
import type { DocumentInit } from '../model/document.js';
import { normalizePublished } from '../model/document.js';
import { decode } from './decode.js';
import { InputError } from './errors.js';
import { looksLikeFeed, parseFeed } from './feed.js';
import { extractArticle } from './html.js';

export interface ReadOptions {
  /** Publication date for documents that carry none (`YYYY-MM-DD`). */
  published?: string | null;
  /** Largest document accepted, in bytes (a JSONL file may be larger; each line is one document). */
  maxBytes: number;
  /** Standard input, for `-`. */
  stdin?: NodeJS.ReadableStream;
}

export type InputItem =
  | { ok: true; origin: string; init: DocumentInit; encoding?: string }
  | { ok: false; origin: string; error: InputError };

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

const TEXT_EXT = new Set(['.txt', '.text', '.md']);
const HTML_EXT = new Set(['.html', '.htm', '.xhtml']);
const JSONL_EXT = new Set(['.jsonl', '.ndjson']);
const FEED_EXT = new Set(['.rss', '.atom', '.xml']);
export const SUPPORTED_EXTENSIONS = [...TEXT_EXT, ...HTML_EXT, ...JSONL_EXT, '.json', ...FEED_EXT];

export async function* readInputs(inputs: readonly string[], options: ReadOptions): AsyncGenerator<InputItem> {
  for (const input of inputs) {
    if (input === '-') {
      yield* readStdin(options);
      continue;
    }
    let info;
    try {
      info = await stat(input);
    } catch (error) {
      yield fail(input, (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or directory' : String(error));
      continue;
    }
    if (info.isDirectory()) {
      for await (const file of walk(input)) yield* readFileInput(file, options, relative(input, file));
    } else {
      yield* readFileInput(input, options, basename(input));
    }
  }
}

function fail(origin: string, message: string): InputItem {
  return { ok: false, origin, error: new InputError(origin, message) };
}

/** Supported files under `dir`, depth first, in name order; hidden entries skipped. */
async function* walk(dir: string): AsyncGenerator<string> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else if (entry.isFile() && SUPPORTED_EXTENSIONS.includes(extname(entry.name).toLowerCase())) yield path;
  }
}

/** The document id for a file: its path relative to the walked directory, without extension. */
function fileId(relativePath: string): string {
  const ext = extname(relativePath);
  return (ext ? relativePath.slice(0, -ext.length) : relativePath).split('\\').join('/');
}

async function* readFileInput(path: string, options: ReadOptions, rel: string): AsyncGenerator<InputItem> {
  const ext = extname(path).toLowerCase();
  const id = fileId(rel);
  if (JSONL_EXT.has(ext)) {
    yield* readJsonl(path, id, options);
    return;
  }
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    yield fail(path, String(error));
    return;
  }
  if (info.size > options.maxBytes) {
    yield fail(path, `too large (${mb(info.size)}; the limit is ${mb(options.maxBytes)}, see --max-bytes)`);
    return;
  }
  let text: string;
  let encoding: string;
  try {
    ({ text, encoding } = decode(await readFile(path), path));
  } catch (error) {
    yield error instanceof InputError ? { ok: false, origin: path, error } : fail(path, String(error));
    return;
  }
  yield* fromText(text, encoding, path, id, ext, options);
}

function* fromText(text: string, encoding: string, origin: string, id: string, ext: string, options: ReadOptions): Generator<InputItem> {
  const head = text.trimStart().slice(0, 4096);
  const kind =
    ext === '.json' ? 'json'
    : HTML_EXT.has(ext) ? 'html'
    : FEED_EXT.has(ext) || (!TEXT_EXT.has(ext) && looksLikeFeed(head)) ? 'feed'
    : !TEXT_EXT.has(ext) && /^<(!doctype html|html)[\s>]/i.test(head) ? 'html'
    : 'text';
  try {
    if (kind === 'text') {
      yield { ok: true, origin, encoding, init: { id, text, published: options.published ?? null } };
    } else if (kind === 'html') {
      yield { ok: true, origin, encoding, init: fromHtml(text, origin, { id }, options) };
    } else if (kind === 'feed') {
      const items = parseFeed(text, origin);
      if (items.length === 0) throw new InputError(origin, 'the feed has no items');
      for (const item of items) {
        const itemOrigin = `${origin}#${item.index + 1}`;
        if (!item.init.text.trim()) {
          yield fail(itemOrigin, 'feed item has no text');
          continue;
        }
        yield {
          ok: true,
          origin: itemOrigin,
          init: { ...item.init, id: item.init.id ?? `${id}#${item.index + 1}`, published: item.init.published ?? options.published ?? null },
        };
      }
    } else {
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch (error) {
        throw new InputError(origin, `malformed JSON: ${(error as Error).message}`);
      }
      const records = Array.isArray(parsed) ? parsed : [parsed];
      for (let i = 0; i < records.length; i++) {
        const where = records.length > 1 ? `${origin}[${i}]` : origin;
        try {
          yield { ok: true, origin: where, init: fromRecord(records[i], where, records.length > 1 ? `${id}#${i + 1}` : id, options) };
        } catch (error) {
          yield error instanceof InputError ? { ok: false, origin: where, error } : fail(where, String(error));
        }
      }
    }
  } catch (error) {
    yield error instanceof InputError ? { ok: false, origin, error } : fail(origin, String(error));
  }
}

function fromHtml(html: string, origin: string, meta: Partial<DocumentInit> & { id: string }, options: ReadOptions): DocumentInit {
  const article = extractArticle(html);
  if (!article.text.trim()) throw new InputError(origin, 'no article text found in the HTML');
  return {
    id: meta.id,
    text: article.text,
    title: meta.title ?? article.title,
    source: meta.source ?? null,
    url: meta.url ?? article.url,
    published: meta.published ?? article.published ?? options.published ?? null,
    language: meta.language ?? (article.language ? article.language.slice(0, 2).toLowerCase() : undefined),
  };
}

/** A contract JSONL record (`text` or `html`, optional id/title/source/url/published/language). */
function fromRecord(record: unknown, origin: string, fallbackId: string, options: ReadOptions): DocumentInit {
  if (record === null || typeof record !== 'object' || Array.isArray(record)) {
    throw new InputError(origin, 'expected a JSON object with "text" or "html"');
  }
  const r = record as Record<string, unknown>;
  const str = (key: string): string | null => {
    const v = r[key];
    if (v === undefined || v === null) return null;
    if (typeof v === 'string') return v;
    if (typeof v === 'number' && key === 'id') return String(v);
    throw new InputError(origin, `"${key}" must be a string`);
  };
  const id = str('id') ?? fallbackId;
  const published = str('published');
  if (published !== null && published.trim() !== '' && normalizePublished(published) === null) {
    throw new InputError(origin, `"published" is not a date: ${JSON.stringify(published)}`);
  }
  const meta = {
    id,
    title: str('title'),
    source: str('source'),
    url: str('url'),
    published: published && published.trim() ? published : null,
    language: str('language') ?? undefined,
  };
  const text = str('text');
  if (text !== null) {
    if (!text.trim()) throw new InputError(origin, '"text" is empty');
    return { ...meta, text, published: meta.published ?? options.published ?? null };
  }
  const html = str('html');
  if (html !== null) return fromHtml(html, origin, { ...meta, published: meta.published ?? undefined }, options);
  throw new InputError(origin, 'expected a "text" or "html" field');
}

async function* readJsonl(path: string, id: string, options: ReadOptions): AsyncGenerator<InputItem> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    yield fail(path, (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or directory' : String(error));
    return;
  }
  if (info.size === 0) {
    yield fail(path, 'empty input (0 bytes)');
    return;
  }
  const lines = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
  let n = 0;
  let records = 0;
  for await (let line of lines) {
    n++;
    if (n === 1 && line.charCodeAt(0) === 0xfeff) line = line.slice(1);
    if (!line.trim()) continue;
    records++;
    const origin = `${path}:${n}`;
    if (Buffer.byteLength(line) > options.maxBytes) {
      yield fail(origin, `line too large (${mb(Buffer.byteLength(line))}; the limit is ${mb(options.maxBytes)})`);
      continue;
    }
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch (error) {
      yield fail(origin, `malformed JSON: ${(error as Error).message}`);
      continue;
    }
    try {
      yield { ok: true, origin, init: fromRecord(record, origin, `${id}:${n}`, options) };
    } catch (error) {
      yield error instanceof InputError ? { ok: false, origin, error } : fail(origin, String(error));
    }
  }
  if (records === 0) yield fail(path, 'empty input (no JSON lines)');
}

async function* readStdin(options: ReadOptions): AsyncGenerator<InputItem> {
  const stream = options.stdin ?? process.stdin;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += buf.length;
    if (size > options.maxBytes) {
      yield fail('-', `standard input too large (over ${mb(options.maxBytes)}, see --max-bytes)`);
      return;
    }
    chunks.push(buf);
  }
  try {
    const { text, encoding } = decode(Buffer.concat(chunks), '-');
    yield* fromText(text, encoding, '-', 'stdin', '.txt', options);
  } catch (error) {
    yield error instanceof InputError ? { ok: false, origin: '-', error } : fail('-', String(error));
  }
}

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
