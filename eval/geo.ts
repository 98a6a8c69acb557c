/**
 * @module `npm run eval:geo`: the places stage on LGL, GeoWebNews and GeoVirus (../shared/eval/geo).
 *
 * (a) Resolution of the gold toponyms, given their spans: accuracy within 161 km, exact GeoNames id
 *     where gold has one, mean error. Country-level gold is right when the answer is that country at
 *     country level, whatever point either side uses (as the reference scorer's `same_country`).
 * (b) End to end: recognition P/R/F1 (any character overlap) and accuracy within 161 km of the
 *     matched gold. LGL is scored exactly as `sitrep_eval.py score geo` does (demonyms left out of the
 *     gold by its rule; a system place on a demonym is not a false one). GeoWebNews: recognition of
 *     literal toponyms (Literal, Literal_Modifier, Mixed, Embedded_Literal, Coercion); places found on
 *     associative toponyms (metonyms, demonyms, non-literal modifiers…) count neither way, and are
 *     also reported strictly. GeoVirus: every location is gold (start offsets are 1-based there).
 *
 * Reads the gold by path and writes nothing from it. Usage: tsx eval/geo.ts [lgl|gwn|geovirus] [--errors N]
 * (GEO_DUMP=1 prints every resolution error, missed and spurious place, one per line, with its context.)
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { SitrepDocument } from '../src/model/document.js';
import { buildPipeline } from '../src/stages/index.js';
import { km, Level, loadGazetteer } from '../src/stages/places/gazetteer.js';
import { analyzePlaces, resolveSpans } from '../src/stages/places/index.js';
import { WEIGHTS } from '../src/stages/places/resolve.js';
import { loadCues } from '../src/stages/places/lexicon.js';
import { nameKey } from '../src/stages/places/normalize.js';
import type { Place } from '../src/model/layers.js';

const SHARED = process.env.SITREP_SHARED ?? resolve(import.meta.dirname, '..', '..', 'shared');
const GEO = join(SHARED, 'eval', 'geo');

interface Gold {
  start: number;
  end: number;
  text: string;
  lat: number | null;
  lon: number | null;
  geonameid: string | null;
  /** ISO alpha-2 when the gold is a country as a whole. */
  country: string | null;
  /** Counted in recognition recall. */
  target: boolean;
  /** A place found on it is neither right nor wrong (demonyms in LGL, associative toponyms in GWN). */
  neutral: boolean;
  type: string;
}

interface Doc {
  id: string;
  text: string;
  published: string | null;
  gold: Gold[];
}

// ------------------------------------------------------------------------------------- reading
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
function unescape(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) =>
    e[0] === '#' ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : (ENTITIES[e] ?? m),
  );
}
function field(block: string, tag: string): string | null {
  const m = new RegExp(`<${tag}(?:\\s[^>]*)?>([\\s\\S]*?)</${tag}>`).exec(block);
  if (!m) return null;
  const cdata = /^<!\[CDATA\[([\s\S]*)\]\]>$/.exec(m[1].trim());
  return cdata ? cdata[1] : unescape(m[1]);
}
function blocks(xml: string, tag: string): string[] {
  xml = xml.replace(/<!--[\s\S]*?-->/g, ''); // commented-out records are not gold
  return [...xml.matchAll(new RegExp(`<${tag}(?:\\s[^>]*)?>[\\s\\S]*?</${tag}>`, 'g'))].map((m) => m[0]);
}
const num = (s: string | null) => (s === null || s.trim() === '' || Number.isNaN(Number(s)) ? null : Number(s));

const g = loadGazetteer();
const cues = loadCues();

/** The country a name denotes, when it is a country's own name (for gold that gives only a name). */
function countryByName(name: string): string | null {
  const p = g.postings(nameKey(name));
  if (!p) return null;
  for (const x of p) if (g.level[x >> 3] === Level.Country && (x & 7) <= 2) return g.countryCode(x >> 3);
  return null;
}
const countryById = new Map<string, string>();
for (const [cc, e] of g.countryEntry) if (g.id[e]) countryById.set(String(g.id[e]), cc);

/** The reference scorer's demonym rule for LGL/TR-News gold. */
const DEMONYM = /(an|ian|ean|ese|ish|i|ic|ch|ly)$/i;

