/**
 * @module Cross-article merging: whether two per-article records describe one event, or carry one
 * statement. Pure decisions with their reasons; the store keeps the groups (and why each member
 * joined) beside the untouched per-article records, so a merge can be explained and undone.
 *
 * Events: compatible type and status, overlapping participants, places within a few km or one
 * containing the other, overlapping dates. Statements: the same speaker (or one unknown), close
 * publication dates and largely the same words (word bigrams, so partial quotes still match).
 */
import rulesJson from './data/rules.json' with { type: 'json' };

export interface MergeRules {
  version: number;
  event: {
    maxDistanceKm: number;
    pointFeatures?: string[];
    dateToleranceDays: number;
    maxVagueSpanDays?: number;
    minParticipantsWithoutPlace?: number;
    compatibleTypes: [string, string][];
    genericKinds: string[];
    statusGroups: Record<string, string[]>;
  };
  claim: {
    dateWindowDays: number;
    minShingles: number;
    minContainment: number;
    minJaccard: number;
    paraphrase?: { futureKinds: string[]; futureStatuses: string[]; minContentOverlap: number; stopwords: string[] };
  };
}

export const DEFAULT_RULES: MergeRules = rulesJson as unknown as MergeRules;

export interface PlaceFacts {
  name: string | null;
  geonameid: number | null;
  feature: string | null;
  country: string | null;
  admin1: string | null;
  lat: number | null;
  lon: number | null;
}

export interface EventFacts {
  docId: string;
  id: string;
  type: string;
  status: string;
  /** Participant entity key → name and kind (actors and recipients; unresolved ids left out). */
  participants: Map<string, { name: string; kind: string | null }>;
  place: PlaceFacts | null;
  dateFrom: string | null;
  dateTo: string | null;
  /** 'time' when the dates come from the event's own time expression, 'published' when from the article's date. */
  dateBasis?: string | null;
}

export interface Decision {
  match: boolean;
  /** 0..1, higher is a closer match; used to pick the best group among several that match. */
  score: number;
  /** One line per criterion, saying how it was met or why it failed. */
  reasons: string[];
}

const DAY_MS = 86_400_000;
const dayNumber = (d: string) => Date.parse(`${d}T00:00:00Z`) / DAY_MS;

export function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(a)));
}

export class EventMerger {
  private readonly compatible = new Set<string>();
  private readonly statusGroup = new Map<string, string>();
  private readonly generic: Set<string>;

  constructor(readonly rules: MergeRules = DEFAULT_RULES) {
    this.generic = new Set(rules.event.genericKinds ?? []);
    if (rules.event.pointFeatures) pointFeatures = new Set(rules.event.pointFeatures);
    for (const [a, b] of rules.event.compatibleTypes) {
      this.compatible.add(`${a}|${b}`);
      this.compatible.add(`${b}|${a}`);
    }
    for (const [group, statuses] of Object.entries(rules.event.statusGroups)) for (const s of statuses) this.statusGroup.set(s, group);
  }

  /** Types that may merge with `type` (itself included), for candidate queries. */
  compatibleTypes(type: string): string[] {
    const out = [type];
    for (const pair of this.compatible) {
      const [a, b] = pair.split('|');
      if (a === type) out.push(b);
    }
    return out;
  }

  /** Statuses that may merge with `status` (itself included), for candidate queries. */
  compatibleStatuses(status: string): string[] {
    const group = this.statusGroup.get(status);
    if (!group) return [status];
    return this.rules.event.statusGroups[group];
  }

