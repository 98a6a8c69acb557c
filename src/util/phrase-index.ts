/**
 * @module A phrase index over token sequences: every name, alias and cue phrase of a stage's knowledge
 * files, tokenized once at set-up by the same tokenizer as the documents, so a look-up walks the
 * document's tokens and never re-tokenizes them.
 */
import type { Tokens } from '../model/layers.js';
import { foldKey } from './text.js';
import { knownWordId, wordId } from './vocabulary.js';

/** Children by word id (`vocabulary.ts`). */
interface Node<T> {
  next: Map<number, Node<T>> | null;
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

/** The word ids of `keys` when they are the token table's own keys (the segmenter numbered them). */
function idsOf(tokens: Tokens, keys: readonly string[]): Int32Array | undefined {
  return keys === tokens.key ? tokens.keyId : keys === tokens.lemmaKey ? tokens.lemmaKeyId : undefined;
}

export class PhraseIndex<T> {
  /** First words, as an array by word id (holes are `undefined`). */
  private readonly first: Array<Node<T> | undefined> = [];
  size = 0;

  /** Adds a phrase given as its tokens. `exact`: the tokens must match with this case. */
  add(tokens: readonly string[], value: T, exact = false): void {
    if (tokens.length === 0) return;
    const id0 = wordId(foldKey(tokens[0]));
    // Filled up to the id, so the array stays a plain (not dictionary-mode) one.
    while (this.first.length <= id0) this.first.push(undefined);
    let node = this.first[id0];
    if (!node) this.first[id0] = node = { next: null, values: null };
    for (let k = 1; k < tokens.length; k++) {
      const id = wordId(foldKey(tokens[k]));
      node.next ??= new Map();
      let child: Node<T> | undefined = node.next.get(id);
      if (!child) node.next.set(id, (child = { next: null, values: null }));
      node = child;
    }
    node.values ??= [];
    node.values.push({ value, exact: exact ? [...tokens] : null });
    this.size++;
  }

  private firstNode(id: number): Node<T> | undefined {
    return id >= 0 && id < this.first.length ? this.first[id] : undefined;
  }

  /**
   * The longest phrase starting at token `i` and ending before token `end`, with every value whose
   * case constraint holds; `keys` are the document's folded token keys.
   */
  longest(tokens: Tokens, keys: readonly string[], i: number, end: number): PhraseMatch<T> | null {
    // Called for every token of every sentence: walks without allocating and builds only the answer.
    const ids = idsOf(tokens, keys);
    let node = this.firstNode(ids ? ids[i] : knownWordId(keys[i]));
    let best: Node<T> | null = null;
    let length = 0;
    for (let j = i; node; ) {
      if (node.values && anyHolds(tokens, i, node.values)) {
        best = node;
        length = j - i + 1;
      }
      if (++j >= end || !node.next) break;
      node = node.next.get(ids ? ids[j] : knownWordId(keys[j]));
    }
    if (!best) return null;
    const values: T[] = [];
    for (const v of best.values!) if (!v.exact || sameCase(tokens, i, v.exact)) values.push(v.value);
    return { length, values };
  }

  /** Every phrase starting at token `i`, shortest first. */
  all(tokens: Tokens, keys: readonly string[], i: number, end: number): ReadonlyArray<PhraseMatch<T>> {
    // Most tokens start no phrase: one array read and no allocation for them.
    if (i >= end) return NONE;
    const ids = idsOf(tokens, keys);
    let node = this.firstNode(ids ? ids[i] : knownWordId(keys[i]));
    if (!node) return NONE;
    const out: Array<PhraseMatch<T>> = [];
    for (let j = i; ; ) {
      if (node.values) {
        const ok: T[] = [];
        for (const v of node.values) if (!v.exact || sameCase(tokens, i, v.exact)) ok.push(v.value);
        if (ok.length) out.push({ length: j - i + 1, values: ok });
      }
      if (++j >= end || !node.next) break;
      node = node.next.get(ids ? ids[j] : knownWordId(keys[j]));
      if (!node) break;
    }
    return out;
  }
}

const NONE: ReadonlyArray<never> = Object.freeze([]);

function anyHolds<T>(tokens: Tokens, i: number, values: Array<Valued<T>>): boolean {
  for (const v of values) if (!v.exact || sameCase(tokens, i, v.exact)) return true;
  return false;
}

function sameCase(tokens: Tokens, i: number, exact: string[]): boolean {
  for (let k = 0; k < exact.length; k++) {
    const a = tokens.text[i + k];
    const b = exact[k];
    if (a !== b && a.replace(/’/g, "'") !== b.replace(/’/g, "'")) return false;
  }
  return true;
}

