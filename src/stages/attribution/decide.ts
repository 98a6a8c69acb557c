/**
 * @module Deciding what found attributions mean: overlapping finds merged, the speaker entity (through
 * entity mentions, then pronouns to the closest person before), the source's kind (named, pronoun,
 * anonymous, passive…), the claim type (statement, forecast, pledge, allegation, denial, rejection),
 * its hedges and its deadline (a `times` id).
 */
import type { Entity, Quote, Timex, Tokens } from '../../model/layers.js';
import type { Span, TextSpan } from '../../model/span.js';
import type { SitrepDocument } from '../../model/document.js';
import { tokenSpan } from '../../model/tokens.js';
import { NO_CLAIM, type AttributionLexicon, type ClaimType } from './lexicon.js';
import type { FindContext, Range, RawAttribution, SourceKind } from './find.js';
import { firstStartingAt } from '../../util/sorted.js';

export interface Claim {
  id: string;
  type: ClaimType;
  /** Entity id of who makes the claim, when resolved. */
  speaker: string | null;
  source: TextSpan | null;
  sourceKind: SourceKind;
  content: TextSpan;
  cue: TextSpan | null;
  /** `times` id of the date the claim sets (deadline of a forecast or pledge), when the text gives one. */
  deadline: string | null;
  hedges: TextSpan[];
  status: string;
  /** The quote this claim is read from. */
  quote: string;
}

const FUTURE = new Set(['will', "'ll", 'shall', 'wo']);
const PRONOUN_PERSON = new Set(['he', 'she', 'i', 'him', 'her', 'his']);
const PRONOUN_GROUP = new Set(['they', 'it', 'we', 'them', 'its', 'their']);

/** Keeps one attribution per content start and cue (the first found wins, its rule being the more
 * specific), and drops an indirect find whose content lies inside another's cue. */
