/**
 * @module Structural cues of framing that need no vocabulary: a question the writer asks (rhetorical
 * questions cast doubt), an exclamation, and scare quotes (a word or short phrase the writer puts in
 * quotation marks to distance themself from it or to brand something with it), and the repetition of
 * one loaded word or label across the article (counted in `find.ts`). Which technique and
 * scope each cue gives lives in `data/structure.tsv`. One pass over each sentence's tokens.
 */
import type { Sentence, Tokens } from '../../model/layers.js';

export type StructuralCue = 'question' | 'exclamation' | 'scare-quote' | 'scare-quote-label' | 'repetition';
export const STRUCTURAL_CUES: ReadonlySet<string> = new Set<StructuralCue>(['question', 'exclamation', 'scare-quote', 'scare-quote-label', 'repetition']);
/** A loaded word or label said this many times in one article is repeated for effect. */
export const MIN_REPEATS = 3;

export interface CueMatch {
  cue: StructuralCue;
  /** Tokens `[start, end)` of the cue: the sentence for a question or exclamation, the quoted words. */
  start: number;
  end: number;
}

const OPEN = new Set(['"', '“', '‘', "'"]);
const CLOSE: Record<string, string> = { '"': '"', '“': '”', '‘': '’', "'": "'" };
/** A quoted adverb or function word alone ('would “probably” occur') repeats the speaker's own
 * wording; a label or an evaluation needs a noun, adjective or verb. */
const CONTENT = new Set(['NOUN', 'PROPN', 'ADJ', 'VERB']);
/** At most this many words between scare quotes: longer is a quotation, not a word held at a distance. */
const MAX_QUOTED_WORDS = 5;

/** Structural cues of one sentence, tokens `[lo, hi)`. */
export function structuralCues(tokens: Tokens, s: Sentence): CueMatch[] {
  const lo = s.tokenStart;
  const hi = s.tokenEnd;
  const out: CueMatch[] = [];
  let words = 0;
  let question = false;
  let exclamation = false;
  for (let i = lo; i < hi; i++) {
    if (tokens.kind[i] === 'word') words++;
    else if (tokens.text[i].includes('?')) question = true;
    else if (tokens.text[i].includes('!')) exclamation = true;
  }
  if (!words) return out;
  for (let i = lo; i < hi; i++) {
    const t = tokens.text[i];
    // An opening quotation mark: at the start, or after a space, and glued to the word it opens.
    if (OPEN.has(t) && i + 1 < hi && !tokens.spaceBefore[i + 1] && tokens.kind[i + 1] === 'word' && (i === lo || tokens.spaceBefore[i] || /^[(\[—–-]$/.test(tokens.text[i - 1]))) {
      const close = CLOSE[t];
      let k = i + 1;
      let n = 0;
      let noun = false;
      let content = false;
      while (k < hi && n <= MAX_QUOTED_WORDS && tokens.text[k] !== close && (tokens.kind[k] === 'word' || /^[-'’]$/.test(tokens.text[k]))) {
        if (tokens.kind[k] === 'word') n++;
        if (tokens.pos[k] === 'NOUN' || tokens.pos[k] === 'PROPN') noun = true;
        if (CONTENT.has(tokens.pos[k])) content = true;
        k++;
      }
      // Closed right after the last word, and not the whole sentence (a quoted sentence is a quotation).
      if (k < hi && tokens.text[k] === close && !tokens.spaceBefore[k] && n >= 1 && n <= MAX_QUOTED_WORDS && n < words && content) {
        out.push({ cue: noun && tokens.pos[k - 1] !== 'ADJ' ? 'scare-quote-label' : 'scare-quote', start: i + 1, end: k });
        i = k;
      }
    }
  }
  if (question) out.push({ cue: 'question', start: lo, end: hi });
  if (exclamation) out.push({ cue: 'exclamation', start: lo, end: hi });
  return out;
}
