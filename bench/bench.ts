/**
 * @module `npm run bench`: throughput of the full pipeline over a fixed corpus (default: the
 * 249-article Guardian benchmark in ../shared/corpus), beside the same corpus through wink-nlp alone.
 *
 * Each mode runs in its own child process so peak RSS is the mode's own. Every mode reads the corpus,
 * sets up, makes one warm-up pass, then times `--passes` passes (default 5: on a shared machine the fastest of five is steadier) and
 * reports the fastest.
 *
 * Baselines: "wink" is wink-nlp's default pipeline (tokens, sentences, POS, its entities: the
 * ≈740k tokens/s that design/FINDINGS.md measured and calls tokenization); "tokenizer" is wink's bare
 * tokenizer, the hard floor of any pipeline built on it. The headline ratio is pipeline / wink.
 * `--preset NAME` measures another stage preset (e.g. `actors`: the core, segment + actors).
 * `--rounds N` runs the modes in turn N times and keeps each one's fastest (steadier ratios when the
 * machine's load changes).
 *
 * Last, the growth with document length: the corpus's articles run together into one paragraph-less
 * text of 100 KB and of 400 KB (what a pasted report or a careless API client sends). Work linear in
 * the text takes 4× as long for 4× the text; a stage far above that compares every mention with every
 * other, and one request of that size would hold a server for minutes.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { SitrepDocument } from '../src/model/document.js';
import { buildPipeline } from '../src/stages/index.js';
import { packageRoot } from '../src/util/data.js';

interface Result {
  mode: string;
  docs: number;
  bytes: number;
  tokens: number;
  /** Wall-clock time of the fastest pass. */
  ms: number;
  /** CPU time (user + system) of that pass: steadier than wall time on a shared machine, and what the
   * ratios use. */
  cpuMs: number;
  setupMs: number;
  maxRssMb: number;
  stages?: Record<string, number>;
}

interface Article {
  id: string;
  text: string;
  published?: string;
}

function loadCorpus(path: string): Article[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Article);
}

function cpuMs(u: NodeJS.CpuUsage): number {
  return (u.user + u.system) / 1000;
}

function runMode(mode: string, corpus: string, passes: number, preset?: string): Result {
  const articles = loadCorpus(corpus);
  const bytes = articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0);
  let tokens = 0;
  let best = Infinity;
  let bestCpu = Infinity;
  let setupMs = 0;
  const stageTotals = new Map<string, number>();
  const t0 = performance.now();
  if (mode === 'pipeline') {
    const pipeline = buildPipeline({ preset });
    setupMs = performance.now() - t0;
    for (let pass = 0; pass <= passes; pass++) {
      const timings = new Map<string, number>();
      const start = performance.now();
      const cpu0 = process.cpuUsage();
      let n = 0;
      for (const a of articles) {
        const doc = pipeline.run(new SitrepDocument({ id: a.id, text: a.text, published: a.published ?? null }), pass > 0 ? timings : undefined);
        n += doc.get('tokens').length;
      }
      const ms = performance.now() - start;
      const cpu = cpuMs(process.cpuUsage(cpu0));
      tokens = n;
      if (pass > 0 && cpu < bestCpu) {
        best = ms;
        bestCpu = cpu;
        stageTotals.clear();
        for (const [k, v] of timings) stageTotals.set(k, v);
      }
    }
  } else {
    const nlp = mode === 'tokenizer' ? winkNLP(model, []) : winkNLP(model);
    const its = nlp.its;
    setupMs = performance.now() - t0;
    for (let pass = 0; pass <= passes; pass++) {
      const start = performance.now();
      const cpu0 = process.cpuUsage();
      let n = 0;
      for (const a of articles) {
        const doc = nlp.readDoc(a.text);
        const values = doc.tokens().out(its.value);
        if (mode === 'wink') {
          doc.tokens().out(its.pos);
          doc.sentences().out();
        }
        n += values.length;
      }
      const ms = performance.now() - start;
      const cpu = cpuMs(process.cpuUsage(cpu0));
      tokens = n;
      if (pass > 0 && cpu < bestCpu) {
        best = ms;
        bestCpu = cpu;
      }
    }
  }
  return {
    mode,
    docs: articles.length,
    bytes,
    tokens,
    ms: best,
    cpuMs: bestCpu,
    setupMs,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    stages: stageTotals.size ? Object.fromEntries(stageTotals) : undefined,
  };
}

interface Scaling {
  sizes: number[];
  /** CPU ms per stage, per size. */
  stages: Array<Record<string, number>>;
}

function runScaling(corpus: string, preset?: string): Scaling {
  const articles = loadCorpus(corpus);
  const pipeline = buildPipeline({ preset });
  const long = (bytes: number) => {
    let text = '';
    for (let k = 0; text.length < bytes; k++) text += `${articles[k % articles.length].text.replace(/\s*\n\s*/g, ' ')} `;
    return text.slice(0, bytes);
  };
  pipeline.run(new SitrepDocument({ id: 'warm-up', text: long(20_000), published: '2019-01-01' }), new Map());
  const sizes = [100_000, 400_000];
  const stages = sizes.map((bytes) => {
    const timings = new Map<string, number>();
    pipeline.run(new SitrepDocument({ id: `long-${bytes}`, text: long(bytes), published: '2019-01-01' }), timings);
    return Object.fromEntries(timings);
  });
  return { sizes, stages };
}

