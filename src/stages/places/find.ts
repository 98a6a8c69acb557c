/**
 * @module Finding place mentions: gazetteer names over the words of the text (longest match first,
 * from a name index keyed by first word), then the words around each match decide what it is — a
 * place, a division ("Hama province"), a feature named after a place ("Tigris River"), a name inside
 * an organization's ("Washington Post"), a person ("Chad Smith", "Gov. Jackson"), a government
 * ("the Damascus government") or a demonym ("Syrian"). Nothing here chooses between candidates:
 * that is `resolve.ts`.
 */
import type { Tokens } from '../../model/layers.js';
import { NameKind } from './build.js';
import { Level, type Gazetteer } from './gazetteer.js';
import type { Cues } from './lexicon.js';
import { Case, Sep, type Words } from './words.js';

export type FeatureCue = 'admin1' | 'admin2' | 'town' | 'area' | 'part';

/** How the mention names its place. */
export type MentionKind =
  /** A place name used as a place. */
  | 'name'
  /** A feature below the gazetteer's level named after a place or on its own ("Magnolia Street"). */
  | 'feature'
  /** A place name inside an organization's or event's name ("Harlan County Water District"). */
  | 'embedded'
  /** "the country", "the war-torn Arab country": the document's country. */
  | 'anaphor'
  /** A demonym before a place noun ("the Syrian-Turkish border"): its country, as a place. */
  | 'modifier'
  /** A name the gazetteer lacks that the text says is a place inside another one ("Dhuur-Weyne
   * village (Baidoa, Bay)", "in Obodo-Nta (Owerri West LGA, Imo)"): placed at its container. */
  | 'unlisted';

export interface Found {
  /** Word range [w0, w1) of the name itself. */
  w0: number;
  w1: number;
  /** The word after the name and its division or settlement word ("Baidoa district, …"). */
  tail: number;
  start: number;
  end: number;
  key: string;
  /** Candidate entries (`entry * 8 + nameKind`), or null for a feature or anaphor with no entry. */
  postings: Int32Array | null;
  kind: MentionKind;
  cue: FeatureCue | null;
  /** "northern", "southern part of", … */
  direction: string | null;
  /** Index (in the found list) of the place named right after it as its container: "Hama, Syria". */
  container: number;
  /** The name is only a contextual abbreviation ("Va.") and stands after "Town, ". */
  contextual: boolean;
  /** Feature word that made this a `feature` mention ("river", "street"). */
  feature: string | null;
  /** Words that explain the reading, for the place's note. */
  why: string[];
  /** After a locative preposition ("in Ripley", "near the Hatch"). */
  locative?: boolean;
  /** The container is the town named before in the sentence, not one the text ties to the name
   * ("in Rio de Janeiro … in Jacarezinho neighborhood"). */
  implicit?: boolean;
  /** The name runs on past the match ("Ramon Ortega Boulevard", "Street 14", "Pul-e-Sabz"): the
   * match may be only the start of a longer name the gazetteer lacks. */
  partial?: boolean;
}

export interface Demonym {
  start: number;
  end: number;
  text: string;
  /** ISO alpha-2 of the country the demonym names (null for a region: "European"). */
  country: string | null;
  /** Name of the place it names ("Syria", "Europe", "Texas"). */
  name: string;
}

export interface Rejected {
  start: number;
  end: number;
  reason: 'person' | 'metonym' | 'speaker' | 'organization' | 'common-word';
}

export interface FindResult {
  found: Found[];
  demonyms: Demonym[];
  rejected: Rejected[];
}

/** Connectors inside Romance and Arabic names: after a name and before a capitalized word they make
 * the name the start of a longer one. (Not "of": "Bank of Mexico" is handled as an organization.) */
const HEAD_CONNECTORS = new Set(['do', 'da', 'dos', 'das', 'de', 'del', 'della', 'di', 'al', 'el', 'ad', 'ar', 'as', 'ash', 'az', 'ed', 'ez']);
/** Prepositions after which a name is a place, not a person, even one the document names as a
 * person's elsewhere ("in Brookfield" after "Brookfield Dean Gas"). */
const IN_PLACE = new Set(['in', 'near', 'outside', 'inside', 'throughout']);
/** Lower-case words allowed inside a multi-word name ("Deir ez-Zor", "Rio de Janeiro", "Isle of Man"). */
const CONNECTORS = new Set(['of', 'de', 'la', 'le', 'el', 'al', 'ez', 'ed', 'es', 'az', 'ar', 'as', 'ash', 'an', 'at', 'ad', 'du', 'des', 'do', 'da', 'dos', 'das', 'del', 'der', 'den', 'di', 'y', 'on', 'upon', 'the', 'and', 'sur', 'am', 'im', 'bin', 'ibn', 'ben', 'van', 'von', 'en', 'i', 'e', 'los', 'las', 'lo', 'les', 'au', 'aux', 'o', 'a', 'bei', 'ob', 'na', 'nad', 'pod']);
/** Feature words that come before the name ("Lake Michigan", "Mount Hermon"). */
const FEATURE_BEFORE = new Set(['lake', 'mount', 'mt', 'fort', 'ft', 'cape', 'port', 'camp', 'gulf', 'isle', 'lac', 'jebel', 'jabal', 'wadi', 'tell', 'tal']);
/** Words that open the name of a town's neighbourhood in Spanish and Portuguese ("Colonia Los
 * Portales", "fraccionamiento Lomas del Sol", "Jardim Esperanca"): the whole is a part of the
 * town named with it. */
