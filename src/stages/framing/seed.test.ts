/** Golden test: the framing spans of `../shared/corpus/seed/EXPECTED.md` on the seed article. */
import { describe, expect, it } from 'vitest';
import { analyzeDoc, seedText } from '../../../test/support.js';

const text = seedText();
const doc = analyzeDoc({ text, published: '2018-09-06' });
const frames = doc.get('frames');
/** Techniques of the frames overlapping the k-th occurrence of `s`. */
function techniques(s: string, k = 1): string[] {
  let i = -1;
  for (let n = 0; n < k; n++) i = text.indexOf(s, i + 1);
  return frames.filter((f) => f.start < i + s.length && i < f.end).map((f) => f.technique);
}

describe('seed article: framing', () => {
  it.each(['Daesh Takfiri terrorist group', 'the terror group', 'the terror outfit', 'Daesh terrorists', 'foreign-sponsored Takfiri terrorist groups', 'Takfiri militants'])('Name_Calling,Labeling: %s', (s) => expect(techniques(s)).toContain('Name_Calling,Labeling'));
  it.each(['flushed out', 'physical annihilation', 'reign of terror', 'deadly attacks', 'war-torn'])('Loaded_Language: %s', (s) => expect(techniques(s)).toContain('Loaded_Language'));
  it.each(['self-proclaimed', 'so-called caliphate', 'purported Daesh targets', 'what are said to be', 'largely incapable of fulfilling its declared aim'])('Doubt: %s', (s) => expect(techniques(s)).toContain('Doubt'));
  it('"probably" is a hedge in the profile, not a technique', () => {
    expect(techniques('probably')).toEqual([]);
    expect(doc.get('framing').hedges.spans.map((h) => h.text)).toContain('probably');
  });
  it('every frame uses a SemEval-2020 Task 11 technique name', () => {
    const names = new Set(['Appeal_to_Authority', 'Appeal_to_fear-prejudice', 'Bandwagon,Reductio_ad_hitlerum', 'Black-and-White_Fallacy', 'Causal_Oversimplification', 'Doubt', 'Exaggeration,Minimisation', 'Flag-Waving', 'Loaded_Language', 'Name_Calling,Labeling', 'Repetition', 'Slogans', 'Thought-terminating_Cliches', 'Whataboutism,Straw_Men,Red_Herring']);
    for (const f of frames) expect(names.has(f.technique), f.technique).toBe(true);
  });
});

describe('the same story from a wire service has none of the Doubt spans', () => {
  it('AFP-style wording', () => {
    const wire = analyzeDoc({ text: 'The French army chief said the Islamic State group would be driven from all the territory it once held in Syria by the end of the year. Jihadists still hold pockets of desert.' });
    expect(wire.get('frames').filter((f) => f.technique === 'Doubt')).toEqual([]);
    expect(wire.get('framing').counts.Doubt ?? 0).toBe(0);
  });
});
