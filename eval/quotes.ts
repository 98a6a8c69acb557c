/**
 * @module eval:quotes — attribution extraction on PolNeAR (brat standoff: Source, Cue, Content spans
 * joined by an Attribution event). Per role, span P/R/F1, exact and overlap (overlap ≥ 50% of the
 * shorter span), as `../shared/tools/sitrep_eval.py score quotes` computes them; then the most
 * frequent misses and false alarms by cue word.
 *
 *   npm run eval:quotes [-- FOLDER]   (default ../shared/eval/quotes/polnear/dev; train works too)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { SitrepDocument } from '../src/model/document.js';
import type { Quote } from '../src/model/layers.js';
import { buildPipeline } from '../src/stages/index.js';

type S = { start: number; end: number };
type Attr = { content: S; source?: S; cue?: S };

const folder = resolve(process.argv.slice(2).find((a) => !a.startsWith('--')) ?? join(import.meta.dirname, '..', '..', 'shared', 'eval', 'quotes', 'polnear', 'dev'));
const verbose = process.argv.includes('--errors');
/** `--cue-errors`: each gold cue no system cue overlaps, and each system cue overlapping no gold cue, with context. */
const cueErrors = process.argv.includes('--cue-errors');

/** The gold attributions of one brat file (the first annotator's file per text, as the reference scorer). */
function readGold(file: string): Attr[] {
  const spans = new Map<string, S>();
  const out: Attr[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const parts = line.split('\t');
    if (line.startsWith('T') && parts.length >= 2) {
      const [, offsets] = parts[1].split(/ (.*)/s);
      if (!offsets) continue;
      const pieces = offsets.split(';').map((x) => x.split(' ').map(Number));
      spans.set(parts[0], { start: pieces[0][0], end: pieces[pieces.length - 1][1] });
    } else if (line.startsWith('E') && parts.length >= 2) {
      const roles = Object.fromEntries(parts[1].split(' ').map((x) => x.split(':')));
      const get = (r: string) => (roles[r] && spans.get(roles[r])) || undefined;
      const content = get('Content');
      if (!content) continue;
      out.push({ content, source: get('Source'), cue: get('Cue') });
    }
  }
  return out;
}

function overlap(a: S, b: S): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

function match(a: S, b: S, mode: 'exact' | 'overlap'): boolean {
  if (mode === 'exact') return a.start === b.start && a.end === b.end;
  const o = overlap(a, b);
  return o > 0 && o >= 0.5 * Math.min(a.end - a.start, b.end - b.start);
}

