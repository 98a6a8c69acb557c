import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from '../../test/support.js';
import { decode } from './decode.js';
import { InputError } from './errors.js';
import { readInputs, type InputItem, type ReadOptions } from './read.js';

const opts: ReadOptions = { maxBytes: 10 * 1024 * 1024, published: null };

async function collect(inputs: string[], options: Partial<ReadOptions> = {}): Promise<InputItem[]> {
  const out: InputItem[] = [];
  for await (const item of readInputs(inputs, { ...opts, ...options })) out.push(item);
  return out;
}

function tmp(): string {
  return mkdtempSync(join(tmpdir(), 'sitrep-ingest-'));
}

describe('decode', () => {
  it('reads UTF-8 with and without a BOM, dropping the BOM', () => {
    const text = 'Ḩamāh “quoted”';
    expect(decode(Buffer.from(text), 'a').text).toBe(text);
    expect(decode(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]), 'a')).toEqual({ text, encoding: 'utf-8' });
  });

  it('reads UTF-16 with either BOM', () => {
    const text = 'Idlib – Ḩamāh';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf-16le')]);
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(text, 'utf-16be')]);
    expect(decode(le, 'le')).toEqual({ text, encoding: 'utf-16le' });
    expect(decode(be, 'be')).toEqual({ text, encoding: 'utf-16be' });
  });

  it('falls back to windows-1252 for legacy bytes, curly quotes included', () => {
    const bytes = iconv.encode('“Café” – naïve', 'windows-1252');
    expect(decode(bytes, 'legacy')).toEqual({ text: '“Café” – naïve', encoding: 'windows-1252' });
  });

  it('refuses binary and empty input with a reason naming the input', () => {
    expect(() => decode(Buffer.from('%PDF-1.7\n...'), 'report.pdf')).toThrow('report.pdf: binary data (PDF), not text');
    expect(() => decode(Buffer.from([1, 2, 0, 4, 5]), 'blob')).toThrow(/blob: binary data \(NUL bytes\)/);
    expect(() => decode(Buffer.alloc(0), 'e.txt')).toThrow('e.txt: empty input (0 bytes)');
    expect(() => decode(Buffer.from(' \n\t '), 'w.txt')).toThrow(/white space only/);
  });
});

