/**
 * @module places: every place mention, resolved offline to a gazetteer entry (GeoNames towns,
 * first- and second-level divisions, countries, regions), with its score, the cue that decided it,
 * and the demonyms ("Syrian") kept apart for the events stage.
 */
import type { Mention, Place } from '../../model/layers.js';
import type { SitrepDocument } from '../../model/document.js';
import { defineStage } from '../../pipeline/stage.js';
import { findAnaphors, findPlaces, listsOf, type Demonym, type Found } from './find.js';
import { km, Level, loadGazetteer, type Gazetteer } from './gazetteer.js';
import { NameKind } from './build.js';
import { loadCues, type Cues } from './lexicon.js';
import { fitsFocus, inside, resolveMentions, type DocumentFocus, type Resolution } from './resolve.js';
import { buildWords, Case, Sep } from './words.js';
import { nameKey } from './normalize.js';

export type { Demonym } from './find.js';

declare module '../../model/layers.js' {
  interface LayerMap {
    /** Demonyms ("Syrian", "Iraqi"): not places, but they name a country the events stage may want. */
    demonyms: Demonym[];
  }
}

export interface PlacesOptions {
  /** Also list the runner-up candidates on each place (`candidates`, default false). */
  candidates: number;
  /** Leave out places resolved with less confidence than this (default 0: keep all). */
  minConfidence: number;
}

/** GeoNames-style feature codes for features below the gazetteer's level, by their feature word. */
const FEATURE_CODE: Record<string, string> = {
  street: 'RD', st: 'RD', road: 'RD', rd: 'RD', avenue: 'RD', ave: 'RD', boulevard: 'RD', blvd: 'RD', lane: 'RD', ln: 'RD',
  drive: 'RD', highway: 'RD', hwy: 'RD', freeway: 'RD', expressway: 'RD', parkway: 'RD', pkwy: 'RD',
  river: 'STM', creek: 'STM', canal: 'CNL', lake: 'LK', mountain: 'MT', mount: 'MT', mt: 'MT', mountains: 'MTS', hill: 'HLL',
  hills: 'HLLS', valley: 'VAL', island: 'ISL', islands: 'ISLS', isle: 'ISL', bay: 'BAY', gulf: 'GULF', beach: 'BCH', coast: 'CST',
  park: 'PRK', airport: 'AIRP', airbase: 'AIRB', base: 'MILB', camp: 'CMP', square: 'SQR', plaza: 'SQR', bridge: 'BDG',
  desert: 'DSRT', sea: 'SEA', ocean: 'OCN', peninsula: 'PEN', harbor: 'HBR', harbour: 'HBR', port: 'PRT', fort: 'FT', ft: 'FT',
  dam: 'DAM', canyon: 'CNYN', quarter: 'PPLX', falls: 'FLLS', strait: 'STRT', forest: 'FRST', heights: 'HTS', plain: 'PLN', plains: 'PLN',
};

const round = (x: number, k: number) => Math.round(x * 10 ** k) / 10 ** k;

export const places = defineStage<PlacesOptions>({
  name: 'places',
  description: 'place mentions resolved to gazetteer entries (GeoNames), offline; demonyms kept apart',
  requires: ['tokens', 'sentences'],
  optional: ['entities'],
  adds: ['places', 'demonyms'],
  defaults: { candidates: 0, minConfidence: 0 },
  setup(options) {
    const g = loadGazetteer();
    const cues = loadCues();
    return (doc) => {
      const { places: out, demonyms } = analyzePlaces(doc, g, cues, options);
      doc.set('places', out);
      doc.set('demonyms', demonyms);
    };
  },
});

