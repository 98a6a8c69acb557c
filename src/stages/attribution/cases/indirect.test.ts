import { describe, expect, it } from 'vitest';
import { one, quotes } from './helpers.js';

describe('indirect speech', () => {
  it('X said that …', () => expect(one('The minister said that the talks had failed.')).toMatchObject({ kind: 'indirect', source: 'The minister', cue: 'said', content: 'that the talks had failed' }));
  it('zero complementizer', () => expect(one('Mr. Schultz said he did not support the plan.')).toMatchObject({ source: 'Mr. Schultz', content: 'he did not support the plan' }));
  it('a mis-tagged head noun', () => expect(one('The French military chief says the group will be defeated.').source).toBe('The French military chief'));
  it('told reporters that', () => expect(one('The general told reporters that the offensive would start soon.')).toMatchObject({ cue: 'told', content: 'that the offensive would start soon' }));
  it('adverbials between cue and clause', () => expect(one('Officials said on Thursday that the border was closed.').content).toBe('that the border was closed'));
  it('according to X, …', () => expect(one('According to the United Nations, 300 people were displaced.')).toMatchObject({ source: 'the United Nations', cue: 'According to', content: '300 people were displaced' }));
  it('…, according to X', () => expect(one('Fighting resumed near the airport, according to witnesses.')).toMatchObject({ source: 'witnesses', content: 'Fighting resumed near the airport' }));
  it('X, who …, said', () => expect(one('Ms. Lee, who leads the commission, said the vote was fair.').source).toBe('Ms. Lee'));
  it('relative pronoun as the source', () => expect(quotes('Russia, which has backed the government, has said the presence is illegal.').some((q) => q.source === 'Russia')).toBe(true));
  it('parenthesised affiliation', () => expect(one('Sen. Lindsey Graham (R-S.C.) said the bill was dead.').source).toBe('Sen. Lindsey Graham (R-S.C.)'));
  it('content on the left', () => expect(one('The ceasefire is holding, officials said Friday.')).toMatchObject({ source: 'officials', content: 'The ceasefire is holding', sourceKind: 'anonymous' }));
  it('a time phrase between subject and verb', () => expect(one('The government in late December declared victory against the group.').source).toBe('The government'));
  it('mixed: partial quotes inside reported speech', () => expect(one('Russia has said that the presence is “illegitimate” because “nobody has invited them”.')).toMatchObject({ kind: 'mixed', source: 'Russia' }));
  it('a participle clause takes the main subject', () => expect(quotes('Lecointre spoke on Thursday, adding that the caliphate would fall.').find((q) => q.cue === 'adding')?.source).toBe('Lecointre'));
  it('object pronoun and predicate (called him a master)', () => expect(one('Cummings called him a master at bolting together deals.')).toMatchObject({ cue: 'called', content: 'him a master at bolting together deals' }));
  it('coordinated object and predicate', () => expect(one('Democrats called the citation and the demand for his testimony a stunt.').content).toBe('the citation and the demand for his testimony a stunt'));
  it('two names joined as the source', () => expect(quotes('Obama and Clinton call them "lone wolves".')[0]?.source).toBe('Obama and Clinton'));
  it('a verbless fragment before the frame', () => expect(one('People like Scott, he said.')).toMatchObject({ source: 'he', content: 'People like Scott' }));
  it('Asked about X, …: the question, no source', () => expect(quotes('Asked about the charges, Rubio said that the reform was dead.')[0]).toMatchObject({ cue: 'Asked about', source: null, content: 'the charges' }));
  it('polls show/NOUN …', () => expect(one('Polls show working-class whites could be a boon to Trump.')).toMatchObject({ source: 'Polls', cue: 'show' }));
  it('a quantifier subject after a strict cue', () => expect(one('A review by The Times shows most of the hours logged were for campaign travel.').cue).toBe('shows'));
  it('a one-word quotation before an inverted cue', () => expect(one('"Meh," wrote a supporter who runs the account.').content).toBe('"Meh,"'));
  it('", even suggesting …" is a new attribution', () => expect(quotes('The nominee complained about his mic, even suggesting he may have been sabotaged.').map((q) => q.cue)).toEqual(['complained about', 'suggesting']));
  it('"The Latest:" is a label, not a speaker', () => expect(one('The Latest: Trump urges supporters to monitor polling places.')).toMatchObject({ source: 'Trump', cue: 'urges' }));
  it('a progressive tagged as an adjective (is promising)', () => expect(one('Mr. Sanders is suddenly promising the moon.').cue).toBe('promising'));
  it('a reflexive after the subject', () => expect(one('Clinton herself also signaled that she is girding for a fight.').source).toBe('Clinton'));
  it('the object ends at the cue’s preposition', () => expect(one('Prosecutors charged the officer with murder.').content).toBe('the officer with murder'));
  it('see X as Y', () => expect(one('Developers see golf courses as wasted space.').content).toBe('golf courses as wasted space'));
  it('consider X Y', () => expect(one('Conservatives consider him a phony.').content).toBe('him a phony'));
  it('a possessive subject in a zero-that clause (I think his comment …)', () => expect(one('I think his comment is correct.').content).toBe('his comment is correct'));
  it('evidence takes a small clause (showed X leading)', () => expect(one('The poll by the institute showed Clinton leading Sanders.').cue).toBe('showed'));
  it('a document subject past a day (a poll out Monday showed)', () => expect(one('A Monmouth poll out Monday showed Clinton with a healthy lead.').source).toBe('A Monmouth poll'));
  it('wrote + noun phrase', () => expect(one('Mariano wrote a memoir of her time at the White House.').cue).toBe('wrote'));
  it('want + noun phrase: an intent', () => expect(one('Rep. Patrick Murphy wants more funding for teacher pay.')).toMatchObject({ cue: 'wants', cueType: 'intent' }));
  it('object and predicate (called X a hoax)', () => expect(one('Trump has called climate change a hoax.')).toMatchObject({ cue: 'called', content: 'climate change a hoax' }));
});