const QUARTER_BEFORE = new Set(['colonia', 'barrio', 'fraccionamiento', 'bairro', 'jardim', 'favela', 'comuna', 'urbanizacion']);
/** Arabic articles that join a transliterated name's parts ("Jabal al Karama"): a known name after
 * one of them, with a capitalized word before it, is the end of a longer name the gazetteer lacks.
 * (Not "as", "at", "an": English words; not Romance articles: "Tour de France" names France.) */
const NAME_ARTICLES = new Set(['al', 'el', 'ar', 'ash', 'az', 'ed', 'ez']);

export function findPlaces(words: Words, tokens: Tokens, g: Gazetteer, cues: Cues): FindResult {
  const n = words.length;
  const found: Found[] = [];
  const demonyms: Demonym[] = [];
  const rejected: Rejected[] = [];
  const joined = (w: number) => words.sep[w] === Sep.Space || words.sep[w] === Sep.Hyphen;
  const isCap = (w: number) => words.case[w] === Case.Title || words.case[w] === Case.Upper;
  const pos = (w: number) => tokens.pos[words.tokStart[w]];

  const personWords = collectPersonWords(words, tokens, g, cues);
  /** Only "&" stands between words a and b. */
  const amp = (a: number, b: number) => words.sep[b] === Sep.Other && words.tokStart[b] === words.tokEnd[a] + 1 && tokens.text[words.tokEnd[a]] === '&';
  let lowerSet: Set<string> | undefined;
  const hasLower = (key: string) => {
    if (!lowerSet) {
      lowerSet = new Set<string>();
      for (let k = 0; k < n; k++) if (words.case[k] === Case.Lower) lowerSet.add(words.key[k]);
    }
    return lowerSet.has(key);
  };
  let w = 0;
  while (w < n) {
    if (!isCap(w)) {
      w++;
      continue;
    }
    // ---- the longest gazetteer name starting here
    const maxLen = g.headLength(words.key[w]);
    let match = 0;
    let postings: Int32Array | null = null;
    let key = '';
    for (let len = Math.min(maxLen, n - w); len >= 1; len--) {
      const last = w + len - 1;
      let ok = isCap(last);
      // Lower-case words inside: connectors ("Rio de Janeiro"), or any word between hyphens
      // ("Port-au-Prince", "Stratford-upon-Avon").
      for (let k = w + 1; ok && k <= last; k++) ok = joined(k) && (isCap(k) || CONNECTORS.has(words.key[k]) || (words.sep[k] === Sep.Hyphen && words.sep[k + 1] === Sep.Hyphen));
      if (!ok) continue;
      let kk = words.key[w];
      for (let k = w + 1; k <= last; k++) kk += ' ' + words.key[k];
      const p = g.postings(kk);
      if (p) {
        match = len;
        postings = p;
        key = kk;
        break;
      }
    }
    // Demonyms, of one word or two ("Syrian", "Latin American"), unless a longer name starts here.
    const two = w + 1 < n && words.sep[w + 1] === Sep.Space && isCap(w + 1) && g.demonymHead(words.key[w]) ? g.demonym(`${words.key[w]} ${words.key[w + 1]}`) : -1;
    const demonymOf = two >= 0 ? two : g.demonym(words.key[w]);
    const dLen = two >= 0 ? 2 : 1;
    // A word that is both a demonym and a region's name ("Somali", "Afar") is the demonym before a
    // noun it qualifies ("Somali heritage", "Somali troops"), the place elsewhere ("in Somali",
    // "the Somali region").
    const adjectival = w + dLen < n && words.sep[w + dLen] === Sep.Space && words.case[w + dLen] === Case.Lower && (pos(w + dLen) === 'NOUN' || pos(w + dLen) === 'ADJ') && !cues.is(words.key[w + dLen], 'geohead');
    const namesPlace = !adjectival && !!postings && match >= dLen && somePosting(postings, (e, k) => k <= NameKind.alias && g.level[e] <= Level.Admin1);
    if (demonymOf >= 0 && words.case[w] === Case.Title && (match <= dLen || !postings) && !namesPlace) {
      const d: Demonym = { start: words.start[w], end: words.end[w + dLen - 1], text: words.text.slice(w, w + dLen).join(' '), country: g.countryCode(demonymOf), name: g.name[demonymOf] };
      demonyms.push(d);
      // "the Syrian-Turkish border", "the Greek capital": a demonym before a place noun stands for
      // its country (or region) as a place.
      let h = w + dLen;
      while (h < n && (words.sep[h] === Sep.Space || words.sep[h] === Sep.Hyphen) && isCap(h) && g.demonym(words.key[h]) >= 0) h++;
      if (h < n && words.case[h] === Case.Lower && (words.sep[h] === Sep.Space || words.sep[h] === Sep.Hyphen) && cues.is(words.key[h], 'geohead')) {
        found.push({
          w0: w, w1: w + dLen, tail: w + dLen, start: d.start, end: d.end, key: words.key.slice(w, w + dLen).join(' '), postings: Int32Array.of(demonymOf * 8 + NameKind.alias),
          kind: 'modifier', cue: null, direction: null, container: -1, contextual: false, feature: null, why: [words.text[h]], locative: true,
        });
      }
      w += dLen;
      continue;
    }
    if (!match || !postings) {
      w++;
      continue;
    }
    const w0 = w;
    const w1 = w + match;
    w = w1;
    const f: Found = {
      w0, w1, tail: w1, start: words.start[w0], end: words.end[w1 - 1], key, postings, kind: 'name', cue: null, direction: null,
      container: -1, contextual: false, feature: null, why: [],
    };
    const verdict = judge(f);
    if (verdict) {
      rejected.push({ start: f.start, end: f.end, reason: verdict });
      continue;
    }
    found.push(f);
  }

  // ---- features no gazetteer lists: "Magnolia Street", "Elm Creek Road" (capitalized words
  // ending in a feature word, none of them a found name)
  const covered = new Uint8Array(n);
  for (const f of found) covered.fill(1, f.w0, f.w1 + 1);
  for (let k = 1; k < n; k++) {
    if (words.case[k] !== Case.Title || !cues.is(words.key[k], 'poi') || covered[k] || words.sep[k] !== Sep.Space) continue;
    let a = k;
    while (a - 1 >= 0 && k - a < 4 && words.sep[a] === Sep.Space && isCap(a - 1) && !covered[a - 1] && !(words.sep[a - 1] === Sep.Start && pos(a - 1) !== 'PROPN') && !cues.is(words.key[a - 1], 'poi')) a--;
    if (a === k) continue;
    found.push({
      w0: a, w1: k + 1, tail: k + 1, start: words.start[a], end: words.end[k], key: words.key.slice(a, k + 1).join(' '), postings: null,
      kind: 'feature', cue: null, direction: null, container: -1, contextual: false, feature: words.key[k], why: [words.text[k]],
    });
  }

  // ---- neighbourhoods: "Colonia Los Almendros", "fraccionamiento Lomas del Sol"
  for (let k = 0; k + 1 < n; k++) {
    if (!QUARTER_BEFORE.has(words.key[k]) || !isCap(k + 1) || words.sep[k + 1] !== Sep.Space || words.sentence[k + 1] !== words.sentence[k]) continue;
    let e = k + 2;
    while (e < n && e - k < 7 && joined(e) && words.sentence[e] === words.sentence[k] && (isCap(e) || words.case[e] === Case.Other || (CONNECTORS.has(words.key[e]) && e + 1 < n && isCap(e + 1)))) e++;
    const a = k;
    for (let i = found.length - 1; i >= 0; i--) if (found[i].w0 >= a && found[i].w1 <= e) found.splice(i, 1);
    found.push({
      w0: a, w1: e, tail: e, start: words.start[a], end: words.end[e - 1], key: words.key.slice(a, e).join(' '), postings: null,
      kind: 'feature', cue: null, direction: null, container: -1, contextual: false, feature: 'quarter', why: [words.text[k]],
    });
    k = e - 1;
  }

  // ---- names the gazetteer lacks where the text says they are places inside another one:
  // "Dhuur-Weyne village (Baidoa, Bay)", "in Obodo-Nta (Owerri West LGA, Imo)", "the village
  // of Kalpur of Ahmadabad district", "between the towns of Arapiraca, Alagoas, and …".
  const nameAt = new Map<number, Found>();
  const taken = new Uint8Array(n);
  for (const f of found) {
    taken.fill(1, f.w0, f.w1);
    if (f.postings && f.kind === 'name') nameAt.set(f.w0, f);
  }
  for (let w = 0; w < n; w++) {
    if (taken[w] || words.case[w] !== Case.Title) continue;
    if (w > 0 && joined(w) && isCap(w - 1) && words.sentence[w - 1] === words.sentence[w]) continue; // not a run's start
    if (words.sep[w] === Sep.Start && pos(w) !== 'PROPN') continue;
    const k0 = words.key[w];
    if (cues.is(k0, 'never') || cues.is(k0, 'title') || cues.is(k0, 'direction') || cues.is(k0, 'org') || cues.is(k0, 'poi') || g.demonym(k0) >= 0) continue;
    let e = w + 1;
    while (e < n && e - w < 5 && !taken[e] && joined(e) && words.sentence[e] === words.sentence[w]) {
      if (isCap(e) && !cues.is(words.key[e], 'org') && !cues.is(words.key[e], 'poi')) e++;
      else if (e + 1 < n && !taken[e + 1] && isCap(e + 1) && joined(e + 1) && (CONNECTORS.has(words.key[e]) || (words.sep[e] === Sep.Hyphen && words.case[e] === Case.Lower))) e += 2;
      else break;
    }
    let t = e;
    let cue: FeatureCue | null = null;
    if (t < n && words.sep[t] === Sep.Space && words.case[t] === Case.Lower && words.sentence[t] === words.sentence[w]) {
      const c = featureCue(words.key[t]) ?? (cues.is(words.key[t], 'within') ? 'part' : null);
      if (c && c !== 'area') [cue, t] = [c, t + 1];
    }
    const before = w >= 2 && words.key[w - 1] === 'of' && words.sep[w] === Sep.Space ? featureCue(words.key[w - 2]) : null;
    const locative = w >= 1 && words.sep[w] === Sep.Space && cues.is(words.key[w - 1], 'locative');
    if (t >= n || words.sentence[t] !== words.sentence[w]) continue;
    let b: Found | undefined;
    const comma = !words.paren[t] && words.sep[t] === Sep.Comma;
    if (words.paren[t] || comma) b = nameAt.get(t);
    else if ((cue || before) && words.key[t] === 'of' && t + 1 < n) b = nameAt.get(t + 1);
    // A town holds it too when the text says so in brackets or with "of" ("… village (Baidoa, …)").
    if (!b || !(containerLevel(b.postings!) || (!comma && somePosting(b.postings!, (e) => g.level[e] === Level.Town)))) continue;
    if (!cue && !before && !(locative && (words.paren[t] || (comma && ownDivision(b.postings!))))) continue;
    found.push({
      w0: w, w1: e, tail: t, start: words.start[w], end: words.end[e - 1], key: words.key.slice(w, e).join(' '), postings: null,
      kind: 'unlisted', cue: cue ?? before, direction: null, container: -1, contextual: false, feature: null,
      why: cue ? [words.text[t - 1]] : before ? [`${words.text[w - 2]} of`] : [], locative,
    });
    w = e - 1;
  }
  found.sort((a, b) => a.start - b.start);

  // ---- containers: "Alexandria, Va.", "Bhelpura, Kaushambi (UP)", "Andar district, Ghazni", "Deh-e
  // Sorkh area of Bagram district": a division, country or town named right after a
  // name (after a comma, in brackets, or after "district of") holds it. Not in a list ("Hama,
  // Homs and Idlib"), unless the second is a country ("Aleppo, Syria, and Mosul").
  // A list ends with "and" or "or" before its last item; "San Juan, Lagunillas, Merida state" is a
  // chain of containers.
  const countryName = (f: Found) => !!f.postings && somePosting(f.postings, (e, k) => k <= NameKind.alias && g.level[e] === Level.Country);
  // (A country after a name ends a list unless the name is a country too: "Mexico, China, Japan,
  // Ukraine and Brazil" is a list of countries, not China in Japan.)
  const listGoesOn = (j: number, countries = false) => {
    const b = found[j];
    if (b.contextual || (!countries && countryName(b))) return false;
    for (let i = j; i + 1 < found.length; i++) {
      const x = found[i];
      const c = found[i + 1];
      if (!c.postings || words.sentence[c.w0] !== words.sentence[x.w0] || words.paren[c.w0]) return false;
      const t = x.tail;
      if (c.w0 === t + 1 && (words.key[t] === 'and' || words.key[t] === 'or')) return true;
      if (!(c.w0 === t && words.sep[t] === Sep.Comma)) return false;
    }
    return false;
  };
  for (let i = 0; i + 1 < found.length; i++) {
    const a = found[i];
    const b = found[i + 1];
    if (!b.postings || b.kind !== 'name' || words.sentence[b.w0] !== words.sentence[a.w0]) continue;
    if (!containerLevel(b.postings) && a.kind !== 'unlisted') continue;
    const t = a.tail;
    const direct = b.w0 === t && (words.paren[t] === 1 || words.sep[t] === Sep.Comma);
    const of = b.w0 === t + 1 && t > a.w1 && words.key[t] === 'of' && a.cue !== null;
    if (!direct && !of) continue;
    if (a.kind !== 'unlisted' && direct && !words.paren[t] && listGoesOn(i + 1, countryName(a))) continue;
    a.container = i + 1;
  }
  // A part of a town ("Vila Nova neighborhood", "the Lopes farm") with no container of its own is
  // in the place the text gives around it: the place named last before it in the sentence, else
  // the one it is said to be "of" or "in" right after it ("… neighborhood of Kadikoy"), else the
  // one named last before it in the document (reports name the town first, then its parts). Of
  // "Town, State" the town holds it, not the state.
  const context = (j: number) => {
    while (j > 0 && found[j - 1].container === j && found[j - 1].kind !== 'feature') j--;
    return j;
  };
  const contextual = (j: number) => (found[j].kind === 'name' && !!found[j].postings) || (found[j].kind === 'unlisted' && found[j].container >= 0);
  for (let i = 0; i < found.length; i++) {
    const f = found[i];
    if (f.cue !== 'part' || f.container >= 0 || f.kind !== 'name') continue;
    let c = -1;
    for (let j = i - 1; j >= 0 && c < 0; j--) if (contextual(j)) c = j;
    const sameSentence = c >= 0 && words.sentence[found[c].w0] === words.sentence[f.w0];
    const b = found[i + 1];
    if (!sameSentence && b && b.kind === 'name' && b.postings && b.w0 === f.tail + 1 && (words.key[f.tail] === 'of' || words.key[f.tail] === 'in')) c = i + 1;
    if (c < 0) continue;
    f.container = c < i ? context(c) : c;
    f.implicit = true;
  }
  // A name the gazetteer lacks counts only where it has a container.
  for (let i = found.length - 1; i >= 0; i--) {
    if (found[i].kind !== 'unlisted' || found[i].container >= 0) continue;
    found.splice(i, 1);
    for (const f of found) if (f.container > i) f.container--;
  }
  // Contextual abbreviations stand only in that position.
  const keep = found.map((f, i) => !f.contextual || found.some((o) => o.container === i));
  const kept: Found[] = [];
  const remap = new Int32Array(found.length).fill(-1);
  found.forEach((f, i) => {
    if (keep[i]) remap[i] = kept.push(f) - 1;
  });
  for (const f of kept) if (f.container >= 0) f.container = remap[f.container];
  return { found: kept, demonyms, rejected };

  /** Reads the words around a match; returns why it is not a place, or null (and fills in cues). */
  function judge(f: Found): Rejected['reason'] | null {
    const { w0, w1 } = f;
    const p = f.postings!;
    f.contextual = allKinds(p, (k) => k === NameKind.contextual);
    const prev = w0 - 1;
    const next = w1;
    const prevKey = prev >= 0 && words.sentence[prev] === words.sentence[w0] ? words.key[prev] : undefined;
    const nextKey = next < n && words.sentence[next] === words.sentence[w0] ? words.key[next] : undefined;
    const single = w1 - w0 === 1;

    if (cues.is(f.key, 'never') && !cues.is(nextKey, 'admin1') && !cues.is(nextKey, 'admin2')) return 'common-word';
    if (single && cues.is(f.key, 'title')) return 'person';
    f.locative = cues.is(prevKey, 'locative') || (prev >= 1 && cues.is(words.key[prev - 1], 'locative') && words.key[prev] === 'the');
    const afterComma = words.sep[w0] === Sep.Comma;
    // Short capitals ("AP", "IT") only as a country's or division's own name or curated alias (or,
    // after "Town, ", a state's abbreviation: "Columbia, S.C.").
    if (single && words.case[w0] === Case.Upper && words.text[w0].replace(/\./g, '').length <= 3) {
      if (!somePosting(p, (e, k) => (k <= NameKind.alias || (afterComma && k === NameKind.contextual)) && g.level[e] !== Level.Town)) return 'common-word';
    }
    // Pronouns, determiners and the like ("We", "As") are never names; a capitalized common word the
    // tagger does not call a proper noun ("More people") is not one either, unless it is a country's,
    // a division's or a big town's own name.
    if (single && CLOSED_CLASS.has(pos(w0))) return 'common-word';
    // A feature word alone ("Lane closures", "Hill said") is no place, unless a region bears it
    // ("the Gulf") or the text places it ("in the Valley", "Bridge, N.B.").
    if (single && cues.is(f.key, 'poi') && !f.locative && !(next < n && words.sep[next] === Sep.Comma) && !somePosting(p, (e, k) => k <= NameKind.alias && (g.level[e] === Level.Region || g.level[e] === Level.Country))) return 'common-word';
    // Names joined by "&" are a firm's ("Hale & Morrow", "Johnson & Johnson"), unless a
    // country, a division or a big town bears the name ("SEATTLE & PORTLAND").
    if (((nextKey !== undefined && isCap(next) && amp(w1 - 1, next)) || (prevKey !== undefined && isCap(prev) && amp(prev, w0))) && !isProminent(g, f.key)) return 'organization';
    if (single && words.case[w0] === Case.Title && words.sep[w0] !== Sep.Start && pos(w0) !== 'PROPN' && !isProminent(g, f.key)) return 'common-word';
    // A sentence's first word that the tagger does not call a proper noun is a common word
    // ("Police said", "Mobile phones") unless it is a country or division's name, or a dateline in
    // capitals ("CHARLESTON, W.Va. —").
    const dateline = words.case[w0] === Case.Upper && next < n && words.sep[next] === Sep.Comma;
    if (words.sep[w0] === Sep.Start && single && pos(w0) !== 'PROPN' && !dateline) {
      if (!somePosting(p, (e, k) => k <= NameKind.alias && g.level[e] !== Level.Town && g.level[e] !== Level.Admin2)) return 'common-word';
    }
    // A word the document also writes in lower case ("Power" and "power") is a common word here,
    // unless it is a country's, division's or big town's name or stands after "in", "near"….
    if (single && words.case[w0] === Case.Title && !cues.is(prevKey, 'locative') && !isProminent(g, f.key) && hasLower(f.key)) return 'common-word';
    // A word the document uses as a person's name ("Ripley" after "Chris Ripley").
    // (Not a country's, a division's or a sea's own name: "the Atlantic" after "The Atlantic Hurricane…".)
    if (single && personWords.has(f.key) && !(prevKey !== undefined && IN_PLACE.has(prevKey)) && !somePosting(p, (e, k) => k <= NameKind.alias && (g.level[e] <= Level.Admin1 || g.level[e] === Level.Region))) return 'person';

    // The end of a longer name the gazetteer lacks: "Jabal al Karama" (an article and a capitalized
    // word before), "Orta-Dashly" (a hyphen and a capitalized word that is no place name).
    if (prev >= 1 && prevKey !== undefined && NAME_ARTICLES.has(prevKey) && (words.sep[prev] === Sep.Space || words.sep[prev] === Sep.Hyphen) && (words.sep[w0] === Sep.Space || words.sep[w0] === Sep.Hyphen) && isCap(prev - 1) && words.sentence[prev - 1] === words.sentence[w0] && !cues.is(words.key[prev - 1], 'direction'))
      return 'common-word';
    // (A big place's name before a hyphen stays: "Mogadishu-Karaan district" is in Mogadishu.)
    if (!somePosting(p, (e, k) => k <= NameKind.alias && (g.level[e] === Level.Country || g.pop[e] >= 100_000))) {
      // (Not "D-Ames", "R-Westfield": a party's initial.)
      const nameWord = (k: number, key: string) => words.case[k] === Case.Title && key.length >= 3 && !g.postings(key) && g.demonym(key) < 0 && !cues.is(key, 'direction');
      if (prevKey !== undefined && words.sep[w0] === Sep.Hyphen && nameWord(prev, prevKey)) return 'common-word';
      if (nextKey !== undefined && words.sep[next] === Sep.Hyphen && nameWord(next, nextKey) && !cues.is(nextKey, 'held') && !cues.is(nextKey, 'based')) return 'common-word';
      // The start of a longer name the gazetteer lacks: a name word, a connector and a capitalized
      // word that is no place name ("Morro do Vento Azul", "Wadi al-Tamar", "Santa Rosa de Pedregal").
      if (nextKey !== undefined && HEAD_CONNECTORS.has(nextKey) && words.sep[next] === Sep.Space && next + 1 < n && words.sentence[next + 1] === words.sentence[w0] && (words.sep[next + 1] === Sep.Space || words.sep[next + 1] === Sep.Hyphen) && nameWord(next + 1, words.key[next + 1])) return 'common-word';
    }

    // ---- before the name
    if (prevKey !== undefined && words.sep[w0] === Sep.Space) {
      if (isCap(prev)) {
        if (cues.is(prevKey, 'title')) return 'person';
        if (FEATURE_BEFORE.has(prevKey)) {
          f.kind = 'feature';
          f.feature = prevKey;
          f.start = words.start[prev];
          f.why.push(words.text[prev]);
        } else if (cues.is(prevKey, 'direction')) {
          f.direction = prevKey;
        } else if (words.sep[prev] !== Sep.Start || pos(prev) === 'PROPN') {
          // "Bill Clinton", "Dana Marie Henry": a name's last part. A sentence's capitalized
          // first word that is not a proper noun ("The", "In") does not count.
          if (!(words.sep[prev] === Sep.Start && /^(the|in|at|from|to|for|on|by|near|across|outside|inside|with|and|but|as|after|before|since|while|during|throughout|into|of)$/.test(prevKey)))
            return 'person';
        }
      } else if (cues.is(prevKey, 'direction')) {
        f.direction = prevKey;
      } else if (prevKey === 'of' && prev >= 1) {
        const k2 = words.key[prev - 1];
        const cue = featureCue(k2);
        if (cue) {
          f.cue = cue;
          f.why.push(`${words.text[prev - 1]} of`);
        }
        if (prev >= 2 && words.key[prev - 1] === 'part' && cues.is(words.key[prev - 2], 'direction')) f.direction = words.key[prev - 2];
      }
    }
    if (prevKey !== undefined && words.sep[w0] === Sep.Hyphen && cues.is(prevKey, 'direction')) f.direction = prevKey;
    if (prev >= 0 && words.key[prev] === 'held' || (prev >= 0 && cues.is(words.key[prev], 'held') && words.sep[prev] === Sep.Hyphen)) {
      f.cue ??= 'area';
      f.why.push(`${words.text[prev - 1] ?? ''}-${words.text[prev]}`);
    }

    // ---- streets named together: "Pelican and Heron streets", "the corner of Clinton and Kearny"
    if (f.kind === 'name' && streetPair(w0, w1)) {
      f.kind = 'feature';
      f.feature = 'street';
      f.why.push('street');
      return null;
    }

    // ---- after the name
    if (nextKey !== undefined) {
      const sep = words.sep[next];
      if (sep === Sep.Hyphen) {
        if (cues.is(nextKey, 'held')) {
          f.cue ??= 'area';
          f.why.push(`-${words.text[next]}`);
        } else if (cues.is(nextKey, 'based')) f.why.push(`-${words.text[next]}`);
        // A hyphen then a name, a short joining word or another hyphenated word ("Grand-Morne",
        // "Pul-e-Sabz", "Deh-e Now"): a longer name may start here. (Not "-bound", "-style".)
        // An Arabic article alone before a hyphen ("Al-…") is the start of a name whatever follows.
        else if (isCap(next) || NAME_ARTICLES.has(f.key) || (words.case[next] === Case.Lower && (nextKey.length <= 2 || (next + 1 < n && words.sep[next + 1] === Sep.Hyphen)))) f.partial = true;
      } else if (sep === Sep.Space) {
        if (isCap(next)) {
          const cue = featureCue(nextKey);
          if (cue && cue !== 'area' && cue !== 'part' && !cues.is(nextKey, 'poi')) {
            f.cue = cue;
            f.end = words.end[next];
            f.tail = next + 1;
            f.why.push(words.text[next]);
          } else if (cues.is(nextKey, 'poi') && f.kind === 'name') {
            f.kind = 'feature';
            f.feature = nextKey;
            f.end = words.end[next];
            f.why.push(words.text[next]);
          } else {
            // An organization's name further on ("Texas Southern University", "Georgia School
            // Boards Association") makes this a name inside it.
            let org = -1;
            for (let j = next; j < Math.min(n, next + 4) && isCap(j) && (j === next || words.sep[j] === Sep.Space); j++) {
              if (cues.is(words.key[j], 'org')) {
                org = j;
                break;
              }
            }
            if (org >= 0) {
              f.kind = 'embedded';
              f.why.push(words.text.slice(next, org + 1).join(' '));
            } else if (cues.is(nextKey, 'title') && !cues.is(nextKey, 'org') && !cues.is(nextKey, 'nametitle')) {
              // A place before an office's title is the office's place ("Easley Mayor Jo
              // Harlan", "U.S. Attorney Dana Whitcombe"), not a first name, unless the title is also
              // a surname (`nametitle`: "Chad King"); a governor's is a division, a mayor's a town.
              f.why.push(words.text[next]);
              if (cues.is(nextKey, 'governor')) f.cue ??= 'admin1';
              else if (cues.is(nextKey, 'mayor')) f.cue ??= 'town';
            } else if (single && words.case[next] !== Case.Upper && !isProminent(g, nextKey)) {
              // "Chad Smith", "Paris Hilton", "Pope Francis": a first name. (An all-capitals word
              // after a name is usually a headline or an acronym: "Paris AFP".)
              return 'person';
            } else if (words.case[next] === Case.Title) {
              // "Ramon Ortega Boulevard", "Grande Alegria": capitalized words running on.
              f.partial = true;
            }
          }
        } else if (words.case[next] === Case.Other && /^\d/.test(nextKey)) {
          // "Street 14", "Mine 3/4": a number completes the name.
          f.partial = true;
        } else {
          // "Peter the Great monument": a joining word and a capitalized word run the name on.
          if ((nextKey === 'the' || HEAD_CONNECTORS.has(nextKey)) && next + 1 < n && words.sep[next + 1] === Sep.Space && words.case[next + 1] === Case.Title && words.sentence[next + 1] === words.sentence[w0]) f.partial = true;
          if (cues.is(nextKey, 'metonym')) return 'metonym';
          // "the US dollar", "the Hong Kong dollar": a currency, not where anything happens.
          if (cues.is(nextKey, 'currency')) return 'common-word';
          // "Smith said" (a person) or "Moscow said" (a government); not "the mayor of Dublin said".
          if (cues.is(nextKey, 'speech') && !(prev >= 0 && pos(prev) === 'ADP')) return 'speaker';
          // (A feature inside a town, "the Vila Nova community", is a part of the town around it.)
          const cue = featureCue(nextKey) ?? (cues.is(nextKey, 'within') ? 'part' : null);
          if (cue) {
            f.cue = cue;
            f.tail = next + 1;
            f.why.push(words.text[next]);
          }
        }
      } else if (sep === Sep.Other && words.possessive[w1 - 1]) {
        if (cues.is(nextKey, 'metonym')) return 'metonym';
        // A saint's name before an institution's word is a church's or a school's name, not a town
        // ("St Helen's Chapel", "St Mary's Hospital"), unlike a town's ("Derry's Mornley Hospital").
        if (isCap(next) && cues.is(nextKey, 'org') && (words.key[w0] === 'st' || words.key[w0] === 'saint')) return 'organization';
        if (cues.is(nextKey, 'area')) {
          f.cue ??= 'area';
          f.why.push(`’s ${words.text[next]}`);
        }
      }
    }
    return null;
  }

  /** A word of the name's sentence, or undefined. */
  function near(w: number, k: number): string | undefined {
    return k >= 0 && k < n && words.sentence[k] === words.sentence[w] ? words.key[k] : undefined;
  }

  /**
   * A name that the words around make one of two streets: a plural street word after it or after
   * the name it is coordinated with ("Pelican and Heron streets"), a crossing word before the
   * pair ("at the corner of Clinton and Kearny", "the intersection of Grand and State") or after it
   * ("the Canal and Royal intersection").
   */
  function streetPair(w0: number, w1: number): boolean {
    const and = (k: number) => { const x = near(w0, k); return x === 'and' || x === '&'; };
    if (cues.is(near(w0, w1), 'streets')) return true;
    if (and(w1) && isCap(w1 + 1) && (cues.is(near(w0, w1 + 2), 'streets') || cues.is(near(w0, w1 + 2), 'crossing'))) return true;
    if (near(w0, w0 - 1) === 'of' && cues.is(near(w0, w0 - 2), 'crossing') && and(w1) && isCap(w1 + 1)) return true;
    if (and(w0 - 1) && isCap(w0 - 2) && near(w0, w0 - 3) === 'of' && cues.is(near(w0, w0 - 4), 'crossing')) return true;
    if (and(w0 - 1) && isCap(w0 - 2) && cues.is(near(w0, w1), 'crossing')) return true;
    return false;
  }

  function featureCue(key: string | undefined): FeatureCue | null {
    if (key === undefined) return null;
    if (cues.is(key, 'admin1')) return 'admin1';
    if (cues.is(key, 'admin2')) return 'admin2';
    if (cues.is(key, 'town')) return 'town';
    if (cues.is(key, 'area')) return 'area';
    if (cues.is(key, 'part')) return 'part';
    return null;
  }

  /** A country's or division's own name (or curated alias). */
  function ownDivision(p: Int32Array): boolean {
    return somePosting(p, (e, k) => k <= NameKind.alias && (g.level[e] === Level.Country || g.level[e] === Level.Admin1));
  }

  function containerLevel(p: Int32Array): boolean {
    return somePosting(p, (e, k) => k <= NameKind.contextual && k !== NameKind.alternate && (g.level[e] === Level.Country || g.level[e] === Level.Admin1 || g.level[e] === Level.Admin2));
  }
}

