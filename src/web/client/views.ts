/**
 * @module The app's pages besides the reader: documents, events (filters, timeline, map, table),
 * actors and an actor's page, the forecast ledger, and stories (one merged event or statement, the
 * outlets that carried it side by side).
 */
import { api, type ClaimRecord, type DocSummary, type EntitySummary, type EventRecord, type Forecast, type Group, type Page, type Story } from './api.js';
import { badge, dateRange, docHref, h, link } from './dom.js';
import { eventMap, participants, typeColor } from './map.js';

const go = (hash: string) => {
  location.hash = hash;
};

function form(fields: { name: string; label: string; value: string; placeholder?: string; type?: string; options?: string[] }[], onSubmit: (values: Record<string, string>) => void): HTMLFormElement {
  const f = h('form', { class: 'filters' },
    fields.map((x) =>
      h('label', {}, x.label,
        x.options
          ? h('select', { name: x.name }, x.options.map((o) => h('option', { value: o, selected: o === x.value }, o || 'any')))
          : h('input', { name: x.name, value: x.value, placeholder: x.placeholder ?? '', type: x.type ?? 'text' })),
    ),
    h('button', { type: 'submit' }, 'Apply'),
  );
  f.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const values: Record<string, string> = {};
    for (const [k, v] of new FormData(f)) if (String(v).trim()) values[k] = String(v).trim();
    onSubmit(values);
  });
  return f;
}

// ---------------------------------------------------------------------------------------- documents
export async function documentsView(root: HTMLElement, params: URLSearchParams): Promise<void> {
  const q = params.get('q') ?? '';
  const page = await api<Page<DocSummary>>('documents', { q, limit: 200 });
  root.append(
    h('h2', {}, 'Documents'),
    form([{ name: 'q', label: 'Search', value: q, placeholder: 'words in the text' }], (v) => go(`#/documents?${new URLSearchParams(v)}`)),
    h('p', { class: 'meta' }, `${page.total} documents${q ? ` matching “${q}”` : ''}`),
    h('table', { class: 'grid' },
      h('thead', {}, h('tr', {}, ['Published', 'Outlet', 'Title', 'Events', 'Quotes', 'Entities'].map((c) => h('th', {}, c)))),
      h('tbody', {}, page.items.map((d) =>
        h('tr', {},
          h('td', {}, d.published ?? '—'), h('td', {}, d.source ?? '—'),
          h('td', {}, link(docHref(d.id), d.title ?? d.id), d.snippet ? h('div', { class: 'snippet' }, d.snippet) : null),
          h('td', { class: 'num' }, d.counts.events ?? 0), h('td', { class: 'num' }, d.counts.quotes ?? 0), h('td', { class: 'num' }, d.counts.entities ?? 0),
        ))),
    ),
  );
}

// ------------------------------------------------------------------------------------------- events
const EVENT_TYPES = ['', 'ASSAULT', 'COERCE', 'THREATEN', 'PROTEST', 'MOBILIZE', 'SANCTION', 'ACCUSE', 'REJECT', 'REQUEST', 'CONSULT', 'AGREE', 'COOPERATE', 'AID', 'SUPPORT', 'RETREAT', 'CONCEDE'];
const STATUSES = ['', 'asserted', 'reported', 'alleged', 'forecast', 'pledged', 'planned', 'negated', 'hypothetical'];

