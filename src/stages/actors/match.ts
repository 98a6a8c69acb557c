/**
 * @module Finding actor mentions: one left-to-right pass over each sentence's tokens with the phrase
 * index, where each kind of head word anchors a small grammar — a state organ extends back over its
 * owner and modifiers ("the Iraqi central government"), a title forward over a name ("Chief of Defense
 * Staff Francois Lecointre"), a known name forward over a descriptive head ("Daesh terrorists"), a
 * generic noun back over its labels ("foreign-sponsored Takfiri terrorist groups"). Deciding which
 * entity each candidate is (focus country, coreference, clustering) is `resolve.ts`'s job.
 */
import type { EntityKind, MentionHow, Tokens } from '../../model/layers.js';
import { foldKey, isCapitalized } from '../../util/text.js';
import type { Knowledge, Lex } from './knowledge.js';
import type { PhraseMatch } from '../../util/phrase-index.js';

export type CandidateType =
  | 'known'
  | 'country'
  | 'organ'
  | 'person'
  | 'personDescription'
  | 'generic'
  | 'organization'
  | 'description'
  | 'pronoun';

/** A mention found in the text, before resolution. Token range `[start, end)`. */
export interface Candidate {
  type: CandidateType;
  start: number;
  end: number;
  how: MentionHow;
  rule: string;
  sentence: number;
  /** Known actor id. */
  ref?: string;
  /** Country (ISO alpha-3); `null` with `focus` means "the document's focus country". */
  iso3?: string | null;
  focus?: boolean;
  sector?: string | null;
  kind?: EntityKind;
  /** Generic class id. */
  cls?: string;
  /** A distinguishing label of a generic group ("Takfiri"). */
  label?: string | null;
  /** Entity that backs or leads a group ("Iran-backed militias"), as a country or known id. */
  backer?: string | null;
  /** Person or organisation name as written. */
  name?: string;
  role?: string | null;
  /** Descriptions: the kinds they may refer to. Pronouns: their group. */
  kinds?: EntityKind[];
  group?: 'person' | 'thing' | 'plural';
  /** Likely grammatical subject: followed by a verb or auxiliary. */
  subject?: boolean;
  /** People: the token where the organisation they speak for or belong to starts ("a spokesman for
   * the ministry", "Ali Hassan of the Observatory"). */
  affiliationAt?: number;
}

const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'some', 'several', 'many', 'other', 'two', 'three', 'four', 'five', 'all', 'both', 'most', 'few', 'dozens', 'hundreds', 'thousands', 'of']);
const POSSESSIVE = new Set(["'s", '’s', "'", '’']);
const NAME_CONNECTORS = new Set(['al', 'el', 'bin', 'ibn', 'abu', 'abd', 'de', 'da', 'di', 'du', 'van', 'von', 'der', 'den', 'le', 'la', 'ul', 'ud', 'ad', 'ar', 'as', 'ash', 'at', 'az', 'bint', 'ben', 'mac', 'mc', "o'"]);
const HELD = new Set(['held', 'controlled', 'occupied', 'run', 'dominated', 'besieged', 'seized', 'administered']);
const BAD_NAME_WORDS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december', 'the', 'a', 'an', 'i', 'we', 'he', 'she', 'they', 'it', 'this',
  'that', 'these', 'those', 'but', 'and', 'or', 'if', 'when', 'while', 'as', 'in', 'on', 'at', 'after', 'before', 'since', 'for',
  'with', 'by', 'from', 'however', 'meanwhile', 'although', 'there', 'here', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'what',
  'who', 'why', 'how', 'where', 'once', 'apart', 'some', 'many', 'all', 'no', 'not', 'islam', 'muslims', 'christians', 'god',
]);

export interface MatchContext {
  tokens: Tokens;
  keys: string[];
  lex: Array<PhraseMatch<Lex> | null>;
  know: Knowledge;
  /** Token → index of the candidate that covers it, or -1. */
  taken: Int32Array;
  out: Candidate[];
}

// Plain loops: a predicate closure per call was an allocation per token and rule tried.
function has(m: PhraseMatch<Lex> | null, type: Lex['type']): boolean {
  if (!m) return false;
  const values = m.values;
  for (let k = 0; k < values.length; k++) if (values[k].type === type) return true;
  return false;
}

function get<T extends Lex['type']>(m: PhraseMatch<Lex> | null, type: T): Extract<Lex, { type: T }> | undefined {
  if (!m) return undefined;
  const values = m.values;
  for (let k = 0; k < values.length; k++) if (values[k].type === type) return values[k] as Extract<Lex, { type: T }>;
  return undefined;
}

/** All candidates of a document, in text order. */
export function findCandidates(tokens: Tokens, keys: string[], sentences: ReadonlyArray<{ tokenStart: number; tokenEnd: number }>, know: Knowledge): Candidate[] {
  const lex: Array<PhraseMatch<Lex> | null> = new Array(tokens.length).fill(null);
  const ctx: MatchContext = { tokens, keys, lex, know, taken: new Int32Array(tokens.length).fill(-1), out: [] };
  sentences.forEach((s, si) => {
    for (let i = s.tokenStart; i < s.tokenEnd; i++) lex[i] = know.index.longest(tokens, keys, i, s.tokenEnd);
    const shouting = isShouting(tokens, s.tokenStart, s.tokenEnd);
    for (let i = s.tokenStart; i < s.tokenEnd; ) {
      const next = shouting ? i + 1 : scanAt(ctx, i, s.tokenStart, s.tokenEnd, si);
      i = Math.max(next, i + 1);
    }
  });
  ctx.out.sort((a, b) => a.start - b.start || b.end - a.end);
  return ctx.out;
}

