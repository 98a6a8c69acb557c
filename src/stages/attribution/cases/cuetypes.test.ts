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
  it('evidence with a document source', () => expect(cueType('An EU report found that the subsidies were illegal.')).toEqual(['evidence']));
  it('stance with a noun-phrase content', () => expect(one('The union backed Oduya in the primary.')).toMatchObject({ cue: 'backed', content: 'Oduya in the primary' }));
  it('a stance has no claim', () => {
    const doc = run('The guild endorsed the mayor.');
    expect(doc.get('quotes')[0]).toMatchObject({ cueType: 'stance' });
    expect(doc.get('quotes')[0].claim).toBeUndefined();
    expect(doc.get('claims')).toEqual([]);
  });
  it('an armed attack is not a stance (attack needs for/as)', () => expect(quotes('In 1998, they attacked a navy tanker.')).toEqual([]));
});

describe('evidence without a source (raising predicates)', () => {
  it('a raising verb before a past participle of any form (seemed lost)', () => expect(quotes('Szabo seemed lost, nodding along.')[0]).toMatchObject({ cue: 'seemed', cueType: 'evidence' }));
  it('X seems to Y', () => expect(one('The mayor seemed to be losing patience.')).toMatchObject({ source: null, cue: 'seemed', content: 'The mayor seemed to be losing patience' }));
  it('X appeared + participle', () => expect(one('The board appeared stunned by the verdict.')).toMatchObject({ cue: 'appeared', content: 'The board appeared stunned by the verdict' }));
  it('it appears that X', () => expect(one('It appears that the vote was not close anywhere.').content).toBe('the vote was not close anywhere'));
  it('X is expected to Y', () => expect(one('The regulator is expected to rule at its next session.')).toMatchObject({ source: null, content: 'The regulator is expected to rule at its next session' }));
  it('appeared on television is no evidence', () => expect(quotes('The mayor appeared on Channel 4 on Monday.')).toEqual([]));
  it('looks at is no evidence', () => expect(quotes('The board looks at the accounts every month.')).toEqual([]));
});

describe('statuses: a stance or sourceless evidence does not report the clause', () => {
  it('backed by allied fighters, made gains: asserted', () => expect(statusOf('Government soldiers, backed by militia fighters, have made rapid advances.', 'made')?.status).toBe('asserted'));
  it('a stance object keeps its status', () => expect(statusOf('The party backed the campaign against the cartels.', 'campaign')?.quote).toBeNull());
  it('seems to: hedged, not reported', () => expect(statusOf('The ceasefire seems to be holding.', 'holding')?.flags).not.toContain('reported'));
  it('is expected to: forecast', () => expect(statusOf('The army is expected to attack the city.', 'attack')?.status).toBe('forecast'));
  it('an intent is planned', () => expect(statusOf('The rebels want to take the city.', 'take')?.status).toBe('planned'));
});

describe('attitude adjectives', () => {
  it('X are wary of Y', () => expect(one('Union leaders are wary of pushing the strike too far.')).toMatchObject({ source: 'Union leaders', cue: 'are wary', content: 'pushing the strike too far' }));
  it('X is confident that Y', () => expect(one('The governor is confident that the bill will pass.')).toMatchObject({ source: 'The governor', content: 'that the bill will pass' }));
  it('willing to: an intent', () => expect(one('The rebels were willing to negotiate.')).toMatchObject({ cueType: 'intent', content: 'to negotiate' }));
  it('an expletive subject is the article’s voice', () => expect(quotes('It is clear that the talks failed.')).toEqual([]));
  it('an adjective without its complement is no cue', () => expect(quotes('The minister was angry.')).toEqual([]));
});

describe('participles after their noun', () => {
  it('a poll released Friday shows …: the poll is the source', () => expect(one('The newest tracking poll released Monday shows that Quist leads.')).toMatchObject({ cue: 'shows', source: 'The newest tracking poll' }));
  it('in a report published last year: no attribution', () => expect(quotes('The number appears in a study published last month by the ministry.')).toEqual([]));
  it('the clause verb before a day is kept', () => expect(one('The ministry announced Tuesday that the ferries would resume.').cue).toBe('announced'));
});

describe('phrasal cues and reporting nouns with a preposition', () => {
  it('take issue with', () => expect(one('Ms. Oduya took issue with recent coverage of her budget.')).toMatchObject({ cue: 'took issue with', content: 'recent coverage of her budget' }));
  it('make the case that', () => expect(one('Lindqvist tried to make the case that the losses were temporary.').cue).toBe('make the case'));
  it('rail against', () => expect(one('She railed against the power of landlords.')).toMatchObject({ cue: 'railed against', source: 'She' }));
  it('his call for a ban', () => expect(one('Her call for a complete recount drew protests.')).toMatchObject({ source: 'Her', cue: 'call for', content: 'a complete recount' }));
  it('Quist’s endorsement of the pipeline', () => expect(one('Quist’s endorsement of the pipeline has cooled.')).toMatchObject({ source: 'Quist’s', cue: 'endorsement of', cueType: 'stance' }));
  it('a prepositional noun needs an owner', () => expect(quotes('Criticism of the plan has grown.')).toEqual([]));
  it('a verb tagged as a noun keeps its subject (the militia plans to)', () => expect(one('The militia plans to seize the port.')).toMatchObject({ source: 'The militia', cueType: 'intent' }));
});

describe('decisions', () => {
  it('approved a bill: a decision with no claim', () => {
    const doc = run('Members of the council approved a measure designed to limit rents.');
    expect(doc.get('quotes').map((q) => q.cueType)).toEqual(['decision']);
    expect(doc.get('claims')).toEqual([]);
  });
  it('the approved measure keeps the article’s status', () => expect(statusOf('The council approved a plan to bomb the depot.', 'bomb')?.quote).toBeNull());
});

