/** @module One-line event cases: the main event of a short report, with names instead of ids. */
import type { SitrepEvent } from '../../../model/layers.js';
import { analyzeDoc } from '../../../../test/support.js';

export interface Readable {
  type: string;
  mode: string | null;
  actors: string[];
  recipients: string[];
  place: string | null;
  time: string | null;
  status: string;
  acled: string | null;
  killed: number | null;
  injured: number | null;
  cameo: string | null;
}

export function read(text: string, published: string | null = '2021-03-10'): Readable[] {
  const doc = analyzeDoc({ text, published });
  const names = new Map(doc.get('entities').map((e) => [e.id, e.name]));
  const places = new Map(doc.get('places').map((p) => [p.id, p.name]));
  const times = new Map(doc.get('times').map((t) => [t.id, t.value]));
  return doc.get('events').map((e: SitrepEvent) => ({
    type: e.type,
    mode: e.mode,
    actors: e.actors.map((a) => names.get(a) ?? a),
    recipients: e.recipients.map((r) => names.get(r) ?? r),
    place: e.place ? places.get(e.place) ?? e.place : null,
    time: typeof e.time === 'string' ? times.get(e.time) ?? e.time : e.time ? (e.time as { value: string }).value : null,
    status: e.status,
    acled: e.acled ? `${e.acled.event_type} / ${e.acled.sub_event_type}` : null,
    killed: (e.casualties as { killed: number | null } | undefined)?.killed ?? null,
    injured: (e.casualties as { injured: number | null } | undefined)?.injured ?? null,
    cameo: (e.cameo as string | null) ?? null,
  }));
}

/** The event with the highest confidence (what a one-event report is about). */
export function main(text: string, published: string | null = '2021-03-10'): Readable | undefined {
  const doc = analyzeDoc({ text, published });
  const best = [...doc.get('events')].sort((a, b) => b.confidence - a.confidence)[0];
  return best ? read(text, published)[doc.get('events').indexOf(best)] : undefined;
}
