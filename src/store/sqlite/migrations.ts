/**
 * @module SQLite schema, as versioned migrations. PostgreSQL has the same tables and columns under
 * the same versions (`../postgres/migrations.ts`); only types and full-text search differ (FTS5
 * tables here, keyed by the row's `seq`).
 */
import type { Migration } from '../sql.js';

export const SQLITE_MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: 'documents, layers index, merge groups',
    up: `
CREATE TABLE documents (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  hash TEXT NOT NULL,
  analyzer TEXT NOT NULL,
  title TEXT, source TEXT, url TEXT, published TEXT, language TEXT,
  chars INTEGER NOT NULL,
  counts TEXT NOT NULL,
  json TEXT NOT NULL,
  ingested_at TEXT NOT NULL
);
CREATE INDEX documents_published ON documents (published);
CREATE INDEX documents_source ON documents (source);
CREATE VIRTUAL TABLE documents_fts USING fts5 (text, tokenize = 'porter unicode61');

CREATE TABLE entities (
  doc_seq INTEGER NOT NULL REFERENCES documents (seq) ON DELETE CASCADE,
  id TEXT NOT NULL,
  key TEXT NOT NULL,
  name TEXT NOT NULL,
  kind TEXT NOT NULL,
  country TEXT, sector TEXT,
  mentions INTEGER NOT NULL,
  PRIMARY KEY (doc_seq, id)
);
CREATE INDEX entities_key ON entities (key);

CREATE TABLE places (
  doc_seq INTEGER NOT NULL REFERENCES documents (seq) ON DELETE CASCADE,
  id TEXT NOT NULL,
  name TEXT NOT NULL, text TEXT NOT NULL,
  geonameid INTEGER, feature TEXT, country TEXT, admin1 TEXT,
  lat REAL, lon REAL,
  PRIMARY KEY (doc_seq, id)
);
CREATE INDEX places_geonameid ON places (geonameid);

CREATE TABLE event_groups (
  id INTEGER PRIMARY KEY,
  label TEXT NOT NULL, type TEXT, status TEXT,
  date_from TEXT, date_to TEXT,
  place_name TEXT, lat REAL, lon REAL,
  sources INTEGER NOT NULL, records INTEGER NOT NULL
);
CREATE INDEX event_groups_sources ON event_groups (sources);

CREATE TABLE events (
  -- AUTOINCREMENT: a seq is never reused, since a merge group takes the seq of the event that starts it.
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  doc_seq INTEGER NOT NULL REFERENCES documents (seq) ON DELETE CASCADE,
  id TEXT NOT NULL,
  type TEXT NOT NULL, mode TEXT, status TEXT NOT NULL, confidence REAL,
  place_id TEXT, place_name TEXT, geonameid INTEGER, feature TEXT, country TEXT, admin1 TEXT, lat REAL, lon REAL,
  time_id TEXT, time_text TEXT, time_value TEXT,
  date_from TEXT, date_to TEXT, date_basis TEXT,
  sort_date TEXT NOT NULL,
  trigger_text TEXT, evidence_start INTEGER, evidence_end INTEGER, evidence_text TEXT,
  acled_type TEXT, acled_sub_type TEXT,
  actor_names TEXT NOT NULL,
  group_id INTEGER REFERENCES event_groups (id) ON DELETE SET NULL,
  merge_reason TEXT,
  UNIQUE (doc_seq, id)
);
CREATE INDEX events_type ON events (type, status);
CREATE INDEX events_status ON events (status);
CREATE INDEX events_dates ON events (date_from, date_to);
CREATE INDEX events_sort ON events (sort_date DESC, seq DESC);
CREATE INDEX events_geonameid ON events (geonameid);
CREATE INDEX events_country ON events (country);
CREATE INDEX events_latlon ON events (lat, lon);
CREATE INDEX events_group ON events (group_id);
CREATE VIRTUAL TABLE events_fts USING fts5 (text, tokenize = 'porter unicode61');

CREATE TABLE event_participants (
  event_seq INTEGER NOT NULL REFERENCES events (seq) ON DELETE CASCADE,
  key TEXT NOT NULL, entity_id TEXT NOT NULL, name TEXT NOT NULL, kind TEXT, role TEXT NOT NULL
);
CREATE INDEX event_participants_key ON event_participants (key, role);
CREATE INDEX event_participants_event ON event_participants (event_seq);

CREATE TABLE claim_groups (
  id INTEGER PRIMARY KEY,
  label TEXT NOT NULL, speaker_key TEXT, speaker_name TEXT,
  date_from TEXT, date_to TEXT,
  sources INTEGER NOT NULL, records INTEGER NOT NULL
);
CREATE INDEX claim_groups_sources ON claim_groups (sources);

CREATE TABLE claims (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  doc_seq INTEGER NOT NULL REFERENCES documents (seq) ON DELETE CASCADE,
  id TEXT NOT NULL, layer TEXT NOT NULL, kind TEXT NOT NULL,
  speaker_id TEXT, speaker_key TEXT, speaker_name TEXT,
  content_start INTEGER, content_end INTEGER, content_text TEXT NOT NULL,
  cue_text TEXT, status TEXT, deadline TEXT, published TEXT,
  group_id INTEGER REFERENCES claim_groups (id) ON DELETE SET NULL,
  merge_reason TEXT,
  UNIQUE (doc_seq, layer, id)
);
CREATE INDEX claims_speaker ON claims (speaker_key);
CREATE INDEX claims_published ON claims (published);
CREATE INDEX claims_group ON claims (group_id);
CREATE INDEX claims_status ON claims (status, kind);
CREATE VIRTUAL TABLE claims_fts USING fts5 (text, tokenize = 'porter unicode61');
`,
  },
  {
    version: 2,
    name: 'events: the export row (CSV, GeoJSON) of each event',
    // Rows stored before this version have none: the exports then build it from the document.
    up: `
ALTER TABLE events ADD COLUMN export_row TEXT;
`,
  },
];