function readLgl(): Doc[] {
  const xml = readFileSync(join(GEO, 'lgl.xml'), 'utf8');
  return blocks(xml, 'article').map((a, k) => {
    const text = field(a, 'text') ?? '';
    const id = /docid="([^"]*)"/.exec(a)?.[1] ?? String(k);
    const gold: Gold[] = [];
    for (const t of blocks(a, 'toponym')) {
      const phrase = (field(t, 'phrase') ?? '').trim();
      let start = Number(field(t, 'start'));
      let end = Number(field(t, 'end'));
      if (text.slice(start, end) !== phrase) {
        // As the reference scorer: some offsets are shifted; take the nearest occurrence.
        let best = -1;
        for (let i = text.indexOf(phrase); i >= 0; i = text.indexOf(phrase, i + 1)) if (best < 0 || Math.abs(i - start) < Math.abs(best - start)) best = i;
        if (best < 0 || !phrase) continue;
        start = best;
        end = best + phrase.length;
      }
      const gaz = /<gaztag[\s\S]*?<\/gaztag>/.exec(t)?.[0] ?? null;
      const name = gaz ? field(gaz, 'name') : null;
      const fcode = gaz ? field(gaz, 'fcode') : null;
      const countryName = gaz ? field(gaz, 'country') : null;
      const demonym = !!name && phrase.toLowerCase() !== name.toLowerCase() && DEMONYM.test(phrase) && /^[A-Z]/.test(phrase) &&
        ['PCLI', 'PCLD', 'PCL', 'PCLS', 'PCLF', 'ADM1', 'RGN', 'CONT'].includes(fcode ?? '');
      const isCountry = (fcode ?? '').startsWith('PCL');
      gold.push({
        start, end, text: phrase, lat: gaz ? num(field(gaz, 'lat')) : null, lon: gaz ? num(field(gaz, 'lon')) : null,
        geonameid: gaz ? (/geonameid="(\d+)"/.exec(gaz)?.[1] ?? null) : null,
        country: isCountry ? (countryByName(name ?? '') ?? countryByName(countryName ?? '')) : null,
        target: !demonym, neutral: demonym, type: fcode ?? '',
      });
    }
    const dl = (field(a, 'dltime') ?? '').trim().slice(0, 10);
    return { id, text, published: /^\d{4}-\d\d-\d\d$/.test(dl) ? dl : null, gold };
  });
}

const GWN_LITERAL = new Set(['Literal', 'Literal_Modifier', 'Mixed', 'Embedded_Literal', 'Coercion']);
const GWN_NOT_TOPONYM = new Set(['Literal_Expression', 'Non_Lit_Expression', 'Non_Toponym']);

function readGwn(): Doc[] {
  const xml = readFileSync(join(GEO, 'geowebnews.xml'), 'utf8');
  return blocks(xml, 'article').map((a, k) => {
    const text = field(a, 'text') ?? '';
    const gold: Gold[] = [];
    for (const t of blocks(a, 'toponym')) {
      const type = field(t, 'type') ?? '';
      if (GWN_NOT_TOPONYM.has(type)) continue;
      const id = (field(t, 'geonamesID') ?? '').trim() || null;
      gold.push({
        start: Number(field(t, 'start')), end: Number(field(t, 'end')), text: field(t, 'extractedName') ?? '',
        lat: num(field(t, 'latitude')), lon: num(field(t, 'longitude')), geonameid: id,
        country: id ? (countryById.get(id) ?? null) : null,
        target: GWN_LITERAL.has(type), neutral: !GWN_LITERAL.has(type), type,
      });
    }
    return { id: /file="([^"]*)"/.exec(a)?.[1] ?? String(k), text, published: null, gold };
  });
}

function readGeoVirus(): Doc[] {
  const xml = readFileSync(join(GEO, 'geovirus.xml'), 'utf8');
  return blocks(xml, 'article').map((a, k) => {
    const text = field(a, 'text') ?? '';
    const gold: Gold[] = [];
    for (const t of blocks(a, 'location')) {
      const name = field(t, 'name') ?? '';
      // 1-based start offsets; check against the text and search nearby if they still disagree.
      let start = Number(field(t, 'start')) - 1;
      if (text.slice(start, start + name.length) !== name) {
        let best = -1;
        for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) if (best < 0 || Math.abs(i - start) < Math.abs(best - start)) best = i;
        if (best < 0) continue;
        start = best;
      }
      const page = decodeURIComponent((field(t, 'page') ?? '').split('/').pop() ?? '').replace(/_/g, ' ').replace(/\s*\(.*\)$/, '');
      gold.push({
        start, end: start + name.length, text: name, lat: num(field(t, 'lat')), lon: num(field(t, 'lon')), geonameid: null,
        country: countryByName(page), target: true, neutral: false, type: 'location',
      });
    }
    return { id: String(k), text, published: null, gold };
  });
}

