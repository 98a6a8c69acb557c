/**
 * @module A phrase index over token sequences: every name, alias and cue phrase of a stage's knowledge
 * files, tokenized once at set-up by the same tokenizer as the documents, so a look-up walks the
 * document's tokens and never re-tokenizes them.
 */
import type { Tokens } from '../model/layers.js';
import { foldKey } from './text.js';

interface Node<T> {
  next: Map<string, Node<T>> | null;
  values: Array<Valued<T>> | null;
}

interface Valued<T> {
  value: T;
  /** Exact surface tokens required (case-sensitive entries), or null. */
  exact: string[] | null;
}

export interface PhraseMatch<T> {
  /** Number of tokens matched. */
  length: number;
  values: T[];
}

export class PhraseIndex<T> {
  private readonly root: Node<T> = { next: null, values: null };
  size = 0;

  /** Adds a phrase given as its tokens. `exact`: the tokens must match with this case. */
  add(tokens: readonly string[], value: T, exact = false): void {
    if (tokens.length === 0) return;
    let node = this.root;
    for (const t of tokens) {
      const key = foldKey(t);
      node.next ??= new Map();
      let child = node.next.get(key);
      if (!child) node.next.set(key, (child = { next: null, values: null }));
      node = child;
    }
    node.values ??= [];
    node.values.push({ value, exact: exact ? [...tokens] : null });
    this.size++;
  }

  /**
   * The longest phrase starting at token `i` and ending before token `end`, with every value whose
   * case constraint holds; `keys` are the document's folded token keys.
   */
  longest(tokens: Tokens, keys: readonly string[], i: number, end: number): PhraseMatch<T> | null {
    // Called for every token of every sentence: walks without allocating and builds only the answer.
    let node = this.root.next?.get(keys[i]);
    let best: Node<T> | null = null;
    let length = 0;
    for (let j = i; node; ) {
      if (node.values && node.values.some((v) => !v.exact || sameCase(tokens, i, v.exact))) {
        best = node;
        length = j - i + 1;
      }
      if (++j >= end || !node.next) break;
      node = node.next.get(keys[j]);
    }
    if (!best) return null;
    const values: T[] = [];
    for (const v of best.values!) if (!v.exact || sameCase(tokens, i, v.exact)) values.push(v.value);
    return { length, values };
  }

  /** Every phrase starting at token `i`, shortest first. */
  all(tokens: Tokens, keys: readonly string[], i: number, end: number): ReadonlyArray<PhraseMatch<T>> {
    // Most tokens start no phrase: one map look-up and no allocation for them.
    if (!this.root.next?.has(keys[i])) return NONE;
    const out: Array<PhraseMatch<T>> = [];
    let node: Node<T> | undefined = this.root;
    for (let j = i; j < end && node?.next; j++) {
      node = node.next.get(keys[j]);
      if (!node) break;
      if (node.values) {
        const ok: T[] = [];
        for (const v of node.values) if (!v.exact || sameCase(tokens, i, v.exact)) ok.push(v.value);
        if (ok.length) out.push({ length: j - i + 1, values: ok });
      }
    }
    return out;
  }
}

const NONE: ReadonlyArray<never> = Object.freeze([]);

function sameCase(tokens: Tokens, i: number, exact: string[]): boolean {
  for (let k = 0; k < exact.length; k++) {
    const a = tokens.text[i + k];
    const b = exact[k];
    if (a !== b && a.replace(/’/g, "'") !== b.replace(/’/g, "'")) return false;
  }
  return true;
}

