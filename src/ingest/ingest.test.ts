import { mkdtempSync, writeFileSync, mkdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { FIXTURES, ROOT } from '../../test/support.js';
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
      'ok d',
      'ok batch:7',
    ]);
    // A date that is not one is left out with a warning naming the line, not a lost document.
    const d = items[4];
    expect(d.ok && d.init.published).toBe(null);
    expect(d.ok && d.init.diagnostics).toEqual([
      { severity: 'warning', source: 'ingest', rule: 'ingest/published', message: `${file}:6: publication date not understood, ignored: "yesterday"` },
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

  it('reports a .json input holding an empty array, rather than reading nothing', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'none.json'), '[]');
    const items = await collect([join(dir, 'none.json')]);
    expect(items.map((i) => !i.ok && i.error.message)).toEqual([`${join(dir, 'none.json')}: no documents (an empty JSON array)`]);
  });
});

describe('JSONL decoding (as for text files)', () => {
  const lines = ['{"id":"a","text":"“Café” – naïve"}', '{"id":"b","text":"Ḩamāh"}'];
  const read = async (bytes: Buffer) => {
    const file = join(tmp(), 'batch.jsonl');
    writeFileSync(file, bytes);
    return (await collect([file])).map((i) => (i.ok ? [i.init.id, i.init.text, i.init.diagnostics?.map((d) => d.message) ?? []] : i.error.message));
  };

  it('reads UTF-8 with a BOM', async () => {
    expect(await read(Buffer.from(`\ufeff${lines.join('\n')}`))).toEqual([
      ['a', '“Café” – naïve', []],
      ['b', 'Ḩamāh', []],
    ]);
  });

  it('reads UTF-16 with either BOM, saying so on each document', async () => {
    for (const enc of ['utf-16le', 'utf-16be'] as const) {
      const bom = enc === 'utf-16le' ? [0xff, 0xfe] : [0xfe, 0xff];
      expect(await read(Buffer.concat([Buffer.from(bom), iconv.encode(lines.join('\r\n'), enc)]))).toEqual([
        ['a', '“Café” – naïve', [`decoded as ${enc}`]],
        ['b', 'Ḩamāh', [`decoded as ${enc}`]],
      ]);
    }
  });

  it('decodes a windows-1252 line as such and the UTF-8 lines as UTF-8', async () => {
    const bytes = Buffer.concat([iconv.encode(lines[0], 'windows-1252'), Buffer.from(`\n${lines[1]}\n`)]);
    expect(await read(bytes)).toEqual([
      ['a', '“Café” – naïve', ['decoded as windows-1252']],
      ['b', 'Ḩamāh', []],
    ]);
  });

  it('refuses binary data and over-long lines, naming them', async () => {
    const file = join(tmp(), 'blob.jsonl');
    writeFileSync(file, Buffer.from([0x1f, 0x8b, 8, 0, 0, 0]));
    expect((await collect([file])).map((i) => !i.ok && i.error.message)).toEqual([`${file}: binary data (gzip archive), not text`]);
    const long = join(tmp(), 'long.jsonl');
    writeFileSync(long, `{"text":"${'x'.repeat(5000)}"}\n{"id":"short","text":"Short."}\n`);
    expect((await collect([long], { maxBytes: 1024 })).map((i) => (i.ok ? i.init.id : i.error.message))).toEqual([
      `${long}:1: line too large (0.0 MB; the limit is 0.0 MB)`,
      'short',
    ]);
  });
});

describe('publication dates from feeds and pages', () => {
  it('takes the day a feed item states, in its own offset', async () => {
    const dir = tmp();
    const feed = (date: string) =>
      `<rss version="2.0"><channel><title>W</title><item><guid>${date}</guid><pubDate>${date}</pubDate><description>Rebels shelled the town.</description></item></channel></rss>`;
    writeFileSync(join(dir, 'late.rss'), feed('Thu, 06 Sep 2018 23:30:00 -0500'));
    writeFileSync(join(dir, 'junk.rss'), feed('Draft 7'));
    const items = await collect([join(dir, 'junk.rss'), join(dir, 'late.rss')], { published: '2018-01-01' });
    expect(items.map((i) => i.ok && i.init.published)).toEqual(['2018-01-01', '2018-09-06']);
    expect(items[0].ok && items[0].init.diagnostics?.[0]).toMatchObject({
      severity: 'warning',
      message: `${join(dir, 'junk.rss')}#1: publication date not understood, ignored: "Draft 7"`,
    });
  });

  it('takes a page meta date without converting it, and warns about one that is not a date', async () => {
    const dir = tmp();
    const page = (date: string) =>
      `<html><head><meta property="article:published_time" content="${date}"></head><body><article><p>Rebels shelled the town on Monday, officials said.</p></article></body></html>`;
    writeFileSync(join(dir, 'a.html'), page('2018-09-06T23:30:00-05:00'));
    writeFileSync(join(dir, 'b.html'), page('September 6, 2018'));
    writeFileSync(join(dir, 'c.html'), page('1'));
    const items = await collect([dir]);
    expect(items.map((i) => i.ok && i.init.published)).toEqual(['2018-09-06', '2018-09-06', null]);
    expect(items[2].ok && items[2].init.diagnostics?.map((d) => d.message)).toEqual([`${join(dir, 'c.html')}: publication date not understood, ignored: "1"`]);
  });
});

