/**
 * @module The actors' knowledge: countries (from world-countries, plus sitrep's additions), known
 * armed groups, organisations and people, state organs, titles, generic actors, descriptions,
 * pronouns and metonymy cues — loaded from data files once and compiled into one phrase index.
 */
import { createRequire } from 'node:module';
import type { EntityKind } from '../../model/layers.js';
import { readJson, stageDataPath } from '../../util/data.js';
import { foldKey, isAllCaps } from '../../util/text.js';
import { tokenizePhrases } from '../segment/wink.js';
import { PhraseIndex } from '../../util/phrase-index.js';

export interface Country {
  iso3: string;
  iso2: string;
  name: string;
  demonym: string;
}

export interface KnownActor {
  id: string;
  name: string;
  kind: EntityKind;
  country: string | null;
  sector: string | null;
  aliases: string[];
  parent: string | null;
  role?: string;
  note?: string;
}

export interface GenericClass {
  id: string;
  name: string;
  kind: EntityKind;
  sector: string;
  focus: boolean;
}

/** What a phrase of the index can be; one phrase may be several ("Saudi": country name and demonym). */
export type Lex =
  | { type: 'known'; ref: string }
  | { type: 'country'; iso3: string }
  | { type: 'demonym'; iso3: string }
  | { type: 'people'; iso3: string }
  | { type: 'capital'; iso3: string }
  | { type: 'seat'; iso3: string; sector: string }
  | { type: 'organ'; sector: string; needsCountry: boolean }
  | { type: 'organMod' }
  /** What a state's armed forces carry out or fly (data/organs.json `attacks`). */
  | { type: 'attack' }
  | { type: 'title'; sector: string | null }
  | { type: 'honorific' }
  | { type: 'generic'; cls: string }
  | { type: 'description'; kinds: EntityKind[] }
  | { type: 'descMod' }
  | { type: 'pronoun'; group: 'person' | 'thing' | 'plural' };

export interface Knowledge {
  index: PhraseIndex<Lex>;
  countries: Map<string, Country>;
  known: Map<string, KnownActor>;
  organSectors: Record<string, { kind: EntityKind; name: string }>;
  /** Nouns that continue an organ phrase ("police team", "army patrol"). */
  organContinuations: Set<string>;
  /** Organ nouns for institutions, which may modify another noun ("army base"). */
  organInstitutions: Set<string>;
  /** Organ nouns that keep the sector of a more specific one before them ("police forces"). */
  organGeneric: Set<string>;
  generic: Map<string, GenericClass>;
  personVerbs: Set<string>;
  metonymyVerbs: Set<string>;
  relational: Set<string>;
  /** Nouns a capital can possess as an actor ("Moscow's support"). */
  possessed: Set<string>;
  orgHeads: Map<string, EntityKind>;
  orgStarts: PhraseIndex<EntityKind>;
  orgConnectors: Set<string>;
  allegiance: Set<string>;
  expletive: { after: Set<string>; followers: Set<string> };
  /** The entity kinds a 'thing' or a 'plural' pronoun may refer to. */
  antecedentKinds: { thing: Set<string>; plural: Set<string> };
  /** Prepositions after which a mention is a circumstance, not a likely antecedent. */
  locative: Set<string>;
  determiners: Set<string>;
  /** Folded surnames of known people that may be used alone. */
  knownSurnames: Map<string, string>;
  /** The same, by known actor id: the surnames a known person goes by alone. */
  surnamesOf: Map<string, string[]>;
}

interface KnownFile {
  entries: Array<KnownActor & { caseSensitive?: string[] }>;
}

interface WorldCountry {
  name: { common: string; official: string };
  altSpellings: string[];
  demonyms?: { eng?: { m: string; f: string } };
  capital: string[];
  cca2: string;
  cca3: string;
  unMember?: boolean;
  independent?: boolean | null;
}

interface CountryOverlay {
  /** The name sitrep uses for the country, when not world-countries' common name. */
  name?: string;
  names?: string[];
  demonyms?: string[];
  plural?: string[];
  capitals?: string[];
  seats?: Record<string, string>;
}

let countryTable: Map<string, string> | undefined;

/** Country names by ISO alpha-3, as sitrep names them (for naming actors the way ACLED does). */
export function countryName(iso3: string): string {
  if (!countryTable) {
    countryTable = new Map();
    const require = createRequire(import.meta.url);
    const world = require('world-countries/countries.json') as WorldCountry[];
    const overlay = readJson<{ countries: Record<string, CountryOverlay> }>(stageDataPath('actors', 'countries.json')).countries;
    for (const c of world) countryTable.set(c.cca3, overlay[c.cca3]?.name ?? c.name.common);
  }
  return countryTable.get(iso3) ?? iso3;
}

export interface KnowledgeOptions {
  /** Extra knowledge files in the groups/organizations/people format (users' own actors). */
  extraFiles?: readonly string[];
}

