/**
 * @module Deciding each event: its status and attribution (from the attribution stage's clause
 * layer, else local cues), its place (the most specific place the clause names, else the one that
 * scopes it), its time (the clause's, else the paragraph's last date, else the publication date, marked
 * as such), its mode, casualties, ACLED type and CAMEO root, and a confidence; then the mentions of one
 * event within the article are merged.
 */
import type { Entity, EventStatus, ImpliedTime, Place, Sentence, SitrepEvent, Timex, Tokens } from '../../model/layers.js';
import type { Span, TextSpan } from '../../model/span.js';
import { tokenAtOrAfter } from '../../model/tokens.js';
import { firstStartingAt } from '../../util/sorted.js';
import { countryName } from '../actors/knowledge.js';
import { findCasualties, type Casualties } from './casualties.js';
import type { EventFrame } from './find.js';
import type { PhraseIndex, PhraseMatch } from '../../util/phrase-index.js';
import { eventWords, wordsPattern, type EventKnowledge } from './knowledge.js';

/** The part of the attribution stage's `statuses` layer events read (structural, so the stages stay
 * independent). */
export interface ClauseStatusLike {
  tokenStart: number;
  tokenEnd: number;
  status: string;
  flags: string[];
  quote: string | null;
  claim: string | null;
  claimType: string | null;
  speaker: string | null;
}

export interface StatusLayerLike {
  clauses: ClauseStatusLike[];
  clauseOf: Int32Array;
}


export interface DecideInput {
  text: string;
  tokens: Tokens;
  sentences: readonly Sentence[];
  entities: readonly Entity[];
  places: readonly Place[];
  times: readonly Timex[];
  statuses: StatusLayerLike | null;
  published: string | null;
  know: EventKnowledge;
  /** Folded token keys by surface form and by lemma. */
  keys: { lower: string[]; lemma: string[] };
}

const SPECIFICITY: Record<string, number> = { PPLX: 6, PPL: 6, PPLA: 6, PPLA2: 6, PPLA3: 6, PPLA4: 6, PPLC: 6, PPLL: 6, ADM3: 5, ADM2: 4, ADM1: 3, RGN: 2, PCLI: 1, PCL: 1, PCLD: 1 };
const PLACE_NOUNS = eventWords().set.placeNouns;
const ARMED_SECTORS = eventWords().set.armedSectors;
const PLACE_PREPS = eventWords().set.placePrepositions;
const NEGATORS = eventWords().set.negators;
const FUTURE = eventWords().set.futureModals;
const PLAN = eventWords().set.planCues;
const ALLEGE = eventWords().set.allegationCues;
const REPORT = eventWords().set.reportCues;
const INCAPABLE = eventWords().set.incapableCues;
const BACKGROUND_OPENERS = eventWords().set.backgroundOpeners;
const GRIEVANCE_CUES = eventWords().set.grievanceCues;
const BAN_CUES = eventWords().set.banCues;
const PROTEST_REASON_CUES = eventWords().set.protestReasonCues;
const ABSTRACT_TARGETS = eventWords().set.abstractTargets;
const BACKGROUND_PREPOSITIONS = eventWords().set.backgroundPrepositions;

