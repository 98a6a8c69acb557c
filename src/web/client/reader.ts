/**
 * @module The article reader: the text with every layer highlighted (actors, places, times, quotes,
 * frames, events), a toggle per layer, and a panel showing what a clicked span resolved to. The
 * document's located events are on a map beside it; clicking an event shows it there.
 */
import { api, type EventRecord, type StoredDocument } from './api.js';
import { badge, dateRange, h, link } from './dom.js';
import { entityKey } from '../../store/keys.js';
import { eventMap, participants, type EventMap } from './map.js';

export const LAYERS = [
  { name: 'actors', label: 'Actors' },
  { name: 'places', label: 'Places' },
  { name: 'times', label: 'Times' },
  { name: 'quotes', label: 'Quotes & claims' },
  { name: 'frames', label: 'Frames' },
  { name: 'events', label: 'Events' },
] as const;
type LayerName = (typeof LAYERS)[number]['name'];

interface Mark {
  start: number;
  end: number;
  layer: LayerName;
  /** Key into the details table. */
  ref: string;
  /** Short hover text. */
  title: string;
}

/** Every span of every layer, as marks. */
function marks(doc: StoredDocument): Mark[] {
  const out: Mark[] = [];
  for (const e of doc.entities ?? []) {
    for (const m of e.mentions) out.push({ start: m.start, end: m.end, layer: 'actors', ref: `entity:${e.id}`, title: `${e.name} (${e.kind}${e.country ? `, ${e.country}` : ''})` });
  }
  for (const p of doc.places ?? []) out.push({ start: p.start, end: p.end, layer: 'places', ref: `place:${p.id}`, title: `${p.name} (${p.feature}${p.country ? `, ${p.country}` : ''})` });
  for (const t of doc.times ?? []) out.push({ start: t.start, end: t.end, layer: 'times', ref: `time:${t.id}`, title: `${t.value}${t.mod ? ` ${t.mod}` : ''}${t.from ? ` = ${dateRange(t.from, t.to ?? null)}` : ''}` });
  const claimed = new Set((doc.claims ?? []).map((c) => c.quote).filter(Boolean));
  for (const q of doc.quotes ?? []) {
    if (!claimed.has(q.id) && !q.claim) out.push({ start: q.content.start, end: q.content.end, layer: 'quotes', ref: `quote:${q.id}`, title: `${q.kind} quote` });
  }
  for (const c of doc.claims ?? []) out.push({ start: c.content.start, end: c.content.end, layer: 'quotes', ref: `claim:${c.id}`, title: `${c.type} (${c.status})` });
  // A frame is highlighted at the words that carry it; its clause is shown when it is clicked.
  doc.frames?.forEach((f, i) => out.push({ start: (f.cue ?? f).start, end: (f.cue ?? f).end, layer: 'frames', ref: `frame:${i}`, title: f.technique.replace(/_/g, ' ') }));
  for (const v of doc.events ?? []) out.push({ start: v.trigger.start, end: v.trigger.end, layer: 'events', ref: `event:${v.id}`, title: `${v.type} · ${v.status}` });
  return out.filter((m) => m.end > m.start);
}

