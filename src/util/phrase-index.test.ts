import { describe, expect, it } from 'vitest';
import type { Tokens } from '../model/layers.js';
import { analyzeDoc } from '../../test/support.js';
import { PhraseIndex } from './phrase-index.js';
import { foldKey } from './text.js';
import { knownWordId, wordId } from './vocabulary.js';

/** A token table made by hand, without the segmenter's word ids. */
function bare(words: string[]): Tokens {
  const n = words.length;
  const lower = words.map((w) => w.toLowerCase());
  return { length: n, start: new Int32Array(n), end: new Int32Array(n), text: words, lower, key: words.map(foldKey), lemma: lower, lemmaKey: lower, pos: words.map(() => 'X'), kind: words.map(() => 'word'), sentence: new Int32Array(n), spaceBefore: new Uint8Array(n) };
}

function index(): PhraseIndex<string> {
  const ix = new PhraseIndex<string>();
  ix.add(['Free', 'Syrian', 'Army'], 'fsa');
  ix.add(['Syrian', 'Army'], 'saa');
  ix.add(['US'], 'usa', true);
  return ix;
}

describe('vocabulary', () => {
  it('numbers a word once and keeps its id', () => {
    const id = wordId('vocabulary-test-word');
    expect(wordId('vocabulary-test-word')).toBe(id);
    expect(knownWordId('vocabulary-test-word')).toBe(id);
  });
  it('does not number a word on a mere look-up', () => {
    expect(knownWordId('never-numbered-word')).toBe(-1);
    expect(knownWordId('never-numbered-word')).toBe(-1);
  });
});

describe('PhraseIndex', () => {
  it('finds the longest phrase on the segmenter’s tokens (word ids) and on a hand-made table (strings) alike', () => {
    const ix = index();
    const doc = analyzeDoc({ text: 'The Free Syrian Army and the Syrian army met.' }, { preset: 'segment' });
    const t = doc.get('tokens');
    expect(t.keyId).toBeDefined();
    const viaIds = [1, 6].map((i) => ix.longest(t, t.key, i, t.length));
    expect(viaIds.map((m) => [m?.length, m?.values])).toEqual([[3, ['fsa']], [2, ['saa']]]);
    const h = bare(['The', 'Free', 'Syrian', 'Army']);
    expect(ix.longest(h, h.key, 1, 4)).toEqual({ length: 3, values: ['fsa'] });
  });
  it('stops at the end given, and finds nothing for a word no phrase starts with', () => {
    const ix = index();
    const h = bare(['Free', 'Syrian', 'Army']);
    expect(ix.longest(h, h.key, 0, 2)).toBeNull();
    expect(ix.longest(h, h.key, 2, 3)).toBeNull();
    expect(ix.all(h, h.key, 1, 3).map((m) => m.values)).toEqual([['saa']]);
    expect(ix.all(h, h.key, 1, 1)).toEqual([]);
  });
  it('keeps case-sensitive entries case-sensitive', () => {
    const ix = index();
    const doc = analyzeDoc({ text: 'US troops. Let us go.' }, { preset: 'segment' });
    const t = doc.get('tokens');
    expect(ix.longest(t, t.key, 0, t.length)?.values).toEqual(['usa']);
    expect(ix.longest(t, t.key, t.text.indexOf('us'), t.length)).toBeNull();
  });
});