/** The stage's work on one document, also used by the evaluation and the `sitrep places` command. */
export function analyzePlaces(
  doc: SitrepDocument,
  g: Gazetteer,
  cues: Cues,
  options: Partial<PlacesOptions> = {},
): { places: Place[]; demonyms: Demonym[]; focus: DocumentFocus } {
  const tokens = doc.get('tokens');
  const words = buildWords(doc.text, tokens);
  const { found: all, demonyms } = findPlaces(words, tokens, g, cues);

  // Spans the actors stage read as a government ("the Damascus government") are not places.
  // (Plain loops: a filtered array per entity cost more than the few metonyms found.)
  const metonyms: Mention[] = [];
  for (const e of doc.maybe('entities') ?? []) {
    for (let k = 0; k < e.mentions.length; k++) if (e.mentions[k].how === 'metonym') metonyms.push(e.mentions[k]);
  }
  const found = metonyms.length ? all.filter((f) => !metonyms.some((m) => m.start < f.end && f.start < m.end)) : all;
  if (found.length !== all.length) {
    // Container links point into the filtered list.
    const index = new Map(found.map((f, i) => [f, i]));
    for (const f of found) f.container = f.container >= 0 ? (index.get(all[f.container]) ?? -1) : -1;
  }

  const named = found.map((f, i) => ({ f, i })).filter(({ f }) => f.postings);
  // (A place the text only names around a part, "in Recife … in the Vila Esperança neighborhood", is not
  // read as a container: it is not in a container's position.)
  const containers = new Set(found.filter((f) => !f.implicit).map((f) => f.container).filter((c) => c >= 0));
  const slot = new Map(named.map(({ i }, k) => [i, k]));
  const lists = listsOf(words, named.map(({ f }) => f));
  const { resolutions, focus } = resolveMentions(
    g,
    named.map(({ f, i }, k) => ({
      key: f.key,
      postings: f.postings!,
      cue: f.cue,
      container: f.container >= 0 ? (slot.get(f.container) ?? -1) : -1,
      isContainer: containers.has(i),
      vote: f.kind !== 'feature',
      list: lists[k],
      division: divisionNamed(f, cues),
    })),
    [...demonyms.map((d) => d.country).filter((c): c is string => !!c), ...actorCountries(doc, g)],
  );

  const placed: Place[] = [];
  const idOf = new Map<number, Place>();
  const resolutionOf = (i: number) => {
    const k = slot.get(i);
    return k === undefined ? null : resolutions[k];
  };
  const entryOf = (i: number) => resolutionOf(i)?.entry ?? -1;
  found.forEach((f, i) => {
    const r = resolutionOf(i);
    const held = anchor(g, found, i, resolutionOf);
    if (held) {
      const p = heldPlace(doc, g, f, held.entry, found[held.container], resolutionOf(held.container));
      idOf.set(i, p);
      placed.push(p);
      return;
    }
    if (f.kind === 'unlisted') return;
    if (r && f.kind === 'name' && !supported(g, f, r.entry, i, found, containers, resolutions, slot, focus)) return;
    if (r && f.kind === 'name' && foreignHamlet(g, f, r.entry, focus)) return;
    if (r && f.kind === 'name' && f.partial && strayStart(g, r, i, found, resolutionOf, focus)) return;
    const near = f.kind === 'feature' ? nearbyTown(g, doc.text, i, found, entryOf, focus) : -1;
    const p = toPlace(doc, g, f, r, focus, options, near);
    if (!p) return;
    idOf.set(i, p);
    placed.push(p);
  });
  found.forEach((f, i) => {
    const p = idOf.get(i);
    const c = f.container >= 0 ? idOf.get(f.container) : undefined;
    if (p && c) p.containedIn = c;
  });

  // "the country", "the war-torn Arab country": the document's country, when it has one.
  const focusEntry = focus.country ? g.countryEntry.get(focus.country) : undefined;
  if (focusEntry !== undefined && (focus.countries.get(focus.country!) ?? 0) >= 0.35) {
    for (const a of findAnaphors(words, cues)) {
      const start = words.start[a.w0];
      const end = words.end[a.w1 - 1];
      if (placed.some((p) => p.start < end && start < p.end)) continue;
      const e = g.entry(focusEntry);
      placed.push({
        id: '', start, end, text: doc.text.slice(start, end), geonameid: e.geonameid, name: e.name, feature: e.feature,
        country: e.country, admin1: null, lat: round(e.lat, 4), lon: round(e.lon, 4),
        score: round(focus.countries.get(focus.country!) ?? 0, 2), precision: 'country', mention: 'anaphor',
        note: `the country the document is about${a.direction ? ` (its ${a.direction} part)` : ''}`,
        ...(a.direction ? { part: a.direction } : {}),
      });
    }
  }

  placed.sort((a, b) => a.start - b.start || a.end - b.end);
  placed.forEach((p, i) => (p.id = `P${i + 1}`));
  for (const p of placed) if (p.containedIn) p.containedIn = (p.containedIn as Place).id;
  const min = options.minConfidence ?? 0;
  return { places: min > 0 ? placed.filter((p) => (p.score as number) >= min) : placed, demonyms, focus };
}

