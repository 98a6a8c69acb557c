/**
 * @module Deciding who each candidate mention is: the document's focus country (for "government
 * troops"), one entity per known actor, country, state organ, generic group, person and organisation,
 * then coreference — surnames, definite descriptions ("the terror group") and pronouns — in text order,
 * each linked to the most salient compatible entity mentioned before it.
 */
import type { Entity, EntityKind, Mention, Sentence, Tokens } from '../../model/layers.js';
import { foldKey, isCapitalized } from '../../util/text.js';
import type { Knowledge } from './knowledge.js';
import type { Candidate } from './match.js';

interface Builder {
  key: string;
  name: string;
  kind: EntityKind;
  country: string | null;
  sector: string | null;
  ref: string | null;
  role: string | null;
  affiliationKey: string | null;
  known: boolean;
  mentions: Array<Mention & { token: number; sentence: number; subject: boolean }>;
  /** For people: the folded parts of their name, for surname links. */
  nameParts?: string[];
  /** Creation order: ties between entities go to the one created first. */
  order: number;
}

type MentionRec = Builder['mentions'][number];

/** Mentions by sentence and by first token, kept as they are added, so that resolving a pronoun or a
 * description looks at a few sentences rather than at every mention of the document (which made
 * long texts quadratic). */
class MentionIndex {
  private readonly bySentence: Array<Array<{ b: Builder; m: MentionRec }>> = [];
  private readonly byToken = new Map<number, Builder[]>();

  add(b: Builder, m: MentionRec): void {
    (this.bySentence[m.sentence] ??= []).push({ b, m });
    const at = this.byToken.get(m.token);
    if (!at) this.byToken.set(m.token, [b]);
    else if (!at.includes(b)) at.push(b);
  }

  /** Mentions in sentences [from, to], sentence by sentence, each in the order added. (A copied
   * array: a generator here cost more than the copy.) */
  inSentences(from: number, to: number): Array<{ b: Builder; m: MentionRec }> {
    const out: Array<{ b: Builder; m: MentionRec }> = [];
    for (let s = Math.max(0, from); s <= to && s < this.bySentence.length; s++) {
      const inSentence = this.bySentence[s];
      if (inSentence) for (let k = 0; k < inSentence.length; k++) out.push(inSentence[k]);
    }
    return out;
  }

  /** The first-created entity with a mention starting at token `k`. */
  entityAt(k: number): Builder | undefined {
    return this.byToken.get(k)?.reduce((a, b) => (b.order < a.order ? b : a));
  }
}


export interface ResolveInput {
  text: string;
  tokens: Tokens;
  /** Folded token keys (see lexicon.ts), computed once per document. */
  keys: string[];
  sentences: readonly Sentence[];
  candidates: Candidate[];
  know: Knowledge;
}

