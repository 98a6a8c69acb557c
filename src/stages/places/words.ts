/**
 * @module Words for name lookup: runs of the segment stage's tokens written without a space between
 * them ("Ḩamāh" arrives as four tokens, "d'Alene" as one), each with its folded key, its case and what
 * separates it from the word before. This groups tokens; it does not tokenize again.
 */
import type { Tokens } from '../../model/layers.js';
import { nameKey } from './normalize.js';

/** What stands between a word and the one before it. */
export const enum Sep {
  /** First word of a sentence. */
  Start = 0,
  Space = 1,
  /** A hyphen with no space either side ("Turkey-based", "Deir ez-Zor"). */
  Hyphen = 2,
  Comma = 3,
  /** Any other punctuation (period, colon, bracket, quote, dash with spaces, possessive …). */
  Other = 4,
}

export const enum Case {
  Lower = 0,
  /** First letter upper case ("Idlib", "McAllen"). */
  Title = 1,
  /** Two or more letters, all upper case ("US", "BEIRUT"). */
  Upper = 2,
  /** Digits or symbols first. */
  Other = 3,
}

export interface Words {
  length: number;
  start: Int32Array;
  end: Int32Array;
  tokStart: Int32Array;
  tokEnd: Int32Array;
  key: string[];
  text: string[];
  case: Uint8Array;
  sep: Uint8Array;
  /** Possessive "’s" right after the word. */
  possessive: Uint8Array;
  /** Index of the token's sentence. */
  sentence: Int32Array;
  /** An opening bracket stands right before the word ("Dhuur-Weyne village (Baidoa, …"). */
  paren: Uint8Array;
}

const HYPHENS = new Set(['-', '‐', '‑']);
/** "’s", "'s", "’" (a possessive wink splits off). Tested per token: no regex. */
function isPossessive(x: string): boolean {
  const c = x.charCodeAt(0);
  if (c !== 39 && c !== 8217) return false;
  return x.length === 1 || (x.length === 2 && (x.charCodeAt(1) | 32) === 115);
}

function caseOf(s: string): Case {
  const c = s.charCodeAt(0);
  if (c >= 97 && c <= 122) return Case.Lower; // a-z: the common case first
  let upper = 0;
  if (c >= 65 && c <= 90) {
    // A-Z: Title unless every letter is a capital ("US", "BEIRUT", "U.S.").
    for (let i = 0; i < s.length; i++) {
      const k = s.charCodeAt(i);
      if (k >= 97 && k <= 122) return Case.Title;
      if (k >= 65 && k <= 90) upper++;
      else if (k > 127) return caseOfUnicode(s);
    }
    return upper >= 2 ? Case.Upper : Case.Title;
  }
  return c > 127 ? caseOfUnicode(s) : Case.Other;
}

function caseOfUnicode(s: string): Case {
  const c = s.charAt(0);
  if (c.toLowerCase() === c && c.toUpperCase() === c) return Case.Other;
  if (c !== c.toUpperCase()) return Case.Lower;
  const letters = s.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toUpperCase() ? Case.Upper : Case.Title;
}

function isPlain(x: string): boolean {
  for (let k = 0; k < x.length; k++) {
    const c = x.charCodeAt(k);
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57))) return false;
  }
  return x.length > 0;
}

/** Folded keys of the words seen so far (news repeats its words; folding is regex work). */
const keyMemo = new Map<string, string>();

function keyOf(s: string): string {
  let k = keyMemo.get(s);
  if (k === undefined) {
    if (keyMemo.size >= 100_000) keyMemo.clear();
    keyMemo.set(s, (k = nameKey(s)));
  }
  return k;
}

function makeScratch(capacity: number) {
  return {
    capacity,
    start: new Int32Array(capacity),
    end: new Int32Array(capacity),
    tokStart: new Int32Array(capacity),
    tokEnd: new Int32Array(capacity),
    sep: new Uint8Array(capacity),
    case: new Uint8Array(capacity),
    possessive: new Uint8Array(capacity),
    sentence: new Int32Array(capacity),
    paren: new Uint8Array(capacity),
  };
}
let scratch = makeScratch(4096);

export function buildWords(text: string, t: Tokens): Words {
  const n = t.length;
  // Scratch columns reused from document to document (a Words lives only while its document is
  // being read): no eight fresh arrays per document.
  if (scratch.capacity < n) scratch = makeScratch(Math.max(n, 2 * scratch.capacity));
  const { start, end, tokStart, tokEnd, sep, possessive, sentence, paren } = scratch;
  const cs = scratch.case;
  possessive.fill(0, 0, n);
  paren.fill(0, 0, n);
  let open = 0;
  const key: string[] = [];
  const surface: string[] = [];
  let w = 0;
  let pendingSep: Sep = Sep.Start;
  let prevSentence = -1;
  let i = 0;
  while (i < n) {
    const isPunct = t.kind[i] === 'punctuation' || t.kind[i] === 'symbol';
    if (t.sentence[i] !== prevSentence) {
      pendingSep = Sep.Start;
      prevSentence = t.sentence[i];
    }
    if (isPunct || (isPossessive(t.text[i]) && w > 0 && t.spaceBefore[i] === 0)) {
      if (!isPunct && w > 0) possessive[w - 1] = 1;
      if (isPunct && (t.text[i] === '(' || t.text[i] === '[')) open = 1;
      if (pendingSep !== Sep.Start) {
        const tx = t.text[i];
        const joined = t.spaceBefore[i] === 0 && i + 1 < n && t.spaceBefore[i + 1] === 0;
        const s: Sep = HYPHENS.has(tx) && joined && pendingSep === Sep.Space ? Sep.Hyphen : tx === ',' ? Sep.Comma : Sep.Other;
        // The strongest separator wins (a hyphen then a comma reads as a comma).
        pendingSep = pendingSep === Sep.Space || s > pendingSep ? s : pendingSep;
      }
      i++;
      continue;
    }
    // A word: this token and any that follow with no space and no punctuation between.
    let j = i + 1;
    while (j < n && t.spaceBefore[j] === 0 && t.kind[j] !== 'punctuation' && t.kind[j] !== 'symbol' && !isPossessive(t.text[j]) && t.sentence[j] === t.sentence[i]) j++;
    const single = j === i + 1;
    const s = single ? t.text[i] : text.slice(t.start[i], t.end[j - 1]);
    start[w] = t.start[i];
    end[w] = t.end[j - 1];
    tokStart[w] = i;
    tokEnd[w] = j;
    sep[w] = pendingSep;
    cs[w] = caseOf(s);
    sentence[w] = t.sentence[i];
    paren[w] = open;
    open = 0;
    // A word of plain ASCII letters and digits is its own key, lower-cased (most words). (Not wink's
    // `lower`: it also normalizes spelling, "Centre" → "center".)
    key.push(single && isPlain(s) ? s.toLowerCase() : keyOf(s));
    surface.push(s);
    w++;
    pendingSep = Sep.Space;
    i = j;
  }
  return {
    length: w,
    start: start.subarray(0, w),
    end: end.subarray(0, w),
    tokStart: tokStart.subarray(0, w),
    tokEnd: tokEnd.subarray(0, w),
    key,
    text: surface,
    case: cs.subarray(0, w),
    sep: sep.subarray(0, w),
    possessive: possessive.subarray(0, w),
    sentence: sentence.subarray(0, w),
    paren: paren.subarray(0, w),
  };
}
