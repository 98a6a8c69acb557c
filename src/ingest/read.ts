/**
 * @module Inputs → document initializers, one at a time: files (.txt, .html, .jsonl, .json, RSS/Atom),
 * directories (recursively, in name order) and standard input. A bad input yields an error item naming
 * it (and the line) and reading goes on with the next one. A `meta.json` sidecar beside an article
 * is read with that article, never as a document, and document ids are unique within a batch.
 */
import { createReadStream, existsSync } from 'node:fs';
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { basename, dirname, extname, join, relative } from 'node:path';
import iconv from 'iconv-lite';
import type { Diagnostic } from '../model/diagnostics.js';
import type { DocumentInit } from '../model/document.js';
import { normalizePublished, publishedWarning } from '../model/document.js';
import { binaryKind, byteOrderMark, decode, decodeUtf8Or1252, type Decoded } from './decode.js';
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

/** A document read (its `init.diagnostics` say how: encoding, metadata ignored) or an input refused. */
export type InputItem = { ok: true; origin: string; init: DocumentInit } | { ok: false; origin: string; error: InputError };

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

const TEXT_EXT = new Set(['.txt', '.text', '.md']);
const HTML_EXT = new Set(['.html', '.htm', '.xhtml']);
const JSONL_EXT = new Set(['.jsonl', '.ndjson']);
const FEED_EXT = new Set(['.rss', '.atom', '.xml']);
export const SUPPORTED_EXTENSIONS = [...TEXT_EXT, ...HTML_EXT, ...JSONL_EXT, '.json', ...FEED_EXT];

/** A `meta.json` beside an article: the article's file name and the metadata it gives. */
interface Sidecar {
  path: string;
  file: string;
  meta: Partial<Record<'id' | 'title' | 'source' | 'url' | 'language' | 'published', string>>;
}

/** What one batch shares: its options and the sidecars read so far (by directory). */
interface Batch {
  options: ReadOptions;
  sidecars: Map<string, Sidecar | null>;
}

/**
 * Every input's documents, in order. A document whose id an earlier one of the batch already has is
 * refused, naming both inputs: storing it would silently replace the other (ids come from file names,
 * so d1/report.txt and d2/report.txt would both be "report").
 */
export async function* readInputs(inputs: readonly string[], options: ReadOptions): AsyncGenerator<InputItem> {
  const batch: Batch = { options, sidecars: new Map() };
  const seen = new Map<string, string>();
  for await (const item of readAll(inputs, batch)) {
    if (item.ok) {
      const first = seen.get(item.init.id);
      if (first !== undefined) {
        yield fail(item.origin, `document id "${item.init.id}" is already that of ${first} in this batch; not read (give the inputs distinct names or ids)`);
        continue;
      }
      seen.set(item.init.id, item.origin);
    }
    yield item;
  }
}

async function* readAll(inputs: readonly string[], batch: Batch): AsyncGenerator<InputItem> {
  for (const input of inputs) {
    if (input === '-') {
      yield* readStdin(batch.options);
      continue;
    }
    let info;
    try {
      info = await stat(input);
    } catch (error) {
      yield fail(input, readFailure(error));
      continue;
    }
    if (info.isDirectory()) {
      for await (const file of walk(input)) {
        if (typeof file === 'string') yield* readFileInput(file, batch, relative(input, file), true);
        else yield file;
      }
    } else {
      yield* readFileInput(input, batch, basename(input), false);
    }
  }
}

function fail(origin: string, message: string): InputItem {
  return { ok: false, origin, error: new InputError(origin, message) };
}

/** Why a file or directory could not be read, in a few words. */
function readFailure(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  return e.code === 'ENOENT' ? 'no such file or directory' : `cannot read: ${e.message ?? String(error)}`;
}

/**
 * Supported files under `dir`, depth first, in name order; hidden entries skipped. Symbolic links are
 * followed (a linked corpus is common), each real directory walked once so a link loop ends. A
 * directory that cannot be read, or a link to nothing, is an error item, and the walk goes on.
 */
async function* walk(dir: string, visited = new Set<string>()): AsyncGenerator<string | InputItem> {
  let entries;
  try {
    const real = await realpath(dir);
    if (visited.has(real)) return;
    visited.add(real);
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    yield fail(dir, readFailure(error));
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    let isDirectory = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      try {
        const target = await stat(path);
        isDirectory = target.isDirectory();
        isFile = target.isFile();
      } catch (error) {
        yield fail(path, readFailure(error));
        continue;
      }
    }
    if (isDirectory) yield* walk(path, visited);
    else if (isFile && SUPPORTED_EXTENSIONS.includes(extname(entry.name).toLowerCase())) yield path;
  }
}