describe('anonymous and passive sources', () => {
  it('passive allegation has no source', () => expect(one('The coalition has been repeatedly accused of killing civilians.')).toMatchObject({ source: null, sourceKind: 'passive', content: 'The coalition has been repeatedly accused of killing civilians' }));
  it('passive with a by-phrase', () => expect(one('The plan was rejected by the parliament on Monday.').source).toBe('the parliament'));
  it('sources said', () => expect(one('The convoy was hit twice, sources said.').sourceKind).toBe('anonymous'));
  it('a report', () => expect(one('A UN report found that the strikes were unlawful.').sourceKind).toBe('document'));
});

describe('tagger slips and coordination', () => {
  it('a name tagged as a verb (Cook said)', () => expect(one('Cook said Carter stopped the practice.').source).toBe('Cook'));
  it('an appositive name tagged as a verb', () => expect(quotes('His press secretary, Peter Cook, told the Times that it was a mistake.')[0]?.source).toBe('His press secretary'));
  it('a second verb of one subject (praised … and said)', () => expect(quotes('Wilson praised Rubio and said the senator can win.').find((q) => q.cue === 'said')?.source).toBe('Wilson'));
  it('an adverb between subject and cue (however)', () => expect(one('Carter however said he would welcome the talks.').source).toBe('Carter'));
  it('an adverb and a relative clause between commas', () => expect(one('Sanders, meanwhile, who has no such endorsements, said that fact speaks volumes.').source).toBe('Sanders'));
  it('a relative clause after an inverted source', () => expect(one('“It is challenging,” said a data expert who has worked for a rival.').source).toBe('a data expert'));
  it('a cue verb tagged as a noun after a number', () => expect(one('About 4 in 10 say they want more liberal policies.').cue).toBe('say'));
  it('a participle phrase between commas', () => expect(one('Trump, speaking to a veterans group in Virginia, said he would order a review.').source).toBe('Trump'));
  it('two appositives', () => expect(one('Scott Pruitt, the attorney general of Oklahoma, one of the states suing the agency, said the rule was illegal.').source).toBe('Scott Pruitt'));
  it('a parenthesis and an appositive', () => expect(one('“But everyone is fine,” Rep. Jim Jordan (R-Ohio), an oversight panel member, said.').source).toBe('Rep. Jim Jordan (R-Ohio)'));
  it('a subject with a complement (those close to him)', () => expect(one('Those close to him say that he would consider it.').source).toBe('Those close to him'));
  it('a relative clause without a pronoun', () => expect(one('All the experts I interviewed said her proposals were detailed.').source).toBe('All the experts I interviewed'));
  it('a name tagged as a verb after an inverted cue', () => expect(quotes('“There is value in the file,” said Skelly, explaining he worked with them.')[0]?.source).toBe('Skelly'));
  it('a capitalized determiner inside a name', () => expect(one('“She does not do it often,” CBS This Morning co-anchor DeMarco Morgan said.').source).toBe('CBS This Morning co-anchor DeMarco Morgan'));
  it('an addressee after a comma frame', () => expect(one('He had been completing his second year, a school spokesman told The Wall Street Journal.')).toMatchObject({ source: 'a school spokesman', content: 'He had been completing his second year' }));
  it('called on X to …', () => expect(one('Palmieri called on Trump to stop attacking Machado.')).toMatchObject({ cue: 'called on', content: 'Trump to stop attacking Machado' }));
  it('a circumstance before the subject is no content', () => expect(quotes('In June, the senator, who had backed him, called on Republicans to drop Trump.').map((q) => [q.cue, q.content])).toEqual([['backed', 'him'], ['called on', 'Republicans to drop Trump']]));
  it('an addressee after the cue of a closing quotation', () => expect(one('“The campaign goes on,” Kasich told a crowd in Ohio on Tuesday.')).toMatchObject({ source: 'Kasich', content: '“The campaign goes on,”' }));
});
