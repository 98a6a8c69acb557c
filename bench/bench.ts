/**
 * `npm run bench [FILE.jsonl]`: throughput of the pipeline on a corpus (default
 * `../shared/corpus/guardian-syria.jsonl`, else the bundled seed article repeated): articles/s, MB/s,
 * peak RSS, the ratio to wink-nlp tokenization alone (the `segment` preset), and each stage's share of
 * the pipeline's time.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { SitrepDocument } from '../src/model/document.js';
import type { StageTimings } from '../src/pipeline/pipeline.js';
import { buildPipeline } from '../src/stages/index.js';

interface Article {
  id: string;
  text: string;
  published: string | null;
}

function corpus(path: string | undefined): Article[] {
  const file = resolve(path ?? join(process.cwd(), '..', 'shared', 'corpus', 'guardian-syria.jsonl'));
  if (existsSync(file)) {
    return readFileSync(file, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l, k) => {
        const o = JSON.parse(l) as Partial<Article>;
        return { id: o.id ?? String(k), text: o.text ?? '', published: o.published ?? null };
      });
  }
  console.log(`(corpus ${file} not found: the seed article, 200 times)`);
  const text = readFileSync(join(process.cwd(), 'samples', 'seed', 'article.txt'), 'utf8');
  return Array.from({ length: 200 }, (_, k) => ({ id: `seed-${k}`, text, published: '2018-09-06' }));
}

function run(preset: string, articles: Article[], rounds: number): { seconds: number; timings: StageTimings } {
  const pipeline = buildPipeline({ preset });
  for (const a of articles.slice(0, 20)) pipeline.run(new SitrepDocument(a)); // warm-up
  // Best of several rounds, per stage too: the machine is shared, and a pause (GC, another process)
  // lands on whichever stage happens to be running.
  let best = Infinity;
  const timings: StageTimings = new Map();
  for (let r = 0; r < rounds; r++) {
    const t: StageTimings = new Map();
    const t0 = performance.now();
    for (const a of articles) pipeline.run(new SitrepDocument(a), t);
    best = Math.min(best, (performance.now() - t0) / 1000);
    for (const [name, ms] of t) timings.set(name, Math.min(timings.get(name) ?? Infinity, ms));
  }
  return { seconds: best, timings };
}

const articles = corpus(process.argv[2]);
const bytes = articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0);
const rounds = 5;
const base = run('segment', articles, rounds);
const full = run('newsroom-en', articles, rounds);
const rate = (s: number) => `${(articles.length / s).toFixed(1)} articles/s, ${(bytes / 1e6 / s).toFixed(2)} MB/s`;
console.log(`corpus: ${articles.length} articles, ${(bytes / 1e6).toFixed(2)} MB; best of ${rounds} rounds`);
console.log(`tokenization only (segment): ${rate(base.seconds)}`);
console.log(`pipeline (newsroom-en):      ${rate(full.seconds)}`);
console.log(`pipeline / tokenization throughput: ${((100 * base.seconds) / full.seconds).toFixed(1)}% (must stay ≥ 30%)`);
const total = [...full.timings.values()].reduce((a, b) => a + b, 0);
for (const [name, ms] of full.timings) console.log(`  stage ${name.padEnd(10)} ${(ms / 1000).toFixed(3)} s  ${((100 * ms) / total).toFixed(1)}% of pipeline time`);
console.log(`peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