/**
 * The sidecar in `dir`: a `meta.json` holding an object with a `file` (and no `text` or `html`), or
 * null. Read once per directory and batch.
 */
async function sidecarIn(dir: string, batch: Batch): Promise<Sidecar | null> {
  if (batch.sidecars.has(dir)) return batch.sidecars.get(dir)!;
  const path = join(dir, 'meta.json');
  let sidecar: Sidecar | null = null;
  try {
    const record = JSON.parse(decode(await readFile(path), path).text) as unknown;
    if (record && typeof record === 'object' && !Array.isArray(record)) {
      const r = record as Record<string, unknown>;
      if (typeof r.file === 'string' && r.text === undefined && r.html === undefined) {
        const meta: Sidecar['meta'] = {};
        for (const key of ['id', 'title', 'source', 'url', 'language', 'published'] as const) {
          if (typeof r[key] === 'string' && (r[key] as string).trim()) meta[key] = r[key] as string;
        }
        sidecar = { path, file: r.file, meta };
      }
    }
  } catch {
    // No sidecar (or not one: a bad meta.json is reported when it is read as an input).
  }
  batch.sidecars.set(dir, sidecar);
  return sidecar;
}

/** The article's input with its sidecar's metadata, which comes before what the file says. */
function withSidecar(item: InputItem, sidecar: Sidecar): InputItem {
  if (!item.ok) return item;
  const { published, ...meta } = sidecar.meta;
  const diagnostics = [...(item.init.diagnostics ?? [])];
  const init: DocumentInit = { ...item.init, ...meta };
  if (published !== undefined) {
    const date = normalizePublished(published);
    if (date) init.published = date;
    else diagnostics.push(publishedProblem(published, sidecar.path));
  }
  return { ...item, init: withDiagnostics(init, diagnostics) };
}

/** The document id for a file: its path relative to the walked directory, without extension. */
function fileId(relativePath: string): string {
  const ext = extname(relativePath);
  return (ext ? relativePath.slice(0, -ext.length) : relativePath).split('\\').join('/');
}

async function* readFileInput(path: string, batch: Batch, rel: string, walked: boolean): AsyncGenerator<InputItem> {
  const { options } = batch;
  const ext = extname(path).toLowerCase();
  const id = fileId(rel);
  if (basename(path) === 'meta.json') {
    const sidecar = await sidecarIn(dirname(path), batch);
    if (sidecar) {
      const article = join(dirname(path), sidecar.file);
      const kind = extname(sidecar.file).toLowerCase();
      if (!TEXT_EXT.has(kind) && !HTML_EXT.has(kind)) yield fail(path, `metadata for "${sidecar.file}", but a meta.json describes a .txt or .html article only`);
      else if (sidecar.file !== basename(sidecar.file) || !existsSync(article)) yield fail(path, `metadata for "${sidecar.file}", which is not beside it`);
      else if (!walked) yield fail(path, `metadata for ${article}, not a document: give ${article} or its folder`);
      return;
    }
  }
  if (JSONL_EXT.has(ext)) {
    yield* readJsonl(path, id, options);
    return;
  }
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    yield fail(path, readFailure(error));
    return;
  }
  if (info.size > options.maxBytes) {
    yield fail(path, `too large (${mb(info.size)}; the limit is ${mb(options.maxBytes)}, see --max-bytes)`);
    return;
  }
  let text: string;
  let encoding: Decoded['encoding'];
  try {
    ({ text, encoding } = decode(await readFile(path), path));
  } catch (error) {
    yield error instanceof InputError ? { ok: false, origin: path, error } : fail(path, readFailure(error));
    return;
  }
  const sidecar = TEXT_EXT.has(ext) || HTML_EXT.has(ext) ? await sidecarIn(dirname(path), batch) : null;
  for (const item of fromText(text, encoding, path, id, ext, options)) {
    yield sidecar?.file === basename(path) ? withSidecar(item, sidecar) : item;
  }
}

/** The info diagnostic of a document not decoded as UTF-8, as a list to start the document's with. */
function encodingNotes(encoding: Decoded['encoding']): Diagnostic[] {
  return encoding === 'utf-8' ? [] : [{ severity: 'info', source: 'ingest', rule: 'ingest/encoding', message: `decoded as ${encoding}` }];
}

function publishedProblem(value: string, origin: string): Diagnostic {
  return { severity: 'warning', source: 'ingest', rule: 'ingest/published', message: publishedWarning(value, origin) };
}

