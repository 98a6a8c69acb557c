/**
 * @module sitrep/1 documents built by hand for store, merge and API tests: the bundled samples'
 * texts with annotations written for the test (not output of the pipeline, and not mocks: they are
 * the contract, checked by `documentProblems`). Spans are found by text, so the annotations stay
 * readable: a mention is its text; repeated texts take successive occurrences.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DocumentJson } from '../src/output/json.js';
import { ROOT } from './support.js';

interface EntitySpec { id: string; name: string; kind: string; country?: string | null; sector?: string | null; ref?: string; mentions: string[] }
interface PlaceSpec { id: string; text: string; name: string; geonameid: number | null; feature: string; country: string | null; admin1?: string | null; lat: number | null; lon: number | null }
interface TimeSpec { id: string; text: string; type?: string; value: string; mod?: string | null; from?: string | null; to?: string | null }
interface QuoteSpec { id: string; kind: 'direct' | 'indirect' | 'mixed'; content: string; cue?: string; source?: string; speaker: string | null }
/** `text` is the frame's span (a clause, as the framing stage writes by default), `cue` the words in it that carry the technique. */
interface FrameSpec { text: string; technique: string; cue?: string }
interface EventSpec {
  id: string; type: string; mode?: string | null; actors: string[]; recipients: string[]; place: string | null; time: string | null;
  status: string; attributedTo?: string | null; trigger: string; evidence: string; acled?: { event_type: string; sub_event_type: string } | null; confidence?: number;
}

export interface Annotations {
  entities?: EntitySpec[];
  places?: PlaceSpec[];
  times?: TimeSpec[];
  quotes?: QuoteSpec[];
  frames?: FrameSpec[];
  events?: EventSpec[];
}