describe('one batch, unique document ids', () => {
  it('refuses a second input with the same id, naming both, and reads the rest', async () => {
    const dir = tmp();
    for (const d of ['d1', 'd2']) {
      mkdirSync(join(dir, d));
      writeFileSync(join(dir, d, 'report.txt'), `Report from ${d}.`);
    }
    writeFileSync(join(dir, 'ids.jsonl'), '{"id":"x","text":"One."}\n{"id":"x","text":"Two."}\n{"id":"y","text":"Three."}\n');
    const items = await collect([join(dir, 'd1', 'report.txt'), join(dir, 'd2', 'report.txt'), join(dir, 'ids.jsonl')]);
    expect(items.map((i) => (i.ok ? `ok ${i.init.id}` : i.error.message))).toEqual([
      'ok report',
      `${join(dir, 'd2', 'report.txt')}: document id "report" is already that of ${join(dir, 'd1', 'report.txt')} in this batch; not read (give the inputs distinct names or ids)`,
      'ok x',
      `${join(dir, 'ids.jsonl')}:2: document id "x" is already that of ${join(dir, 'ids.jsonl')}:1 in this batch; not read (give the inputs distinct names or ids)`,
      'ok y',
    ]);
    // Each batch starts afresh: reading the same inputs again gives the same documents (re-ingesting is idempotent).
    expect((await collect([join(dir, 'd1', 'report.txt')]))[0]).toMatchObject({ ok: true, init: { id: 'report' } });
  });
});

describe('meta.json sidecars', () => {
  const sidecar = { id: 'wire-42', title: 'Strike on Idlib', source: 'Wire', url: 'https://wire.example.org/42', published: 'September 6, 2018', language: 'en', file: 'article.txt' };
  const folder = (meta: object = sidecar) => {
    const dir = tmp();
    writeFileSync(join(dir, 'article.txt'), 'Jets struck Idlib on Thursday.');
    writeFileSync(join(dir, 'meta.json'), JSON.stringify(meta));
    return dir;
  };

  it('merges a sidecar into its article, read alone or with its folder, and never reads it as a document', async () => {
    const dir = folder();
    const want = { ok: true, origin: join(dir, 'article.txt'), init: { id: 'wire-42', title: 'Strike on Idlib', source: 'Wire', url: 'https://wire.example.org/42', published: '2018-09-06', language: 'en', text: 'Jets struck Idlib on Thursday.' } };
    expect(await collect([dir], { published: '2020-01-01' })).toEqual([expect.objectContaining(want)]);
    expect(await collect([join(dir, 'article.txt')])).toEqual([expect.objectContaining(want)]);
  });

  it('reads the bundled sample folder with its sidecar', async () => {
    const items = await collect([join(ROOT, 'samples', 'seed')]);
    expect(items).toEqual([expect.objectContaining({ ok: true, init: expect.objectContaining({ id: 'presstv-2018-09-06-573359', published: '2018-09-06', source: 'Press TV' }) })]);
  });

  it('says what is wrong with a sidecar given as an input, naming a missing file, or holding a bad date', async () => {
    const dir = folder();
    expect((await collect([join(dir, 'meta.json')])).map((i) => !i.ok && i.error.message)).toEqual([
      `${join(dir, 'meta.json')}: metadata for ${join(dir, 'article.txt')}, not a document: give ${join(dir, 'article.txt')} or its folder`,
    ]);
    const orphan = folder({ ...sidecar, file: 'gone.txt' });
    expect((await collect([orphan])).map((i) => (i.ok ? `ok ${i.init.id}` : i.error.message))).toEqual([
      'ok article',
      `${join(orphan, 'meta.json')}: metadata for "gone.txt", which is not beside it`,
    ]);
    const undated = folder({ ...sidecar, published: 'Draft 7' });
    const [item] = await collect([undated], { published: '2020-01-01' });
    expect(item.ok && [item.init.published, item.init.diagnostics?.map((d) => d.message)]).toEqual([
      '2020-01-01',
      [`${join(undated, 'meta.json')}: publication date not understood, ignored: "Draft 7"`],
    ]);
  });
});

describe('walking directories', () => {
  it('follows symbolic links, reports a link to nothing, and stops at a link loop', async () => {
    const dir = tmp();
    const elsewhere = tmp();
    writeFileSync(join(elsewhere, 'linked.txt'), 'Jets struck Idlib on Thursday.');
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub', 'b.txt'), 'Rebels shelled the airport.');
    symlinkSync(join(elsewhere, 'linked.txt'), join(dir, 'a.txt'));
    symlinkSync(join(dir, 'gone.txt'), join(dir, 'c.txt'));
    symlinkSync(dir, join(dir, 'sub', 'loop'));
    const items = await collect([dir]);
    expect(items.map((i) => (i.ok ? i.init.id : i.error.message))).toEqual(['a', `${join(dir, 'c.txt')}: no such file or directory`, 'sub/b']);
  });
});