describe('readInputs', () => {
  it('reads a text file with its name as id and the given publication date', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'report.txt'), 'Troops advanced on Monday.');
    const [item] = await collect([join(dir, 'report.txt')], { published: '2021-03-02' });
    expect(item).toMatchObject({ ok: true, init: { id: 'report', text: 'Troops advanced on Monday.', published: '2021-03-02' } });
  });

  it('extracts the article text, title, date and url of an HTML page', async () => {
    const [item] = await collect([join(FIXTURES, 'article.html')]);
    if (!item.ok) throw item.error;
    expect(item.init.title).toBe('Army advances on rebel-held town');
    expect(item.init.published).toBe('2021-03-04');
    expect(item.init.url).toBe('https://news.example.org/2021/03/04/army-advances');
    expect(item.init.text).toMatch(/^.*Government troops pushed into the outskirts of the rebel-held town of Saraqeb on Wednesday/s);
    expect(item.init.text).toContain('“The shelling has not stopped since Sunday,” a local doctor told reporters');
    // Paragraphs stay apart; navigation, scripts and the footer are gone.
    expect(item.init.text).toMatch(/flee north towards the border\.\n\n“The shelling/);
    expect(item.init.text).not.toMatch(/Home|analytics|All rights reserved/);
  });

  it('reads each item of an RSS and an Atom feed as a document', async () => {
    const items = await collect([join(FIXTURES, 'feed.rss'), join(FIXTURES, 'feed.atom')]);
    expect(items.every((i) => i.ok)).toBe(true);
    const inits = items.map((i) => (i.ok ? i.init : null));
    expect(inits.map((i) => i?.id)).toEqual(['wire-001', 'https://wire.example.org/protest', 'urn:example:monitor:42']);
    expect(inits[0]).toMatchObject({
      title: 'Ceasefire talks resume',
      published: '2021-03-02',
      source: 'Example Wire',
      text: 'Negotiators met in Geneva on Monday to resume ceasefire talks.\n\nNo agreement was reached.',
    });
    expect(inits[2]).toMatchObject({ published: '2021-03-05', url: 'https://monitor.example.org/42' });
    expect(inits[2]?.text).toBe('An airstrike hit a crowded market on Friday, killing at least 12 civilians, local officials said.');
  });

  it('reads contract JSONL, text or html per line, keeping ids', async () => {
    const items = await collect([join(FIXTURES, 'wire.jsonl')]);
    expect(items.map((i) => (i.ok ? [i.init.id, i.init.published] : null))).toEqual([
      ['w1', '2021-03-02'],
      ['w2', '2021-03-03'],
    ]);
    expect(items[1].ok && items[1].init.text).toBe('Police arrested 20 protesters outside the ministry on Tuesday, witnesses said.');
  });

  it('reports malformed JSONL lines by line number and goes on', async () => {
    const dir = tmp();
    const file = join(dir, 'batch.jsonl');
    writeFileSync(
      file,
      ['{"id":"a","text":"One."}', '{"id":"b","text":', '', '[1,2]', '{"id":"c"}', '{"id":"d","text":"Four.","published":"yesterday"}', '{"text":"Five."}'].join('\n'),
    );
    const items = await collect([file]);
    const summary = items.map((i) => (i.ok ? `ok ${i.init.id}` : i.error.message));
    expect(summary).toEqual([
      'ok a',
      expect.stringMatching(new RegExp(`^${file}:2: malformed JSON`)),
      `${file}:4: expected a JSON object with "text" or "html"`,
      `${file}:5: expected a "text" or "html" field`,
      `${file}:6: "published" is not a date: "yesterday"`,
      'ok batch:7',
    ]);
  });

  it('walks a directory recursively in name order, with relative ids, skipping other files', async () => {
    const dir = tmp();
    mkdirSync(join(dir, 'b'));
    writeFileSync(join(dir, 'b', 'two.txt'), 'Second.');
    writeFileSync(join(dir, 'a.txt'), 'First.');
    writeFileSync(join(dir, 'notes.docx'), 'ignored');
    writeFileSync(join(dir, '.hidden.txt'), 'ignored');
    const items = await collect([dir]);
    expect(items.map((i) => i.ok && i.init.id)).toEqual(['a', 'b/two']);
  });

  it('reads standard input as text', async () => {
    const [item] = await collect(['-'], { stdin: Readable.from([Buffer.from('Shelling resumed at dawn.')]) });
    expect(item).toMatchObject({ ok: true, origin: '-', init: { id: 'stdin', text: 'Shelling resumed at dawn.' } });
  });

  it('refuses missing, binary, empty and oversize files, naming each, and reads the rest', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'a-good.txt'), 'Good text.');
    writeFileSync(join(dir, 'b-binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1]));
    writeFileSync(join(dir, 'c-empty.txt'), '');
    writeFileSync(join(dir, 'd-huge.txt'), 'x'.repeat(2048));
    writeFileSync(join(dir, 'e-good.txt'), 'Also good.');
    const items = await collect([dir, join(dir, 'missing.txt')], { maxBytes: 1024 });
    expect(items.map((i) => (i.ok ? `ok ${i.init.id}` : i.error.message))).toEqual([
      'ok a-good',
      `${join(dir, 'b-binary.txt')}: binary data (PNG image), not text`,
      `${join(dir, 'c-empty.txt')}: empty input (0 bytes)`,
      `${join(dir, 'd-huge.txt')}: too large (0.0 MB; the limit is 0.0 MB, see --max-bytes)`,
      'ok e-good',
      `${join(dir, 'missing.txt')}: no such file or directory`,
    ]);
    for (const i of items) if (!i.ok) expect(i.error).toBeInstanceOf(InputError);
  });
});