export function contractDoc(meta: { id: string; title?: string | null; source?: string | null; url?: string | null; published: string | null }, text: string, a: Annotations): DocumentJson {
  let used = new Map<string, number>();
  /** Each layer finds its texts from the start again. */
  const layer = <T>(value: T): T => {
    used = new Map();
    return value;
  };
  /** The next occurrence of `needle` in this layer (after the previous one found for it). */
  const find = (needle: string, within?: { start: number; end: number }) => {
    const from = within ? within.start : (used.get(needle) ?? 0);
    const at = text.indexOf(needle, from);
    if (at < 0 || (within && at + needle.length > within.end)) throw new Error(`fixture: '${needle}' not found in ${meta.id}`);
    if (!within) used.set(needle, at + needle.length);
    return { start: at, end: at + needle.length, text: needle };
  };
  const sentences: { start: number; end: number }[] = [];
  let pos = 0;
  for (const line of text.split('\n')) {
    for (const m of line.matchAll(/[^.!?]+(?:[.!?]+["”’]?|$)/g)) {
      const s = pos + m.index! + (m[0].length - m[0].trimStart().length);
      const e = pos + m.index! + m[0].trimEnd().length;
      if (e > s) sentences.push({ start: s, end: e });
    }
    pos += line.length + 1;
  }
  const json: DocumentJson = {
    schema: 'sitrep/1',
    document: { id: meta.id, title: meta.title ?? null, source: meta.source ?? null, url: meta.url ?? null, published: meta.published, language: 'en', text },
    sentences,
    entities: layer(a.entities ?? []).map((e) => ({
      id: e.id, name: e.name, kind: e.kind, country: e.country ?? null, sector: e.sector ?? null, ...(e.ref ? { ref: e.ref } : {}),
      mentions: e.mentions.map((m) => ({ ...find(m), how: 'name' })),
    })),
    places: layer(a.places ?? []).map((p) => ({ id: p.id, ...find(p.text), geonameid: p.geonameid, name: p.name, feature: p.feature, country: p.country, admin1: p.admin1 ?? null, lat: p.lat, lon: p.lon })),
    times: layer(a.times ?? []).map((t) => ({ id: t.id, ...find(t.text), type: t.type ?? 'DATE', value: t.value, mod: t.mod ?? null, from: t.from ?? null, to: t.to ?? null })),
    quotes: layer(a.quotes ?? []).map((q) => {
      const content = find(q.content);
      return {
        id: q.id, kind: q.kind, content: { start: content.start, end: content.end },
        cue: q.cue ? (({ start, end }) => ({ start, end }))(find(q.cue)) : null,
        source: q.source ? (({ start, end }) => ({ start, end }))(find(q.source)) : null,
        speaker: q.speaker,
      };
    }),
    frames: layer(a.frames ?? []).map((f) => {
      const span = find(f.text);
      return { ...span, technique: f.technique, ...(f.cue ? { cue: find(f.cue, span) } : {}) };
    }),
    events: layer(a.events ?? []).map((v) => {
      const evidence = find(v.evidence);
      const trigger = find(v.trigger, evidence);
      return {
        id: v.id, type: v.type, mode: v.mode ?? null, actors: v.actors, recipients: v.recipients, place: v.place, time: v.time, status: v.status,
        attributedTo: v.attributedTo ?? null, trigger: { start: trigger.start, end: trigger.end }, evidence: { start: evidence.start, end: evidence.end },
        acled: v.acled ?? null, confidence: v.confidence ?? 0.8,
      };
    }),
  };
  return json;
}

export function sampleTexts(): { seed: string; wire: { id: string; source: string; published: string; title: string; text: string }[] } {
  return {
    seed: readFileSync(join(ROOT, 'samples', 'seed', 'article.txt'), 'utf8'),
    wire: readFileSync(join(ROOT, 'samples', 'wire.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l)),
  };
}

const SYRIA = { name: 'Syria', geonameid: 163843, feature: 'PCLI', country: 'SY', lat: 35, lon: 38 };
const IRAQ = { name: 'Iraq', geonameid: 99237, feature: 'PCLI', country: 'IQ', lat: 33, lon: 44 };
const JISR = { name: 'Jisr ash Shughur', geonameid: 169577, feature: 'PPLA2', country: 'SY', admin1: '12', lat: 35.8126, lon: 36.3176 };
const IDLIB = { name: 'Idlib', geonameid: 169387, feature: 'ADM1', country: 'SY', admin1: '12', lat: 35.75, lon: 36.6 };
const IS = { name: 'Islamic State', kind: 'armed_group', sector: 'REB', ref: 'actors:islamic-state' };
const COALITION = { name: 'US-led coalition', kind: 'coalition', ref: 'actors:us-led-coalition' };
const LECOINTRE = { name: 'Francois Lecointre', kind: 'person', country: 'FRA', sector: 'MIL', ref: 'actors:francois-lecointre' };
const RUSSIA = { name: 'Russia', kind: 'country', country: 'RUS', sector: 'GOV', ref: 'actors:russia' };
const CIVILIANS = { name: 'civilians', kind: 'population', sector: 'CVL' };

/** The four bundled samples as contract documents, annotated by hand for the tests. */
export function annotatedSamples(): DocumentJson[] {
  const { seed, wire } = sampleTexts();
  const [afp, daily, wire2] = wire;
  const presstv = contractDoc({ id: 'presstv-2018-09-06-573359', source: 'Press TV', title: 'Seed', published: '2018-09-06' }, seed, {
    entities: [
      { id: 'E1', ...IS, mentions: ['Daesh Takfiri terrorist group', 'Daesh', 'the terror group', 'Daesh'] },
      { id: 'E2', ...LECOINTRE, mentions: ['Francois Lecointre', 'Lecointre'] },
      { id: 'E3', ...COALITION, mentions: ['The US and its allies', 'The US-led coalition'] },
      { id: 'E4', ...RUSSIA, mentions: ['Russia'] },
      { id: 'E5', ...CIVILIANS, mentions: ['civilians'] },
    ],
    places: [
      { id: 'P1', text: 'Syria', ...SYRIA },
      { id: 'P2', text: 'Iraq', ...IRAQ },
    ],
    times: [
      { id: 'T1', text: 'before the end of this year', value: '2018', mod: 'BEFORE', from: '2018-09-06', to: '2018-12-31' },
      { id: 'T2', text: 'on Thursday', value: '2018-09-06', from: '2018-09-06', to: '2018-09-06' },
      { id: 'T3', text: 'since September 2014', value: '2014-09', from: '2014-09-01', to: '2018-09-06' },
    ],
    quotes: [
      { id: 'Q1', kind: 'direct', content: 'Once the physical caliphate has fallen... we will pose the question of how to reconfigure Operation Inherent Resolve', cue: 'further said', source: 'Lecointre', speaker: 'E2' },
    ],
    frames: [
      { text: 'Daesh Takfiri terrorist group', technique: 'Name_Calling,Labeling' },
      { text: 'self-proclaimed', technique: 'Doubt' },
      { text: 'so-called caliphate', technique: 'Doubt' },
      { text: 'airstrikes against what are said to be the positions of Daesh terrorists inside Syria', cue: 'what are said to be', technique: 'Doubt' },
      { text: 'reign of terror and destruction', technique: 'Loaded_Language' },
    ],
    events: [
      { id: 'V1', type: 'RETREAT', actors: ['E1'], recipients: [], place: 'P1', time: 'T1', status: 'forecast', attributedTo: 'E2', trigger: 'flushed out',
        evidence: 'The French military chief says the Daesh Takfiri terrorist group will have been flushed out from all the territory it once controlled in Syria under a self-proclaimed “caliphate” before the end of this year.' },
      { id: 'V2', type: 'ASSAULT', mode: 'aerial', actors: ['E3'], recipients: ['E1'], place: 'P1', time: 'T3', status: 'asserted', trigger: 'airstrikes',
        evidence: 'The US and its allies have also been conducting airstrikes against what are said to be the positions of Daesh terrorists inside Syria since September 2014 without any authorization from the Damascus government or a UN mandate.',
        acled: { event_type: 'Explosions/Remote violence', sub_event_type: 'Air/drone strike' } },
      { id: 'V3', type: 'ASSAULT', actors: ['E3'], recipients: ['E5'], place: null, time: null, status: 'alleged', trigger: 'targeting and killing',
        evidence: 'The US-led coalition has been repeatedly accused of targeting and killing civilians across the Arab country.' },
    ],
  });
  const afpDoc = contractDoc({ id: afp.id, source: afp.source, title: afp.title, published: afp.published }, afp.text, {
    entities: [
      { id: 'E1', ...IS, mentions: ['the Islamic State group', 'jihadists', 'the Islamic State group'] },
      { id: 'E2', ...LECOINTRE, mentions: ['General Francois Lecointre', 'Lecointre'] },
      { id: 'E3', ...COALITION, mentions: ['the US-led coalition', 'The coalition'] },
      { id: 'E4', ...RUSSIA, mentions: ['Russia'] },
    ],
    places: [
      { id: 'P1', text: 'Syria', ...SYRIA },
      { id: 'P2', text: 'Paris', name: 'Paris', geonameid: 2988507, feature: 'PPLC', country: 'FR', admin1: '11', lat: 48.85341, lon: 2.3488 },
      { id: 'P3', text: 'Syria', ...SYRIA },
    ],
    times: [
      { id: 'T1', text: 'before the end of the year', value: '2018', mod: 'BEFORE', from: '2018-09-06', to: '2018-12-31' },
      { id: 'T2', text: 'since September 2014', value: '2014-09', from: '2014-09-01', to: '2018-09-06' },
    ],
    quotes: [
      { id: 'Q1', kind: 'direct', content: 'Once the physical caliphate has fallen... we will pose the question of how to reconfigure Operation Inherent Resolve', cue: 'said', source: 'Lecointre', speaker: 'E2' },
    ],
    frames: [{ text: 'jihadists', technique: 'Name_Calling,Labeling' }],
    events: [
      { id: 'V1', type: 'RETREAT', actors: ['E1'], recipients: [], place: 'P1', time: 'T1', status: 'forecast', attributedTo: 'E2', trigger: 'driven out',
        evidence: "France's armed forces chief said on Thursday that the Islamic State group would be driven out of all the territory it still holds in Syria before the end of the year." },
      { id: 'V2', type: 'ASSAULT', mode: 'aerial', actors: ['E3'], recipients: ['E1'], place: 'P3', time: 'T2', status: 'asserted', trigger: 'air strikes',
        evidence: 'The coalition has carried out air strikes against the Islamic State group in Syria since September 2014.',
        acled: { event_type: 'Explosions/Remote violence', sub_event_type: 'Air/drone strike' } },
    ],
  });
  const dailyDoc = contractDoc({ id: daily.id, source: daily.source, title: daily.title, published: daily.published }, daily.text, {
    entities: [
      { id: 'E1', ...RUSSIA, mentions: ['Russian warplanes'] },
      { id: 'E2', ...CIVILIANS, mentions: ['civilians'] },
      { id: 'E3', name: 'Turkey', kind: 'country', country: 'TUR', sector: 'GOV', ref: 'actors:turkey', mentions: ['Turkey'] },
    ],
    places: [{ id: 'P1', text: 'Jisr al-Shughur', ...JISR }, { id: 'P2', text: 'Idlib', ...IDLIB }],
    times: [{ id: 'T1', text: 'on Tuesday', value: '2018-09-04', from: '2018-09-04', to: '2018-09-04' }],
    frames: [{ text: 'humanitarian disaster', technique: 'Loaded_Language' }],
    events: [
      { id: 'V1', type: 'ASSAULT', mode: 'aerial', actors: ['E1'], recipients: ['E2'], place: 'P1', time: 'T1', status: 'reported', trigger: 'struck',
        evidence: "Russian warplanes struck the town of Jisr al-Shughur in Syria's Idlib province on Tuesday, a war monitor said, in the first raids on the area in weeks.",
        acled: { event_type: 'Explosions/Remote violence', sub_event_type: 'Air/drone strike' } },
    ],
  });
  const wireDoc = contractDoc({ id: wire2.id, source: wire2.source, title: wire2.title, published: wire2.published }, wire2.text, {
    entities: [
      { id: 'E1', ...RUSSIA, mentions: ['Russian aircraft'] },
      { id: 'E2', ...CIVILIANS, mentions: ['civilians'] },
    ],
    places: [{ id: 'P1', text: 'Jisr al-Shughur', ...JISR }, { id: 'P2', text: 'Idlib', ...IDLIB }],
    times: [{ id: 'T1', text: 'on Tuesday', value: '2018-09-04', from: '2018-09-04', to: '2018-09-04' }],
    events: [
      { id: 'V1', type: 'ASSAULT', mode: 'aerial', actors: ['E1'], recipients: ['E2'], place: 'P1', time: 'T1', status: 'asserted', trigger: 'raids',
        evidence: 'Russian aircraft carried out raids on Jisr al-Shughur in northwestern Syria on Tuesday, killing nine civilians, according to the Syrian Observatory for Human Rights.',
        acled: { event_type: 'Explosions/Remote violence', sub_event_type: 'Air/drone strike' } },
    ],
  });
  return [presstv, afpDoc, dailyDoc, wireDoc];
}