export function resolveEntities({ text, tokens, keys, sentences, candidates, know }: ResolveInput): Entity[] {
  const focus = focusCountry(candidates, know);
  const builders = new Map<string, Builder>();
  const index = new MentionIndex();
  const register = (b: Builder) => {
    b.order = builders.size;
    builders.set(b.key, b);
  };
  const cands = mergeMemberOf(candidates, tokens);
  addNestedLeaders(cands, tokens, keys, know);

  const charSpan = (c: { start: number; end: number }) => ({ start: tokens.start[c.start], end: tokens.end[c.end - 1] });
  // Character spans already given to each entity key, as numbers: a "key|start|end" string per
  // mention was a concatenation and a hash of a new string each time.
  const seen = new Map<string, Set<number>>();
  const addMention = (b: Builder, c: Candidate) => {
    const { start, end } = charSpan(c);
    let spans = seen.get(b.key);
    if (!spans) seen.set(b.key, (spans = new Set()));
    const span = start * (text.length + 1) + end;
    if (spans.has(span)) return;
    spans.add(span);
    const m: MentionRec = { start, end, text: text.slice(start, end), how: c.how, rule: c.rule, token: c.start, sentence: c.sentence, subject: !!c.subject };
    b.mentions.push(m);
    index.add(b, m);
  };
  const countryBuilder = (iso3: string): Builder => {
    const key = `country:${iso3}`;
    let b = builders.get(key);
    if (!b) {
      const country = know.countries.get(iso3);
      b = newBuilder(key, country?.name ?? iso3, 'country', iso3, null, null, true);
      register(b);
    }
    return b;
  };

  // ------------------------------------------------------------ entities that name themselves
  const pending: Candidate[] = [];
  const personCands: Candidate[] = [];
  for (const c of cands) {
    switch (c.type) {
      case 'known': {
        const actor = know.known.get(c.ref!);
        if (!actor) break;
        const key = `known:${actor.id}`;
        let b = builders.get(key);
        if (!b) {
          b = newBuilder(key, actor.name, actor.kind, actor.country, actor.sector, actor.id, true);
          b.role = actor.role ?? null;
          if (actor.kind === 'person') b.nameParts = actor.name.split(/\s+/).map(foldKey);
          register(b);
        }
        if (c.role && !b.role) b.role = c.role;
        addMention(b, c);
        break;
      }
      case 'country':
        if (c.iso3) addMention(countryBuilder(c.iso3), c);
        break;
      case 'organ': {
        const iso = c.iso3 ?? (c.focus ? focus : null);
        const sector = c.sector ?? 'GOV';
        const key = `organ:${iso}:${sector}`;
        let b = builders.get(key);
        if (!b) {
          const meta = know.organSectors[sector] ?? { kind: 'government' as EntityKind, name: '{demonym} government' };
          const demonym = iso ? (know.countries.get(iso)?.demonym ?? iso) : '';
          const name = iso ? meta.name.replace('{demonym}', demonym) : capitalize(meta.name.replace('{demonym}', '').trim());
          b = newBuilder(key, name, meta.kind, iso, sector, null, iso !== null);
          if (iso) b.affiliationKey = `country:${iso}`;
          register(b);
        }
        addMention(b, { ...c, rule: c.focus && iso ? `${c.rule}` : c.rule });
        break;
      }
      case 'generic': {
        const cls = know.generic.get(c.cls!);
        if (!cls) break;
        const iso = c.iso3 ?? (c.focus && cls.focus ? focus : null);
        const backer = c.backer === 'focus-government' ? (focus ? `organ:${focus}:GOV` : null) : c.backer;
        const key = `generic:${cls.id}:${iso}:${c.label ?? ''}:${backer ?? ''}`;
        let b = builders.get(key);
        if (!b) {
          const country = iso ? know.countries.get(iso)?.name ?? iso : null;
          const base = c.label ? `${c.label} ${headNoun(tokens, c)}` : cls.name;
          b = newBuilder(key, country ? `${base} (${country})` : base, cls.kind, iso, cls.sector, null, false);
          if (backer) b.affiliationKey = backer.includes(':') ? backer : know.countries.has(backer) ? `country:${backer}` : `known:${backer}`;
          register(b);
        }
        addMention(b, c);
        break;
      }
      case 'organization': {
        const key = `org:${foldKey(c.name ?? '')}`;
        let b = builders.get(key);
        if (!b) {
          b = newBuilder(key, c.name ?? '', c.kind ?? 'organization', null, sectorOfKind(c.kind), null, false);
          register(b);
        }
        addMention(b, c);
        break;
      }
      case 'person':
        personCands.push(c);
        break;
      default:
        pending.push(c);
    }
  }

  // ------------------------------------------------------------ people, clustered by name
  const people: Builder[] = [...builders.values()].filter((b) => b.kind === 'person');
  // Full names first, so "Lecointre" finds "Francois Lecointre" wherever it comes.
  const byLength = [...personCands].sort((a, b) => (b.name ?? '').split(/\s+/).length - (a.name ?? '').split(/\s+/).length || a.start - b.start);
  for (const c of byLength) {
    const parts = (c.name ?? '').split(/\s+/).map(foldKey).filter((p) => !['al', 'el', 'bin', 'ibn', 'abu', '-'].includes(p));
    let b = people.find((p) => samePerson(p.nameParts ?? [], parts));
    if (!b) {
      b = newBuilder(`person:${parts.join(' ')}`, c.name ?? '', 'person', c.iso3 ?? null, c.sector ?? null, null, false);
      b.nameParts = parts;
      register(b);
      people.push(b);
    }
    if (c.role && !b.role) b.role = c.role;
    if (c.iso3 && !b.country) b.country = c.iso3;
    if (c.sector && !b.sector) b.sector = c.sector;
    addMention(b, c);
  }
  // "a spokeswoman for the ministry": the organisation whose mention starts where the apposition points.
  const orgsAt = new Map<number, Candidate>();
  for (const o of cands) if (o.type !== 'person' && o.type !== 'pronoun' && !orgsAt.has(o.start)) orgsAt.set(o.start, o);
  for (const c of personCands) {
    if (c.affiliationAt === undefined) continue;
    const org = orgsAt.get(c.affiliationAt);
    const b = index.entityAt(c.start);
    const key = org ? index.entityAt(org.start)?.key ?? null : null;
    if (b && key) {
      b.affiliationKey = key;
      const aff = builders.get(key);
      if (aff && !b.country) b.country = aff.country;
      if (aff && !b.sector) b.sector = aff.sector;
    }
  }
  for (const b of people) if (b.country && !b.affiliationKey) b.affiliationKey = `country:${b.country}`;

  // Surnames alone: "Lecointre further said" (without a cue the name rule would not have taken it).
  const covered = new Uint8Array(tokens.length);
  for (const c of cands) for (let k = c.start; k < c.end; k++) covered[k] = 1;
  const surnames = new Map<string, Builder>();
  for (const p of people) {
    const parts = p.nameParts ?? [];
    const last = parts[parts.length - 1];
    if (last && last.length > 2) surnames.set(last, surnames.has(last) && surnames.get(last) !== p ? (null as unknown as Builder) : p);
  }
  // Known people of this document only (the whole list of known surnames is long).
  for (const b of builders.values()) {
    if (!b.key.startsWith('known:')) continue;
    for (const surname of know.surnamesOf.get(b.key.slice(6)) ?? []) if (!surnames.has(surname)) surnames.set(surname, b);
  }
  for (let i = 0; i < tokens.length; i++) {
    if (covered[i] || !isCapitalized(tokens.text[i])) continue;
    const b = surnames.get(foldKey(tokens.text[i]));
    if (!b) continue;
    if (i + 1 < tokens.length && isCapitalized(tokens.text[i + 1]) && tokens.kind[i + 1] === 'word' && tokens.sentence[i + 1] === tokens.sentence[i]) continue;
    const c: Candidate = { type: 'person', start: i, end: i + 1, how: 'surname', rule: 'surname', sentence: tokens.sentence[i] };
    c.subject = i + 1 < tokens.length && (tokens.pos[i + 1] === 'VERB' || tokens.pos[i + 1] === 'AUX' || tokens.pos[i + 1] === 'ADV');
    addMention(b, c);
  }

  // ------------------------------------------------------------ coreference, in text order
  pending.sort((a, b) => a.start - b.start);
  for (const c of pending) {
    const target =
      c.type === 'personDescription' ? personForDescription(c, index, know)
      : c.type === 'description' && c.kinds?.includes('country') && focus && builders.has(`country:${focus}`) ? builders.get(`country:${focus}`)!
      : c.type === 'description' ? antecedent(c, index, (b) => (c.kinds ?? []).includes(b.kind))
      : c.type === 'pronoun' ? pronounAntecedent(c, index, tokens, know)
      : null;
    if (target) {
      addMention(target, c);
    } else if (c.type === 'personDescription' && (c.iso3 || c.ref)) {
      // An unnamed official of a known country: an entity of its own ("French military chief").
      const owner = c.iso3 ? know.countries.get(c.iso3)?.demonym ?? c.iso3 : know.known.get(c.ref!)?.name ?? '';
      const name = `${owner} ${c.role ?? ''}`.trim();
      const key = `persondesc:${foldKey(name)}`;
      let b = builders.get(key);
      if (!b) {
        b = newBuilder(key, name, 'person', c.iso3 ?? know.known.get(c.ref ?? '')?.country ?? null, c.sector ?? null, null, false);
        b.role = c.role ?? null;
        b.affiliationKey = c.iso3 ? `country:${c.iso3}` : `known:${c.ref}`;
        register(b);
      }
      addMention(b, c);
    }
  }

  // ------------------------------------------------------------ output, ids in order of first mention
  const list = [...builders.values()].filter((b) => b.mentions.length > 0);
  for (const b of list) b.mentions.sort((x, y) => x.start - y.start || y.end - x.end);
  list.sort((a, b) => a.mentions[0].start - b.mentions[0].start || b.mentions[0].end - a.mentions[0].end);
  const ids = new Map<string, string>();
  list.forEach((b, k) => ids.set(b.key, `E${k + 1}`));
  return list.map((b) => {
    const actor = b.ref ? know.known.get(b.ref) : undefined;
    const e: Entity = {
      id: ids.get(b.key)!,
      name: b.name,
      kind: b.kind,
      country: b.country,
      sector: b.sector,
      mentions: b.mentions.map(({ start, end, text: t, how, rule }) => ({ start, end, text: t, how, rule })),
      ref: b.ref ? `actors:${b.ref}` : null,
      known: b.known,
    };
    if (b.role) e.role = b.role;
    const aff = b.affiliationKey ? ids.get(b.affiliationKey) : actor?.parent ? ids.get(`known:${actor.parent}`) : undefined;
    if (aff && aff !== e.id) e.affiliation = aff;
    if (actor?.aliases?.length) e.aliases = actor.aliases.slice(0, 12);
    return e;
  });
}

