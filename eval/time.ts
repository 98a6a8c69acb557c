/**
 * `npm run eval:time [DIR]`: TempEval-3 Task A measures of the times stage on a TimeML folder
 * (default `../shared/eval/time/tbaq`). Each `.tml` is stripped to its text (the same way as
 * `../shared/tools/sitrep_eval.py`), its `<DCT>` is the publication date, the pipeline runs, and the
 * output is scored: extent F1 relaxed (overlap) and strict (exact), value F1 (extent matched and value
 * equal), overall and per gold type, then the most frequent errors.
 *
 * `--errors N` lists N error examples; `--out FILE` writes the system output (JSONL) for the
 * reference scorer; `--explain` shows the rule and tense behind each value
 * (and lists the right ones too).
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { SitrepDocument } from '../src/model/document.js';
import type { Timex } from '../src/model/layers.js';
import { toJson } from '../src/output/json.js';
import { buildPipeline } from '../src/stages/index.js';

interface Gold {
  start: number;
  end: number;
  type: string;
  value: string;
  text: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const unescape = (s: string) =>
  s.replace(/&(#x?[0-9a-fA-F]+|\w+);/g, (m, e: string) =>
    e.startsWith('#x') ? String.fromCodePoint(parseInt(e.slice(2), 16)) : e.startsWith('#') ? String.fromCodePoint(+e.slice(1)) : (ENTITIES[e] ?? m),
  );

/** Text, publication date and gold TIMEX3s of a TimeML file (sitrep_eval.py's reading). */
export function readTimeML(raw: string): { text: string; published: string | null; gold: Gold[] } {
  const dct = /<DCT>\s*<TIMEX3([^>]*)>/.exec(raw);
  const published = dct ? (/value="([^"]*)"/.exec(dct[1])?.[1] ?? '').slice(0, 10) || null : null;
  const body = /<TEXT>([\s\S]*)<\/TEXT>/.exec(raw)?.[1] ?? '';
  const tag = /<(\/?)([A-Za-z0-9]+)([^>]*)>/g;
  let text = '';
  let pos = 0;
  const stack: [number, Record<string, string>][] = [];
  const gold: Gold[] = [];
  for (let m; (m = tag.exec(body)); ) {
    text += unescape(body.slice(pos, m.index));
    pos = m.index + m[0].length;
    if (m[2] !== 'TIMEX3' || m[3].trimEnd().endsWith('/')) continue;
    if (!m[1]) stack.push([text.length, Object.fromEntries([...m[3].matchAll(/(\w+)="([^"]*)"/g)].map((a) => [a[1], a[2]]))]);
    else if (stack.length) {
      const [start, attrs] = stack.pop()!;
      gold.push({ start, end: text.length, type: attrs.type, value: attrs.value ?? '', text: '' });
    }
  }
  text += unescape(body.slice(pos));
  for (const g of gold) g.text = text.slice(g.start, g.end);
  return { text, published, gold };
}

function files(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...files(path));
    else if (name.endsWith('.tml')) out.push(path);
  }
  return out;
}

const overlap = (a: { start: number; end: number }, b: { start: number; end: number }) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

export interface Tally {
  gold: number;
  system: number;
  relaxed: number;
  strict: number;
  value: number;
}
const tally = (): Tally => ({ gold: 0, system: 0, relaxed: 0, strict: 0, value: 0 });

function f1(tp: number, system: number, gold: number): [number, number, number] {
  const p = system ? tp / system : 0;
  const r = gold ? tp / gold : 0;
  return [p, r, p + r ? (2 * p * r) / (p + r) : 0];
}

export interface Evaluation {
  all: Tally;
  byType: Map<string, Tally>;
  errors: Map<string, number>;
  examples: string[];
  /** With `explain`: the values found right, with their rule and tense. */
  correct: string[];
  output: string[];
  ms: number;
}

