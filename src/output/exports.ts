/**
 * @module Event exports for the tools analysts already use: CSV (one row per event, ACLED-like
 * columns plus sitrep's provenance), GeoJSON (events with coordinates), PLOVER JSON records, and brat
 * stand-off files an annotator can open and correct. Each works on one contract document at a time, so
 * a batch streams.
 */
import type { Entity, Place, SitrepEvent, Timex } from '../model/layers.js';
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
  const ent = new Map(entities.map((e) => [e.id, e]));
  const place = new Map(places.map((p) => [p.id, p]));
  const time = new Map(times.map((t) => [t.id, t]));
  return { text, entities, places, times, events, ent, place, time };
}

/** The day an event happened, as precisely as the text gives it, and its interval. */
function eventDate(e: Ev, time: Map<string, Timex>): { date: string; from: string; to: string; source: string } {
  const t = typeof e.time === 'string' ? time.get(e.time) : e.time;
  if (!t) return { date: '', from: '', to: '', source: '' };
  const from = t.from ?? '';
  const to = t.to ?? '';
  const date = /^\d{4}-\d{2}-\d{2}/.test(t.value) ? t.value.slice(0, 10) : from && from === to ? from : t.value;
  return { date, from, to, source: typeof e.time === 'string' ? 'text' : 'published' };
}

// ------------------------------------------------------------------------------------------ CSV

export const CSV_COLUMNS = [
  'event_id', 'document_id', 'source', 'url', 'published', 'event_date', 'date_from', 'date_to', 'date_source',
  'event_type', 'sub_event_type', 'plover_type', 'plover_mode', 'cameo', 'status', 'attributed_to',
  'actor1', 'assoc_actor_1', 'actor2', 'actor1_country', 'actor1_sector', 'actor2_country', 'actor2_sector',
  'country', 'admin1', 'location', 'geonameid', 'latitude', 'longitude', 'geo_precision',
  'fatalities', 'injuries', 'confidence', 'trigger', 'trigger_start', 'trigger_end', 'evidence_start', 'evidence_end', 'notes',
] as const;

