/**
 * @module Deciding which gazetteer entry each mention names. Every candidate gets a prior (how
 * prominent the place is: population, capital or seat, country or province, and how canonical the
 * matched spelling is), then the text's evidence: feature cues ("province of", "city"), containment
 * ("Hama, Syria"), the document's country and province focus (from the other mentions and demonyms),
 * and nearness to the other places named. The document-level evidence is recomputed from the current
 * choices a few times (leaving each name's own vote out), so "Paris" in a story about Lamar County,
 * Texas settles on Paris, Texas.
 */
import { NameKind } from './build.js';
import { km, Level, type Gazetteer } from './gazetteer.js';

export interface MentionInput {
  key: string;
  postings: Int32Array;
  cue: 'admin1' | 'admin2' | 'town' | 'area' | 'part' | null;
  /** Index of the mention naming its container ("Hama, Syria"), or -1. */
  container: number;
  /** True when the mention may use contextual abbreviations (it is some mention's container). */
  isContainer: boolean;
  /** False for names that should not shape the document's focus: a part of a feature's name
   * ("Hatch" in "Brands Hatch"), a name inside an organization's ("Washington Post"). Default true. */
  vote?: boolean;
  /** The text calls it a division: a division word in or after the name ("Monroe County", "Hama
   * province"). */
  division?: boolean;
  /** The list the name is an item of ("Oregon or Washington"), as its first item's index in
   * the mentions, or -1: a list's items tend to be of one level (states with states). */
  list?: number;
}

export interface Candidate {
  entry: number;
  kind: number;
  prior: number;
  score: number;
  /** It holds a candidate of a name it is the container of (the prior has the bonus). */
  held?: boolean;
}

export interface Resolution {
  entry: number;
  score: number;
  /** Share of the probability mass on the chosen entry (softmax over candidate scores). */
  confidence: number;
  candidates: Candidate[];
  /** With a container: whether the chosen entry lies in the container's (null without one). */
  inside: boolean | null;
}

export interface DocumentFocus {
  /** ISO alpha-2 → weight share (0..1). */
  countries: Map<string, number>;
  /** Best-supported country, or null. */
  country: string | null;
  /** Most-named town (entry), or -1: where features without an entry of their own are placed. */
  town: number;
  admin1: number;
  /** How much `admin1` holds the names of its country: its weight over its own plus twice the next
   * division's (0..1; 0.5 when it has twice the next one's). */
  admin1Share: number;
}

/** A country holding more than this share of a document's place names (a division: this hold) is what the
 * document is about: a town elsewhere is not where its streets and buildings are. */
export const FOCUS_HOLD = 0.5;
/** A town of another division than the document's is still local within this distance of its town. */
const LOCAL_KM = 150;

/**
 * Whether a town fits the document's focus: in its country, when one country holds most of its
 * place names, and in its first-level division (or near its town), when one division does. Features
 * the gazetteer lacks ("Magnolia Street", "the Oakwood Library") are placed only at such a town: a
 * street named after "Franklin" in a story about Louisiana is not in Franklin, Ohio.
 */
export function fitsFocus(g: Gazetteer, e: number, focus: DocumentFocus): boolean {
  const cc = g.countryCode(e);
  if (focus.country && cc !== focus.country && (focus.countries.get(focus.country) ?? 0) > FOCUS_HOLD) return false;
  if (focus.admin1 >= 0 && focus.admin1Share >= FOCUS_HOLD && cc === g.countryCode(focus.admin1) && g.a1[e] !== focus.admin1 && e !== focus.admin1) {
    const t = focus.town >= 0 && focus.town !== e ? focus.town : -1;
    if (t < 0 || km(g.lat[e], g.lon[e], g.lat[t], g.lon[t]) > LOCAL_KM) return false;
  }
  return true;
}

/** The resolver's weights (set from the development sets' error analysis; `eval:geo --param k=v`
 * tries others). */