// ------------------------------------------------------------------------------------- scoring
const right = (t: Gold, p: Place | null | undefined): boolean => {
  if (!p) return false;
  if (t.country && String(p.feature).startsWith('PCL')) return p.country === t.country;
  if (p.lat === null || p.lon === null || t.lat === null || t.lon === null) return false;
  return km(t.lat, t.lon, p.lat, p.lon) <= 161;
};
const errorKm = (t: Gold, p: Place | null | undefined): number | null => {
  if (!p || p.lat === null || p.lon === null || t.lat === null || t.lon === null) return null;
  if (t.country && String(p.feature).startsWith('PCL') && p.country === t.country) return 0;
  return km(t.lat, t.lon, p.lat, p.lon);
};
const overlap = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
const pct = (x: number) => x.toFixed(3);

interface Figures {
  a: { n: number; within: number; exactN: number; exact: number; meanKm: number; literalN: number; literalWithin: number };
  b: { p: number; r: number; f1: number; strictP: number; gold: number; sys: number; matched: number; within: number; literalOnly?: { p: number; r: number; f1: number } };
  ms: number;
}

// Segment and actors: the places stage reads the actors stage's metonyms, as in `sitrep analyze`.
const segment = buildPipeline({ disable: ['times', 'places', 'attribution', 'framing', 'events'] });

