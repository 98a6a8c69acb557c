/** @module The cue words of `data/cues.txt`, loaded once: word → the classes it belongs to. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIR } from './paths.js';

export type CueClass =
  | 'admin1'
  | 'admin2'
  | 'town'
  | 'area'
  | 'part'
  | 'within'
  | 'poi'
  | 'org'
  | 'title'
  | 'nametitle'
  | 'direction'
  | 'metonym'
  | 'speech'
  | 'held'
  | 'based'
  | 'anaphor'
  | 'never'
  | 'locative'
  | 'geohead'
  | 'streets'
  | 'crossing'
  | 'governor'
  | 'mayor'
  | 'currency';

const CLASSES: CueClass[] = [
  'admin1', 'admin2', 'town', 'area', 'part', 'within', 'poi', 'org', 'title', 'nametitle', 'direction', 'metonym', 'speech', 'held', 'based', 'anaphor', 'never', 'locative', 'geohead', 'streets', 'crossing', 'governor', 'mayor', 'currency',
];
const BIT = new Map(CLASSES.map((c, i) => [c, 1 << i]));

export class Cues {
  /** word → bit set of its classes (one hash probe per test on the per-document path). */
  private readonly classes = new Map<string, number>();

  constructor(text: string) {
    for (const line of text.split('\n')) {
      const m = /^([a-z0-9]+):\s*(.*)$/.exec(line.trim());
      if (!m) continue;
      const bit = BIT.get(m[1] as CueClass);
      if (bit === undefined) throw new Error(`places: cues.txt: unknown class '${m[1]}'`);
      for (const raw of m[2].split(/\s+/)) {
        if (!raw) continue;
        const w = raw.replace(/_/g, ' '); // "white_house": a phrase
        this.classes.set(w, (this.classes.get(w) ?? 0) | bit);
      }
    }
  }

  is(key: string | undefined, cls: CueClass): boolean {
    if (key === undefined) return false;
    const bits = this.classes.get(key);
    return bits !== undefined && (bits & BIT.get(cls)!) !== 0;
  }
}

let cached: Cues | undefined;

export function loadCues(): Cues {
  cached ??= new Cues(readFileSync(join(DATA_DIR, 'cues.txt'), 'utf8'));
  return cached;
}