/** A headline in capitals: acronyms and case cues mean nothing there. */
function isShouting(tokens: Tokens, a: number, b: number): boolean {
  let letters = 0;
  let upper = 0;
  for (let i = a; i < b; i++) {
    if (tokens.kind[i] !== 'word') continue;
    letters++;
    const t = tokens.text[i];
    // The in-place letter test first: it rejects most words at their first letters, where comparing
    // with the lower-cased form reads the whole word.
    if (t.length > 1 && noLowerCase(t) && t !== tokens.lower[i]) upper++;
    // Once 30% of all the sentence's tokens are words not in capitals, the share of capitals
    // cannot pass 0.7: most sentences stop here after a few words.
    else if ((letters - upper) * 10 >= (b - a) * 3) return false;
  }
  return letters >= 4 && upper / letters > 0.7;
}

/** `t === t.toUpperCase()` without making the upper-cased copy (ASCII letters checked in place). */
function noLowerCase(t: string): boolean {
  for (let k = 0; k < t.length; k++) {
    const c = t.charCodeAt(k);
    if (c >= 97 && c <= 122) return false;
    if (c >= 128) return t === t.toUpperCase();
  }
  return true;
}

function emit(ctx: MatchContext, c: Candidate): void {
  for (let k = c.start; k < c.end; k++) if (ctx.taken[k] < 0) ctx.taken[k] = ctx.out.length;
  const { tokens } = ctx;
  // Followed by a verb or auxiliary (maybe after an adverb): a likely subject, for pronoun resolution.
  let j = c.end;
  if (j < tokens.length && tokens.pos[j] === 'ADV') j++;
  c.subject = j < tokens.length && (tokens.pos[j] === 'VERB' || tokens.pos[j] === 'AUX') && tokens.sentence[j] === c.sentence;
  ctx.out.push(c);
}

/** Tries every rule anchored at token `i`; returns the next token to look at. */
function scanAt(ctx: MatchContext, i: number, sStart: number, sEnd: number, si: number): number {
  const { tokens, lex } = ctx;
  if (ctx.taken[i] >= 0) return i + 1;
  const m = lex[i];
  if (m) {
    const end = i + m.length;
    if (has(m, 'known')) return knownRule(ctx, i, end, get(m, 'known')!.ref, sStart, sEnd, si);
    if (has(m, 'seat')) {
      const seat = get(m, 'seat')!;
      emit(ctx, { type: 'organ', start: i, end, how: 'metonym', rule: 'seat', sentence: si, iso3: seat.iso3, sector: seat.sector });
      return end;
    }
    if (has(m, 'title')) {
      const r = titleRule(ctx, i, end, sStart, sEnd, si);
      if (r > 0) return r;
    }
    if (has(m, 'organ')) {
      const r = organRule(ctx, i, end, sStart, sEnd, si);
      if (r > 0) return r;
    }
    if (has(m, 'generic')) {
      const r = genericRule(ctx, i, end, sStart, sEnd, si);
      if (r > 0) return r;
    }
    if (has(m, 'country') || has(m, 'demonym') || has(m, 'capital') || has(m, 'people')) {
      // "Syrian Observatory for Human Rights": a name that only starts with a place word.
      if (isCapitalized(tokens.text[i])) {
        const org = orgAt(ctx, i, sEnd, si);
        if (org > 0) return org;
      }
      const r = placeNameRule(ctx, i, end, m, sStart, sEnd, si);
      if (r > 0) return r;
    }
    if (has(m, 'description')) {
      const r = descriptionRule(ctx, i, end, sStart, si);
      if (r > 0) return r;
    }
    if (has(m, 'pronoun')) {
      const r = pronounRule(ctx, i, end, get(m, 'pronoun')!.group, sEnd, si);
      if (r > 0) return r;
    }
    if (has(m, 'honorific')) {
      const nameEnd = parseName(ctx, end, sEnd);
      if (nameEnd > end) {
        emit(ctx, { type: 'person', start: i, end: nameEnd, how: 'name', rule: 'honorific', sentence: si, name: span(tokens, end, nameEnd) });
        return nameEnd;
      }
    }
  }
  // A first-letter test (p or P) before the pattern: "pro-…" words are rare and every token passes here.
  if ((tokens.text[i].charCodeAt(0) | 32) === 112 && /^pro-./i.test(tokens.text[i])) {
    const r = proRule(ctx, i, sEnd, si);
    if (r > 0) return r;
  }
  if (isCapitalized(tokens.text[i]) && tokens.kind[i] === 'word') return nameRule(ctx, i, sStart, sEnd, si);
  return i + 1;
}

const LOYAL_HEADS = new Set(['forces', 'force', 'fighters', 'militia', 'militias', 'militiamen', 'elements', 'troops', 'units', 'loyalists', 'militants', 'gunmen', 'rebels', 'groups', 'camp', 'side', 'factions', 'faction', 'brigades', 'brigade', 'and']);

/** "pro-Houthi forces" are the Houthis' forces; "pro-Hadi forces", loyal to a head of state, are his
 * country's military. (wink keeps "pro-X" as one token.) */
