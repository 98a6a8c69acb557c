/**
 * @module Adapter over wink-nlp: runs its tokenizer, sentence splitter and POS tagger once per text
 * and returns plain arrays with character offsets. wink-nlp is the only NLP dependency; nothing else in
 * sitrep tokenizes.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { foldKey } from '../../util/text.js';
import { wordId } from '../../util/vocabulary.js';
import { matchForm, type NormalForms } from '../../lexicon/phrases.js';

export interface WinkAnalysis {
  length: number;
  value: string[];
  start: Int32Array;
  end: Int32Array;
  kind: string[];
  pos: string[];
  lemma: string[];
  lower: string[];
  /** Look-up key of the surface form (`foldKey`, from the lower-cased form when that is plain ASCII). */
  key: string[];
  /** Look-up key of the lemma. */
  lemmaKey: string[];
  /** Ids of `key` and `lemmaKey` (`util/vocabulary.ts`). */
  keyId: Int32Array;
  lemmaKeyId: Int32Array;
  /** The forms lexicons match (`lexicon/phrases.ts` `normalForms`): lower case and lemma with straight
   * apostrophes, and their ids. */
  forms: NormalForms;
  /** For each token, the index of its wink sentence. */
  sentence: Int32Array;
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

/**
 * What the segmenter makes of one wink lexeme (a vocabulary id: its surface form, type, normal form
 * and, per part of speech, its lemma are functions of the id alone, but for contractions), worked out
 * the first time the id is read and kept for the process, as wink keeps its own cache. Reading the
 * forms of every token through wink's accessors and deriving keys, lemmas and possessive splits
 * anew for each token was a third of the segmenter's time. A lexeme is also the lemma entry of the
 * part of speech it was first read with.
 */
interface Lexeme extends LemmaOf {
  value: string;
  kind: string;
  forms: WordForms;
  /** The other parts of speech the word was read with, and their lemmas (a word has one or two tags
   * in practice), searched in turn. */
  more: LemmaOf[] | null;
  /** A word that ends in a possessive ("Trump's"), split in two: the head and the "'s". */
  head: string | null;
  tail: string | null;
  headForms: WordForms | null;
  tailForms: WordForms | null;
}

/** The look-up forms of one token: lower case, folded key (`foldKey`) and the form lexicons match
 * (`matchForm`), with the ids of key and form (`util/vocabulary.ts`). */
interface WordForms {
  lower: string;
  key: string;
  keyId: number;
  form: string;
  formId: number;
}

interface LemmaOf {
  pos: string;
  lemma: string;
  lemmaKey: string;
  lemmaKeyId: number;
  lemmaForm: string;
  lemmaFormId: number;
}

function lemmaEntry(pos: string, lemma: string): LemmaOf {
  const lemmaKey = keyOf(lemma, lemma.toLowerCase());
  const lemmaForm = matchForm(lemma.toLowerCase());
  return { pos, lemma, lemmaKey, lemmaKeyId: wordId(lemmaKey), lemmaForm, lemmaFormId: wordId(lemmaForm) };
}

const NON_ASCII = /[^\x00-\x7f]/;

/** The folded key of a form whose lower-cased form is `lower`: that form itself when it is plain ASCII
 * of the same length (a contraction's normal is its expansion, "n't" → "not"). */
function keyOf(form: string, lower: string): string {
  return lower.length === form.length && !NON_ASCII.test(lower) ? lower : foldKey(form);
}

/** The look-up forms of `surface`, whose lower case is `lower` (wink's normal form, for a word it
 * normalizes). */
function wordForms(surface: string, lower = surface.toLowerCase()): WordForms {
  const key = keyOf(surface, lower);
  const form = matchForm(lower);
  return { lower, key, keyId: wordId(key), form, formId: wordId(form) };
}

/** A lexeme read with part of speech `pos` and lemma `rawLemma` (wink's). */
function lexemeOf(value: string, kind: string, normal: string | undefined, pos: string, rawLemma: string | undefined): Lexeme {
  const forms = wordForms(value, normal ?? value.toLowerCase());
  const m = kind === 'word' ? POSSESSIVE.exec(value) : null;
  const head = m ? m[1] : null;
  const tail = m ? m[2] : null;
  const l = lemmaEntry(pos, lemmaOf(head, forms.lower, rawLemma));
  // (Fields written out, not spread: a spread object is slower to read on this hot path.)
  return {
    pos,
    lemma: l.lemma,
    lemmaKey: l.lemmaKey,
    lemmaKeyId: l.lemmaKeyId,
    lemmaForm: l.lemmaForm,
    lemmaFormId: l.lemmaFormId,
    value,
    kind,
    forms,
    more: null,
    head,
    tail,
    headForms: head === null ? null : wordForms(head),
    tailForms: tail === null ? null : wordForms(tail),
  };
}

