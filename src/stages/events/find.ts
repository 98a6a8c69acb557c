/**
 * @module Finding event mentions: trigger words (by lemma, from data/triggers.json) and, for each, its
 * arguments in the clause — who acts (the clause subject, or "by X" in the passive and after a noun),
 * who is acted on (the object, or "against/on/at X"), and who helps ("backed by X", "along with X").
 * No parser: a clause is a token range (from the attribution stage's clause layer when present), and
 * arguments are the entity mentions in it, read with the prepositions around them.
 */
import type { Entity, Sentence, Tokens } from '../../model/layers.js';
import { tokenRange } from '../../model/tokens.js';
import { firstStartingAt, startingIn } from '../../util/sorted.js';
import { eventWords, type EventKnowledge, type Trigger } from './knowledge.js';

/** An entity mention as a token range. */
export interface MentionRef {
  entity: Entity;
  start: number;
  end: number;
}

export interface Clause {
  start: number;
  end: number;
}

/** An event mention before deciding its status, place, time and ACLED type. */
export interface EventFrame {
  trigger: Trigger;
  /** Trigger tokens [start, end). */
  start: number;
  end: number;
  sentence: number;
  clause: Clause;
  actors: string[];
  recipients: string[];
  /** Entities that back or accompany the actors ("backed by", "along with"). */
  allies: string[];
  passive: boolean;
  nominal: boolean;
}

const LOCATIVE = eventWords().set.locativePrepositions;
const TARGETING = eventWords().set.targetPrepositions;
const OF_HEADS = eventWords().set.targetOfHeads;
const SUPPORT_VERBS = eventWords().set.supportVerbs;
/** Types whose recipient comes after "to" or "for": aid to X, support for X, a request to X. */
const TO_TYPES = eventWords().set.toRecipientTypes;
const QUANTIFIERS = eventWords().set.quantifiers;
const MEMBER_HEADS = eventWords().set.memberHeads;
const BLAME = eventWords().list.blamePhrases;
const BLAME_FIRST = new Set(BLAME.map((b) => b.split(' ')[0]));
const SPEECH = eventWords().set.speechVerbs;
const ALLY_CUES = eventWords().set.allyCues;
const PASSIVE_AUX = eventWords().set.passiveAuxiliaries;
const IRREGULAR_PARTICIPLES = eventWords().set.irregularParticiples;

/** Entity mentions as token ranges, outermost first at each start (a coalition before its leader). */
export function mentionRefs(entities: readonly Entity[], tokens: Tokens): MentionRef[] {
  const refs: MentionRef[] = [];
  for (const e of entities) {
    for (const m of e.mentions) {
      const [start, end] = tokenRange(tokens, m);
      if (end > start) refs.push({ entity: e, start, end });
    }
  }
  refs.sort((a, b) => a.start - b.start || b.end - a.end);
  // Nested mentions (the "US" in "US-led coalition") are not arguments of their own.
  const out: MentionRef[] = [];
  let coveredTo = -1;
  for (const r of refs) {
    if (r.start < coveredTo) continue;
    out.push(r);
    coveredTo = r.end;
  }
  return out;
}

const OPENERS = eventWords().set.clauseOpeners;
const SUBORDINATORS = eventWords().set.subordinators;
const THAT_CUES = eventWords().set.thatCues;

/** Predicate clauses of a sentence: cut at semicolons, relative pronouns after a comma, subordinators
 * that open a finite clause, and after speech verbs. */