/** Events per month (or per day when they span under three months), stacked by type, as SVG. */
export function timeline(events: EventRecord[]): SVGSVGElement {
  const NS = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(NS, 'svg');
  svg.setAttribute('class', 'timeline');
  const dated = events.filter((e) => e.dateFrom);
  const W = 900;
  const H = 140;
  svg.setAttribute('viewBox', `0 0 ${W} ${H}`);
  if (!dated.length) {
    const t = document.createElementNS(NS, 'text');
    t.setAttribute('x', '10');
    t.setAttribute('y', '20');
    t.textContent = 'No dated events.';
    svg.append(t);
    return svg;
  }
  const days = dated.map((e) => e.dateFrom!).sort();
  const span = (Date.parse(days[days.length - 1]) - Date.parse(days[0])) / 86_400_000;
  const bucketOf = (d: string) => (span < 92 ? d : d.slice(0, 7));
  const buckets = new Map<string, Map<string, number>>();
  for (const e of dated) {
    const b = bucketOf(e.dateFrom!);
    const m = buckets.get(b) ?? new Map<string, number>();
    m.set(e.type, (m.get(e.type) ?? 0) + 1);
    buckets.set(b, m);
  }
  // Every bucket between the first and the last, empty ones included, so gaps show as gaps.
  const keys: string[] = [];
  const first = bucketOf(days[0]);
  const last = bucketOf(days[days.length - 1]);
  for (let d = new Date(`${days[0].slice(0, span < 92 ? 10 : 7)}${span < 92 ? '' : '-01'}T00:00:00Z`); keys.length < 400; ) {
    const k = span < 92 ? d.toISOString().slice(0, 10) : d.toISOString().slice(0, 7);
    keys.push(k);
    if (k >= last) break;
    if (span < 92) d = new Date(d.getTime() + 86_400_000);
    else d.setUTCMonth(d.getUTCMonth() + 1);
  }
  if (!keys.includes(first)) keys.unshift(first);
  const max = Math.max(...[...buckets.values()].map((m) => [...m.values()].reduce((a, b) => a + b, 0)));
  const bw = (W - 40) / keys.length;
  keys.forEach((k, i) => {
    let y = H - 20;
    for (const [type, n] of buckets.get(k) ?? []) {
      const hgt = ((H - 40) * n) / max;
      const r = document.createElementNS(NS, 'rect');
      r.setAttribute('x', String(30 + i * bw));
      r.setAttribute('y', String(y - hgt));
      r.setAttribute('width', String(Math.max(1, bw - 1)));
      r.setAttribute('height', String(hgt));
      r.setAttribute('fill', typeColor(type));
      const title = document.createElementNS(NS, 'title');
      title.textContent = `${k}: ${n} ${type}`;
      r.append(title);
      svg.append(r);
      y -= hgt;
    }
    const step = Math.ceil(keys.length / 8);
    // First, last, and every step-th bucket not crowding the last label.
    if (i === 0 || i === keys.length - 1 || (keys.length > 12 && i % step === 0 && keys.length - 1 - i >= step / 2 && i >= step / 2)) {
      const t = document.createElementNS(NS, 'text');
      t.setAttribute('x', String(30 + i * bw));
      t.setAttribute('y', String(H - 5));
      t.setAttribute('class', 'axis');
      t.textContent = k;
      svg.append(t);
    }
  });
  const t = document.createElementNS(NS, 'text');
  t.setAttribute('x', '0');
  t.setAttribute('y', '14');
  t.setAttribute('class', 'axis');
  t.textContent = String(max);
  svg.append(t);
  return svg;
}