/**
 * The publication date an input states, as `YYYY-MM-DD`; else the batch's `--published`. A stated
 * date that is not one is ignored with a warning naming the input.
 */
function publishedFor(stated: string | null | undefined, origin: string, options: ReadOptions, diagnostics: Diagnostic[]): string | null {
  if (stated != null && stated.trim()) {
    const date = normalizePublished(stated);
    if (date) return date;
    diagnostics.push(publishedProblem(stated, origin));
  }
  return options.published ?? null;
}

function withDiagnostics(init: DocumentInit, diagnostics: Diagnostic[]): DocumentInit {
  const { diagnostics: _, ...rest } = init;
  return diagnostics.length ? { ...rest, diagnostics } : rest;
}

function* fromText(text: string, encoding: Decoded['encoding'], origin: string, id: string, ext: string, options: ReadOptions): Generator<InputItem> {
  const head = text.trimStart().slice(0, 4096);
  const kind =
    ext === '.json' ? 'json'
    : HTML_EXT.has(ext) ? 'html'
    : FEED_EXT.has(ext) || (!TEXT_EXT.has(ext) && looksLikeFeed(head)) ? 'feed'
    : !TEXT_EXT.has(ext) && /^<(!doctype html|html)[\s>]/i.test(head) ? 'html'
    : 'text';
  try {
    if (kind === 'text') {
      yield { ok: true, origin, init: withDiagnostics({ id, text, published: options.published ?? null }, encodingNotes(encoding)) };
    } else if (kind === 'html') {
      yield { ok: true, origin, init: fromHtml(text, origin, { id }, options, encodingNotes(encoding)) };
    } else if (kind === 'feed') {
      const items = parseFeed(text, origin);
      if (items.length === 0) throw new InputError(origin, 'the feed has no items');
      for (const item of items) {
        const itemOrigin = `${origin}#${item.index + 1}`;
        if (!item.init.text.trim()) {
          yield fail(itemOrigin, 'feed item has no text');
          continue;
        }
        const diagnostics = encodingNotes(encoding);
        const published = publishedFor(item.init.published, itemOrigin, options, diagnostics);
        yield { ok: true, origin: itemOrigin, init: withDiagnostics({ ...item.init, id: item.init.id ?? `${id}#${item.index + 1}`, published }, diagnostics) };
      }
    } else {
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch (error) {
        throw new InputError(origin, `malformed JSON: ${(error as Error).message}`);
      }
      if (Array.isArray(parsed) && parsed.length === 0) throw new InputError(origin, 'no documents (an empty JSON array)');
      const records = Array.isArray(parsed) ? parsed : [parsed];
      for (let i = 0; i < records.length; i++) {
        const where = records.length > 1 ? `${origin}[${i}]` : origin;
        try {
          yield { ok: true, origin: where, init: fromRecord(records[i], where, records.length > 1 ? `${id}#${i + 1}` : id, options, encodingNotes(encoding)) };
        } catch (error) {
          yield error instanceof InputError ? { ok: false, origin: where, error } : fail(where, String(error));
        }
      }
    }
  } catch (error) {
    yield error instanceof InputError ? { ok: false, origin, error } : fail(origin, String(error));
  }
}

/** A page's article. Metadata given with the page (a JSONL record's) comes before what the page says. */
function fromHtml(html: string, origin: string, meta: Partial<DocumentInit> & { id: string }, options: ReadOptions, diagnostics: Diagnostic[]): DocumentInit {
  const article = extractArticle(html);
  if (!article.text.trim()) throw new InputError(origin, 'no article text found in the HTML');
  const init = {
    id: meta.id,
    text: article.text,
    title: meta.title ?? article.title,
    source: meta.source ?? null,
    url: meta.url ?? article.url,
    published: publishedFor(meta.published ?? article.published, origin, options, diagnostics),
    language: meta.language ?? (article.language ? article.language.slice(0, 2).toLowerCase() : undefined),
  };
  return withDiagnostics(init, diagnostics);
}

/** A contract JSONL record (`text` or `html`, optional id/title/source/url/published/language). */
function fromRecord(record: unknown, origin: string, fallbackId: string, options: ReadOptions, diagnostics: Diagnostic[]): DocumentInit {
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
  const meta = {
    id: str('id') ?? fallbackId,
    title: str('title'),
    source: str('source'),
    url: str('url'),
    published: str('published'),
    language: str('language') ?? undefined,
  };
  const text = str('text');
  if (text !== null) {
    if (!text.trim()) throw new InputError(origin, '"text" is empty');
    return withDiagnostics({ ...meta, text, published: publishedFor(meta.published, origin, options, diagnostics) }, diagnostics);
  }
  const html = str('html');
  if (html !== null) return fromHtml(html, origin, { ...meta, published: meta.published?.trim() ? meta.published : undefined }, options, diagnostics);
  throw new InputError(origin, 'expected a "text" or "html" field');
}