function proRule(ctx: MatchContext, i: number, sEnd: number, si: number): number {
  const { tokens, know } = ctx;
  const name = tokens.text[i].slice(4);
  const m = know.index.longest({ ...tokens, text: [name] } as Tokens, [foldKey(name)], 0, 1);
  if (!m) return -1;
  // The head may come after a coordinated "and affiliated" ("pro-Hadi and affiliated forces").
  let j = i + 1;
  while (j < sEnd && j - i <= 4 && !LOYAL_HEADS.has(tokens.lower[j])) j++;
  if (j >= sEnd || !LOYAL_HEADS.has(tokens.lower[j]) || tokens.lower[j] === 'and') {
    if (!(j < sEnd && tokens.lower[j] === 'and')) return -1;
    while (j < sEnd && j - i <= 5 && !(LOYAL_HEADS.has(tokens.lower[j]) && tokens.lower[j] !== 'and')) j++;
    if (j >= sEnd) return -1;
    // Coordinated: only this token is the mention ("pro-Hadi" and the later head).
    j = i;
  }
  const end = j === i ? i + 1 : j + 1;
  const known = get(m, 'known');
  const actor = known ? know.known.get(known.ref) : undefined;
  if (actor && actor.kind === 'person' && actor.country && (actor.sector === 'GOV' || actor.sector === 'MIL')) {
    emit(ctx, { type: 'organ', start: i, end, how: 'description', rule: 'pro/leader', sentence: si, iso3: actor.country, sector: 'MIL' });
    return end;
  }
  if (known && actor && actor.kind !== 'person') {
    emit(ctx, { type: 'known', start: i, end, how: 'description', rule: 'pro/group', sentence: si, ref: known.ref });
    return end;
  }
  const iso3 = get(m, 'country')?.iso3 ?? get(m, 'demonym')?.iso3;
  if (iso3) {
    emit(ctx, { type: 'generic', start: i, end, how: 'description', rule: 'pro/country', sentence: si, cls: 'militias', iso3: null, focus: true, label: null, backer: iso3 });
    return end;
  }
  return -1;
}

function span(tokens: Tokens, a: number, b: number): string {
  let s = '';
  for (let k = a; k < b; k++) s += (k > a && tokens.spaceBefore[k] ? ' ' : '') + tokens.text[k];
  return s;
}

/** `i` starts a hyphen-joined compound ("US-led", "militant-held"): the index after it. */
function compoundEnd(tokens: Tokens, i: number, sEnd: number): number {
  let j = i + 1;
  while (j + 1 < sEnd && tokens.text[j] === '-' && !tokens.spaceBefore[j] && !tokens.spaceBefore[j + 1]) j += 2;
  return j;
}

/** Owner of a head, looking back from `head`: a demonym, "Country's", a capital or seat, a known
 * actor's possessive. Returns where the owner phrase starts and what it is, or null. */
interface Owner {
  start: number;
  end: number;
  iso3: string | null;
  via: 'demonym' | 'country' | 'capital' | 'known';
  ref?: string;
}

function ownerBefore(ctx: MatchContext, head: number, sStart: number): Owner | null {
  const { tokens, lex } = ctx;
  let j = head;
  // Skip modifiers ("Iraqi central government", "Syrian regime forces").
  while (j - 1 >= sStart && ctx.taken[j - 1] < 0 && isModifierToken(ctx, j - 1)) j--;
  const poss = j - 1 >= sStart && POSSESSIVE.has(tokens.text[j - 1]);
  const e = poss ? j - 1 : j;
  // Find a lexicon match ending at e.
  for (let s = Math.max(sStart, e - 6); s < e; s++) {
    if (ctx.taken[s] >= 0) continue;
    const m = lex[s];
    if (!m || s + m.length !== e) continue;
    if (!poss && has(m, 'demonym')) return { start: s, end: e, iso3: get(m, 'demonym')!.iso3, via: 'demonym' };
    if (has(m, 'country')) return { start: s, end: poss ? e + 1 : e, iso3: get(m, 'country')!.iso3, via: 'country' };
    if (has(m, 'capital')) return { start: s, end: poss ? e + 1 : e, iso3: get(m, 'capital')!.iso3, via: 'capital' };
    if (poss && has(m, 'known')) {
      const ref = get(m, 'known')!.ref;
      return { start: s, end: e + 1, iso3: ctx.know.known.get(ref)?.country ?? null, via: 'known', ref };
    }
    if (poss && has(m, 'demonym')) return { start: s, end: e + 1, iso3: get(m, 'demonym')!.iso3, via: 'demonym' };
  }
  return null;
}

function isModifierToken(ctx: MatchContext, k: number): boolean {
  const m = ctx.lex[k];
  if (m && (has(m, 'organMod') || has(m, 'descMod'))) return true;
  // A modifier match may be several tokens ("war-torn", "de facto"): accept any token inside it.
  for (let s = Math.max(0, k - 3); s < k; s++) {
    const ms = ctx.lex[s];
    if (ms && s + ms.length > k && (has(ms, 'organMod') || has(ms, 'descMod'))) return true;
  }
  return false;
}

function isDeterminer(tokens: Tokens, k: number): boolean {
  const pos = tokens.pos[k];
  return DETERMINERS.has(tokens.lower[k]) && tokens.lower[k] !== 'of' && (pos === 'DET' || pos === 'PRON' || pos === 'NUM' || pos === 'ADJ');
}