export function mergeAttributions(list: RawAttribution[]): RawAttribution[] {
  const seen = new Set<string>();
  const out: RawAttribution[] = [];
  for (const a of list) {
    const key = a.cue ? `c${a.cue[0]}` : `q${a.content[0]}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(a);
  }
  return out.sort((x, y) => x.content[0] - y.content[0] || (x.cue?.[0] ?? 0) - (y.cue?.[0] ?? 0));
}

function textSpan(doc: SitrepDocument, tokens: Tokens, r: Range): TextSpan {
  const s = tokenSpan(tokens, r[0], r[1]);
  return doc.span(s.start, s.end);
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

interface MentionRef {
  entity: Entity;
  start: number;
  end: number;
}

/** Entity mentions in text order, for speaker look-ups. */
export function mentionIndex(entities: readonly Entity[] | undefined): MentionRef[] {
  const out: MentionRef[] = [];
  for (const e of entities ?? []) for (const m of e.mentions) out.push({ entity: e, start: m.start, end: m.end });
  return out.sort((a, b) => a.start - b.start);
}

/** The entity a source span names: a mention overlapping it (the one nearest its head, the last
 * word), else for a pronoun the closest matching mention before it. */
export function speakerOf(mentions: MentionRef[], source: Span, pronoun: string | null, maxLength = Infinity): string | null {
  let best: MentionRef | null = null;
  // Mentions overlapping the source start within the longest mention's length before it.
  for (let k = Number.isFinite(maxLength) ? firstStartingAt(mentions, source.start - maxLength) : 0; k < mentions.length; k++) {
    const m = mentions[k];
    if (m.start >= source.end) break;
    if (overlaps(m, source) && (!best || m.end > best.end || (m.end === best.end && m.end - m.start > best.end - best.start))) best = m;
  }
  if (best) return best.entity.id;
  if (!pronoun) return null;
  const person = PRONOUN_PERSON.has(pronoun);
  const group = PRONOUN_GROUP.has(pronoun);
  if (!person && !group) return null;
  for (let k = firstStartingAt(mentions, source.start) - 1; k >= 0; k--) {
    const m = mentions[k];
    if (m.end > source.start) continue;
    const isPerson = m.entity.kind === 'person';
    if ((person && isPerson) || (group && !isPerson)) return m.entity.id;
  }
  return null;
}

export function sourceKind(c: FindContext, lex: AttributionLexicon, a: RawAttribution): SourceKind {
  if (!a.source) return a.passive ? 'passive' : 'none';
  const [s, e] = a.source;
  const lower = c.forms.lower[s];
  if (e - s === 1 && (lower === 'who' || lower === 'which' || lower === 'that')) return 'relative';
  if (e - s === 1 && c.tokens.pos[s] === 'PRON') return 'pronoun';
  let proper = false;
  for (let k = s; k < e; k++) if (c.tokens.pos[k] === 'PROPN') proper = true;
  // The head noun: the last noun before any "of"/"for" bridge.
  let head = e - 1;
  for (let k = s; k < e; k++) if (['of', 'for', 'at', 'from', 'with', 'on', 'in'].includes(c.forms.lower[k])) { head = k - 1; break; }
  const kind = lex.sourceKinds.get(c.forms.lemma[head]);
  // "A UN report" is a document whatever names it; "White House officials" are still officials.
  if (kind && (!proper || kind === 'document' || c.tokens.pos[head] !== 'PROPN')) return kind as SourceKind;
  return proper ? 'named' : 'description';
}

/** Hedge spans inside the content, and between the source and the cue ("probably", "likely"). */
export function hedgesIn(c: FindContext, r: Range): Range[] {
  if (!c.hedgeMatches) return c.lex.hedges.scan(c.forms, r[0], r[1]).map((m) => [m.start, m.end] as Range);
  const out: Range[] = [];
  for (const m of c.hedgeMatches) {
    if (m[0] >= r[1]) break;
    if (m[0] >= r[0] && m[1] <= r[1]) out.push(m);
  }
  return out;
}

function claimType(c: FindContext, a: RawAttribution): ClaimType {
  if (a.type !== 'statement' && a.type !== 'forecast') return a.type;
  const [s, e] = a.content;
  let future = false;
  let firstPerson = false;
  for (let k = s; k < e && k < s + 40; k++) {
    const l = c.forms.lower[k];
    if (FUTURE.has(l) || (l === 'going' && c.forms.lower[k + 1] === 'to' && c.tokens.pos[k + 2] === 'VERB')) future = true;
    if (l === 'would' && a.kind !== 'direct') future = true;
    if ((l === 'i' || l === 'we') && c.tokens.pos[k] === 'PRON' && FUTURE.has(c.forms.lower[k + 1] ?? '')) firstPerson = true;
  }
  if (firstPerson && a.kind !== 'indirect') return 'pledge';
  if (future || a.type === 'forecast') return 'forecast';
  return 'statement';
}

/** The deadline of a forecast or pledge: the first time inside the content that is not in the past
 * of the publication date (or any, when the date is unknown). */
function deadlineOf(times: readonly Timex[] | undefined, content: Span, published: string | null): string | null {
  if (!times) return null;
  for (const t of times) {
    if (t.start < content.start || t.end > content.end) continue;
    const to = typeof t.to === 'string' ? t.to : null;
    if (published && to && to < published) continue;
    // "currently", "recently": the present or the past, never a deadline.
    if (/PAST_REF|PRESENT_REF/.test(t.value) || t.type === 'DURATION' || t.type === 'SET') continue;
    return t.id;
  }
  return null;
}

export interface Decided {
  quotes: Quote[];
  claims: Claim[];
  /** For each quote, its attribution (same order). */
  raw: RawAttribution[];
  /** For each quote, its claim (null for a stance: "backed Oduya" attributes no proposition). */
  claimOf: (Claim | null)[];
}

export function decide(doc: SitrepDocument, c: FindContext, lex: AttributionLexicon, found: RawAttribution[]): Decided {
  const tokens = c.tokens;
  const mentions = mentionIndex(doc.maybe('entities'));
  let maxLength = 0;
  for (const m of mentions) maxLength = Math.max(maxLength, m.end - m.start);
  const times = doc.maybe('times');
  const quotes: Quote[] = [];
  const claims: Claim[] = [];
  const claimOf: (Claim | null)[] = [];
  const raw = mergeAttributions(found);
  raw.forEach((a, n) => {
    const content = textSpan(doc, tokens, a.content);
    const cue = a.cue ? textSpan(doc, tokens, a.cue) : null;
    const source = a.source ? textSpan(doc, tokens, a.source) : null;
    const pronoun = a.source && a.source[1] - a.source[0] === 1 ? c.forms.lower[a.source[0]] : null;
    const speaker = source ? speakerOf(mentions, source, pronoun, maxLength) : null;
    const kind = sourceKind(c, lex, a);
    const id = `Q${n + 1}`;
    const quote: Quote = { id, kind: a.kind, content, cue, source, speaker, sourceKind: kind, cueType: a.cueType };
    quotes.push(quote);
    if (NO_CLAIM.has(a.cueType)) {
      claimOf.push(null);
      return;
    }
    const claimId = `C${claims.length + 1}`;
    quote.claim = claimId;
    const type = claimType(c, a);
    const hedgeRanges = hedgesIn(c, a.content);
    if (a.source && a.cue && a.source[1] <= a.cue[0]) hedgeRanges.push(...hedgesIn(c, [a.source[1], a.cue[0]]));
    const claim: Claim = {
      id: claimId,
      type,
      speaker,
      source,
      sourceKind: kind,
      content,
      cue,
      deadline: type === 'forecast' || type === 'pledge' ? deadlineOf(times, content, doc.meta.published) : null,
      hedges: hedgeRanges.map((r) => textSpan(doc, tokens, r)),
      // Set from the status layer once it is built (index.ts).
      status: 'reported',
      quote: id,
    };
    claims.push(claim);
    claimOf.push(claim);
  });
  return { quotes, claims, raw, claimOf };
}