/** The text calls the mention a division: a division word after it or ending its name ("Hama
 * province", "Monroe County"). */
function divisionNamed(f: Found, cues: Cues): boolean {
  if (f.cue === 'admin1' || f.cue === 'admin2') return true;
  const last = f.key.slice(f.key.lastIndexOf(' ') + 1);
  return f.key.includes(' ') && (cues.is(last, 'admin1') || cues.is(last, 'admin2'));
}

/**
 * The countries of the known actors the actors stage found ("the Houthis": Yemen; "the OSCE SMM":
 * Ukraine), one vote each, like a demonym's: short reports name their actors more often than their
 * country ("pro-Houthi forces shelled Hays district").
 */
function actorCountries(doc: SitrepDocument, g: Gazetteer): string[] {
  const out = new Set<string>();
  for (const e of doc.maybe('entities') ?? []) {
    if (!e.ref || !e.country) continue;
    const cc = g.countryByIso3(e.country);
    if (cc) out.add(cc);
  }
  return [...out];
}

/**
 * Where a mention that its container must place stands: a name the gazetteer lacks ("Dhuur-Weyne
 * village (Baidoa, Bay)"), or one whose every entry lies outside the container the text
 * gives it ("Tuban, Lahij" when the only Tuban is in Java). Such a place is put at its container's
 * entry (its own container's, when the container is held too). Null for a mention that stands on
 * its own entry, or whose containers lead nowhere.
 */
function anchor(g: Gazetteer, found: Found[], i: number, resolutionOf: (i: number) => Resolution | null, depth = 0): { entry: number; container: number } | null {
  const f = found[i];
  const c = f.container;
  if (c < 0 || depth > 4) return null;
  const r = resolutionOf(i);
  const rc = resolutionOf(c);
  // Where the container itself is held (read once: both paths below may ask).
  let up: { entry: number; container: number } | null | undefined;
  const upper = () => (up === undefined ? (up = anchor(g, found, c, resolutionOf, depth + 1)) : up);
  if (f.kind === 'name') {
    if (!r) return null;
    const level = g.level[r.entry];
    if (level !== Level.Town && level !== Level.Admin2) return null;
    if (f.implicit) {
      // A neighbourhood (a farm, a square…) whose name's entry lies away from the place the text
      // gives around it is a namesake: the feature is that place's. (The container may be a name
      // the gazetteer lacks, placed at its own container.)
      if (g.pop[r.entry] >= MOVABLE_POP) return null;
      const ce = rc ? rc.entry : (upper()?.entry ?? -1);
      if (ce < 0) return null;
      const lc = g.level[ce];
      if (lc === Level.Town ? km(g.lat[r.entry], g.lon[r.entry], g.lat[ce], g.lon[ce]) <= PART_REACH_KM : lc === Level.Region || inside(g, r.entry, ce)) return null;
    } else {
      if (!rc) return null;
      const lc = g.level[rc.entry];
      if (r.inside !== false || lc === Level.Region || (lc === Level.Town && g.pop[rc.entry] < MOVABLE_POP)) return null;
      // A big place is moved only into a container named by its own name that is a country or a
      // first-level division, or lies in its own container: "Chennai, TN" read as Tennessee must
      // not carry Chennai to Tennessee.
      if (g.pop[r.entry] >= MOVABLE_POP) {
        const strong = rc.candidates[0].kind <= NameKind.alias && (lc === Level.Country || lc === Level.Admin1 || rc.inside === true);
        if (!strong) return null;
      }
    }
  } else if (f.kind !== 'unlisted') return null;
  const held = upper();
  if (held) return { entry: held.entry, container: c };
  return rc ? { entry: rc.entry, container: c } : null;
}

