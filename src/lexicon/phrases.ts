/**
 * @module Phrase lexicons matched on the token table: entries are word sequences (as the segmenter
 * splits them: "so-called" is `so - called`, "don't" is `do n't`), indexed by first word so a scan
 * costs one map look-up per token, whatever the size of the lexicon. A word of an entry matches a
 * token's lower-cased form or its lemma ("slaughter" matches "slaughtered").
 */
import { join } from 'node:path';
import type { Tokens } from '../model/layers.js';
import { packageRoot } from '../util/data.js';
import { knownWordId, vocabularySize, wordId } from '../util/vocabulary.js';

/** Splits an entry the way wink-nlp tokenizes: on spaces, around hyphens, before "n't" and "'s". */
export function phraseWords(phrase: string): string[] {
  const out: string[] = [];
  for (const raw of phrase.toLowerCase().replace(/’/g, "'").split(/\s+/)) {
    if (!raw) continue;
    for (const part of raw.split(/(-)/)) {
      if (!part) continue;
      const m = /^(.+?)(n't|'s)$/.exec(part);
      if (m) out.push(m[1], m[2]);
      else out.push(part);
    }
  }
  return out;
}

/** A token's forms for matching: `lower` is the lower-cased form with the typographic apostrophe made
 * straight, `lemma` the lemma so too; `lowerId`/`lemmaId` their ids (`util/vocabulary.ts`) when the
 * segmenter gave them. */
export interface NormalForms {
  lower: string[];
  lemma: string[];
  lowerId?: Int32Array;
  lemmaId?: Int32Array;
}

const formsCache = new WeakMap<Tokens, NormalForms>();

/** The forms of a token table, computed once per table (the stages that match lexicons share them;
 * the segmenter sets them, from its per-word memo, with their ids). */
export function normalForms(tokens: Tokens): NormalForms {
  let forms = formsCache.get(tokens);
  if (!forms) formsCache.set(tokens, (forms = computeForms(tokens)));
  return forms;
}

/** Sets the forms of a token table (the segmenter, which has them per vocabulary entry). */
export function setNormalForms(tokens: Tokens, forms: NormalForms): void {
  formsCache.set(tokens, forms);
}

/** A lower-cased form as lexicons match it (straight apostrophes). */
export function matchForm(lower: string): string {
  return lower.includes('’') ? lower.replace(/’/g, "'") : lower;
}

function computeForms(tokens: Tokens): NormalForms {
  const lower = new Array<string>(tokens.length);
  const lemma = new Array<string>(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    lower[i] = matchForm(tokens.lower[i]);
    lemma[i] = matchForm(tokens.lemma[i].toLowerCase());
  }
  return { lower, lemma };
}

export interface PhraseMatch<V> {
  /** First token. */
  start: number;
  /** One past the last token. */
  end: number;
  value: V;
}

interface Entry<V> {
  words: string[];
  /** The words' ids (`util/vocabulary.ts`). */
  ids: Int32Array;
  value: V;
}

export class PhraseTable<V> {
  private readonly byFirst = new Map<string, Entry<V>[]>();
  /** The same lists by the first word's id (holes are `undefined`). */
  private readonly byFirstId: Array<Entry<V>[] | undefined> = [];
  size = 0;

  add(phrase: string, value: V): void {
    const words = phraseWords(phrase);
    if (!words.length) return;
    const ids = Int32Array.from(words, wordId);
    let list = this.byFirst.get(words[0]);
    if (!list) {
      this.byFirst.set(words[0], (list = []));
      // Filled up to the id, so the array stays a plain (not dictionary-mode) one.
      while (this.byFirstId.length <= ids[0]) this.byFirstId.push(undefined);
      this.byFirstId[ids[0]] = list;
    }
    list.push({ words, ids, value });
    // Longest first, so the first match found is the longest.
    list.sort((a, b) => b.words.length - a.words.length);
    this.size++;
  }

  /** The first words of the entries. */
  firstWords(): IterableIterator<string> {
    return this.byFirst.keys();
  }

  private listOf(id: number): Entry<V>[] | undefined {
    return id >= 0 && id < this.byFirstId.length ? this.byFirstId[id] : undefined;
  }

  /** The longest entry starting at token `i`, or null. */
  matchAt(forms: NormalForms, i: number, limit = forms.lower.length): PhraseMatch<V> | null {
    let lowerId: Int32Array;
    let lemmaId: Int32Array;
    if (forms.lowerId && forms.lemmaId) {
      lowerId = forms.lowerId;
      lemmaId = forms.lemmaId;
    } else {
      // Forms made elsewhere than the segmenter: their ids, once per array.
      lowerId = idsOf(forms.lower);
      lemmaId = idsOf(forms.lemma);
    }
    const a = this.listOf(lowerId[i]);
    const b = lemmaId[i] !== lowerId[i] ? this.listOf(lemmaId[i]) : undefined;
    if (!a && !b) return null;
    const first = a ? longest(a, lowerId, lemmaId, i, limit, 0) : null;
    const second = b ? longest(b, lowerId, lemmaId, i, limit, first ? first.end - first.start : 0) : null;
    return second ?? first;
  }

  /** Every non-overlapping longest match in tokens `[from, to)`, left to right. */
  scan(forms: NormalForms, from = 0, to = forms.lower.length): PhraseMatch<V>[] {
    const out: PhraseMatch<V>[] = [];
    for (let i = from; i < to; ) {
      const m = this.matchAt(forms, i, to);
      if (m) {
        out.push(m);
        i = m.end;
      } else i++;
    }
    return out;
  }
}

/** The longest entry of `list` (sorted longest first) matching at `i` and longer than `min` words. */
function longest<V>(list: Entry<V>[], lowerId: Int32Array, lemmaId: Int32Array, i: number, limit: number, min: number): PhraseMatch<V> | null {
  for (const { ids, value } of list) {
    if (ids.length <= min) return null;
    if (i + ids.length > limit) continue;
    let ok = true;
    for (let k = 1; k < ids.length && ok; k++) ok = lowerId[i + k] === ids[k] || lemmaId[i + k] === ids[k];
    if (ok) return { start: i, end: i + ids.length, value };
  }
  return null;
}

const idsCache = new WeakMap<readonly string[], { words: number; ids: Int32Array }>();

/** The ids of `forms` (-1 for a word no lexicon holds), kept while no new word is numbered. */
function idsOf(forms: readonly string[]): Int32Array {
  const cached = idsCache.get(forms);
  if (cached && cached.words === vocabularySize() && cached.ids.length === forms.length) return cached.ids;
  const ids = Int32Array.from(forms, knownWordId);
  idsCache.set(forms, { words: vocabularySize(), ids });
  return ids;
}

/** The `data/` folder of a stage (beside its sources, shipped in the package). */
export function dataPath(stage: string): string {
  return join(packageRoot(), 'src', 'stages', stage, 'data');
}