export async function eventsView(root: HTMLElement, params: URLSearchParams): Promise<void> {
  const get = (k: string) => params.get(k) ?? '';
  const query: Record<string, string> = {};
  for (const k of ['actor', 'type', 'status', 'place', 'from', 'to', 'q', 'bbox', 'doc', 'group']) if (get(k)) query[k] = get(k);
  const page = await api<Page<EventRecord>>('events', { ...query, limit: 1000 });
  const exportQs = new URLSearchParams(query).toString();
  const mapEl = h('div', { class: 'map map-wide', id: 'events-map' });
  const rows = page.items.map((e) =>
    h('tr', { 'data-key': `${e.docId}/${e.id}` },
      h('td', {}, e.dateBasis === 'undated' ? h('span', { class: 'note', title: 'the text places it before or after publication but gives no day' }, 'undated')
        : [dateRange(e.dateFrom, e.dateTo), e.dateBasis === 'published' ? h('span', { class: 'note', title: 'dated by publication' }, ' (pub.)') : null]),
      h('td', {}, h('span', { class: 'swatch', style: `background:${typeColor(e.type)}` }), ` ${e.type}${e.mode ? ` (${e.mode})` : ''}`),
      h('td', {}, badge(e.status)),
      h('td', {}, participants(e)),
      h('td', {}, e.place?.name ?? '—'),
      h('td', {}, e.document.source ?? '—'),
      h('td', { class: 'evidence' }, link(docHref(e.docId, e.id), e.evidence?.text ?? e.trigger ?? e.id)),
      h('td', { class: 'num' }, e.cluster && e.cluster.sources > 1 ? link(`#/story/event/${e.cluster.id}`, `${e.cluster.sources} outlets`) : '1'),
    ),
  );
  root.append(
    h('h2', {}, 'Events'),
    form([
      { name: 'actor', label: 'Actor', value: get('actor'), placeholder: 'key or name' },
      { name: 'type', label: 'Type', value: get('type'), options: EVENT_TYPES },
      { name: 'status', label: 'Status', value: get('status'), options: STATUSES },
      { name: 'place', label: 'Place', value: get('place'), placeholder: 'name, GeoNames id, SY' },
      { name: 'from', label: 'From', value: get('from'), type: 'date' },
      { name: 'to', label: 'To', value: get('to'), type: 'date' },
      { name: 'q', label: 'Text', value: get('q'), placeholder: 'words' },
    ], (v) => go(`#/events?${new URLSearchParams(v)}`)),
    h('p', { class: 'meta' }, `${page.total} events${page.total > page.items.length ? ` (first ${page.items.length} shown)` : ''} · export: `,
      link(`/api/export/events.csv?${exportQs}`, 'CSV'), ' · ', link(`/api/export/events.geojson?${exportQs}`, 'GeoJSON'), ' · ', link(`/api/export/events.jsonl?${exportQs}`, 'JSONL')),
    h('h3', {}, 'Timeline'), timeline(page.items),
    h('h3', {}, 'Map'), mapEl,
    h('h3', {}, 'Table'),
    h('table', { class: 'grid', id: 'events-table' },
      h('thead', {}, h('tr', {}, ['When', 'Type', 'Status', 'Who → whom', 'Where', 'Outlet', 'Source sentence', 'Reported by'].map((c) => h('th', {}, c)))),
      h('tbody', {}, rows)),
  );
  const map = await eventMap(mapEl, page.items, (e) => {
    for (const r of rows) r.classList.toggle('selected', r.dataset.key === `${e.docId}/${e.id}`);
    rows.find((r) => r.dataset.key === `${e.docId}/${e.id}`)?.scrollIntoView({ block: 'nearest' });
  });
  rows.forEach((r, i) => r.addEventListener('click', (ev) => {
    if ((ev.target as HTMLElement).closest('a')) return;
    map.focus(page.items[i].docId, page.items[i].id);
    mapEl.scrollIntoView({ block: 'nearest' });
  }));
}

// ------------------------------------------------------------------------------------------- actors
export async function actorsView(root: HTMLElement, params: URLSearchParams): Promise<void> {
  const q = params.get('q') ?? '';
  const page = await api<Page<EntitySummary>>('entities', { q, limit: 500 });
  root.append(
    h('h2', {}, 'Actors'),
    form([{ name: 'q', label: 'Name', value: q }], (v) => go(`#/actors?${new URLSearchParams(v)}`)),
    h('table', { class: 'grid' },
      h('thead', {}, h('tr', {}, ['Actor', 'Kind', 'Country', 'Documents', 'Mentions', 'Events'].map((c) => h('th', {}, c)))),
      h('tbody', {}, page.items.map((e) =>
        h('tr', {}, h('td', {}, link(`#/actor/${encodeURIComponent(e.key)}`, e.name)), h('td', {}, e.kind), h('td', {}, e.country ?? ''),
          h('td', { class: 'num' }, e.documents), h('td', { class: 'num' }, e.mentions), h('td', { class: 'num' }, e.events))))),
  );
}