/** The lemma of a word (of its possessive head when it has one) from wink's; wink gives none for some
 * whole-word contractions ('They cannot.'): the normal form stands in. */
function lemmaOf(head: string | null, lower: string, raw: string | undefined): string {
  return head !== null ? raw!.replace(/['’][sS]$/, '') || head : (raw ?? lower);
}

/** Indexed by wink's vocabulary id (dense: the model's lexicon, then the words it adds). */
let lexemes: Array<Lexeme | undefined> = [];

function grow(id: number): void {
  const next = new Array<Lexeme | undefined>(Math.max(2 * lexemes.length, id + 1, 1 << 16)).fill(undefined);
  for (let k = 0; k < lexemes.length; k++) next[k] = lexemes[k];
  lexemes = next;
}

/** wink's white space between tokens (its tokenizer's own class: tabs and line breaks are tokens). */
function isWinkSpace(c: number): boolean {
  return c === 32 || c === 0xa0 || (c >= 0x2002 && c <= 0x2005) || c === 0x2009 || c === 0x200a || c === 0x202f || c === 0x205f;
}

/** Per-token columns, reused from one document to the next and copied out at its exact length. */
let scratch = { start: new Int32Array(1024), end: new Int32Array(1024), sentence: new Int32Array(1024), keyId: new Int32Array(1024), lemmaKeyId: new Int32Array(1024), formId: new Int32Array(1024), lemmaFormId: new Int32Array(1024) };
const POSSESSIVE_LEMMA = lemmaEntry('PART', "'s");

export function analyze(text: string): WinkAnalysis {
  const winkNlp = nlp();
  const its = winkNlp.its;
  const winkText = EXTENDED_LATIN.test(text) ? toWinkText(text) : text;
  // Decided once: comparing the two texts per token costs their length each time.
  const respelled = winkText !== text;
  EXTENDED_LATIN.lastIndex = 0;
  const doc = winkNlp.readDoc(winkText);
  const tokens = doc.tokens();
  const ids = tokens.out(its.uniqueId) as unknown as number[];
  const poss = tokens.out(its.pos) as string[];
  const contraction = tokens.out(its.contractionFlag) as unknown as boolean[];
  const n = ids.length;
  const winkSentence = new Int32Array(n);
  // Spans in one call (an item object per sentence otherwise).
  const spans = doc.sentences().out(its.span) as unknown as Array<[number, number]>;
  for (let i = 0; i < spans.length; i++) for (let k = spans[i][0]; k <= spans[i][1]; k++) winkSentence[k] = i;
  // A possessive adds a token: at most twice wink's count.
  if (scratch.start.length < 2 * n) {
    const m = 2 * n;
    scratch = { start: new Int32Array(m), end: new Int32Array(m), sentence: new Int32Array(m), keyId: new Int32Array(m), lemmaKeyId: new Int32Array(m), formId: new Int32Array(m), lemmaFormId: new Int32Array(m) };
  }
  const { start: starts, end: ends, sentence, keyId, lemmaKeyId, formId, lemmaFormId } = scratch;
  const value: string[] = [];
  const kind: string[] = [];
  const pos: string[] = [];
  const lemma: string[] = [];
  const lower: string[] = [];
  const key: string[] = [];
  const lemmaKey: string[] = [];
  const form: string[] = [];
  const lemmaForm: string[] = [];
  let count = 0;
  const push = (v: string, s: number, e: number, k: string, p: string, wf: WordForms, lm: LemmaOf, sent: number): void => {
    value.push(v);
    starts[count] = s;
    ends[count] = e;
    kind.push(k);
    pos.push(p);
    lower.push(wf.lower);
    key.push(wf.key);
    keyId[count] = wf.keyId;
    form.push(wf.form);
    formId[count] = wf.formId;
    lemma.push(lm.lemma);
    lemmaKey.push(lm.lemmaKey);
    lemmaKeyId[count] = lm.lemmaKeyId;
    lemmaForm.push(lm.lemmaForm);
    lemmaFormId[count] = lm.lemmaFormId;
    sentence[count++] = sent;
  };

  // Through wink's accessors: once per vocabulary entry, and for each part of a contraction.
  const readLexeme = (i: number, p: string): Lexeme => {
    const item = tokens.itemAt(i);
    return lexemeOf(item.out(its.value), item.out(its.type), item.out(its.normal), p, item.out(its.lemma as unknown as typeof its.value));
  };

  let cursor = 0;
  for (let i = 0; i < n; i++) {
    const p = poss[i];
    let lex: Lexeme;
    let lm: LemmaOf | undefined;
    if (contraction[i]) {
      // A contraction's part ("ca" + "n't"): its normal and lemma are the expansion's, not the id's.
      lm = lex = readLexeme(i, p);
    } else {
      const id = ids[i];
      if (id >= lexemes.length) grow(id);
      let known = lexemes[id];
      if (known === undefined) lexemes[id] = known = readLexeme(i, p);
      lex = known;
      if (lex.pos === p) lm = lex;
      else {
        if (lex.more) {
          for (let k = 0; k < lex.more.length; k++) {
            if (lex.more[k].pos === p) {
              lm = lex.more[k];
              break;
            }
          }
        }
        if (!lm) (lex.more ??= []).push((lm = lemmaEntry(p, lemmaOf(lex.head, lex.forms.lower, tokens.itemAt(i).out(its.lemma as unknown as typeof its.value)))));
      }
    }
    const v = lex.value;
    let at = cursor;
    while (at < winkText.length && isWinkSpace(winkText.charCodeAt(at))) at++;
    if (!winkText.startsWith(v, at)) {
      at = winkText.indexOf(v, cursor);
      if (at < 0) throw new Error(`tokenizer lost alignment at offset ${cursor} (token ${JSON.stringify(v)})`);
    }
    cursor = at + v.length;
    // wink emits an empty token for '..' before a letter ('said..the'); a zero-width token carries nothing.
    if (v.length === 0 || lex.kind === 'tabCRLF' || p === 'SPACE') continue;
    const sent = winkSentence[i];
    if (lex.head !== null) {
      // wink splits "Trump's" in two the first time it sees it and keeps it whole once the form is in
      // its lexicon cache (after "Trump's," say), so output would depend on what was read before.
      // Always splitting keeps the token layer the same whatever the batch order.
      // (Checked in place: a copy of the surface per token would be an allocation each.)
      if (respelled && !text.startsWith(v, at)) {
        const surface = text.slice(at, cursor);
        const head = surface.slice(0, lex.head.length);
        const tail = surface.slice(head.length);
        push(head, at, at + head.length, 'word', p, wordForms(head), lm, sent);
        push(tail, at + head.length, cursor, 'word', 'PART', wordForms(tail), POSSESSIVE_LEMMA, sent);
      } else {
        const head = lex.head;
        push(head, at, at + head.length, 'word', p, lex.headForms!, lm, sent);
        push(lex.tail!, at + head.length, cursor, 'word', 'PART', lex.tailForms!, POSSESSIVE_LEMMA, sent);
      }
      continue;
    }
    if (respelled && !text.startsWith(v, at)) {
      const surface = text.slice(at, cursor);
      const wf = wordForms(surface);
      push(surface, at, cursor, lex.kind, p, wf, lemmaEntry(p, wf.lower), sent);
      continue;
    }
    push(v, at, cursor, lex.kind, p, lex.forms, lm, sent);
  }
  return {
    length: count,
    value,
    start: starts.slice(0, count),
    end: ends.slice(0, count),
    kind,
    pos,
    lemma,
    lower,
    key,
    lemmaKey,
    keyId: keyId.slice(0, count),
    lemmaKeyId: lemmaKeyId.slice(0, count),
    forms: { lower: form, lemma: lemmaForm, lowerId: formId.slice(0, count), lemmaId: lemmaFormId.slice(0, count) },
    sentence: sentence.slice(0, count),
  };
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
  for (let t = 0; t < a.length; t++) {
    while (k + 1 < starts.length && starts[k + 1] <= a.start[t]) k++;
    out[k].push(a.value[t]);
  }
  return out;
}
