/**
 * @module The store over SQL, shared by SQLite and PostgreSQL: stores each analysed document whole
 * (the per-article record), indexes what queries need, and keeps cross-article merge groups beside
 * the records with the reason each member joined.
 *
 * Every write of one document (its rows and its merges) is one transaction: a killed ingest leaves
 * either the whole document or none of it.
 */
import { EventMerger, compareClaims, isArea, type ClaimFacts, type EventFacts, type MergeRules, DEFAULT_RULES } from '../merge/index.js';
import { eventExports, type EventExport, type ExportRow } from '../output/exports.js';
import type { DocumentJson } from '../output/json.js';
import { extractRecords, framingProfile } from './records.js';
import type { Database, Param, Sql } from './sql.js';
import type {
  ClaimQuery,
  ClaimRecord,
  ClusterSummary,
  DocumentState,
  DocumentSummary,
  EntitySummary,
  EventQuery,
  EventRecord,
  ForecastRecord,
  MergeReason,
  Page,
  PutOptions,
  PutResult,
  Stats,
  Store,
  Story,
  StoryMember,
} from './types.js';

type Row = Record<string, unknown>;

const MAX_LIMIT = 1000;
/** Rows per page when a whole result is streamed (exports). */
const STREAM_PAGE = 500;
/** What a page of event records selects (queryEvents, streamEvents). */
const EVENT_SELECT = `e.*, d.id AS doc_id, d.title AS doc_title, d.source AS doc_source, d.published AS doc_published, d.url AS doc_url,
              g.sources AS group_sources`;
const FUTURE_STATUSES = ['forecast', 'pledged', 'planned'];
const FORECAST_KINDS = ['forecast', 'prediction', 'pledge', 'promise', 'threat', 'plan'];

const str = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));
const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}

function limitOf(limit: number | undefined, fallback = 100): number {
  if (limit === undefined || !Number.isFinite(limit)) return fallback;
  return Math.max(0, Math.min(MAX_LIMIT, Math.floor(limit)));
}