/**
 * Lists of names ("Los Angeles, Miami, New York, and Detroit"; "Oregon or Washington"): names
 * joined by commas and a final "and" or "or". Returns, for each item (in text order), the index of
 * its list's first item, or -1. A pair joined by a comma alone is no list ("Paris, Texas").
 */
export function listsOf(words: Words, items: { w0: number; w1: number }[]): Int32Array {
  const out = new Int32Array(items.length).fill(-1);
  let start = 0;
  let and = false;
  const close = (end: number) => {
    if (and && end - start >= 2) for (let k = start; k < end; k++) out[k] = start;
  };
  for (let i = 1; i <= items.length; i++) {
    const a = items[i - 1];
    const b = items[i];
    let joint: 'comma' | 'and' | null = null;
    if (b && words.sentence[b.w0] === words.sentence[a.w0]) {
      if (b.w0 === a.w1 && words.sep[b.w0] === Sep.Comma && !words.paren[b.w0]) joint = 'comma';
      else if (b.w0 === a.w1 + 1 && (words.key[a.w1] === 'and' || words.key[a.w1] === 'or') && words.case[a.w1] === Case.Lower) joint = 'and';
    }
    if (joint === 'and') and = true;
    if (!joint) {
      close(i);
      start = i;
      and = false;
    }
  }
  return out;
}