/** The text cut at every mark boundary; each piece carries the marks covering it. */
function segments(text: string, list: Mark[]): { start: number; end: number; marks: Mark[] }[] {
  const cuts = new Set<number>([0, text.length]);
  for (const m of list) {
    cuts.add(m.start);
    cuts.add(m.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const byStart = [...list].sort((a, b) => a.start - b.start);
  const open: Mark[] = [];
  const out: { start: number; end: number; marks: Mark[] }[] = [];
  let k = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const [s, e] = [points[i], points[i + 1]];
    while (k < byStart.length && byStart[k].start <= s) open.push(byStart[k++]);
    for (let j = open.length - 1; j >= 0; j--) if (open[j].end <= s) open.splice(j, 1);
    out.push({ start: s, end: e, marks: open.filter((m) => m.start <= s && m.end >= e) });
  }
  return out;
}

export async function readerView(root: HTMLElement, id: string, params: URLSearchParams): Promise<void> {
  const doc = await api<StoredDocument>(`documents/${encodeURIComponent(id)}`);
  const events = (await api<{ items: EventRecord[] }>('events', { doc: id, limit: 1000 })).items;
  const d = doc.document;
  const list = marks(doc);
  const textEl = h('div', { class: 'doc-text', id: 'doc-text' });
  for (const seg of segments(d.text, list)) {
    const piece = d.text.slice(seg.start, seg.end);
    if (!seg.marks.length) {
      textEl.append(piece);
      continue;
    }
    const layers = [...new Set(seg.marks.map((m) => m.layer))];
    textEl.append(
      h('span', {
        class: `mark ${layers.map((l) => `l-${l}`).join(' ')}`,
        'data-refs': seg.marks.map((m) => m.ref).join(' '),
        title: seg.marks.map((m) => `${m.layer}: ${m.title}`).join('\n'),
      }, piece),
    );
  }
  const toggles = h('div', { class: 'toggles', role: 'group', 'aria-label': 'Layers' },
    LAYERS.map((l) => {
      const count = list.filter((m) => m.layer === l.name).length;
      const input = h('input', { type: 'checkbox', checked: true, 'data-layer': l.name, id: `toggle-${l.name}` });
      input.addEventListener('change', () => textEl.classList.toggle(`hide-${l.name}`, !input.checked));
      return h('label', { class: `toggle t-${l.name}` }, input, ` ${l.label} `, h('span', { class: 'count' }, String(count)));
    }),
  );
  const details = h('div', { class: 'details', id: 'details' }, h('p', { class: 'hint' }, 'Click a highlighted span to see what it resolved to.'));
  const mapEl = h('div', { class: 'map map-small', id: 'doc-map' });
  const eventList = h('ol', { class: 'event-list', id: 'event-list' });
  const sources = [d.source, d.published, d.url ? link(d.url, 'original', { rel: 'noreferrer' }) : null].filter(Boolean);
  root.append(
    h('div', { class: 'reader' },
      h('article', {},
        h('h2', {}, d.title ?? d.id),
        h('p', { class: 'meta' }, ...sources.flatMap((s, i) => (i ? [' · ', s] : [s]))),
        toggles,
        textEl,
      ),
      h('aside', {},
        h('h3', {}, 'Details'), details,
        h('h3', {}, `Events (${(doc.events ?? []).length})`), eventList,
        h('h3', {}, 'Map'), mapEl,
      ),
    ),
  );
  let map: EventMap | null = null;
  const byId = new Map(events.map((e) => [e.id, e]));
  const showEvent = (eventId: string) => {
    const rec = byId.get(eventId);
    for (const el of textEl.querySelectorAll('.focus')) el.classList.remove('focus');
    for (const el of textEl.querySelectorAll<HTMLElement>('.mark')) if (el.dataset.refs?.split(' ').includes(`event:${eventId}`)) el.classList.add('focus');
    textEl.querySelector('.focus')?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    for (const li of eventList.querySelectorAll('li')) li.classList.toggle('selected', li.dataset.id === eventId);
    showDetails([`event:${eventId}`]);
    const onMap = rec && map ? map.focus(rec.docId, rec.id) : false;
    mapEl.classList.toggle('no-location', !onMap);
  };
  for (const v of doc.events ?? []) {
    const rec = byId.get(v.id);
    eventList.append(
      h('li', { 'data-id': v.id, class: 'event-item', onclick: () => showEvent(v.id) },
        badge(v.type, 'type'), ' ', badge(v.status), ' ',
        rec ? participants(rec) : '', rec?.place?.name ? ` @ ${rec.place.name}` : '',
      ),
    );
  }
  const showDetails = (refs: string[]) => {
    details.replaceChildren(...refs.map((ref) => describe(doc, ref, byId)));
  };
  textEl.addEventListener('click', (ev) => {
    const target = (ev.target as HTMLElement).closest<HTMLElement>('.mark');
    if (!target?.dataset.refs) return;
    const visible = target.dataset.refs.split(' ').filter((r) => !textEl.classList.contains(`hide-${layerOf(r)}`));
    showDetails(visible);
    const event = visible.find((r) => r.startsWith('event:'));
    if (event) showEvent(event.slice(6));
  });
  map = await eventMap(mapEl, events, (e) => showEvent(e.id));
  const focus = params.get('focus');
  if (focus) showEvent(focus);
}

/** An event's time as the card says it: its time expression, the publication day, or no day at all. */
function when(implied: unknown, time: { text: string } | undefined, rec: EventRecord | undefined): string {
  if (rec?.dateBasis === 'undated') {
    const value = (implied as { value?: string } | null)?.value ?? rec.time?.value;
    // Undated is a FUTURE_REF or PAST_REF time, or a forecast, pledge or plan without a time.
    return `${time ? `“${time.text}”: ` : ''}no day given (${value === 'PAST_REF' ? 'before' : 'after'} publication)`;
  }
  if (time) return `“${time.text}” = ${dateRange(rec?.dateFrom ?? null, rec?.dateTo ?? null)}`;
  return rec?.dateFrom ? `${rec.dateFrom} (publication date)` : '—';
}

const LAYER_OF: Record<string, LayerName> = { entity: 'actors', place: 'places', time: 'times', quote: 'quotes', claim: 'quotes', frame: 'frames', event: 'events' };
const layerOf = (ref: string) => LAYER_OF[ref.split(':')[0]];

function describe(doc: StoredDocument, ref: string, events: Map<string, EventRecord>): HTMLElement {
  const [kind, id] = ref.split(/:(.*)/s);
  const entity = (eid: string | null) => doc.entities?.find((e) => e.id === eid);
  const card = (title: string, ...rows: (Node | string | null)[]) => h('div', { class: `card card-${kind}` }, h('h4', {}, title), ...rows.filter(Boolean).map((r) => h('div', {}, r!)));
  if (kind === 'entity') {
    const e = entity(id);
    if (!e) return card('entity');
    const key = entityKey(e);
    return card(`Actor: ${e.name}`, `${e.kind}${e.country ? ` · ${e.country}` : ''}${e.sector ? ` · ${e.sector}` : ''}${e.role ? ` · ${e.role}` : ''}`,
      `Mentions: ${[...new Set(e.mentions.map((m) => m.text))].join(' · ')}`,
      link(`#/actor/${encodeURIComponent(key)}`, 'Actor page: events and statements over time'));
  }
  if (kind === 'place') {
    const p = doc.places?.find((x) => x.id === id);
    if (!p) return card('place');
    return card(`Place: ${p.name}`, `${p.feature}${p.country ? ` · ${p.country}` : ''}${p.admin1 ? ` · admin1 ${p.admin1}` : ''}`,
      p.geonameid ? `GeoNames ${p.geonameid}` : null, p.lat != null ? `${p.lat.toFixed(3)}, ${p.lon?.toFixed(3)}` : null);
  }
  if (kind === 'time') {
    const t = doc.times?.find((x) => x.id === id);
    if (!t) return card('time');
    return card(`Time: “${t.text}”`, `${t.type} ${t.value}${t.mod ? ` (${t.mod})` : ''}`, t.from ? `Interval: ${dateRange(t.from, t.to ?? null)}` : 'Not placed in the calendar');
  }
  if (kind === 'quote') {
    const q = doc.quotes?.find((x) => x.id === id);
    if (!q) return card('quote');
    const group = doc.store?.claimGroups[q.id];
    return card(`Quote (${q.kind})`, `Speaker: ${entity(q.speaker)?.name ?? 'unresolved'}`,
      q.cue ? `Cue: “${doc.document.text.slice(q.cue.start, q.cue.end)}”` : null,
      group && group.sources > 1 ? link(`#/story/statement/${group.id}`, `Carried by ${group.sources} outlets: compare`) : null);
  }
  if (kind === 'claim') {
    const c = doc.claims?.find((x) => x.id === id);
    if (!c) return card('claim');
    const group = doc.store?.claimGroups[c.id];
    const deadline = doc.times?.find((t) => t.id === c.deadline);
    return card(`Claim (${c.type})`, h('span', {}, badge(c.status)),
      `Speaker: ${entity(c.speaker)?.name ?? (c.source ? `“${c.source.text}”` : 'unattributed')}`,
      c.cue ? `Cue: “${c.cue.text}”` : null,
      deadline ? `Deadline: “${deadline.text}”${deadline.to ? ` = ${deadline.to}` : ''}` : null,
      c.hedges.length ? `Hedges: ${c.hedges.map((x) => `“${x.text}”`).join(', ')}` : null,
      group && group.sources > 1 ? link(`#/story/statement/${group.id}`, `Carried by ${group.sources} outlets: compare`) : null);
  }
  if (kind === 'frame') {
    const f = doc.frames?.[Number(id)];
    return card(`Frame: ${f?.technique.replace(/_/g, ' ')}`, f?.cue ? `Words: “${f.cue.text}”` : null, f ? `In: “${f.text}”` : null);
  }
  const v = doc.events?.find((x) => x.id === id);
  const rec = events.get(id);
  if (!v) return card('event');
  const names = (ids: string[]) => ids.map((x) => entity(x)?.name ?? x).join(', ') || '—';
  const time = doc.times?.find((t) => t.id === v.time);
  return card(`Event ${v.id}: ${v.type}${v.mode ? ` (${v.mode})` : ''}`,
    h('span', {}, badge(v.status), v.acled ? ` ACLED: ${v.acled.event_type} / ${v.acled.sub_event_type}` : ''),
    `Who: ${names(v.actors)} → ${names(v.recipients)}`,
    `Where: ${doc.places?.find((p) => p.id === v.place)?.name ?? '—'}`,
    `When: ${when(v.time, time, rec)}`,
    v.attributedTo ? `According to: ${entity(v.attributedTo)?.name ?? v.attributedTo}` : null,
    `Evidence: “${doc.document.text.slice(v.evidence.start, v.evidence.end)}”`,
    `Confidence: ${v.confidence}`,
    rec?.cluster && rec.cluster.sources > 1 ? link(`#/story/event/${rec.cluster.id}`, `Reported by ${rec.cluster.sources} outlets: compare`) : null,
    rec?.place?.lat == null ? h('em', {}, 'No coordinates: not on the map') : null,
  );
}
