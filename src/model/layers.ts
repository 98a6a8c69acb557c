/**
 * @module The annotation layers a document can carry, by name, and the shape of each.
 *
 * Contract layers (those `sitrep analyze` writes: sentences, entities, places, times, quotes, frames,
 * events) follow `design/CONTRACT.md` exactly, with only added fields. Internal layers (tokens,
 * paragraphs) are read by stages and not serialized by default.
 *
 * A stage that adds a layer of its own declares it by augmenting `LayerMap`:
 *
 *     declare module '../../model/layers.js' { interface LayerMap { myLayer: MyType[] } }
 */
import type { Span, TextSpan } from './span.js';

/** Token table, one entry per non-space token, as parallel arrays (one object per token would cost
 * an allocation each on the hot path). Offsets are into the document text. */
export interface Tokens {
  readonly length: number;
  readonly start: Int32Array;
  readonly end: Int32Array;
  /** Surface form, exactly the text slice. */
  readonly text: readonly string[];
  /** Lower-cased normal form (wink's `normal`). */
  readonly lower: readonly string[];
  /** Look-up key of the surface form: lower case, accents folded, curly apostrophes straight
   * (`foldKey`); every lexicon look-up uses it, so it is computed once here. */
  readonly key: readonly string[];
  /** Look-up key of the lemma. */
  readonly lemmaKey: readonly string[];
  /** Ids of `key` and `lemmaKey` in the process's word numbering (`util/vocabulary.ts`), which phrase
   * indexes read instead of the strings (set by the segmenter; a hand-made table may leave them out). */
  readonly keyId?: Int32Array;
  readonly lemmaKeyId?: Int32Array;
  readonly lemma: readonly string[];
  /** Universal POS tag (NOUN, PROPN, VERB, AUX, ADJ, ADP, DET, PRON, NUM, PUNCT, SYM, …). */
  readonly pos: readonly string[];
  /** wink's token type: word, number, punctuation, url, email, emoji, hashtag, mention, currency, … */
  readonly kind: readonly string[];
  /** Index of the sentence each token belongs to. */
  readonly sentence: Int32Array;
  /** 1 when white space precedes the token (so "US-led" reads as three joined tokens). */
  readonly spaceBefore: Uint8Array;
}

export interface Sentence extends Span {
  /** First token of the sentence (index into `tokens`). */
  tokenStart: number;
  /** One past the last token. */
  tokenEnd: number;
  /** Index of the paragraph that holds the sentence. */
  paragraph: number;
}

export type Paragraph = Span;

// ------------------------------------------------------------------------------------- entities
export type EntityKind =
  | 'person'
  | 'country'
  | 'government'
  | 'military'
  | 'police'
  | 'armed_group'
  | 'militia'
  | 'coalition'
  | 'operation'
  | 'igo'
  | 'ngo'
  | 'organization'
  | 'party'
  | 'media'
  | 'population'
  | 'group';

/** How a mention refers to its entity: by name, alias, a descriptive phrase, a pronoun, … */
export type MentionHow =
  | 'name'
  | 'alias'
  | 'surname'
  | 'description'
  | 'pronoun'
  | 'demonym'
  | 'metonym'
  | 'title';

export interface Mention extends TextSpan {
  how?: MentionHow;
  /** The rule or data entry that produced the mention. */
  rule?: string;
}

export interface Entity {
  id: string;
  name: string;
  kind: EntityKind;
  /** ISO 3166-1 alpha-3, or null when not bound to one country. */
  country: string | null;
  /** PLOVER/CAMEO-style sector: GOV, MIL, COP, REB, IGO, NGO, CVL, OPP, MED, BUS, … */
  sector: string | null;
  mentions: Mention[];
  /** Catalogue key of the knowledge entry this entity resolved to (`actors:islamic-state`), if any. */
  ref?: string | null;
  /** For people: their role ("Chief of Defense Staff"). */
  role?: string | null;
  /** Entity this one belongs to or serves (a person's government, a coalition's leader). */
  affiliation?: string | null;
  /** Other entities this one groups (coalition members). */
  members?: string[];
  /** Known other names (from the knowledge file). */
  aliases?: string[];
  /** False when the entity is a guess from context rather than a knowledge entry. */
  known?: boolean;
}

// --------------------------------------------------------------------------------------- places
export interface Place extends TextSpan {
  id: string;
  geonameid: number | null;
  name: string;
  /** GeoNames feature code: PCLI, ADM1, ADM2, PPL, PPLA, PPLC, RGN, … */
  feature: string;
  /** ISO 3166-1 alpha-2 (GeoNames' country code). */
  country: string | null;
  admin1: string | null;
  lat: number | null;
  lon: number | null;
  [extra: string]: unknown;
}

// ---------------------------------------------------------------------------------------- times
export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

export interface Timex extends TextSpan {
  id: string;
  type: TimexType;
  /** ISO 8601 with the TIMEX3 extensions (XXXX, SP/SU/FA/WI, Q1, W12, PAST_REF, P3M, …). */
  value: string;
  mod?: string | null;
  /** Resolved interval, day precision, when the value can be placed in the calendar. */
  from?: string | null;
  to?: string | null;
  [extra: string]: unknown;
}

// --------------------------------------------------------------------------------------- quotes
export type QuoteKind = 'direct' | 'indirect' | 'mixed';

export interface Quote {
  id: string;
  kind: QuoteKind;
  content: Span;
  cue: Span | null;
  source: Span | null;
  /** Entity id of the speaker, when resolved. */
  speaker: string | null;
  [extra: string]: unknown;
}

// --------------------------------------------------------------------------------------- frames
export interface Frame extends TextSpan {
  /** SemEval-2020 Task 11 technique name. */
  technique: string;
  [extra: string]: unknown;
}

// --------------------------------------------------------------------------------------- events
export type EventStatus =
  | 'asserted'
  | 'reported'
  | 'alleged'
  | 'forecast'
  | 'pledged'
  | 'planned'
  | 'negated'
  | 'hypothetical';

/** The time of an event the text does not date: the publication date (or, for a forecast, after it). */
/** An event's time when the text gives none: the publication day, or after it (value FUTURE_REF, `to`
 * null: open-ended) for a forecast or a pledge. */
export interface ImpliedTime {
  value: string;
  from: string;
  to: string | null;
  source: 'published';
}

export interface SitrepEvent {
  id: string;
  type: string;
  mode: string | null;
  actors: string[];
  recipients: string[];
  place: string | null;
  /** A times id, or the publication date when the text gives no time. */
  time: string | ImpliedTime | null;
  status: EventStatus;
  attributedTo: string | null;
  trigger: TextSpan;
  evidence: TextSpan;
  acled: { event_type: string; sub_event_type: string; actor1?: string | null; actor2?: string | null } | null;
  confidence: number;
  /** How the place was found: in the event's clause, its sentence, the sentences before, or the
   * country the document is about. */
  placePrecision?: 'clause' | 'sentence' | 'context' | 'country';
  /** Set when the time is the publication date rather than one the text gives. */
  timeSource?: 'published' | null;
  [extra: string]: unknown;
}

/** Every layer a document may carry, by name. Stages may add more (see the module comment). */
export interface LayerMap {
  tokens: Tokens;
  sentences: Sentence[];
  paragraphs: Paragraph[];
  entities: Entity[];
  places: Place[];
  times: Timex[];
  quotes: Quote[];
  frames: Frame[];
  events: SitrepEvent[];
}

export type LayerName = keyof LayerMap;