export function decideEvents(frames: EventFrame[], input: DecideInput): SitrepEvent[] {
  const { text, tokens, sentences, entities, published, know } = input;
  const byId = new Map(entities.map((e) => [e.id, e]));
  // Place names inside other names ("Washington Post") or used as modifiers ("US-led") locate nothing.
  const placeToks = bySentence(
    input.places.filter((p) => p.mention !== 'embedded' && p.mention !== 'modifier').map((p) => ({ p, start: tokenAtOrAfter(tokens, p.start), end: tokenAtOrAfter(tokens, p.end - 1) + 1 })),
    tokens,
  );
  const timeToks = bySentence(
    input.times.filter((t) => t.type === 'DATE' || t.type === 'TIME').map((t) => ({ t, start: tokenAtOrAfter(tokens, t.start), end: tokenAtOrAfter(tokens, t.end - 1) + 1 })),
    tokens,
  );
  const timeValue = new Map(input.times.map((t) => [t.id, t.value]));
  // Per-paragraph first sentence, and each frame's rank among the frames of its sentence (frames come
  // in text order), computed once rather than per frame.
  const firstOfParagraph = new Map<number, number>();
  sentences.forEach((x, k) => firstOfParagraph.has(x.paragraph) || firstOfParagraph.set(x.paragraph, k));
  const rankInSentence = new Int32Array(frames.length);
  frames.forEach((f, k) => (rankInSentence[k] = k > 0 && frames[k - 1].sentence === f.sentence ? rankInSentence[k - 1] + 1 : 0));
  const focusPlace = focusCountryPlace(input.places);
  const events: Array<SitrepEvent & { _frame: EventFrame; _cues: CueSet; _civilianTarget: boolean }> = [];
  const sentenceCueSets = new Map<number, CueSet>();
  // Read once per clause or sentence, not once per frame: a long one-sentence text has thousands of
  // frames in one clause.
  const clauseCueSets = new Map<number, { end: number; cues: CueSet }>();
  const sentenceCasualties = new Map<number, Casualties>();
  const reportWords = new Map<number, ReportWords>();
  const reportIn = (clause: { start: number; end: number }): ReportWords => {
    let r = reportWords.get(clause.start);
    if (r?.end !== clause.end) reportWords.set(clause.start, (r = reportWordsIn(tokens, clause.start, clause.end)));
    return r;
  };

  frames.forEach((f, frameIndex) => {
    const s = sentences[f.sentence];
    // Communication and cooperation need someone who does them; an act of force, a protest, a move of
    // troops, or a strong report of an agreement ("a ceasefire agreement was signed") stand alone.
    const standsAlone = ['ASSAULT', 'COERCE', 'PROTEST', 'RETREAT', 'MOBILIZE'].includes(f.trigger.type) || (['AGREE', 'AID', 'SANCTION'].includes(f.trigger.type) && f.trigger.strength >= 0.7);
    if (!standsAlone && f.actors.length === 0) return;
    // A protest named as what is banned ("extended the ban on all marches and protests") did not happen.
    if (f.trigger.type === 'PROTEST' && f.nominal && bannedBefore(tokens, f.clause.start, f.start)) return;
    // A fight against a disease or a social ill ("the fight against coronavirus", "battle the
    // pandemic", "the lockdown kills tourism") is no violence.
    if (f.trigger.type === 'ASSAULT' && abstractTarget(tokens, f.end, s.tokenEnd)) return;
    // A weak word of movement ("arrived", "joined") is a deployment only when armed forces make it:
    // a person arriving in a city is not one.
    if (f.trigger.type === 'MOBILIZE' && f.trigger.strength < 0.4 && !f.actors.some((a) => ARMED_SECTORS.has(byId.get(a)?.sector ?? ''))) return;

    const status = statusOf(f, input, reportIn);
    let actors = f.actors;
    let recipients = f.recipients;
    // "declared victory against X": X is the one that concedes, by the declarer's account.
    if (f.trigger.mode === 'victory-claim') {
      if (actors[0] && !status.attributedTo) status.attributedTo = actors[0];
      if (status.status === 'asserted') status.status = 'reported';
      [actors, recipients] = [recipients, actors];
    }
    // An evaluation ("is illegitimate") is the speaker's accusation of the clause's subject.
    if (f.trigger.type === 'ACCUSE' && tokens.pos[f.start] === 'ADJ' && status.speaker && !actors.length) actors = [status.speaker];
    recipients = recipients.filter((r) => !actors.includes(r));

    let clauseCues = clauseCueSets.get(f.clause.start);
    if (f.trigger.type === 'ASSAULT' && clauseCues?.end !== f.clause.end) clauseCueSets.set(f.clause.start, (clauseCues = { end: f.clause.end, cues: cueSet(tokens, input.keys, f.clause.start, f.clause.end, know) }));
    const mode = f.trigger.type === 'ASSAULT' ? modeOf(f, clauseCues!.cues, know) : f.trigger.mode;
    const place = placeOf(f, s, placeToks, tokens, sentences) ?? (focusPlace ? { place: focusPlace, precision: 'country' as const } : null);
    const time = timeOf(f, s, timeToks, sentences, tokens);
    const future = status.status === 'forecast' || status.status === 'pledged' || status.status === 'planned';
    // "the French troop contingent -- currently more than 1,000-strong": a present or past reference
    // does not date a pledge or a forecast; it happens after publication.
    if (future && time.id && /^(PRESENT_REF|PAST_REF)$/.test(timeValue.get(time.id) ?? '')) time.id = null;
    if (!time.id) time.implied = future ? futureTime(published) : impliedTime(published);
    let casualties: Casualties | null = null;
    if (f.trigger.type === 'ASSAULT' || f.trigger.type === 'COERCE') {
      // The sentence's counts, shared by its events (read-only).
      casualties = sentenceCasualties.get(f.sentence) ?? null;
      if (!casualties) sentenceCasualties.set(f.sentence, (casualties = findCasualties(text, tokens, s.tokenStart, s.tokenEnd, know)));
    }
    let cues = sentenceCueSets.get(f.sentence);
    if (!cues) sentenceCueSets.set(f.sentence, (cues = cueSet(tokens, input.keys, s.tokenStart, s.tokenEnd, know)));
    // A protest is read by the words before what it is about ("… demanding justice for the men who
    // burned the mill" does not make it a riot).
    if (f.trigger.type === 'PROTEST') {
      const reason = reasonStart(tokens, f.end, s.tokenEnd);
      if (reason < s.tokenEnd) cues = cueSet(tokens, input.keys, Math.max(s.tokenStart, f.start - CUE_REACH), reason, know);
    }
    // A violent act on a village, a home or a market targets civilians, named or not.
    const civilianTarget = f.trigger.type === 'ASSAULT' && recipients.length === 0 && civilianObject(tokens, f, know);
    const acled = acledOf(f.trigger.type, mode, actors.map((a) => byId.get(a)), recipients.map((r) => byId.get(r)), cues, know, civilianTarget);
    const trigger = span(text, tokens, f.start, f.end);
    const evidence = span(text, tokens, f.clause.start, f.clause.end);
    // Confidence grows with the trigger's strength and the arguments found; the lead sentence, which
    // states what the report is about, counts a little more than later detail.
    // Within the lead sentence, the first event reported is the one the report is about.
    const lead = f.sentence === firstOfParagraph.get(s.paragraph) && f.sentence <= 1 ? Math.max(0.02, 0.1 - 0.03 * rankInSentence[frameIndex]) : 0;
    // An event told in a relative or subordinate clause is background to the sentence's own.
    // … and so is one named after a preposition of time or cause ("signed a truce after months of
    // fighting", "amid clashes") or as the goal of an act ("freed detainees to move the talks
    // forward").
    const background = (BACKGROUND_OPENERS.has(tokens.lower[f.clause.start]) && f.clause.start > s.tokenStart) || (f.nominal && (afterBackgroundPreposition(tokens, s.tokenStart, f.start) || purposeBefore(tokens, f.clause.start, f.start))) ? 0.85 : 1;
    // An act denied, planned or supposed is less of an event than one that took place.
    const unreal = UNREAL_STATUS.has(status.status) ? 0.7 : 1;
    const confidence = round(
      Math.min(0.99, background * unreal * f.trigger.strength * (0.6 + lead + (actors.length ? 0.14 : 0) + (recipients.length ? 0.08 : 0) + (place && place.precision !== 'country' ? 0.08 : 0) + (time.id ? 0.05 : 0) + (casualties?.killed || casualties?.injured ? 0.03 : 0))),
    );
    const ev: SitrepEvent & { _frame: EventFrame; _cues: CueSet; _civilianTarget: boolean } = {
      id: '',
      type: f.trigger.type,
      mode,
      actors,
      recipients,
      place: place?.place.id ?? null,
      time: time.id ?? time.implied,
      status: status.status,
      attributedTo: status.attributedTo,
      trigger,
      evidence,
      acled: acled ? { event_type: acled[0], sub_event_type: acled[1], actor1: acledActor(byId.get(actors[0])), actor2: acledActor(byId.get(recipients[0])) } : null,
      confidence,
      cameo: cameoOf(f.trigger.type, mode, know),
      _frame: f,
      _cues: cues,
      _civilianTarget: civilianTarget,
    };
    if (f.allies.length) ev.allies = f.allies;
    if (place) ev.placePrecision = place.precision;
    if (!time.id) ev.timeSource = time.implied ? 'published' : null;
    if (casualties && (casualties.killed !== null || casualties.injured !== null)) ev.casualties = casualties as Casualties;
    if (status.quote) ev.quote = status.quote;
    if (status.claim) ev.claim = status.claim;
    if (status.hedged) ev.hedged = true;
    events.push(ev);
  });

  // An event dated before the date the paragraph opens with ("On 5 May … This leader surrendered last
  // February") is background to the paragraph's own events.
  const leadDate = new Map<number, string>();
  for (const e of events) {
    const value = typeof e.time === 'string' ? timeValue.get(e.time) : undefined;
    if (!value || !CALENDAR.test(value)) continue;
    const para = sentences[e._frame.sentence].paragraph;
    const lead = leadDate.get(para);
    if (lead === undefined) leadDate.set(para, value);
    else if (value < lead && !lead.startsWith(value)) e.confidence = round(e.confidence * 0.85);
  }
  // A protest and what happens at it are one episode, the way ACLED codes it: the protest's type
  // follows from its parts (police force on the protesters, violence by them, arrests or dispersal),
  // and the parts point to it with `partOf`.
  const inSentence = groupBy(events, (e) => e._frame.sentence);
  // What happens at a protest is told in its paragraph, near it: a paragraph-less text is one long
  // paragraph, so the parts are looked for within a few sentences either side, and within
  // PART_TOKEN_REACH tokens (a text of one endless sentence would otherwise pair every protest with
  // every event). Events are in text order.
  const eventFrames = events.map((e) => e._frame);
  // The words the pairing reads (protest words after an act, the state's forces before it, lethal
  // words in its clause), read once per clause; violence words once per text.
  let violentBefore: Int32Array | null = null;
  const clauseWords = new Map<number, ClauseWords>();
  const wordsOf = (c: { start: number; end: number }): ClauseWords => {
    let w = clauseWords.get(c.start);
    if (w?.end !== c.end) clauseWords.set(c.start, (w = clauseWordsIn(tokens, input.keys.lower, know.lethalWords, c.start, c.end)));
    return w;
  };
  // Sentences that say the authorities intervened, or that the crowd turned violent, each read once.
  const interventionIn = new Map<number, boolean>();
  const riotIn = new Map<number, boolean>();
  /** A phrase of `cues` in the sentences after sentence `s`, within PROTEST_REACH and its paragraph. */
  const saidAfter = (s: number, said: Map<number, boolean>, cues: PhraseIndex<true>): boolean => {
    for (let k = s + 1; k <= s + PROTEST_REACH && k < sentences.length && sentences[k].paragraph === sentences[s].paragraph; k++) {
      let yes = said.get(k);
      if (yes === undefined) said.set(k, (yes = cueSaid(tokens, input.keys.lower, sentences[k].tokenStart, sentences[k].tokenEnd, cues)));
      if (yes) return true;
    }
    return false;
  };
  for (const p of events) {
    if (p.type !== 'PROTEST' || !p.acled) continue;
    const para = sentences[p._frame.sentence].paragraph;
    const crowd = new Set(p.actors);
    let force = false;
    // What follows "against", "for", "demanding" … after the protest word in its sentence is what the
    // protest is about ("rallied for the arrest of the men who burned the mill").
    const reason = reasonStart(tokens, p._frame.end, sentences[p._frame.sentence].tokenEnd);
    violentBefore ??= violenceMarks(tokens, sentences, input.keys, know);
    let violent = p.acled.event_type === 'Riots' || violenceSaid(violentBefore, sentences[p._frame.sentence], reason, p._frame.start - CUE_REACH);
    let intervention = p.acled.sub_event_type === 'Protest with intervention';
    for (let n = firstStartingAt(eventFrames, p._frame.start - PART_TOKEN_REACH); n < events.length && eventFrames[n].start <= p._frame.start + PART_TOKEN_REACH; n++) {
      const o = events[n];
      if (Math.abs(o._frame.sentence - p._frame.sentence) > PROTEST_REACH) continue;
      if (o === p || sentences[o._frame.sentence].paragraph !== para || (o.type !== 'ASSAULT' && o.type !== 'COERCE')) continue;
      // What the protest is against, or what someone is accused of, is not part of it; told in the
      // protest's sentence, it is the protest's grievance and ranks below it ("protested over the
      // killing of a driver", "families who claim their children were kidnapped held a sit-in").
      const cue = o._frame.sentence === p._frame.sentence && o._frame.start >= reason ? tokens.lower[reason] : grievanceCue(tokens, o._frame.start);
      const aboutIt = (cue !== null && !TEMPORAL_CUES.has(cue)) || (o.status === 'alleged' && p.status !== 'alleged');
      if (aboutIt && o._frame.sentence === p._frame.sentence && p.status !== 'negated') o.confidence = round(Math.min(o.confidence, Math.max(0, p.confidence - 0.01)));
      if (cue !== null || (o.status !== 'asserted' && o.status !== 'reported')) continue;
      const onCrowd = o.recipients.some((r) => crowd.has(r) || /protesters|rioters/i.test(byId.get(r)?.name ?? '')) || wordsOf(o._frame.clause).protestIn(o._frame.end, o._frame.clause.end);
      const byCrowd = o.actors.some((a) => crowd.has(a) || /protesters|rioters/i.test(byId.get(a)?.name ?? ''));
      const byState = o.actors.some((a) => ['GOV', 'MIL', 'COP'].includes(byId.get(a)?.sector ?? '')) || wordsOf(o._frame.clause).stateIn(o._frame.clause.start, o._frame.start);
      // A clash with no armed group in it is the protest's own ("protesters involved in clashes").
      const armedGroup = [...o.actors, ...o.recipients].some((x) => ['REB', 'UAF', 'IMG', 'CRM'].includes(byId.get(x)?.sector ?? ''));
      if (byCrowd && !onCrowd) violent = true;
      else if (o.type === 'ASSAULT' && !armedGroup && !byState && !onCrowd && o.actors.length === 0 && o._frame.sentence === p._frame.sentence && CLASH_TRIGGERS.has(o._frame.trigger.phrase)) violent = true;
      else if (onCrowd && (byState || o.type === 'COERCE')) {
        if (o.type === 'ASSAULT' && ((o.casualties as Casualties | undefined)?.killed || wordsOf(o._frame.clause).lethal)) force = true;
        else intervention = true;
      } else if (o.type === 'COERCE' && byState && (o.mode === 'arrest' || o.mode === 'disperse') && o._frame.start > p._frame.start && o.recipients.every((r) => !ARMED_SECTORS.has(byId.get(r)?.sector ?? ''))) {
        // Police who arrest or disperse people after a protest is told, naming no armed group, act on
        // it: "Officers broke up the sit-in and detained four", "Nine were held."
        intervention = true;
      } else continue;
      o.partOf = p;
      o.confidence = round(Math.min(o.confidence, Math.max(0, p.confidence - 0.01)));
    }
    // Acts of crowd violence told after the protest, in its paragraph ("They burnt tyres", "Stones were
    // thrown at the police"), make it violent.
    violent ||= saidAfter(p._frame.sentence, riotIn, know.crowdViolenceCues);
    // "Police intervened." told after the protest, in its paragraph, is intervention at it.
    intervention ||= saidAfter(p._frame.sentence, interventionIn, know.interventionCues);
    // Crowd violence makes it a riot whatever the police did; else force, else intervention.
    const sub = violent ? ['Riots', 'Violent demonstration'] : force ? ['Protests', 'Excessive force against protesters'] : intervention ? ['Protests', 'Protest with intervention'] : [p.acled.event_type, p.acled.sub_event_type];
    p.acled = { ...p.acled, event_type: sub[0], sub_event_type: sub[1] };
  }
  // The protest mentions of a paragraph tell one protest: one met with intervention or force makes the
  // others, read as peaceful, the same.
  const metWith = new Map<number, [string, string]>();
  for (const p of events) {
    if (p.type !== 'PROTEST' || !p.acled || !MET_WITH.includes(p.acled.sub_event_type)) continue;
    const para = sentences[p._frame.sentence].paragraph;
    const m = metWith.get(para);
    if (!m || MET_WITH.indexOf(p.acled.sub_event_type) < MET_WITH.indexOf(m[1])) metWith.set(para, [p.acled.event_type, p.acled.sub_event_type]);
  }
  for (const p of events) {
    if (p.type !== 'PROTEST' || p.acled?.sub_event_type !== 'Peaceful protest') continue;
    const m = metWith.get(sentences[p._frame.sentence].paragraph);
    if (m) p.acled = { ...p.acled, event_type: m[0], sub_event_type: m[1] };
  }
  // What follows a violent event in its paragraph is its aftermath, the way ACLED codes it: arrests,
  // looting or burning, displacement and moves of forces after an attack or a clash are part of that
  // event, and an arrest after any other coded event (a seizure, a protest) is part of it. The
  // aftermath ranks below the event it follows.
  const leadOf = new Map<number, { violent: (typeof events)[number] | null; any: (typeof events)[number] | null }>();
  for (const e of events) {
    if (!e.acled || !REAL_STATUS.has(e.status)) continue;
    const para = sentences[e._frame.sentence].paragraph;
    const lead = leadOf.get(para) ?? { violent: null, any: null };
    leadOf.set(para, lead);
    const sub = e.acled.sub_event_type;
    const host = AFTERMATH.has(sub) ? lead.violent ?? (sub === 'Arrests' ? lead.any : null) : null;
    if (host && host !== e) {
      e.confidence = round(Math.min(e.confidence, Math.max(0, host.confidence - 0.01)));
      e.partOf ??= host;
      continue;
    }
    if (EPISODE_TYPES.has(e.acled.event_type) && (!lead.violent || e.confidence > lead.violent.confidence)) lead.violent = e;
    if (sub !== 'Arrests' && (!lead.any || e.confidence > lead.any.confidence)) lead.any = e;
  }
  // A request inside another event's clause ("assistance … upon a Syrian government's request") is
  // addressed to that event's actor.
  for (const e of events) {
    if (e.type !== 'REQUEST' || e.recipients.length) continue;
    const host = inSentence.get(e._frame.sentence)?.find((o) => o !== e && o.actors.length && o._frame.clause.start === e._frame.clause.start);
    if (host) e.recipients = host.actors.filter((a) => !e.actors.includes(a));
  }
  const merged = mergeMentions(events);
  const ids = new Map(merged.map((e, k) => [e, `V${k + 1}`]));
  return merged.map((e, k) => {
    const { _frame, _cues, _civilianTarget, ...rest } = e;
    if (rest.partOf) {
      let host = rest.partOf as typeof e;
      while (!ids.has(host) && MERGED_INTO.has(host)) host = MERGED_INTO.get(host) as typeof e;
      rest.partOf = ids.get(host) ?? null;
    }
    // Merged mentions may have added recipients: the ACLED type is decided on the whole event (a
    // protest's type was decided on its episode, which a merge does not change).
    if (rest.acled && (rest.mentions as unknown[] | undefined)?.length) {
      const a = rest.type === 'PROTEST' ? null : acledOf(rest.type, rest.mode, rest.actors.map((x) => byId.get(x)), rest.recipients.map((x) => byId.get(x)), _cues, know, _civilianTarget && rest.recipients.length === 0);
      if (a) rest.acled = { ...rest.acled, event_type: a[0], sub_event_type: a[1] };
      rest.acled = { ...rest.acled, actor1: acledActor(byId.get(rest.actors[0])), actor2: acledActor(byId.get(rest.recipients[0])) };
    }
    void _frame;
    return { ...rest, id: `V${k + 1}` };
  });
}

