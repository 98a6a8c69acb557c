import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../test/support.js';

const BIN = join(ROOT, 'dist', 'src', 'cli', 'main.js');
const sitrep = (args: string[]) => {
  const r = spawnSync(process.execPath, [BIN, 'places', ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

describe('sitrep places', () => {
  it('lists the candidates for a name, best first, with scores', () => {
    const r = sitrep(['Hama', '--country', 'SY', '--limit', '3']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/score.*geonameid.*name/);
    // The city and the governorate, both in Syria, lead; a Japanese namesake trails.
    expect(lines[1]).toMatch(/\sSY\s/);
    expect(lines[2]).toMatch(/\sSY\s/);
    expect(lines.slice(1, 3).join('\n')).toMatch(/Hama\s+ADM1\s+SY/);
    expect(lines[3]).toMatch(/\sJP\s/);
    expect(lines.length).toBe(4);
  });

  it('writes JSON lines with --json', () => {
    const r = sitrep(['Damascus', '--json', '--limit', '2']);
    const rows = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(rows[0]).toMatchObject({ rank: 1, country: 'SY' });
    expect(rows[0].score).toBeGreaterThan(rows[1].score);
  });

  it('says so for an unknown name and for bad options', () => {
    expect(sitrep(['Xyzzyville']).code).toBe(1);
    expect(sitrep(['Hama', '--country', 'Syria']).code).toBe(2);
    expect(sitrep(['Hama', '--limit', '0']).code).toBe(2);
    expect(sitrep([]).code).toBe(2);
  });
});
