import { describe, expect, it } from 'vitest';
import { one, quotes } from './helpers.js';

const cues = (text: string) => quotes(text).map((q) => q.cue);

describe('attributions inside another attribution', () => {
  it('a reported cue belongs to the outer content', () => expect(one('Clinton now says she opposes the deal.')).toMatchObject({ cue: 'says', content: 'she opposes the deal' }));
  it('a reported plan is not an attribution of the article', () => expect(cues('Figueroa said the campaign planned to bus in supporters.')).toEqual(['said']));
  it('the sentence frame after the clause holds the other cue', () => expect(one('Secret Service protocol called for the nominee to be taken to a trauma center, sources said.')).toMatchObject({ cue: 'said', source: 'sources' }));
  it('a passive inside reported speech', () => expect(cues('Police officials said a second device was also found in Chelsea.')).toEqual(['said']));
});

describe('a plain report of speech inside a weaker frame stands on its own', () => {
  it('inside a stance', () => expect(cues('Trump mocked the story about a knife fight, an event that Carson says changed his life.')).toEqual(['mocked', 'says']));
  it('inside a verb of criticism', () => expect(cues('Pence criticized the email setup, which an FBI review said was careless.')).toEqual(['criticized', 'said']));
  it('a relative clause with its own subject', () => expect(cues('He noted that spending is sinking to 1.08 percent of output, which he said would be its lowest ever.')).toEqual(['noted', 'said']));
  it('a relative clause running into the closing frame', () => expect(quotes('Spending is sinking to 1.08 percent of output, which he said would be its lowest ever, he noted.').find((q) => q.cue === 'said')?.content).toBe('which he said would be its lowest ever'));
  it('a clause of time with its own subject (when he told …)', () => expect(cues('Sanders appeared to dismiss the issue in October, when he told Clinton at a debate that voters were tired of it.')).toContain('told'));
  it('not inside a report of speech', () => expect(cues('The Post reported that Klein said he was writing a book.')).toEqual(['reported']));
  it('not inside evidence', () => expect(cues('A new poll found that 70 percent of voters said they would back her.')).toEqual(['found']));
});

describe('sibling attributions end the content before them', () => {
  it('", though she acknowledged"', () => {
    const qs = quotes('Figueroa said the campaign would stage a protest, though she acknowledged it was unlikely to work.');
    expect(qs.map((q) => q.content)).toEqual(['the campaign would stage a protest', 'it was unlikely to work']);
  });
  it('"and vowed to"', () => expect(quotes('The nominee outlined his cybersecurity plan and vowed to punish leakers.').map((q) => q.content)).toEqual(['his cybersecurity plan', 'to punish leakers']));
  it('a quotation framed after the clause', () => {
    const qs = quotes('DuVernay said she felt the amendment was worth examining because “most people don’t know,” she said.');
    expect(qs.map((q) => q.content)).toEqual(['she felt the amendment was worth examining because', '“most people don’t know,”']);
  });
  it('a new subject after a dash', () => expect(cues('When Clinton noted that Trump had paid no taxes ― as was true for some years ― Trump boasted, “That makes me smart.”')).toEqual(['noted', 'boasted']));
});

describe('contents that end where another clause begins', () => {
  it('a participle opening the sentence ends at the main clause', () => expect(quotes('Arguing that the results narrowed the race, his team is suggesting that Rubio is done.').map((q) => q.cue)).toEqual(['Arguing', 'suggesting']));
  it('While saying …, the main clause is the article’s', () => expect(quotes('While saying that he does respect her, he continued to attack her record.')[0]?.content).toBe('that he does respect her'));
  it('a participle after a quotation closing on a comma (,” claiming)', () => expect(quotes('He insisted that he has “expanded the party,” claiming that he drew more voters.').map((q) => q.cue)).toEqual(['insisted', 'claiming']));
  it('a coordinated poll figure (and more than 4 in 10 said)', () => expect(quotes('Half said they were worried, and more than 4 in 10 said Trump would be best.').map((q) => q.source)).toEqual(['Half', 'more than 4 in 10']));
});

describe('quotation then a subordinate clause', () => {
  it('“…,” X said after …', () => expect(one('"Subpoenas are not optional," Rep. Jason Chaffetz said after Pagliano failed to show up.')).toMatchObject({ content: '"Subpoenas are not optional,"', source: 'Rep. Jason Chaffetz' }));
});

describe('passives', () => {
  it('an agentless passive without what was said is no attribution (published)', () => expect(quotes('The video should be published.')).toEqual([]));
  it('the passive subject is the noun phrase before the auxiliary', () => expect(one('After a long fight, the coalition was accused of killing civilians.').content).toBe('the coalition was accused of killing civilians'));
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