function main(): void {
  const args = process.argv.slice(2);
  const flag = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const passes = Number(flag('--passes') ?? 5);
  const defaultCorpus = join(packageRoot(), '..', 'shared', 'corpus', 'guardian-syria.jsonl');
  // A fresh clone has no ../shared: the bundled wire sample still runs every stage (its figures are
  // too small to compare with the Guardian corpus's, and the summary names the corpus it read).
  const corpus = flag('--corpus') ?? (existsSync(defaultCorpus) ? defaultCorpus : join(packageRoot(), 'samples', 'wire.jsonl'));
  const mode = flag('--mode');
  const preset = flag('--preset');
  if (mode) {
    process.stdout.write(JSON.stringify(mode === 'scaling' ? runScaling(corpus, preset) : runMode(mode, corpus, passes, preset)));
    return;
  }
  if (!existsSync(corpus)) {
    console.error(`bench: corpus not found at ${corpus} (pass --corpus FILE.jsonl)`);
    process.exitCode = 2;
    return;
  }
  const self = fileURLToPath(import.meta.url);
  // On a shared machine the load changes between the modes' processes: with `--rounds N` the modes
  // run in turn N times (tokenizer, wink, pipeline, tokenizer, …) and each keeps its fastest round, so
  // wink and the pipeline are timed under the same load.
  const rounds = Math.max(1, Number(flag('--rounds') ?? 1));
  const modes = ['tokenizer', 'wink', 'pipeline'];
  const results: Result[] = [];
  for (let r = 0; r < rounds; r++) {
    modes.forEach((m, k) => {
      const res = JSON.parse(execFileSync(process.execPath, [self, '--mode', m, '--corpus', corpus, '--passes', String(passes), ...(preset ? ['--preset', preset] : [])], { encoding: 'utf8', maxBuffer: 64 << 20 })) as Result;
      if (!results[k] || res.cpuMs < results[k].cpuMs) results[k] = res;
    });
  }
  if (preset) console.log(`preset: ${preset}`);
  console.log(`corpus: ${corpus} (${results[0].docs} articles, ${(results[0].bytes / 1e6).toFixed(2)} MB); best of ${passes} passes after a warm-up${rounds > 1 ? `, best of ${rounds} rounds of the modes in turn` : ''}\n`);
  console.log('mode        articles/s      MB/s   tokens/s   peak RSS   set-up   (per CPU second; wall-clock articles/s in brackets)');
  for (const r of results) {
    const s = r.cpuMs / 1000;
    console.log(
      `${r.mode.padEnd(10)} ${(r.docs / s).toFixed(1).padStart(11)} ${(r.bytes / 1e6 / s).toFixed(2).padStart(9)} ${Math.round(r.tokens / s).toLocaleString('en').padStart(10)} ${r.maxRssMb.toFixed(0).padStart(7)} MB ${r.setupMs.toFixed(0).padStart(6)} ms   [${(r.docs / (r.ms / 1000)).toFixed(1)}]`,
    );
  }
  const [tok, wink, pipe] = results;
  console.log(`\npipeline / wink (tokens, sentences, POS, entities): ${((100 * wink.cpuMs) / pipe.cpuMs).toFixed(1)}%   (CPU time)`);
  console.log(`pipeline / bare tokenizer:                         ${((100 * tok.cpuMs) / pipe.cpuMs).toFixed(1)}%`);
  if (pipe.stages) {
    const total = Object.values(pipe.stages).reduce((a, b) => a + b, 0);
    console.log('\nshare of pipeline time per stage:');
    for (const [name, ms] of Object.entries(pipe.stages)) console.log(`  ${name.padEnd(12)} ${((100 * ms) / total).toFixed(1).padStart(5)}%  ${(ms / pipe.docs).toFixed(2)} ms/article`);
  }
  const scaling = JSON.parse(execFileSync(process.execPath, [self, '--mode', 'scaling', '--corpus', corpus, ...(preset ? ['--preset', preset] : [])], { encoding: 'utf8', maxBuffer: 64 << 20 })) as Scaling;
  const [small, large] = scaling.stages;
  const sum = (r: Record<string, number>) => Object.values(r).reduce((a, b) => a + b, 0);
  const kb = scaling.sizes.map((b) => `${b / 1000} KB`);
  console.log(`\none paragraph-less text of ${kb[0]} and of ${kb[1]} (4× the text: linear work takes ≈4× as long):`);
  console.log(`  ${'all stages'.padEnd(12)} ${sum(small).toFixed(0).padStart(6)} ms ${sum(large).toFixed(0).padStart(7)} ms   ×${(sum(large) / sum(small)).toFixed(1)}`);
  for (const name of Object.keys(large)) {
    console.log(`  ${name.padEnd(12)} ${small[name].toFixed(0).padStart(6)} ms ${large[name].toFixed(0).padStart(7)} ms   ×${(large[name] / Math.max(1, small[name])).toFixed(1)}`);
  }
}

main();