const AFTERMATH = eventWords().set.aftermathSubTypes;
const EPISODE_TYPES = eventWords().set.episodeEventTypes;
const REAL_STATUS = new Set(['asserted', 'reported', 'alleged']);
/** Statuses of an act that did not take place (denied, planned, supposed): such a record counts less. */
const UNREAL_STATUS = new Set(['negated', 'planned', 'hypothetical']);

/** A calendar date, month or year ("2020-05-05", "2020-02"). */
const CALENDAR = /^\d{4}(-\d{2}){0,2}$/;

/** Readings of a protest met by the authorities, gravest first. */
const MET_WITH = ['Excessive force against protesters', 'Protest with intervention'];

/** Sentences either side of a protest in which what happens at it is looked for. */
const PROTEST_REACH = 6;
/** How far (in tokens) from a protest the acts that are part of it are looked for. */
const PART_TOKEN_REACH = 400;
const PROTEST_SET = eventWords().set.protestWords;
const STATE_SET = eventWords().set.stateForceWords;

/** What the pairing of a protest with an act reads in the act's clause, marked once per clause (a
 * text of one endless sentence has thousands of acts in one clause): protest words and words of the
 * state's forces, counted before each token, and whether a lethal word or phrase occurs. */
interface ClauseWords {
  end: number;
  lethal: boolean;
  /** A protest word in tokens [a, b) of the clause. */
  protestIn(a: number, b: number): boolean;
  /** A word of the state's forces in tokens [a, b) of the clause. */
  stateIn(a: number, b: number): boolean;
}