  compare(a: EventFacts, b: EventFacts): Decision {
    const reasons: string[] = [];
    let score = 0;
    let match = true;
    const fail = (why: string) => {
      match = false;
      reasons.push(`✗ ${why}`);
    };

    if (a.docId === b.docId) fail('same article: merging joins reports of different articles only');

    if (a.type === b.type) {
      score += 0.3;
      reasons.push(`type: both ${a.type}`);
    } else if (this.compatible.has(`${a.type}|${b.type}`)) {
      score += 0.2;
      reasons.push(`type: ${a.type} and ${b.type} are compatible`);
    } else fail(`type: ${a.type} and ${b.type} are not compatible`);

    const ga = this.statusGroup.get(a.status) ?? a.status;
    const gb = this.statusGroup.get(b.status) ?? b.status;
    if (ga === gb) reasons.push(a.status === b.status ? `status: both ${a.status}` : `status: ${a.status} and ${b.status} (both ${ga})`);
    else fail(`status: ${a.status} and ${b.status} describe different things`);

    // Participants: overlapping entity keys (roles may differ between outlets).
    const shared = [...a.participants.keys()].filter((k) => b.participants.has(k));
    const specific = shared.filter((k) => !this.generic.has(a.participants.get(k)!.kind ?? ''));
    // Standing in for missing actors takes the same town, not the same country.
    const strongPlace = samePlace(a.place, b.place) && !isArea(a.place!) && !isArea(b.place!);
    if (a.participants.size && b.participants.size) {
      if (specific.length) {
        const union = new Set([...a.participants.keys(), ...b.participants.keys()]).size;
        score += 0.3 * (shared.length / union);
        reasons.push(`actors: shared ${shared.map((k) => a.participants.get(k)!.name).join(', ')}`);
      } else if (shared.length) {
        fail(`actors: only ${shared.map((k) => a.participants.get(k)!.name).join(', ')} shared, which names no one in particular`);
      } else {
        fail(`actors: none shared (${names(a)} / ${names(b)})`);
      }
    } else if (strongPlace && Math.max(spanDays(a), spanDays(b)) <= 7) {
      reasons.push('actors: missing on one side; the same town within the same days');
    } else {
      fail(`actors: missing on one side, and ${strongPlace ? 'a date spans more than a week' : 'the places are not the same town'}`);
    }

    // Place: distance, containment, or unknown on a side.
    const place = comparePlaces(a.place, b.place, this.rules.event.maxDistanceKm);
    const days = (e: EventFacts) => (e.dateFrom ? (dayNumber(e.dateTo ?? e.dateFrom) - dayNumber(e.dateFrom)) : 0);
    const vague = Math.max(days(a), days(b)) > (this.rules.event.maxVagueSpanDays ?? 31);
    if (!a.place && !b.place) {
      // Nothing places either report: only the very same participants (who and to whom) on the very
      // same dated happening join; two articles' "IS attacks" of a publication day are not one event.
      const specific = (e: EventFacts) => [...e.participants].filter(([, p]) => !this.generic.has(p.kind ?? '')).map(([k]) => k).sort();
      const [ka, kb] = [specific(a), specific(b)];
      const enough = ka.length >= (this.rules.event.minParticipantsWithoutPlace ?? 2);
      const sameParticipants = enough && ka.join('|') === kb.join('|');
      const ownDates = a.dateBasis === 'time' && b.dateBasis === 'time' && Math.max(days(a), days(b)) <= 3;
      if (sameParticipants && ownDates) {
        score += place.weight;
        reasons.push('place: not given on either side; the same participants on the same days, dated by both reports');
      } else {
        fail(`place: not given on either side, and ${!sameParticipants ? (enough ? 'the participants differ' : 'too few participants to tell') : 'a date is not the report’s own or spans more than a few days'}`);
      }
    } else if (vague && !(a.place && b.place && place.ok)) {
      fail(`date: a span of ${Math.max(days(a), days(b)) + 1} days joins only with a place both reports name and share`);
    } else if (vague && !sameSpan(a, b)) {
      // "Since 2014" in Syria and "on Tuesday" in Syria are not one happening: two reports of one
      // campaign give about the same span; a day inside it is an event of its own.
      fail(`date: spans of ${days(a) + 1} and ${days(b) + 1} days are not one happening`);
    } else if (place.ok) {
      score += place.weight;
      reasons.push(`place: ${place.why}`);
    } else fail(`place: ${place.why}`);

    // Dates: day intervals overlap, with a tolerance.
    if (!a.dateFrom || !b.dateFrom) fail('date: unknown on one side');
    else {
      const tol = this.rules.event.dateToleranceDays;
      const a0 = dayNumber(a.dateFrom) - tol;
      const a1 = dayNumber(a.dateTo ?? a.dateFrom) + tol;
      const b0 = dayNumber(b.dateFrom) - tol;
      const b1 = dayNumber(b.dateTo ?? b.dateFrom) + tol;
      if (a0 <= b1 && b0 <= a1) {
        const width = Math.max(a1 - a0, b1 - b0);
        score += width <= 3 + 2 * tol ? 0.2 : width <= 31 ? 0.12 : 0.05;
        reasons.push(`date: ${span(a)} overlaps ${span(b)}`);
      } else fail(`date: ${span(a)} and ${span(b)} do not overlap`);
    }
    // An anchor besides a shared actor, a country and nearby days, which a war's daily coverage
    // shares across hundreds of unrelated events: the same town; or the same who-did-what-to-whom
    // on days both reports give; or, for a campaign, the same long span in the same place.
    if (match) {
      const specific = (e: EventFacts) => [...e.participants].filter(([, p]) => !this.generic.has(p.kind ?? '')).map(([k]) => k).sort();
      const [ka, kb] = [specific(a), specific(b)];
      const narrow = Math.max(spanDays(a), spanDays(b)) <= 3;
      const anchorPlace = samePlace(a.place, b.place) && !isArea(a.place!) && !isArea(b.place!)
        || (!!a.place && !!b.place && !isArea(a.place) && !isArea(b.place) && place.ok);
      const anchorWho = narrow && a.dateBasis === 'time' && b.dateBasis === 'time'
        && ka.length >= (this.rules.event.minParticipantsWithoutPlace ?? 2) && ka.join('|') === kb.join('|');
      const campaign = vague && sameSpan(a, b) && !!a.place && !!b.place && place.ok;
      if (anchorPlace) reasons.push('anchor: the same town');
      else if (anchorWho) reasons.push('anchor: the same participants on days both reports give');
      else if (campaign) reasons.push('anchor: the same span in the same place (one campaign)');
      else fail('anchor: neither the same town, nor the same who-did-what-to-whom on days both reports give, nor one campaign');
    }
    return { match, score: match ? Math.round(score * 1000) / 1000 : 0, reasons };
  }
}