/** Start of the noun phrase that ends before `head`: determiners and modifiers back from it. */
function phraseStart(ctx: MatchContext, head: number, sStart: number, free: boolean): number {
  const { tokens } = ctx;
  let j = head;
  while (j - 1 >= sStart && ctx.taken[j - 1] < 0) {
    const k = j - 1;
    const low = tokens.lower[k];
    if (isModifierToken(ctx, k) || (free && ctx.lex[k] && (has(ctx.lex[k], 'demonym') || has(ctx.lex[k], 'country')) && ctx.lex[k]!.length === 1)) j = k;
    else if (free && (tokens.pos[k] === 'ADJ' || (tokens.pos[k] === 'PROPN' && !ctx.lex[k]) || (tokens.text[k] === '-' && !tokens.spaceBefore[k]) || (k + 1 < tokens.length && tokens.text[k + 1] === '-' && !tokens.spaceBefore[k + 1] && tokens.kind[k] === 'word') || (k > 0 && tokens.text[k - 1] === '-' && !tokens.spaceBefore[k] && tokens.kind[k] === 'word'))) j = k;
    else break;
  }
  while (j - 1 >= sStart && ctx.taken[j - 1] < 0 && isDeterminer(tokens, j - 1)) j--;
  return j;
}

// ------------------------------------------------------------------------------------ rules

function knownRule(ctx: MatchContext, i: number, end: number, ref: string, sStart: number, sEnd: number, si: number): number {
  const { tokens, lex, know } = ctx;
  const actor = know.known.get(ref);
  // "Hezbollah's leader", "ISIS-held": let the head's rule take the owner.
  let j = end;
  // Extend over a descriptive head: "Daesh terrorists", "the Daesh Takfiri terrorist group", "Houthi rebels".
  let k = j;
  while (k < sEnd && k - j < 4 && (isModifierToken(ctx, k) || (tokens.pos[k] === 'PROPN' && !lex[k] && isCapitalized(tokens.text[k])))) k++;
  const headMatch = k < sEnd ? lex[k] : null;
  const isPlainHead = headMatch && (has(headMatch, 'description') || has(headMatch, 'generic')) && actor && actor.kind !== 'person' && actor.kind !== 'igo';
  let start = i;
  let how: MentionHow = foldKey(span(tokens, i, end)) === foldKey(actor?.name ?? '') ? 'name' : 'alias';
  let rule = 'known';
  if (isPlainHead && headMatch) {
    const genericCls = get(headMatch, 'generic')?.cls;
    // Only heads that say what the named group is (not "Taliban victims" or "Hezbollah civilians").
    if (!genericCls || genericCls === 'rebels' || genericCls === 'militias' || genericCls === 'gunmen') {
      j = k + headMatch.length;
      start = phraseStart(ctx, i, sStart, false);
      rule = 'known+head';
    }
  }
  emit(ctx, { type: 'known', start, end: j, how, rule, sentence: si, ref });
  return j;
}

function titleRule(ctx: MatchContext, i: number, end: number, sStart: number, sEnd: number, si: number): number {
  const { tokens, lex, know } = ctx;
  // Titles may chain: "Foreign Minister and Deputy Prime Minister X", "Lt. Gen. X".
  let j = end;
  let sector = get(lex[i], 'title')!.sector;
  while (j < sEnd && has(lex[j], 'title')) {
    sector = get(lex[j], 'title')!.sector ?? sector;
    j += lex[j]!.length;
  }
  // "Chief of the General Staff" written with a capitalized complement not in the list.
  if (j + 1 < sEnd && tokens.lower[j] === 'of' && isCapitalized(tokens.text[j + 1]) && isCapitalized(tokens.text[i])) {
    let k = j + 1;
    if (tokens.lower[k] === 'the') k++;
    const ownerMatch = lex[k];
    if (!ownerMatch || !(has(ownerMatch, 'country') || has(ownerMatch, 'known'))) {
      while (k < sEnd && isCapitalized(tokens.text[k]) && !lex[k]) k++;
      if (k > j + 1) j = k;
    }
  }
  const owner = ownerBefore(ctx, i, sStart);
  const roleText = span(tokens, i, j);
  const nameEnd = parseName(ctx, j, sEnd);
  const ownerIso = owner?.iso3 ?? null;
  if (owner && owner.via === 'country') {
    emit(ctx, { type: 'country', start: owner.start, end: owner.end - (POSSESSIVE.has(tokens.text[owner.end - 1]) ? 1 : 0), how: 'name', rule: 'owner', sentence: si, iso3: ownerIso });
  } else if (owner?.via === 'known' && owner.ref) {
    emit(ctx, { type: 'known', start: owner.start, end: owner.end - 1, how: 'name', rule: 'owner', sentence: si, ref: owner.ref });
  }
  if (nameEnd > j) {
    // "President Bashar al-Assad": a known person keeps their id.
    const known = findKnownIn(ctx, j, nameEnd);
    emit(ctx, {
      type: known ? 'known' : 'person',
      ref: known ?? undefined,
      start: i,
      end: nameEnd,
      how: 'name',
      rule: 'title+name',
      sentence: si,
      name: span(tokens, j, nameEnd),
      role: roleText,
      iso3: ownerIso,
      sector,
    });
    return nameEnd;
  }
  // No name: a description of a person ("the French military chief", "the defence minister").
  const start = owner && owner.via !== 'country' && owner.via !== 'known' ? phraseStart(ctx, owner.start, sStart, false) : phraseStart(ctx, i, sStart, false);
  const definite = start < i && ['the', 'this', 'that', 'its', 'their', 'his', 'her'].includes(tokens.lower[start]);
  const multiword = j - i > 1 || !!owner;
  if (!definite && !owner) return -1;
  if (!multiword && !definite) return -1;
  // Lower-case single titles after "the" ("the president") are descriptions too.
  emit(ctx, {
    type: 'personDescription',
    start: owner && owner.via === 'country' ? i : start,
    end: j,
    how: 'description',
    rule: 'title',
    sentence: si,
    role: roleText,
    iso3: ownerIso,
    sector,
    ref: owner?.via === 'known' ? owner.ref : undefined,
  });
  // The owner inside the description ("the French military chief") does not get its own mention.
  return j;
}

