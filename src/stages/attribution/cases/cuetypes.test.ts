import { describe, expect, it } from 'vitest';
import { statusAt } from '../index.js';
import { mentionsOf, one, quotes, run } from './helpers.js';

const cueType = (text: string) => run(text).get('quotes').map((q) => q.cueType);

function statusOf(text: string, word: string) {
  const doc = run(text);
  const i = doc.get('tokens').text.indexOf(word);
  return statusAt(doc.get('statuses'), i);
}

describe('cue types', () => {
  it('speech', () => expect(cueType('The minister said the talks had failed.')).toEqual(['speech']));
  it('thought', () => expect(cueType('The minister believes the talks have failed.')).toEqual(['thought']));
  it('intent', () => expect(cueType('The rebels want to negotiate a ceasefire.')).toEqual(['intent']));
  it('evidence with a document source', () => expect(cueType('A UN report found that the strikes were unlawful.')).toEqual(['evidence']));
  it('stance with a noun-phrase content', () => expect(one('The union backed Clinton in the race.')).toMatchObject({ cue: 'backed', content: 'Clinton in the race' }));
  it('a stance has no claim', () => {
    const doc = run('The union endorsed the candidate.');
    expect(doc.get('quotes')[0]).toMatchObject({ cueType: 'stance' });
    expect(doc.get('quotes')[0].claim).toBeUndefined();
    expect(doc.get('claims')).toEqual([]);
  });
  it('an armed attack is not a stance (attack needs for/as)', () => expect(quotes('In 2000, they attacked the USS Cole.')).toEqual([]));
});

describe('evidence without a source (raising predicates)', () => {
  it('a raising verb before a past participle of any form (seemed lost)', () => expect(quotes('Cruz seemed lost, applauding along.')[0]).toMatchObject({ cue: 'seemed', cueType: 'evidence' }));
  it('X seems to Y', () => expect(one('The candidate seemed to be shrinking in stature.')).toMatchObject({ source: null, cue: 'seemed', content: 'The candidate seemed to be shrinking in stature' }));
  it('X appeared + participle', () => expect(one('The campaign team appeared paralyzed by the news.')).toMatchObject({ cue: 'appeared', content: 'The campaign team appeared paralyzed by the news' }));
  it('it appears that X', () => expect(one('It appears that the game was not boring to everyone.').content).toBe('the game was not boring to everyone'));
  it('X is expected to Y', () => expect(one('The central bank is expected to act at its final meeting.')).toMatchObject({ source: null, content: 'The central bank is expected to act at its final meeting' }));
  it('appeared on television is no evidence', () => expect(quotes('The senator appeared on Fox News on Sunday.')).toEqual([]));
  it('looks at is no evidence', () => expect(quotes('The panel looks at the budget every year.')).toEqual([]));
});

describe('statuses: a stance or sourceless evidence does not report the clause', () => {
  it('backed by allied fighters, made gains: asserted', () => expect(statusOf('Syrian army troopers, backed by allied fighters, have made major territorial gains.', 'made')?.status).toBe('asserted'));
  it('a stance object keeps its status', () => expect(statusOf('The party backed the offensive against the rebels.', 'offensive')?.quote).toBeNull());
  it('seems to: hedged, not reported', () => expect(statusOf('The ceasefire seems to be holding.', 'holding')?.flags).not.toContain('reported'));
  it('is expected to: forecast', () => expect(statusOf('The army is expected to attack the city.', 'attack')?.status).toBe('forecast'));
  it('an intent is planned', () => expect(statusOf('The rebels want to take the city.', 'take')?.status).toBe('planned'));
});