function clauseWordsIn(tokens: Tokens, keys: readonly string[], lethalWords: PhraseIndex<true>, start: number, end: number): ClauseWords {
  const protest = prefixCount(start, end, (k) => PROTEST_SET.has(tokens.lower[k]));
  const state = prefixCount(start, end, (k) => STATE_SET.has(tokens.lower[k]));
  const within = (counts: Int32Array, a: number, b: number) => {
    const x = Math.max(a, start);
    const y = Math.min(b, end);
    return y > x && counts[y - start] - counts[x - start] > 0;
  };
  return { end, lethal: cueSaid(tokens, keys, start, end, lethalWords), protestIn: (a, b) => within(protest, a, b), stateIn: (a, b) => within(state, a, b) };
}

/** Counts of the tokens of [from, to) that hold, before each: `counts[b - from] - counts[a - from]` is
 * how many in [a, b). */
function prefixCount(from: number, to: number, holds: (k: number) => boolean): Int32Array {
  const out = new Int32Array(to - from + 1);
  for (let k = from; k < to; k++) out[k - from + 1] = out[k - from] + (holds(k) ? 1 : 0);
  return out;
}


const CIVILIAN_OBJECTS = eventWords().set.civilianObjects;

/** The object of a violent act is a civilian place: "attacked the village of X", "stormed a house". */
function civilianObject(tokens: Tokens, f: EventFrame, know: EventKnowledge): boolean {
  void know;
  for (let k = f.end; k < f.clause.end && k < f.end + 4; k++) {
    const w = tokens.lower[k];
    if (CIVILIAN_OBJECTS.has(w)) return true;
    if (tokens.pos[k] === 'VERB' || tokens.text[k] === ',') break;
  }
  return false;
}