function findKnownIn(ctx: MatchContext, a: number, b: number): string | null {
  for (let k = a; k < b; k++) {
    const m = ctx.lex[k];
    const known = get(m, 'known');
    if (known && ctx.know.known.get(known.ref)?.kind === 'person') return known.ref;
  }
  return null;
}

/** A personal name starting at `i`: capitalized tokens, with name particles ("al", "bin") and
 * hyphens inside ("al-Assad"). Returns the index after it (`i` when there is none). */
function parseName(ctx: MatchContext, i: number, sEnd: number): number {
  const { tokens, lex } = ctx;
  let j = i;
  let words = 0;
  while (j < sEnd && words < 5) {
    const t = tokens.text[j];
    const low = tokens.lower[j];
    if (tokens.kind[j] !== 'word') {
      // Initials ("George W. Bush") come as words; a hyphen joins name parts.
      if (t === '-' && !tokens.spaceBefore[j] && words > 0 && j + 1 < sEnd && !tokens.spaceBefore[j + 1]) {
        j++;
        continue;
      }
      break;
    }
    const m = lex[j];
    if (isCapitalized(t) && !BAD_NAME_WORDS.has(low) && !(m && (has(m, 'title') || has(m, 'organ') || has(m, 'generic') || has(m, 'pronoun') || has(m, 'honorific')) && !has(m, 'known'))) {
      if (m && (has(m, 'country') || has(m, 'demonym')) && !has(m, 'known') && words === 0) break;
      words++;
      j++;
      continue;
    }
    if (NAME_CONNECTORS.has(low) && j + 1 < sEnd && (isCapitalized(tokens.text[j + 1]) || tokens.text[j + 1] === '-')) {
      j++;
      continue;
    }
    break;
  }
  // Do not end on a particle or hyphen.
  while (j > i && (NAME_CONNECTORS.has(tokens.lower[j - 1]) || tokens.text[j - 1] === '-')) j--;
  return words > 0 ? j : i;
}

function organRule(ctx: MatchContext, i: number, end: number, sStart: number, sEnd: number, si: number): number {
  const { tokens, lex } = ctx;
  let j = end;
  let organ = get(lex[i], 'organ')!;
  // Consecutive organ nouns: "government troops", "army troopers", "troop contingent".
  while (j < sEnd && ctx.taken[j] < 0 && has(lex[j], 'organ') && !has(lex[j], 'title')) {
    // "police forces", "security personnel": a generic head keeps a specific armed sector; "government
    // troops" are still troops.
    if (!ctx.know.organGeneric.has(tokens.lower[j]) || !['COP', 'SPY', 'MIL'].includes(organ.sector)) organ = get(lex[j], 'organ')!;
    j += lex[j]!.length;
  }
  const firstOrgan = get(lex[i], 'organ')!;
  // "police team", "army patrol": the unit is the organ.
  while (j < sEnd && ctx.taken[j] < 0 && ctx.know.organContinuations.has(tokens.lower[j])) j++;
  const owner = ownerBefore(ctx, i, sStart);
  // "X-led government": the allegiance rule's business, not an owner.
  if (!owner) {
    if (organ.needsCountry && firstOrgan.needsCountry) return -1;
    // Owner-less organ used as a modifier ("military operation", "army base", "police station").
    const nextIsNoun = j < sEnd && (tokens.pos[j] === 'NOUN' || tokens.pos[j] === 'PROPN') && !has(lex[j], 'generic') && !has(lex[j], 'organ');
    const institution = ctx.know.organInstitutions.has(tokens.lower[j - 1]) || ctx.know.organInstitutions.has(span(tokens, i, j).toLowerCase());
    if ((nextIsNoun && institution) || (tokens.pos[i] === 'ADJ' && j - i === 1)) return -1;
    // "of the government's", "army" as a verb complement is fine; "state" alone is not.
  }
  // "of Syria" after the organ: "the army of Syria".
  let iso3 = owner?.iso3 ?? null;
  let ofEnd = j;
  if (!owner && j + 1 < sEnd && tokens.lower[j] === 'of') {
    let k = j + 1;
    if (tokens.lower[k] === 'the') k++;
    const m = lex[k];
    if (m && has(m, 'country')) {
      iso3 = get(m, 'country')!.iso3;
      ofEnd = k + m.length;
    }
  }
  const start = owner ? phraseStart(ctx, owner.start, sStart, false) : phraseStart(ctx, i, sStart, false);
  // Demonym plus "people" noun mis-read as organ ("Syrian officials") is fine; metonymy marks capitals.
  emit(ctx, {
    type: 'organ',
    start,
    end: ofEnd,
    how: owner?.via === 'capital' ? 'metonym' : 'description',
    rule: owner ? `organ/${owner.via}` : ofEnd > j ? 'organ/of' : 'organ/focus',
    sentence: si,
    iso3,
    focus: iso3 === null,
    sector: organ.sector,
  });
  return ofEnd;
}