/** Multi-row INSERT … RETURNING, in chunks; the rows come back in no particular order. */
async function insertReturning(sql: Sql, table: string, columns: string[], rows: Param[][], returning: string): Promise<Row[]> {
  const out: Row[] = [];
  const per = Math.max(1, Math.floor(900 / columns.length));
  for (let i = 0; i < rows.length; i += per) {
    const chunk = rows.slice(i, i + per);
    const values = chunk.map(() => `(${placeholders(columns.length)})`).join(', ');
    out.push(...(await sql.all(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${values} RETURNING ${returning}`, chunk.flat())));
  }
  return out;
}

/** Multi-row INSERTs (one round trip per few hundred values instead of one per row). */
async function insertMany(sql: Sql, table: string, columns: string[], rows: Param[][]): Promise<void> {
  const per = Math.max(1, Math.floor(900 / columns.length));
  for (let i = 0; i < rows.length; i += per) {
    const chunk = rows.slice(i, i + per);
    const values = chunk.map(() => `(${placeholders(columns.length)})`).join(', ');
    await sql.run(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${values}`, chunk.flat());
  }
}

function placeholders(n: number): string {
  return new Array(n).fill('?').join(', ');
}

export class SqlStore implements Store {
  private readonly merger: EventMerger;

  constructor(
    readonly kind: 'sqlite' | 'postgres',
    readonly location: string,
    protected readonly db: Database,
    private readonly rules: MergeRules = DEFAULT_RULES,
  ) {
    this.merger = new EventMerger(rules);
  }

  async close(): Promise<void> {
    await this.db.close();
  }

  async documentState(id: string): Promise<DocumentState | null> {
    const row = await this.db.get<{ hash: string; analyzer: string }>('SELECT hash, analyzer FROM documents WHERE id = ?', [id]);
    return row ? { hash: row.hash, analyzer: row.analyzer } : null;
  }

  // ------------------------------------------------------------------------------------- writing
  async putDocument(json: DocumentJson, options: PutOptions & { force?: boolean }): Promise<PutResult> {
    const rec = extractRecords(json);
    const { meta } = rec;
    const body = JSON.stringify(json);
    return this.db.tx(async (sql) => {
      const old = await sql.get<{ seq: number; hash: string; analyzer: string }>('SELECT seq, hash, analyzer FROM documents WHERE id = ?', [meta.id]);
      if (old && old.hash === options.hash && old.analyzer === options.analyzer && !options.force) {
        return { id: meta.id, status: 'unchanged', events: 0, mergedEvents: 0, mergedClaims: 0 };
      }
      if (old) await this.removeDocument(sql, Number(old.seq));
      const inserted = await sql.get<{ seq: number }>(
        `INSERT INTO documents (id, hash, analyzer, title, source, url, published, language, chars, counts, json, ingested_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING seq`,
        [meta.id, options.hash, options.analyzer, meta.title, meta.source, meta.url, meta.published, meta.language, meta.text.length,
          JSON.stringify(rec.layerCounts), body, new Date().toISOString()],
      );
      const seq = Number(inserted!.seq);
      await this.db.dialect.indexText(sql, 'documents', seq, `${meta.title ?? ''}\n${meta.text}`);
      await insertMany(sql, 'entities', ['doc_seq', 'id', 'key', 'name', 'kind', 'country', 'sector', 'mentions'],
        rec.entities.map((e) => [seq, e.id, e.key, e.name, e.kind, e.country, e.sector, e.mentions]));
      await insertMany(sql, 'places', ['doc_seq', 'id', 'name', 'text', 'geonameid', 'feature', 'country', 'admin1', 'lat', 'lon'],
        rec.places.map((p) => [seq, p.id, p.name, p.text, p.geonameid, p.feature, p.country, p.admin1, p.lat, p.lon]));
      // Events and claims: multi-row inserts whose RETURNING rows are matched back by id (the
      // order of RETURNING rows is not guaranteed).
      const eventColumns = ['doc_seq', 'id', 'type', 'mode', 'status', 'confidence', 'place_id', 'place_name', 'geonameid', 'feature', 'country', 'admin1', 'lat', 'lon',
        'time_id', 'time_text', 'time_value', 'date_from', 'date_to', 'date_basis', 'sort_date', 'trigger_text', 'evidence_start', 'evidence_end', 'evidence_text',
        'acled_type', 'acled_sub_type', 'actor_names', 'export_row'];
      // Each event's export row, as `sitrep analyze --format csv` builds it, so exports need no document.
      const exported = new Map(eventExports(json, rec).map((x) => [x.id, JSON.stringify(x)]));
      const eventSeqs = new Map<string, number>();
      for (const r of await insertReturning(sql, 'events', eventColumns, rec.events.map((v) => [
        seq, v.id, v.type, v.mode, v.status, v.confidence, v.placeId, v.placeName, v.geonameid, v.feature, v.country, v.admin1, v.lat, v.lon,
        // Newest first, undated last: one non-null key both databases sort (and index) alike.
        v.timeId, v.timeText, v.timeValue, v.dateFrom, v.dateTo, v.dateBasis, v.dateFrom ?? '0000-00-00', v.triggerText, v.evidenceStart, v.evidenceEnd, v.evidenceText,
        v.acledType, v.acledSubType, participantLine(v.participants), exported.get(v.id) ?? null]), 'seq, id')) eventSeqs.set(String(r.id), Number(r.seq));
      await insertMany(sql, 'event_participants', ['event_seq', 'key', 'entity_id', 'name', 'kind', 'role'],
        rec.events.flatMap((v) => v.participants.map((p) => [eventSeqs.get(v.id)!, p.key, p.entityId, p.name, p.kind, p.role])));
      await this.db.dialect.indexTexts(sql, 'events', rec.events.map((v) => [eventSeqs.get(v.id)!, v.searchText]));
      const claimSeqs = new Map<string, number>();
      for (const r of await insertReturning(sql, 'claims', ['doc_seq', 'id', 'layer', 'kind', 'speaker_id', 'speaker_key', 'speaker_name', 'content_start', 'content_end',
        'content_text', 'cue_text', 'status', 'deadline', 'published'], rec.claims.map((c) => [seq, c.id, c.layer, c.kind, c.speakerId, c.speakerKey, c.speakerName,
        c.contentStart, c.contentEnd, c.contentText, c.cueText, c.status, c.deadline, meta.published]), 'seq, id, layer')) claimSeqs.set(`${r.layer}:${r.id}`, Number(r.seq));
      await this.db.dialect.indexTexts(sql, 'claims', rec.claims.map((c) => [claimSeqs.get(`${c.layer}:${c.id}`)!, [c.contentText, c.speakerName].filter(Boolean).join(' ')]));
      await this.db.dialect.lockMerges(sql);
      const mergedEvents = await this.mergeEvents(sql, seq);
      const mergedClaims = await this.mergeClaims(sql, seq);
      return { id: meta.id, status: old ? 'updated' : 'added', events: rec.events.length, mergedEvents, mergedClaims };
    });
  }

  async deleteDocument(id: string): Promise<boolean> {
    return this.db.tx(async (sql) => {
      const old = await sql.get<{ seq: number }>('SELECT seq FROM documents WHERE id = ?', [id]);
      if (!old) return false;
      await this.db.dialect.lockMerges(sql);
      await this.removeDocument(sql, Number(old.seq));
      return true;
    });
  }

  /** Removes a document's rows; groups it belonged to shrink (and vanish when empty). */
  private async removeDocument(sql: Sql, seq: number): Promise<void> {
    const eventGroups = (await sql.all<{ g: number }>('SELECT DISTINCT group_id AS g FROM events WHERE doc_seq = ? AND group_id IS NOT NULL', [seq])).map((r) => Number(r.g));
    const claimGroups = (await sql.all<{ g: number }>('SELECT DISTINCT group_id AS g FROM claims WHERE doc_seq = ? AND group_id IS NOT NULL', [seq])).map((r) => Number(r.g));
    const d = this.db.dialect;
    await d.unindexText(sql, 'events', 'SELECT seq FROM events WHERE doc_seq = ?', [seq]);
    await d.unindexText(sql, 'claims', 'SELECT seq FROM claims WHERE doc_seq = ?', [seq]);
    await d.unindexText(sql, 'documents', 'SELECT ?', [seq]);
    await sql.run('DELETE FROM event_participants WHERE event_seq IN (SELECT seq FROM events WHERE doc_seq = ?)', [seq]);
    await sql.run('DELETE FROM events WHERE doc_seq = ?', [seq]);
    await sql.run('DELETE FROM claims WHERE doc_seq = ?', [seq]);
    await sql.run('DELETE FROM entities WHERE doc_seq = ?', [seq]);
    await sql.run('DELETE FROM places WHERE doc_seq = ?', [seq]);
    await sql.run('DELETE FROM documents WHERE seq = ?', [seq]);
    for (const g of eventGroups) await this.refreshEventGroup(sql, g);
    for (const g of claimGroups) await this.refreshClaimGroup(sql, g);
  }

  // ------------------------------------------------------------------------------------- merging
  private async eventFacts(sql: Sql, where: string, params: readonly Param[], limit = 500): Promise<(EventFacts & { seq: number; group: number | null })[]> {
    const rows = await sql.all(
      `SELECT e.seq, e.id, d.id AS doc_id, e.type, e.status, e.place_name, e.geonameid, e.feature, e.country, e.admin1, e.lat, e.lon,
              e.date_from, e.date_to, e.date_basis, e.group_id
         FROM events e JOIN documents d ON d.seq = e.doc_seq WHERE ${where} ORDER BY e.seq LIMIT ${limit}`,
      params,
    );
    if (!rows.length) return [];
    const parts = await sql.all(
      `SELECT event_seq, key, name, kind, role FROM event_participants WHERE event_seq IN (${placeholders(rows.length)}) AND role <> 'source'`,
      rows.map((r) => Number(r.seq)),
    );
    const byEvent = new Map<number, EventFacts['participants']>();
    for (const p of parts) {
      if (String(p.key).startsWith('unresolved:')) continue;
      const m: EventFacts['participants'] = byEvent.get(Number(p.event_seq)) ?? new Map();
      m.set(String(p.key), { name: String(p.name), kind: str(p.kind) });
      byEvent.set(Number(p.event_seq), m);
    }
    return rows.map((r) => ({
      seq: Number(r.seq),
      group: num(r.group_id),
      docId: String(r.doc_id),
      id: String(r.id),
      type: String(r.type),
      status: String(r.status),
      participants: byEvent.get(Number(r.seq)) ?? new Map(),
      place:
        r.place_name === null && r.lat === null
          ? null
          : { name: str(r.place_name), geonameid: num(r.geonameid), feature: str(r.feature), country: str(r.country), admin1: str(r.admin1), lat: num(r.lat), lon: num(r.lon) },
      dateFrom: str(r.date_from),
      dateTo: str(r.date_to),
      dateBasis: str(r.date_basis),
    }));
  }

  /**
   * Puts each event of document `docSeq` in the best matching group of other articles, or a group of
   * its own. Candidates are fetched once per document: other articles' events of compatible type and
   * status, overlapping dates, sharing a participant or the same gazetteer place (what any match
   * needs, see EventMerger.compare). A new group takes the id of the event that starts it.
   */
  private async mergeEvents(sql: Sql, docSeq: number): Promise<number> {
    const mine = await this.eventFacts(sql, 'e.doc_seq = ?', [docSeq], 1_000_000);
    if (!mine.length) return 0;
    const tol = this.rules.event.dateToleranceDays;
    const dated = mine.filter((e) => e.dateFrom);
    // Two candidate queries: events of a few days (most: "on Tuesday", the publication day) look in
    // a narrow window; events spanning months or years ("since 2014") in theirs. One query over the
    // union of both windows would fetch years of other articles' events for every article.
    const span = (e: EventFacts) => (Date.parse(e.dateTo ?? e.dateFrom!) - Date.parse(e.dateFrom!)) / 86_400_000;
    const candidates: Awaited<ReturnType<SqlStore['eventFacts']>> = [];
    const seen = new Set<number>();
    for (const part of [dated.filter((e) => span(e) <= 31), dated.filter((e) => span(e) > 31)]) {
      const keys = [...new Set(part.flatMap((e) => [...e.participants.keys()]))];
      // Only towns and points find candidates by place: a country or province stands in for nothing.
      const places = [...new Set(part.map((e) => (e.place && !isArea(e.place) ? e.place.geonameid : null)).filter((g): g is number => g != null))];
      if (!part.length || (!keys.length && !places.length)) continue;
      const types = [...new Set(part.flatMap((e) => this.merger.compatibleTypes(e.type)))];
      const statuses = [...new Set(part.flatMap((e) => this.merger.compatibleStatuses(e.status)))];
      const from = part.map((e) => e.dateFrom!).sort()[0];
      const to = part.map((e) => e.dateTo ?? e.dateFrom!).sort().at(-1)!;
      const who = keys.length ? `e.seq IN (SELECT p.event_seq FROM event_participants p WHERE p.key IN (${placeholders(keys.length)}) AND p.role <> 'source')` : null;
      const where = places.length ? `e.geonameid IN (${placeholders(places.length)})` : null;
      const found = await this.eventFacts(
        sql,
        `e.doc_seq <> ? AND e.group_id IS NOT NULL AND e.type IN (${placeholders(types.length)}) AND e.status IN (${placeholders(statuses.length)})
           AND e.date_from <= ? AND e.date_to >= ? AND (${[who, where].filter(Boolean).join(' OR ')})`,
        [docSeq, ...types, ...statuses, addDays(to, 2 * tol), addDays(from, -2 * tol), ...keys, ...places],
        5000,
      );
      for (const c of found) if (!seen.has(c.seq)) seen.add(c.seq), candidates.push(c);
    }
    // Candidates by what can join them: a participant key or a gazetteer place.
    const byKey = new Map<string, typeof candidates>();
    const index = (k: string, c: (typeof candidates)[number]) => {
      const list = byKey.get(k);
      if (list) list.push(c);
      else byKey.set(k, [c]);
    };
    for (const c of candidates) {
      for (const k of c.participants.keys()) index(k, c);
      if (c.place?.geonameid != null && !isArea(c.place)) index(`@${c.place.geonameid}`, c);
    }
    let merged = 0;
    const joined = new Set<number>(); // groups this document's events joined (one member per article)
    const own: number[] = [];
    for (const ev of mine) {
      let best: { group: number; with: EventFacts; decision: ReturnType<EventMerger['compare']> } | null = null;
      if (ev.dateFrom) {
        const near = new Set([...ev.participants.keys(), ...(ev.place?.geonameid != null && !isArea(ev.place) ? [`@${ev.place.geonameid}`] : [])].flatMap((k) => byKey.get(k) ?? []));
        for (const c of near) {
          if (joined.has(c.group!)) continue;
          const decision = this.merger.compare(ev, c);
          if (decision.match && (!best || decision.score > best.decision.score)) best = { group: c.group!, with: c, decision };
        }
      }
      if (!best) {
        own.push(ev.seq);
        continue;
      }
      const reason: MergeReason = { with: { docId: best.with.docId, id: best.with.id }, score: best.decision.score, reasons: best.decision.reasons, at: new Date().toISOString() };
      await sql.run('UPDATE events SET group_id = ?, merge_reason = ? WHERE seq = ?', [best.group, JSON.stringify(reason), ev.seq]);
      joined.add(best.group);
      merged++;
    }
    for (let i = 0; i < own.length; i += 500) await this.startEventGroups(sql, own.slice(i, i + 500));
    for (const g of joined) await this.refreshEventGroup(sql, g);
    return merged;
  }

  /** A group of its own for each event (id = the event's seq), its summary taken from the event. */
  private async startEventGroups(sql: Sql, seqs: number[]): Promise<void> {
    if (!seqs.length) return;
    const marks = placeholders(seqs.length);
    await sql.run(
      `INSERT INTO event_groups (id, label, type, status, date_from, date_to, place_name, lat, lon, sources, records)
       SELECT seq, type || CASE WHEN actor_names <> '' THEN ' — ' || actor_names ELSE '' END || CASE WHEN place_name IS NOT NULL THEN ' @ ' || place_name ELSE '' END,
              type, status, date_from, date_to, place_name, lat, lon, 1, 1
         FROM events WHERE seq IN (${marks})`,
      seqs,
    );
    await sql.run(`UPDATE events SET group_id = seq, merge_reason = NULL WHERE seq IN (${marks})`, seqs);
  }

  /** Recomputes a group's summary from its members; deletes it when it has none. */
  private async refreshEventGroup(sql: Sql, group: number): Promise<void> {
    const rows = await sql.all(
      'SELECT doc_seq, type, status, date_from, date_to, place_name, feature, lat, lon, actor_names FROM events WHERE group_id = ? ORDER BY seq',
      [group],
    );
    if (!rows.length) {
      await sql.run('DELETE FROM event_groups WHERE id = ?', [group]);
      return;
    }
    const most = (key: string) => {
      const counts = new Map<string, number>();
      for (const r of rows) if (r[key] != null) counts.set(String(r[key]), (counts.get(String(r[key])) ?? 0) + 1);
      return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
    };
    const dates = rows.map((r) => str(r.date_from)).filter((d): d is string => !!d).sort();
    const ends = rows.map((r) => str(r.date_to)).filter((d): d is string => !!d).sort();
    // The most precise place: a town before a province before a country.
    const rank = (f: unknown) => (f == null ? 9 : /^PCL/.test(String(f)) ? 3 : /^ADM1/.test(String(f)) ? 2 : 1);
    const place = rows.filter((r) => r.place_name != null).sort((a, b) => rank(a.feature) - rank(b.feature))[0];
    const type = most('type');
    const actors = most('actor_names');
    const label = [type, actors ? `— ${actors}` : null, place ? `@ ${place.place_name}` : null].filter(Boolean).join(' ');
    await sql.run(
      'UPDATE event_groups SET label = ?, type = ?, status = ?, date_from = ?, date_to = ?, place_name = ?, lat = ?, lon = ?, sources = ?, records = ? WHERE id = ?',
      [label, type, most('status'), dates[0] ?? null, ends[ends.length - 1] ?? null, place ? str(place.place_name) : null,
        place ? num(place.lat) : null, place ? num(place.lon) : null, new Set(rows.map((r) => Number(r.doc_seq))).size, rows.length, group],
    );
  }

  /** Statements as events: candidates fetched once per document, a new group takes its first claim's seq. */
  private async mergeClaims(sql: Sql, docSeq: number): Promise<number> {
    const load = (where: string, params: readonly Param[]) =>
      sql.all(
        `SELECT c.seq, c.id, d.id AS doc_id, c.speaker_key, c.speaker_name, c.content_text, c.published, c.group_id, c.kind, c.status, c.deadline
           FROM claims c JOIN documents d ON d.seq = c.doc_seq WHERE ${where} ORDER BY c.seq DESC LIMIT 5000`,
        params,
      );
    const facts = (r: Row): ClaimFacts & { seq: number; group: number | null } => ({
      seq: Number(r.seq),
      group: num(r.group_id),
      docId: String(r.doc_id),
      id: String(r.id),
      speakerKey: str(r.speaker_key),
      speakerName: str(r.speaker_name),
      text: String(r.content_text),
      published: str(r.published),
      kind: str(r.kind),
      status: str(r.status),
      deadline: str(r.deadline),
    });
    const mine = (await load('c.doc_seq = ?', [docSeq])).map(facts).reverse();
    if (!mine.length) return 0;
    const window = this.rules.claim.dateWindowDays;
    const where = ['c.doc_seq <> ?', 'c.group_id IS NOT NULL'];
    const params: Param[] = [docSeq];
    const published = mine[0].published;
    if (published) {
      where.push('c.published >= ? AND c.published <= ?');
      params.push(addDays(published, -window), addDays(published, window));
    }
    // Statements of the speakers this document quotes, or of unresolved speakers.
    const speakers = [...new Set(mine.map((c) => c.speakerKey).filter((k): k is string => !!k))];
    const anonymous = mine.some((c) => !c.speakerKey);
    if (!anonymous) {
      where.push(`(c.speaker_key IS NULL${speakers.length ? ` OR c.speaker_key IN (${placeholders(speakers.length)})` : ''})`);
      params.push(...speakers);
    }
    const candidates = (await load(where.join(' AND '), params)).map(facts);
    let merged = 0;
    const joined = new Set<number>();
    const own: number[] = [];
    for (const c of mine) {
      let best: { group: number; with: ClaimFacts; decision: ReturnType<typeof compareClaims> } | null = null;
      for (const other of candidates) {
        if (joined.has(other.group!)) continue;
        if (c.speakerKey && other.speakerKey && c.speakerKey !== other.speakerKey) continue;
        const decision = compareClaims(c, other, this.rules);
        if (decision.match && (!best || decision.score > best.decision.score)) best = { group: other.group!, with: other, decision };
      }
      if (!best) {
        own.push(c.seq);
        continue;
      }
      const reason: MergeReason = { with: { docId: best.with.docId, id: best.with.id }, score: best.decision.score, reasons: best.decision.reasons, at: new Date().toISOString() };
      await sql.run('UPDATE claims SET group_id = ?, merge_reason = ? WHERE seq = ?', [best.group, JSON.stringify(reason), c.seq]);
      joined.add(best.group);
      merged++;
    }
    for (let i = 0; i < own.length; i += 500) await this.startClaimGroups(sql, own.slice(i, i + 500));
    for (const g of joined) await this.refreshClaimGroup(sql, g);
    return merged;
  }

  private async startClaimGroups(sql: Sql, seqs: number[]): Promise<void> {
    if (!seqs.length) return;
    const marks = placeholders(seqs.length);
    await sql.run(
      `INSERT INTO claim_groups (id, label, speaker_key, speaker_name, date_from, date_to, sources, records)
       SELECT seq, CASE WHEN speaker_name IS NOT NULL THEN speaker_name || ': ' ELSE '' END ||
                   CASE WHEN length(content_text) > 140 THEN substr(content_text, 1, 139) || '…' ELSE content_text END,
              speaker_key, speaker_name, published, published, 1, 1
         FROM claims WHERE seq IN (${marks})`,
      seqs,
    );
    await sql.run(`UPDATE claims SET group_id = seq, merge_reason = NULL WHERE seq IN (${marks})`, seqs);
  }

  private async refreshClaimGroup(sql: Sql, group: number): Promise<void> {
    const rows = await sql.all('SELECT doc_seq, speaker_key, speaker_name, content_text, published FROM claims WHERE group_id = ? ORDER BY seq', [group]);
    if (!rows.length) {
      await sql.run('DELETE FROM claim_groups WHERE id = ?', [group]);
      return;
    }
    const speaker = rows.find((r) => r.speaker_key != null);
    const longest = rows.map((r) => String(r.content_text)).sort((a, b) => b.length - a.length)[0];
    const dates = rows.map((r) => str(r.published)).filter((d): d is string => !!d).sort();
    const label = `${speaker ? `${speaker.speaker_name}: ` : ''}${longest.length > 140 ? `${longest.slice(0, 139)}…` : longest}`;
    await sql.run('UPDATE claim_groups SET label = ?, speaker_key = ?, speaker_name = ?, date_from = ?, date_to = ?, sources = ?, records = ? WHERE id = ?', [
      label, speaker ? str(speaker.speaker_key) : null, speaker ? str(speaker.speaker_name) : null, dates[0] ?? null, dates[dates.length - 1] ?? null,
      new Set(rows.map((r) => Number(r.doc_seq))).size, rows.length, group,
    ]);
  }

  async splitGroup(kind: 'event' | 'claim', groupId: number): Promise<number> {
    const [table, groups] = kind === 'event' ? ['events', 'event_groups'] : ['claims', 'claim_groups'];
    return this.db.tx(async (sql) => {
      await this.db.dialect.lockMerges(sql);
      const members = await sql.all<{ seq: number }>(`SELECT seq FROM ${table} WHERE group_id = ? ORDER BY seq`, [groupId]);
      if (members.length < 2) return 0;
      // The first member keeps the group; each other one gets a group of its own.
      // A group's id is the seq of the record that started it, so each split-off member's own seq
      // is free for its new group.
      const rest = members.slice(1).map((m) => Number(m.seq));
      if (kind === 'event') await this.startEventGroups(sql, rest);
      else await this.startClaimGroups(sql, rest);
      await sql.run(`UPDATE ${table} SET merge_reason = NULL WHERE seq = ?`, [Number(members[0].seq)]);
      if (kind === 'event') await this.refreshEventGroup(sql, groupId);
      else await this.refreshClaimGroup(sql, groupId);
      return members.length;
    });
  }

  async rebuildMerges(): Promise<{ eventGroups: number; claimGroups: number }> {
    return this.db.tx(async (sql) => {
      await this.db.dialect.lockMerges(sql);
      await sql.run('UPDATE events SET group_id = NULL, merge_reason = NULL');
      await sql.run('UPDATE claims SET group_id = NULL, merge_reason = NULL');
      await sql.run('DELETE FROM event_groups');
      await sql.run('DELETE FROM claim_groups');
      const docs = await sql.all<{ seq: number }>('SELECT seq FROM documents ORDER BY seq');
      for (const d of docs) {
        await this.mergeEvents(sql, Number(d.seq));
        await this.mergeClaims(sql, Number(d.seq));
      }
      const e = await sql.get<{ n: number }>('SELECT count(*) AS n FROM event_groups');
      const c = await sql.get<{ n: number }>('SELECT count(*) AS n FROM claim_groups');
      return { eventGroups: Number(e!.n), claimGroups: Number(c!.n) };
    });
  }

  // ------------------------------------------------------------------------------------- reading
  async getDocument(id: string): Promise<DocumentJson | null> {
    const row = await this.db.get<{ json: string }>('SELECT json FROM documents WHERE id = ?', [id]);
    return row ? (JSON.parse(row.json) as DocumentJson) : null;
  }

  async listDocuments(query: { q?: string; source?: string; limit?: number; offset?: number }): Promise<Page<DocumentSummary>> {
    const where: string[] = [];
    const params: Param[] = [];
    if (query.q?.trim()) {
      where.push(this.db.dialect.textMatch('documents', 'd.seq'));
      params.push(this.db.dialect.textQuery(query.q));
    }
    if (query.source) {
      where.push('d.source = ?');
      params.push(query.source);
    }
    const w = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const total = Number((await this.db.get<{ n: number }>(`SELECT count(*) AS n FROM documents d ${w}`, params))!.n);
    const rows = await this.db.all(
      `SELECT d.seq, d.id, d.title, d.source, d.url, d.published, d.chars, d.counts, d.ingested_at FROM documents d ${w}
        ORDER BY d.published DESC NULLS LAST, d.id LIMIT ? OFFSET ?`,
      [...params, limitOf(query.limit), query.offset ?? 0],
    );
    const items: DocumentSummary[] = [];
    for (const r of rows) {
      const item: DocumentSummary = {
        id: String(r.id),
        title: str(r.title),
        source: str(r.source),
        url: str(r.url),
        published: str(r.published),
        chars: Number(r.chars),
        counts: JSON.parse(String(r.counts)),
        ingestedAt: String(r.ingested_at),
      };
      if (query.q?.trim() && this.db.dialect.snippet) item.snippet = (await this.db.dialect.snippet(this.db, Number(r.seq), this.db.dialect.textQuery(query.q))) ?? undefined;
      items.push(item);
    }
    return { total, items };
  }

  /** The WHERE clause of an event query (`extra`: one more condition, e.g. a page's keyset). */
  private eventWhere(query: EventQuery, extra?: { sql: string; params: Param[] }): { where: string; params: Param[] } {
    const where: string[] = [];
    const params: Param[] = [];
    if (query.actor) {
      const role = query.role ? ' AND p.role = ?' : '';
      where.push(`e.seq IN (SELECT p.event_seq FROM event_participants p WHERE (p.key = ? OR lower(p.name) = lower(?))${role})`);
      params.push(query.actor, query.actor);
      if (query.role) params.push(query.role);
    }
    for (const [column, values] of [['e.type', query.types], ['e.status', query.statuses]] as const) {
      if (!values?.length) continue;
      const distinct = [...new Set(values)];
      where.push(`${column} IN (${placeholders(distinct.length)})`);
      params.push(...distinct);
    }
    if (query.place) {
      if (/^\d+$/.test(query.place)) {
        where.push('e.geonameid = ?');
        params.push(Number(query.place));
      } else if (/^[A-Za-z]{2}$/.test(query.place)) {
        where.push('e.country = ?');
        params.push(query.place.toUpperCase());
      } else {
        where.push('lower(e.place_name) = lower(?)');
        params.push(query.place);
      }
    }
    if (query.bbox) {
      const [w, s, e, n] = query.bbox;
      where.push('e.lon >= ? AND e.lon <= ? AND e.lat >= ? AND e.lat <= ?');
      params.push(w, e, s, n);
    }
    if (query.from) {
      where.push('e.date_to >= ?');
      params.push(query.from);
    }
    if (query.to) {
      where.push('e.date_from <= ?');
      params.push(query.to);
    }
    if (query.q?.trim()) {
      where.push(this.db.dialect.textMatch('events', 'e.seq'));
      params.push(this.db.dialect.textQuery(query.q));
    }
    if (query.doc) {
      where.push('d.id = ?');
      params.push(query.doc);
    }
    if (query.cluster !== undefined) {
      where.push('e.group_id = ?');
      params.push(query.cluster);
    }
    if (extra) {
      where.push(extra.sql);
      params.push(...extra.params);
    }
    return { where: where.length ? `WHERE ${where.join(' AND ')}` : '', params };
  }

  async queryEvents(query: EventQuery): Promise<Page<EventRecord>> {
    const { where, params } = this.eventWhere(query);
    const from = 'FROM events e JOIN documents d ON d.seq = e.doc_seq';
    const total = Number((await this.db.get<{ n: number }>(`SELECT count(*) AS n ${from} ${where}`, params))!.n);
    const rows = await this.db.all(
      `SELECT ${EVENT_SELECT} ${from} LEFT JOIN event_groups g ON g.id = e.group_id ${where}
        ORDER BY e.sort_date DESC, e.seq DESC LIMIT ? OFFSET ?`,
      [...params, limitOf(query.limit), query.offset ?? 0],
    );
    return { total, items: await this.eventRecords(this.db, rows) };
  }

  /**
   * Every event matching `query` (its `limit` and `offset` apply to the whole stream, default all),
   * in queryEvents' order, a page at a time: keyset pagination on (sort_date, seq), so the last page
   * costs what the first does (OFFSET re-reads every row before it), and nothing is counted.
   */
  private async *eventPages(query: EventQuery, select: string, page = STREAM_PAGE): AsyncGenerator<Row[]> {
    let left = query.limit ?? Number.POSITIVE_INFINITY;
    let offset = query.offset ?? 0;
    let after: [string, number] | null = null;
    while (left > 0) {
      const { where, params } = this.eventWhere(query, after ? { sql: '(e.sort_date, e.seq) < (?, ?)', params: after } : undefined);
      const size = Math.min(page, left);
      const rows = await this.db.all(
        `SELECT ${select}, e.sort_date AS page_date, e.seq AS page_seq
           FROM events e JOIN documents d ON d.seq = e.doc_seq LEFT JOIN event_groups g ON g.id = e.group_id ${where}
          ORDER BY e.sort_date DESC, e.seq DESC LIMIT ? OFFSET ?`,
        [...params, size, offset],
      );
      if (rows.length) yield rows;
      if (rows.length < size) return;
      left -= rows.length;
      offset = 0;
      const last = rows[rows.length - 1];
      after = [String(last.page_date), Number(last.page_seq)];
    }
  }

  async *streamEvents(query: EventQuery, pageSize?: number): AsyncGenerator<EventRecord> {
    for await (const rows of this.eventPages(query, EVENT_SELECT, pageSize)) yield* await this.eventRecords(this.db, rows);
  }

  async *streamEventExports(query: EventQuery, pageSize?: number): AsyncGenerator<ExportRow> {
    // Rows stored before the export_row column are built from their document, a few kept parsed.
    const built = new Map<number, Map<string, EventExport>>();
    const fromDocument = async (docSeq: number, id: string): Promise<EventExport | undefined> => {
      let byId = built.get(docSeq);
      if (!byId) {
        const row = await this.db.get<{ json: string }>('SELECT json FROM documents WHERE seq = ?', [docSeq]);
        byId = new Map(row ? eventExports(JSON.parse(row.json) as DocumentJson).map((x) => [x.id, x]) : []);
        if (built.size >= 16) built.delete(built.keys().next().value!);
        built.set(docSeq, byId);
      }
      return byId.get(id);
    };
    for await (const rows of this.eventPages(query, 'e.doc_seq, e.id, e.export_row, e.group_id, g.sources AS group_sources', pageSize)) {
      for (const r of rows) {
        const exported = r.export_row != null ? (JSON.parse(String(r.export_row)) as EventExport) : await fromDocument(Number(r.doc_seq), String(r.id));
        if (exported) yield { ...exported, group: r.group_id == null ? null : { id: Number(r.group_id), sources: Number(r.group_sources ?? 1) } };
      }
    }
  }

  private async eventRecords(sql: Sql, rows: Row[]): Promise<EventRecord[]> {
    if (!rows.length) return [];
    const parts = await sql.all(
      `SELECT event_seq, key, entity_id, name, role FROM event_participants WHERE event_seq IN (${placeholders(rows.length)})`,
      rows.map((r) => Number(r.seq)),
    );
    const byEvent = new Map<number, EventRecord['participants']>();
    for (const p of parts) {
      const list = byEvent.get(Number(p.event_seq)) ?? [];
      list.push({ key: String(p.key), entityId: String(p.entity_id), name: String(p.name), role: String(p.role) });
      byEvent.set(Number(p.event_seq), list);
    }
    return rows.map((r) => ({
      docId: String(r.doc_id),
      id: String(r.id),
      type: String(r.type),
      mode: str(r.mode),
      status: String(r.status),
      confidence: num(r.confidence),
      place:
        r.place_id == null
          ? null
          : { id: String(r.place_id), name: str(r.place_name), geonameid: num(r.geonameid), feature: str(r.feature), country: str(r.country), lat: num(r.lat), lon: num(r.lon) },
      time: r.time_id == null ? null : { id: String(r.time_id), text: str(r.time_text), value: str(r.time_value) },
      dateFrom: str(r.date_from),
      dateTo: str(r.date_to),
      dateBasis: str(r.date_basis),
      trigger: str(r.trigger_text),
      evidence: r.evidence_start == null ? null : { start: Number(r.evidence_start), end: Number(r.evidence_end), text: String(r.evidence_text ?? '') },
      acled: r.acled_type == null ? null : { event_type: String(r.acled_type), sub_event_type: str(r.acled_sub_type) },
      participants: byEvent.get(Number(r.seq)) ?? [],
      document: { title: str(r.doc_title), source: str(r.doc_source), published: str(r.doc_published), url: str(r.doc_url) },
      cluster: r.group_id == null ? null : { id: Number(r.group_id), sources: Number(r.group_sources ?? 1), reason: r.merge_reason ? JSON.parse(String(r.merge_reason)) : null },
    }));
  }

  async queryEventGroups(query: EventQuery & { minSources?: number }): Promise<Page<ClusterSummary>> {
    const { where, params } = this.eventWhere(query);
    const inner = `SELECT e.group_id FROM events e JOIN documents d ON d.seq = e.doc_seq ${where}`;
    const cond = `g.id IN (${inner}) AND g.sources >= ?`;
    const all = [...params, query.minSources ?? 1];
    const total = Number((await this.db.get<{ n: number }>(`SELECT count(*) AS n FROM event_groups g WHERE ${cond}`, all))!.n);
    const rows = await this.db.all(`SELECT g.* FROM event_groups g WHERE ${cond} ORDER BY g.sources DESC, g.date_from DESC NULLS LAST, g.id LIMIT ? OFFSET ?`, [
      ...all, limitOf(query.limit), query.offset ?? 0,
    ]);
    return { total, items: rows.map((r) => groupSummary('event', r)) };
  }

  async queryClaims(query: ClaimQuery): Promise<Page<ClaimRecord>> {
    const where: string[] = [];
    const params: Param[] = [];
    if (query.speaker) {
      where.push('(c.speaker_key = ? OR lower(c.speaker_name) = lower(?))');
      params.push(query.speaker, query.speaker);
    }
    if (query.q?.trim()) {
      where.push(this.db.dialect.textMatch('claims', 'c.seq'));
      params.push(this.db.dialect.textQuery(query.q));
    }
    if (query.doc) {
      where.push('d.id = ?');
      params.push(query.doc);
    }
    if (query.kinds?.length) {
      const kinds = [...new Set(query.kinds)];
      where.push(`c.kind IN (${placeholders(kinds.length)})`);
      params.push(...kinds);
    }
    if (query.cluster !== undefined) {
      where.push('c.group_id = ?');
      params.push(query.cluster);
    }
    const w = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const from = 'FROM claims c JOIN documents d ON d.seq = c.doc_seq';
    const total = Number((await this.db.get<{ n: number }>(`SELECT count(*) AS n ${from} ${w}`, params))!.n);
    const rows = await this.db.all(
      `SELECT c.*, d.id AS doc_id, d.title AS doc_title, d.source AS doc_source, d.published AS doc_published, d.url AS doc_url, g.sources AS group_sources
         ${from} LEFT JOIN claim_groups g ON g.id = c.group_id ${w} ORDER BY d.published DESC NULLS LAST, d.id, c.seq LIMIT ? OFFSET ?`,
      [...params, limitOf(query.limit), query.offset ?? 0],
    );
    return { total, items: rows.map(claimRecord) };
  }

  async queryClaimGroups(query: { minSources?: number; limit?: number; offset?: number }): Promise<Page<ClusterSummary>> {
    const min = query.minSources ?? 1;
    const total = Number((await this.db.get<{ n: number }>('SELECT count(*) AS n FROM claim_groups WHERE sources >= ?', [min]))!.n);
    const rows = await this.db.all('SELECT * FROM claim_groups WHERE sources >= ? ORDER BY sources DESC, date_from DESC NULLS LAST, id LIMIT ? OFFSET ?', [
      min, limitOf(query.limit), query.offset ?? 0,
    ]);
    return { total, items: rows.map((r) => groupSummary('claim', r)) };
  }

  async listEntities(query: { q?: string; kind?: string; limit?: number; offset?: number }): Promise<Page<EntitySummary>> {
    const where: string[] = [];
    const params: Param[] = [];
    if (query.q?.trim()) {
      where.push('(lower(en.name) LIKE ? OR en.key LIKE ?)');
      const like = `%${query.q.trim().toLowerCase().replace(/[%_]/g, '')}%`;
      params.push(like, like);
    }
    if (query.kind) {
      where.push('en.kind = ?');
      params.push(query.kind);
    }
    const w = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const total = Number((await this.db.get<{ n: number }>(`SELECT count(DISTINCT en.key) AS n FROM entities en ${w}`, params))!.n);
    const rows = await this.db.all(
      `SELECT en.key, min(en.name) AS name, min(en.kind) AS kind, min(en.country) AS country, min(en.sector) AS sector,
              count(DISTINCT en.doc_seq) AS documents, sum(en.mentions) AS mentions,
              (SELECT count(DISTINCT p.event_seq) FROM event_participants p WHERE p.key = en.key) AS events
         FROM entities en ${w} GROUP BY en.key ORDER BY count(DISTINCT en.doc_seq) DESC, en.key LIMIT ? OFFSET ?`,
      [...params, limitOf(query.limit), query.offset ?? 0],
    );
    return { total, items: rows.map((r) => entitySummary(r, [])) };
  }

  async getEntity(key: string): Promise<EntitySummary | null> {
    const row = await this.db.get(
      `SELECT en.key, min(en.name) AS name, min(en.kind) AS kind, min(en.country) AS country, min(en.sector) AS sector,
              count(DISTINCT en.doc_seq) AS documents, sum(en.mentions) AS mentions,
              (SELECT count(DISTINCT p.event_seq) FROM event_participants p WHERE p.key = en.key) AS events
         FROM entities en WHERE en.key = ? GROUP BY en.key`,
      [key],
    );
    if (!row) return null;
    const names = await this.db.all<{ name: string }>('SELECT DISTINCT name FROM entities WHERE key = ? ORDER BY name', [key]);
    return entitySummary(row, names.map((n) => n.name));
  }

  async forecasts(query: { asOf?: string; state?: string; limit?: number; offset?: number }): Promise<ForecastRecord[]> {
    const asOf = query.asOf ?? new Date().toISOString().slice(0, 10);
    // Forecast events and statements in one query: the state is the deadline against asOf, and
    // filtering, ordering (deadline, none last; then newest) and paging happen in the database.
    // A forecast event's own time expression is its deadline; a publication date is not.
    const state = { open: 'f.deadline IS NULL', past_due: 'f.deadline < ?', pending: 'f.deadline >= ?' }[query.state ?? ''];
    const rows = await this.db.all(
      `SELECT f.*, CASE WHEN f.deadline IS NULL THEN 'open' WHEN f.deadline < ? THEN 'past_due' ELSE 'pending' END AS state
         FROM (SELECT 'event' AS what, d.id AS doc_id, e.id, e.type AS kind, e.status, e.evidence_text AS text, e.actor_names AS who,
                      (SELECT min(p.name) FROM event_participants p WHERE p.event_seq = e.seq AND p.role = 'source') AS by_name,
                      CASE WHEN e.date_basis = 'time' THEN e.date_to END AS deadline, d.published, d.source
                 FROM events e JOIN documents d ON d.seq = e.doc_seq WHERE e.status IN (${placeholders(FUTURE_STATUSES.length)})
               UNION ALL
               SELECT 'claim', d.id, c.id, c.kind, c.status, c.content_text, NULL, c.speaker_name, c.deadline, d.published, d.source
                 FROM claims c JOIN documents d ON d.seq = c.doc_seq
                WHERE c.status IN (${placeholders(FUTURE_STATUSES.length + FORECAST_KINDS.length)}) OR c.kind IN (${placeholders(FORECAST_KINDS.length)})) f
        ${state ? `WHERE ${state}` : ''}
        ORDER BY CASE WHEN f.deadline IS NULL THEN 1 ELSE 0 END, f.deadline, CASE WHEN f.published IS NULL THEN 1 ELSE 0 END, f.published DESC, f.doc_id, f.what, f.id
        LIMIT ? OFFSET ?`,
      [asOf, ...FUTURE_STATUSES, ...FUTURE_STATUSES, ...FORECAST_KINDS, ...FORECAST_KINDS, ...(state?.includes('?') ? [asOf] : []), limitOf(query.limit, 500), query.offset ?? 0],
    );
    return rows.map((r) => ({
      what: r.what === 'claim' ? 'claim' : 'event',
      docId: String(r.doc_id),
      id: String(r.id),
      kind: String(r.kind),
      status: str(r.status),
      text: String(r.text ?? ''),
      who: str(r.who) || null,
      by: str(r.by_name),
      deadline: str(r.deadline),
      published: str(r.published),
      source: str(r.source),
      state: r.state as ForecastRecord['state'],
    }));
  }

  async story(kind: 'event' | 'claim', groupId: number): Promise<Story | null> {
    const g = await this.db.get(`SELECT * FROM ${kind === 'event' ? 'event_groups' : 'claim_groups'} WHERE id = ?`, [groupId]);
    if (!g) return null;
    const records: (EventRecord | ClaimRecord)[] =
      kind === 'event' ? (await this.queryEvents({ cluster: groupId, limit: MAX_LIMIT })).items : (await this.queryClaims({ cluster: groupId, limit: MAX_LIMIT })).items;
    const members: StoryMember[] = [];
    const docs = new Map<string, DocumentJson | null>();
    for (const record of records) {
      if (!docs.has(record.docId)) docs.set(record.docId, await this.getDocument(record.docId));
      const json = docs.get(record.docId)!;
      const text = (json?.document as { text?: string } | undefined)?.text ?? '';
      const span =
        'evidence' in record ? record.evidence : record.content.start != null ? { start: record.content.start, end: record.content.end!, text: record.content.text } : null;
      const keys =
        'participants' in record
          ? record.participants.map((p) => ({ key: p.key, entityId: p.entityId, name: p.name }))
          : record.speaker.id
            ? [{ key: record.speaker.key ?? '', entityId: record.speaker.id, name: record.speaker.name ?? '' }]
            : [];
      const entities = Array.isArray(json?.entities) ? (json!.entities as { id: string; mentions?: { text: string }[] }[]) : [];
      const naming = keys.map((k) => {
        const ent = entities.find((e) => e.id === k.entityId);
        return { key: k.key, name: k.name, mentions: [...new Set((ent?.mentions ?? []).map((m) => m.text))] };
      });
      // A frame spans its clause; the words that carry it (its cue) are what the story view shows.
      const frames = (Array.isArray(json?.frames) ? (json!.frames as { start: number; end: number; text: string; technique: string; cue?: { start: number; end: number; text: string } }[]) : []).map((f) => ({ ...(f.cue ?? f), technique: f.technique }));
      members.push({
        docId: record.docId,
        id: record.id,
        document: record.document,
        text: span?.text ?? null,
        reason: record.cluster?.reason ?? null,
        naming,
        framing: { ...(json ? framingProfile(json) : { techniques: {}, profile: null }), words: text.split(/\s+/).filter(Boolean).length },
        frames: span ? frames.filter((f) => f.start >= span.start && f.end <= span.end).map((f) => ({ text: f.text, technique: f.technique })) : [],
        record,
      });
    }
    return { cluster: groupSummary(kind, g), members };
  }

  async optimize(): Promise<void> {
    await this.db.run(this.db.dialect.optimize);
  }

  async stats(): Promise<Stats> {
    const n = async (q: string) => Number((await this.db.get<{ n: number }>(q))!.n);
    return {
      documents: await n('SELECT count(*) AS n FROM documents'),
      events: await n('SELECT count(*) AS n FROM events'),
      entities: await n('SELECT count(DISTINCT key) AS n FROM entities'),
      claims: await n('SELECT count(*) AS n FROM claims'),
      eventGroups: await n('SELECT count(*) AS n FROM event_groups'),
      mergedEvents: await n('SELECT count(*) AS n FROM event_groups WHERE sources > 1'),
      mergedClaims: await n('SELECT count(*) AS n FROM claim_groups WHERE sources > 1'),
    };
  }
}

/** "A, B → C": who did it to whom, for labels and search (sources of a claim left out). */
function participantLine(list: { name: string; role: string }[]): string {
  const of = (role: string) => list.filter((p) => p.role === role).map((p) => p.name).join(', ');
  const [a, r] = [of('actor'), of('recipient')];
  return r ? `${a || '?'} → ${r}` : a;
}

function groupSummary(kind: 'event' | 'claim', r: Row): ClusterSummary {
  return {
    id: Number(r.id),
    kind,
    label: String(r.label),
    type: kind === 'event' ? str(r.type) : null,
    status: kind === 'event' ? str(r.status) : null,
    dateFrom: str(r.date_from),
    dateTo: str(r.date_to),
    placeName: kind === 'event' ? str(r.place_name) : null,
    lat: kind === 'event' ? num(r.lat) : null,
    lon: kind === 'event' ? num(r.lon) : null,
    sources: Number(r.sources),
    records: Number(r.records),
  };
}

function claimRecord(r: Row): ClaimRecord {
  return {
    docId: String(r.doc_id),
    id: String(r.id),
    layer: String(r.layer),
    kind: String(r.kind),
    speaker: { key: str(r.speaker_key), id: str(r.speaker_id), name: str(r.speaker_name) },
    content: { start: num(r.content_start), end: num(r.content_end), text: String(r.content_text) },
    cue: str(r.cue_text),
    status: str(r.status),
    deadline: str(r.deadline),
    document: { title: str(r.doc_title), source: str(r.doc_source), published: str(r.doc_published), url: str(r.doc_url) },
    cluster: r.group_id == null ? null : { id: Number(r.group_id), sources: Number(r.group_sources ?? 1), reason: r.merge_reason ? JSON.parse(String(r.merge_reason)) : null },
  };
}

function entitySummary(r: Row, names: string[]): EntitySummary {
  return {
    key: String(r.key),
    name: String(r.name),
    kind: String(r.kind),
    country: str(r.country),
    sector: str(r.sector),
    documents: Number(r.documents),
    mentions: Number(r.mentions),
    events: Number(r.events),
    names,
  };
}