export function fallbackClauses(tokens: Tokens, s: Sentence): Clause[] {
  const cuts = [s.tokenStart];
  for (let i = s.tokenStart + 1; i < s.tokenEnd; i++) {
    const w = tokens.lower[i];
    // A relative or subordinate clause ends where the main clause resumes: ", Takfiri militants are …".
    if (w === ',' && OPENERS.has(tokens.lower[cuts[cuts.length - 1]]) && startsFiniteClause(tokens, i + 1, s.tokenEnd)) cuts.push(i + 1);
    else if (w === ';' || w === ':') cuts.push(i + 1);
    else if ((w === 'which' || w === 'who' || w === 'whose') && (tokens.text[i - 1] === ',' || (tokens.pos[i - 1] === 'NOUN' && (tokens.pos[i + 1] === 'VERB' || tokens.pos[i + 1] === 'AUX')))) cuts.push(i);
    else if (SUBORDINATORS.has(w) && startsFiniteClause(tokens, i + 1, s.tokenEnd)) cuts.push(i);
    else if (i > s.tokenStart + 1 && tokens.pos[i] === 'VERB' && SPEECH.has(w) && i + 1 < s.tokenEnd && ['DET', 'PROPN', 'PRON', 'NUM'].includes(tokens.pos[i + 1]) && tokens.lower[i + 1] !== 'that') cuts.push(i + 1);
    else if (w === 'that' && i > s.tokenStart && (SPEECH.has(tokens.lower[i - 1]) || THAT_CUES.has(tokens.lower[i - 1]))) cuts.push(i + 1);
  }
  const out: Clause[] = [];
  for (let k = 0; k < cuts.length; k++) {
    const start = cuts[k];
    const end = k + 1 < cuts.length ? cuts[k + 1] : s.tokenEnd;
    if (end > start) out.push({ start, end });
  }
  return out;
}

/** A subject then a verb within a few tokens, before any comma: "after [the terror group] seized". */
function startsFiniteClause(tokens: Tokens, i: number, end: number): boolean {
  let nouns = 0;
  for (let k = i; k < end && k < i + 7; k++) {
    const pos = tokens.pos[k];
    if (tokens.text[k] === ',' || tokens.text[k] === ';') return false;
    if ((pos === 'VERB' || pos === 'AUX') && nouns > 0) return true;
    if (pos === 'NOUN' || pos === 'PROPN' || pos === 'PRON') nouns++;
    if (pos === 'VERB' || pos === 'AUX' || pos === 'ADP') return false;
  }
  return false;
}

export interface FindInput {
  tokens: Tokens;
  lemmaKeys: string[];
  lowerKeys: string[];
  sentences: readonly Sentence[];
  mentions: MentionRef[];
  clauseAt: (token: number) => Clause;
  know: EventKnowledge;
}

/** What argument finding reads once per text. */
interface FrameInput extends FindInput {
  /** The mention a blame phrase names, by sentence (null: none). */
  blamed: Map<number, MentionRef | null>;
  /** Mentions that help an actor ("backed by X", "along with X", "including X"), in text order. */
  allyMentions: Array<{ m: MentionRef; start: number; end: number; governorAt: number }>;
}

/** The mentions governed as helpers of an actor, with the governor's index. A governor found with the
 * sentence start as floor is the one found with any later floor at or before it. */
function allyMentions(tokens: Tokens, sentences: readonly Sentence[], mentions: MentionRef[]): FrameInput['allyMentions'] {
  const out: FrameInput['allyMentions'] = [];
  for (const m of mentions) {
    // Only a mention with "backed by", "along with" two words before, or "including" close before.
    const cue = tokens.lower[m.start - 2] ?? '';
    if (!ALLY_CUES.has(cue) && cue !== 'along' && !includingBefore(tokens, m.start)) continue;
    const g = governorAt(tokens, m, sentences[tokens.sentence[m.start]].tokenStart);
    if (!g) continue;
    if ((g.word === 'by' && ALLY_CUES.has(cue)) || (g.word === 'with' && cue === 'along') || g.word === 'including') out.push({ m, start: m.start, end: m.end, governorAt: g.at });
  }
  return out;
}

/** "including" among the four tokens before a mention (where its governor may stand). */
function includingBefore(tokens: Tokens, at: number): boolean {
  for (let k = at - 1; k >= 0 && k >= at - 4; k--) if (tokens.lower[k] === 'including') return true;
  return false;
}

