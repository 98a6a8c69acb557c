/**
 * @module The gazetteer in memory: entries as parallel typed arrays, and a name index keyed by folded
 * name (see `normalize.ts`). Loaded once per process; built on first use when the build step has not
 * run (`npm run gazetteer`, run by `prepare`).
 */
import { existsSync } from 'node:fs';
import { compareKeys, readSections } from './binary.js';
import { buildGazetteer } from './build.js';
import { divisionLabel, nameKey } from './normalize.js';
import { GAZETTEER_FORMAT, dataFingerprint, gazetteerPath } from './paths.js';

export interface Country {
  cc: string;
  iso3: string;
  name: string;
}

/** One gazetteer entry, as the stage reports it. */
export interface Entry {
  index: number;
  geonameid: number | null;
  name: string;
  feature: string;
  country: string | null;
  admin1: string | null;
  lat: number;
  lon: number;
  population: number;
}

interface Header {
  format: number;
  /** `dataFingerprint()` of the data files it was built from. */
  data?: string;
  fcodes: string[];
  ccs: string[];
  countries: Country[];
  demonyms: Record<string, number>;
}

/** Broad class of a feature code, for the resolver's cues. */
export const enum Level {
  Country = 0,
  Admin1 = 1,
  Admin2 = 2,
  Town = 3,
  Region = 4,
}

export class Gazetteer {
  readonly size: number;
  readonly id: Int32Array;
  readonly name: string[];
  readonly fcode: Uint8Array;
  readonly cc: Uint16Array;
  readonly a1: Int32Array;
  readonly a2: Int32Array;
  readonly lat: Float32Array;
  readonly lon: Float32Array;
  readonly pop: Float32Array;
  readonly fcodes: string[];
  readonly ccs: string[];
  readonly level: Uint8Array;
  readonly countries: Country[];
  /** Entry index of each country, by ISO alpha-2 code. */
  readonly countryEntry = new Map<string, number>();
  /** Sorted name keys (binary-searched: no 500k-entry hash map to build at load). */
  private readonly keys: string[];
  private readonly off: Int32Array;
  private readonly post: Int32Array;
  private readonly heads: string[];
  private readonly headLen: Uint8Array;
  private readonly demonyms: Map<string, number>;
  private readonly demonymHeads = new Set<string>();
  /** Lookups already made (news repeats its words): spares most binary searches. */
  private readonly headMemo = new Map<string, number>();
  private readonly keyMemo = new Map<string, number>();
  /** Labels of first-level divisions, made on first use. */
  private readonly labels = new Map<number, string>();

  constructor(header: Header, arrays: ArrayLike<number>[], texts: string[]) {
    [this.id, this.lat, this.lon, this.pop, this.a1, this.a2, this.cc, this.fcode, this.off, this.post, this.headLen] = arrays as [
      Int32Array, Float32Array, Float32Array, Float32Array, Int32Array, Int32Array, Uint16Array, Uint8Array, Int32Array, Int32Array, Uint8Array,
    ];
    this.name = texts[0].split('\n');
    this.keys = texts[1].split('\n');
    this.heads = texts[2].split('\n');
    this.size = this.id.length;
    this.fcodes = header.fcodes;
    this.ccs = header.ccs;
    this.countries = header.countries;
    const levelOf = header.fcodes.map((f): Level =>
      f.startsWith('PCL') ? Level.Country : f === 'ADM1' ? Level.Admin1 : f === 'ADM2' ? Level.Admin2 : f.startsWith('PPL') ? Level.Town : Level.Region,
    );
    this.level = Uint8Array.from(this.fcode, (f) => levelOf[f]);
    for (let i = 0; i < this.size; i++) if (this.level[i] === Level.Country) this.countryEntry.set(this.ccs[this.cc[i]], i);
    this.demonyms = new Map(Object.entries(header.demonyms));
    for (const d of this.demonyms.keys()) if (d.includes(' ')) this.demonymHeads.add(d.slice(0, d.indexOf(' ')));
  }

  /** Longest name, in words, starting with this (folded) word; 0 when no name starts with it. */
  headLength(word: string): number {
    let v = this.headMemo.get(word);
    if (v === undefined) {
      const i = search(this.heads, word);
      v = i < 0 ? 0 : this.headLen[i];
      remember(this.headMemo, word, v);
    }
    return v;
  }

  /** Postings for a folded name key: each is `entry * 8 + nameKind`. */
  postings(key: string): Int32Array | null {
    let s = this.keyMemo.get(key);
    if (s === undefined) remember(this.keyMemo, key, (s = search(this.keys, key)));
    return s < 0 ? null : this.post.subarray(this.off[s], this.off[s + 1]);
  }

