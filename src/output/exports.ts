/**
 * @module Event exports for the tools analysts already use: CSV (one row per event, ACLED-like
 * columns plus sitrep's provenance), GeoJSON (events with coordinates), PLOVER JSON records, and brat
 * stand-off files an annotator can open and correct. Each works on one contract document at a time, so
 * a batch streams.
 *
 * CSV and GeoJSON are one table: `EVENT_COLUMNS` names each column once, over `EventExport` (one
 * event, flattened by `eventExports`). `sitrep analyze --format csv|geojson` and the API's
 * `/api/export/events.csv|geojson` both write it; the store keeps each event's `EventExport` so the
 * API writes the rows the command line would.
 */
import type { Entity, Place, SitrepEvent, Timex } from '../model/layers.js';
import { extractRecords, type DateBasis, type DocumentRecords } from '../store/records.js';
import type { DocumentJson } from './json.js';

/** An event as the JSON carries it (its time may be the publication date as an object). */
type Ev = SitrepEvent & {
  cameo?: string | null;
  allies?: string[];
  casualties?: { killed: number | null; injured: number | null };
  placePrecision?: string;
};

function parts(doc: DocumentJson) {
  const text = (doc.document as { text: string }).text;
  const entities = (doc.entities ?? []) as Entity[];
  const places = (doc.places ?? []) as Place[];
  const times = (doc.times ?? []) as Timex[];
  const events = (doc.events ?? []) as Ev[];
  return { text, entities, places, times, events };
}

// ------------------------------------------------------------------------------ one event, flat

export interface ExportActor {
  id: string;
  name: string;
  kind: string | null;
  country: string | null;
  sector: string | null;
}

/** One event as the CSV and GeoJSON exports write it: names resolved, dates as the store indexes
 * them (`eventDates`), spans with their text. */
export interface EventExport {
  docId: string;
  id: string;
  type: string;
  mode: string | null;
  status: string;
  cameo: string | null;
  acled: { event_type: string; sub_event_type: string | null; actor1: string | null; actor2: string | null } | null;
  /** The day it happened, else the time's value as precisely as the text gives it ("2018", "2014-09"). */
  date: string | null;
  dateFrom: string | null;
  dateTo: string | null;
  dateBasis: DateBasis;
  actors: ExportActor[];
  recipients: ExportActor[];
  allies: string[];
  attributedTo: string | null;
  place: { name: string; geonameid: number | null; feature: string | null; country: string | null; admin1: string | null; lat: number | null; lon: number | null; precision: string | null } | null;
  killed: number | null;
  injured: number | null;
  confidence: number | null;
  trigger: { start: number | null; end: number | null; text: string | null };
  evidence: { start: number | null; end: number | null; text: string | null };
  document: { source: string | null; published: string | null; url: string | null };
}

/** An exported event with the merge group it belongs to, when it comes from a store. */
export type ExportRow = EventExport & { group?: { id: number; sources: number } | null };

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);

