/**
 * @module Contract JSON (sitrep/1) → the rows a store indexes. Pure and shared by every backend: the
 * whole document is stored as it came (the per-article record is never lost); these rows only make
 * it searchable (events by type/status/actor/place/date, entities across documents, statements).
 *
 * The layers read here are the contract's; layers added later (claims, framing, …) are read
 * defensively, by the fields the contract's style implies, and kept whole in the document JSON.
 */
import { createHash } from 'node:crypto';
import type { DocumentJson } from '../output/json.js';
import { entityKey } from './keys.js';

export { entityKey, slug } from './keys.js';

export interface DocMeta {
  id: string;
  title: string | null;
  source: string | null;
  url: string | null;
  published: string | null;
  language: string;
  text: string;
}

export interface EntityRow {
  id: string;
  key: string;
  name: string;
  kind: string;
  country: string | null;
  sector: string | null;
  mentions: number;
}

export interface PlaceRow {
  id: string;
  name: string;
  text: string;
  geonameid: number | null;
  feature: string | null;
  country: string | null;
  admin1: string | null;
  lat: number | null;
  lon: number | null;
}

export type ParticipantRole = 'actor' | 'recipient' | 'source';

export interface Participant {
  entityId: string;
  key: string;
  name: string;
  /** The entity's kind (population, armed_group, …), null when unresolved. */
  kind: string | null;
  role: ParticipantRole;
}

export type DateBasis = 'time' | 'published' | 'undated' | null;

export interface EventRow {
  id: string;
  type: string;
  mode: string | null;
  status: string;
  confidence: number | null;
  placeId: string | null;
  placeName: string | null;
  geonameid: number | null;
  feature: string | null;
  country: string | null;
  admin1: string | null;
  lat: number | null;
  lon: number | null;
  timeId: string | null;
  timeText: string | null;
  timeValue: string | null;
  /** Day interval the event happened in: from its time expression, else the publication date. */
  dateFrom: string | null;
  dateTo: string | null;
  /** Where the dates come from (see `eventDates`): 'time', 'published', or 'undated' when the text
   * places the event before or after publication without a day (no dates then). */
  dateBasis: DateBasis;
  triggerText: string | null;
  evidenceStart: number | null;
  evidenceEnd: number | null;
  evidenceText: string | null;
  acledType: string | null;
  acledSubType: string | null;
  participants: Participant[];
  /** Text indexed for full-text search: evidence, actors, place. */
  searchText: string;
}

export interface ClaimRow {
  id: string;
  /** The layer it came from: quotes or claims. */
  layer: string;
  kind: string;
  speakerId: string | null;
  speakerKey: string | null;
  speakerName: string | null;
  contentStart: number | null;
  contentEnd: number | null;
  contentText: string;
  cueText: string | null;
  /** Status of a statement when the layer gives one (forecast, pledge, allegation, …). */
  status: string | null;
  /** A deadline (`YYYY-MM-DD`) when the statement names one (forecasts, pledges). */
  deadline: string | null;
}

export interface DocumentRecords {
  meta: DocMeta;
  entities: EntityRow[];
  places: PlaceRow[];
  events: EventRow[];
  claims: ClaimRow[];
  /** Counts per layer (for listings), e.g. { sentences: 14, events: 9 }. */
  layerCounts: Record<string, number>;
}

/** Hash of what was given to the analyser: a changed text or metadata means a changed document. */
export function contentHash(meta: Omit<DocMeta, 'id'> & { id?: string }): string {
  const h = createHash('sha256');
  for (const part of [meta.text, meta.title, meta.source, meta.url, meta.published, meta.language]) {
    h.update(part ?? '\u0000');
    h.update('\u0001');
  }
  return h.digest('hex').slice(0, 32);
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The day interval of a TIMEX3 value when it is a plain calendar date, month or year. */
export function valueInterval(value: string | null | undefined): [string, string] | null {
  if (!value) return null;
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (m) return [value, value];
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) {
    const last = new Date(Date.UTC(Number(m[1]), Number(m[2]), 0)).getUTCDate();
    return [`${value}-01`, `${value}-${String(last).padStart(2, '0')}`];
  }
  m = /^(\d{4})$/.exec(value);
  if (m) return [`${value}-01-01`, `${value}-12-31`];
  return null;
}

/** Statuses of events that have not happened (yet) when the article is published. */
const FUTURE_STATUSES = new Set(['forecast', 'pledged', 'planned']);
/** TIMEX3 values that place a time before or after the publication date but name no day. */
const UNDATED_REFS = new Set(['FUTURE_REF', 'PAST_REF']);

const asString = (v: unknown): string | null => (typeof v === 'string' ? v : null);

/** The day interval of a time (a TIMEX3 of the times layer, or an event's implied time): its
 * from/to days when it has them, else its value read as a calendar date, month or year. */
function timeInterval(t: Record<string, unknown>): [string, string] | null {
  const from = asString(t.from);
  const to = asString(t.to);
  if (from && DAY.test(from)) return [from, to && DAY.test(to) ? to : from];
  if (to && DAY.test(to)) return [to, to];
  return valueInterval(asString(t.value));
}

