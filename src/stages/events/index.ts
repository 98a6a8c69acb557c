/**
 * @module events: who did what to whom, where and when. Finds trigger words and their arguments
 * (`find.ts`), then decides each event's status, place, time, mode, casualties, ACLED type and CAMEO
 * root and merges the mentions of one event (`decide.ts`). PLOVER 2.0 types; the knowledge is in
 * data/ (see data/README.md).
 */
import { defineStage } from '../../pipeline/stage.js';
import { decideEvents, type StatusLayerLike } from './decide.js';
import { fallbackClauses, findFrames, mentionRefs, type Clause } from './find.js';
import { loadEventKnowledge } from './knowledge.js';
import { findStates, type TerritorialState } from './states.js';

declare module '../../model/layers.js' {
  interface LayerMap {
    /** Territorial control and other states, kept apart from events. */
    states: TerritorialState[];
  }
}

export interface EventsOptions {
  /** Keep events whose confidence is at least this (default 0: keep all). */
  minConfidence: number;
}

export const events = defineStage<EventsOptions>({
  name: 'events',
  description: 'PLOVER events with actors, recipients, place, time, status, casualties, ACLED and CAMEO codes',
  requires: ['tokens', 'sentences', 'entities'],
  optional: ['times', 'places', 'statuses' as never],
  adds: ['events', 'states'],
  defaults: { minConfidence: 0 },
  setup(options) {
    const know = loadEventKnowledge();
    return (doc) => {
      const tokens = doc.get('tokens');
      const sentences = doc.get('sentences');
      const entities = doc.get('entities');
      const statuses = ((doc as unknown as { maybe(name: string): unknown }).maybe('statuses') as StatusLayerLike | undefined) ?? null;
      const lemmaKeys = tokens.lemmaKey as string[];
      const lowerKeys = tokens.key as string[];
      // Arguments are read within predicate clauses cut here; the attribution stage's clauses (cut at
      // speech cues, "declared | victory against …") decide status only.
      const clauses: Clause[] = [];
      const clauseOfToken = new Int32Array(tokens.length).fill(-1);
      for (const s of sentences) {
        for (const c of fallbackClauses(tokens, s)) {
          for (let k = c.start; k < c.end; k++) clauseOfToken[k] = clauses.length;
          clauses.push(c);
        }
      }
      const clauseAt = (k: number): Clause => {
        const i = clauseOfToken[k];
        if (i >= 0) return clauses[i];
        const s = sentences[tokens.sentence[k]];
        return { start: s.tokenStart, end: s.tokenEnd };
      };
      const mentions = mentionRefs(entities, tokens);
      const frames = findFrames({ tokens, lemmaKeys, lowerKeys, sentences, mentions, clauseAt, know });
      const list = decideEvents(frames, {
        text: doc.text,
        tokens,
        sentences,
        entities,
        places: doc.maybe('places') ?? [],
        times: doc.maybe('times') ?? [],
        statuses,
        published: doc.meta.published,
        know,
        keys: { lower: lowerKeys, lemma: lemmaKeys },
      });
      doc.set('events', list.filter((e) => e.confidence >= options.minConfidence));
      doc.set('states', findStates({ text: doc.text, tokens, sentences, mentions, places: doc.maybe('places') ?? [], times: doc.maybe('times') ?? [] }));
    };
  },
});