const CLASH_TRIGGERS = eventWords().set.clashTriggers;
const VIOLENCE = eventWords().set.violenceWords;

/** Words of violence that say a protest was violent ("turned violent", "small riots started"), but
 * not in a phrase that reports no event ("riot police", "burned an effigy") nor as what it was
 * against ("against the violence of the police"): counted before each token. */
function violenceMarks(tokens: Tokens, sentences: readonly Sentence[], keys: { lower: string[]; lemma: string[] }, know: EventKnowledge): Int32Array {
  return prefixCount(0, tokens.length, (k) => {
    if (!VIOLENCE.has(tokens.lower[k])) return false;
    const end = sentences[tokens.sentence[k]].tokenEnd;
    if (know.notEvents.longest(tokens, keys.lower, k, end) || know.notEvents.longest(tokens, keys.lemma, k, end)) return false;
    return !grievance(tokens, k);
  });
}

/** The protest's sentence says it was violent, in [from, reason). */
function violenceSaid(violent: Int32Array, s: Sentence, reason = s.tokenEnd, from = s.tokenStart): boolean {
  const a = Math.max(s.tokenStart, from);
  const b = Math.min(s.tokenEnd, reason);
  return b > a && violent[b] - violent[a] > 0;
}

/** A nominal trigger governed by a preposition of time or cause, past its determiners and modifiers
 * ("after the worst fighting", "amid heavy clashes"). */
function afterBackgroundPreposition(tokens: Tokens, from: number, at: number): boolean {
  for (let k = at - 1; k >= from && k >= at - 5; k--) {
    if (BACKGROUND_PREPOSITIONS.has(tokens.lower[k])) return true;
    const pos = tokens.pos[k];
    if (pos !== 'DET' && pos !== 'ADJ' && pos !== 'NUM' && pos !== 'ADV' && pos !== 'PROPN' && !(pos === 'NOUN' && k === at - 1)) return false;
  }
  return false;
}

/** Tokens [from, to) holding a phrase of the list, by surface form: data/words.json interventionCues
 * ("Police intervened", "baton-charged"), crowdViolenceCues ("threw stones") or lethalWords ("shot
 * dead"), tokenized as the text is (a hyphenated word is three tokens). */
function cueSaid(tokens: Tokens, keys: readonly string[], from: number, to: number, cues: PhraseIndex<true>): boolean {
  for (let k = from; k < to; k++) if (cues.longest(tokens, keys, k, to)) return true;
  return false;
}

/** The first word after a protest's trigger, in its sentence, that opens what the protest is about
 * (data/words.json protestReasonCues), or the sentence end. */
function reasonStart(tokens: Tokens, from: number, end: number): number {
  for (let k = from; k < end && k < from + CUE_REACH; k++) if (PROTEST_REASON_CUES.has(tokens.lower[k])) return k;
  return end;
}

/** How far (in tokens) a protest's reason and cues are looked for around it: bounded, so a
 * paragraph-less text with many protests in one "sentence" stays linear. */
const CUE_REACH = 60;

/** A disease or a social ill a few tokens after a word of fighting, before the clause goes on. */
function abstractTarget(tokens: Tokens, from: number, end: number): boolean {
  for (let k = from; k < end && k < from + 4; k++) {
    if (ABSTRACT_TARGETS.has(tokens.lower[k])) return true;
    if (tokens.text[k] === ',' || tokens.pos[k] === 'VERB') return false;
  }
  return false;
}

/** An infinitive of purpose a few tokens before a noun ("to help move the talks forward", "to
 * avoid violence"), not a preposition ("agreed to a ceasefire"). */
function purposeBefore(tokens: Tokens, from: number, at: number): boolean {
  for (let k = at - 2; k >= from && k >= at - 5; k--) if (tokens.lower[k] === 'to' && tokens.pos[k + 1] === 'VERB') return true;
  return false;
}

/** A word of banning a few tokens before a protest noun in its clause ("the ban on rallies"). */
function bannedBefore(tokens: Tokens, from: number, at: number): boolean {
  for (let k = at - 1; k >= from && k >= at - 6; k--) if (BAN_CUES.has(tokens.lower[k])) return true;
  return false;
}

/** An arrest named as what a protest is against ("protested against the arrest of X"). */
function grievance(tokens: Tokens, at: number): boolean {
  return grievanceCue(tokens, at) !== null;
}

/** The grievance cue a few tokens before an act, if any. */
function grievanceCue(tokens: Tokens, at: number): string | null {
  for (let k = at - 1; k >= 0 && k >= at - 4; k--) if (GRIEVANCE_CUES.has(tokens.lower[k])) return tokens.lower[k];
  return null;
}

/** Grievance cues that only order two acts in time ("after", "following"): what follows may be part of
 * the protest as much as its cause. */
const TEMPORAL_CUES = eventWords().set.temporalGrievanceCues;

