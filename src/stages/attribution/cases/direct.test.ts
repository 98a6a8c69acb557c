import { describe, expect, it } from 'vitest';
import { one, quotes } from './helpers.js';

describe('direct quotations', () => {
  it('curly marks, content before, pronoun source', () => expect(one('“We will rebuild,” he said.')).toMatchObject({ kind: 'direct', source: 'he', cue: 'said', content: '“We will rebuild,”' }));
  it('inverted cue and source', () => expect(one('“The river is rising,” said Marchetti.')).toMatchObject({ source: 'Marchetti', cue: 'said', content: '“The river is rising,”' }));
  it('straight marks after a colon', () => expect(one('She said: "The vote is tomorrow."')).toMatchObject({ source: 'She', content: '"The vote is tomorrow."' }));
  it("doubled apostrophes as marks (''…'')", () => expect(one("''That isn't a real budget,'' said Oskar Lindqvist, a lecturer.")).toMatchObject({ source: 'Oskar Lindqvist', content: "''That isn't a real budget,''" }));
  it('an opening mark typed as the closing one', () => expect(one('“It is rare,“ said Petra Holm.')).toMatchObject({ source: 'Petra Holm', content: '“It is rare,“' }));
  it("a single mark closing inside doubled apostrophes (,''')", () => expect(one("''I would call it 'half-baked,''' said Miriam Castle.")).toMatchObject({ source: 'Miriam Castle', content: "''I would call it 'half-baked,'''" }));
  it("doubled apostrophes split by the tokenizer (''A …)", () => expect(one("''A new stadium will not fix the budget,'' she said.").content).toBe("''A new stadium will not fix the budget,''"));
  it('another as the inverted source', () => expect(one('“Good luck with that,” tweeted another.').source).toBe('another'));
  it('an addressee then a clause of time', () => expect(quotes('“Nothing is ruled out,” Moreno told the Ledger on Monday after hinting at a run.')[0]).toMatchObject({ cue: 'told', content: '“Nothing is ruled out,”' }));
  it('Asked …, X said, “…”: the quotation after the cue, the question its own', () => expect(quotes('Asked about the flooding, Oduya said, “We need to wait for the engineers.”').map((q) => [q.cue, q.content])).toEqual([['Asked about', 'the flooding'], ['said', '“We need to wait for the engineers.”']]));
  it('an inverted source then a clause of time', () => expect(one('“My neighbors agree,” said voter Rosa Pilar when asked about the mayor.').source).toBe('voter Rosa Pilar'));
  it('a participle between a determiner and its noun in the source', () => expect(one('“Vote early,” said the printed door hanger.').source).toBe('the printed door hanger'));
  it('a question closing the previous sentence', () => expect(one('“Why does this keep happening?” Quist said.')).toMatchObject({ source: 'Quist', cue: 'said' }));
  it('continues over the next sentence of the paragraph', () => expect(one('“We are done,” she said. “The strike is over.”').content).toBe('“We are done,” she said. “The strike is over.”'));
  it('spans paragraphs that reopen with a mark', () => expect(one('He said: “The first point.\n\n“The second point.”').content).toBe('“The first point.\n\n“The second point.”'));
  it('a name then a colon then a quotation', () => expect(one('The result did not surprise pollster Ada Brandt: “Late deciders broke for the challenger.”')).toMatchObject({ source: 'pollster Ada Brandt', cue: ':', content: '“Late deciders broke for the challenger.”' }));
  it('a name after a dash, colon, quotation', () => expect(one('TURNOUT ROSE IN THE NORTH - Ada Brandt: “Our panel saw it coming.”')).toMatchObject({ source: 'Ada Brandt', cue: ':' }));
  it('not a credit line or an addressee before the colon', () => expect(quotes('The mayor sent a short message to Lee Harmon: “Come home.” A report by the Herald’s Ada Brandt: “The bridge is shut.”').filter((q) => q.cue === ':')).toEqual([]));
  it('a dash signature', () => expect(one('“Enough is enough.” — Jane Doe').source).toBe('Jane Doe'));
  it('transcript turns', () => expect(one('HARGREAVES: Will he attend the hearing?')).toMatchObject({ source: 'HARGREAVES', cue: ':' }));
  it('nested cues inside a quotation are the speaker’s, not new quotes', () => expect(quotes('“They assured me that it was fixed,” she said.')).toHaveLength(1));
});

describe('not quotations', () => {
  it('scare quotes', () => expect(quotes('The so-called “caliphate” has fallen.')).toEqual([]));
  it('a title', () => expect(quotes('She watched “Night Harbor” on Friday.')).toEqual([]));
  it('no cue at all', () => expect(quotes('The army took the town on Monday.')).toEqual([]));
  it('an adjectival participle', () => expect(quotes('It failed to reach its declared aim of destroying the group.')).toEqual([]));
  it('a hedging passive is a hedge, not a quote', () => expect(quotes('Jets struck what are said to be the positions of the group.')).toEqual([]));
});

describe('direct quotations: addressees and segmenter cuts', () => {
  it("an object pronoun after the cue (told me)", () => expect(one("''We cannot panic,'' Ms. Holm told me.")).toMatchObject({ source: 'Ms. Holm', cue: 'told' }));
  it('a quantified addressee (told some of the nurses)', () => expect(one('"You did well," Ms. Holm told some of the nurses.').source).toBe('Ms. Holm'));
  it('a sentence cut inside "(D-Mich.)" before the cue', () => expect(one('“It’s a smear,” Rep. Tobias Wren (D-Mich.) said Monday.')).toMatchObject({ source: 'Rep. Tobias Wren (D-Mich.)', cue: 'said' }));
  it('a third-person cue tagged as a noun (notes that)', () => expect(one('Ms. Achterberg notes that prices are rising.')).toMatchObject({ cue: 'notes', content: 'that prices are rising' }));
});

describe('colon lines that are not speakers', () => {
  it("an editorial label (Editor's note:)", () => expect(quotes("Editor's note: An earlier version misspelled a name.")).toEqual([]));
  it('an editorial label in capitals (CORRECTION:)', () => expect(quotes('CORRECTION: The bridge reopens on Tuesday, not on Monday.')).toEqual([]));
  it('a section title with a verb', () => expect(quotes('Drought Squeezes Dairy Farmers: The ministry has been silent for weeks.')).toEqual([]));
  it('a described speaker in a headline', () => expect(one('Independent analyst Mira Sandoval: “Turnout will decide it.”').source).toBe('Independent analyst Mira Sandoval'));
});