/** The document's events, flattened for export (`records`: its store rows, when already extracted). */
export function eventExports(doc: DocumentJson, records: DocumentRecords = extractRecords(doc)): EventExport[] {
  const { meta } = records;
  const raw = new Map<string, Partial<Ev>>();
  for (const e of (Array.isArray(doc.events) ? doc.events : []) as Partial<Ev>[]) if (e && typeof e.id === 'string' && !raw.has(e.id)) raw.set(e.id, e);
  const entities = new Map(records.entities.map((e) => [e.id, e]));
  const places = new Map(records.places.map((p) => [p.id, p]));
  const actor = (id: string): ExportActor => {
    const e = entities.get(id);
    return { id, name: e?.name ?? id, kind: e?.kind ?? null, country: e?.country ?? null, sector: e?.sector ?? null };
  };
  return records.events.map((v) => {
    const e = raw.get(v.id) ?? {};
    const role = (r: string) => v.participants.filter((p) => p.role === r).map((p) => actor(p.entityId));
    const p = v.placeId ? places.get(v.placeId) : undefined;
    const acled = e.acled && typeof e.acled === 'object' ? e.acled : null;
    const span = (s: unknown) => (s && typeof s === 'object' ? s as { start?: unknown; end?: unknown } : {});
    return {
      docId: meta.id,
      id: v.id,
      type: v.type,
      mode: v.mode,
      status: v.status,
      cameo: str(e.cameo),
      acled: v.acledType ? { event_type: v.acledType, sub_event_type: v.acledSubType, actor1: str(acled?.actor1), actor2: str(acled?.actor2) } : null,
      date: v.dateFrom && v.dateFrom === v.dateTo ? v.dateFrom : v.dateBasis === 'time' ? v.timeValue : null,
      dateFrom: v.dateFrom,
      dateTo: v.dateTo,
      dateBasis: v.dateBasis,
      actors: role('actor'),
      recipients: role('recipient'),
      allies: (Array.isArray(e.allies) ? e.allies : []).filter((x): x is string => typeof x === 'string').map((x) => actor(x).name),
      attributedTo: typeof e.attributedTo === 'string' ? actor(e.attributedTo).name : null,
      place: p ? { name: p.name, geonameid: p.geonameid, feature: p.feature, country: p.country, admin1: p.admin1, lat: p.lat, lon: p.lon, precision: str(e.placePrecision) } : null,
      killed: num(e.casualties?.killed),
      injured: num(e.casualties?.injured),
      confidence: v.confidence,
      trigger: { start: num(span(e.trigger).start), end: num(span(e.trigger).end), text: v.triggerText },
      evidence: { start: v.evidenceStart, end: v.evidenceEnd, text: v.evidenceText },
      document: { source: meta.source, published: meta.published, url: meta.url },
    };
  });
}

// --------------------------------------------------------------------------- CSV and GeoJSON

type Value = string | number | null | undefined | readonly string[];
const names = (list: readonly ExportActor[]) => list.map((a) => a.name);

type ColumnSpec = { name: string; value: (e: ExportRow) => Value } | { name: string; same: string };

/**
 * The columns of the CSV export and the properties of the GeoJSON export, defined once. They are
 * the union of the two sets sitrep had (the API's and the command line's ACLED-like one), so
 * scripts written against either keep working; a column that carries the same value as another
 * under a second name says so (`same`), and GeoJSON leaves it out. Lists are joined with "; " in
 * CSV and stay arrays in GeoJSON.
 */