/**
 * When an event happened, as the store indexes it (the dates /api/events filters on):
 * - its own time expression's interval ('time');
 * - no dates ('undated') when the text places it after or before publication without a day: a
 *   FUTURE_REF or PAST_REF time (its own, or implied by the events stage), or a forecast, pledge or
 *   plan without a time of its own: publication day is when it was said, not when it happens;
 * - else the publication date ('published'), the day a report without a time is taken to be about
 *   (an implied time whose value is a day or PRESENT_REF says the same).
 * `own` is true when `time` is a time expression of the text, false for an implied time.
 */
export function eventDates(time: Record<string, unknown> | undefined, own: boolean, status: string, published: string | null): { from: string | null; to: string | null; basis: DateBasis } {
  const value = time ? asString(time.value) : null;
  if (value && UNDATED_REFS.has(value)) return { from: null, to: null, basis: 'undated' };
  if (own) {
    const dates = timeInterval(time!);
    if (dates) return { from: dates[0], to: dates[1], basis: 'time' };
  }
  if (FUTURE_STATUSES.has(status)) return { from: null, to: null, basis: 'undated' };
  return published ? { from: published, to: published, basis: 'published' } : { from: null, to: null, basis: null };
}
const asNumber = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const asArray = (v: unknown): Record<string, unknown>[] =>
  Array.isArray(v) ? (v.filter((x) => x && typeof x === 'object') as Record<string, unknown>[]) : [];

function spanOf(v: unknown): { start: number; end: number } | null {
  if (!v || typeof v !== 'object') return null;
  const { start, end } = v as { start?: unknown; end?: unknown };
  return typeof start === 'number' && typeof end === 'number' ? { start, end } : null;
}

export class RecordError extends Error {
  override name = 'RecordError';
}

/** Checks the parts of a document the store relies on; throws a RecordError naming the problem. */
export function documentMeta(json: DocumentJson): DocMeta {
  if (!json || typeof json !== 'object') throw new RecordError('not a JSON object');
  if (json.schema !== 'sitrep/1') throw new RecordError(`schema must be "sitrep/1", not ${JSON.stringify(json.schema)}`);
  const d = json.document as Record<string, unknown> | undefined;
  if (!d || typeof d !== 'object') throw new RecordError('no "document" object');
  if (typeof d.id !== 'string' || !d.id) throw new RecordError('document.id must be a non-empty string');
  if (typeof d.text !== 'string') throw new RecordError('document.text must be a string');
  const published = asString(d.published);
  if (published !== null && !DAY.test(published)) throw new RecordError('document.published must be YYYY-MM-DD or null');
  return {
    id: d.id,
    title: asString(d.title),
    source: asString(d.source),
    url: asString(d.url),
    published,
    language: asString(d.language) ?? 'en',
    text: d.text,
  };
}