function csvCell(v: unknown): string {
  if (v === null || v === undefined) return '';
  const s = String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvHeader(): string {
  return `${CSV_COLUMNS.join(',')}\n`;
}

/** One CSV row per event of the document (none for a document without events). */
export function csvRows(doc: DocumentJson): string {
  const { text, events, ent, place, time } = parts(doc);
  const d = doc.document as { id: string; source: string | null; url: string | null; published: string | null };
  const rows: string[] = [];
  for (const e of events) {
    const a1 = ent.get(e.actors[0] ?? '');
    const a2 = ent.get(e.recipients[0] ?? '');
    const p = e.place ? place.get(e.place) : undefined;
    const date = eventDate(e, time);
    const row: Record<(typeof CSV_COLUMNS)[number], unknown> = {
      event_id: `${d.id}:${e.id}`,
      document_id: d.id,
      source: d.source,
      url: d.url,
      published: d.published,
      event_date: date.date,
      date_from: date.from,
      date_to: date.to,
      date_source: date.source,
      event_type: e.acled?.event_type ?? '',
      sub_event_type: e.acled?.sub_event_type ?? '',
      plover_type: e.type,
      plover_mode: e.mode ?? '',
      cameo: e.cameo ?? '',
      status: e.status,
      attributed_to: e.attributedTo ? ent.get(e.attributedTo)?.name ?? e.attributedTo : '',
      actor1: e.acled?.actor1 ?? a1?.name ?? '',
      assoc_actor_1: [...e.actors.slice(1), ...(e.allies ?? [])].map((x) => ent.get(x)?.name ?? x).join('; '),
      actor2: e.acled?.actor2 ?? a2?.name ?? '',
      actor1_country: a1?.country ?? '',
      actor1_sector: a1?.sector ?? '',
      actor2_country: a2?.country ?? '',
      actor2_sector: a2?.sector ?? '',
      country: p?.country ?? '',
      admin1: p?.admin1 ?? '',
      location: p?.name ?? '',
      geonameid: p?.geonameid ?? '',
      latitude: p?.lat ?? '',
      longitude: p?.lon ?? '',
      geo_precision: e.placePrecision ?? '',
      fatalities: e.casualties?.killed ?? '',
      injuries: e.casualties?.injured ?? '',
      confidence: e.confidence,
      trigger: text.slice(e.trigger.start, e.trigger.end),
      trigger_start: e.trigger.start,
      trigger_end: e.trigger.end,
      evidence_start: e.evidence.start,
      evidence_end: e.evidence.end,
      notes: text.slice(e.evidence.start, e.evidence.end).replace(/\s+/g, ' '),
    };
    rows.push(CSV_COLUMNS.map((c) => csvCell(row[c])).join(','));
  }
  return rows.length ? `${rows.join('\n')}\n` : '';
}

// -------------------------------------------------------------------------------------- GeoJSON

/** GeoJSON features of the document's events that have a place with coordinates. */
export function geojsonFeatures(doc: DocumentJson): object[] {
  const { text, events, ent, place, time } = parts(doc);
  const d = doc.document as { id: string; url: string | null; source: string | null };
  const out: object[] = [];
  for (const e of events) {
    const p = e.place ? place.get(e.place) : undefined;
    if (!p || p.lat === null || p.lon === null) continue;
    const date = eventDate(e, time);
    out.push({
      type: 'Feature',
      id: `${d.id}:${e.id}`,
      geometry: { type: 'Point', coordinates: [p.lon, p.lat] },
      properties: {
        document: d.id,
        source: d.source,
        url: d.url,
        event: e.id,
        plover: e.type,
        mode: e.mode,
        acled: e.acled,
        status: e.status,
        date: date.date,
        actors: e.actors.map((a) => ent.get(a)?.name ?? a),
        recipients: e.recipients.map((a) => ent.get(a)?.name ?? a),
        place: p.name,
        feature: p.feature,
        precision: e.placePrecision ?? null,
        fatalities: e.casualties?.killed ?? null,
        confidence: e.confidence,
        evidence: text.slice(e.evidence.start, e.evidence.end),
      },
    });
  }
  return out;
}

// ---------------------------------------------------------------------------------------- PLOVER

/** PLOVER event records (the OEDA layout: event, mode, source and target actors with code and
 * sector, event text, location), one per event. */
export function ploverRecords(doc: DocumentJson): object[] {
  const { text, events, ent, place, time } = parts(doc);
  const d = doc.document as { id: string; url: string | null; source: string | null; published: string | null };
  const actor = (id: string) => {
    const e = ent.get(id);
    return e ? { actorText: e.name, code: e.country, sector: e.sector, kind: e.kind, entity: id } : { actorText: id };
  };
  return events.map((e) => {
    const p = e.place ? place.get(e.place) : undefined;
    const date = eventDate(e, time);
    return {
      id: `${d.id}-${e.id}`,
      date: date.date || d.published,
      event: e.type,
      mode: e.mode ?? '',
      context: e.acled ? e.acled.sub_event_type : '',
      source: e.actors.map(actor),
      target: e.recipients.map(actor),
      eventText: text.slice(e.trigger.start, e.trigger.end),
      text: text.slice(e.evidence.start, e.evidence.end),
      eventLoc: p ? { placeName: p.name, lat: p.lat, lon: p.lon, geonameid: p.geonameid, country: p.country, admin1: p.admin1 } : null,
      dead: e.casualties?.killed ?? null,
      injured: e.casualties?.injured ?? null,
      status: e.status,
      cameo: e.cameo ?? null,
      confidence: e.confidence,
      publication: d.source,
      url: d.url,
      coder: 'sitrep',
    };
  });
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