/** Every trigger in the text with its arguments, in text order. */
export function findFrames(findInput: FindInput): EventFrame[] {
  const { tokens, sentences, mentions } = findInput;
  const input: FrameInput = { ...findInput, blamed: new Map(), allyMentions: allyMentions(tokens, sentences, mentions) };
  const frames: EventFrame[] = [];
  // Tokens inside a name ("Popular Protest Committee", "Operation Inherent Resolve") are not triggers.
  const inName = new Uint8Array(tokens.length);
  for (const m of mentions) {
    if (m.entity.kind === 'person' || m.entity.kind === 'organization' || m.entity.kind === 'armed_group' || m.entity.kind === 'militia' || m.entity.kind === 'operation' || m.entity.kind === 'igo' || m.entity.kind === 'ngo' || m.entity.kind === 'party' || m.entity.kind === 'media') {
      if (m.entity.known !== false || m.entity.kind === 'operation' || m.entity.kind === 'organization') for (let k = m.start; k < m.end; k++) inName[k] = 1;
    }
  }
  sentences.forEach((s, si) => {
    for (let i = s.tokenStart; i < s.tokenEnd; ) {
      const blocked = input.know.notEvents.longest(tokens, input.lowerKeys, i, s.tokenEnd) ?? input.know.notEvents.longest(tokens, input.lemmaKeys, i, s.tokenEnd);
      if (blocked) {
        i += blocked.length;
        continue;
      }
      const hit = inName[i] || tokens.kind[i] !== 'word' ? null : pick(construction(input, i, s.tokenEnd), bestTrigger(input, i, s.tokenEnd));
      if (!hit) {
        i++;
        continue;
      }
      const { trigger, length } = hit;
      const frame = argumentsOf(input, trigger, i, i + length, si, sentences[si]);
      frames.push(frame);
      i += length;
    }
  });
  return frames;
}

/** A construction (a verb and its object a few words apart) unless a set phrase starts at the same
 * word: "set fire to a camp" is arson, not a camp set up. */
function pick(c: { trigger: Trigger; length: number } | null, t: { trigger: Trigger; length: number } | null): { trigger: Trigger; length: number } | null {
  if (c && t && t.length >= 2) return t;
  return c ?? t;
}

function bestTrigger(input: FindInput, i: number, end: number): { trigger: Trigger; length: number } | null {
  const { tokens, know } = input;
  const byLemma = know.triggers.all(tokens, input.lemmaKeys, i, end);
  const byWord = know.triggers.all(tokens, input.lowerKeys, i, end);
  // Most words start no trigger. The phrases of each list come shortest first: both are read from the
  // end, merged longest first, the lemma's before the word's at equal length (no merged copy).
  let a = byLemma.length - 1;
  let b = byWord.length - 1;
  while (a >= 0 || b >= 0) {
    const c = b < 0 || (a >= 0 && byLemma[a].length >= byWord[b].length) ? byLemma[a--] : byWord[b--];
    for (const t of c.values) {
      const head = t.pos === 'noun' ? i + c.length - 1 : i;
      const pos = tokens.pos[head];
      // A verb form the tagger read as a noun or adjective ("Security forces shot him") still counts
      // when it is inflected (not the bare lemma, which is often a real noun: "a fire", "a march").
      if (t.pos === 'verb' && pos !== 'VERB' && pos !== 'AUX' && !((pos === 'ADJ' || pos === 'NOUN') && inflected(tokens.lower[head], t) && /(ed|t)$/.test(tokens.lower[head]))) continue;
      // A participle before a noun is an adjective ("armed men", "wounded soldiers"), not an act.
      if (t.pos !== 'noun' && c.length === 1 && pos === 'ADJ' && head + 1 < end && (tokens.pos[head + 1] === 'NOUN' || tokens.pos[head + 1] === 'PROPN')) continue;
      // The tagger reads some nouns as adjectives ("an offensive on the town"): a determiner before and a
      // preposition or the end after make it the head of its phrase.
      const headNoun = pos === 'ADJ' && (tokens.pos[i - 1] === 'DET' || (tokens.pos[i - 1] === 'ADJ' && tokens.pos[i - 2] === 'DET')) && (head + 1 >= end || tokens.pos[head + 1] === 'ADP' || tokens.pos[head + 1] === 'PUNCT');
      if (t.pos === 'noun' && pos !== 'NOUN' && pos !== 'PROPN' && !headNoun) continue;
      // A capitalized word inside a sentence is a name ("in March", "Operation Protest Shield").
      if (i > 0 && tokens.sentence[i - 1] === tokens.sentence[i] && /^[A-Z][a-z]/.test(tokens.text[i]) && tokens.text[i - 1] !== '“' && tokens.text[i - 1] !== '"') continue;
      // A trigger word as a plain modifier ("protest movement", "attack helicopter") is not an event.
      if (c.length === 1 && pos === 'NOUN' && i + 1 < end && tokens.pos[i + 1] === 'NOUN' && !['victory', 'control'].includes(tokens.lower[i + 1]) && !/s$/.test(tokens.lower[i]) && t.type !== 'ASSAULT') continue;
      return { trigger: t, length: c.length };
    }
  }
  return null;
}