function evaluate(name: string, docs: Doc[], showErrors: number): Figures {
  const t0 = performance.now();
  let placesMs = 0;
  const a = { n: 0, within: 0, exactN: 0, exact: 0, exactWithin: 0, kmSum: 0, kmN: 0, literalN: 0, literalWithin: 0 };
  const b = { gold: 0, sys: 0, tpSys: 0, neutralSys: 0, matched: 0, resolved: 0, within: 0, litGold: 0, litMatched: 0, litSys: 0 };
  const errA = new Map<string, number>();
  const errB = new Map<string, number>();
  const missed = new Map<string, number>();
  const spurious = new Map<string, number>();
  for (const d of docs) {
    const doc = segment.run(new SitrepDocument({ id: d.id, text: d.text, published: d.published }));
    const t1 = performance.now();
    // (a) resolution of gold spans (those with coordinates, demonyms left out as the scorer does)
    const scored = d.gold.filter((t) => t.lat !== null && (name !== 'lgl' || t.target));
    const given = resolveSpans(doc, scored, g, cues);
    // (b) end to end
    const { places } = analyzePlaces(doc, g, cues);
    placesMs += performance.now() - t1;
    scored.forEach((t, i) => {
      const p = given[i];
      a.n++;
      const ok = right(t, p);
      if (ok) a.within++;
      if (t.type === 'Literal') {
        a.literalN++;
        if (ok) a.literalWithin++;
      }
      const e = errorKm(t, p);
      a.kmSum += e ?? 20000;
      a.kmN++;
      if (t.geonameid) {
        a.exactN++;
        if (p && String(p.geonameid) === t.geonameid) a.exact++;
        if (ok) a.exactWithin++;
      }
      if (!ok) {
        if (process.env.GEO_DUMP) console.log(`ERR\t${d.id}\t${t.type}\t${t.text}\t${p ? `${p.name}|${p.feature}|${p.country}|${p.mention}|${p.note ?? ""}` : '-'}\t${Math.round(errorKm(t, p) ?? -1)}\t${t.geonameid ?? ''}\t${JSON.stringify(d.text.slice(Math.max(0, t.start - 40), t.end + 30))}`);
        const k = `${t.text} → ${p ? `${p.name} (${p.feature}, ${p.country}${p.admin1 ? `/${p.admin1}` : ''})` : '∅'}`;
        errA.set(k, (errA.get(k) ?? 0) + 1);
      }
    });
    const targets = d.gold.filter((t) => t.target);
    b.gold += targets.length;
    b.sys += places.length;
    for (const p of places) {
      const hitTarget = targets.some((t) => overlap(p, t));
      const hitAny = d.gold.some((t) => overlap(p, t));
      if (hitTarget || (name === 'lgl' && hitAny)) b.tpSys++;
      else if (hitAny) b.neutralSys++;
      else {
        if (process.env.GEO_DUMP) console.log(`SPUR\t${d.id}\t${p.text}\t${p.name}|${p.feature}|${p.mention}\t${JSON.stringify(d.text.slice(Math.max(0, p.start - 50), p.end + 30))}`);
        spurious.set(p.text, (spurious.get(p.text) ?? 0) + 1);
      }
    }
    for (const t of targets) {
      const m = places.filter((p) => overlap(p, t));
      if (t.type === 'Literal') {
        b.litGold++;
        if (m.length) b.litMatched++;
      }
      if (!m.length) {
        if (process.env.GEO_DUMP) console.log(`MISS\t${d.id}\t${t.text}\t${JSON.stringify(d.text.slice(Math.max(0, t.start - 50), t.end + 30))}`);
        missed.set(t.text, (missed.get(t.text) ?? 0) + 1);
        continue;
      }
      b.matched++;
      if (t.lat === null) continue;
      b.resolved++;
      if (right(t, m[0])) b.within++;
      else {
        const k = `${t.text} → ${m[0].name} (${m[0].feature}, ${m[0].country})`;
        errB.set(k, (errB.get(k) ?? 0) + 1);
      }
    }
  }
  const prf = (tp: number, sys: number, matched: number, gold: number) => {
    const p = sys ? tp / sys : 0;
    const r = gold ? matched / gold : 0;
    return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
  };
  const main = prf(b.tpSys, b.sys - b.neutralSys, b.matched, b.gold);
  const strict = prf(b.tpSys, b.sys, b.matched, b.gold);
  const figures: Figures = {
    a: { n: a.n, within: a.within / a.n, exactN: a.exactN, exact: a.exactN ? a.exact / a.exactN : 0, meanKm: a.kmSum / a.kmN, literalN: a.literalN, literalWithin: a.literalN ? a.literalWithin / a.literalN : 0 },
    b: { ...main, strictP: strict.p, gold: b.gold, sys: b.sys, matched: b.matched, within: b.resolved ? b.within / b.resolved : 0 },
    ms: performance.now() - t0,
  };
  const top = (m: Map<string, number>, k: number) => [...m].sort((x, y) => y[1] - x[1]).slice(0, k).map(([s, c]) => `${c}× ${s}`).join(' | ');
  console.log(`\n== ${name}: ${docs.length} documents (${(figures.ms / 1000).toFixed(1)} s, places ${(placesMs / 1000).toFixed(1)} s)`);
  console.log(`(a) gold spans: acc@161km ${pct(figures.a.within)} (${a.within}/${a.n})  exact id ${pct(figures.a.exact)} (${a.exact}/${a.exactN})  mean error ${Math.round(figures.a.meanKm)} km (unresolved = 20,000 km)` +
    (a.literalN ? `  [Literal only: ${pct(figures.a.literalWithin)} of ${a.literalN}]` : ''));
  if (a.exactN && a.exactN < a.n) console.log(`    gold with a GeoNames id only: acc@161km ${pct(a.exactWithin / a.exactN)} (${a.exactWithin}/${a.exactN})`);
  console.log(`(b) end to end: recognition P ${pct(main.p)} R ${pct(main.r)} F1 ${pct(main.f1)}  (gold ${b.gold}, system ${b.sys}, neutral ${b.neutralSys}; strict P ${pct(strict.p)} F1 ${pct(strict.f1)})  acc@161km of matched ${pct(figures.b.within)} (${b.within}/${b.resolved})`);
  if (name === 'gwn') {
    const lit = prf(b.tpSys, b.sys - b.neutralSys, b.litMatched, b.litGold);
    console.log(`    type Literal alone: R ${pct(lit.r)} (${b.litMatched}/${b.litGold})`);
  }
  if (showErrors) {
    console.log(`    resolution errors: ${top(errA, showErrors)}`);
    console.log(`    end-to-end resolution errors: ${top(errB, showErrors)}`);
    console.log(`    missed: ${top(missed, showErrors)}`);
    console.log(`    spurious: ${top(spurious, showErrors)}`);
  }
  return figures;
}

const args = process.argv.slice(2);
for (let i = 0; i < args.length; i++) {
  if (args[i] !== '--param') continue;
  const [k, v] = args[i + 1].split('=');
  if (!(k in WEIGHTS)) throw new Error(`unknown weight ${k} (${Object.keys(WEIGHTS).join(', ')})`);
  (WEIGHTS as Record<string, number>)[k] = Number(v);
  args.splice(i, 2);
  i--;
}
const which = args.filter((x) => !x.startsWith('--') && !/^\d+$/.test(x));
const errorsAt = args.indexOf('--errors');
const showErrors = errorsAt >= 0 ? Number(args[errorsAt + 1] ?? 15) : 0;
const sets: Record<string, () => Doc[]> = { lgl: readLgl, gwn: readGwn, geovirus: readGeoVirus };
for (const name of which.length ? which : Object.keys(sets)) {
  if (!sets[name]) throw new Error(`unknown set ${name} (lgl, gwn, geovirus)`);
  evaluate(name, sets[name](), showErrors);
}