/** Places this big are moved into a container the text names with them only on strong evidence. */
const MOVABLE_POP = 100_000;
/** How far from its town a neighbourhood may lie. */
const PART_REACH_KM = 30;

/** Feature code of a place the gazetteer lacks, from the word the text gives it. */
const HELD_FEATURE: Record<string, string> = { town: 'PPL', admin2: 'ADM2', admin1: 'ADM1', part: 'PPLX', area: 'AREA' };

function heldPlace(doc: SitrepDocument, g: Gazetteer, f: Found, entry: number, c: Found, rc: Resolution | null): Place {
  const e = g.entry(entry);
  const text = doc.text.slice(f.start, f.end);
  const where = doc.text.slice(c.start, c.end);
  const why = f.kind === 'unlisted' ? `not in the gazetteer` : `no ${text} in ${where} in the gazetteer`;
  return {
    id: '', start: f.start, end: f.end, text, geonameid: null, name: text, feature: HELD_FEATURE[f.cue ?? 'town'] ?? 'PPL',
    country: e.country, admin1: e.admin1, lat: round(e.lat, 4), lon: round(e.lon, 4),
    score: round((rc?.confidence ?? 0.5) * 0.6, 2), precision: precisionOf(g.level[entry]), mention: f.kind === 'unlisted' ? 'unlisted' : 'name',
    note: `${f.cue ? `${f.cue} cue: ${f.why.join(' ')}; ` : ''}${why}: placed at ${e.name} (${precisionOf(g.level[entry])}), its container`,
  };
}

/**
 * "X district" in a report about Afghanistan when the gazetteer knows only a village X in Greece:
 * a name the text calls a division that resolves to a small town of another country than the one
 * the document is clearly about is a division the gazetteer lacks, not that town.
 */
function foreignHamlet(g: Gazetteer, f: Found, e: number, focus: DocumentFocus): boolean {
  if ((f.cue !== 'admin1' && f.cue !== 'admin2') || g.level[e] !== Level.Town || g.pop[e] >= 50_000) return false;
  return abroad(g, e, focus, FOREIGN_FOCUS);
}

/** Entry `e` lies in another country than the one the document is about (by at least `minShare` of
 * its place names). */
function abroad(g: Gazetteer, e: number, focus: DocumentFocus, minShare: number): boolean {
  return !!focus.country && g.countryCode(e) !== focus.country && (focus.countries.get(focus.country) ?? 0) >= minShare;
}

/**
 * "Ramon Ortega Boulevard" read as a Ramon abroad, "Street 14" as Street (England): a name the
 * text runs on past the match is often only the start of a longer name the gazetteer lacks. Such a
 * match that is a small place in another country than the one the document is about, or far from
 * every other place it names, is that longer name's start, not the place.
 */
function strayStart(g: Gazetteer, r: Resolution, i: number, found: Found[], resolutionOf: (i: number) => Resolution | null, focus: DocumentFocus): boolean {
  const e = r.entry;
  if (g.level[e] !== Level.Town && g.level[e] !== Level.Admin2) return false;
  // (A big town counts as meant only by its own name, not by one of its other names.)
  if (g.pop[e] >= FOREIGN_TOWN && r.candidates[0].kind <= NameKind.alias) return false;
  if (abroad(g, e, focus, STRAY_FOCUS)) return true;
  let others = 0;
  for (let j = 0; j < found.length; j++) {
    if (j === i || found[j].partial || found[j].kind !== 'name') continue;
    const o = resolutionOf(j)?.entry ?? -1;
    if (o < 0 || g.level[o] === Level.Country || g.level[o] === Level.Region) continue;
    if (km(g.lat[e], g.lon[e], g.lat[o], g.lon[o]) <= STRAY_KM) return false;
    others++;
  }
  return others > 0;
}
/** A document's country by this share of its place names; how far a run-on name may lie from them. */
const STRAY_FOCUS = 0.35;
const STRAY_KM = 300;

