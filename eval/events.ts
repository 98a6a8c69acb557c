/**
 * @module `npm run eval:events`: the events stage on the development sets of ../shared/eval/events.
 *
 * (a) ACLED notes (each note a short report; publication date = event date + 2 days): the main
 *     event's (highest confidence) ACLED event type accuracy, sub-event type macro-F1, date exact,
 *     location within 25 km of ACLED's coordinates, admin1 match, actor1 match.
 * (b) CASE 2021 task 2 snippets: sub-event type macro-F1 (ACLED names) and accuracy.
 * (c) PLOVER gold standard records: PLOVER type accuracy of the main event (older labels mapped:
 *     DEMAND → REQUEST, DISAPPROVE → ACCUSE, FIGHT → ASSAULT, INVESTIGATE → ACCUSE).
 *
 * The same measures as ../shared/tools/sitrep_eval.py (acled, case). Options: --set acled|case|plover
 * (repeatable), --limit N, --errors N (print that many confusions), --out DIR (write system JSONL).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { SitrepDocument } from '../src/model/document.js';
import type { SitrepEvent, Timex, Place } from '../src/model/layers.js';
import { toJson } from '../src/output/json.js';
import { buildPipeline } from '../src/stages/index.js';
import { packageRoot } from '../src/util/data.js';

const SHARED = process.env.SITREP_SHARED ?? join(packageRoot(), '..', 'shared');
const DIR = join(SHARED, 'eval', 'events');

const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const sets = args.flatMap((a, i) => (a === '--set' ? [args[i + 1]] : []));
const want = (s: string) => sets.length === 0 || sets.includes(s);
const limit = Number(opt('--limit') ?? Infinity);
const errorsShown = Number(opt('--errors') ?? 12);
const outDir = opt('--out');

const pipeline = buildPipeline();

interface Analysed {
  id: string;
  events: SitrepEvent[];
  times: Timex[];
  places: Place[];
  json: Record<string, unknown>;
}

function analyse(id: string, text: string, published: string | null): Analysed {
  const doc = pipeline.run(new SitrepDocument({ id, text, published }));
  return { id, events: doc.maybe('events') ?? [], times: doc.maybe('times') ?? [], places: doc.maybe('places') ?? [], json: toJson(doc) };
}

function mainEvent(a: Analysed): SitrepEvent | null {
  let best: SitrepEvent | null = null;
  for (const e of a.events) if (e.acled && (!best || e.confidence > best.confidence)) best = e;
  return best;
}

function f1(p: number, r: number): number {
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

function macroF1(pairs: Array<[string, string | null]>, labels: string[]): { macro: number; per: Array<[string, number, number]> } {
  const per: Array<[string, number, number]> = [];
  for (const lab of labels) {
    const tp = pairs.filter(([g, s]) => g === lab && s === lab).length;
    const ns = pairs.filter(([, s]) => s === lab).length;
    const ng = pairs.filter(([g]) => g === lab).length;
    per.push([lab, f1(ns ? tp / ns : 0, ng ? tp / ng : 0), ng]);
  }
  return { macro: per.reduce((a, [, f]) => a + f, 0) / (per.length || 1), per };
}

function km(aLat: number, aLon: number, bLat: number, bLon: number): number {
  const p = Math.PI / 180;
  const d = 0.5 - Math.cos((bLat - aLat) * p) / 2 + (Math.cos(aLat * p) * Math.cos(bLat * p) * (1 - Math.cos((bLon - aLon) * p))) / 2;
  return 12742 * Math.asin(Math.sqrt(Math.max(0, d)));
}

function confusions(pairs: Array<[string, string | null]>, n: number): string {
  const c = new Map<string, number>();
  for (const [g, s] of pairs) if (g !== s) c.set(`${g} → ${s ?? '(none)'}`, (c.get(`${g} → ${s ?? '(none)'}`) ?? 0) + 1);
  return [...c].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `    ${String(v).padStart(4)}  ${k}`).join('\n');
}

const MONTHS: Record<string, string> = { January: '01', February: '02', March: '03', April: '04', May: '05', June: '06', July: '07', August: '08', September: '09', October: '10', November: '11', December: '12', Jan: '01', Feb: '02', Mar: '03', Apr: '04', Jun: '06', Jul: '07', Aug: '08', Sep: '09', Oct: '10', Nov: '11', Dec: '12' };

function acledDate(s: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(s)) return s;
  const m = /^(\d{1,2})[- ]([A-Za-z]+)[- ](\d{2,4})$/.exec(s.trim());
  if (!m) throw new Error(`unreadable ACLED date ${s}`);
  const year = m[3].length === 2 ? `20${m[3]}` : m[3];
  return `${year}-${MONTHS[m[2]]}-${m[1].padStart(2, '0')}`;
}

function plusDays(ymd: string, n: number): string {
  const d = new Date(`${ymd}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** ACLED's actor name without its years and faction suffix: "Military Forces of Yemen (2016-) X" →
 * "military forces of yemen". */