/** The word is not the trigger phrase's first word as written (it is an inflected form). */
function inflected(word: string, t: Trigger): boolean {
  const space = t.phrase.indexOf(' ');
  return word !== (space < 0 ? t.phrase : t.phrase.slice(0, space));
}

/** A construction starting at token `i`: one of its verbs, then one of its objects within the window
 * before any other verb or a comma. The trigger spans both. */
function construction(input: FindInput, i: number, end: number): { trigger: Trigger; length: number } | null {
  const { tokens, know } = input;
  if (tokens.pos[i] !== 'VERB' && !(tokens.pos[i] === 'ADJ' && /ed$/.test(tokens.lower[i]))) return null;
  const byLemma = know.constructionsByVerb.get(tokens.lemma[i].toLowerCase());
  const byWord = know.constructionsByVerb.get(tokens.lower[i]);
  if (!byLemma && !byWord) return null;
  // The constructions of either form, in file order.
  const list = !byWord || byWord === byLemma ? byLemma! : !byLemma ? byWord : [...new Set([...byLemma, ...byWord])].sort((a, b) => a - b);
  for (const index of list) {
    const c = know.constructions[index];
    const trigger: Trigger = { phrase: c.name, type: c.type, mode: c.mode, pos: 'verb', strength: c.strength };
    for (let k = i + 1; k < end && k <= i + c.window; k++) {
      if (tokens.text[k] === ',' || tokens.pos[k] === 'VERB') break;
      if (c.objectSet.has(tokens.lower[k])) return { trigger, length: k - i + 1 };
    }
    // Passive: the object before the verb in the same sentence ("two firearms … were seized").
    if (c.direction === 'both') {
      const s = tokens.sentence[i];
      for (let k = i - 1; k >= 0 && k >= i - c.window && tokens.sentence[k] === s; k--) {
        if (c.objectSet.has(tokens.lower[k])) return { trigger, length: 1 };
        if (tokens.text[k] === ';') break;
      }
    }
  }
  return null;
}

const VICTIM_VERBS = eventWords().set.victimVerbs;

/** A verb of suffering before the trigger in its clause ("died from gunfire", "were killed in"). */
function victimVerbBefore(tokens: Tokens, from: number, at: number): boolean {
  for (let k = at - 2; k >= from && k >= at - 5; k--) if (VICTIM_VERBS.has(tokens.lower[k]) || VICTIM_VERBS.has(tokens.lemma[k])) return true;
  return false;
}