function genericRule(ctx: MatchContext, i: number, end: number, sStart: number, sEnd: number, si: number): number {
  const { tokens, lex, know } = ctx;
  const cls = get(lex[i], 'generic')!.cls;
  // Used as a modifier of a following head ("terrorist group", "militant leader"): the head decides.
  const after = end < sEnd ? lex[end] : null;
  if (after && (has(after, 'description') || has(after, 'generic') || has(after, 'organ') || has(after, 'title'))) return -1;
  // "militant-held Idlib": the group that holds the place.
  if (end + 1 < sEnd && tokens.text[end] === '-' && !tokens.spaceBefore[end] && HELD.has(tokens.lower[end + 1])) {
    emit(ctx, { type: 'generic', start: i, end, how: 'description', rule: 'generic/held', sentence: si, cls, iso3: null, focus: true, label: null });
    return end + 2;
  }
  // Owner (demonym) and labels before the noun.
  const start = phraseStart(ctx, i, sStart, true);
  let iso3: string | null = null;
  let label: string | null = null;
  let backer: string | null = null;
  for (let k = start; k < i; k++) {
    const m = lex[k];
    if (m && (has(m, 'demonym') || has(m, 'country')) && iso3 === null) {
      const iso = get(m, 'demonym')?.iso3 ?? get(m, 'country')!.iso3;
      const compound = compoundEnd(tokens, k, sEnd);
      // "Iranian-backed militias": a backer, not the group's country.
      if (compound > k + 1 && know.allegiance.has(tokens.lower[compound - 1])) backer = iso;
      else iso3 = iso;
    } else if (tokens.text[k] === '-' && k + 1 < i && know.allegiance.has(tokens.lower[k + 1]) && k > start) {
      const prev = lex[k - 1];
      const known = get(prev, 'known');
      if (known) backer = known.ref;
    } else if (isCapitalized(tokens.text[k]) && tokens.kind[k] === 'word' && (!m || m.values.every((v) => v.type === 'descMod')) && label === null && !DETERMINERS.has(tokens.lower[k])) {
      label = tokens.text[k];
    }
  }
  // "pro-government militias".
  if (start >= 2 && tokens.lower[start - 1] === '-' && tokens.lower[start - 2] === 'pro') backer = 'focus-government';
  let endTok = end;
  // "Syrians" etc. are handled by the place-name rule; here the noun may be followed by "from"/"of" X,
  // which `resolve` merges ("allied fighters from popular defense groups").
  emit(ctx, { type: 'generic', start, end: endTok, how: 'description', rule: 'generic', sentence: si, cls, iso3, focus: iso3 === null, label, backer });
  return endTok;
}

function placeNameRule(ctx: MatchContext, i: number, end: number, m: PhraseMatch<Lex>, sStart: number, sEnd: number, si: number): number {
  const { tokens, lex, know } = ctx;
  const iso3 = get(m, 'country')?.iso3 ?? get(m, 'demonym')?.iso3 ?? get(m, 'capital')?.iso3 ?? get(m, 'people')?.iso3 ?? null;
  // A head ahead (organ, title, generic, description) will take this as its owner.
  if (headAhead(ctx, end, sEnd)) return end;
  // "US-led coalition", "Iran-backed militias": the head's rule reads the compound.
  if (end + 1 < sEnd && tokens.text[end] === '-' && !tokens.spaceBefore[end] && know.allegiance.has(tokens.lower[end + 1])) {
    // The head's rule reads the compound; `resolve` adds the leader's own nested mention.
    if (has(m, 'country') || has(m, 'demonym')) return end;
  }
  if (has(m, 'country')) {
    emit(ctx, { type: 'country', start: i, end, how: 'name', rule: 'country', sentence: si, iso3 });
    return end;
  }
  // "a Russian airstrike", "Turkish shelling": the demonym names who attacked, the country's military.
  if (has(m, 'demonym') && iso3 && end < sEnd && has(lex[end], 'attack') && tokens.pos[end + lex[end]!.length] !== 'NOUN') {
    emit(ctx, { type: 'organ', start: i, end, how: 'description', rule: 'organ/attacker', sentence: si, iso3, sector: 'MIL' });
    // The attack noun is no actor of its own ("jet fighters" are not rebels).
    return end + lex[end]!.length;
  }
  if (has(m, 'people')) {
    emit(ctx, { type: 'generic', start: i, end, how: 'description', rule: 'generic/demonym', sentence: si, cls: 'civilians', iso3, focus: false, label: null });
    return end;
  }
  if (has(m, 'capital') && iso3 && isMetonymic(ctx, i, end, sStart, sEnd)) {
    emit(ctx, { type: 'organ', start: i, end, how: 'metonym', rule: 'capital', sentence: si, iso3, sector: 'GOV' });
    return end;
  }
  return end;
}

/** True when a head word the owner rules read follows (after modifiers and a possessive). */
function headAhead(ctx: MatchContext, j: number, sEnd: number): boolean {
  const { tokens, lex } = ctx;
  if (j < sEnd && POSSESSIVE.has(tokens.text[j])) j++;
  for (let steps = 0; j < sEnd && steps < 4; steps++) {
    const m = lex[j];
    if (m && (has(m, 'organ') || has(m, 'title') || has(m, 'generic'))) {
      // "Syrian army", but not "Russian military assistance" (handled there: owner-ful organ is kept).
      return true;
    }
    if (isModifierToken(ctx, j) || tokens.pos[j] === 'ADJ') {
      j += m?.length ?? 1;
      continue;
    }
    return false;
  }
  return false;
}