export const WEIGHTS = {
  country: 9.5,
  region: 8,
  admin1: 0,
  admin2: -1.2,
  focusCountry: 3,
  focusAdmin1: 2,
  near: 1,
  inside: 6,
  outside: -4,
  altTown: 3,
  namesake: 1.5,
  /** A name in a container's position ("…, Lahij", "(…, Bari)") is more often a division's. */
  containerDivision: 2.5,
  /** A container candidate (division or country) that holds one of the contained name's
   * candidates ("Juliaca, Puno": Puno region, not Puno city). */
  holds: 2.5,
  /** Candidates of the level the other items of the name's list are read at. */
  listLevel: 2,
};

/** How many of a name's candidates (by prior) are weighed against the context. */
const MAX_CANDIDATES = 40;
/** How many of them (by prior) are weighed for nearness to the other places named. */
const NEAR_CANDIDATES = 25;
const ROUNDS = 3;
/** Weight of a reading by a former or foreign name in the document's focus. */
const ALTERNATE_VOTE = 0.5;

export function prior(g: Gazetteer, e: number, kind: number): number {
  const level = g.level[e];
  const f = g.fcodes[g.fcode[e]];
  const pop = g.pop[e];
  let p: number;
  if (level === Level.Country) p = WEIGHTS.country;
  else if (level === Level.Region) p = WEIGHTS.region;
  else if (level === Level.Admin1) p = Math.log10(pop + 1) + WEIGHTS.admin1;
  else if (level === Level.Admin2) p = Math.log10(pop + 1) + WEIGHTS.admin2;
  else {
    p = Math.log10(pop + 1);
    if (f === 'PPLC') p += 1.5;
    else if (f === 'PPLA') p += 0.8;
    else if (f === 'PPLA2') p += 0.3;
    else if (f === 'PPLX') p -= 1;
    else if (f === 'PPLH' || f === 'PPLQ' || f === 'PPLW' || f === 'PPLCH') p -= 2.5;
  }
  if (kind === NameKind.alias) p += 0.5;
  // Big cities' alternate names are mostly their names in English ("New York" for New York City);
  // small places' are former names and foreign spellings.
  else if (kind === NameKind.alternate) p -= level === Level.Town && pop >= 1_000_000 ? 0.3 : 1.5;
  else if (kind === NameKind.stripped) p -= 1;
  return p;
}

function cueBonus(g: Gazetteer, e: number, cue: MentionInput['cue'], kind: number): number {
  if (!cue) return 0;
  const level = g.level[e];
  let b = 0;
  if (cue === 'admin1') b = level === Level.Admin1 ? 4 : level === Level.Admin2 ? 1 : level === Level.Town ? -1 : 0;
  else if (cue === 'admin2') b = level === Level.Admin2 ? 4 : level === Level.Admin1 ? 0.5 : 0;
  else if (cue === 'town') b = level === Level.Town ? 2 : level === Level.Admin1 || level === Level.Admin2 ? -2 : 0;
  else if (cue === 'area') b = level === Level.Admin1 ? 3 : level === Level.Admin2 ? 1.5 : -0.5;
  // A division named with its generic word dropped, when the text puts the word back, is no worse.
  if (kind === NameKind.stripped && b > 0) b += 1;
  return b;
}

/** A city big enough to have districts and suburbs named as in it ("Kadikoy, Istanbul"), and how far
 * they reach. */
const CITY_POP = 100_000;
const CITY_REACH_KM = 30;
/** A town GeoNames gives no second-level division counts as in one of its first-level division
 * this close to the division's point. */
const ADMIN2_REACH_KM = 80;

/** Inside: the candidate lies in the container entry. */
export function inside(g: Gazetteer, e: number, c: number): boolean {
  const lc = g.level[c];
  if (lc === Level.Country) return g.cc[e] === g.cc[c] && e !== c;
  if (lc === Level.Admin1) return g.a1[e] === c;
  if (lc === Level.Admin2) {
    if (g.a2[e] === c) return true;
    return g.a2[e] < 0 && g.level[e] === Level.Town && g.a1[e] === g.a1[c] && km(g.lat[e], g.lon[e], g.lat[c], g.lon[c]) <= ADMIN2_REACH_KM;
  }
  if (lc === Level.Town) {
    if (e === c || g.level[e] !== Level.Town || g.pop[c] < CITY_POP) return false;
    return (g.a2[c] >= 0 && g.a2[e] === g.a2[c]) || km(g.lat[e], g.lon[e], g.lat[c], g.lon[c]) <= CITY_REACH_KM;
  }
  return false;
}

