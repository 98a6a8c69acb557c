/**
 * @module eval:framing — propaganda-technique spans on the SemEval-2020 Task 11 PTC data: span
 * identification P/R/F1 with the task's partial-overlap credit (spans of all techniques merged, as
 * `../shared/tools/sitrep_eval.py score framing` computes it), then per technique; then the lexicon
 * entries that fire most often outside any gold span.
 *
 *   npm run eval:framing [-- FOLDER] [--phrase]   (default ../shared/eval/framing/ptc; --phrase scores
 *   the stage with option span: 'phrase', each frame at its entry's own scope)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { SitrepDocument } from '../src/model/document.js';
import type { Frame } from '../src/model/layers.js';
import { buildPipeline } from '../src/stages/index.js';

type F = { start: number; end: number; technique: string; rule?: string };
const folder = resolve(process.argv.slice(2).find((a) => !a.startsWith('--')) ?? join(import.meta.dirname, '..', '..', 'shared', 'eval', 'framing', 'ptc'));

const gold = new Map<string, F[]>();
for (const line of readFileSync(join(folder, 'task2-TC.labels'), 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const [id, technique, s, e] = line.split('\t');
  const list = gold.get(id) ?? [];
  list.push({ start: Number(s), end: Number(e), technique });
  gold.set(id, list);
}

function merge(spans: [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  for (const [s, e] of [...spans].sort((a, b) => a[0] - b[0] || a[1] - b[1])) {
    if (out.length && s <= out[out.length - 1][1]) out[out.length - 1][1] = Math.max(out[out.length - 1][1], e);
    else out.push([s, e]);
  }
  return out;
}

/** SemEval-2020 Task 11 span identification: each span credited by the share of it the other side covers. */
function si(docs: { gold: F[]; sys: F[] }[], tech?: string): [number, number, number] {
  let P = 0;
  let R = 0;
  let ns = 0;
  let ng = 0;
  for (const d of docs) {
    const gs = merge(d.gold.filter((f) => !tech || f.technique === tech).map((f) => [f.start, f.end]));
    const ss = merge(d.sys.filter((f) => !tech || f.technique === tech).map((f) => [f.start, f.end]));
    ns += ss.length;
    ng += gs.length;
    for (const s of ss) P += gs.reduce((a, t) => a + Math.max(0, Math.min(s[1], t[1]) - Math.max(s[0], t[0])), 0) / (s[1] - s[0]);
    for (const t of gs) R += ss.reduce((a, s) => a + Math.max(0, Math.min(s[1], t[1]) - Math.max(s[0], t[0])), 0) / (t[1] - t[0]);
  }
  const p = ns ? P / ns : 0;
  const r = ng ? R / ng : 0;
  return [p, r, p + r ? (2 * p * r) / (p + r) : 0];
}

const span = process.argv.includes('--phrase') ? 'phrase' : 'clause';
const pipeline = buildPipeline({ options: { framing: { span } } });
const docs: { gold: F[]; sys: F[]; text: string }[] = [];
let ms = 0;
let chars = 0;
for (const f of readdirSync(join(folder, 'articles')).filter((x) => x.endsWith('.txt')).sort()) {
  const id = f.slice('article'.length, -4);
  const text = readFileSync(join(folder, 'articles', f), 'utf8');
  const t0 = performance.now();
  const doc = pipeline.run(new SitrepDocument({ id, text }));
  ms += performance.now() - t0;
  chars += text.length;
  docs.push({ gold: gold.get(id) ?? [], sys: (doc.maybe('frames') ?? []) as Frame[] as F[], text });
}
const [p, r, f1] = si(docs);
console.log(`PTC ${folder} (frame spans: ${span}): ${docs.length} articles, ${(chars / 1e6).toFixed(2)} MB, pipeline ${(ms / 1000).toFixed(1)} s`);
console.log(`span identification  P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${f1.toFixed(3)}`);
const techs = new Map<string, number>();
for (const d of docs) for (const g of d.gold) techs.set(g.technique, (techs.get(g.technique) ?? 0) + 1);
for (const [t, n] of [...techs].sort((a, b) => b[1] - a[1])) {
  const [tp, tr, tf] = si(docs, t);
  const nsys = docs.reduce((a, d) => a + d.sys.filter((x) => x.technique === t).length, 0);
  console.log(`  ${t.padEnd(36)} gold ${String(n).padStart(4)} system ${String(nsys).padStart(4)}  P ${tp.toFixed(3)} R ${tr.toFixed(3)} F1 ${tf.toFixed(3)}`);
}
// Rules that fire outside every gold span (any technique).
const outside = new Map<string, number>();
const inside = new Map<string, number>();
for (const d of docs) {
  for (const s of d.sys) {
    const hit = d.gold.some((g) => Math.min(s.end, g.end) > Math.max(s.start, g.start));
    const m = hit ? inside : outside;
    const k = `${s.technique.split(/[,_-]/)[0]}:${s.rule ?? '?'}`;
    m.set(k, (m.get(k) ?? 0) + 1);
  }
}
const worst = [...outside].map(([k, n]) => [k, n, inside.get(k) ?? 0] as const).sort((a, b) => b[1] - b[2] - (a[1] - a[2])).slice(0, 30);
console.log(`rules most often outside gold spans (outside/inside): ${worst.map(([k, n, i]) => `${k} ${n}/${i}`).join(', ')}`);
console.log(`SI F1 ${f1.toFixed(3)}`);