function names(e: EventFacts): string {
  return [...e.participants.values()].map((p) => p.name).join(', ') || '—';
}

function span(e: EventFacts): string {
  return e.dateTo && e.dateTo !== e.dateFrom ? `${e.dateFrom}/${e.dateTo}` : String(e.dateFrom);
}

function hasCoords(p: PlaceFacts | null): p is PlaceFacts & { lat: number; lon: number } {
  return !!p && typeof p.lat === 'number' && typeof p.lon === 'number';
}

function samePlace(a: PlaceFacts | null, b: PlaceFacts | null): boolean {
  if (!a || !b) return false;
  if (a.geonameid != null && a.geonameid === b.geonameid) return true;
  if (hasCoords(a) && hasCoords(b)) return haversineKm(a.lat, a.lon, b.lat, b.lon) <= 5;
  return !!a.name && a.name.toLowerCase() === b.name?.toLowerCase();
}

const spanDays = (e: EventFacts) => (e.dateFrom ? dayNumber(e.dateTo ?? e.dateFrom) - dayNumber(e.dateFrom) : 0);

/** Two spans that start and end within a month of each other. */
function sameSpan(a: EventFacts, b: EventFacts): boolean {
  if (!a.dateFrom || !b.dateFrom) return false;
  return Math.abs(dayNumber(a.dateFrom) - dayNumber(b.dateFrom)) <= 31 && Math.abs(dayNumber(a.dateTo ?? a.dateFrom) - dayNumber(b.dateTo ?? b.dateFrom)) <= 31;
}

const isCountry = (p: PlaceFacts) => !!p.feature && /^PCL/.test(p.feature);
const isAdmin1 = (p: PlaceFacts) => p.feature === 'ADM1';
let pointFeatures = new Set<string>(DEFAULT_RULES.event.pointFeatures ?? []);

/** Areas (countries, provinces, regions, continents) whose centre says little about where in them
 * something happened; populated places and the point features of the rules are not. */
export const isArea = (p: PlaceFacts) => !p.feature || !(p.feature.startsWith('PPL') || pointFeatures.has(p.feature));

function comparePlaces(a: PlaceFacts | null, b: PlaceFacts | null, maxKm: number): { ok: boolean; weight: number; why: string } {
  if (!a && !b) return { ok: true, weight: 0.05, why: 'not given on either side' };
  if (!a || !b) return { ok: true, weight: 0.05, why: `only one side names a place (${(a ?? b)!.name})` };
  if (a.geonameid != null && a.geonameid === b.geonameid) return { ok: true, weight: 0.2, why: `both ${a.name}` };
  if (isArea(a) || isArea(b)) {
    // Containment, not distance: a province's centre may be far from a town inside it.
    for (const [outer, inner] of [
      [a, b],
      [b, a],
    ] as const) {
      if (isCountry(outer) && outer.country && outer.country === inner.country) return { ok: true, weight: 0.12, why: `${inner.name} is in ${outer.name}` };
      if (isAdmin1(outer) && outer.country === inner.country && outer.admin1 && outer.admin1 === inner.admin1) {
        return { ok: true, weight: 0.15, why: `${inner.name} is in ${outer.name}` };
      }
    }
    return { ok: false, weight: 0, why: `${a.name} and ${b.name}: neither contains the other` };
  }
  if (hasCoords(a) && hasCoords(b)) {
    const km = haversineKm(a.lat, a.lon, b.lat, b.lon);
    if (km <= maxKm) return { ok: true, weight: 0.2, why: `${a.name} and ${b.name} are ${km.toFixed(1)} km apart` };
    return { ok: false, weight: 0, why: `${a.name} and ${b.name} are ${km.toFixed(0)} km apart` };
  }
  if (a.name && a.name.toLowerCase() === b.name?.toLowerCase()) return { ok: true, weight: 0.15, why: `same name ${a.name}` };
  return { ok: false, weight: 0, why: `${a.name} and ${b.name} cannot be placed together` };
}

