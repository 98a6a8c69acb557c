/**
 * @module One numbering of word forms for the whole process: every phrase index numbers its words
 * here at set-up, and the segmenter numbers each token's look-up keys once per vocabulary entry, so a
 * phrase look-up on a document's tokens reads a number from an array instead of hashing and comparing
 * a string in every index. Ids never change; the table grows with the vocabulary read (as wink-nlp's
 * own lexicon cache does).
 */

const ids = new Map<string, number>();

/** The id of `word`, numbering it if it is new. */
export function wordId(word: string): number {
  let id = ids.get(word);
  if (id === undefined) ids.set(word, (id = ids.size));
  return id;
}

/** The id of `word`, or -1 if no one has numbered it (then no phrase index holds it). */
export function knownWordId(word: string): number {
  return ids.get(word) ?? -1;
}

/** How many words are numbered (grows only). */
export function vocabularySize(): number {
  return ids.size;
}

/**
 * Flags per word (a word → bits map of a stage's word classes), readable by word id: a per-token
 * test reads an array slot instead of hashing the token's string. Token columns without ids (a token
 * table made by hand) are read by string.
 */
export class WordBits {
  private readonly byId: Uint16Array;

  constructor(private readonly byWord: ReadonlyMap<string, number>) {
    let max = -1;
    for (const w of byWord.keys()) max = Math.max(max, wordId(w));
    this.byId = new Uint16Array(max + 1);
    for (const [w, bits] of byWord) this.byId[wordId(w)] = bits;
  }

  /** The bits of word `i` of a token column (`ids`: the column's word ids, when it has them). */
  at(words: readonly string[], ids: Int32Array | undefined, i: number): number {
    if (!ids) return this.byWord.get(words[i]) ?? 0;
    const id = ids[i];
    return id >= 0 && id < this.byId.length ? this.byId[id] : 0;
  }
}