export async function actorView(root: HTMLElement, key: string): Promise<void> {
  const data = await api<{ entity: EntitySummary; events: EventRecord[]; statements: ClaimRecord[]; timeline: { month: string; events: number; statements: number }[] }>(
    `entities/${encodeURIComponent(key)}`,
  );
  const e = data.entity;
  const max = Math.max(1, ...data.timeline.map((t) => t.events + t.statements));
  root.append(
    h('h2', {}, e.name),
    h('p', { class: 'meta' }, `${e.kind}${e.country ? ` · ${e.country}` : ''}${e.sector ? ` · ${e.sector}` : ''} · in ${e.documents} documents, ${e.mentions} mentions · key ${e.key}`),
    e.names.length > 1 ? h('p', {}, `Also named: ${e.names.join(', ')}`) : '',
    h('h3', {}, 'Over time'),
    h('div', { class: 'bars' }, data.timeline.map((t) =>
      h('div', { class: 'bar-row' }, h('span', { class: 'bar-label' }, t.month),
        h('span', { class: 'bar bar-events', style: `width:${(60 * t.events) / max}%`, title: `${t.events} events` }),
        h('span', { class: 'bar bar-statements', style: `width:${(60 * t.statements) / max}%`, title: `${t.statements} statements` }),
        h('span', { class: 'bar-n' }, ` ${t.events} events, ${t.statements} statements`)))),
    h('h3', {}, `Events (${data.events.length})`),
    h('table', { class: 'grid' }, h('tbody', {}, data.events.map((v) =>
      h('tr', {}, h('td', {}, dateRange(v.dateFrom, v.dateTo)), h('td', {}, `${v.type}`), h('td', {}, badge(v.status)),
        h('td', {}, v.participants.find((p) => p.key === key)?.role ?? ''), h('td', {}, participants(v)), h('td', {}, v.place?.name ?? '—'),
        h('td', { class: 'evidence' }, link(docHref(v.docId, v.id), v.evidence?.text ?? v.id)))))),
    h('h3', {}, `Statements (${data.statements.length})`),
    h('table', { class: 'grid' }, h('tbody', {}, data.statements.map((c) =>
      h('tr', {}, h('td', {}, c.document.published ?? ''), h('td', {}, c.kind), h('td', {}, c.document.source ?? ''),
        h('td', { class: 'evidence' }, link(docHref(c.docId), `“${c.content.text}”`)),
        h('td', {}, c.cluster && c.cluster.sources > 1 ? link(`#/story/statement/${c.cluster.id}`, `${c.cluster.sources} outlets`) : ''))))),
  );
}

// ---------------------------------------------------------------------------------------- forecasts
export async function forecastsView(root: HTMLElement, params: URLSearchParams): Promise<void> {
  const asOf = params.get('asOf') ?? new Date().toISOString().slice(0, 10);
  const data = await api<{ asOf: string; items: Forecast[] }>('forecasts', { asOf });
  const label = { pending: 'pending', past_due: 'past due', open: 'no deadline' };
  root.append(
    h('h2', {}, 'Forecast ledger'),
    form([{ name: 'asOf', label: 'As of', value: asOf, type: 'date' }], (v) => go(`#/forecasts?${new URLSearchParams(v)}`)),
    h('p', { class: 'meta' }, `${data.items.length} forecasts, pledges and plans, judged as of ${data.asOf}: `,
      `${data.items.filter((f) => f.state === 'pending').length} pending, ${data.items.filter((f) => f.state === 'past_due').length} past due`),
    h('table', { class: 'grid', id: 'forecasts' },
      h('thead', {}, h('tr', {}, ['Deadline', 'State', 'What', 'By', 'About', 'Said in', 'Text'].map((c) => h('th', {}, c)))),
      h('tbody', {}, data.items.map((f) =>
        h('tr', {}, h('td', {}, f.deadline ?? '—'), h('td', {}, badge(label[f.state], f.state)), h('td', {}, `${f.kind}${f.status ? ` (${f.status})` : ''}`),
          h('td', {}, f.by ?? '—'), h('td', {}, f.who ?? '—'), h('td', {}, `${f.source ?? ''} ${f.published ?? ''}`),
          h('td', { class: 'evidence' }, link(docHref(f.docId, f.what === 'event' ? f.id : undefined), f.text)))))),
  );
}

