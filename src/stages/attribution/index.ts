/**
 * @module attribution: who said it and how sure. Adds `quotes` (contract: direct, indirect and mixed
 * quotations with cue, source and speaker), `claims` (each attributed proposition typed statement,
 * forecast, pledge, allegation, denial or rejection, with hedges and deadline) and the internal
 * `statuses` layer (status of every clause, for the events stage: see README.md).
 */
import type { Quote } from '../../model/layers.js';
import { defineStage } from '../../pipeline/stage.js';
import { normalForms } from '../../lexicon/phrases.js';
import { tokenRange } from '../../model/tokens.js';
import { decide, type Claim } from './decide.js';
import { findAttributions, type FindContext } from './find.js';
import { loadAttributionLexicon } from './lexicon.js';
import { findMarkedQuotes } from './marks.js';
import { computeStatuses, type StatusLayer } from './status.js';

export type { Claim } from './decide.js';
export type { ClauseStatus, ClauseStatusName, StatusLayer } from './status.js';
export { statusAt, STATUS_PRECEDENCE } from './status.js';

declare module '../../model/layers.js' {
  interface LayerMap {
    claims: Claim[];
    statuses: StatusLayer;
  }
}

export interface AttributionOptions {
  /** Folder of the data files (default: the stage's own `data/`). */
  dataDir: string | null;
}

export const attribution = defineStage<AttributionOptions>({
  name: 'attribution',
  description: 'quotes (direct, indirect, mixed) with cue, source and speaker; claims (statement, forecast, pledge, allegation, denial, rejection) with hedges and deadlines; the status of every clause',
  requires: ['tokens', 'sentences', 'paragraphs'],
  optional: ['entities', 'times'],
  adds: ['quotes', 'claims', 'statuses'],
  defaults: { dataDir: null },
  setup(options) {
    const lex = options.dataDir ? loadAttributionLexicon(options.dataDir) : loadAttributionLexicon();
    return (doc) => {
      const tokens = doc.get('tokens');
      const sentences = doc.get('sentences');
      const forms = normalForms(tokens);
      const quotes = findMarkedQuotes(tokens, sentences);
      const n = tokens.length;
      const quoteOpenAt = new Int32Array(n).fill(-1);
      const quoteCloseAt = new Int32Array(n).fill(-1);
      const quoteCover = new Int32Array(n).fill(-1);
      quotes.forEach((q, k) => {
        quoteOpenAt[q.open] = k;
        if (q.closed) quoteCloseAt[q.close] = k;
        quoteCover.fill(k, q.open, q.close + 1);
      });
      // Tokens of person mentions (a stance toward a person, "attacked Okafor", is not an armed
      // attack), computed when first asked.
      let personTokens: Uint8Array | null = null;
      const person = (i: number): boolean => {
        if (!personTokens) {
          personTokens = new Uint8Array(n);
          for (const e of doc.maybe('entities') ?? []) {
            if (e.kind !== 'person') continue;
            for (const m of e.mentions) {
              const r = tokenRange(tokens, m);
              personTokens.fill(1, r[0], r[1]);
            }
          }
        }
        return personTokens[i] === 1;
      };
      const hedgeMatches = lex.hedges.scan(forms).map((m) => [m.start, m.end] as [number, number]);
      const ctx: FindContext = { tokens, forms, sentences, lex, quotes, quoteOpenAt, quoteCloseAt, quoteCover, person, hedgeMatches };
      const found = findAttributions(ctx);
      const decided = decide(doc, ctx, lex, found);
      const layer = computeStatuses(
        tokens,
        forms,
        sentences,
        decided.raw.map((a, k) => ({
          content: a.content,
          cue: a.cue,
          cueType: a.cueType,
          source: a.source !== null,
          quote: decided.quotes[k].id,
          claim: decided.claimOf[k]?.id ?? null,
          type: decided.claimOf[k]?.type ?? null,
          speaker: decided.quotes[k].speaker,
        })),
        hedgeMatches,
      );
      decided.raw.forEach((a, k) => {
        const claim = decided.claimOf[k];
        if (!claim) return;
        // A claim's status is that of the first clause of its content with a predicate.
        let status = null;
        for (let i = a.content[0]; i < a.content[1] && !status; i++) {
          const c = layer.clauses[layer.clauseOf[i]];
          if (c && c.head >= 0 && c.claim === claim.id) status = c.status;
        }
        // Else (a verbless content: "to downscale/ADJ …" mis-tagged) the first clause of the content.
        const first = layer.clauses[layer.clauseOf[a.content[0]]];
        claim.status = status ?? (first && first.claim === claim.id ? first.status : 'reported');
      });
      doc.set('quotes', decided.quotes as Quote[]);
      doc.set('claims', decided.claims);
      doc.set('statuses', layer);
    };
  },
});
