/** @module The API client of the web app: JSON over fetch, with the optional token kept in localStorage. */

export class ApiError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

function token(): string | null {
  try {
    return localStorage.getItem('sitrepToken');
  } catch {
    return null;
  }
}

export async function api<T>(path: string, params: Record<string, string | number | undefined | null> = {}): Promise<T> {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') qs.set(k, String(v));
  const url = `/api/${path}${qs.size ? `?${qs}` : ''}`;
  const t = token();
  const res = await fetch(url, { headers: t ? { authorization: `Bearer ${t}` } : {} });
  if (res.status === 401) {
    const given = window.prompt('This server needs a token to read. Token:');
    if (given) {
      localStorage.setItem('sitrepToken', given);
      return api(path, params);
    }
  }
  const body = await res.json().catch(() => ({ message: res.statusText }));
  if (!res.ok) throw new ApiError(res.status, (body as { message?: string }).message ?? res.statusText);
  return body as T;
}

// Shapes returned by the API (see /api/openapi.json and src/store/types.ts).
export interface Span { start: number; end: number; text?: string }
export interface Participant { key: string; entityId: string; name: string; role: string }
export interface MergeReason { with: { docId: string; id: string }; score: number; reasons: string[] }
export interface GroupRef { id: number; sources: number; reason: MergeReason | null }
export interface DocMeta { title: string | null; source: string | null; published: string | null; url: string | null }
export interface EventRecord {
  docId: string; id: string; type: string; mode: string | null; status: string; confidence: number | null;
  place: { id: string; name: string | null; geonameid: number | null; feature: string | null; country: string | null; lat: number | null; lon: number | null } | null;
  time: { id: string; text: string | null; value: string | null } | null;
  dateFrom: string | null; dateTo: string | null; dateBasis: string | null; trigger: string | null;
  evidence: { start: number; end: number; text: string } | null; acled: { event_type: string; sub_event_type: string | null } | null;
  participants: Participant[]; document: DocMeta; cluster: GroupRef | null;
}
export interface ClaimRecord {
  docId: string; id: string; layer: string; kind: string; speaker: { key: string | null; id: string | null; name: string | null };
  content: { start: number | null; end: number | null; text: string }; cue: string | null; status: string | null; deadline: string | null;
  document: DocMeta; cluster: GroupRef | null;
}
export interface Page<T> { total: number; items: T[] }
export interface Group { id: number; kind: 'event' | 'claim'; label: string; type: string | null; status: string | null; dateFrom: string | null; dateTo: string | null; placeName: string | null; lat: number | null; lon: number | null; sources: number; records: number }
export interface EntitySummary { key: string; name: string; kind: string; country: string | null; sector: string | null; documents: number; mentions: number; events: number; names: string[] }
export interface DocSummary { id: string; title: string | null; source: string | null; url: string | null; published: string | null; chars: number; counts: Record<string, number>; snippet?: string }
export interface Forecast { what: 'event' | 'claim'; docId: string; id: string; kind: string; status: string | null; text: string; who: string | null; by: string | null; deadline: string | null; published: string | null; source: string | null; state: 'pending' | 'past_due' | 'open' }
export interface StoryMember {
  docId: string; id: string; document: DocMeta; text: string | null; reason: MergeReason | null;
  naming: { key: string; name: string; mentions: string[] }[]; framing: { techniques: Record<string, number>; profile: unknown; words: number };
  frames: { text: string; technique: string }[]; record: EventRecord | ClaimRecord;
}
export interface Story { cluster: Group; members: StoryMember[] }

/** A stored document: the sitrep/1 JSON plus the merge group of each event and quote. */
export interface StoredDocument {
  schema: string;
  document: { id: string; title: string | null; source: string | null; url: string | null; published: string | null; language: string; text: string };
  sentences?: Span[];
  entities?: { id: string; name: string; kind: string; country: string | null; sector: string | null; ref?: string | null; role?: string | null; mentions: (Span & { text: string; how?: string })[] }[];
  places?: (Span & { id: string; text: string; name: string; geonameid: number | null; feature: string; country: string | null; admin1: string | null; lat: number | null; lon: number | null })[];
  times?: (Span & { id: string; text: string; type: string; value: string; mod?: string | null; from?: string | null; to?: string | null })[];
  quotes?: { id: string; kind: string; content: Span; cue: Span | null; source: Span | null; speaker: string | null; claim?: string }[];
  claims?: { id: string; type: string; speaker: string | null; source: (Span & { text: string }) | null; content: Span & { text: string }; cue: (Span & { text: string }) | null;
    deadline: string | null; hedges: (Span & { text: string })[]; status: string; quote?: string }[];
  framing?: { words: number; counts: Record<string, number>; perThousandWords: Record<string, number>; hedges?: { count: number; perThousandWords: number } };
  frames?: (Span & { text: string; technique: string; cue?: Span & { text: string } })[];
  events?: { id: string; type: string; mode: string | null; actors: string[]; recipients: string[]; place: string | null; time: string | { value: string; from?: string | null; to?: string | null } | null; status: string; attributedTo: string | null; trigger: Span; evidence: Span; acled: { event_type: string; sub_event_type: string } | null; confidence: number }[];
  store?: { eventGroups: Record<string, GroupRef | null>; claimGroups: Record<string, GroupRef | null> };
  [layer: string]: unknown;
}