/** Small places need support to count as a mention. */
const SMALL_TOWN = 20_000;
/** A town this small in another country than the one a document is clearly about (this share of
 * its place names) needs the text to tie it to a place. */
const FOREIGN_TOWN = 100_000;
const FOREIGN_FOCUS = 0.6;

function onlyAlternates(p: Int32Array): boolean {
  for (let k = 0; k < p.length; k++) if ((p[k] & 7) !== NameKind.alternate) return false;
  return true;
}

/**
 * A lone word naming only a small town ("Star", "Industry", "Kelly") is a place when the text says
 * so: a locative preposition before it ("in Ripley"), a container after it ("Ripley, W.Va."), or
 * another place named in the document within 100 km. Otherwise it is far more often a surname or a
 * common word that some hamlet bears.
 */
function supported(g: Gazetteer, f: Found, e: number, i: number, found: Found[], containers: Set<number>, resolutions: (Resolution | null)[], slot: Map<number, number>, focus: DocumentFocus): boolean {
  const tied = f.container >= 0 || containers.has(i) || !!f.cue;
  // A name known only as some town's former or foreign name ("Molotov" for Perm) is a place only
  // where the text ties it to another.
  if (!tied && !f.locative && onlyAlternates(f.postings!)) return false;
  // A small town abroad in a report about one country ("Mendez" in a note on El Salvador).
  if (!tied && !f.locative && g.level[e] === Level.Town && g.pop[e] < FOREIGN_TOWN && abroad(g, e, focus, FOREIGN_FOCUS)) return false;
  if (f.w1 - f.w0 > 1 || g.level[e] !== Level.Town || g.pop[e] >= SMALL_TOWN) return true;
  if (f.locative || tied) return true;
  // One sense per document: "in Brookfield" supports a later "the Brookfield gas station".
  for (let j = 0; j < found.length; j++) if (j !== i && found[j].key === f.key && (found[j].locative || found[j].container >= 0 || containers.has(j))) return true;
  for (let j = 0; j < found.length; j++) {
    if (j === i || found[j].key === f.key) continue;
    const k = slot.get(j);
    const r = k === undefined ? null : resolutions[k];
    if (!r || g.level[r.entry] === Level.Country || g.level[r.entry] === Level.Region || Math.abs(g.lat[r.entry] - g.lat[e]) > 1) continue;
    if (km(g.lat[e], g.lon[e], g.lat[r.entry], g.lon[r.entry]) <= 100) return true;
  }
  return false;
}

/** Some candidate is a country, division, region or a town of 100,000 people, by its own name. */
function isProminentPostings(g: Gazetteer, p: Int32Array): boolean {
  for (const x of p) {
    const e = x >> 3;
    if ((x & 7) <= 2 && (g.level[e] !== Level.Town || g.pop[e] >= 100_000)) return true;
  }
  return false;
}

/** Some candidate is a country by its own name or an alias ("US", "UK"). */
function countryName(g: Gazetteer, p: Int32Array | null): boolean {
  if (p) for (const x of p) if ((x & 7) <= NameKind.alias && g.level[x >> 3] === Level.Country) return true;
  return false;
}

/** Some candidate is a country, a first-level division or a region by its own name. */
function wideArea(g: Gazetteer, p: Int32Array): boolean {
  for (const x of p) if ((x & 7) <= NameKind.alias && (g.level[x >> 3] <= Level.Admin1 || g.level[x >> 3] === Level.Region)) return true;
  return false;
}

/** Last words of names of buildings and sites, which stand where they are built, whatever place
 * their name has in it. */