const COLUMN_SPECS: readonly ColumnSpec[] = [
  { name: 'doc_id', value: (e) => e.docId },
  { name: 'event_id', value: (e) => `${e.docId}:${e.id}` }, // unique in a file of many documents
  { name: 'type', value: (e) => e.type }, // PLOVER
  { name: 'mode', value: (e) => e.mode },
  { name: 'status', value: (e) => e.status },
  { name: 'date_from', value: (e) => e.dateFrom },
  { name: 'date_to', value: (e) => e.dateTo },
  { name: 'date_basis', value: (e) => e.dateBasis }, // time | published | undated
  { name: 'actors', value: (e) => names(e.actors) },
  { name: 'recipients', value: (e) => names(e.recipients) },
  { name: 'source_of_claim', value: (e) => e.attributedTo },
  { name: 'place', value: (e) => e.place?.name },
  { name: 'geonameid', value: (e) => e.place?.geonameid },
  { name: 'country', value: (e) => e.place?.country },
  { name: 'lat', value: (e) => e.place?.lat },
  { name: 'lon', value: (e) => e.place?.lon },
  { name: 'acled_event_type', value: (e) => e.acled?.event_type },
  { name: 'acled_sub_event_type', value: (e) => e.acled?.sub_event_type },
  { name: 'confidence', value: (e) => e.confidence },
  { name: 'group_id', value: (e) => e.group?.id }, // the merge group (store exports only)
  { name: 'group_sources', value: (e) => e.group?.sources },
  { name: 'evidence_start', value: (e) => e.evidence.start },
  { name: 'evidence_end', value: (e) => e.evidence.end },
  { name: 'evidence', value: (e) => e.evidence.text },
  { name: 'outlet', value: (e) => e.document.source },
  { name: 'published', value: (e) => e.document.published },
  { name: 'url', value: (e) => e.document.url },
  { name: 'document_id', same: 'doc_id' },
  { name: 'source', same: 'outlet' },
  { name: 'event_date', value: (e) => e.date },
  { name: 'date_source', value: (e) => (e.dateBasis === 'time' ? 'text' : e.dateBasis) }, // text | published | undated
  { name: 'event_type', same: 'acled_event_type' },
  { name: 'sub_event_type', same: 'acled_sub_event_type' },
  { name: 'plover_type', same: 'type' },
  { name: 'plover_mode', same: 'mode' },
  { name: 'cameo', value: (e) => e.cameo },
  { name: 'attributed_to', same: 'source_of_claim' },
  { name: 'actor1', value: (e) => e.acled?.actor1 ?? e.actors[0]?.name },
  { name: 'assoc_actor_1', value: (e) => [...names(e.actors.slice(1)), ...e.allies] },
  { name: 'actor2', value: (e) => e.acled?.actor2 ?? e.recipients[0]?.name },
  { name: 'actor1_country', value: (e) => e.actors[0]?.country },
  { name: 'actor1_sector', value: (e) => e.actors[0]?.sector },
  { name: 'actor2_country', value: (e) => e.recipients[0]?.country },
  { name: 'actor2_sector', value: (e) => e.recipients[0]?.sector },
  { name: 'admin1', value: (e) => e.place?.admin1 },
  { name: 'location', same: 'place' },
  { name: 'feature', value: (e) => e.place?.feature }, // GeoNames feature code (PCLI, ADM1, PPL, …)
  { name: 'latitude', same: 'lat' },
  { name: 'longitude', same: 'lon' },
  { name: 'geo_precision', value: (e) => e.place?.precision },
  { name: 'fatalities', value: (e) => e.killed },
  { name: 'injuries', value: (e) => e.injured },
  { name: 'trigger', value: (e) => e.trigger.text },
  { name: 'trigger_start', value: (e) => e.trigger.start },
  { name: 'trigger_end', value: (e) => e.trigger.end },
  { name: 'notes', value: (e) => e.evidence.text?.replace(/\s+/g, ' ') },
];

export interface EventColumn {
  name: string;
  value: (e: ExportRow) => Value;
  /** The column this one repeats under another name. */
  same?: string;
}

export const EVENT_COLUMNS: readonly EventColumn[] = COLUMN_SPECS.map((c) => {
  if ('value' in c) return c;
  const twin = COLUMN_SPECS.find((t) => t.name === c.same && 'value' in t) as { value: EventColumn['value'] };
  return { name: c.name, value: twin.value, same: c.same };
});

/** The column names, in order (the CSV header). */
export const CSV_COLUMNS: readonly string[] = EVENT_COLUMNS.map((c) => c.name);

/** One CSV cell: quoted when it holds a comma, quote or line break; a text that a spreadsheet would
 * run as a formula (starting with = + - @, a tab or a carriage return) is prefixed with '. */