const KNOWN_FILES = ['groups.json', 'organizations.json', 'people.json'];

export function loadKnowledge(options: KnowledgeOptions = {}): Knowledge {
  const index = new PhraseIndex<Lex>();
  const queue: Array<{ phrase: string; lex: Lex; exact?: boolean }> = [];
  const add = (phrase: string, lex: Lex, exact?: boolean) => {
    if (phrase.trim()) queue.push({ phrase, lex, exact });
  };

  // ---------------------------------------------------------------- countries
  const require = createRequire(import.meta.url);
  const world = require('world-countries/countries.json') as WorldCountry[];
  const overlay = readJson<{ countries: Record<string, CountryOverlay> }>(stageDataPath('actors', 'countries.json')).countries;
  const countries = new Map<string, Country>();
  const seenNames = new Set<string>();
  // Sovereign states first, so a demonym shared with a territory ("French": France and the French
  // Southern Lands) or a short name goes to the state.
  const ordered = [...world].sort((a, b) => Number(b.independent === true) - Number(a.independent === true));
  const demonymOwner = new Map<string, string>();
  for (const c of ordered) for (const d of overlay[c.cca3]?.demonyms ?? []) demonymOwner.set(foldKey(d), c.cca3);
  for (const c of ordered) {
    const extra = overlay[c.cca3] ?? {};
    const names = extra.names?.length ? extra.names : [c.name.common];
    const demonym = extra.demonyms?.[0] ?? c.demonyms?.eng?.m ?? c.name.common;
    countries.set(c.cca3, { iso3: c.cca3, iso2: c.cca2, name: extra.name ?? c.name.common, demonym });
    // Alternate spellings: long ASCII ones only (two-letter codes and native-script names are noise).
    const alternates = c.altSpellings.filter((s) => s.length > 3 && !/[^\x00-\x7f]/.test(s));
    for (const n of new Set([c.name.common, c.name.official, ...names, ...alternates])) {
      if (!n || seenNames.has(foldKey(n))) continue;
      seenNames.add(foldKey(n));
      add(n, { type: 'country', iso3: c.cca3 });
    }
    const demonyms = new Set([...(extra.demonyms ?? []), ...(c.demonyms?.eng ? [c.demonyms.eng.m, c.demonyms.eng.f] : [])]);
    for (const d of demonyms) {
      if (!d) continue;
      const owner = demonymOwner.get(foldKey(d));
      if (owner && owner !== c.cca3) continue;
      demonymOwner.set(foldKey(d), c.cca3);
      add(d, { type: 'demonym', iso3: c.cca3 }, false);
    }
    if (c.independent !== true && !extra.names) continue;
    const plurals = new Set(extra.plural ?? [...demonyms].filter((d) => /(an|i|e)$/.test(d) && !/ese$/.test(d)).map((d) => `${d}s`));
    for (const p of plurals) add(p, { type: 'people', iso3: c.cca3 }, false);
    for (const cap of new Set([...(c.capital ?? []), ...(extra.capitals ?? [])])) if (cap) add(cap, { type: 'capital', iso3: c.cca3 }, false);
    for (const [seat, sector] of Object.entries(extra.seats ?? {})) add(seat, { type: 'seat', iso3: c.cca3, sector });
  }

  // ---------------------------------------------------------------- known actors
  const known = new Map<string, KnownActor>();
  const knownSurnames = new Map<string, string>();
  const files = [...KNOWN_FILES.map((f) => stageDataPath('actors', f)), ...(options.extraFiles ?? [])];
  for (const file of files) {
    let data: KnownFile;
    try {
      data = readJson<KnownFile>(file);
    } catch (error) {
      // The shipped files are optional one by one (a trimmed install may lack people.json); a user's are not.
      if (options.extraFiles?.includes(file)) throw error;
      continue;
    }
    for (const e of data.entries ?? []) {
      if (!e.id || !e.name || !e.kind) throw new Error(`${file}: every entry needs id, name and kind (${JSON.stringify(e).slice(0, 80)})`);
      known.set(e.id, { ...e, aliases: e.aliases ?? [], parent: e.parent ?? null, country: e.country ?? null, sector: e.sector ?? null });
      const exact = new Set(e.caseSensitive ?? []);
      for (const n of [e.name, ...(e.aliases ?? [])]) add(n, { type: 'known', ref: e.id }, exact.has(n) ? true : undefined);
      if (e.kind === 'person') {
        const parts = e.name.split(/\s+/);
        if (parts.length > 1) {
          const last = parts[parts.length - 1];
          if ((e.aliases ?? []).includes(last)) knownSurnames.set(foldKey(last), e.id);
        }
      }
    }
  }

  // ---------------------------------------------------------------- organs, titles, generic actors
  const organs = readJson<{
    sectors: Record<string, { kind: EntityKind; name: string }>;
    nouns: Record<string, string>;
    modifiers: string[];
    needsCountry: string[];
    continuations?: string[];
    institutions?: string[];
    generic?: string[];
    attacks?: string[];
  }>(stageDataPath('actors', 'organs.json'));
  const needsCountry = new Set(organs.needsCountry);
  for (const [noun, sector] of Object.entries(organs.nouns)) add(noun, { type: 'organ', sector, needsCountry: needsCountry.has(noun) }, false);
  for (const m of organs.modifiers) add(m, { type: 'organMod' }, false);
  for (const a of organs.attacks ?? []) add(a, { type: 'attack' }, false);

  const titles = readJson<{ titles: Record<string, string | null>; honorifics: string[]; personVerbs: string[] }>(stageDataPath('actors', 'titles.json'));
  for (const [t, sector] of Object.entries(titles.titles)) add(t, { type: 'title', sector }, false);
  for (const h of titles.honorifics) add(h, { type: 'honorific' }, false);

  const genericFile = readJson<{
    groups: Record<string, { name: string; kind: EntityKind; sector: string; focus: boolean; nouns: string[] }>;
    allegiance: { prefixes: string[] };
  }>(stageDataPath('actors', 'generic.json'));
  const generic = new Map<string, GenericClass>();
  for (const [id, g] of Object.entries(genericFile.groups)) {
    generic.set(id, { id, name: g.name, kind: g.kind, sector: g.sector, focus: g.focus });
    for (const n of g.nouns) add(n, { type: 'generic', cls: id }, false);
  }

  const desc = readJson<{ heads: Record<string, EntityKind[]>; modifiers: string[]; determiners: string[] }>(stageDataPath('actors', 'descriptions.json'));
  for (const [head, kinds] of Object.entries(desc.heads)) add(head, { type: 'description', kinds }, false);
  for (const m of desc.modifiers) add(m, { type: 'descMod' }, false);

  const pronouns = readJson<{ person: string[]; thing: string[]; plural: string[]; expletive: string[]; expletiveFollowers: string[]; antecedentKinds: { thing: string[]; plural: string[] }; locativePrepositions: string[] }>(
    stageDataPath('actors', 'pronouns.json'),
  );
  for (const group of ['person', 'thing', 'plural'] as const) for (const p of pronouns[group]) add(p, { type: 'pronoun', group }, false);

  const meto = readJson<{ verbs: string[]; relational: string[]; possessed: string[] }>(stageDataPath('actors', 'metonymy.json'));
  const orgwords = readJson<{ heads: Record<string, EntityKind>; starts: Record<string, EntityKind>; connectors: string[] }>(
    stageDataPath('actors', 'orgwords.json'),
  );
  const orgStarts = new PhraseIndex<EntityKind>();
  const starts = Object.entries(orgwords.starts);
  tokenizePhrases(starts.map(([s]) => s)).forEach((toks, k) => orgStarts.add(toks, starts[k][1]));

  const tokenized = tokenizePhrases(queue.map((q) => q.phrase));
  queue.forEach(({ phrase, lex, exact }, k) => {
    const toks = tokenized[k];
    if (toks.length === 0) return;
    // Short all-capital acronyms ("US", "IS", "UN") are ordinary words in lower case.
    const letters = phrase.replace(/[^\p{L}]/gu, '');
    const mustMatchCase = exact ?? (isAllCaps(letters) && letters.length <= 4);
    index.add(toks, lex, mustMatchCase);
    // "al-Qaeda" is also written "al Qaeda".
    if (toks.includes('-') && toks.length > 2) index.add(toks.filter((t) => t !== '-'), lex, mustMatchCase);
  });

  return {
    index,
    countries,
    known,
    organSectors: organs.sectors,
    organContinuations: new Set(organs.continuations ?? []),
    organInstitutions: new Set(organs.institutions ?? []),
    organGeneric: new Set(organs.generic ?? []),
    generic,
    personVerbs: new Set(titles.personVerbs),
    metonymyVerbs: new Set(meto.verbs),
    relational: new Set(meto.relational),
    possessed: new Set(meto.possessed),
    orgHeads: new Map(Object.entries(orgwords.heads)),
    orgStarts,
    orgConnectors: new Set(orgwords.connectors),
    allegiance: new Set(genericFile.allegiance.prefixes),
    expletive: { after: new Set(pronouns.expletive), followers: new Set(pronouns.expletiveFollowers) },
    antecedentKinds: { thing: new Set(pronouns.antecedentKinds.thing), plural: new Set(pronouns.antecedentKinds.plural) },
    locative: new Set(pronouns.locativePrepositions),
    determiners: new Set(desc.determiners),
    knownSurnames,
    surnamesOf: invert(knownSurnames),
  };
}

function invert(bySurname: ReadonlyMap<string, string>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [surname, ref] of bySurname) out.set(ref, [...(out.get(ref) ?? []), surname]);
  return out;
}