function newBuilder(key: string, name: string, kind: EntityKind, country: string | null, sector: string | null, ref: string | null, known: boolean): Builder {
  return { key, name, kind, country, sector, ref, role: null, affiliationKey: null, known, mentions: [], order: -1 };
}

function capitalize(s: string): string {
  return s ? s[0].toUpperCase() + s.slice(1) : s;
}

function sectorOfKind(kind: EntityKind | undefined): string | null {
  switch (kind) {
    case 'armed_group': return 'REB';
    case 'militia': return 'MIL';
    case 'government': return 'GOV';
    case 'media': return 'MED';
    case 'party': return 'OPP';
    case 'ngo': return 'NGO';
    case 'igo': return 'IGO';
    case 'operation': return 'MIL';
    default: return null;
  }
}

function headNoun(tokens: Tokens, c: Candidate): string {
  return tokens.lower[c.end - 1];
}

/** The country the document is about: the most mentioned one (names, organs, groups, people). */
export function focusCountry(cands: readonly Candidate[], know: Knowledge): string | null {
  const score = new Map<string, number>();
  const first = new Map<string, number>();
  const bump = (iso: string | null | undefined, w: number, at: number) => {
    if (!iso) return;
    score.set(iso, (score.get(iso) ?? 0) + w);
    if (!first.has(iso)) first.set(iso, at);
  };
  for (const c of cands) {
    // "a Russian airstrike" says who attacked, often from abroad, not where the story is.
    if (c.rule === 'organ/attacker') continue;
    if (c.type === 'country') bump(c.iso3, 1, c.start);
    else if (c.type === 'organ' || c.type === 'personDescription' || c.type === 'person') bump(c.iso3, 0.75, c.start);
    else if (c.type === 'generic') bump(c.iso3, 0.5, c.start);
    else if (c.type === 'known' && c.ref) bump(know.known.get(c.ref)?.country, 0.5, c.start);
  }
  let best: string | null = null;
  for (const [iso, s] of score) {
    const b = best ? score.get(best)! : -1;
    if (s > b || (s === b && first.get(iso)! < first.get(best!)!)) best = iso;
  }
  return best;
}

