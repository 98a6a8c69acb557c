/**
 * @module States, kept apart from events: who holds which territory ("militant-held Idlib",
 * "militants are in control of parts of Hama", "are holding desert regions", "no longer in control of
 * any urban bastions"). A state is true over a time, not something that happened at one.
 */
import type { Entity, Place, Sentence, Timex, Tokens } from '../../model/layers.js';
import type { TextSpan } from '../../model/span.js';
import { tokenAtOrAfter } from '../../model/tokens.js';
import type { MentionRef } from './find.js';
import { eventWords } from './knowledge.js';
import { firstStartingAt, startingIn } from '../../util/sorted.js';

export interface TerritorialState {
  id: string;
  type: 'control';
  /** Entity ids of who holds the territory. */
  holders: string[];
  /** Place ids of the territory, most specific first. */
  places: string[];
  status: 'asserted' | 'negated' | 'past';
  /** The time the text gives, or null (then: as of the publication date). */
  time: string | null;
  trigger: TextSpan;
  evidence: TextSpan;
}

const HELD = eventWords().set.heldParticiples;
const CONTROL_VERBS = eventWords().set.controlVerbs;
const NEGATION = eventWords().set.controlNegation;

export interface StatesInput {
  text: string;
  tokens: Tokens;
  sentences: readonly Sentence[];
  mentions: MentionRef[];
  places: readonly Place[];
  times: readonly Timex[];
}

export function findStates(input: StatesInput): TerritorialState[] {
  const { text, tokens, sentences, mentions, places } = input;
  const placeAt = places.map((p) => ({ p, start: tokenAtOrAfter(tokens, p.start), end: tokenAtOrAfter(tokens, p.end - 1) + 1 })).sort((a, b) => a.start - b.start);
  const out: TerritorialState[] = [];
  const span = (a: number, b: number): TextSpan => ({ start: tokens.start[a], end: tokens.end[b - 1], text: text.slice(tokens.start[a], tokens.end[b - 1]) });
  const placesFrom = (from: number, s: Sentence, limit: number) =>
    [...new Set(startingIn(placeAt, from, Math.min(s.tokenEnd, from + limit)).filter((x) => x.p.mention !== 'modifier' && x.p.mention !== 'embedded').map((x) => x.p.id))];

  sentences.forEach((s) => {
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      // "militant-held Idlib", "IS-controlled areas". (The cheap tests first: this runs for every token.)
      if (!tokens.spaceBefore[i] && tokens.text[i] === '-' && i + 1 < s.tokenEnd && HELD.has(tokens.lower[i + 1])) {
        const holder = mentionEndingAt(mentions, i);
        const where = placesFrom(i + 2, s, 4);
        if (holder && where.length) {
          out.push({ id: '', type: 'control', holders: [holder.entity.id], places: where, status: 'asserted', time: null, trigger: span(holder.start, i + 2), evidence: span(holder.start, i + 2 + 1) });
        }
        continue;
      }
      // "X is (no longer) in control of Y", "X controls/holds Y", "the territory it once controlled in Y".
      const inControl = tokens.lower[i] === 'in' && tokens.lower[i + 1] === 'control' && tokens.lower[i + 2] === 'of';
      const verb = (tokens.pos[i] === 'VERB' || tokens.pos[i] === 'AUX') && CONTROL_VERBS.has(tokens.lower[i]);
      if (!inControl && !verb) continue;
      const triggerEnd = inControl ? i + 3 : i + 1;
      const where = placesFrom(triggerEnd, s, 14);
      if (!where.length) continue;
      const holder = subjectOf(tokens, mentions, s, i);
      if (!holder) continue;
      let status: TerritorialState['status'] = 'asserted';
      for (let k = Math.max(s.tokenStart, i - 3); k < i; k++) if (NEGATION.has(tokens.lower[k])) status = 'negated';
      if (tokens.lower[i - 1] === 'once' || tokens.lower[i - 1] === 'formerly' || tokens.lower[i - 1] === 'previously') status = 'past';
      out.push({ id: '', type: 'control', holders: [holder.entity.id], places: where, status, time: null, trigger: span(i, triggerEnd), evidence: span(holder.start, Math.min(s.tokenEnd, triggerEnd + 8)) });
      i = triggerEnd - 1;
    }
  });
  out.forEach((st, k) => (st.id = `S${k + 1}`));
  return out;
}


/** The mention that ends at or covers token `end` - 1 (mentions do not overlap: only the last one
 * starting before `end` can). */
function mentionEndingAt(mentions: MentionRef[], end: number): MentionRef | undefined {
  const m = mentions[firstStartingAt(mentions, end) - 1];
  return m && m.end >= end ? m : undefined;
}

/** The holder: the nearest entity mention before the predicate in its sentence that is not inside a
 * prepositional phrase ("Takfiri militants are also in control of…", "the territory it once controlled"). */
function subjectOf(tokens: Tokens, mentions: MentionRef[], s: Sentence, at: number): MentionRef | undefined {
  let best: MentionRef | undefined;
  for (const m of startingIn(mentions, s.tokenStart, at)) {
    if (m.end > at) continue;
    const prev = tokens.pos[m.start - 1];
    if (prev === 'ADP' && !['by'].includes(tokens.lower[m.start - 1])) continue;
    if (m.entity.kind === 'country' && tokens.lower[m.start - 1] === 'in') continue;
    best = m;
  }
  return best;
}

export type { Entity };
