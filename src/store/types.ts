/**
 * @module The store contract: what the command line, the API and the web app need from a database.
 * Implemented once over SQL (`sql-store.ts`) and run on SQLite (`sqlite/`) and PostgreSQL
 * (`postgres/`); `contract.test.ts` runs the same suite on both.
 */
import type { ExportRow } from '../output/exports.js';
import type { DocumentJson } from '../output/json.js';

export interface PutOptions {
  /** Content hash of what was analysed (see `contentHash`). */
  hash: string;
  /** Fingerprint of the analyser (version and stages): a new analyser re-stores unchanged text. */
  analyzer: string;
}

export type PutStatus = 'added' | 'updated' | 'unchanged';

export interface PutResult {
  id: string;
  status: PutStatus;
  events: number;
  /** Events of this document that joined a group reported by another article. */
  mergedEvents: number;
  mergedClaims: number;
}

export interface DocumentState {
  hash: string;
  analyzer: string;
}

export interface Page<T> {
  total: number;
  items: T[];
}

export interface DocumentSummary {
  id: string;
  title: string | null;
  source: string | null;
  url: string | null;
  published: string | null;
  chars: number;
  counts: Record<string, number>;
  ingestedAt: string;
  /** Highlighted extract around the search terms, when listed by `q`. */
  snippet?: string;
}

export interface EventQuery {
  /** Entity key or exact name (any role). */
  actor?: string;
  /** Role the actor must have: actor, recipient or source. */
  role?: string;
  types?: string[];
  statuses?: string[];
  /** A GeoNames id, a place name, or a two-letter country code. */
  place?: string;
  /** [west, south, east, north] in degrees. */
  bbox?: [number, number, number, number];
  /** Day interval: events whose dates overlap it. */
  from?: string;
  to?: string;
  /** Full-text query over the evidence sentence, actor and place names. */
  q?: string;
  doc?: string;
  cluster?: number;
  limit?: number;
  offset?: number;
}

export interface EventParticipant {
  key: string;
  entityId: string;
  name: string;
  role: string;
}

export interface EventRecord {
  docId: string;
  id: string;
  type: string;
  mode: string | null;
  status: string;
  confidence: number | null;
  place: {
    id: string;
    name: string | null;
    geonameid: number | null;
    feature: string | null;
    country: string | null;
    lat: number | null;
    lon: number | null;
  } | null;
  time: { id: string; text: string | null; value: string | null } | null;
  dateFrom: string | null;
  dateTo: string | null;
  dateBasis: string | null;
  trigger: string | null;
  evidence: { start: number; end: number; text: string } | null;
  acled: { event_type: string; sub_event_type: string | null } | null;
  participants: EventParticipant[];
  document: { title: string | null; source: string | null; published: string | null; url: string | null };
  cluster: { id: number; sources: number; reason: MergeReason | null } | null;
}

/** Why a record joined its group: the record it matched and the criteria, one line each. */
export interface MergeReason {
  with: { docId: string; id: string };
  score: number;
  reasons: string[];
  at: string;
}

export interface ClusterSummary {
  id: number;
  kind: 'event' | 'claim';
  label: string;
  type: string | null;
  status: string | null;
  dateFrom: string | null;
  dateTo: string | null;
  placeName: string | null;
  lat: number | null;
  lon: number | null;
  sources: number;
  records: number;
}

export interface ClaimRecord {
  docId: string;
  id: string;
  layer: string;
  kind: string;
  speaker: { key: string | null; id: string | null; name: string | null };
  content: { start: number | null; end: number | null; text: string };
  cue: string | null;
  status: string | null;
  deadline: string | null;
  document: { title: string | null; source: string | null; published: string | null; url: string | null };
  cluster: { id: number; sources: number; reason: MergeReason | null } | null;
}

export interface ClaimQuery {
  speaker?: string;
  q?: string;
  doc?: string;
  kinds?: string[];
  cluster?: number;
  limit?: number;
  offset?: number;
}