export function csvCell(v: Value): string {
  if (v === null || v === undefined) return '';
  let s = typeof v === 'string' || typeof v === 'number' ? String(v) : v.join('; ');
  if (typeof v !== 'number' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvHeader(): string {
  return `${CSV_COLUMNS.join(',')}\n`;
}

export function csvRow(e: ExportRow): string {
  return EVENT_COLUMNS.map((c) => csvCell(c.value(e))).join(',');
}

/** One CSV row per event of the document (none for a document without events). */
export function csvRows(doc: DocumentJson): string {
  const rows = eventExports(doc).map(csvRow);
  return rows.length ? `${rows.join('\n')}\n` : '';
}

/** The GeoJSON properties: every column but those repeating another under a second name. */
export const GEOJSON_PROPERTIES: readonly EventColumn[] = EVENT_COLUMNS.filter((c) => !c.same);

/** A GeoJSON point feature with the columns as properties; null for an event without coordinates. */
export function geoFeature(e: ExportRow): Record<string, unknown> | null {
  if (e.place?.lat == null || e.place?.lon == null) return null;
  const properties: Record<string, unknown> = {};
  for (const c of GEOJSON_PROPERTIES) properties[c.name] = c.value(e) ?? null;
  return { type: 'Feature', id: `${e.docId}:${e.id}`, geometry: { type: 'Point', coordinates: [e.place.lon, e.place.lat] }, properties };
}

/** GeoJSON features of the document's events that have a place with coordinates. */
export function geojsonFeatures(doc: DocumentJson): object[] {
  return eventExports(doc).map(geoFeature).filter((f) => f !== null);
}

// ---------------------------------------------------------------------------------------- PLOVER

/** PLOVER event records (the OEDA layout: event, mode, source and target actors with code and
 * sector, event text, location), one per event. */
export function ploverRecords(doc: DocumentJson): object[] {
  const actor = (a: ExportActor) => (a.kind ? { actorText: a.name, code: a.country, sector: a.sector, kind: a.kind, entity: a.id } : { actorText: a.id });
  return eventExports(doc).map((e) => ({
    id: `${e.docId}-${e.id}`,
    date: e.date || e.document.published,
    event: e.type,
    mode: e.mode ?? '',
    context: e.acled ? e.acled.sub_event_type : '',
    source: e.actors.map(actor),
    target: e.recipients.map(actor),
    eventText: e.trigger.text,
    text: e.evidence.text,
    eventLoc: e.place ? { placeName: e.place.name, lat: e.place.lat, lon: e.place.lon, geonameid: e.place.geonameid, country: e.place.country, admin1: e.place.admin1 } : null,
    dead: e.killed,
    injured: e.injured,
    status: e.status,
    cameo: e.cameo,
    confidence: e.confidence,
    publication: e.document.source,
    url: e.document.url,
    coder: 'sitrep',
  }));
}

// ------------------------------------------------------------------------------------------ brat

/** UTF-16 offset → code-point offset in `text`: brat counts code points (Python string indices),
 * sitrep UTF-16 code units, and the two part after any character outside the BMP (emoji, some CJK).
 * The table is built once per document; a text without such characters needs none. */
export function codePointOffsets(text: string): (offset: number) => number {
  if (!/[\uD800-\uDBFF][\uDC00-\uDFFF]/.test(text)) return (offset) => offset;
  const table = new Uint32Array(text.length + 1);
  const high = (i: number) => i >= 0 && (text.charCodeAt(i) & 0xfc00) === 0xd800;
  const low = (i: number) => (text.charCodeAt(i) & 0xfc00) === 0xdc00;
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    // The low half of a pair belongs to the code point its high half started.
    if (low(i) && high(i - 1)) table[i] = cp - 1;
    else table[i] = cp++;
  }
  table[text.length] = cp;
  return (offset) => table[offset];
}

/** brat stand-off annotation (.ann) of a document: entity mentions, places, times and event
 * triggers as text-bound annotations, events with their Actor/Recipient/Place/Time arguments, and the
 * status as an attribute. The matching .txt is `document.text` itself. */
export function bratAnnotation(doc: DocumentJson): string {
  const { text, entities, places, times, events } = parts(doc);
  const at = codePointOffsets(text);
  const lines: string[] = [];
  let t = 0;
  const tOf = new Map<string, string>();
  const bound = (type: string, start: number, end: number): string => {
    const key = `${type}:${start}:${end}`;
    const existing = tOf.get(key);
    if (existing) return existing;
    const id = `T${++t}`;
    tOf.set(key, id);
    lines.push(`${id}\t${type} ${at(start)} ${at(end)}\t${text.slice(start, end).replace(/\s+/g, ' ')}`);
    return id;
  };
  const firstMention = new Map<string, string>();
  const bratType = (kind: string) => kind.replace(/[^A-Za-z_]/g, '_').replace(/^./, (c) => c.toUpperCase());
  for (const e of entities) {
    for (const m of e.mentions) {
      const id = bound(bratType(e.kind), m.start, m.end);
      if (!firstMention.has(e.id)) firstMention.set(e.id, id);
    }
  }
  const placeT = new Map(places.map((p) => [p.id, bound('Place', p.start, p.end)]));
  const timeT = new Map(times.map((x) => [x.id, bound('Time', x.start, x.end)]));
  let a = 0;
  let n = 0;
  events.forEach((e, k) => {
    const trig = bound(e.type.charAt(0) + e.type.slice(1).toLowerCase(), e.trigger.start, e.trigger.end);
    const args = [`${e.type.charAt(0) + e.type.slice(1).toLowerCase()}:${trig}`];
    e.actors.forEach((x, i) => firstMention.has(x) && args.push(`Actor${i ? i + 1 : ''}:${firstMention.get(x)}`));
    e.recipients.forEach((x, i) => firstMention.has(x) && args.push(`Recipient${i ? i + 1 : ''}:${firstMention.get(x)}`));
    if (e.place && placeT.has(e.place)) args.push(`Place:${placeT.get(e.place)}`);
    if (typeof e.time === 'string' && timeT.has(e.time)) args.push(`Time:${timeT.get(e.time)}`);
    lines.push(`E${k + 1}\t${args.join(' ')}`);
    lines.push(`A${++a}\tStatus E${k + 1} ${e.status}`);
    if (e.mode) lines.push(`A${++a}\tMode E${k + 1} ${e.mode}`);
    lines.push(`#${++n}\tAnnotatorNotes E${k + 1}\tconfidence ${e.confidence}${e.acled ? `; ACLED ${e.acled.event_type} / ${e.acled.sub_event_type}` : ''}`);
  });
  return `${lines.join('\n')}\n`;
}

/** brat's annotation.conf for the annotations above, so the files open with their types declared. */
export const BRAT_CONF = `[entities]
Person
Country
Government
Military
Police
Armed_group
Militia
Coalition
Operation
Igo
Ngo
Organization
Party
Media
Population
Group
Place
Time

[relations]

[events]
${['Agree', 'Consult', 'Support', 'Concede', 'Cooperate', 'Aid', 'Retreat', 'Request', 'Accuse', 'Reject', 'Threaten', 'Protest', 'Sanction', 'Mobilize', 'Coerce', 'Assault']
  .map((e) => `${e}\tActor*:<ENTITY>, Recipient*:<ENTITY>, Place?:Place, Time?:Time`)
  .join('\n')}

[attributes]
Status\tArg:<EVENT>, Value:asserted|reported|alleged|forecast|pledged|planned|negated|hypothetical
Mode\tArg:<EVENT>, Value:aerial|drone|heavy-weapons|explosives|suicide-attack|firearms|beat|torture|sexual|chemical|abduct|seize|arrest|deport|curfew|ban|censor|destroy|expel|disrupt|disperse|demonstrate|strike|hunger-strike|boycott|riot|withdraw|surrender|disarm|release|ceasefire|meet|negotiate|visit|phone|mediate|recognize|apologize|military|intelligence|humanitarian|economic|allege|disapprove|investigate|legal|deny|diplomatic|police|base|defect|victory-claim|ease|resign
`;