/** "allied fighters from popular defense groups", "members of Hezbollah": the group named after
 * "from"/"of" is who the fighters are; one mention covering both. */
function mergeMemberOf(cands: Candidate[], tokens: Tokens): Candidate[] {
  const out: Candidate[] = [];
  const sorted = [...cands].sort((a, b) => a.start - b.start || b.end - a.end);
  for (let k = 0; k < sorted.length; k++) {
    const c = sorted[k];
    const next = sorted[k + 1];
    if (c.type === 'generic' && ['rebels', 'militias', 'gunmen'].includes(c.cls ?? '') && next && next.sentence === c.sentence) {
      let j = c.end;
      if (['from', 'of'].includes(tokens.lower[j])) {
        j++;
        if (tokens.lower[j] === 'the') j++;
        if (next.start === j && ['known', 'generic', 'organization', 'organ'].includes(next.type)) {
          sorted[k + 1] = { ...next, start: c.start, rule: `${next.rule}+members` };
          continue;
        }
      }
    }
    out.push(c);
  }
  return out;
}

/** "US-led coalition", "Iran-backed militias": the leader or backer inside the phrase is a mention
 * of that country too (nested in the group's mention). */
function addNestedLeaders(cands: Candidate[], tokens: Tokens, keys: string[], know: Knowledge): void {
  const extra: Candidate[] = [];
  for (const c of cands) {
    if (c.type === 'country') continue;
    for (let k = c.start; k + 2 < c.end + 1 && k + 2 <= c.end; k++) {
      if (tokens.text[k + 1] !== '-' || tokens.spaceBefore[k + 1] || !know.allegiance.has(tokens.lower[k + 2])) continue;
      for (let s = c.start; s <= k; s++) {
        const m = know.index.longest(tokens, keys, s, k + 1);
        const v = m?.values.find((x) => x.type === 'country' || x.type === 'demonym') as { iso3: string } | undefined;
        if (m && v && s + m.length === k + 1) {
          extra.push({ type: 'country', start: s, end: k + 1, how: 'name', rule: tokens.lower[k + 2] === 'led' ? 'leader' : 'backer', sentence: c.sentence, iso3: v.iso3 });
          break;
        }
      }
    }
  }
  cands.push(...extra);
}