const texts = readdirSync(join(folder, 'text')).filter((f) => f.endsWith('.txt')).sort();
const annFiles = readdirSync(join(folder, 'attributions')).sort();
const pipeline = buildPipeline();
const roles = ['content', 'source', 'cue'] as const;
const counts = new Map<string, { g: number; s: number; tpr: number; tpp: number }>();
const missedCue = new Map<string, number>();
const falseCue = new Map<string, number>();
let docs = 0;
let chars = 0;
const t0 = performance.now();
let stageMs = 0;
for (const f of texts) {
  const stem = f.slice(0, -4);
  const ann = annFiles.find((a) => a.startsWith(`${stem}_`));
  if (!ann) continue;
  const text = readFileSync(join(folder, 'text', f), 'utf8');
  const gold = readGold(join(folder, 'attributions', ann));
  const t1 = performance.now();
  const doc = pipeline.run(new SitrepDocument({ id: stem, text }));
  stageMs += performance.now() - t1;
  docs++;
  chars += text.length;
  const sys = (doc.maybe('quotes') ?? []) as Quote[];
  for (const role of roles) {
    for (const mode of ['exact', 'overlap'] as const) {
      const key = `${role} ${mode}`;
      const c = counts.get(key) ?? { g: 0, s: 0, tpr: 0, tpp: 0 };
      const gs = gold.map((a) => a[role]).filter((x): x is S => !!x);
      const ss = sys.map((q) => q[role]).filter((x): x is S => !!x);
      c.g += gs.length;
      c.s += ss.length;
      c.tpr += gs.filter((x) => ss.some((y) => match(x, y, mode))).length;
      c.tpp += ss.filter((y) => gs.some((x) => match(y, x, mode))).length;
      counts.set(key, c);
    }
  }
  // Errors by cue word: gold attributions whose content no system content matches, and system ones
  // matching no gold content.
  for (const g of gold) {
    if (!sys.some((q) => match(g.content, q.content, 'overlap'))) {
      const w = g.cue ? text.slice(g.cue.start, g.cue.end).toLowerCase() : '(no cue)';
      missedCue.set(w, (missedCue.get(w) ?? 0) + 1);
      if (verbose) console.log(`MISS ${stem} [${w}] ${text.slice(g.content.start, g.content.end).slice(0, 120).replace(/\n/g, ' ')}`);
    }
  }
  if (cueErrors) {
    const ctx = (x: S) => `${text.slice(Math.max(0, x.start - 90), x.start)}[[${text.slice(x.start, x.end)}]]${text.slice(x.end, x.end + 90)}`.replace(/\s+/g, ' ');
    for (const g of gold) {
      const inside = g.cue && sys.find((q) => q.content.start <= g.cue!.start && q.content.end >= g.cue!.end);
      const where = inside ? `in:${inside.cue ? text.slice(inside.cue.start, inside.cue.end) : '-'}` : 'free';
      if (g.cue && !sys.some((q) => q.cue && match(g.cue!, q.cue, 'overlap'))) console.log(`CUEMISS ${where} ${stem} ${text.slice(g.cue.start, g.cue.end).toLowerCase().replace(/\s+/g, ' ')} | ${ctx(g.cue)}`);
    }
    for (const q of sys) {
      if (q.cue && !gold.some((g) => g.cue && match(q.cue!, g.cue, 'overlap'))) console.log(`CUEFALSE ${stem} ${text.slice(q.cue.start, q.cue.end).toLowerCase().replace(/\s+/g, ' ')} | ${ctx(q.cue)}`);
    }
  }
  for (const q of sys) {
    if (!gold.some((g) => match(q.content, g.content, 'overlap'))) {
      const w = q.cue ? text.slice(q.cue.start, q.cue.end).toLowerCase() : '(no cue)';
      falseCue.set(w, (falseCue.get(w) ?? 0) + 1);
      if (verbose) console.log(`FALSE ${stem} [${w}] ${text.slice(q.content.start, q.content.end).slice(0, 120).replace(/\n/g, ' ')}`);
    }
  }
}
const f1 = (p: number, r: number) => (p + r ? (2 * p * r) / (p + r) : 0);
const headline: Record<string, number> = {};
console.log(`PolNeAR ${folder}: ${docs} documents, ${(chars / 1e6).toFixed(2)} MB, pipeline ${(stageMs / 1000).toFixed(1)} s (total ${((performance.now() - t0) / 1000).toFixed(1)} s)`);
for (const role of roles) {
  for (const mode of ['exact', 'overlap'] as const) {
    const c = counts.get(`${role} ${mode}`)!;
    const p = c.s ? c.tpp / c.s : 0;
    const r = c.g ? c.tpr / c.g : 0;
    if (mode === 'overlap') headline[role] = f1(p, r);
    console.log(`${role.padEnd(8)} ${mode.padEnd(8)} P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${f1(p, r).toFixed(3)}  (gold ${c.g}, system ${c.s})`);
  }
}
const top = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, v]) => `${k} ${v}`).join(', ');
console.log(`most missed (by gold cue): ${top(missedCue)}`);
console.log(`most false (by system cue): ${top(falseCue)}`);
console.log(`content overlap F1 ${headline.content.toFixed(3)} source ${headline.source.toFixed(3)} cue ${headline.cue.toFixed(3)}`);
