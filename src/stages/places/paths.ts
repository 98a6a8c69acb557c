/** @module Where the places stage finds its data: the hand-written files, and the built gazetteer. */
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