function samePerson(a: string[], b: string[]): boolean {
  if (a.length === 0 || b.length === 0) return false;
  // Same last name and the shorter name's parts all in the longer one ("Lecointre" ⊂ "Francois Lecointre").
  if (a[a.length - 1] !== b[b.length - 1]) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.every((p) => long.includes(p));
}

function personForDescription(c: Candidate, index: MentionIndex, know: Knowledge): Builder | null {
  let best: Builder | null = null;
  let bestDist = Infinity;
  // Before it within 4 sentences, or after it within 2 (a lead sentence names the person next).
  for (const { b, m } of index.inSentences(c.sentence - 4, c.sentence + 2)) {
    if (b.kind !== 'person' || b.key.startsWith('persondesc:')) continue;
    const country = b.country ?? (b.ref ? know.known.get(b.ref)?.country : null);
    if (c.iso3 && country && country !== c.iso3) continue;
    if (c.iso3 && !country) continue;
    if (c.sector && b.sector && c.sector !== b.sector) continue;
    const d = m.sentence - c.sentence;
    const dist = d >= 0 ? d + 0.5 : -d;
    if (dist < bestDist || (dist === bestDist && best && b.order < best.order)) {
      bestDist = dist;
      best = b;
    }
  }
  return best;
}

function isLocative(tokens: Tokens, token: number, know: Knowledge): boolean {
  return token > 0 && know.locative.has(tokens.lower[token - 1]);
}

/** The most salient entity accepted by `ok` mentioned before `c` (recency, subjecthood, frequency);
 * in the lead sentences with nothing before, the first one mentioned after it. */
function antecedent(c: Candidate, index: MentionIndex, ok: (b: Builder) => boolean): Builder | null {
  const scores = new Map<Builder, number>();
  for (const { b, m } of index.inSentences(c.sentence - 6, c.sentence)) {
    if (m.token >= c.start || !ok(b)) continue;
    const d = c.sentence - m.sentence;
    scores.set(b, (scores.get(b) ?? 0) + (1 / (1 + d)) * (m.subject ? 1.5 : 1) * (m.how === 'pronoun' ? 0.8 : 1));
  }
  let best: Builder | null = null;
  let bestScore = 0;
  for (const [b, score] of scores) {
    if (score > bestScore || (score === bestScore && best && b.order < best.order)) {
      bestScore = score;
      best = b;
    }
  }
  if (best || c.sentence > 1) return best;
  let firstAfter: { b: Builder; token: number } | null = null;
  for (const { b, m } of index.inSentences(c.sentence, c.sentence + 2)) {
    if (!ok(b) || m.token <= c.start) continue;
    if (!firstAfter || m.token < firstAfter.token || (m.token === firstAfter.token && b.order < firstAfter.b.order)) firstAfter = { b, token: m.token };
  }
  return firstAfter?.b ?? null;
}

/** A pronoun's antecedent: in its sentence, the nearest likely subject before it, else the nearest
 * compatible non-locative mention; else the previous sentence's first subject. */
function pronounAntecedent(c: Candidate, index: MentionIndex, tokens: Tokens, know: Knowledge): Builder | null {
  const ok = (b: Builder) =>
    c.group === 'person' ? b.kind === 'person'
    : c.group === 'thing' ? know.antecedentKinds.thing.has(b.kind)
    : know.antecedentKinds.plural.has(b.kind);
  type Hit = { b: Builder; token: number; subject: boolean; sentence: number };
  const hits: Hit[] = [];
  for (const { b, m } of index.inSentences(c.sentence - 2, c.sentence)) {
    if (m.token >= c.start || !ok(b)) continue;
    // A mention nested in a longer one of another entity (the leader in "US-led coalition") is not a candidate.
    if (m.rule === 'leader' || m.rule === 'backer' || m.rule === 'owner') continue;
    hits.push({ b, token: m.token, subject: m.subject, sentence: m.sentence });
  }
  if (!hits.length) return null;
  // Two entities mentioned at one token: the first created wins, whatever order they were added in.
  const byToken = (dir: number) => (x: Hit, y: Hit) => dir * (x.token - y.token) || x.b.order - y.b.order;
  const same = hits.filter((h) => h.sentence === c.sentence).sort(byToken(-1));
  const subj = same.find((h) => h.subject);
  if (subj) return subj.b;
  const near = same.find((h) => !isLocative(tokens, h.token, know));
  if (near) return near.b;
  for (let s = c.sentence - 1; s >= Math.max(0, c.sentence - 2); s--) {
    const inS = hits.filter((h) => h.sentence === s).sort(byToken(1));
    const first = inS.find((h) => h.subject) ?? inS.find((h) => !isLocative(tokens, h.token, know));
    if (first) return first.b;
  }
  return null;
}
