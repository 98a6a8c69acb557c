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
