import { describe, expect, it } from 'vitest';
import { one, quotes } from './helpers.js';

const cues = (text: string) => quotes(text).map((q) => q.cue);

describe('attributions inside another attribution', () => {
  it('a reported cue belongs to the outer content', () => expect(one('Quist now says she opposes the merger.')).toMatchObject({ cue: 'says', content: 'she opposes the merger' }));
  it('a reported plan is not an attribution of the article', () => expect(cues('Moreno said the union planned to block the road.')).toEqual(['said']));
  it('the sentence frame after the clause holds the other cue', () => expect(one('Hospital rules called for the patient to be moved to a larger ward, sources said.')).toMatchObject({ cue: 'said', source: 'sources' }));
  it('a passive inside reported speech', () => expect(cues('Fire officials said a second fuel can was also found in the basement.')).toEqual(['said']));
});

describe('a plain report of speech inside a weaker frame stands on its own', () => {
  it('inside a stance', () => expect(cues('Brenneman mocked the tale about a boat rescue, an episode that Quist says shaped her career.')).toEqual(['mocked', 'says']));
  it('inside a verb of criticism', () => expect(cues('Szabo criticized the payroll system, which an internal audit said was sloppy.')).toEqual(['criticized', 'said']));
  it('a relative clause with its own subject', () => expect(cues('She noted that aid is falling to 0.4 percent of income, which she said would be a record low.')).toEqual(['noted', 'said']));
  it('a relative clause running into the closing frame', () => expect(quotes('Aid is falling to 0.4 percent of income, which she said would be a record low, she noted.').find((q) => q.cue === 'said')?.content).toBe('which she said would be a record low'));
  it('a clause of time with its own subject (when she told …)', () => expect(cues('Oduya seemed to wave off the question in May, when she told Szabo at a forum that people were bored with it.')).toContain('told'));
  it('not inside a report of speech', () => expect(cues('The Ledger reported that Haddad said he was planning a lawsuit.')).toEqual(['reported']));
  it('not inside evidence', () => expect(cues('A recent survey found that 64 percent of parents said they would oppose it.')).toEqual(['found']));
});

describe('sibling attributions end the content before them', () => {
  it('", though she admitted"', () => {
    const qs = quotes('Moreno said the union would hold a rally, though she admitted it might not help.');
    expect(qs.map((q) => q.content)).toEqual(['the union would hold a rally', 'it might not help']);
  });
  it('"and vowed to"', () => expect(quotes('The mayor outlined her housing plan and vowed to fine landlords.').map((q) => q.content)).toEqual(['her housing plan', 'to fine landlords']));
  it('a quotation framed after the clause', () => {
    const qs = quotes('Lindqvist said she thought the law was worth revisiting because “few people understand it,” she said.');
    expect(qs.map((q) => q.content)).toEqual(['she thought the law was worth revisiting because', '“few people understand it,”']);
  });
  it('a new subject after a dash', () => expect(cues('When Quist noted that Brenneman had skipped the votes ― as was true for some months ― Brenneman boasted, “I had better things to do.”')).toEqual(['noted', 'boasted']));
});

describe('contents that end where another clause begins', () => {
  it('a participle opening the sentence ends at the main clause', () => expect(quotes('Arguing that the figures tightened the contest, her staff is suggesting that Szabo is finished.').map((q) => q.cue)).toEqual(['Arguing', 'suggesting']));
  it('While saying …, the main clause is the article’s', () => expect(quotes('While saying that she does admire him, she kept criticizing his budget.')[0]?.content).toBe('that she does admire him'));
  it('a participle after a quotation closing on a comma (,” claiming)', () => expect(quotes('She insisted that she had “rebuilt the union,” claiming that she doubled its members.').map((q) => q.cue)).toEqual(['insisted', 'claiming']));
  it('a coordinated poll figure (and more than 3 in 10 said)', () => expect(quotes('Half said they were hopeful, and more than 3 in 10 said Quist would win.').map((q) => q.source)).toEqual(['Half', 'more than 3 in 10']));
});

describe('quotation then a subordinate clause', () => {
  it('“…,” X said after …', () => expect(one('"Deadlines are not suggestions," Rep. Nora Vance said after the contractor failed to appear.')).toMatchObject({ content: '"Deadlines are not suggestions,"', source: 'Rep. Nora Vance' }));
});

describe('passives', () => {
  it('an agentless passive without what was said is no attribution (published)', () => expect(quotes('The letter should be published.')).toEqual([]));
  it('the passive subject is the noun phrase before the auxiliary', () => expect(one('After a long siege, the militia was accused of burning homes.').content).toBe('the militia was accused of burning homes'));
});

describe('where an infinitive content ends', () => {
  it('at a coordinated clause with a subject of its own, with or without a comma', () => {
    expect(one('She decided to flee to a camp and her husband surrendered to the army.')).toMatchObject({ cue: 'decided', content: 'to flee to a camp' });
    expect(one('The rebels vowed to fight on and the army shelled the town.')).toMatchObject({ cue: 'vowed', content: 'to fight on' });
  });

  it('not at coordinated verbs that share the subject, nor in a that-clause', () => {
    expect(one('The minister pledged to cut taxes and raise wages.')).toMatchObject({ content: 'to cut taxes and raise wages' });
    expect(one('The minister said the economy grew and unemployment fell.')).toMatchObject({ content: 'the economy grew and unemployment fell' });
  });
});
