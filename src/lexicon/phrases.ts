/**
 * @module Phrase lexicons matched on the token table: entries are word sequences (as the segmenter
 * splits them: "so-called" is `so - called`, "don't" is `do n't`), indexed by first word so a scan
 * costs one map look-up per token, whatever the size of the lexicon. A word of an entry matches a
 * token's lower-cased form or its lemma ("slaughter" matches "slaughtered").
 */
import { join } from 'node:path';
import type { Tokens } from '../model/layers.js';
import { packageRoot } from '../util/data.js';

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

const formsCache = new WeakMap<Tokens, { lower: string[]; lemma: string[] }>();

/** A token's forms for matching: lower-cased with the typographic apostrophe made straight. Computed
 * once per token table (the stages that match lexicons share it). */
export function normalForms(tokens: Tokens): { lower: string[]; lemma: string[] } {
  let forms = formsCache.get(tokens);
  if (!forms) formsCache.set(tokens, (forms = computeForms(tokens)));
  return forms;
}

function computeForms(tokens: Tokens): { lower: string[]; lemma: string[] } {
  const lower = new Array<string>(tokens.length);
  const lemma = new Array<string>(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const l = tokens.lower[i];
    lower[i] = l.includes('’') ? l.replace(/’/g, "'") : l;
    const m = tokens.lemma[i];
    lemma[i] = m.includes('’') ? m.toLowerCase().replace(/’/g, "'") : m.toLowerCase();
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

export class PhraseTable<V> {
  private readonly byFirst = new Map<string, { words: string[]; value: V }[]>();
  size = 0;

  add(phrase: string, value: V): void {
    const words = phraseWords(phrase);
    if (!words.length) return;
    const list = this.byFirst.get(words[0]) ?? [];
    list.push({ words, value });
    // Longest first, so the first match found is the longest.
    list.sort((a, b) => b.words.length - a.words.length);
    this.byFirst.set(words[0], list);
    this.size++;
  }

  /** The first words of the entries. */
  firstWords(): IterableIterator<string> {
    return this.byFirst.keys();
  }

  /** The longest entry starting at token `i`, or null. */
  matchAt(forms: { lower: string[]; lemma: string[] }, i: number, limit = forms.lower.length): PhraseMatch<V> | null {
    const a = this.byFirst.get(forms.lower[i]);
    const b = forms.lemma[i] !== forms.lower[i] ? this.byFirst.get(forms.lemma[i]) : undefined;
    if (!a && !b) return null;
    const first = a ? this.longest(a, forms, i, limit, 0) : null;
    const second = b ? this.longest(b, forms, i, limit, first ? first.end - first.start : 0) : null;
    return second ?? first;
  }

  /** The longest entry of `list` (sorted longest first) matching at `i` and longer than `min` words. */
  private longest(list: { words: string[]; value: V }[], forms: { lower: string[]; lemma: string[] }, i: number, limit: number, min: number): PhraseMatch<V> | null {
    for (const { words, value } of list) {
      if (words.length <= min) return null;
      if (i + words.length > limit) continue;
      let ok = true;
      for (let k = 1; k < words.length && ok; k++) ok = forms.lower[i + k] === words[k] || forms.lemma[i + k] === words[k];
      if (ok) return { start: i, end: i + words.length, value };
    }
    return null;
  }

  /** Every non-overlapping longest match in tokens `[from, to)`, left to right. */
  scan(forms: { lower: string[]; lemma: string[] }, from = 0, to = forms.lower.length): PhraseMatch<V>[] {
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

/** The `data/` folder of a stage (beside its sources, shipped in the package). */
export function dataPath(stage: string): string {
  return join(packageRoot(), 'src', 'stages', stage, 'data');
}