function acledActorKey(s: string): string {
  return s
    .replace(/\(\d{4}-\d{0,4}\)/g, '')
    .replace(/^[A-Z0-9-]+(\/[A-Z0-9-]+)?: /, '')
    .split(/\s{2,}/)[0]
    .trim()
    .toLowerCase();
}

function sameActor(gold: string, sys: string | null | undefined): boolean {
  if (!sys) return false;
  const g = acledActorKey(gold);
  const s = sys.toLowerCase();
  if (!g) return false;
  return g.startsWith(s) || s.startsWith(g) || (s.length > 4 && g.includes(s)) || gold.toLowerCase().includes(s);
}

function write(name: string, docs: Analysed[]): void {
  if (!outDir) return;
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, `${name}.out.jsonl`), docs.map((d) => JSON.stringify(d.json)).join('\n') + '\n');
}

function evalAcled(): Record<string, number> {
  const rows = parse(readFileSync(join(DIR, 'acled-2020-05-dev.csv'), 'utf8'), { columns: true, skip_empty_lines: true }) as Array<Record<string, string>>;
  const n = Math.min(rows.length, limit);
  let typeOk = 0;
  let dateOk = 0;
  let locOk = 0;
  let admOk = 0;
  let actorOk = 0;
  let noEvent = 0;
  const subPairs: Array<[string, string | null]> = [];
  const typePairs: Array<[string, string | null]> = [];
  const docs: Analysed[] = [];
  const t0 = performance.now();
  for (const r of rows.slice(0, n)) {
    const date = acledDate(r.event_date);
    const a = analyse(r.event_id_cnty, r.notes, plusDays(date, 2));
    docs.push(a);
    const e = mainEvent(a);
    if (!e || !e.acled) {
      noEvent++;
      subPairs.push([r.sub_event_type, null]);
      typePairs.push([r.event_type, null]);
      continue;
    }
    typeOk += Number(e.acled.event_type === r.event_type);
    subPairs.push([r.sub_event_type, e.acled.sub_event_type]);
    typePairs.push([r.event_type, e.acled.event_type]);
    const t = typeof e.time === 'string' ? a.times.find((x) => x.id === e.time) : (e.time as { value: string; from?: string; to?: string } | null);
    if (t && (t.value === date || (t.from === date && t.to === date))) dateOk++;
    const p = e.place ? a.places.find((x) => x.id === e.place) : null;
    if (p && p.lat !== null && p.lon !== null) {
      if (km(Number(r.latitude), Number(r.longitude), p.lat, p.lon) <= 25) locOk++;
      if ((p.admin1 ?? '').toLowerCase().replace(/-/g, ' ') === r.admin1.toLowerCase().replace(/-/g, ' ')) admOk++;
    }
    if (sameActor(r.actor1, e.acled.actor1)) actorOk++;
  }
  const secs = (performance.now() - t0) / 1000;
  write('acled', docs);
  const labels = [...new Set(subPairs.map(([g]) => g))].sort();
  const { macro, per } = macroF1(subPairs, labels);
  console.log(`ACLED notes (${n}, ${(n / secs).toFixed(0)} notes/s): no ACLED event for ${noEvent}`);
  console.log(`  event type accuracy   ${(typeOk / n).toFixed(3)}   (target 0.85)`);
  console.log(`  sub-event macro-F1    ${macro.toFixed(3)}   (target 0.70)`);
  console.log(`  date exact            ${(dateOk / n).toFixed(3)}   (target 0.95)`);
  console.log(`  location ≤ 25 km      ${(locOk / n).toFixed(3)}   (target 0.80)`);
  console.log(`  admin1 match          ${(admOk / n).toFixed(3)}`);
  console.log(`  actor1 match          ${(actorOk / n).toFixed(3)}`);
  console.log('  per sub-event type (F1, gold count):');
  for (const [lab, f, g] of per.sort((a, b) => b[2] - a[2])) console.log(`    ${f.toFixed(2)}  ${String(g).padStart(5)}  ${lab}`);
  console.log('  most frequent event-type confusions:');
  console.log(confusions(typePairs, errorsShown));
  console.log('  most frequent sub-event confusions:');
  console.log(confusions(subPairs, errorsShown));
  return { type: typeOk / n, sub: macro, date: dateOk / n, loc: locOk / n, admin1: admOk / n, actor1: actorOk / n };
}