// ------------------------------------------------------------------------------------------ stories
export async function storiesView(root: HTMLElement): Promise<void> {
  const [events, statements] = await Promise.all([
    api<Page<Group>>('event-groups', { minSources: 2, limit: 200 }),
    api<Page<Group>>('statement-groups', { minSources: 2, limit: 200 }),
  ]);
  const list = (kind: string, groups: Group[]) =>
    groups.length
      ? h('ul', { class: 'stories' }, groups.map((g) => h('li', {}, link(`#/story/${kind}/${g.id}`, g.label), ` · ${g.sources} outlets · ${dateRange(g.dateFrom, g.dateTo)}`)))
      : h('p', { class: 'meta' }, 'None yet: nothing stored is reported by more than one article.');
  root.append(
    h('h2', {}, 'Stories told by several outlets'),
    h('h3', {}, `Events (${events.total})`), list('event', events.items),
    h('h3', {}, `Statements (${statements.total})`), list('statement', statements.items),
  );
}

function highlightFrames(text: string, frames: { text: string; technique: string }[]): (Node | string)[] {
  const out: (Node | string)[] = [];
  let rest = text;
  const sorted = frames.map((f) => ({ ...f, at: text.indexOf(f.text) })).filter((f) => f.at >= 0).sort((a, b) => a.at - b.at);
  let pos = 0;
  for (const f of sorted) {
    if (f.at < pos) continue;
    out.push(text.slice(pos, f.at), h('mark', { class: 'frame', title: f.technique }, f.text));
    pos = f.at + f.text.length;
  }
  rest = text.slice(pos);
  out.push(rest);
  return out;
}

export async function storyView(root: HTMLElement, kind: string, id: string): Promise<void> {
  const story = await api<Story>(`stories/${kind}/${id}`);
  const techniques = [...new Set(story.members.flatMap((m) => Object.keys(m.framing.techniques)))].sort();
  root.append(
    h('h2', {}, story.cluster.label),
    h('p', { class: 'meta' }, `${story.cluster.sources} outlets · ${story.cluster.records} records · ${dateRange(story.cluster.dateFrom, story.cluster.dateTo)}${story.cluster.placeName ? ` · ${story.cluster.placeName}` : ''}`),
    h('div', { class: 'story' }, story.members.map((m) =>
      h('section', { class: 'outlet' },
        h('h3', {}, m.document.source ?? m.docId),
        h('p', { class: 'meta' }, `${m.document.published ?? ''} · `, link(docHref(m.docId, kind === 'event' ? m.id : undefined), m.document.title ?? m.docId)),
        h('blockquote', {}, ...highlightFrames(m.text ?? '', m.frames)),
        h('h4', {}, 'How it names them'),
        h('ul', {}, m.naming.map((n) => h('li', {}, h('strong', {}, n.name), ': ', n.mentions.map((x) => `“${x}”`).join(', ') || '—'))),
        h('h4', {}, `Framing of the whole article (${m.framing.words} words)`),
        techniques.length
          ? h('table', { class: 'framing' },
              h('thead', {}, h('tr', {}, h('th', {}, 'technique'), h('th', {}, 'spans'), h('th', {}, 'per 1,000 words'), h('th', {}))),
              h('tbody', {}, techniques.map((t) => {
                const n = m.framing.techniques[t] ?? 0;
                const per = (m.framing.profile as { perThousandWords?: Record<string, number> } | null)?.perThousandWords?.[t] ?? (m.framing.words ? (1000 * n) / m.framing.words : 0);
                return h('tr', {}, h('td', {}, t.replace(/_/g, ' ')), h('td', { class: 'num' }, n), h('td', { class: 'num' }, per.toFixed(1)),
                  h('td', {}, h('span', { class: 'bar bar-frame', style: `width:${Math.min(120, 6 * per)}px` })));
              })))
          : h('p', { class: 'meta' }, 'No framing spans.'),
        h('h4', {}, 'Why it was joined'),
        m.reason ? h('ul', { class: 'reasons' }, m.reason.reasons.map((r) => h('li', {}, r)), h('li', { class: 'meta' }, `matched ${m.reason.with.docId} ${m.reason.with.id}, score ${m.reason.score}`))
          : h('p', { class: 'meta' }, 'First report of the group.'),
      ))),
  );
}