const CLOSED_CLASS = new Set(['PRON', 'DET', 'ADP', 'AUX', 'CCONJ', 'SCONJ', 'PART', 'INTJ', 'NUM']);

/**
 * Words the document uses in people's names: the parts of a run of two or three capitalized words
 * after a title ("Gov. Tim Kaine") or not known as a name as a whole, whose first part is no place
 * ("Chris Ripley", "Kelly Smith"). A later lone "Ripley" is then the person, not the town.
 */
function collectPersonWords(words: Words, tokens: Tokens, g: Gazetteer, cues: Cues): Set<string> {
  const out = new Set<string>();
  const n = words.length;
  const cap = (w: number) => words.case[w] === Case.Title;
  for (let w = 0; w + 1 < n; w++) {
    if (!cap(w) || !cap(w + 1) || words.sep[w + 1] !== Sep.Space) continue;
    if (w > 0 && words.sep[w] === Sep.Space && cap(w - 1) && !cues.is(words.key[w - 1], 'title')) continue; // not a run's start
    let end = w + 1;
    while (end + 1 < n && end - w < 2 && cap(end + 1) && words.sep[end + 1] === Sep.Space) end++;
    const keys = words.key.slice(w, end + 1);
    if (keys.some((k) => /\d/.test(k))) continue; // "A38 Taunton": a road's number, no name
    const titled = w > 0 && cues.is(words.key[w - 1], 'title') && words.sep[w] === Sep.Space;
    if (!titled) {
      if (g.headLength(keys[0]) >= 2 && (g.postings(keys.join(' ')) || g.postings(keys.slice(0, 2).join(' ')))) continue; // "New York", "Kansas City"
      if (words.sep[w] === Sep.Start && tokens.pos[words.tokStart[w]] !== 'PROPN') continue;
      if (keys.some((k) => cues.is(k, 'poi') || cues.is(k, 'org') || cues.is(k, 'admin1') || cues.is(k, 'admin2') || cues.is(k, 'town') || cues.is(k, 'direction') || cues.is(k, 'title'))) continue;
      // A first name is no place name in the gazetteer's top tier, and the last is no division word.
      if (g.headLength(keys[0]) && isProminent(g, keys[0])) continue;
    }
    for (const k of keys) out.add(k);
    w = end;
  }
  return out;
}