/** How many of a contained name's likeliest candidates a container candidate is checked against. */
const HELD_CANDIDATES = 12;
/** Lists up to this long are checked for a town and a division that holds it; so are documents
 * that name up to this many divisions and names in all. */
const LIST_PAIRS = 6;
const DOC_DIVISIONS = 4;
const DOC_NAMES = 40;

export function resolveMentions(
  g: Gazetteer,
  mentions: MentionInput[],
  extraCountries: string[] = [],
): { resolutions: (Resolution | null)[]; focus: DocumentFocus } {
  // ---- candidates and priors
  // Mentions that read alike share one candidate list (and are scored once per round).
  const memo = new Map<string, Candidate[]>();
  const cands: Candidate[][] = mentions.map((m) => {
    const sig = `${m.key}|${m.cue}|${m.isContainer}|${m.list ?? -1}`;
    const known = m.container < 0 ? memo.get(sig) : undefined;
    if (known) return known;
    const made = candidatesOf(m);
    if (m.container < 0) memo.set(sig, made);
    return made;
  });

  function candidatesOf(m: MentionInput): Candidate[] {
    const seen = new Map<number, number>();
    // Contextual abbreviations only as a container, unless they are all the name has.
    let onlyContextual = true;
    for (const x of m.postings) if ((x & 7) !== NameKind.contextual) onlyContextual = false;
    for (const x of m.postings) {
      const e = x >> 3;
      const k = x & 7;
      if (k === NameKind.contextual && !m.isContainer && !onlyContextual) continue;
      const prev = seen.get(e);
      if (prev === undefined || k < prev) seen.set(e, k);
    }
    const list: Candidate[] = [];
    for (const [e, k] of seen) {
      let p = prior(g, e, k) + cueBonus(g, e, m.cue, k);
      if (m.isContainer && !m.cue && g.level[e] <= Level.Admin2) p += WEIGHTS.containerDivision;
      list.push({ entry: e, kind: k, prior: p, score: p });
    }
    // A town known by the name only as an alternate, in a division that bears the name as its own,
    // is that division's namesake city under its English name ("Geneva": Genève, in the canton of
    // Geneva): its alternate name counts as its own.
    const isCountry = list.some((c) => c.kind <= NameKind.alias && g.level[c.entry] === Level.Country);
    for (const c of list) {
      if (isCountry || c.kind !== NameKind.alternate || g.level[c.entry] !== Level.Town || g.pop[c.entry] < 50_000) continue;
      if (list.some((d) => d.kind <= NameKind.stripped && d.kind !== NameKind.alternate && (g.a1[c.entry] === d.entry || g.a2[c.entry] === d.entry))) {
        c.kind = NameKind.ascii;
        c.prior = prior(g, c.entry, c.kind) + cueBonus(g, c.entry, m.cue, c.kind);
      }
    }
    // A country's or division's own name beats another place's alternate name ("Mexico"); so does
    // a real town's own name ("Salisbury", not Harare's colonial name).
    if (list.some((c) => c.kind <= NameKind.alias && g.level[c.entry] <= Level.Admin1)) {
      for (const c of list) if (c.kind === NameKind.alternate) c.prior -= 1.5;
    }
    if (list.some((c) => c.kind <= NameKind.ascii && g.level[c.entry] === Level.Town && g.pop[c.entry] >= 10_000)) {
      for (const c of list) if (c.kind === NameKind.alternate && g.level[c.entry] === Level.Town) c.prior -= WEIGHTS.altTown;
    }
    // A division that shares its name with a big town inside it ("New York", "Idlib") is meant only
    // when the text says so ("the state of New York", "Idlib province", "rebel-held Idlib").
    for (const c of list) {
      if (g.level[c.entry] !== Level.Admin1) continue;
      if (list.some((t) => g.level[t.entry] === Level.Town && g.a1[t.entry] === c.entry && g.pop[t.entry] >= 0.2 * g.pop[c.entry])) c.prior -= WEIGHTS.namesake;
    }
    for (const c of list) c.score = c.prior;
    list.sort((a, b) => b.prior - a.prior);
    return list.slice(0, MAX_CANDIDATES);
  }

  // A container that holds some candidate of the names it contains is the likelier reading.
  mentions.forEach((m, j) => {
    if (m.container < 0 || !cands[m.container].length || !cands[j].length) return;
    const inner = cands[j].slice(0, HELD_CANDIDATES);
    for (const c of cands[m.container]) {
      if (g.level[c.entry] > Level.Admin2 || c.held) continue;
      if (inner.some((x) => inside(g, x.entry, c.entry))) {
        c.prior += WEIGHTS.holds;
        c.score = c.prior;
        c.held = true;
      }
    }
  });

  const listItems = new Map<number, number[]>();
  mentions.forEach((m, i) => {
    if (m.list === undefined || m.list < 0) return;
    const items = listItems.get(m.list) ?? [];
    items.push(i);
    listItems.set(m.list, items);
  });
  // A town and a division the text calls one ("Monroe County", "Hama province"), named together in a
  // list ("Paris and Monroe County") or in one document that names few divisions, are likelier the
  // pair where the division holds the town (Paris, Missouri in Monroe County, Missouri).
  const firstOf = new Map<string, number>();
  mentions.forEach((m, i) => {
    if (!firstOf.has(m.key)) firstOf.set(m.key, i);
  });
  const firsts = [...firstOf.values()];
  const divisions = firsts.filter((i) => mentions[i].division).length;
  const together = [...listItems.values()].filter((items) => items.length <= LIST_PAIRS);
  if (divisions && divisions <= DOC_DIVISIONS && firsts.length <= DOC_NAMES) together.push(firsts);
  const raised = new Set<Candidate>();
  for (const items of together) {
    for (const j of items) {
      if (!mentions[j].division) continue;
      for (const c of cands[j]) {
        if (g.level[c.entry] !== Level.Admin2 && g.level[c.entry] !== Level.Admin1) continue;
        for (const i of items) {
          // (Not a state's or country's name: "Washington, California" are two states.)
          if (i === j || mentions[i].key === mentions[j].key || cands[i].some((x) => x.kind <= NameKind.alias && g.level[x.entry] <= Level.Admin1)) continue;
          for (const x of cands[i].slice(0, HELD_CANDIDATES)) {
            if (g.level[x.entry] !== Level.Town || !inside(g, x.entry, c.entry)) continue;
            for (const y of [c, x]) {
              if (raised.has(y)) continue;
              raised.add(y);
              y.prior += WEIGHTS.holds;
              y.score = y.prior;
            }
          }
        }
      }
    }
  }

  // Group mentions by name: one vote per name, left out of its own context.
  const groupOf = new Map<string, number>();
  const group = mentions.map((m) => {
    let i = groupOf.get(m.key);
    if (i === undefined) groupOf.set(m.key, (i = groupOf.size));
    return i;
  });
  const nGroups = groupOf.size;
  const best: number[] = cands.map((c) => (c.length ? 0 : -1));
  let focus: DocumentFocus = { countries: new Map(), country: null, town: -1, admin1: -1, admin1Share: 0 };

  for (let round = 0; round < ROUNDS; round++) {
    // ---- evidence from the current choices, per group
    const gCountry: (string | null)[] = new Array(nGroups).fill(null);
    const gAdmin1 = new Int32Array(nGroups).fill(-1);
    const gEntry = new Int32Array(nGroups).fill(-1);
    const gWeight = new Float64Array(nGroups);
    mentions.forEach((m, i) => {
      if (best[i] < 0 || m.vote === false) return;
      const gi = group[i];
      const c = cands[i][best[i]];
      // A name that is only some town's former or foreign name ("Washington Square" for Franklin
      // Square, New York) says less about where the story is, however sure its reading.
      const w = confidenceOf(cands[i], best[i]) * (c.kind === NameKind.alternate ? ALTERNATE_VOTE : 1);
      if (w <= gWeight[gi]) return;
      gWeight[gi] = w;
      gEntry[gi] = c.entry;
      gCountry[gi] = g.countryCode(c.entry);
      gAdmin1[gi] = g.level[c.entry] === Level.Admin1 ? c.entry : g.a1[c.entry];
    });
    const countryW = new Map<string, number>();
    const admin1W = new Map<number, number>();
    let total = 0;
    for (let gi = 0; gi < nGroups; gi++) {
      if (gEntry[gi] < 0) continue;
      total += gWeight[gi];
      if (gCountry[gi]) countryW.set(gCountry[gi]!, (countryW.get(gCountry[gi]!) ?? 0) + gWeight[gi]);
      if (gAdmin1[gi] >= 0) admin1W.set(gAdmin1[gi], (admin1W.get(gAdmin1[gi]) ?? 0) + gWeight[gi]);
    }
    for (const cc of extraCountries) {
      countryW.set(cc, (countryW.get(cc) ?? 0) + 0.5);
      total += 0.5;
    }

    // Points of the other groups' choices, for nearness (countries and regions are too big to be
    // near anything).
    const gLat = new Float64Array(nGroups);
    const gLon = new Float64Array(nGroups);
    const gNear = new Uint8Array(nGroups);
    for (let o = 0; o < nGroups; o++) {
      const b = gEntry[o];
      if (b < 0 || g.level[b] === Level.Country || g.level[b] === Level.Region) continue;
      gNear[o] = 1;
      gLat[o] = g.lat[b];
      gLon[o] = g.lon[b];
    }
    const scored = new Map<Candidate[], number>();

    // ---- rescore
    mentions.forEach((m, i) => {
      const list = cands[i];
      if (!list.length) return;
      const gi = group[i];
      const own = gEntry[gi] >= 0 ? gWeight[gi] : 0;
      const rest = total - own;
      const containerEntry = m.container >= 0 && best[m.container] >= 0 ? cands[m.container][best[m.container]].entry : -1;
      // Shares of the other items of its list read at each level.
      let mates: number[] | null = null;
      if (round > 0 && m.list !== undefined && m.list >= 0) {
        const counts = [0, 0, 0, 0, 0];
        let n = 0;
        for (const j of listItems.get(m.list) ?? []) {
          if (j === i || best[j] < 0 || mentions[j].key === m.key) continue;
          counts[levelClass(g.level[cands[j][best[j]].entry])]++;
          n++;
        }
        if (n) mates = counts.map((x) => x / n);
      }
      if (containerEntry < 0 && !mates) {
        const done = scored.get(list);
        if (done !== undefined) {
          best[i] = done;
          return;
        }
      }
      for (let ci = 0; ci < list.length; ci++) {
        const c = list[ci];
        let s = c.prior;
        const cc = g.countryCode(c.entry);
        if (rest > 0 && cc) {
          let wc = countryW.get(cc) ?? 0;
          if (gCountry[gi] === cc) wc -= own;
          s += WEIGHTS.focusCountry * (wc / rest);
          const a1 = g.level[c.entry] === Level.Admin1 ? c.entry : g.a1[c.entry];
          if (a1 >= 0) {
            let wa = admin1W.get(a1) ?? 0;
            if (gAdmin1[gi] === a1) wa -= own;
            s += WEIGHTS.focusAdmin1 * (wa / rest);
          }
        }
        // Nearness to the other named places (not countries: they are too big to be near anything).
        // Nearness is weighed for the likelier candidates only (the list is in prior order): it
        // is the one per-candidate cost that grows with the document.
        if (ci < NEAR_CANDIDATES && g.level[c.entry] !== Level.Country && g.level[c.entry] !== Level.Region) {
          let near = 0;
          const lat = g.lat[c.entry];
          for (let o = 0; o < nGroups; o++) {
            if (o === gi || !gNear[o] || Math.abs(gLat[o] - lat) > 2.8) continue; // 2.8° of latitude ≈ 310 km
            const d = km(lat, g.lon[c.entry], gLat[o], gLon[o]);
            const v = (d <= 40 ? 2 : d <= 120 ? 1.5 : d <= 300 ? 0.8 : 0) * gWeight[o];
            if (v > near) near = v;
          }
          s += WEIGHTS.near * near;
        }
        if (containerEntry >= 0) s += inside(g, c.entry, containerEntry) ? WEIGHTS.inside : WEIGHTS.outside;
        if (mates) s += WEIGHTS.listLevel * (mates[levelClass(g.level[c.entry])] ?? 0);
        c.score = s;
      }
      let bi = 0;
      for (let k = 1; k < list.length; k++) if (list[k].score > list[bi].score) bi = k;
      best[i] = bi;
      if (containerEntry < 0 && !mates) scored.set(list, bi);
    });

    let topCountry: string | null = null;
    let topW = 0;
    for (const [cc, w] of countryW) if (w > topW) [topCountry, topW] = [cc, w];
    const shares = new Map<string, number>();
    for (const [cc, w] of countryW) shares.set(cc, total ? w / total : 0);
    let town = -1;
    let townW = 0;
    let admin1 = -1;
    let admin1Best = 0;
    // The town the document is about: the most named, by confidence, then the biggest.
    const townVotes = new Map<number, number>();
    mentions.forEach((m, i) => {
      if (best[i] < 0 || m.vote === false) return;
      const e = cands[i][best[i]].entry;
      if (g.level[e] === Level.Town) townVotes.set(e, (townVotes.get(e) ?? 0) + confidenceOf(cands[i], best[i]));
    });
    for (const [a, w] of admin1W) if (w > admin1Best) [admin1, admin1Best] = [a, w];
    // The division's hold: its weight against the next division's of its country ("Louisiana" and
    // Lafayette in a story that also reads "Franklin" as Columbus, Ohio).
    let second = 0;
    if (admin1 >= 0) for (const [a, w] of admin1W) if (a !== admin1 && g.cc[a] === g.cc[admin1] && w > second) second = w;
    const wide: DocumentFocus = { countries: shares, country: topCountry, town: -1, admin1, admin1Share: admin1Best ? admin1Best / (admin1Best + 2 * second) : 0 };
    // Only a town in the document's country and division can be the town it is about.
    const heldIn = admin1 >= 0 && wide.admin1Share >= FOCUS_HOLD && g.countryCode(admin1) === topCountry ? topCountry : null;
    for (const [e, v] of townVotes) {
      if (!fitsFocus(g, e, wide) || (heldIn && g.countryCode(e) !== heldIn)) continue;
      if (v > townW + 1e-9 || (Math.abs(v - townW) <= 1e-9 && town >= 0 && g.pop[e] > g.pop[town])) [town, townW] = [e, v];
    }
    focus = { ...wide, town };
  }

  const resolutions = mentions.map((m, i): Resolution | null => {
    if (best[i] < 0) return null;
    const list = [...cands[i]].sort((a, b) => b.score - a.score);
    const c = m.container >= 0 && best[m.container] >= 0 ? cands[m.container][best[m.container]].entry : -1;
    return { entry: list[0].entry, score: list[0].score, confidence: confidenceOf(list, 0), candidates: list, inside: c >= 0 ? inside(g, list[0].entry, c) : null };
  });
  return { resolutions, focus };
}

/** Level classes a list's items agree on: country, first-level division, second-level division,
 * town, region. */
function levelClass(level: Level): number {
  return level;
}

/** Softmax share of candidate `k` among the list. */
function confidenceOf(list: Candidate[], k: number): number {
  let max = -Infinity;
  for (const c of list) if (c.score > max) max = c.score;
  let sum = 0;
  for (const c of list) sum += Math.exp(c.score - max);
  return Math.exp(list[k].score - max) / sum;
}