export function extractRecords(json: DocumentJson): DocumentRecords {
  const meta = documentMeta(json);
  const text = meta.text;
  const slice = (s: { start: number; end: number } | null) => (s ? text.slice(s.start, s.end) : null);

  const entities: EntityRow[] = [];
  const byEntity = new Map<string, EntityRow>();
  for (const e of asArray(json.entities)) {
    const id = asString(e.id);
    if (!id) continue;
    const row: EntityRow = {
      id,
      key: entityKey(e),
      name: asString(e.name) ?? id,
      kind: asString(e.kind) ?? 'group',
      country: asString(e.country),
      sector: asString(e.sector),
      mentions: Array.isArray(e.mentions) ? e.mentions.length : 0,
    };
    entities.push(row);
    byEntity.set(id, row);
  }

  const places: PlaceRow[] = [];
  const byPlace = new Map<string, PlaceRow>();
  for (const p of asArray(json.places)) {
    const id = asString(p.id);
    if (!id) continue;
    const row: PlaceRow = {
      id,
      name: asString(p.name) ?? asString(p.text) ?? id,
      text: asString(p.text) ?? '',
      geonameid: asNumber(p.geonameid),
      feature: asString(p.feature),
      country: asString(p.country),
      admin1: asString(p.admin1),
      lat: asNumber(p.lat),
      lon: asNumber(p.lon),
    };
    places.push(row);
    byPlace.set(id, row);
  }

  const times = new Map<string, Record<string, unknown>>();
  for (const t of asArray(json.times)) if (typeof t.id === 'string') times.set(t.id, t);

  const events: EventRow[] = [];
  for (const v of asArray(json.events)) {
    const id = asString(v.id);
    const type = asString(v.type);
    if (!id || !type) continue;
    const participants: Participant[] = [];
    const add = (ids: unknown, role: ParticipantRole) => {
      for (const eid of Array.isArray(ids) ? ids : [ids]) {
        if (typeof eid !== 'string') continue;
        const ent = byEntity.get(eid);
        participants.push({ entityId: eid, key: ent?.key ?? `unresolved:${eid}`, name: ent?.name ?? eid, kind: ent?.kind ?? null, role });
      }
    };
    add(v.actors, 'actor');
    add(v.recipients, 'recipient');
    if (typeof v.attributedTo === 'string' && byEntity.has(v.attributedTo)) add(v.attributedTo, 'source');
    const placeId = asString(v.place);
    const place = placeId ? byPlace.get(placeId) ?? null : null;
    const timeId = asString(v.time);
    const time = timeId ? times.get(timeId) : undefined;
    const implied = v.time && typeof v.time === 'object' ? (v.time as Record<string, unknown>) : undefined;
    const when = eventDates(time ?? implied, !!time, asString(v.status) ?? 'asserted', meta.published);
    const evidence = spanOf(v.evidence);
    const acled = v.acled && typeof v.acled === 'object' ? (v.acled as Record<string, unknown>) : null;
    const evidenceText = slice(evidence);
    events.push({
      id,
      type,
      mode: asString(v.mode),
      status: asString(v.status) ?? 'asserted',
      confidence: asNumber(v.confidence),
      placeId,
      placeName: place?.name ?? null,
      geonameid: place?.geonameid ?? null,
      feature: place?.feature ?? null,
      country: place?.country ?? null,
      admin1: place?.admin1 ?? null,
      lat: place?.lat ?? null,
      lon: place?.lon ?? null,
      timeId,
      timeText: time ? asString(time.text) : null,
      timeValue: asString((time ?? implied)?.value),
      dateFrom: when.from,
      dateTo: when.to,
      dateBasis: when.basis,
      triggerText: slice(spanOf(v.trigger)),
      evidenceStart: evidence?.start ?? null,
      evidenceEnd: evidence?.end ?? null,
      evidenceText,
      acledType: acled ? asString(acled.event_type) : null,
      acledSubType: acled ? asString(acled.sub_event_type) : null,
      participants,
      searchText: [evidenceText, ...participants.map((p) => p.name), place?.name, type].filter(Boolean).join(' '),
    });
  }

  const claims: ClaimRow[] = [];
  const speaker = (sid: unknown) => {
    const ent = typeof sid === 'string' ? byEntity.get(sid) : undefined;
    return { speakerId: typeof sid === 'string' ? sid : null, speakerKey: ent?.key ?? null, speakerName: ent?.name ?? null };
  };
  // A quote that a claim records (claim.quote, or quote.claim) is indexed once, as the claim: the
  // claim carries the type, status, hedges and deadline the quote lacks.
  const claimed = new Set<string>();
  for (const c of asArray(json.claims)) if (typeof c.quote === 'string') claimed.add(c.quote);
  for (const q of asArray(json.quotes)) {
    const id = asString(q.id);
    const content = spanOf(q.content);
    if (!id || !content || claimed.has(id) || typeof q.claim === 'string') continue;
    claims.push({
      id,
      layer: 'quotes',
      kind: asString(q.kind) ?? 'direct',
      ...speaker(q.speaker),
      contentStart: content.start,
      contentEnd: content.end,
      contentText: text.slice(content.start, content.end),
      cueText: slice(spanOf(q.cue)),
      status: asString(q.status),
      deadline: null,
    });
  }
  // The claims layer is not fixed by the contract yet: read what a statement record plausibly
  // carries (an id, a kind or type, a content span or text, a speaker, a time or deadline).
  for (const c of asArray(json.claims)) {
    const id = asString(c.id);
    if (!id) continue;
    const content = spanOf(c.content) ?? spanOf(c);
    const contentText = content ? text.slice(content.start, content.end) : asString(c.text) ?? asString(c.content);
    if (!contentText) continue;
    const timeRef = asString(c.deadline) ?? asString(c.time);
    let deadline: string | null = null;
    if (timeRef && DAY.test(timeRef)) deadline = timeRef;
    else if (timeRef) {
      // The end of the time named; "as soon as possible" (FUTURE_REF) names no deadline.
      const t = times.get(timeRef);
      if (t && !UNDATED_REFS.has(asString(t.value) ?? '')) deadline = timeInterval(t)?.[1] ?? null;
    }
    claims.push({
      id,
      layer: 'claims',
      kind: asString(c.kind) ?? asString(c.type) ?? 'claim',
      ...speaker(c.speaker ?? c.source),
      contentStart: content?.start ?? null,
      contentEnd: content?.end ?? null,
      contentText,
      cueText: slice(spanOf(c.cue)),
      status: asString(c.status),
      deadline,
    });
  }

  const layerCounts: Record<string, number> = {};
  for (const [name, value] of Object.entries(json)) if (Array.isArray(value)) layerCounts[name] = value.length;
  return { meta, entities, places, events, claims, layerCounts };
}

/** Counts of framing techniques in a document, and its own `framing` profile when it has one. */
export function framingProfile(json: DocumentJson): { techniques: Record<string, number>; profile: unknown } {
  const techniques: Record<string, number> = {};
  for (const f of asArray(json.frames)) {
    const t = asString(f.technique);
    // Technique names are SemEval's, some with a comma inside ("Name_Calling,Labeling"): kept whole.
    if (t) techniques[t] = (techniques[t] ?? 0) + 1;
  }
  return { techniques, profile: json.framing ?? null };
}
