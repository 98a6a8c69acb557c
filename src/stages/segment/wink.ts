/**
 * @module Adapter over wink-nlp: runs its tokenizer, sentence splitter and POS tagger once per text
 * and returns plain arrays with character offsets. wink-nlp is the only NLP dependency; nothing else in
 * sitrep tokenizes.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

export interface WinkAnalysis {
  value: string[];
  start: number[];
  end: number[];
  kind: string[];
  pos: string[];
  lemma: string[];
  lower: string[];
  /** For each token, the index of its wink sentence. */
  sentence: number[];
}

type Nlp = ReturnType<typeof winkNLP>;
let instance: Nlp | undefined;

/** wink-nlp keeps one model instance per process: loading mutates the model, so a second load of the
 * same model object fails ("Invalid string length"). */
function nlp(): Nlp {
  instance ??= winkNLP(model, ['sbd', 'pos']);
  return instance;
}

const POSSESSIVE = /^(.*[\p{L}\p{N}])(['’][sS])$/u;

/**
 * wink's tokenizer splits words at letters outside Latin-1 ("Erdoğan" → Erdo ğ an, "Ḩamāh" → Ḩ am ā h).
 * It reads a copy of the text where each such letter is replaced by its base letter — one UTF-16 code
 * unit for one, so every offset stays valid — and the tokens' surface forms come from the original.
 */
const EXTENDED_LATIN = /[\u0100-\u024f\u1e00-\u1eff]/g;
const NO_DECOMPOSITION: Record<string, string> = { ı: 'i', İ: 'I', Ł: 'L', ł: 'l', Đ: 'D', đ: 'd', Ħ: 'H', ħ: 'h', Ŧ: 'T', ŧ: 't', Ŋ: 'N', ŋ: 'n', Ø: 'O', ø: 'o', Œ: 'O', œ: 'o', Ɖ: 'D', ɖ: 'd', Ƒ: 'F', ƒ: 'f', ſ: 's' };

export function toWinkText(text: string): string {
  return text.replace(EXTENDED_LATIN, (ch) => {
    const base = ch.normalize('NFD')[0];
    if (base !== ch && /[A-Za-z]/.test(base)) return base;
    return NO_DECOMPOSITION[ch] ?? (ch === ch.toUpperCase() ? 'X' : 'x');
  });
}

export function analyze(text: string): WinkAnalysis {
  const winkNlp = nlp();
  const its = winkNlp.its;
  const winkText = EXTENDED_LATIN.test(text) ? toWinkText(text) : text;
  // Decided once: comparing the two texts per token costs their length each time.
  const respelled = winkText !== text;
  EXTENDED_LATIN.lastIndex = 0;
  const doc = winkNlp.readDoc(winkText);
  const tokens = doc.tokens();
  const values = tokens.out(its.value) as string[];
  const spaces = tokens.out(its.precedingSpaces) as string[];
  const types = tokens.out(its.type) as string[];
  const poss = tokens.out(its.pos) as string[];
  const lemmas = tokens.out(its.lemma as unknown as typeof its.value) as string[];
  const normals = tokens.out(its.normal) as string[];
  const winkSentence = new Int32Array(values.length);
  doc.sentences().each((s, i) => {
    const [a, b] = s.out(its.span) as unknown as [number, number];
    for (let k = a; k <= b; k++) winkSentence[k] = i;
  });

  const out: WinkAnalysis = { value: [], start: [], end: [], kind: [], pos: [], lemma: [], lower: [], sentence: [] };
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    let at = cursor + spaces[i].length;
    if (!winkText.startsWith(value, at)) {
      // wink's precedingSpaces caps long runs of spaces; find the token itself.
      at = winkText.indexOf(value, cursor);
      if (at < 0) throw new Error(`tokenizer lost alignment at offset ${cursor} (token ${JSON.stringify(value)})`);
    }
    cursor = at + value.length;
    // wink emits an empty token for '..' before a letter ('said..the'); a zero-width token carries nothing.
    if (value.length === 0 || types[i] === 'tabCRLF' || poss[i] === 'SPACE') continue;
    const m = types[i] === 'word' ? POSSESSIVE.exec(value) : null;
    if (m && respelled) {
      const surface = text.slice(at, cursor);
      m[1] = surface.slice(0, m[1].length);
      m[2] = surface.slice(m[1].length);
    }
    if (m) {
      // wink splits "Trump's" in two the first time it sees it and keeps it whole once the form is in
      // its lexicon cache (after "Trump's," say), so output would depend on what was read before.
      // Always splitting keeps the token layer the same whatever the batch order.
      const head = m[1];
      const lemma = lemmas[i].replace(/['’][sS]$/, '') || head;
      push(out, head, at, at + head.length, 'word', poss[i], lemma, head.toLowerCase(), winkSentence[i]);
      push(out, m[2], at + head.length, cursor, 'word', 'PART', "'s", m[2].toLowerCase(), winkSentence[i]);
      continue;
    }
    if (respelled) {
      const surface = text.slice(at, cursor);
      if (surface !== value) {
        push(out, surface, at, cursor, types[i], poss[i], surface.toLowerCase(), surface.toLowerCase(), winkSentence[i]);
        continue;
      }
    }
    // wink gives no lemma for some whole-word contractions ('They cannot.'): the normal form stands in.
    push(out, value, at, cursor, types[i], poss[i], lemmas[i] ?? normals[i] ?? value.toLowerCase(), normals[i] ?? value.toLowerCase(), winkSentence[i]);
  }
  return out;
}

function push(out: WinkAnalysis, value: string, start: number, end: number, kind: string, pos: string, lemma: string, lower: string, sentence: number): void {
  out.value.push(value);
  out.start.push(start);
  out.end.push(end);
  out.kind.push(kind);
  out.pos.push(pos);
  out.lemma.push(lemma);
  out.lower.push(lower);
  out.sentence.push(sentence);
}

/** Tokenizes phrases with the documents' tokenizer, so phrase and text split alike — all in one
 * call (one wink pass over the phrases joined by blank lines is ~20× faster than one call each). */
export function tokenizePhrases(phrases: readonly string[]): string[][] {
  const starts: number[] = [];
  let text = '';
  for (const p of phrases) {
    starts.push(text.length);
    text += `${p.replace(/\s+/g, ' ')}\n\n`;
  }
  const a = analyze(text);
  const out: string[][] = phrases.map(() => []);
  let k = 0;
  for (let t = 0; t < a.value.length; t++) {
    while (k + 1 < starts.length && starts[k + 1] <= a.start[t]) k++;
    out[k].push(a.value[t]);
  }
  return out;
}