/** Runs the pipeline on every TimeML file of `dir` and scores it (TempEval-3 Task A semantics). */
export function evaluate(dir: string, keepOutput = false, explain = false): Evaluation {
  const pipeline = buildPipeline({ preset: 'newsroom-en', options: explain ? { times: { explain: true } } : undefined });
  const all = tally();
  const byType = new Map<string, Tally>();
  const errors = new Map<string, number>();
  const examples: string[] = [];
  const correct: string[] = [];
  const output: string[] = [];
  let ms = 0;
  for (const path of files(dir)) {
    const { text, published, gold } = readTimeML(readFileSync(path, 'utf8'));
    const id = path.slice(path.lastIndexOf('/') + 1, -4);
    const t0 = performance.now();
    const doc = pipeline.run(new SitrepDocument({ id, text, published }));
    ms += performance.now() - t0;
    if (keepOutput) output.push(JSON.stringify(toJson(doc)));
    const system: Timex[] = doc.maybe('times') ?? [];
    all.gold += gold.length;
    all.system += system.length;
    const used = new Set<number>();
    const matchedSystem = new Set<number>();
    for (const g of gold) {
      const t = byType.get(g.type) ?? tally();
      byType.set(g.type, t);
      t.gold++;
      let best = -1;
      let bestOverlap = 0;
      system.forEach((s, i) => {
        const o = overlap(g, s);
        if (o > bestOverlap && !used.has(i)) [best, bestOverlap] = [i, o];
      });
      const key = (what: string) => errors.set(what, (errors.get(what) ?? 0) + 1);
      if (best < 0) {
        key(`missed ${g.type}`);
        examples.push(`${id}\tmissed\t${g.type}\t${JSON.stringify(g.text)}\t${g.value}\t(dct ${published})`);
        continue;
      }
      used.add(best);
      matchedSystem.add(best);
      const s = system[best];
      all.relaxed++;
      t.relaxed++;
      t.system++;
      if (s.start === g.start && s.end === g.end) {
        all.strict++;
        t.strict++;
      } else {
        examples.push(`${id}\textent\t${g.type}\t${JSON.stringify(g.text)} → ${JSON.stringify(s.text)}`);
      }
      if (s.value === g.value) {
        all.value++;
        t.value++;
        if (explain) correct.push(`${id}\tcorrect\t${g.type}\t${JSON.stringify(g.text)} ${g.value} → ${JSON.stringify(s.text)} ${s.value}\t(dct ${published})${why(s)}`);
      } else {
        key(`value ${g.type}`);
        examples.push(`${id}\tvalue\t${g.type}\t${JSON.stringify(g.text)} ${g.value} → ${JSON.stringify(s.text)} ${s.value}\t(dct ${published})${why(s)}`);
      }
    }
    system.forEach((s, i) => {
      if (matchedSystem.has(i)) return;
      errors.set(`spurious ${s.type}`, (errors.get(`spurious ${s.type}`) ?? 0) + 1);
      examples.push(`${id}\tspurious\t${s.type}\t${JSON.stringify(s.text)}\t${s.value}${why(s)}`);
    });
  }
  return { all, byType, errors, examples, correct, output, ms };
}

/** The rule and tense behind a value, when the stage explains itself. */
const why = (s: Timex) => (s.rule ? `\t[${s.rule}${s.tense !== undefined ? ` ${s.tense}` : ''}]` : '');

/** Precision, recall and F1 of one measure. */
export function measure(t: Tally, k: 'relaxed' | 'strict' | 'value'): [number, number, number] {
  return f1(t[k], t.system, t.gold);
}

function main(): void {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { errors: { type: 'string' }, out: { type: 'string' }, explain: { type: 'boolean' } } });
  const dir = resolve(positionals[0] ?? join(process.cwd(), '..', 'shared', 'eval', 'time', 'tbaq'));
  const { all, byType, errors, examples, correct, output, ms } = evaluate(dir, !!values.out, !!values.explain);
  const line = (name: string, t: Tally, system = t.system) => {
    const cells = (['relaxed', 'strict', 'value'] as const).map((k) => {
      const [p, r, f] = f1(t[k], system, t.gold);
      return `${k} P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${f.toFixed(3)}`;
    });
    return `${name.padEnd(9)} gold ${String(t.gold).padStart(4)}  ${cells.join('   ')}`;
  };
  console.log(`TimeML folder: ${dir}`);
  console.log(`documents ${files(dir).length}, gold ${all.gold}, system ${all.system}, matched ${all.relaxed}, pipeline ${(ms / 1000).toFixed(1)} s`);
  console.log(line('overall', all));
  // Per gold type: recall only (a spurious expression has no gold type to charge it to).
  for (const [type, t] of [...byType].sort()) {
    const r = (k: 'relaxed' | 'strict' | 'value') => (t[k] / t.gold).toFixed(3);
    console.log(`${type.padEnd(9)} gold ${String(t.gold).padStart(4)}  recall: relaxed ${r('relaxed')}   strict ${r('strict')}   value ${r('value')}`);
  }
  console.log('errors:', Object.fromEntries([...errors].sort((a, b) => b[1] - a[1])));
  // the most frequent error patterns (value errors grouped by gold text shape)
  const patterns = new Map<string, number>();
  for (const e of examples) {
    const [, kind, type, rest] = e.split('\t');
    const shape = `${kind} ${type} ${(rest ?? '').replace(/\d/g, '9').split(' → ')[0].split(' ').slice(0, 4).join(' ')}`;
    patterns.set(shape, (patterns.get(shape) ?? 0) + 1);
  }
  console.log('\nmost frequent errors:');
  for (const [shape, n] of [...patterns].sort((a, b) => b[1] - a[1]).slice(0, 20)) console.log(`${String(n).padStart(4)}  ${shape}`);
  const [, , vf] = f1(all.value, all.system, all.gold);
  console.log(`\nvalue F1 ${vf.toFixed(3)}`);
  if (values.errors) for (const e of examples.slice(0, +values.errors)) console.log(e);
  if (values.explain) for (const e of correct) console.log(e);
  if (values.out) writeFileSync(values.out, output.join('\n') + '\n');
}

if (process.argv[1]?.endsWith("time.js")) main();
