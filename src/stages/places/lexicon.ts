/** @module The cue words of `data/cues.txt`, loaded once: word → the classes it belongs to. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIR } from './paths.js';

export type CueClass =
  | 'admin1'
  | 'admin2'
  | 'town'
  | 'area'
  | 'poi'
  | 'org'
  | 'title'
  | 'direction'
  | 'metonym'
  | 'speech'
  | 'held'
  | 'based'
  | 'anaphor'
  | 'never'
  | 'locative'
  | 'geohead';

export class Cues {
  private readonly classes = new Map<string, Set<CueClass>>();

  constructor(text: string) {
    for (const line of text.split('\n')) {
      const m = /^([a-z0-9]+):\s*(.*)$/.exec(line.trim());
      if (!m) continue;
      for (const raw of m[2].split(/\s+/)) {
        if (!raw) continue;
        const w = raw.replace(/_/g, ' '); // "white_house": a phrase
        let s = this.classes.get(w);
        if (!s) this.classes.set(w, (s = new Set()));
        s.add(m[1] as CueClass);
      }
    }
  }

  is(key: string | undefined, cls: CueClass): boolean {
    return key !== undefined && (this.classes.get(key)?.has(cls) ?? false);
  }
}

let cached: Cues | undefined;

export function loadCues(): Cues {
  cached ??= new Cues(readFileSync(join(DATA_DIR, 'cues.txt'), 'utf8'));
  return cached;
}