export interface EntitySummary {
  key: string;
  name: string;
  kind: string;
  country: string | null;
  sector: string | null;
  documents: number;
  mentions: number;
  events: number;
  /** Other names the documents used for it. */
  names: string[];
}

export interface ForecastRecord {
  what: 'event' | 'claim';
  docId: string;
  id: string;
  kind: string;
  status: string | null;
  text: string;
  /** Who the forecast, pledge or plan is about (an event's participants). */
  who: string | null;
  /** Who made it: the speaker of a claim, the source an event is attributed to. */
  by: string | null;
  deadline: string | null;
  published: string | null;
  source: string | null;
  /** pending: deadline not reached; past_due: deadline passed; open: no deadline stated. */
  state: 'pending' | 'past_due' | 'open';
}

export interface StoryMember {
  docId: string;
  id: string;
  document: { title: string | null; source: string | null; published: string | null; url: string | null };
  text: string | null;
  reason: MergeReason | null;
  /** Each participant's wording in this article (mention texts). */
  naming: { key: string; name: string; mentions: string[] }[];
  /** Framing technique counts of the whole article, and its framing layer when present. */
  framing: { techniques: Record<string, number>; profile: unknown; words: number };
  /** Frames inside the evidence sentence or quote. */
  frames: { text: string; technique: string }[];
  record: EventRecord | ClaimRecord;
}

export interface Story {
  cluster: ClusterSummary;
  members: StoryMember[];
}

export interface Stats {
  documents: number;
  events: number;
  entities: number;
  claims: number;
  eventGroups: number;
  mergedEvents: number;
  mergedClaims: number;
}

export interface Store {
  readonly kind: 'sqlite' | 'postgres';
  /** Where it lives, without credentials (for messages). */
  readonly location: string;
  documentState(id: string): Promise<DocumentState | null>;
  /** Stores one analysed document, its index rows and its merges, in one transaction. */
  putDocument(json: DocumentJson, options: PutOptions & { force?: boolean }): Promise<PutResult>;
  getDocument(id: string): Promise<DocumentJson | null>;
  deleteDocument(id: string): Promise<boolean>;
  listDocuments(query: { q?: string; source?: string; limit?: number; offset?: number }): Promise<Page<DocumentSummary>>;
  queryEvents(query: EventQuery): Promise<Page<EventRecord>>;
  /** Every event matching the query, in queryEvents' order, fetched a page at a time without
   * counting (`limit` and `offset` apply to the whole stream, default all): for exports.
   * `pageSize`: rows fetched at a time (default 500). */
  streamEvents(query: EventQuery, pageSize?: number): AsyncIterable<EventRecord>;
  /** The same events as the CSV and GeoJSON exports write them, with their merge group. */
  streamEventExports(query: EventQuery, pageSize?: number): AsyncIterable<ExportRow>;
  queryEventGroups(query: EventQuery & { minSources?: number }): Promise<Page<ClusterSummary>>;
  queryClaims(query: ClaimQuery): Promise<Page<ClaimRecord>>;
  queryClaimGroups(query: { minSources?: number; limit?: number; offset?: number }): Promise<Page<ClusterSummary>>;
  listEntities(query: { q?: string; kind?: string; limit?: number; offset?: number }): Promise<Page<EntitySummary>>;
  getEntity(key: string): Promise<EntitySummary | null>;
  /** Forecasts, pledges and plans, by deadline (none last), then newest; filtered and paged in SQL. */
  forecasts(query: { asOf?: string; state?: string; limit?: number; offset?: number }): Promise<ForecastRecord[]>;
  story(kind: 'event' | 'claim', clusterId: number): Promise<Story | null>;
  /** Undoes a merge: every member of the group becomes a group of its own (records unchanged). */
  splitGroup(kind: 'event' | 'claim', clusterId: number): Promise<number>;
  /** Recomputes every group from the per-article records (after changing the merge rules). */
  rebuildMerges(): Promise<{ eventGroups: number; claimGroups: number }>;
  stats(): Promise<Stats>;
  /** Refreshes the query planner's statistics (after a batch ingest). */
  optimize(): Promise<void>;
  close(): Promise<void>;
}