const BUILDING = new Set(['school', 'academy', 'hotel', 'hall', 'court', 'embassy', 'consulate', 'church', 'cathedral', 'mosque', 'hospital', 'centre', 'center', 'museum', 'stadium', 'station', 'airport', 'mall', 'tower', 'castle', 'palace', 'prison', 'library', 'theatre', 'theater', 'arena', 'club', 'inn', 'restaurant', 'office', 'building', 'headquarters', 'hq', 'delta', 'village', 'township', 'campus', 'park', 'zoo', 'market', 'plaza', 'studio', 'store', 'shop', 'factory', 'plant', 'mine', 'farm', 'base', 'camp']);

function precisionOf(level: Level): string {
  return level === Level.Country ? 'country' : level === Level.Admin1 ? 'admin1' : level === Level.Admin2 ? 'admin2' : level === Level.Town ? 'town' : 'region';
}

/** What stands between a feature and the town it is in ("in", "at", ", ", "in the city of" is not). */
const IN_TOWN = /^(\s*,|\s+(in|at|on|near))\s+$/;

/** For a feature: the town the text puts it in ("Green Street in Gainesville"), else the town named
 * nearest before it (within 300 characters), else after it, or -1; only a town where the document is.
 * "Police closed Green Street in Gainesville" puts the street in Gainesville even when the article
 * is about Atlanta. */
function nearbyTown(g: Gazetteer, text: string, i: number, found: Found[], entryOf: (j: number) => number, focus: DocumentFocus): number {
  let best = -1;
  let dist = 300;
  for (let j = 0; j < found.length; j++) {
    if (j === i || found[j].kind !== 'name') continue;
    const e = entryOf(j);
    // A town, or a second-level division that is one (a Mexican municipio, a Brazilian município),
    // where the document is (not "Republic", Missouri in a story about Derry).
    if (e < 0 || (g.level[e] !== Level.Town && g.level[e] !== Level.Admin2) || !fitsFocus(g, e, focus)) continue;
    // Before is better, but a town the text gives the feature ("the Carnegie Library in Tacoma",
    // "Green Street, Gainesville") is best.
    const gap = found[j].start - found[i].end;
    const d = j < i ? found[i].start - found[j].end : gap <= 6 && IN_TOWN.test(text.slice(found[i].end, found[j].start)) ? -1 : gap + 100;
    if (d >= -1 && d < dist) [best, dist] = [e, d];
  }
  return best;
}

function toPlace(doc: SitrepDocument, g: Gazetteer, f: Found, r: Resolution | null, focus: DocumentFocus, options: Partial<PlacesOptions>, near = -1): Place | null {
  const text = doc.text.slice(f.start, f.end);
  const notes: string[] = [];
  if (f.cue) notes.push(`${f.cue} cue: ${f.why.join(' ')}`.trim());
  if (f.direction) notes.push(`${f.direction} part`);
  if (f.kind === 'feature') {
    // A street, river or square: the gazetteer has no entry of its own; place it at the town the
    // article is about, else at the place it is named after.
    const at = near >= 0 ? near : focus.town >= 0 ? focus.town : r ? r.entry : focus.admin1 >= 0 ? focus.admin1 : -1;
    const e = at >= 0 ? g.entry(at) : null;
    const where = at === near ? ', the town named next to it' : at === focus.town ? ', the town the document is about' : '';
    notes.push(e ? `${f.feature ?? 'feature'}; placed at ${e.name}${where}` : `${f.feature ?? 'feature'}; not placed`);
    return {
      id: '', start: f.start, end: f.end, text, geonameid: null, name: text, feature: FEATURE_CODE[f.feature ?? ''] ?? 'FCL',
      country: e?.country ?? null, admin1: e?.admin1 ?? null, lat: e ? round(e.lat, 4) : null, lon: e ? round(e.lon, 4) : null,
      score: r ? round(r.confidence * 0.5, 2) : 0.3, precision: 'feature', mention: 'feature', note: notes.join('; '),
    };
  }
  if (!r) return null;
  const e = g.entry(r.entry);
  if (f.kind === 'modifier') notes.push(`demonym${f.why.length ? ` before “${f.why[0]}”` : ''}: the ${g.level[r.entry] === Level.Country ? 'country' : 'place'} itself`);
  if (f.kind === 'embedded') notes.push(`in the name ${JSON.stringify(f.why.length ? `${text} ${f.why.join(' ')}` : text)}`);
  const place: Place = {
    id: '', start: f.start, end: f.end, text, geonameid: e.geonameid, name: e.name, feature: e.feature, country: e.country,
    admin1: e.admin1, lat: round(e.lat, 4), lon: round(e.lon, 4), score: round(r.confidence, 2),
    precision: precisionOf(g.level[r.entry]), mention: f.kind,
  };
  if (f.direction) place.part = f.direction;
  if (notes.length) place.note = notes.join('; ');
  const k = options.candidates ?? 0;
  if (k > 0) {
    place.candidates = r.candidates.slice(1, 1 + k).map((c) => {
      const x = g.entry(c.entry);
      return { geonameid: x.geonameid, name: x.name, feature: x.feature, country: x.country, admin1: x.admin1, score: round(c.score, 2) };
    });
  }
  return place;
}