/** "launched", "conducting", "offering" (which the tagger may read as a noun). */
function isSupportVerb(tokens: Tokens, k: number): boolean {
  const pos = tokens.pos[k];
  if (pos !== 'VERB' && !(pos === 'NOUN' && /ing$/.test(tokens.lower[k]))) return false;
  if (SUPPORT_VERBS.has(tokens.lemma[k])) return true;
  const w = tokens.lower[k];
  const base = w.replace(/(ing|ed|es|s)$/, '');
  return SUPPORT_VERBS.has(base) || SUPPORT_VERBS.has(`${base}e`) || SUPPORT_VERBS.has(base.replace(/(.)\1$/, '$1'));
}

/** The outermost mention starting at or covering token `k`, if any. */
function mentionAt(mentions: MentionRef[], k: number): MentionRef | undefined {
  let lo = 0;
  let hi = mentions.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const m = mentions[mid];
    if (m.end <= k) lo = mid + 1;
    else if (m.start > k) hi = mid - 1;
    else return m;
  }
  return undefined;
}

/** Mentions inside [a, b) in order. */
function mentionsIn(mentions: MentionRef[], a: number, b: number): MentionRef[] {
  return startingIn(mentions, a, b).filter((m) => m.end <= b);
}

/** The word before a mention, skipping determiners and adjectives: the preposition that governs it
 * (with its index), or null. */
function governorAt(tokens: Tokens, m: MentionRef, floor: number): { word: string; at: number } | null {
  let nouns = 0;
  for (let k = m.start - 1; k >= floor && k >= m.start - 4; k--) {
    const pos = tokens.pos[k];
    const w = tokens.lower[k];
    if (pos === 'VERB' && /^(targeting|including|against)$/.test(w)) return { word: w, at: k };
    // "around 500 workers", "at least 9 women": a quantity, not a preposition.
    if ((pos === 'ADP' || pos === 'ADJ' || pos === 'ADV') && tokens.pos[k + 1] === 'NUM' && QUANTIFIERS.has(w)) continue;
    if (w === 'at' && tokens.lower[k + 1] === 'least') continue;
    if (pos === 'ADP' || pos === 'SCONJ') return { word: w, at: k };
    // Determiners, adjectives and participles used as adjectives ("purported Daesh targets").
    if (pos === 'DET' || pos === 'ADJ' || pos === 'NUM' || tokens.text[k] === '-' || pos === 'ADV' || (pos === 'VERB' && /(ed|ing)$/.test(w) && k === m.start - 1)) continue;
    // A noun modifier ("armed youth militias") but not a head of its own.
    if (pos === 'NOUN' && nouns++ === 0 && k === m.start - 1) continue;
    return null;
  }
  return null;
}

function governor(tokens: Tokens, m: MentionRef, floor: number): string | null {
  return governorAt(tokens, m, floor)?.word ?? null;
}

/** A mention after "of" whose head says it belongs to the target: "the positions of X". */
function ofTarget(tokens: Tokens, m: MentionRef, floor: number): boolean {
  const g = governorAt(tokens, m, floor);
  if (!g || g.word !== 'of') return false;
  return OF_HEADS.has(tokens.lower[g.at - 1] ?? '');
}

function isPassive(tokens: Tokens, start: number, clauseStart: number): boolean {
  const w = tokens.lower[start];
  if (!(/(ed|en)$/.test(w) || IRREGULAR_PARTICIPLES.has(w))) return false;
  for (let k = start - 1; k >= clauseStart && k >= start - 3; k--) {
    if (PASSIVE_AUX.has(tokens.lower[k])) return true;
    if (tokens.pos[k] !== 'ADV' && tokens.pos[k] !== 'AUX' && tokens.pos[k] !== 'PART') break;
  }
  // Reduced relative: "civilians killed by airstrikes".
  return start + 1 < tokens.length && tokens.lower[start + 1] === 'by';
}

