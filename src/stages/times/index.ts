/**
 * @module times: every time expression of the text as a TIMEX3 (type, value, mod), with the day
 * interval an analyst can filter on (`from`/`to`), resolved against the publication date, the tense of
 * its clause and the dates the text gave before. Adds the `times` layer.
 */
import type { Timex } from '../../model/layers.js';
import { defineStage } from '../../pipeline/stage.js';
import { type Candidate, Grammar } from './grammar.js';
import { loadLexicon } from './lexicon.js';
import { newContext, resolve } from './resolve.js';
import { tenseAround, type Tense } from './tense.js';

export interface TimesOptions {
  /** Path of the lexicon JSON (default: the one shipped in `data/`). */
  lexicon: string | null;
  /** Add `rule` (the grammar rule that matched) and `tense` (when resolution consulted it) to each time. */
  explain: boolean;
}

export const times = defineStage<TimesOptions>({
  name: 'times',
  description: 'time expressions: TIMEX3 type, value and mod, and the resolved day interval',
  requires: ['tokens', 'sentences'],
  adds: ['times'],
  defaults: { lexicon: null, explain: false },
  setup(options) {
    const lexicon = options.lexicon ? loadLexicon(options.lexicon) : loadLexicon();
    const grammar = new Grammar(lexicon);
    return (doc) => {
      const tokens = doc.get('tokens');
      const sentences = doc.get('sentences');
      // filled sentence by sentence by the grammar, where a time expression may start
      const words: string[] = new Array<string>(tokens.length).fill('');
      const ctx = newContext(doc.meta.published);
      const out: Timex[] = [];
      for (const sentence of sentences) {
        const found = grammar.scan(tokens, words, sentence.tokenStart, sentence.tokenEnd);
        for (let n = 0; n < found.length; n++) {
          const c = found[n];
          let tense: Tense | undefined;
          const tenseOf = () => (tense === undefined ? (tense = tenseAround(tokens, c.first, c.last, sentence.tokenStart, sentence.tokenEnd)) : tense);
          const signal = signalBefore(lexicon.signals, words, c.first, sentence.tokenStart);
          const deadline = DEADLINE.has(words[signal ? signal.first : c.first - 1] ?? '');
          const next = found[n + 1];
          const closedBy = next && next.sem.k === 'date' && next.sem.m && next.sem.d && closesPeriod(c, next, words) ? { y: next.sem.y, m: next.sem.m, d: next.sem.d } : null;
          const r = resolve(c, ctx, tenseOf, signal?.mod ?? null, deadline, n > 0 ? closesPeriod(found[n - 1], c, words) : null, closedBy);
          const span = doc.span(tokens.start[c.first], tokens.end[c.last - 1]);
          const timex: Timex = { id: `T${out.length + 1}`, ...span, type: c.type, value: r.value, mod: r.mod, from: r.from, to: r.to };
          if (signal) timex.signal = doc.span(tokens.start[signal.first], tokens.end[c.first - 1]);
          if (options.explain) {
            timex.rule = c.rule;
            if (tense !== undefined) timex.tense = tense;
          }
          out.push(timex);
        }
      }
      doc.set('times', out);
    };
  },
});

/** Words before a deadline or a start: "postponed until Tuesday", "a pact effective June 1" lie
 * ahead although the verb is past. */
const DEADLINE = new Set(['until', 'till', 'by', 'effective']);

/** "the quarter ended Sept. 30", "the fiscal year ending June 30": a date that closes the period
 * named just before it. */
function closesPeriod(prev: Candidate, c: Candidate, words: readonly string[]): 'quarter' | 'period' | null {
  if (prev.last !== c.first - 1 || (words[c.first - 1] !== 'ended' && words[c.first - 1] !== 'ending')) return null;
  if (prev.sem.k === 'quarter' || prev.sem.k === 'thequarter') return 'quarter';
  return prev.type === 'DURATION' ? 'period' : null;
}

/** A signal ("since", "before", "until", "prior to") right before the expression. */
function signalBefore(
  signals: { match(w: readonly string[], i: number, end: number): [string, number] | null },
  words: readonly string[],
  first: number,
  sentenceStart: number,
): { mod: string; first: number } | null {
  for (let k = 1; k <= 3 && first - k >= sentenceStart; k++) {
    const m = signals.match(words, first - k, first);
    if (m && m[1] === first) return { mod: m[0], first: first - k };
  }
  return null;
}
