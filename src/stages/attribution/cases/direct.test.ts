import { describe, expect, it } from 'vitest';
import { one, quotes } from './helpers.js';

describe('direct quotations', () => {
  it('curly marks, content before, pronoun source', () => expect(one('“We will win,” he said.')).toMatchObject({ kind: 'direct', source: 'he', cue: 'said', content: '“We will win,”' }));
  it('inverted cue and source', () => expect(one('“This is in their heads,” said Caddell.')).toMatchObject({ source: 'Caddell', cue: 'said', content: '“This is in their heads,”' }));
  it('straight marks after a colon', () => expect(one('He said: "We have a situation here."')).toMatchObject({ source: 'He', content: '"We have a situation here."' }));
  it("doubled apostrophes as marks (''…'')", () => expect(one("''This isn't tax reform,'' said Douglas Holtz-Eakin, an economist.")).toMatchObject({ source: 'Douglas Holtz-Eakin', content: "''This isn't tax reform,''" }));
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