/** A capital standing for its government: see data/metonymy.json. */
function isMetonymic(ctx: MatchContext, i: number, end: number, sStart: number, sEnd: number): boolean {
  const { tokens, lex, know } = ctx;
  // Verb after it (auxiliaries and adverbs skipped): "Damascus said", "Moscow has already said".
  let j = end;
  if (j < sEnd && POSSESSIVE.has(tokens.text[j])) {
    return j + 1 < sEnd && know.possessed.has(tokens.lower[j + 1]);
  }
  while (j < sEnd && (tokens.pos[j] === 'AUX' || tokens.pos[j] === 'ADV' || tokens.pos[j] === 'PART') && !know.metonymyVerbs.has(tokens.lower[j])) j++;
  if (j < sEnd && know.metonymyVerbs.has(tokens.lower[j]) && (j > end || !['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would'].includes(tokens.lower[j]) || tokens.pos[j + 1] === 'VERB' || tokens.pos[j + 1] === 'AUX')) {
    // "Damascus is a city": copula followed by a noun phrase is not an action.
    const v = tokens.lower[j];
    if (['is', 'are', 'was', 'were'].includes(v) && j + 1 < sEnd && ['a', 'an', 'the', 'home', 'located', 'situated', 'one'].includes(tokens.lower[j + 1])) return false;
    return true;
  }
  // Coordinated with another actor before a verb: "Baghdad and Washington are in talks".
  if (end + 1 < sEnd && tokens.lower[end] === 'and') {
    const m = lex[end + 1];
    if (m && (has(m, 'capital') || has(m, 'country'))) {
      const after = end + 1 + m.length;
      if (after < sEnd && (tokens.pos[after] === 'AUX' || tokens.pos[after] === 'VERB')) return true;
    }
  }
  if (i - 2 >= sStart && tokens.lower[i - 1] === 'and') {
    const prevStart = prevLexStart(ctx, i - 1, sStart);
    if (prevStart >= 0) {
      const m = lex[prevStart];
      if (m && (has(m, 'capital') || has(m, 'country')) && end < sEnd && (tokens.pos[end] === 'AUX' || tokens.pos[end] === 'VERB')) return true;
    }
  }
  // Governed by a relational word: "assistance to Damascus", "talks with Moscow".
  if (i - 1 >= sStart && ['to', 'with', 'from', 'between', 'against', 'and', 'toward', 'towards', 'by'].includes(tokens.lower[i - 1])) {
    for (let k = i - 2; k >= Math.max(sStart, i - 6); k--) if (know.relational.has(tokens.lower[k]) || know.relational.has(tokens.lemma[k])) return true;
  }
  return false;
}

function prevLexStart(ctx: MatchContext, e: number, sStart: number): number {
  for (let s = Math.max(sStart, e - 5); s < e; s++) if (ctx.lex[s] && s + ctx.lex[s]!.length === e) return s;
  return -1;
}

function descriptionRule(ctx: MatchContext, i: number, end: number, sStart: number, si: number): number {
  const { tokens, lex } = ctx;
  const start = phraseStart(ctx, i, sStart, false);
  if (start === i || !['the', 'this', 'that', 'these', 'those'].includes(tokens.lower[start])) return -1;
  // "the group's", "the country's" fine; "the group of" (a partitive) is not a reference.
  if (end < tokens.length && tokens.lower[end] === 'of' && tokens.sentence[end] === si) return -1;
  emit(ctx, { type: 'description', start, end, how: 'description', rule: 'description', sentence: si, kinds: get(lex[i], 'description')!.kinds });
  return end;
}

function pronounRule(ctx: MatchContext, i: number, end: number, group: 'person' | 'thing' | 'plural', sEnd: number, si: number): number {
  const { tokens, know } = ctx;
  if (group === 'thing' && tokens.lower[i] === 'it') {
    // Expletive "it": "it is likely that", "it seems".
    let j = end;
    if (j < sEnd && know.expletive.after.has(tokens.lower[j])) {
      j++;
      while (j < sEnd && tokens.pos[j] === 'ADV' && !know.expletive.followers.has(tokens.lower[j])) j++;
      if (j >= sEnd || know.expletive.followers.has(tokens.lower[j]) || tokens.pos[j] === 'ADJ') return end;
    }
    if (end < sEnd && ['seems', 'seemed', 'appears', 'appeared', 'emerged', 'transpired'].includes(tokens.lower[end])) return end;
  }
  // "her" before a noun is possessive (kept); "her" alone an object: both refer.
  emit(ctx, { type: 'pronoun', start: i, end, how: 'pronoun', rule: `pronoun/${group}`, sentence: si, group });
  return end;
}

/** A capitalized word no lexicon knows: an organisation (by its head or first word), an operation,
 * a person (by a cue), or nothing (probably a place: the places stage decides). */