describe('attitude adjectives', () => {
  it('X are wary of Y', () => expect(one('Democratic leaders are wary of steering the party too far left.')).toMatchObject({ source: 'Democratic leaders', cue: 'are wary', content: 'steering the party too far left' }));
  it('X is confident that Y', () => expect(one('The governor is confident that the bill will pass.')).toMatchObject({ source: 'The governor', content: 'that the bill will pass' }));
  it('willing to: an intent', () => expect(one('The rebels were willing to negotiate.')).toMatchObject({ cueType: 'intent', content: 'to negotiate' }));
  it('an expletive subject is the article’s voice', () => expect(quotes('It is clear that the talks failed.')).toEqual([]));
  it('an adjective without its complement is no cue', () => expect(quotes('The minister was angry.')).toEqual([]));
});

describe('participles after their noun', () => {
  it('a poll released Friday shows …: the poll is the source', () => expect(one('The latest opinion poll released Friday shows that Clinton leads.')).toMatchObject({ cue: 'shows', source: 'The latest opinion poll' }));
  it('in a report published last year: no attribution', () => expect(quotes('The figure appears in a report published last year by the agency.')).toEqual([]));
  it('the clause verb before a day is kept', () => expect(one('The Pentagon announced Monday that the troops would leave.').cue).toBe('announced'));
});

describe('phrasal cues and reporting nouns with a preposition', () => {
  it('take issue with', () => expect(one('Mr. Sanders took issue with recent criticism of his policy.')).toMatchObject({ cue: 'took issue with', content: 'recent criticism of his policy' }));
  it('make the case that', () => expect(one('Stumpf tried to make the case that this was a few bad apples.').cue).toBe('make the case'));
  it('rail against', () => expect(one('He railed against the corrupting influence of super PACs.')).toMatchObject({ cue: 'railed against', source: 'He' }));
  it('his call for a ban', () => expect(one('His call for a total ban drew criticism.')).toMatchObject({ source: 'His', cue: 'call for', content: 'a total ban' }));
  it('Clinton’s endorsement of the deal', () => expect(one('Clinton’s endorsement of the trade deal has faded.')).toMatchObject({ source: 'Clinton’s', cue: 'endorsement of', cueType: 'stance' }));
  it('a prepositional noun needs an owner', () => expect(quotes('Criticism of the deal has faded.')).toEqual([]));
  it('a verb tagged as a noun keeps its subject (the army plans to)', () => expect(one('The army plans to attack the city.')).toMatchObject({ source: 'The army', cueType: 'intent' }));
});

describe('decisions', () => {
  it('approved a bill: a decision with no claim', () => {
    const doc = run('Republicans on the committee approved a bill designed to curb the agency.');
    expect(doc.get('quotes').map((q) => q.cueType)).toEqual(['decision']);
    expect(doc.get('claims')).toEqual([]);
  });
  it('the approved measure keeps the article’s status', () => expect(statusOf('The council approved a plan to bomb the depot.', 'bomb')?.quote).toBeNull());
});

describe('verbs of conflict toward a person', () => {
  it('attacked + a person (from the entities layer): a stance', () => {
    const text = 'Trump attacked Machado in early-morning tweets.';
    const doc = run(text, () => [{ id: 'E1', name: 'Alicia Machado', kind: 'person', country: null, sector: null, mentions: mentionsOf(text, 'Machado') }]);
    expect(doc.get('quotes').map((q) => [q.cueType, text.slice(q.content.start, q.content.end)])).toEqual([['stance', 'Machado in early-morning tweets']]);
  });
  it('attacked + a pronoun: a stance', () => expect(one('Then he attacked her for her record.').cueType).toBe('stance'));
  it('attacked + a place or a ship: no attribution', () => expect(quotes('In 2000, they attacked the USS Cole, killing 17 sailors.')).toEqual([]));
  it('hit + a town: no attribution', () => expect(quotes('Airstrikes hit the town of Idlib on Monday.')).toEqual([]));
});

