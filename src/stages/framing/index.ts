/**
 * @module framing: how the outlet frames the story. Adds `frames` (contract: spans labelled with a
 * SemEval-2020 Task 11 propaganda technique: Loaded_Language, Name_Calling,Labeling, Doubt, …) found
 * from documented lexicons and patterns, and the `framing` profile of the article (frames per
 * technique per 1,000 words, and hedges), so outlets can be compared on one story.
 */
import type { Frame } from '../../model/layers.js';
import { defineStage } from '../../pipeline/stage.js';
import { normalForms } from '../../lexicon/phrases.js';
import { findFrames, type SpanPolicy } from './find.js';
import { loadFramingLexicon } from './lexicon.js';

export interface FramingProfile {
  /** Words counted (word tokens). */
  words: number;
  /** Frames per technique. */
  counts: Record<string, number>;
  /** Frames per technique per 1,000 words. */
  perThousandWords: Record<string, number>;
  /** Certainty markers ("probably", "reportedly"): not a technique, a measure of how sure the text is. */
  hedges: { count: number; perThousandWords: number; spans: { start: number; end: number; text: string }[] };
}

declare module '../../model/layers.js' {
  interface LayerMap {
    framing: FramingProfile;
  }
}

export interface FramingOptions {
  /** Folder of the data files (default: the stage's own `data/`). */
  dataDir: string | null;
  /** AFINN-165 words whose absolute valence is at least this are Loaded_Language (0 disables). */
  afinnThreshold: number;
  /** AFINN-165 adjectives whose negative valence is at least this are Loaded_Language (0 disables). */
  afinnAdjectiveThreshold: number;
  /** Span of a frame: widened at least to its clause (`clause`, default), or the entry's own scope
   * (`phrase`). Either way the frame's `cue` is the words that fired. */
  span: SpanPolicy;
}

export const framing = defineStage<FramingOptions>({
  name: 'framing',
  description: 'propaganda-technique spans (SemEval-2020 Task 11 names) from lexicons and patterns, and a per-article framing profile',
  requires: ['tokens', 'sentences'],
  optional: ['quotes'],
  adds: ['frames', 'framing'],
  defaults: { dataDir: null, afinnThreshold: 3, afinnAdjectiveThreshold: 2, span: 'clause' },
  setup(options) {
    const lex = loadFramingLexicon(options.dataDir ?? undefined, options.afinnThreshold, options.afinnAdjectiveThreshold);
    return (doc) => {
      const tokens = doc.get('tokens');
      const forms = normalForms(tokens);
      const found = findFrames(tokens, forms, doc.get('sentences'), lex, options.span);
      const frames: Frame[] = found.map((f) => ({ ...doc.span(f.start, f.end), technique: f.technique, rule: f.rule, cue: doc.span(f.cueStart, f.cueEnd) }));
      let words = 0;
      for (let i = 0; i < tokens.length; i++) if (tokens.kind[i] === 'word') words++;
      const counts: Record<string, number> = {};
      for (const f of frames) counts[f.technique] = (counts[f.technique] ?? 0) + 1;
      const per = (n: number) => (words ? Math.round((n * 1000 * 100) / words) / 100 : 0);
      const perThousandWords: Record<string, number> = {};
      for (const [t, n] of Object.entries(counts)) perThousandWords[t] = per(n);
      const hedgeSpans = lex.hedges.scan(forms).map((m) => doc.span(tokens.start[m.start], tokens.end[m.end - 1]));
      doc.set('frames', frames);
      doc.set('framing', { words, counts, perThousandWords, hedges: { count: hedgeSpans.length, perThousandWords: per(hedgeSpans.length), spans: hedgeSpans } });
    };
  },
});