function nameRule(ctx: MatchContext, i: number, sStart: number, sEnd: number, si: number): number {
  const { tokens, lex, know } = ctx;
  // "Operation Inherent Resolve".
  if (tokens.text[i] === 'Operation' && i + 1 < sEnd && isCapitalized(tokens.text[i + 1])) {
    let j = i + 1;
    while (j < sEnd && j - i <= 4 && isCapitalized(tokens.text[j]) && tokens.kind[j] === 'word') j++;
    emit(ctx, { type: 'organization', start: i, end: j, how: 'name', rule: 'operation', sentence: si, kind: 'operation', name: span(tokens, i, j) });
    return j;
  }
  const org = orgAt(ctx, i, sEnd, si);
  if (org > 0) return org;
  // Person: a name with a cue — a speech verb after it, or an apposition with a title.
  const nameEnd = parseName(ctx, i, sEnd);
  if (nameEnd > i) {
    const sentenceInitial = i === sStart || ['“', '"', "'", '‘', '(', '-', '—'].includes(tokens.text[i - 1]);
    // A lone capitalized word opening a sentence is usually not a name ("Meanwhile", "Officials").
    if (sentenceInitial && nameEnd - i === 1 && tokens.pos[i] !== 'PROPN') return i + 1;
    let k = nameEnd;
    while (k < sEnd && tokens.pos[k] === 'ADV') k++;
    const saidAfter = k < sEnd && know.personVerbs.has(tokens.lower[k]);
    const apposition = nameEnd + 2 < sEnd && tokens.text[nameEnd] === ',' && appositionTitleAt(ctx, nameEnd + 1, sEnd);
    const saidBefore = i >= 2 && tokens.text[i - 1] !== ',' && know.personVerbs.has(tokens.lower[i - 1]) && ['said', 'says', 'added', 'told', 'wrote', 'asked'].includes(tokens.lower[i - 1]);
    if (saidAfter || apposition || saidBefore) {
      const role = apposition ? appositionRole(ctx, nameEnd + 1, sEnd) : null;
      emit(ctx, { type: 'person', start: i, end: nameEnd, how: 'name', rule: saidAfter ? 'name+verb' : apposition ? 'name+apposition' : 'verb+name', sentence: si, name: span(tokens, i, nameEnd), role: role?.role ?? null, sector: role?.sector ?? null, iso3: role?.iso3 ?? null, affiliationAt: role?.affiliationAt });
      return nameEnd;
    }
    return nameEnd;
  }
  return i + 1;
}

/** An organisation name starting at `i`: a capitalized run with connectors, classified by its last
 * or first word ("Syrian Observatory for Human Rights", "Jaish al-Fatah"). Emits it and returns the
 * index after it, or -1. */
function orgAt(ctx: MatchContext, i: number, sEnd: number, si: number): number {
  const { tokens, lex, know } = ctx;
  const orgEnd = orgRun(ctx, i, sEnd);
  if (orgEnd <= i) return -1;
  let kind: EntityKind | undefined;
  const starts = know.orgStarts.longest(tokens, ctx.keys, i, orgEnd);
  if (starts && orgEnd > i + starts.length) kind = starts.values[0];
  // The head is the last word, or the word before a complement ("Observatory for Human Rights").
  let head = know.orgHeads.get(tokens.lower[orgEnd - 1]);
  for (let k = i + 1; !head && k < orgEnd - 1; k++) {
    if (['for', 'of', 'on', 'to', 'against'].includes(tokens.lower[k])) {
      head = know.orgHeads.get(tokens.lower[k - 1]);
      break;
    }
  }
  if (head && orgEnd - i > 1) kind = head;
  if (!kind) return -1;
  // "Lebanese Army", "Nigerian Police": national organs, not groups.
  const first = lex[i];
  const organHead = lex[orgEnd - 1] && has(lex[orgEnd - 1], 'organ');
  if (first && (has(first, 'demonym') || has(first, 'country')) && orgEnd - i === 2 && organHead) return -1;
  emit(ctx, { type: 'organization', start: i, end: orgEnd, how: 'name', rule: 'org', sentence: si, kind, name: span(tokens, i, orgEnd) });
  return orgEnd;
}

function orgRun(ctx: MatchContext, i: number, sEnd: number): number {
  const { tokens, know } = ctx;
  let j = i;
  let last = i;
  while (j < sEnd && j - i < 9) {
    const t = tokens.text[j];
    if (tokens.kind[j] === 'word' && isCapitalized(t) && !BAD_NAME_WORDS.has(tokens.lower[j])) {
      j++;
      last = j;
      continue;
    }
    if ((know.orgConnectors.has(tokens.lower[j]) || t === '-') && j > i && j + 1 < sEnd) {
      j++;
      continue;
    }
    break;
  }
  return last;
}

function appositionTitleAt(ctx: MatchContext, j: number, sEnd: number): boolean {
  const { tokens, lex } = ctx;
  let k = j;
  if (k < sEnd && ['the', 'a', 'an'].includes(tokens.lower[k])) k++;
  for (let steps = 0; k < sEnd && steps < 3; steps++) {
    const m = lex[k];
    if (m && has(m, 'title')) return true;
    if (m && (has(m, 'demonym') || has(m, 'organMod') || has(m, 'organ') || has(m, 'descMod'))) {
      k += m.length;
      continue;
    }
    if (tokens.pos[k] === 'ADJ') {
      k++;
      continue;
    }
    return false;
  }
  return false;
}

function appositionRole(ctx: MatchContext, j: number, sEnd: number): { role: string; sector: string | null; iso3: string | null; affiliationAt?: number } | null {
  const { tokens, lex } = ctx;
  let k = j;
  if (k < sEnd && ['the', 'a', 'an'].includes(tokens.lower[k])) k++;
  const from = k;
  let iso3: string | null = null;
  let sector: string | null = null;
  while (k < sEnd && k - from < 6) {
    const m = lex[k];
    if (!m) {
      if (tokens.pos[k] === 'ADJ') {
        k++;
        continue;
      }
      break;
    }
    if (has(m, 'demonym')) iso3 = get(m, 'demonym')!.iso3;
    if (has(m, 'organ')) sector = get(m, 'organ')!.sector;
    if (has(m, 'title')) {
      sector = get(m, 'title')!.sector ?? sector;
      k += m.length;
      const role = span(tokens, from, k);
      // "a spokesman for the ministry", "the head of Hezbollah".
      let at: number | undefined;
      if (k < sEnd && ['for', 'of', 'at', 'with'].includes(tokens.lower[k])) at = tokens.lower[k + 1] === 'the' ? k + 2 : k + 1;
      return { role, sector, iso3, affiliationAt: at };
    }
    k += m.length;
  }
  return null;
}