function groupBy<T, K>(list: readonly T[], key: (x: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const x of list) {
    const k = key(x);
    const group = out.get(k);
    if (group) group.push(x);
    else out.set(k, [x]);
  }
  return out;
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

function span(text: string, tokens: Tokens, a: number, b: number): TextSpan {
  const start = tokens.start[a];
  const end = tokens.end[Math.max(a, b - 1)];
  return { start, end, text: text.slice(start, end) };
}


// ------------------------------------------------------------------------------------ status

interface StatusDecision {
  status: EventStatus;
  attributedTo: string | null;
  speaker: string | null;
  quote: string | null;
  claim: string | null;
  hedged: boolean;
}

function statusOf(f: EventFrame, input: DecideInput, reportIn: (clause: { start: number; end: number }) => ReportWords): StatusDecision {
  const { tokens, statuses } = input;
  const local = localStatus(f, tokens, reportIn(f.clause));
  if (statuses) {
    const k = f.start < statuses.clauseOf.length ? statuses.clauseOf[f.start] : -1;
    const c = k >= 0 ? statuses.clauses[k] : null;
    if (c) {
      let status = mapStatus(c.status, c.claimType);
      // The clause layer knows voice and attribution; the trigger's own modifiers ("upcoming
      // operation", "incapable of destroying") are local.
      if (status === 'asserted' || status === 'reported') {
        if (local === 'planned' || local === 'negated' || local === 'forecast' || local === 'alleged') status = local;
      }
      return { status, attributedTo: c.speaker, speaker: c.speaker, quote: c.quote, claim: c.claim, hedged: c.flags.includes('hedged') };
    }
  }
  return { status: local, attributedTo: null, speaker: null, quote: null, claim: null, hedged: false };
}

function mapStatus(status: string, claimType: string | null): EventStatus {
  if (claimType === 'pledge') return 'pledged';
  switch (status) {
    case 'asserted':
    case 'reported':
    case 'alleged':
    case 'forecast':
    case 'planned':
    case 'negated':
    case 'hypothetical':
      return status;
    case 'hedged':
      // A hedge ("probably", "what are said to be the positions") qualifies the event, it does not
      // report it: the event keeps `hedged: true`.
      return 'asserted';
    default:
      return 'asserted';
  }
}

/** Status from the words around the trigger, when no clause layer says better. */
/** The first and last word of reporting of a clause (-1: none), read once per clause. */
interface ReportWords {
  end: number;
  first: number;
  last: number;
}

function reportWordsIn(tokens: Tokens, start: number, end: number): ReportWords {
  let first = -1;
  let last = -1;
  for (let k = start; k < end; k++) {
    if (!REPORT.has(tokens.lower[k])) continue;
    if (first < 0) first = k;
    last = k;
  }
  return { end, first, last };
}

function localStatus(f: EventFrame, tokens: Tokens, reports: ReportWords): EventStatus {
  const from = Math.max(f.clause.start, f.start - 6);
  let negated = false;
  let future = false;
  let plan = false;
  let allege = false;
  let report = false;
  for (let k = from; k < f.start; k++) {
    const w = tokens.lower[k];
    if (NEGATORS.has(w) || INCAPABLE.has(w)) negated = true;
    // A modal, not the month: "will", "may" but not "9 May 2020".
    if (FUTURE.has(w) && (tokens.pos[k] === 'AUX' || tokens.text[k] === w)) future = true;
    if (PLAN.has(w)) plan = true;
    if (ALLEGE.has(w)) allege = true;
  }
  // A word of reporting in the clause, outside the trigger and the word before it.
  if (reports.first >= 0 && (reports.first < f.start - 1 || reports.last > f.end)) report = true;
  if (negated) return 'negated';
  if (plan) return tokens.lower.slice(from, f.start).some((w) => w === 'pledged' || w === 'pledge' || w === 'vowed' || w === 'promised') ? 'pledged' : 'planned';
  if (future) return 'forecast';
  if (allege) return 'alleged';
  return report ? 'reported' : 'asserted';
}

// ------------------------------------------------------------------------------------ mode, ACLED, CAMEO

/** The mode the clause's cues name (`cues`: the clause's cue set). */
function modeOf(f: EventFrame, cues: CueSet, know: EventKnowledge): string | null {
  for (const [mode, list] of know.modes) {
    if (sharesCue(cues, list)) {
      // The trigger's own mode wins unless the clause names a more specific weapon.
      if (f.trigger.mode && rank(mode) >= rank(f.trigger.mode)) return f.trigger.mode;
      return mode;
    }
  }
  return f.trigger.mode;
}

const MODE_RANK = eventWords().list.modeRank;
function rank(mode: string): number {
  const i = MODE_RANK.indexOf(mode);
  return i < 0 ? MODE_RANK.length : i;
}

/** The cue phrases (of data/modes.json and data/acled.json) found in a token range, by word or lemma. */
export type CueSet = Set<string>;

export function cueSet(tokens: Tokens, keys: { lower: string[]; lemma: string[] }, from: number, to: number, know: EventKnowledge): CueSet {
  const set = new Set<string>();
  // Indexed loops: a for-of here made an iterator and a result object per token, by word and by lemma
  // (most tokens start no cue), the stage's largest allocation.
  for (let k = from; k < to; k++) {
    addCues(set, know.cues.all(tokens, keys.lower, k, to));
    if (keys.lemma[k] !== keys.lower[k]) addCues(set, know.cues.all(tokens, keys.lemma, k, to));
  }
  return set;
}

function addCues(set: CueSet, matches: ReadonlyArray<PhraseMatch<string>>): void {
  for (let m = 0; m < matches.length; m++) for (const v of matches[m].values) set.add(v);
}

const CROWD_WORDS = wordsPattern('crowdWords');

/** How ACLED sees an actor of violence: organised and armed, a crowd, or a civilian. */
function acledClass(e: Entity, asActorOfViolence: boolean): string[] {
  const classes = [e.sector ?? '', e.kind];
  if (/protesters|rioters/i.test(e.name)) classes.push('crowd');
  if (asActorOfViolence) {
    // As perpetrators: a named crowd, workers, students or party members are a crowd; individuals
    // are, for ACLED, an unidentified armed group. As victims they are all civilians.
    if (e.sector === 'CVL') classes.push(e.mentions.some((m) => CROWD_WORDS.test(m.text)) ? 'crowd' : 'UAF');
    if (e.kind === 'party' || e.sector === 'LAB' || e.sector === 'EDU') classes.push('crowd');
  }
  return classes;
}

/** Whether the entities (by their ACLED classes, `undefined`: no entity) hold a member of one of the
 * named groups. */
function groupHas(know: EventKnowledge, names: string[], classes: ReadonlyArray<readonly string[] | undefined>): boolean {
  if (names.includes('none') && classes.length === 0) return true;
  for (const name of names) {
    const members = know.acledGroups[name] ?? [name];
    if (classes.some((list) => list && list.some((c) => c === name || members.includes(c)))) return true;
  }
  return false;
}

/** Whether two cue sets share a cue, reading the smaller: a clause names a few cues, a rule lists
 * dozens. */
function sharesCue(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size > b.size) return sharesCue(b, a);
  for (const c of a) if (b.has(c)) return true;
  return false;
}