function argumentsOf(input: FrameInput, trigger: Trigger, start: number, end: number, si: number, s: Sentence): EventFrame {
  const { tokens, mentions } = input;
  const clause = input.clauseAt(start);
  // A phrase led by a verb ("declared victory", "took control of") is verbal, whatever follows.
  const firstPos = tokens.pos[start];
  const nominal = trigger.pos === 'noun' || (trigger.pos !== 'verb' && firstPos !== 'VERB' && firstPos !== 'AUX' && (firstPos === 'NOUN' || firstPos === 'PROPN' || tokens.pos[end - 1] === 'NOUN'));
  const frame: EventFrame = { trigger, start, end, sentence: si, clause, actors: [], recipients: [], allies: [], passive: false, nominal };
  const add = (list: string[], m: MentionRef | undefined) => {
    if (m && !list.includes(m.entity.id)) list.push(m.entity.id);
  };
  // The mentions of the clause before and after the trigger, read by index (a clause may hold
  // thousands): mentions are in text order and do not overlap.
  let last = firstStartingAt(mentions, start) - 1;
  if (last >= 0 && mentions[last].end > start) last--;
  const prevMention = last >= 0 && mentions[last].start >= clause.start ? mentions[last] : undefined;
  const afterFrom = firstStartingAt(mentions, end);
  const afterAt = (n: number): MentionRef | undefined => {
    const m = mentions[afterFrom + n];
    return m && m.start < clause.end && m.end <= clause.end ? m : undefined;
  };

  // "clashes between X and Y", "fighting between X and Y".
  // … "erupted between", "broke out between".
  const betweenAt = [end, end + 1, end + 2].find((k) => tokens.lower[k] === 'between' && (k === end || tokens.pos[end] === 'VERB'));
  if (betweenAt !== undefined) {
    const from = betweenAt + 1;
    const first = firstStartingAt(mentions, from);
    const pair = mentions.slice(first, first + 2).filter((m) => m.start < clause.end && m.end <= clause.end);
    if (pair.length === 2) {
      add(frame.actors, pair[0]);
      add(frame.recipients, pair[1]);
      return frame;
    }
  }

  // "Four protesters died from gunfire", "two soldiers were killed in an attack": the subject is the
  // victim, and whoever acted is only named after "by".
  if (nominal && ['from', 'in', 'during', 'by', 'after', 'of'].includes(tokens.lower[start - 1] ?? '') && victimVerbBefore(tokens, clause.start, start)) {
    subjectBefore(tokens, mentions, clause, start, s).forEach((m) => add(frame.recipients, m));
    // … or right before the noun: "killed in a Russian airstrike", "wounded by Houthi shelling".
    const prev = prevMention;
    if (prev && prev.start >= start - 3 && start - prev.end <= 1 && !frame.recipients.includes(prev.entity.id)) add(frame.actors, prev);
    for (let n = 0, m = afterAt(0); m; m = afterAt(++n)) {
      if (m.start - end > 4) break;
      if (governor(tokens, m, end) === 'by') add(frame.actors, m);
    }
    return frame;
  }
  if (nominal) {
    // Actor: "X's attack", "Houthi attack", "coalition airstrikes" (a mention right before), or "by X".
    const prev = prevMention;
    if (prev && start - prev.end <= 2 && !/^(of|in|at|on|against)$/.test(tokens.lower[prev.end] ?? '')) add(frame.actors, prev);
    for (let n = 0, m = afterAt(0); m; m = afterAt(++n)) {
      if (m.start - end > 4) break;
      if (governor(tokens, m, end) === 'by') {
        add(frame.actors, m);
        break;
      }
    }
    // Or the subject of a verb that carries the noun: "launched a military operation", "conducting airstrikes".
    if (!frame.actors.length) {
      for (let k = start - 1; k >= clause.start && k >= start - 6; k--) {
        if (isSupportVerb(tokens, k)) {
          const subj = subjectBefore(tokens, mentions, clause, k, s);
          subj.forEach((m) => add(frame.actors, m));
          break;
        }
      }
    }
    // Target: "on/against/targeting X", "the positions of X".
    for (let n = 0, m = afterAt(0); m; m = afterAt(++n)) {
      const g = governor(tokens, m, end);
      if (g && ((TARGETING.has(g) && (g !== 'with' || governorAt(tokens, m, end)?.at === end)) || ofTarget(tokens, m, end) || (TO_TYPES.has(trigger.type) && (g === 'to' || g === 'for')))) {
        add(frame.recipients, m);
        coordinated(tokens, mentions, m, clause).forEach((c) => add(frame.recipients, c));
        break;
      }
    }
  } else if (isPassive(tokens, start, clause.start)) {
    frame.passive = true;
    subjectBefore(tokens, mentions, clause, start, s).forEach((m) => add(frame.recipients, m));
    for (let n = 0, m = afterAt(0); m; m = afterAt(++n)) {
      if (governor(tokens, m, end) === 'by') {
        add(frame.actors, m);
        coordinated(tokens, mentions, m, clause).forEach((c) => add(frame.actors, c));
        break;
      }
    }
  } else {
    subjectBefore(tokens, mentions, clause, start, s).forEach((m) => add(frame.actors, m));
    // The object comes before the next verb ("attacked them …, killing five of them over …").
    let objectEnd = end;
    while (objectEnd < clause.end && objectEnd - end < 10 && !(objectEnd > end + 1 && (tokens.pos[objectEnd] === 'VERB' || tokens.pos[objectEnd] === 'AUX'))) objectEnd++;
    for (let n = 0, m = afterAt(0); m; m = afterAt(++n)) {
      if (m.start >= objectEnd) break;
      const g = governor(tokens, m, end);
      if (g === null || (TARGETING.has(g) && (g !== 'with' || governorAt(tokens, m, end)?.at === end)) || ofTarget(tokens, m, end)) {
        add(frame.recipients, m);
        coordinated(tokens, mentions, m, clause).forEach((c) => add(frame.recipients, c));
        break;
      }
      if (g && LOCATIVE.has(g)) continue;
    }
  }
  // "died in a raid blamed on the rebels", "claimed by the insurgents".
  if (!frame.actors.length && (trigger.type === 'ASSAULT' || trigger.type === 'COERCE')) {
    let blame = input.blamed.get(si);
    if (blame === undefined) input.blamed.set(si, (blame = blamedActor(tokens, mentions, s) ?? null));
    if (blame && !frame.recipients.includes(blame.entity.id)) add(frame.actors, blame);
  }
  // An evaluation ("the presence of X is illegitimate"): X is its target; who judges is the speaker.
  if (trigger.type === 'ACCUSE' && tokens.pos[start] === 'ADJ') {
    frame.recipients = [];
    frame.actors = [];
    for (const m of mentionsIn(mentions, clause.start, start)) add(frame.recipients, m);
    if (clause.start > s.tokenStart) {
      for (const m of mentionsIn(mentions, s.tokenStart, clause.start)) {
        const g = governorAt(tokens, m, s.tokenStart);
        if (!g || g.at === s.tokenStart) {
          add(frame.actors, m);
          break;
        }
      }
    }
  }
  // Helpers of the actors: "backed by X", "along with X", "including X" (the mentions so governed
  // are listed once per text, each with where its governor stands).
  for (let k = firstStartingAt(input.allyMentions, Math.max(clause.start, s.tokenStart)); k < input.allyMentions.length && input.allyMentions[k].start < start; k++) {
    const a = input.allyMentions[k];
    if (a.end <= start && a.governorAt >= clause.start) add(frame.allies, a.m);
  }
  frame.allies = frame.allies.filter((a) => !frame.actors.includes(a) && !frame.recipients.includes(a));
  frame.recipients = frame.recipients.filter((r) => !frame.actors.includes(r));
  return frame;
}

