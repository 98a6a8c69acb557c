/**
 * @module actors: who the text is about. Finds mentions of countries, state organs, armed groups,
 * international bodies, people, generic groups and operations (`match.ts`), and resolves them to
 * canonical entities with kind, country and sector, linking surnames, descriptions and pronouns
 * (`resolve.ts`). The knowledge is in `data/` (see data/README.md).
 */
import { defineStage } from '../../pipeline/stage.js';
import { loadKnowledge } from './knowledge.js';
import { findCandidates } from './match.js';
import { resolveEntities } from './resolve.js';

export interface ActorsOptions {
  /** Extra knowledge files (same format as data/groups.json) with the user's own actors. */
  knowledge: string[];
}

export const actors = defineStage<ActorsOptions>({
  name: 'actors',
  description: 'actor mentions resolved to canonical entities (kind, country, sector), with coreference',
  requires: ['tokens', 'sentences'],
  adds: ['entities'],
  defaults: { knowledge: [] },
  setup(options) {
    const know = loadKnowledge({ extraFiles: options.knowledge });
    return (doc) => {
      const tokens = doc.get('tokens');
      const sentences = doc.get('sentences');
      const keys = tokens.key as string[];
      const candidates = findCandidates(tokens, keys, sentences, know);
      doc.set('entities', resolveEntities({ text: doc.text, tokens, keys, sentences, candidates, know }));
    };
  },
});