/** A name that some country, division or big town (100k people) bears as its own. */
function isProminent(g: Gazetteer, key: string): boolean {
  const p = g.postings(key);
  if (!p) return false;
  return somePosting(p, (e, k) => k <= NameKind.alias && (g.level[e] <= Level.Admin1 || g.level[e] === Level.Region || g.pop[e] >= 100_000));
}

function somePosting(p: Int32Array, test: (entry: number, kind: number) => boolean): boolean {
  for (let i = 0; i < p.length; i++) if (test(p[i] >> 3, p[i] & 7)) return true;
  return false;
}

function allKinds(p: Int32Array, test: (kind: number) => boolean): boolean {
  for (let i = 0; i < p.length; i++) if (!test(p[i] & 7)) return false;
  return true;
}

/** "the country", "the war-torn Arab country", "the southern part of the country": word ranges of
 * phrases that stand for the document's country, with a direction when one is given. */
export function findAnaphors(words: Words, cues: Cues): { w0: number; w1: number; direction: string | null }[] {
  const out: { w0: number; w1: number; direction: string | null }[] = [];
  for (let w = 1; w < words.length; w++) {
    if (!cues.is(words.key[w], 'anaphor') || words.case[w] !== Case.Lower) continue;
    // Walk back over at most four modifiers to "the".
    let k = w - 1;
    while (k >= 0 && w - k <= 4 && words.key[k] !== 'the' && words.sentence[k] === words.sentence[w] && (words.sep[k + 1] === Sep.Space || words.sep[k + 1] === Sep.Hyphen)) k--;
    if (k < 0 || words.key[k] !== 'the' || words.sentence[k] !== words.sentence[w]) continue;
    // "the country music", "the nation's capital" are fine; "the country of Syria" names it.
    if (w + 1 < words.length && words.key[w + 1] === 'of' && words.sep[w + 1] === Sep.Space && words.case[w + 2] !== Case.Lower) continue;
    let ok = true;
    for (let m = k + 1; m < w; m++) if (words.case[m] === Case.Other || /^(other|another|every|each|any|no|one|first|second|third|next|same|whole|home|host|neighbouring|neighboring|foreign)$/.test(words.key[m])) ok = false;
    if (!ok) continue;
    let direction: string | null = null;
    if (k >= 3 && words.key[k - 1] === 'of' && /^(part|parts|half|region|regions|areas|area)$/.test(words.key[k - 2])) {
      for (let m = k - 3; m >= Math.max(0, k - 5); m--) if (cues.is(words.key[m], 'direction')) direction = words.key[m];
    }
    out.push({ w0: k, w1: w + 1, direction });
  }
  return out;
}