/** The clause's subject before token `k`: its first mention not governed by a preposition (and any
 * mention coordinated with it); for a clause with none (a participle: "…, killing 6 civilians"), the
 * sentence's first such mention. */
function subjectBefore(tokens: Tokens, mentions: MentionRef[], clause: Clause, k: number, s: Sentence): MentionRef[] {
  const pick = (a: number, b: number): MentionRef[] => {
    for (const m of mentionsIn(mentions, a, b)) {
      const g = governorAt(tokens, m, a);
      // "members of the CJNG executed …": X is who acts.
      const memberOf = g?.word === 'of' && MEMBER_HEADS.has(tokens.lower[g.at - 1] ?? '') && !governorAt(tokens, { entity: m.entity, start: g.at - 1, end: g.at }, a);
      if (g && g.word !== 'that' && g.at !== a && !memberOf) continue;
      // "in San Mateo, Mexico, a group …": a country after a place name is part of the location.
      if (m.entity.kind === 'country' && tokens.text[m.start - 1] === ',' && /^[A-Z]/.test(tokens.text[m.start - 2] ?? '')) continue;
      // A relative clause's own subject is its antecedent ("Russia, which has been offering…").
      return [m, ...coordinated(tokens, mentions, m, { start: a, end: b })];
    }
    return [];
  };
  const inClause = pick(clause.start, k);
  if (inClause.length) return inClause;
  const rel = tokens.lower[clause.start];
  if (rel === 'which' || rel === 'who' || rel === 'that') {
    const ante = mentionAt(mentions, clause.start - 2) ?? mentionAt(mentions, clause.start - 1);
    if (ante) return [ante];
  }
  // A clause with a subject of its own that is not an actor ("nobody has invited them") has none;
  // one without (a participle, "…, killing 6 civilians") takes the sentence's.
  for (let j = clause.start; j < k; j++) {
    const pos = tokens.pos[j];
    if ((pos === 'NOUN' || pos === 'PRON' || pos === 'PROPN') && !['which', 'who', 'that', 'what'].includes(tokens.lower[j])) return [];
    if (pos === 'VERB' || pos === 'AUX') break;
  }
  if (clause.start > s.tokenStart) return pick(s.tokenStart, clause.start);
  return [];
}

