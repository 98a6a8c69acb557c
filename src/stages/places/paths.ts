/** @module Where the places stage finds its data: the hand-written files, and the built gazetteer. */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Bumped whenever the built file's shape changes, so an old build is rebuilt, not misread. */
export const GAZETTEER_FORMAT = 1;

/** The package root (where package.json names sitrep), from wherever this module runs (src or dist). */
function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && (JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'sitrep') return dir;
    const up = dirname(dir);
    if (up === dir) throw new Error('places: cannot find the sitrep package root');
    dir = up;
  }
}

export const ROOT = packageRoot();
/** Hand-written knowledge (committed, documented in its README). */
export const DATA_DIR = join(ROOT, 'src', 'stages', 'places', 'data');

/** The built gazetteer (generated, not committed): SITREP_GAZETTEER overrides the location. */
export function gazetteerPath(): string {
  return process.env.SITREP_GAZETTEER ? resolve(process.env.SITREP_GAZETTEER) : join(ROOT, 'dist', 'data', `gazetteer-v${GAZETTEER_FORMAT}.bin`);
}

/** The hand-written files the gazetteer build reads (cues.txt and the others are read at run time). */
export const BUILD_INPUTS = ['admin1.tsv', 'aliases.tsv', 'areas.tsv', 'country-ids.tsv', 'demonyms.tsv', 'landmarks.tsv', 'regions.tsv'] as const;

/**
 * A digest of the hand-written data files the build reads. The built file records it, so a gazetteer
 * built before one of them changed (a user's new alias, a pulled commit) is rebuilt on first use
 * instead of silently answering from the old names. Reading these few small files costs about a
 * millisecond per process.
 */
export function dataFingerprint(dir = DATA_DIR): string {
  const hash = createHash('sha256');
  for (const name of BUILD_INPUTS) hash.update(name).update('\0').update(readFileSync(join(dir, name))).update('\0');
  return hash.digest('hex').slice(0, 16);
}
