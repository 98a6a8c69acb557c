import { describe, expect, it } from 'vitest';
import { one, quotes } from './helpers.js';

describe('direct quotations', () => {
  it('curly marks, content before, pronoun source', () => expect(one('“We will win,” he said.')).toMatchObject({ kind: 'direct', source: 'he', cue: 'said', content: '“We will win,”' }));
  it('inverted cue and source', () => expect(one('“This is in their heads,” said Caddell.')).toMatchObject({ source: 'Caddell', cue: 'said', content: '“This is in their heads,”' }));
  it('straight marks after a colon', () => expect(one('He said: "We have a situation here."')).toMatchObject({ source: 'He', content: '"We have a situation here."' }));
  it("doubled apostrophes as marks (''…'')", () => expect(one("''This isn't tax reform,'' said Douglas Holtz-Eakin, an economist.")).toMatchObject({ source: 'Douglas Holtz-Eakin', content: "''This isn't tax reform,''" }));
  it('an opening mark typed as the closing one', () => expect(one('“It is unusual,“ said Larry Noble.')).toMatchObject({ source: 'Larry Noble', content: '“It is unusual,“' }));
  it("a single mark closing inside doubled apostrophes (,''')", () => expect(one("''I would use the word 'old-school,''' said Gregory Slayton.")).toMatchObject({ source: 'Gregory Slayton', content: "''I would use the word 'old-school,'''" }));
  it("doubled apostrophes split by the tokenizer (''A …)", () => expect(one("''A museum alone will not end poverty,'' he said.").content).toBe("''A museum alone will not end poverty,''"));
  it('another as the inverted source', () => expect(one('“Better watch out,” tweeted another.').source).toBe('another'));
  it('an addressee then a clause of time', () => expect(quotes('“Everything is on the table,” Carson told the AP on Wednesday after hinting at changes.')[0]).toMatchObject({ cue: 'told', content: '“Everything is on the table,”' }));
  it('Asked …, X said, “…”: the quotation after the cue, the question its own', () => expect(quotes('Asked about the blast, Clinton said, “I think it is important to know the facts.”').map((q) => [q.cue, q.content])).toEqual([['Asked about', 'the blast'], ['said', '“I think it is important to know the facts.”']]));
  it('an inverted source then a clause of time', () => expect(one('“The framers would agree,” said constituent Dan Golvach when asked about the senator.').source).toBe('constituent Dan Golvach'));
  it('a participle between a determiner and its noun in the source', () => expect(one('“We appreciate his supporters,” said the printed slate card.').source).toBe('the printed slate card'));
  it('a question closing the previous sentence', () => expect(one('“How many times do we have to see this?” Clinton said.')).toMatchObject({ source: 'Clinton', cue: 'said' }));
  it('continues over the next sentence of the paragraph', () => expect(one('“We are ready,” she said. “The talks are over.”').content).toBe('“We are ready,” she said. “The talks are over.”'));
  it('spans paragraphs that reopen with a mark', () => expect(one('He said: “The first point.\n\n“The second point.”').content).toBe('“The first point.\n\n“The second point.”'));
  it('a dash signature', () => expect(one('“Enough is enough.” — Jane Doe').source).toBe('Jane Doe'));
  it('transcript turns', () => expect(one('WALLACE: Will she be there tomorrow night?')).toMatchObject({ source: 'WALLACE', cue: ':' }));
  it('nested cues inside a quotation are the speaker’s, not new quotes', () => expect(quotes('“They told me that it was over,” she said.')).toHaveLength(1));
});

describe('not quotations', () => {
  it('scare quotes', () => expect(quotes('The so-called “caliphate” has fallen.')).toEqual([]));
  it('a title', () => expect(quotes('She watched “Shark Tank” on Sunday.')).toEqual([]));
  it('no cue at all', () => expect(quotes('The army took the town on Monday.')).toEqual([]));
  it('an adjectival participle', () => expect(quotes('It failed to reach its declared aim of destroying the group.')).toEqual([]));
  it('a hedging passive is a hedge, not a quote', () => expect(quotes('Jets struck what are said to be the positions of the group.')).toEqual([]));
});

describe('direct quotations: addressees and segmenter cuts', () => {
  it("an object pronoun after the cue (told me)", () => expect(one("''We must not overreact,'' Mr. King told me.")).toMatchObject({ source: 'Mr. King', cue: 'told' }));
  it('a quantified addressee (told some of the miners)', () => expect(one('"I am proud of you," Mr. Clarke told some of the miners.').source).toBe('Mr. Clarke'));
  it('a sentence cut inside "(D-Wis.)" before the cue', () => expect(one('“It’s a dog whistle,” Rep. Gwen Moore (D-Wis.) said Friday.')).toMatchObject({ source: 'Rep. Gwen Moore (D-Wis.)', cue: 'said' }));
  it('a third-person cue tagged as a noun (notes that)', () => expect(one('Mr. McKinley notes that rates are low.')).toMatchObject({ cue: 'notes', content: 'that rates are low' }));
});

describe('colon lines that are not speakers', () => {
  it("an editorial label (Editor's note:)", () => expect(quotes("Editor's note: This story has been updated with new figures.")).toEqual([]));
  it('a section title with a verb', () => expect(quotes('Veto Power Impedes Peace Efforts: The council has been split for years.')).toEqual([]));
  it('a described speaker in a headline', () => expect(one('Republican pollster Daron Shaw: “Lesser-known candidates rarely win.”').source).toBe('Republican pollster Daron Shaw'));
});