/** The mention after a blame phrase in the sentence ("attributed to X", "claimed by X"). */
function blamedActor(tokens: Tokens, mentions: MentionRef[], s: Sentence): MentionRef | undefined {
  const words = tokens.lower;
  for (let k = s.tokenStart; k < s.tokenEnd; k++) {
    if (!BLAME_FIRST.has(words[k])) continue;
    for (const phrase of BLAME) {
      const parts = phrase.split(' ');
      if (parts.every((p, j) => words[k + j] === p)) {
        const from = k + parts.length;
        const m = startingIn(mentions, from, from + 4).find((x) => x.end <= s.tokenEnd);
        if (m) return m;
      }
    }
  }
  return undefined;
}

/** Mentions joined to `m` by "and" or a comma list: "civilians and army soldiers". */
function coordinated(tokens: Tokens, mentions: MentionRef[], m: MentionRef, clause: Clause): MentionRef[] {
  const out: MentionRef[] = [];
  let cur = m;
  for (;;) {
    let k = cur.end;
    if (tokens.text[k] === ',') k++;
    if (tokens.lower[k] === 'and' || tokens.lower[k] === 'or') k++;
    else if (k === cur.end) break;
    let next = mentionAt(mentions, k);
    if ((!next || next.start !== k) && tokens.lower[k] === 'other') next = mentionAt(mentions, k + 1);
    if (!next || (next.start !== k && next.start !== k + 1) || next.end > clause.end) break;
    out.push(next);
    cur = next;
  }
  return out;
}