  /** Entries known by a name (any spelling), best-known first. For the CLI and tests. */
  lookup(name: string): number[] {
    const p = this.postings(nameKey(name));
    return p ? [...p].map((x) => x >> 3) : [];
  }

  /** True when some demonym of two words starts with this word ("Latin" of "Latin American"). */
  demonymHead(word: string): boolean {
    return this.demonymHeads.has(word);
  }

  /** Country entry for a demonym ("Syrian" → Syria), or -1. */
  demonym(key: string): number {
    const e = this.demonyms.get(key);
    if (e !== undefined) return e;
    // Plurals: "Russians", "Palestinians" (not "Swiss", which is its own entry).
    return key.length > 4 && key.endsWith('s') ? (this.demonyms.get(key.slice(0, -1)) ?? -1) : -1;
  }

  countryCode(i: number): string | null {
    return this.ccs[this.cc[i]] || null;
  }

  /** ISO alpha-2 of a country given by its alpha-3 code ("YEM" → "YE"), or null. */
  countryByIso3(iso3: string): string | null {
    if (!this.iso3Memo) {
      this.iso3Memo = new Map();
      for (const c of this.countries) this.iso3Memo.set(c.iso3, c.cc);
    }
    return this.iso3Memo.get(iso3) ?? null;
  }
  private iso3Memo: Map<string, string> | undefined;

  /** Name of the first-level division an entry lies in (its own name for a division), as reports
   * write it: plain Latin letters, no generic word ("Aḑ Ḑāli‘" → "Ad Dali"; see `divisionLabel`). */
  admin1Name(i: number): string | null {
    const a = this.level[i] === Level.Admin1 ? i : this.a1[i];
    if (a < 0) return null;
    let label = this.labels.get(a);
    if (label === undefined) this.labels.set(a, (label = divisionLabel(this.name[a])));
    return label;
  }

  entry(i: number): Entry {
    return {
      index: i,
      geonameid: this.id[i] || null,
      name: this.name[i],
      feature: this.fcodes[this.fcode[i]],
      country: this.countryCode(i),
      admin1: this.level[i] === Level.Country ? null : this.admin1Name(i),
      lat: this.lat[i],
      lon: this.lon[i],
      population: this.pop[i],
    };
  }
}

const MEMO_LIMIT = 200_000;

function remember<V>(memo: Map<string, V>, key: string, value: V): void {
  if (memo.size >= MEMO_LIMIT) memo.clear(); // bounded: a long batch's vocabulary never grows it past this
  memo.set(key, value);
}

function search(sorted: string[], key: string): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const c = compareKeys(sorted[mid], key);
    if (c === 0) return mid;
    if (c < 0) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

let cached: Gazetteer | undefined;

function read(path: string, fingerprint: string | null): Gazetteer | undefined {
  if (!existsSync(path)) return undefined;
  const { header, arrays, texts } = readSections<Header>(path);
  if (header.format !== GAZETTEER_FORMAT) return undefined;
  if (fingerprint !== null && header.data !== fingerprint) return undefined;
  return new Gazetteer(header, arrays, texts);
}

/** The process's gazetteer, loaded on first call; built the first time on a fresh install, and
 * rebuilt when the data files changed since it was built. */
export function loadGazetteer(): Gazetteer {
  if (cached) return cached;
  const path = gazetteerPath();
  // A gazetteer named by SITREP_GAZETTEER is the user's own build: used as it is.
  const fingerprint = process.env.SITREP_GAZETTEER ? null : dataFingerprint();
  let g = read(path, fingerprint);
  if (!g) {
    const stale = existsSync(path);
    try {
      if (stale) process.stderr.write(`sitrep: the places data changed since the gazetteer was built; rebuilding ${path}\n`);
      buildGazetteer(path);
    } catch (error) {
      // A read-only install cannot rebuild: the old build still answers, and says so.
      const old = stale ? read(path, null) : undefined;
      if (!old) throw error;
      process.stderr.write(`sitrep: could not rebuild the gazetteer (${error instanceof Error ? error.message : String(error)}); using the one built before the data changed\n`);
      cached = old;
      return old;
    }
    g = read(path, null);
    if (!g) throw new Error(`places: the gazetteer at ${path} could not be built`);
  }
  cached = g;
  return g;
}

/** Great-circle distance in km (haversine, mean Earth radius). */
export function km(aLat: number, aLon: number, bLat: number, bLon: number): number {
  const p = Math.PI / 180;
  const d =
    0.5 - Math.cos((bLat - aLat) * p) / 2 + (Math.cos(aLat * p) * Math.cos(bLat * p) * (1 - Math.cos((bLon - aLon) * p))) / 2;
  return 12742 * Math.asin(Math.sqrt(Math.max(0, d)));
}