describe('verbs of conflict toward a person', () => {
  it('attacked + a person (from the entities layer): a stance', () => {
    const text = 'Brenneman attacked Okafor in late-night posts.';
    const doc = run(text, () => [{ id: 'E1', name: 'Dana Okafor', kind: 'person', country: null, sector: null, mentions: mentionsOf(text, 'Okafor') }]);
    expect(doc.get('quotes').map((q) => [q.cueType, text.slice(q.content.start, q.content.end)])).toEqual([['stance', 'Okafor in late-night posts']]);
  });
  it('attacked + a pronoun: a stance', () => expect(one('Later she attacked him for his votes.').cueType).toBe('stance'));
  it('attacked + a place or a ship: no attribution', () => expect(quotes('In 1998, they attacked the tanker Meridian, killing 9 sailors.')).toEqual([]));
  it('hit + a town: no attribution', () => expect(quotes('Rockets hit the village of Tamra on Sunday.')).toEqual([]));
});

describe('light verbs and agent nouns', () => {
  it('gave advice to X', () => expect(one('Achterberg gave some blunt advice to the party chair on Monday.')).toMatchObject({ cue: 'gave some blunt advice to', source: 'Achterberg' }));
  it('made a reference to X', () => expect(one('Quist made a reference to the scandal.').cue).toBe('made a reference to'));
  it('made a firm condemnation of X', () => expect(one('The assembly on Tuesday made a firm condemnation of the raid.')).toMatchObject({ cue: 'made a firm condemnation of', content: 'the raid' }));
  it('issued a statement that …', () => expect(one('The ministry issued a statement that the report was inaccurate.').content).toBe('that the report was inaccurate'));
  it('is a staunch opponent of X', () => expect(one('Lindqvist is a staunch opponent of fuel tariffs.')).toMatchObject({ source: 'Lindqvist', cueType: 'stance', content: 'fuel tariffs' }));
  it('a light verb without a reporting noun is no cue', () => expect(quotes('The council made a decision on Friday.')).toEqual([]));
});

describe('a document framing the sentence (In the latest poll, …)', () => {
  it('In + poll + comma: the poll is the source', () => expect(quotes('In the newest Fenwick poll, Quist leads Brenneman by six points.')[0]).toMatchObject({ cue: 'In', source: 'the newest Fenwick poll', content: 'Quist leads Brenneman by six points', cueType: 'evidence' }));
  it('a participle after the head', () => expect(quotes('In a survey released Monday, most parents backed the change.')[0]?.source).toBe('a survey released Monday'));
  it('not a statement or an interview', () => expect(quotes('In a statement, the mayor thanked the volunteers.').map((q) => q.cue)).not.toContain('In'));
  it('not a place', () => expect(quotes('In the harbor, boats gathered for the race.')).toEqual([]));
});

describe('verbs tagged as nouns before an object', () => {
  it('after a compound subject (Iran and Qatar support/NOUN the regime)', () => expect(quotes('The killings go on as Iran and Qatar support the regime.').map((q) => q.cue)).toContain('support'));
  it('a noun after a possessive stays a noun', () => expect(quotes('His support among older women slipped.')).toEqual([]));
});

describe('reporting nouns without an owner', () => {
  it('a speech act or a stance names its act (the endorsement of X)', () => expect(quotes('The endorsement of Quist came early.')[0]).toMatchObject({ cue: 'endorsement of', content: 'Quist' }));
  it('a view with no owner is nobody’s', () => expect(quotes('The view of the bay is lovely.')).toEqual([]));
  it('his attacks on X: a stance with its owner', () => expect(quotes('Her attacks on the governor grew harsher.')[0]).toMatchObject({ cue: 'attacks on', content: 'the governor' }));
  it('attacks on X with no owner are violence', () => expect(quotes('The attacks on the consulate wounded six.')).toEqual([]));
  it('questions about X', () => expect(quotes('There are fresh questions about the contract.').map((q) => q.cue)).toContain('questions about'));
  it('a threat with no owner may be a danger', () => expect(quotes('The threat to public health increased.')).toEqual([]));
});

describe('raising passives of speech', () => {
  it('is said to: speech with no source', () => expect(quotes('Several aides are said to be pressing the mayor to quit.')[0]).toMatchObject({ cue: 'said', source: null }));
  it('is believed to stays a hedge', () => expect(quotes('The gunman is believed to have escaped.')).toEqual([]));
});

describe('verbs of evaluation, labeling and finding out', () => {
  it('identified X as Y', () => expect(one('Police identified the driver as a former soldier.').content).toBe('the driver as a former soldier'));
  it('identified with a bare object is no attribution', () => expect(quotes('Divers identified the wreck.')).toEqual([]));
  it('determined that …: evidence', () => expect(one('The inquiry determined that the brakes had failed.')).toMatchObject({ cue: 'determined', cueType: 'evidence' }));
  it('bemoaned X', () => expect(one('The mayor bemoaned the shortage of nurses.').cue).toBe('bemoaned'));
  it('would like to …: an intent', () => expect(one('The coach would like to stay another season.')).toMatchObject({ cue: 'like', cueType: 'intent' }));
  it('like with a bare object is no attribution', () => expect(quotes('Tourists like the beaches.')).toEqual([]));
  it('convinced X that …', () => expect(one('He convinced the council that the tunnel was affordable.').cue).toBe('convinced'));
  it('vouched for X', () => expect(one('Her old mentor vouched for her.').cue).toBe('vouched for'));
});