// ------------------------------------------------------------------------------------- statements
export interface ClaimFacts {
  docId: string;
  id: string;
  speakerKey: string | null;
  speakerName: string | null;
  text: string;
  published: string | null;
  /** Claim type (statement, forecast, pledge, …) or quote kind. */
  kind?: string | null;
  status?: string | null;
  /** `YYYY-MM-DD` deadline of a forecast or pledge. */
  deadline?: string | null;
}

function words(text: string): string[] {
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[\u0300-\u036f]/g, '')
    .match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Word bigrams of a statement, lower-cased, punctuation and quote marks dropped. */
export function shingles(text: string): Set<string> {
  const words_ = words(text);
  const out = new Set<string>();
  for (let i = 0; i + 1 < words_.length; i++) out.add(`${words_[i]} ${words_[i + 1]}`);
  return out;
}

// Word pairs of each statement, computed once however many statements it is compared with.
const shingleCache = new WeakMap<ClaimFacts, Set<string>>();
function cachedShingles(c: ClaimFacts): Set<string> {
  let s = shingleCache.get(c);
  if (!s) shingleCache.set(c, (s = shingles(c.text)));
  return s;
}

export function compareClaims(a: ClaimFacts, b: ClaimFacts, rules: MergeRules = DEFAULT_RULES): Decision {
  const reasons: string[] = [];
  let match = true;
  const fail = (why: string) => {
    match = false;
    reasons.push(`✗ ${why}`);
  };
  if (a.docId === b.docId) fail('same article');
  if (a.speakerKey && b.speakerKey) {
    if (a.speakerKey === b.speakerKey) reasons.push(`speaker: both ${a.speakerName ?? a.speakerKey}`);
    else fail(`speaker: ${a.speakerName ?? a.speakerKey} and ${b.speakerName ?? b.speakerKey} differ`);
  } else reasons.push(`speaker: ${a.speakerName ?? b.speakerName ?? 'unknown'} (not resolved on ${a.speakerKey || b.speakerKey ? 'one side' : 'either side'})`);
  if (a.published && b.published) {
    const days = Math.abs(dayNumber(a.published) - dayNumber(b.published));
    if (days <= rules.claim.dateWindowDays) reasons.push(`published ${days} day(s) apart`);
    else fail(`published ${days} days apart`);
  }
  const sa = cachedShingles(a);
  const sb = cachedShingles(b);
  let common = 0;
  for (const s of sa) if (sb.has(s)) common++;
  const smaller = Math.min(sa.size, sb.size);
  const containment = smaller ? common / smaller : 0;
  const jaccard = common / (sa.size + sb.size - common || 1);
  const para = paraphrase(a, b, rules);
  if (smaller >= rules.claim.minShingles && (containment >= rules.claim.minContainment || jaccard >= rules.claim.minJaccard)) {
    reasons.push(`text: ${Math.round(containment * 100)}% of the shorter statement's word pairs shared (Jaccard ${jaccard.toFixed(2)})`);
  } else if (para) {
    reasons.push(para);
  } else if (smaller < rules.claim.minShingles) fail(`text: too short to compare (${smaller} word pairs)`);
  else fail(`text: only ${Math.round(containment * 100)}% of word pairs shared`);
  const score = match ? Math.round((0.5 * containment + 0.5 * jaccard + (a.speakerKey && a.speakerKey === b.speakerKey ? 0.2 : 0)) * 1000) / 1000 : 0;
  return { match, score, reasons };
}

const stopwordSets = new WeakMap<object, Set<string>>();

/** The reason two differently worded statements are one dated commitment, or null. */
function paraphrase(a: ClaimFacts, b: ClaimFacts, rules: MergeRules): string | null {
  const p = rules.claim.paraphrase;
  if (!p || !a.speakerKey || a.speakerKey !== b.speakerKey || !a.deadline || a.deadline !== b.deadline) return null;
  const future = (c: ClaimFacts) => (!!c.kind && p.futureKinds.includes(c.kind)) || (!!c.status && p.futureStatuses.includes(c.status));
  if (!future(a) || !future(b)) return null;
  let stop = stopwordSets.get(p);
  if (!stop) stopwordSets.set(p, (stop = new Set(p.stopwords)));
  const content = (t: string) => new Set(words(t).filter((w) => !stop!.has(w) && w.length > 1));
  const ca = content(a.text);
  const cb = content(b.text);
  const shared = [...ca].filter((w) => cb.has(w));
  const overlap = shared.length / (Math.min(ca.size, cb.size) || 1);
  if (overlap < p.minContentOverlap) return null;
  return `text: paraphrased; same speaker, ${(a.kind ?? a.status) === (b.kind ?? b.status) ? `both ${a.kind ?? a.status}` : `${a.kind ?? a.status} and ${b.kind ?? b.status}`} with deadline ${a.deadline}, ${Math.round(overlap * 100)}% of content words shared (${shared.join(', ')})`;
}
