import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentProblems, ROOT } from '../../test/support.js';

const BIN = join(ROOT, 'dist', 'src', 'cli', 'main.js');
const SEED = join(ROOT, 'samples', 'seed', 'article.txt');

function sitrep(args: string[], input?: string | Buffer, env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, env: { ...process.env, ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('sitrep analyze', () => {
  it('writes one contract document for a single input', () => {
    const r = sitrep(['analyze', SEED, '--published', '2018-09-06']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(documentProblems(doc)).toEqual([]);
    expect(doc.document).toMatchObject({ id: 'presstv-2018-09-06-573359', source: 'Press TV', published: '2018-09-06', language: 'en' });
    expect(doc.document.text).toBe(readFileSync(SEED, 'utf8'));
    expect(doc.sentences.length).toBe(14);
    expect(doc.entities.length).toBeGreaterThan(10);
    expect(r.stderr).toMatch(/1 documents, 0 input errors/);
  });

  it('reads standard input with -', () => {
    const r = sitrep(['analyze', '-', '--published', '2021-03-02'], 'Rebels shelled the airport on Monday.');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).document).toMatchObject({ id: 'stdin', published: '2021-03-02' });
  });

  it('writes JSON lines in input order for several documents, keeping JSONL ids', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-cli-'));
    const file = join(dir, 'in.jsonl');
    writeFileSync(file, ['{"id":"x1","text":"One."}', '{"id":"x2","text":"Two.","published":"2020-01-02"}'].join('\n'));
    const r = sitrep(['analyze', file]);
    expect(r.code).toBe(0);
    const docs = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(docs.map((d) => [d.document.id, d.document.published])).toEqual([
      ['x1', null],
      ['x2', '2020-01-02'],
    ]);
  });

  it('writes a JSON array with --format json and several documents, and --out atomically', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-cli-'));
    const file = join(dir, 'in.jsonl');
    writeFileSync(file, ['{"id":"a","text":"One."}', '{"id":"b","text":"Two."}'].join('\n'));
    const out = join(dir, 'out.json');
    const r = sitrep(['analyze', file, '--format', 'json', '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8')).map((d: { document: { id: string } }) => d.document.id)).toEqual(['a', 'b']);
  });

  it('keeps going past a binary file, an empty file, a malformed line and a 50 MB file, then exits 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-bad-'));
    writeFileSync(join(dir, '1-good.txt'), 'Government forces shelled the town on Monday.');
    writeFileSync(join(dir, '2-binary.txt'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0]));
    writeFileSync(join(dir, '3-empty.txt'), '');
    writeFileSync(join(dir, '4-batch.jsonl'), '{"id":"j1","text":"Protesters marched."}\n{"id":"j2","text": oops}\n{"id":"j3","text":"Police fired tear gas."}\n');
    writeFileSync(join(dir, '5-huge.txt'), Buffer.alloc(50 * 1024 * 1024, 'a'));
    writeFileSync(join(dir, '6-good.html'), '<html><body><article><p>Rebels seized the border crossing on Friday, a spokesman said.</p></article></body></html>');
    const out = join(dir, 'out.jsonl');
    const r = sitrep(['analyze', dir, '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${join(dir, '2-binary.txt')}: binary data (ELF executable), not text`);
    expect(r.stderr).toContain(`${join(dir, '3-empty.txt')}: empty input (0 bytes)`);
    expect(r.stderr).toContain(`${join(dir, '4-batch.jsonl')}:2: malformed JSON`);
    expect(r.stderr).toMatch(new RegExp(`${join(dir, '5-huge.txt')}: too large \\(50\\.0 MB`));
    expect(r.stderr).toMatch(/4 documents, 4 input errors/);
    const docs = readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(docs.map((d) => d.document.id)).toEqual(['1-good', 'j1', 'j3', '6-good']);
    for (const d of docs) expect(documentProblems(d)).toEqual([]);
  });

  it('rejects bad options with a usage error (exit 2) and leaves no output file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-cli-'));
    expect(sitrep(['analyze', SEED, '--published', '06/09/2018']).code).toBe(2);
    expect(sitrep(['analyze', SEED, '--format', 'xml']).code).toBe(2);
    expect(sitrep(['analyze']).code).toBe(2);
    expect(sitrep(['frobnicate']).code).toBe(2);
    expect(existsSync(join(dir, 'out.json'))).toBe(false);
  });

  it('exports events as CSV, GeoJSON, PLOVER records and brat files', () => {
    const csv = sitrep(['analyze', SEED, '--published', '2018-09-06', '--format', 'csv', '--quiet']);
    expect(csv.code).toBe(0);
    const [header, ...rows] = csv.stdout.trim().split('\n');
    expect(header.split(',')).toEqual(expect.arrayContaining(['event_id', 'event_date', 'event_type', 'sub_event_type', 'plover_type', 'actor1', 'latitude', 'status', 'evidence_start']));
    expect(rows.length).toBeGreaterThan(10);
    const geo = JSON.parse(sitrep(['analyze', SEED, '--published', '2018-09-06', '--format', 'geojson', '--quiet']).stdout);
    expect(geo.type).toBe('FeatureCollection');
    expect(geo.features[0].geometry.type).toBe('Point');
    const plover = sitrep(['analyze', SEED, '--published', '2018-09-06', '--format', 'plover', '--quiet']).stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(plover.some((r) => r.event === 'ASSAULT' && r.mode === 'aerial' && r.source[0]?.actorText === 'United States')).toBe(true);
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-brat-'));
    expect(sitrep(['analyze', SEED, '--published', '2018-09-06', '--format', 'brat', '--out', dir, '--quiet']).code).toBe(0);
    expect(readFileSync(join(dir, 'presstv-2018-09-06-573359.txt'), 'utf8')).toBe(readFileSync(SEED, 'utf8'));
    const ann = readFileSync(join(dir, 'presstv-2018-09-06-573359.ann'), 'utf8');
    for (const line of ann.trim().split('\n').filter((l) => l.startsWith('T'))) {
      const [, type, text] = line.split('\t');
      const [, start, end] = type.split(' ');
      expect(readFileSync(SEED, 'utf8').slice(Number(start), Number(end)).replace(/\s+/g, ' ')).toBe(text);
    }
    expect(ann).toMatch(/^E\d+\tAssault:T\d+ Actor:T\d+/m);
    expect(existsSync(join(dir, 'annotation.conf'))).toBe(true);
    expect(sitrep(['analyze', SEED, '--format', 'brat']).code).toBe(2);
  });

  it('checks --out and --published before any work, and names the problem', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-cli-'));
    const missing = sitrep(['analyze', SEED, '--out', join(dir, 'nowhere', 'x.json')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/does not exist/);
    const isDir = sitrep(['analyze', SEED, '--out', dir]);
    expect(isDir.code).toBe(2);
    expect(isDir.stderr).toMatch(/is a directory/);
    const impossible = sitrep(['analyze', SEED, '--published', '2018-02-30']);
    expect(impossible.code).toBe(2);
    expect(impossible.stderr).toMatch(/real calendar date/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it.skipIf(!existsSync('/dev/full'))('exits 1 naming the output when writing it fails (a full disk)', () => {
    const r = sitrep(['analyze', SEED, '--out', '/dev/full']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/cannot write \/dev\/full/);
  });

  it('reads a folder with its meta.json sidecar as one dated article', () => {
    const r = sitrep(['analyze', join(ROOT, 'samples', 'seed'), '--quiet']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).document).toMatchObject({ id: 'presstv-2018-09-06-573359', published: '2018-09-06' });
  });

  it("reads a feed item's date as the publisher wrote it, whatever the machine's time zone", () => {
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-cli-'));
    const feed = join(dir, 'wire.rss');
    writeFileSync(
      feed,
      '<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>' +
        '<item><title>Late strike</title><pubDate>Thu, 06 Sep 2018 23:30:00 -0500</pubDate><description>Jets struck Idlib.</description></item>' +
        '<item><title>Early strike</title><pubDate>September 7, 2018</pubDate><description>Jets struck Hama.</description></item>' +
        '</channel></rss>',
    );
    for (const TZ of ['UTC', 'Europe/Berlin', 'America/Los_Angeles', 'Pacific/Kiritimati']) {
      const r = sitrep(['analyze', feed, '--quiet'], undefined, { TZ });
      expect(r.code, TZ).toBe(0);
      expect(r.stdout.trim().split('\n').map((l) => JSON.parse(l).document.published), TZ).toEqual(['2018-09-06', '2018-09-07']);
    }
  });

  it('prints its version and help', () => {
    expect(sitrep(['--version']).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
    expect(sitrep(['analyze', '--help']).stdout).toMatch(/usage: sitrep analyze INPUT/);
  });
});