/** One line of a JSONL file: its text, or null when it is longer than the limit (`size` bytes). */
interface JsonlLine {
  n: number;
  text: string | null;
  size: number;
  encoding: Decoded['encoding'];
}

/**
 * The lines of a JSONL file, decoded as any text input is: a byte-order mark selects UTF-8 or UTF-16;
 * without one each line is UTF-8, or windows-1252 when it is not valid UTF-8 (so one legacy line does
 * not garble the others). Streamed: a line longer than `maxBytes` is measured but not kept. Binary
 * data is an InputError; a read error is thrown as it comes, after the lines read before it.
 */
async function* jsonlLines(path: string, maxBytes: number): AsyncGenerator<JsonlLine> {
  let utf16: ReturnType<typeof iconv.getDecoder> | null = null;
  let fileEncoding: Decoded['encoding'] = 'utf-8';
  let started = false;
  let parts: Buffer[] = [];
  let size = 0;
  let n = 0;
  const add = (piece: Buffer) => {
    size += piece.length;
    if (size <= maxBytes) parts.push(piece);
    else parts = [];
  };
  const take = (): JsonlLine => {
    n++;
    let line: JsonlLine = { n, text: null, size, encoding: fileEncoding };
    if (size <= maxBytes) {
      let bytes = Buffer.concat(parts);
      if (bytes[bytes.length - 1] === 0x0d) bytes = bytes.subarray(0, -1);
      // UTF-16 lines were re-encoded as UTF-8 below; their encoding is the file's.
      const decoded = utf16 ? { text: bytes.toString('utf8'), encoding: fileEncoding } : decodeUtf8Or1252(bytes);
      line = { ...line, text: decoded.text, encoding: decoded.encoding };
    }
    parts = [];
    size = 0;
    return line;
  };
  for await (const chunk of createReadStream(path)) {
    let bytes = chunk as Buffer;
    if (!started) {
      started = true;
      const bom = byteOrderMark(bytes);
      if (bom) bytes = bytes.subarray(bom.length);
      if (bom && bom.encoding !== 'utf-8') {
        fileEncoding = bom.encoding;
        utf16 = iconv.getDecoder(bom.encoding);
      } else {
        const kind = binaryKind(bytes);
        if (kind) throw new InputError(path, `binary data (${kind}), not text`);
      }
    }
    if (utf16) bytes = Buffer.from(utf16.write(bytes), 'utf8');
    let from = 0;
    for (let nl = bytes.indexOf(0x0a); nl !== -1; nl = bytes.indexOf(0x0a, from)) {
      add(bytes.subarray(from, nl));
      yield take();
      from = nl + 1;
    }
    add(bytes.subarray(from));
  }
  const rest = utf16?.end();
  if (rest) add(Buffer.from(rest, 'utf8'));
  if (size > 0) yield take();
}

async function* readJsonl(path: string, id: string, options: ReadOptions): AsyncGenerator<InputItem> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    yield fail(path, readFailure(error));
    return;
  }
  if (info.size === 0) {
    yield fail(path, 'empty input (0 bytes)');
    return;
  }
  let records = 0;
  try {
    for await (const { n, text, size, encoding } of jsonlLines(path, options.maxBytes)) {
      if (text !== null && !text.trim()) continue;
      records++;
      const origin = `${path}:${n}`;
      if (text === null) {
        yield fail(origin, `line too large (${mb(size)}; the limit is ${mb(options.maxBytes)})`);
        continue;
      }
      let record: unknown;
      try {
        record = JSON.parse(text);
      } catch (error) {
        yield fail(origin, `malformed JSON: ${(error as Error).message}`);
        continue;
      }
      try {
        yield { ok: true, origin, init: fromRecord(record, origin, `${id}:${n}`, options, encodingNotes(encoding)) };
      } catch (error) {
        yield error instanceof InputError ? { ok: false, origin, error } : fail(origin, String(error));
      }
    }
  } catch (error) {
    // What was read before the failure stands; the rest of the file is reported, not guessed at.
    yield error instanceof InputError ? { ok: false, origin: path, error } : fail(path, readFailure(error));
    return;
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
