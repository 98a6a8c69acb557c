import { appendFileSync, cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSections } from './binary.js';
import { DATA_DIR, dataFingerprint, gazetteerPath } from './paths.js';

describe('places: the gazetteer knows the data it was built from', () => {
  it('a change to a file the build reads changes the fingerprint; a run-time file or the README does not', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-places-data-'));
    try {
      cpSync(DATA_DIR, dir, { recursive: true });
      const before = dataFingerprint(dir);
      expect(dataFingerprint(dir)).toBe(before);
      writeFileSync(join(dir, 'README.md'), 'changed');
      appendFileSync(join(dir, 'cues.txt'), '\n');
      expect(dataFingerprint(dir)).toBe(before);
      appendFileSync(join(dir, 'aliases.tsv'), 'Springfield Hollow\tid:1\n');
      expect(dataFingerprint(dir)).not.toBe(before);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the built gazetteer records the fingerprint of the data now in the repository', async () => {
    const { loadGazetteer } = await import('./gazetteer.js');
    loadGazetteer(); // rebuilds first if the data changed since the last build
    expect(readSections<{ data?: string }>(gazetteerPath()).header.data).toBe(dataFingerprint());
  });
});
