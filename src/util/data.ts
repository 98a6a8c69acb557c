/**
 * @module Where a stage's data files are. They live in `src/stages/<stage>/data/` (shipped with the
 * package), whether the code runs from `src/` (tests) or from `dist/src/` (the built command).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

/** The package root: the nearest folder above this module with a package.json. */
export function packageRoot(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('sitrep: cannot find the package root (no package.json above the code)');
    dir = up;
  }
  root = dir;
  return dir;
}

export function stageDataPath(stage: string, file: string): string {
  return join(packageRoot(), 'src', 'stages', stage, 'data', file);
}

/** Reads a JSON data file, naming the file when it is missing or malformed. */
export function readJson<T>(path: string): T {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (error) {
    throw new Error(`cannot read data file ${path}: ${(error as Error).message}`);
  }
  try {
    return JSON.parse(raw) as T;
  } catch (error) {
    throw new Error(`malformed JSON in data file ${path}: ${(error as Error).message}`);
  }
}