describe('light verbs and agent nouns', () => {
  it('offered advice to X', () => expect(one('Sanders offered some pointed advice to Hillary Clinton on Friday.')).toMatchObject({ cue: 'offered some pointed advice to', source: 'Sanders' }));
  it('made a reference to X', () => expect(one('Trump made a reference to the tape.').cue).toBe('made a reference to'));
  it('made a strong condemnation of X', () => expect(one('The Security Council on Friday made a strong condemnation of the test.')).toMatchObject({ cue: 'made a strong condemnation of', content: 'the test' }));
  it('issued a statement that …', () => expect(one('The campaign issued a statement that the claims were false.').content).toBe('that the claims were false'));
  it('is a staunch opponent of X', () => expect(one('Kaine is a staunch opponent of the death penalty.')).toMatchObject({ source: 'Kaine', cueType: 'stance', content: 'the death penalty' }));
  it('a light verb without a reporting noun is no cue', () => expect(quotes('The council made a decision on Friday.')).toEqual([]));
});

describe('a document framing the sentence (In the latest poll, …)', () => {
  it('In + poll + comma: the poll is the source', () => expect(quotes('In the latest CBS News poll, Clinton leads Trump by four points.')[0]).toMatchObject({ cue: 'In', source: 'the latest CBS News poll', content: 'Clinton leads Trump by four points', cueType: 'evidence' }));
  it('a participle after the head', () => expect(quotes('In a poll released Sunday, most voters backed the plan.')[0]?.source).toBe('a poll released Sunday'));
  it('not a statement or an interview', () => expect(quotes('In a statement, the governor thanked the rescuers.').map((q) => q.cue)).not.toContain('In'));
  it('not a place', () => expect(quotes('In the capital, crowds gathered for the vote.')).toEqual([]));
});

describe('verbs tagged as nouns before an object', () => {
  it('after a compound subject (China and Russia support/NOUN the government)', () => expect(quotes('Atrocities continue as China and Russia support the government.').map((q) => q.cue)).toContain('support'));
  it('a noun after a possessive stays a noun', () => expect(quotes('Her support among young voters lags.')).toEqual([]));
});

describe('reporting nouns without an owner', () => {
  it('a speech act or a stance names its act (the endorsement of X)', () => expect(quotes('The endorsement of Clinton came late.')[0]).toMatchObject({ cue: 'endorsement of', content: 'Clinton' }));
  it('a view with no owner is nobody’s', () => expect(quotes('The view of the valley is famous.')).toEqual([]));
  it('his attacks on X: a stance with its owner', () => expect(quotes('His attacks on the senator grew sharper.')[0]).toMatchObject({ cue: 'attacks on', content: 'the senator' }));
  it('attacks on X with no owner are violence', () => expect(quotes('The attacks on the embassy killed four.')).toEqual([]));
  it('questions about X', () => expect(quotes('There are new questions about the deal.').map((q) => q.cue)).toContain('questions about'));
  it('a threat with no owner may be a danger', () => expect(quotes('The threat to national security grew.')).toEqual([]));
});

describe('raising passives of speech', () => {
  it('is said to: speech with no source', () => expect(quotes('Some advisers are said to be urging the governor to run.')[0]).toMatchObject({ cue: 'said', source: null }));
  it('is believed to stays a hedge', () => expect(quotes('The suspect is believed to have fled.')).toEqual([]));
});

describe('verbs of evaluation, labeling and finding out', () => {
  it('identified X as Y', () => expect(one('Officials identified the gunman as a local resident.').content).toBe('the gunman as a local resident'));
  it('identified with a bare object is no attribution', () => expect(quotes('Investigators identified the body.')).toEqual([]));
  it('determined that …: evidence', () => expect(one('The review determined that the rules were broken.')).toMatchObject({ cue: 'determined', cueType: 'evidence' }));
  it('bemoaned X', () => expect(one('The senator bemoaned the lack of progress.').cue).toBe('bemoaned'));
  it('would like to …: an intent', () => expect(one('The governor would like to run again.')).toMatchObject({ cue: 'like', cueType: 'intent' }));
  it('like with a bare object is no attribution', () => expect(quotes('Voters like the governor.')).toEqual([]));
  it('convinced X that …', () => expect(one('She convinced the board that the merger would work.').cue).toBe('convinced'));
  it('vouched for X', () => expect(one('His former boss vouched for him.').cue).toBe('vouched for'));
});
