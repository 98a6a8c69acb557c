/**
 * @module segment: tokens (with POS and lemmas), sentences and paragraphs, from one wink-nlp pass.
 * Every later stage reads these layers; none tokenizes again.
 */
import type { Paragraph, Sentence, Tokens } from '../../model/layers.js';
import { defineStage } from '../../pipeline/stage.js';
import { setNormalForms } from '../../lexicon/phrases.js';
import { findParagraphs } from './paragraphs.js';
import { analyze } from './wink.js';

export interface SegmentOptions {
  /** Split sentences at paragraph boundaries even where wink-nlp ran them together (default true). */
  splitAtParagraphs: boolean;
}

export const segment = defineStage<SegmentOptions>({
  name: 'segment',
  description: 'tokens, parts of speech, lemmas, sentences and paragraphs (wink-nlp)',
  requires: [],
  adds: ['tokens', 'sentences', 'paragraphs'],
  defaults: { splitAtParagraphs: true },
  setup(options) {
    return (doc) => {
      const paragraphs = findParagraphs(doc.text);
      const a = analyze(doc.text);
      const n = a.length;
      const tokens: Tokens = {
        length: n,
        start: a.start,
        end: a.end,
        text: a.value,
        lower: a.lower,
        key: a.key,
        lemma: a.lemma,
        lemmaKey: a.lemmaKey,
        keyId: a.keyId,
        lemmaKeyId: a.lemmaKeyId,
        pos: a.pos,
        kind: a.kind,
        sentence: new Int32Array(n),
        spaceBefore: new Uint8Array(n),
      };
      setNormalForms(tokens, a.forms);
      for (let i = 1; i < n; i++) tokens.spaceBefore[i] = a.start[i] > a.end[i - 1] ? 1 : 0;
      const sentences = buildSentences(tokens, a.sentence, paragraphs, options.splitAtParagraphs);
      sentences.forEach((s, k) => tokens.sentence.fill(k, s.tokenStart, s.tokenEnd));
      doc.set('paragraphs', paragraphs);
      doc.set('tokens', tokens);
      doc.set('sentences', sentences);
      if (n === 0) {
        doc.report({ severity: 'warning', source: 'segment', rule: 'segment/no-tokens', message: 'the text has no words' });
      }
    };
  },
});

/** Groups tokens by wink sentence, then cuts any sentence that crosses a paragraph boundary. */
function buildSentences(tokens: Tokens, winkSentence: Int32Array, paragraphs: Paragraph[], split: boolean): Sentence[] {
  // Paragraph of each token, in one forward pass (tokens and paragraphs are both in text order).
  const para = new Int32Array(tokens.length);
  for (let i = 0, p = 0; i < tokens.length; i++) {
    while (p < paragraphs.length - 1 && paragraphs[p].end <= tokens.start[i]) p++;
    para[i] = p;
  }
  const out: Sentence[] = [];
  let first = 0;
  for (let i = 1; i <= tokens.length; i++) {
    const boundary =
      i === tokens.length || winkSentence[i] !== winkSentence[i - 1] || (split && para[i] !== para[i - 1]);
    if (!boundary) continue;
    out.push({ start: tokens.start[first], end: tokens.end[i - 1], tokenStart: first, tokenEnd: i, paragraph: para[first] });
    first = i;
  }
  return out;
}