export function acledOf(type: string, mode: string | null, actors: Array<Entity | undefined>, recipients: Array<Entity | undefined>, cues: CueSet, know: EventKnowledge, civilianTarget = false): [string, string] | null {
  const violent = type === 'ASSAULT' || type === 'COERCE';
  // The entities' classes, computed once per event when a rule first needs them, not once per rule.
  let actorClasses: Array<string[] | undefined> | null = null;
  let recipientClasses: Array<string[] | undefined> | null = null;
  const actorsOf = () => (actorClasses ??= actors.map((e) => e && acledClass(e, violent)));
  const recipientsOf = () => (recipientClasses ??= recipients.map((e) => e && acledClass(e, false)));
  // ('*': the rules that name no type, for a type no rule names.)
  for (const rule of know.acledRulesByType.get(type) ?? know.acledRulesByType.get('*')!) {
    const w = rule.when;
    if (w.mode && !(mode && w.mode.includes(mode))) continue;
    if (w.actor && !groupHas(know, w.actor, actorsOf())) continue;
    if (w.recipient && !groupHas(know, w.recipient, recipientsOf()) && !(civilianTarget && w.recipient.includes('civilian'))) continue;
    if (w.notActor && groupHas(know, w.notActor, actorsOf())) continue;
    const c = rule.cueSets;
    if (c.cues && !sharesCue(cues, c.cues)) continue;
    if (c.andCues && !sharesCue(cues, c.andCues)) continue;
    if (c.notCues && sharesCue(cues, c.notCues)) continue;
    return rule.acled;
  }
  return null;
}

/** An entity named the way ACLED names actors: "Military Forces of Syria", "Protesters (Sudan)",
 * "Unidentified Armed Group (Mexico)", or the group's own name. */
export function acledActor(e: Entity | undefined): string | null {
  if (!e) return null;
  const country = e.country ? countryName(e.country) : null;
  const of = (what: string) => (country ? `${what} of ${country}` : what);
  const paren = (what: string) => (country ? `${what} (${country})` : what);
  if (e.kind === 'military' || (e.kind === 'militia' && e.sector === 'MIL' && e.known)) return of('Military Forces');
  if (e.kind === 'police') return of('Police Forces');
  if (e.kind === 'government') return of('Government');
  if (e.kind === 'country') return of('Government');
  if (e.kind === 'population') {
    if (e.sector === 'OPP') return paren(/riot/i.test(e.name) ? 'Rioters' : 'Protesters');
    return paren('Civilians');
  }
  if (e.sector === 'UAF' || (e.kind === 'group' && !e.known)) return paren('Unidentified Armed Group');
  if (e.kind === 'armed_group' && !e.known) return paren('Unidentified Armed Group');
  if (e.kind === 'militia' && !e.known) return paren('Militia');
  if (e.kind === 'person') return e.name;
  return e.name;
}

function cameoOf(type: string, mode: string | null, know: EventKnowledge): string | null {
  if (type === 'ASSAULT' && mode && know.cameo.assaultModes[mode]) return know.cameo.assaultModes[mode];
  if (type === 'ACCUSE' && mode === 'investigate') return know.cameo.investigate;
  return know.cameo.roots[type] ?? null;
}

// ------------------------------------------------------------------------------------ place and time

type PlaceTok = { p: Place; start: number; end: number };
type TimeTok = { t: Timex; start: number; end: number };

/** Places or times by the sentence they start in (they do not cross sentences), in text order. */
function bySentence<T extends { start: number }>(list: T[], tokens: Tokens): T[][] {
  const out: T[][] = [];
  for (const x of list) {
    if (x.start >= tokens.length) continue;
    (out[tokens.sentence[x.start]] ??= []).push(x);
  }
  return out;
}

function placeOf(f: EventFrame, s: Sentence, placesBySentence: PlaceTok[][], tokens: Tokens, sentences: readonly Sentence[]): { place: Place; precision: 'clause' | 'sentence' | 'context' } | null {
  const best = (list: PlaceTok[]) =>
    list.sort((a, b) => (SPECIFICITY[b.p.feature] ?? 3) - (SPECIFICITY[a.p.feature] ?? 3) || Math.abs(a.start - f.start) - Math.abs(b.start - f.start))[0];
  // A place the clause locates something in ("in X", "near X", "X-based"), not one named as an actor
  // ("including France", "Russia, which …").
  const locative = (x: PlaceTok) => (tokens.lower[x.start - 1] === 'of' && PLACE_NOUNS.has(tokens.lower[x.start - 2] ?? '')) || (tokens.lower[x.start - 1] === 'for' && tokens.lower[x.start - 2] === 'as') || PLACE_PREPS.has(tokens.lower[x.start - 1] ?? '') || PLACE_PREPS.has(tokens.lower[x.start - 2] ?? '') && tokens.pos[x.start - 1] === 'DET' || tokens.text[x.start - 1] === '(' || tokens.text[x.start - 1] === ',' && tokens.text[x.start - 3] !== undefined && PLACE_PREPS.has(tokens.lower[x.start - 3] ?? '');
  const places = placesBySentence[f.sentence] ?? [];
  const inClause = places.filter((x) => x.start >= f.clause.start && x.end <= f.clause.end && (locative(x) || !String(x.p.feature).startsWith('PCL')));
  if (inClause.length) return { place: best(inClause).p, precision: 'clause' };
  // A relative clause about a place: "Idlib, which is waiting for an upcoming operation".
  if (['which', 'where'].includes(tokens.lower[f.clause.start])) {
    const ante = (placesBySentence[tokens.sentence[f.clause.start - 1]] ?? []).find((x) => (x.end === f.clause.start - 1 || x.end === f.clause.start) && !String(x.p.feature).startsWith('PCL'));
    if (ante) return { place: ante.p, precision: 'clause' };
  }
  const inSentence = places.filter((x) => x.start >= s.tokenStart && x.end <= s.tokenEnd && (locative(x) || !String(x.p.feature).startsWith('PCL')));
  if (inSentence.length) return { place: best(inSentence).p, precision: 'sentence' };
  // The place set by the sentences before, in the same paragraph.
  for (let k = f.sentence - 1; k >= 0 && k >= f.sentence - 2 && sentences[k].paragraph === s.paragraph; k--) {
    const prev = (placesBySentence[k] ?? []).filter((x) => x.end <= sentences[k].tokenEnd && locative(x));
    if (prev.length) return { place: best(prev).p, precision: 'context' };
  }
  return null;
}

/** The country place most mentioned in the document: the default scope of its events. */
function focusCountryPlace(places: readonly Place[]): Place | null {
  const counts = new Map<string, { p: Place; n: number }>();
  for (const p of places) {
    if (!String(p.feature).startsWith('PCL') || !p.country) continue;
    const c = counts.get(p.country) ?? { p, n: 0 };
    c.n++;
    counts.set(p.country, c);
  }
  let best: { p: Place; n: number } | null = null;
  for (const c of counts.values()) if (!best || c.n > best.n) best = c;
  return best?.p ?? null;
}