const CASE2ACLED: Record<string, string> = {
  ARMED_CLASH: 'Armed clash', GOV_REGAINS_TERIT: 'Government regains territory', NON_STATE_ACTOR_OVERTAKES_TER: 'Non-state actor overtakes territory',
  CHEM_WEAP: 'Chemical weapon', AIR_STRIKE: 'Air/drone strike', SUIC_BOMB: 'Suicide bomb', ART_MISS_ATTACK: 'Shelling/artillery/missile attack',
  REM_EXPLOS: 'Remote explosive/landmine/IED', GRENADE: 'Grenade', PEACE_PROTEST: 'Peaceful protest', PROTEST_WITH_INTER: 'Protest with intervention',
  FORCE_AGAINST_PROTEST: 'Excessive force against protesters', VIOL_DEMONSTR: 'Violent demonstration', MOB_VIOL: 'Mob violence', AGREEMENT: 'Agreement',
  ARREST: 'Arrests', CHANGE_TO_GROUP_ACT: 'Change to group/activity', DISR_WEAP: 'Disrupted weapons use', HQ_ESTABLISHED: 'Headquarters or base established',
  PROPERTY_DISTRUCT: 'Looting/property destruction', NON_VIOL_TERRIT_TRANSFER: 'Non-violent transfer of territory', SEX_VIOL: 'Sexual violence',
  ATTACK: 'Attack', ABDUCT_DISSAP: 'Abduction/forced disappearance', OTHER: 'Other',
};

function evalCase(): Record<string, number> {
  const rows = parse(readFileSync(join(DIR, 'case2021-task2-dev.tsv'), 'utf8'), { columns: true, delimiter: '\t', relax_quotes: true, skip_empty_lines: true }) as Array<Record<string, string>>;
  const n = Math.min(rows.length, limit);
  const pairs: Array<[string, string | null]> = [];
  const docs: Analysed[] = [];
  for (const r of rows.slice(0, n)) {
    const a = analyse(`case-${r.id}`, r.EventSnippet, null);
    docs.push(a);
    const e = mainEvent(a);
    pairs.push([CASE2ACLED[r.SubType] ?? `(none: ${r.SubType})`, e?.acled?.sub_event_type ?? null]);
  }
  write('case', docs);
  const scored = pairs.filter(([g]) => !g.startsWith('(none'));
  const labels = [...new Set(scored.map(([g]) => g))].sort();
  const { macro, per } = macroF1(pairs, labels);
  const acc = scored.filter(([g, s]) => g === s).length / scored.length;
  console.log(`\nCASE 2021 task 2 (${n} snippets): macro-F1 ${macro.toFixed(3)} over ${labels.length} ACLED sub-types (target 0.65), accuracy ${acc.toFixed(3)}`);
  for (const [lab, f, g] of per.sort((a, b) => b[2] - a[2])) console.log(`    ${f.toFixed(2)}  ${String(g).padStart(5)}  ${lab}`);
  console.log('  most frequent confusions:');
  console.log(confusions(scored, errorsShown));
  return { macro, acc };
}

const PLOVER_OLD: Record<string, string> = { DEMAND: 'REQUEST', DISAPPROVE: 'ACCUSE', FIGHT: 'ASSAULT', INVESTIGATE: 'ACCUSE' };

function evalPlover(): Record<string, number> {
  const records = (JSON.parse(readFileSync(join(DIR, 'plover-gsr.json'), 'utf8')) as Array<{ id: string; event: string; text?: string; date?: string }>).filter(
    (r) => r.text && r.event !== 'DOCUMENT',
  );
  const n = Math.min(records.length, limit);
  const pairs: Array<[string, string | null]> = [];
  for (const r of records.slice(0, n)) {
    const a = analyse(r.id, r.text!, r.date ?? null);
    let best: SitrepEvent | null = null;
    for (const e of a.events) if (!best || e.confidence > best.confidence) best = e;
    pairs.push([PLOVER_OLD[r.event] ?? r.event, best?.type ?? null]);
  }
  const acc = pairs.filter(([g, s]) => g === s).length / n;
  console.log(`\nPLOVER gold records (${n}): type accuracy ${acc.toFixed(3)}`);
  const labels = [...new Set(pairs.map(([g]) => g))].sort();
  for (const [lab, f, g] of macroF1(pairs, labels).per.sort((a, b) => b[2] - a[2])) console.log(`    ${f.toFixed(2)}  ${String(g).padStart(5)}  ${lab}`);
  console.log('  most frequent confusions:');
  console.log(confusions(pairs, errorsShown));
  return { acc };
}

const summary: Record<string, Record<string, number>> = {};
if (want('acled')) summary.acled = evalAcled();
if (want('case')) summary.case = evalCase();
if (want('plover')) summary.plover = evalPlover();
console.log(`\n${JSON.stringify(summary)}`);
