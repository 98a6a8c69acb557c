/**
 * @module Finding frames: one scan of the tokens against the framing lexicon (longest match first),
 * each match widened to its scope (the word, its noun phrase, its clause or its sentence), then
 * overlapping frames of one technique merged.
 */
import type { Sentence, Tokens } from '../../model/layers.js';
import type { FramingLexicon, Scope } from './lexicon.js';
import { MIN_REPEATS, structuralCues } from './structure.js';

export interface FoundFrame {
  start: number;
  end: number;
  technique: string;
  /** The lexicon entry or structural cue that fired. */
  rule: string;
  /** Characters of the words that fired (the frame's span is the scope around them). */
  cueStart: number;
  cueEnd: number;
}

const MODIFIER = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM']);
const NOUNISH = new Set(['NOUN', 'PROPN']);
const BOUNDARY = /^[,;:()\[\]—–"“”«»]$/;

function joined(tokens: Tokens, i: number): boolean {
  return i > 0 && !tokens.spaceBefore[i];
}

/** Widens tokens `[a, b)` to the noun phrase around them: modifiers to the left, the head noun (and
 * an "of" complement) to the right. */
function nounPhrase(tokens: Tokens, a: number, b: number, lo: number, hi: number): [number, number] {
  // Left: adjectives and nouns that modify ("Daesh Takfiri terrorist group"), hyphenated pieces.
  let n = 0;
  while (a - 1 >= lo && n < 6) {
    const k = a - 1;
    const p = tokens.pos[k];
    const hyphen = tokens.text[k] === '-' && joined(tokens, k) && joined(tokens, k + 1);
    // The right part of a hyphenated modifier ("foreign-sponsored"), whatever its tag.
    const compound = tokens.kind[k] === 'word' && k - 1 >= lo && tokens.text[k - 1] === '-' && joined(tokens, k) && p !== 'DET';
    const leftPart = tokens.kind[k] === 'word' && tokens.text[a] === '-' && joined(tokens, a) && p !== 'DET';
    if (MODIFIER.has(p) || hyphen || compound || leftPart) {
      a = k;
      n++;
    } else break;
  }
  // Right: to the head noun.
  let end = b;
  n = 0;
  let m = b;
  while (m < hi && n < 6) {
    const p = tokens.pos[m];
    if (MODIFIER.has(p) || p === 'DET' || (tokens.text[m] === '-' && joined(tokens, m) && m + 1 < hi && joined(tokens, m + 1)) || (joined(tokens, m) && tokens.kind[m] === 'word')) {
      m++;
      n++;
      if (NOUNISH.has(tokens.pos[m - 1]) || (joined(tokens, m - 1) && tokens.kind[m - 1] === 'word')) end = m;
      continue;
    }
    break;
  }
  // "the positions of Daesh terrorists": one "of" complement after a head noun reached on the right.
  if (end > b && end < hi && tokens.lower[end] === 'of') {
    let k = end + 1;
    let last = -1;
    while (k < hi && k - end < 5 && (MODIFIER.has(tokens.pos[k]) || tokens.pos[k] === 'DET')) {
      if (NOUNISH.has(tokens.pos[k])) last = k + 1;
      k++;
    }
    if (last > 0) end = last;
  }
  return [a, Math.max(b, end)];
}

function clause(tokens: Tokens, a: number, b: number, lo: number, hi: number): [number, number] {
  while (a - 1 >= lo && !BOUNDARY.test(tokens.text[a - 1])) a--;
  while (b < hi && !BOUNDARY.test(tokens.text[b]) && !/^[.!?]+$/.test(tokens.text[b])) b++;
  return [a, b];
}

/** `clause` (default): every frame widened at least to its clause (to the nearest comma, semicolon,
 * dash, bracket or quotation mark), the span a reader takes as framed, but for the techniques marked
 * `cue` in techniques.txt (a label is its noun phrase); the cue keeps the entry's own scope. `phrase`: each frame at its entry's scope (the loaded word, the labelled noun phrase,
 * the doubted clause): finer evidence, and on PTC less than half the span-identification recall. */
function frameOf(tokens: Tokens, f: { a: number; b: number; technique: string; rule: string; ca: number; cb: number }): FoundFrame {
  return { start: tokens.start[f.a], end: tokens.end[f.b - 1], technique: f.technique, rule: f.rule, cueStart: tokens.start[f.ca], cueEnd: tokens.end[f.cb - 1] };
}

export type SpanPolicy = 'phrase' | 'clause';

export function findFrames(tokens: Tokens, forms: { lower: string[]; lemma: string[] }, sentences: readonly Sentence[], lex: FramingLexicon, policy: SpanPolicy = 'clause'): FoundFrame[] {
  /** Frame `[a, b)`, cue `[ca, cb)` and the lexicon match `[ma, mb)`, in tokens. */
  const found: { a: number; b: number; technique: string; rule: string; ca: number; cb: number; ma: number; mb: number }[] = [];
  for (const s of sentences) {
    const lo = s.tokenStart;
    const hi = s.tokenEnd;
    /** No punctuation at either end. */
    const trim = (a: number, b: number): [number, number] => {
      while (b > a + 1 && tokens.kind[b - 1] === 'punctuation') b--;
      while (a < b - 1 && tokens.kind[a] === 'punctuation') a++;
      return [a, b];
    };
    const add = (ma: number, mb: number, technique: string, scope: Scope, rule: string) => {
      // The cue: the match at its entry's scope (the loaded word, the labelled noun phrase, the
      // doubted clause); the frame: the cue widened to its clause under the clause policy.
      let [ca, cb] = [ma, mb];
      if (scope === 'np') [ca, cb] = nounPhrase(tokens, ca, cb, lo, hi);
      else if (scope === 'c') [ca, cb] = clause(tokens, ca, cb, lo, hi);
      else if (scope === 's') [ca, cb] = [lo, hi];
      [ca, cb] = trim(ca, cb);
      const [a, b] = policy === 'clause' && scope !== 's' && !lex.atCue.has(technique) ? trim(...clause(tokens, ca, cb, lo, hi)) : [ca, cb];
      found.push({ a, b, technique, rule, ca, cb, ma, mb });
    };
    const adjective = (i: number) => {
      if (tokens.pos[i] !== 'ADJ') return;
      const e = lex.adjectives.get(forms.lower[i]);
      if (e) add(i, i + 1, e.technique, e.scope, e.phrase);
    };
    let covered = lo;
    for (const m of lex.entries.scan(forms, lo, hi)) {
      // Adjectives of negative evaluation between the lexicon's matches.
      if (lex.adjectives.size) for (; covered < m.start; covered++) adjective(covered);
      covered = Math.max(covered, m.end);
      const { technique, scope, phrase } = m.value;
      // A lexicon word used as a proper name part ("Evil Dead", "Holy See") is not a frame.
      if (m.end - m.start === 1 && tokens.pos[m.start] === 'PROPN' && m.start > lo && (tokens.pos[m.start - 1] === 'PROPN' || tokens.pos[m.start + 1] === 'PROPN')) continue;
      add(m.start, m.end, technique, scope, phrase);
    }
    if (lex.adjectives.size) for (; covered < hi; covered++) adjective(covered);
    if (lex.structure.size) {
      for (const c of structuralCues(tokens, s)) {
        const e = lex.structure.get(c.cue);
        if (e) add(c.start, c.end, e.technique, e.scope, c.cue);
      }
    }
  }
  // Repetition: the words of a lexicon frame said MIN_REPEATS times or more in the article, each time.
  const repetition = lex.structure.get('repetition');
  if (repetition) {
    const said = new Map<string, number[]>();
    found.forEach((f, k) => {
      if (f.rule === 'question' || f.rule === 'exclamation') return;
      let key = forms.lemma[f.ma];
      for (let i = f.ma + 1; i < f.mb; i++) key += ` ${forms.lemma[i]}`;
      const list = said.get(key) ?? [];
      list.push(k);
      said.set(key, list);
    });
    for (const [key, list] of said) {
      if (list.length < MIN_REPEATS) continue;
      for (const k of list) {
        const { ma, mb } = found[k];
        found.push({ a: ma, b: mb, technique: repetition.technique, rule: `repetition: ${key}`, ca: ma, cb: mb, ma, mb });
      }
    }
  }
  // Merge overlapping frames of one technique (keeping the first rule).
  found.sort((x, y) => (x.technique < y.technique ? -1 : x.technique > y.technique ? 1 : x.a - y.a));
  const out: FoundFrame[] = [];
  let cur: (typeof found)[number] | null = null;
  for (const f of found) {
    if (cur && cur.technique === f.technique && f.a < cur.b) {
      cur.b = Math.max(cur.b, f.b);
      continue;
    }
    if (cur) out.push(frameOf(tokens, cur));
    cur = { ...f };
  }
  if (cur) out.push(frameOf(tokens, cur));
  return out.sort((x, y) => x.start - y.start || x.end - y.end);
}