function timeOf(f: EventFrame, s: Sentence, timesBySentence: TimeTok[][], sentences: readonly Sentence[], tokens: Tokens): { id: string | null; implied: ImpliedTime | null } {
  // A date that opens the sentence ("On 9 May 2020, …") or follows "on" dates the clause; otherwise the
  // time nearest the trigger.
  const heads = (x: TimeTok) => x.start - s.tokenStart <= 2 || ['on', 'since', 'until', 'by'].includes(tokens.lower[x.start - 1] ?? '');
  const near = (list: TimeTok[]) => list.sort((a, b) => Number(heads(b)) - Number(heads(a)) || Math.abs(a.start - f.start) - Math.abs(b.start - f.start))[0];
  // A time overlapping the clause ("a few months | after the terror group seized") dates it.
  const times = timesBySentence[f.sentence] ?? [];
  const inClause = times.filter((x) => x.end > f.clause.start && x.start < f.clause.end);
  if (inClause.length) return { id: near(inClause).t.id, implied: null };
  const opening = times.find((x) => x.start >= s.tokenStart && x.start - s.tokenStart <= 2 && x.end <= s.tokenEnd);
  if (opening) return { id: opening.t.id, implied: null };
  for (let k = f.sentence - 1; k >= 0 && k >= f.sentence - 3 && sentences[k].paragraph === s.paragraph; k--) {
    const prev = (timesBySentence[k] ?? []).filter((x) => x.end <= sentences[k].tokenEnd && /^\d{4}-\d{2}-\d{2}/.test(x.t.value));
    if (prev.length) return { id: (prev.find(heads) ?? prev[prev.length - 1]).t.id, implied: null };
  }
  return { id: null, implied: null };
}

/** A future event with no date of its own: after the publication date. */
export function futureTime(published: string | null): ImpliedTime | null {
  return published ? { value: 'FUTURE_REF', from: published, to: null, source: 'published' } : null;
}

/** Sets the implied publication-date time on events that have no time of their own. */
export function impliedTime(published: string | null): ImpliedTime | null {
  return published ? { value: published, from: published, to: published, source: 'published' } : null;
}

// ------------------------------------------------------------------------------------ merging

function overlap(a: string[], b: string[]): boolean {
  return a.some((x) => b.includes(x));
}

/** Mentions of one event in the article become one record: same type, overlapping actors,
 * compatible recipients, place and time. The record keeps every mention's trigger and evidence. */
/** A mention merged into another record → that record (a part may point to a merged protest). */
const MERGED_INTO = new WeakMap<object, object>();

function mergeMentions<T extends SitrepEvent & { _frame: EventFrame }>(events: T[]): T[] {
  const out: T[] = [];
  // Records by type, mode, status and actor, so a mention is compared with the records it could join;
  // of those, only the latest MERGE_REACH are looked at (an article tells one event a few times, and a
  // book-length text would otherwise compare every mention with every record).
  const byKey = new Map<string, T[]>();
  const keysOf = new Map<T, Set<string>>();
  const position = new Map<T, number>();
  const keyOf = (e: T, actor: string) => `${e.type}\u0001${e.mode}\u0001${e.status}\u0001${actor}`;
  const index = (o: T) => {
    const keys = keysOf.get(o) ?? new Set<string>();
    keysOf.set(o, keys);
    for (const a of o.actors) {
      const key = keyOf(o, a);
      if (keys.has(key)) continue;
      keys.add(key);
      const list = byKey.get(key);
      if (list) list.push(o);
      else byKey.set(key, [o]);
    }
  };
  // Mentions of one clause by type and status: "killed in an airstrike", "airstrikes killed dozens"
  // tell one event twice, often with the actor named once or not at all.
  const byClause = new Map<string, T[]>();
  const clauseKey = (e: T) => `${e.type}\u0001${e.status}\u0001${e._frame.sentence}\u0001${e._frame.clause.start}`;
  const sameTime = (o: T, e: T) => typeof o.time !== 'string' || typeof e.time !== 'string' || o.time === e.time;
  const agrees = (x: string[], y: string[]) => x.length === 0 || y.length === 0 || overlap(x, y);
  for (const e of events) {
    let same: T | undefined;
    for (const o of byClause.get(clauseKey(e)) ?? []) {
      // A verb and a noun ("killed in an airstrike"); two nouns are more often a list or two events
      // ("the strike ordered after a chemical attack").
      if (o._frame.nominal && e._frame.nominal) continue;
      if ((o.mode === null || e.mode === null || o.mode === e.mode) && agrees(o.actors, e.actors) && agrees(o.recipients, e.recipients) && (o.place === null || e.place === null || o.place === e.place) && sameTime(o, e)) {
        same = o;
        break;
      }
    }
    for (const a of same ? [] : e.actors) {
      const list = byKey.get(keyOf(e, a)) ?? [];
      for (let k = Math.max(0, list.length - MERGE_REACH); k < list.length; k++) {
        const o = list[k];
        if (same && position.get(o)! >= position.get(same)!) continue;
        if (
          (o.recipients.length === 0 || e.recipients.length === 0 || overlap(o.recipients, e.recipients)) &&
          (o.place === null || e.place === null || o.place === e.place) &&
          sameTime(o, e)
        )
          same = o;
      }
    }
    if (!same) {
      position.set(e, out.length);
      out.push(e);
      index(e);
      const key = clauseKey(e);
      byClause.set(key, [...(byClause.get(key) ?? []), e]);
      continue;
    }
    if (same.mode === null && e.mode !== null) same.mode = e.mode;
    MERGED_INTO.set(e, same);
    const mentions = (same.mentions as Array<{ trigger: Span; evidence: Span }> | undefined) ?? [{ trigger: same.trigger, evidence: same.evidence }];
    mentions.push({ trigger: e.trigger, evidence: e.evidence });
    (same as SitrepEvent).mentions = mentions;
    for (const a of e.actors) if (!same.actors.includes(a)) same.actors.push(a);
    for (const r of e.recipients) if (!same.recipients.includes(r)) same.recipients.push(r);
    index(same);
    // A place or a date found in a later mention replaces the scope or the publication date the
    // first one was given, with how it was found.
    if (same.place === null && e.place !== null) {
      same.place = e.place;
      same.placePrecision = e.placePrecision;
    }
    if (typeof same.time !== 'string' && typeof e.time === 'string') {
      same.time = e.time;
      delete same.timeSource;
    }
    // Another telling of the event raises confidence; a second word of the same clause does not.
    const sameClause = same._frame.sentence === e._frame.sentence && same._frame.clause.start === e._frame.clause.start;
    same.confidence = sameClause ? Math.max(same.confidence, e.confidence) : Math.min(0.99, round(Math.max(same.confidence, e.confidence) + 0.03));
  }
  return out;
}

/** Records of one type, status and actor that a mention may join: the latest this many. */
const MERGE_REACH = 64;