/**
 * Resolves given spans (a user's or a gold standard's toponyms) in a document, all together so each
 * is read in the others' context. The words around each span give its cues as in the stage; a span
 * the gazetteer does not know by its full name falls back to its longest known part, then (for
 * streets, buildings and the like) to the town the document is about. Null where nothing fits.
 */
export function resolveSpans(doc: SitrepDocument, spans: { start: number; end: number }[], g: Gazetteer, cues: Cues): (Place | null)[] {
  const tokens = doc.get('tokens');
  const words = buildWords(doc.text, tokens);
  const { found, demonyms } = findPlaces(words, tokens, g, cues);
  const order = spans.map((_, i) => i).sort((a, b) => spans[a].start - spans[b].start);
  const sorted = order.map((i) => spans[i]);
  const mentions: Found[] = sorted.map((s) => {
    const same = found.find((f) => f.start < s.end && s.start < f.end && f.postings);
    let w0 = 0;
    while (w0 < words.length && words.end[w0] <= s.start) w0++;
    let w1 = w0;
    while (w1 < words.length && words.start[w1] < s.end) w1++;
    const base: Found = {
      w0, w1, tail: w1, start: s.start, end: s.end, key: '', postings: null, kind: 'name', cue: same?.cue ?? null, direction: same?.direction ?? null,
      container: -1, contextual: false, feature: null, why: same?.why ?? [],
    };
    // A name the stage reads as a street by the words around it ("Pelican and Heron streets").
    if (same && same.kind === 'feature' && same.start === s.start && same.end === s.end) return { ...base, key: same.key, postings: same.postings, kind: 'feature', feature: same.feature };
    // The full span, a demonym ("Russians" → Russia), then the span's longest known run of words.
    const fullKey = words.key.slice(w0, w1).join(' ');
    // A span inside a word ("Russian" in "anti-Russian") is read by its own text.
    const ownKey = nameKey(doc.text.slice(s.start, s.end));
    for (const k of ownKey === fullKey ? [fullKey] : [ownKey, fullKey]) {
      const full = g.postings(k);
      const dem = g.demonym(k);
      // "Canadian" is a demonym before it is Canadian, Texas.
      // (Its country counts in the focus as the stage counts demonyms, not as a place name.)
      if (dem >= 0 && !(full && isProminentPostings(g, full))) return { ...base, key: k, postings: Int32Array.of(dem * 8), kind: 'modifier' };
      if (full) return { ...base, key: k, postings: full };
    }
    let part: Found | null = null;
    for (let len = w1 - w0 - 1; len >= 1; len--) {
      for (let a = w0; a + len <= w1; a++) {
        const key = words.key.slice(a, a + len).join(' ');
        // (A two-letter word only as a country's code in capitals: "US Federal Reserve", "Western US".)
        const code = len === 1 && key.length === 2 && words.case[a] === Case.Upper && countryName(g, g.postings(key));
        if (cues.is(key, 'poi') || cues.is(key, 'org') || cues.is(key, 'never') || cues.is(key, 'direction') || (key.length < 3 && !code) || /^(the|of|and|de|la|le|el|al|st|saint|new|old|great|little|big|north|south|east|west)$/.test(key)) continue;
        const p = g.postings(key);
        // A country, division or city named inside an organization's or a building's name ("Bank
        // of Mexico", "University of Alberta", "US Federal Reserve", "Russian Foreign Ministry")
        // stands for where it is.
        // (Not a building or a street, which stands where it is built: "Russian Embassy", "Atlantic
        // Avenue".)
        const institution = !BUILDING.has(words.key[w1 - 1]) && !cues.is(words.key[w1 - 1], 'poi');
        const dem = institution && len === 1 && words.case[a] === Case.Title ? g.demonym(key) : -1;
        if (dem >= 0 && !(p && isProminentPostings(g, p))) return { ...base, key, postings: Int32Array.of(dem * 8), kind: 'embedded' };
        if (institution && p && wideArea(g, p)) return { ...base, key, postings: p, kind: 'embedded' };
        // A part of a longer name ("Brands Hatch", "Dulles International Airport") is read as a
        // feature: placed at the town the document is about when it has one.
        if (p && !part) part = { ...base, key, postings: p, kind: 'feature', feature: words.key[w1 - 1] };
      }
    }
    return part ?? { ...base, kind: 'feature', feature: w1 > w0 ? words.key[w1 - 1] : null };
  });
  // "Hama, Syria" among the spans themselves; not in a list ("Washington, New York and Boston";
  // "Mexico, China, Japan and Brazil"), as in the stage.
  const listAfter = (j: number): boolean => {
    const b = mentions[j];
    const c = mentions[j + 1];
    if (!c) return false;
    return (c.w0 === b.w1 && words.sep[c.w0] === Sep.Comma) || (c.w0 === b.w1 + 1 && (words.key[b.w1] === 'and' || words.key[b.w1] === 'or'));
  };
  // A list that ends with a plural division word ("Polk, Norman and Mahnomen counties") is a list of
  // such divisions.
  for (let i = 0; i < mentions.length; i++) {
    let j = i;
    while (j + 1 < mentions.length && listAfter(j)) j++;
    const last = mentions[j];
    if (j > i && (last.cue === 'admin1' || last.cue === 'admin2') && /s$/.test(last.why[last.why.length - 1] ?? '')) {
      for (let k = i; k < j; k++) mentions[k].cue ??= last.cue;
    }
    i = j;
  }
  for (let i = 0; i + 1 < mentions.length; i++) {
    const a = mentions[i];
    const b = mentions[i + 1];
    if (!(b.postings && a.postings && b.w0 === a.w1 && words.sep[b.w0] === Sep.Comma)) continue;
    if (listAfter(i + 1) && (!countryName(g, b.postings) || countryName(g, a.postings))) continue;
    a.container = i + 1;
  }
  const named = mentions.map((f, i) => ({ f, i })).filter(({ f }) => f.postings);
  const slot = new Map(named.map(({ i }, k) => [i, k]));
  const containers = new Set(mentions.map((f) => f.container).filter((c) => c >= 0));
  const lists = listsOf(words, named.map(({ f }) => f));
  const { resolutions, focus } = resolveMentions(
    g,
    named.map(({ f, i }, k) => ({
      key: f.key, postings: f.postings!, cue: f.cue, container: f.container >= 0 ? (slot.get(f.container) ?? -1) : -1, isContainer: containers.has(i),
      vote: f.kind !== 'feature' && f.kind !== 'modifier', list: lists[k], division: divisionNamed(f, cues),
    })),
    [...demonyms.map((d) => d.country).filter((c): c is string => !!c), ...actorCountries(doc, g)],
  );
  const out: (Place | null)[] = new Array(spans.length).fill(null);
  mentions.forEach((f, i) => {
    const k = slot.get(i);
    const near = f.kind === 'feature' ? nearbyTown(g, doc.text, i, mentions, (j) => { const kk = slot.get(j); return kk === undefined ? -1 : (resolutions[kk]?.entry ?? -1); }, focus) : -1;
    out[order[i]] = toPlace(doc, g, f, k === undefined ? null : resolutions[k], focus, {}, near);
  });
  return out;
}
