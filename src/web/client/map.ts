/**
 * @module Event maps: Leaflet over Natural Earth country boundaries (world-atlas, served by sitrep
 * itself): no tile server, no network. Leaflet draws SVG, which headless browsers render without a GPU.
 */
import L from 'leaflet';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { EventRecord } from './api.js';
import { dateRange, h } from './dom.js';

let countries: Promise<GeoJSON.FeatureCollection> | null = null;

function loadCountries(): Promise<GeoJSON.FeatureCollection> {
  countries ??= fetch('/countries-50m.json')
    .then((r) => r.json() as Promise<Topology<{ countries: GeometryCollection }>>)
    .then((topo) => feature(topo, topo.objects.countries) as unknown as GeoJSON.FeatureCollection);
  return countries;
}

const TYPE_COLORS: Record<string, string> = {
  ASSAULT: '#c0392b', COERCE: '#d35400', THREATEN: '#e67e22', PROTEST: '#8e44ad', MOBILIZE: '#9b59b6', SANCTION: '#7f8c8d',
  ACCUSE: '#a04000', REJECT: '#b9770e', AID: '#27ae60', SUPPORT: '#2ecc71', COOPERATE: '#16a085', AGREE: '#1abc9c',
  CONSULT: '#2980b9', REQUEST: '#3498db', RETREAT: '#34495e', CONCEDE: '#5d6d7e',
};
export const typeColor = (type: string) => TYPE_COLORS[type] ?? '#555';

export interface EventMap {
  map: L.Map;
  /** Opens the marker of an event and centres the map on it; false when it has no coordinates. */
  focus(docId: string, id: string): boolean;
  setEvents(events: EventRecord[]): void;
}

export async function eventMap(el: HTMLElement, events: EventRecord[], onSelect?: (e: EventRecord) => void): Promise<EventMap> {
  el.classList.add('map');
  const map = L.map(el, { worldCopyJump: true, zoomSnap: 0.5, attributionControl: true, preferCanvas: false }).setView([30, 20], 2);
  map.attributionControl.setPrefix(false).addAttribution('Boundaries: Natural Earth');
  const base = await loadCountries();
  L.geoJSON(base, { style: { color: '#8a8f98', weight: 0.6, fillColor: '#f4f1ea', fillOpacity: 1 }, interactive: false }).addTo(map);
  const layer = L.layerGroup().addTo(map);
  const markers = new Map<string, L.CircleMarker>();
  const setEvents = (list: EventRecord[]) => {
    layer.clearLayers();
    markers.clear();
    const points: L.LatLngExpression[] = [];
    // Several events at one place (a country's centre): spread them slightly so each can be clicked.
    const seen = new Map<string, number>();
    for (const e of list) {
      if (e.place?.lat == null || e.place?.lon == null) continue;
      const k = `${e.place.lat},${e.place.lon}`;
      const n = seen.get(k) ?? 0;
      seen.set(k, n + 1);
      const angle = n * 2.4;
      const r = n ? 0.08 * Math.sqrt(n) : 0;
      const ll: L.LatLngTuple = [e.place.lat + r * Math.sin(angle), e.place.lon + r * Math.cos(angle)];
      const area = e.place.feature && /^(PCL|ADM)/.test(e.place.feature);
      const m = L.circleMarker(ll, {
        radius: area ? 6 : 8, color: '#222', weight: 1, fillColor: typeColor(e.type), fillOpacity: area ? 0.55 : 0.9, dashArray: area ? '2 2' : undefined,
      });
      const popup = h('div', { class: 'popup' },
        h('strong', {}, `${e.type}${e.mode ? ` (${e.mode})` : ''}`), ` · ${e.status}`, h('br'),
        participants(e), h('br'),
        `${e.place.name ?? ''} · ${dateRange(e.dateFrom, e.dateTo)}`, h('br'),
        h('a', { href: `#/doc/${encodeURIComponent(e.docId)}?focus=${encodeURIComponent(e.id)}` }, `${e.document.source ?? e.docId}: read the source sentence`),
      );
      m.bindPopup(popup);
      m.on('click', () => onSelect?.(e));
      m.addTo(layer);
      markers.set(`${e.docId}\u0000${e.id}`, m);
      points.push(ll);
    }
    if (points.length === 1) map.setView(points[0], 6);
    else if (points.length) map.fitBounds(L.latLngBounds(points).pad(0.3), { maxZoom: 7 });
  };
  setEvents(events);
  // The container may have been sized after creation (tabs, flex layouts).
  setTimeout(() => map.invalidateSize(), 0);
  return {
    map,
    setEvents,
    focus(docId, id) {
      const m = markers.get(`${docId}\u0000${id}`);
      if (!m) return false;
      const feature = m.options.dashArray ? 'area' : 'point';
      map.setView(m.getLatLng(), feature === 'area' ? 5 : 8);
      m.openPopup();
      el.dataset.focused = `${docId}/${id}`;
      return true;
    },
  };
}

export function participants(e: EventRecord): string {
  const by = (role: string) => e.participants.filter((p) => p.role === role).map((p) => p.name).join(', ');
  const a = by('actor') || '?';
  const r = by('recipient');
  return r ? `${a} → ${r}` : a;
}
