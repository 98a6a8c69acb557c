import { describe, expect, it } from 'vitest';
import { seedText, analyzeDoc } from '../../../test/support.js';
import { findParagraphs } from './paragraphs.js';

const segmentOnly = { preset: 'segment' };

describe('segment', () => {
  it('splits the seed article into its sentences, full stops inside quotes included', () => {
    const doc = analyzeDoc({ text: seedText() }, segmentOnly);
    const sentences = doc.get('sentences').map((s) => doc.slice(s));
    expect(sentences).toHaveLength(14);
    expect(sentences[1]).toBe(
      'France’s Chief of Defense Staff Francois Lecointre made the remark in a press conference on Thursday, adding that the physical annihilation of the so-called caliphate would “probably” occur “late autumn.”',
    );
    expect(sentences[9]).toMatch(/^“Once the physical caliphate has fallen\.\.\. we will pose/);
    expect(doc.get('paragraphs')).toHaveLength(12);
  });

  it('gives every token an offset that slices to its text', () => {
    const text = 'He said: “We can’t — won’t — stop.”  The U.S.-led coalition’s 1,000-strong force; Trump’s plan.\r\nNext\tline.';
    const doc = analyzeDoc({ text }, segmentOnly);
    const t = doc.get('tokens');
    for (let i = 0; i < t.length; i++) expect(text.slice(t.start[i], t.end[i])).toBe(t.text[i]);
    expect(t.text).toContain('coalition');
    expect(t.text).toContain('’s');
  });

  it('emits no zero-width token for a double full stop before a word, and later stages run on it', () => {
    const doc = analyzeDoc({ text: 'Officials said..the army left Homs.' });
    const t = doc.get('tokens');
    for (let i = 0; i < t.length; i++) expect(t.end[i]).toBeGreaterThan(t.start[i]);
    expect(doc.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(doc.get('entities').length).toBeGreaterThan(0);
  });

  it('gives a word read again (memoized by vocabulary id) the same forms, and its lemma per part of speech', () => {
    const text = 'The attacks continued. He attacks the town. Officials said the attacks had stopped.';
    const first = analyzeDoc({ text }, segmentOnly).get('tokens');
    const again = analyzeDoc({ text }, segmentOnly).get('tokens');
    expect(again.lemma).toEqual(first.lemma);
    expect([...again.keyId!]).toEqual([...first.keyId!]);
    const at = first.text.map((w, i) => (w === 'attacks' ? i : -1)).filter((i) => i >= 0);
    expect(at.map((i) => first.pos[i])).toEqual(['NOUN', 'VERB', 'NOUN']);
    expect(at.map((i) => first.lemma[i])).toEqual(['attack', 'attack', 'attack']);
    expect(new Set(at.map((i) => first.keyId![i])).size).toBe(1);
  });

  it('keeps a contraction’s expansion as its normal form, not the form read elsewhere', () => {
    const t = analyzeDoc({ text: 'They can’t stop. The can is empty. Ca n’t.' }, segmentOnly).get('tokens');
    expect(t.lower[t.text.indexOf('ca')]).toBe('can');
    expect(t.lower[t.text.indexOf('can')]).toBe('can');
  });

  it('tokenizes a possessive the same way whatever was read before', () => {
    const a = analyzeDoc({ text: 'It was Obama’s. Obama’s plan failed.' }, segmentOnly).get('tokens').text;
    const b = analyzeDoc({ text: 'Obama’s plan failed.' }, segmentOnly).get('tokens').text;
    expect(a.slice(-5)).toEqual(['Obama', '’s', 'plan', 'failed', '.']);
    expect(b).toEqual(['Obama', '’s', 'plan', 'failed', '.']);
  });

  it('keeps names with letters beyond Latin-1 whole, with their original spelling', () => {
    const text = 'Erdoğan’s forces shelled Şanlıurfa and Ḩamāh.';
    const t = analyzeDoc({ text }, segmentOnly).get('tokens');
    expect(t.text).toEqual(['Erdoğan', '’s', 'forces', 'shelled', 'Şanlıurfa', 'and', 'Ḩamāh', '.']);
    for (let i = 0; i < t.length; i++) expect(text.slice(t.start[i], t.end[i])).toBe(t.text[i]);
  });

  it('assigns POS tags and lemmas', () => {
    const doc = analyzeDoc({ text: 'The troops were advancing on Idlib.' }, segmentOnly);
    const t = doc.get('tokens');
    expect(t.pos[t.text.indexOf('advancing')]).toBe('VERB');
    expect(t.lemma[t.text.indexOf('advancing')]).toBe('advance');
    expect(t.lemma[t.text.indexOf('were')]).toBe('be');
  });

  it('gives a lemma to a word wink leaves without one, and later stages run on it', () => {
    const doc = analyzeDoc({ text: 'They cannot.' });
    expect(doc.get('tokens').lemma.every((l) => typeof l === 'string')).toBe(true);
    expect(doc.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('does not run a sentence across a paragraph break', () => {
    const doc = analyzeDoc({ text: 'SYRIA ARMY ADVANCES\nThe army took the town on Monday. Officials said so.' }, segmentOnly);
    expect(doc.get('sentences').map((s) => doc.slice(s))).toEqual([
      'SYRIA ARMY ADVANCES',
      'The army took the town on Monday.',
      'Officials said so.',
    ]);
  });

  it('handles an empty or white-space text without tokens', () => {
    const doc = analyzeDoc({ text: '   ' }, segmentOnly);
    expect(doc.get('tokens').length).toBe(0);
    expect(doc.get('sentences')).toEqual([]);
    expect(doc.diagnostics.map((d) => d.rule)).toContain('segment/no-tokens');
  });
});

describe('paragraphs', () => {
  it('split on every line break in one-paragraph-per-line text', () => {
    expect(findParagraphs('a b\nc d\n\ne')).toEqual([
      { start: 0, end: 3 },
      { start: 4, end: 7 },
      { start: 9, end: 10 },
    ]);
  });

  it('only split on blank lines in hard-wrapped text', () => {
    const line = 'x'.repeat(60);
    const text = `${line}\n${line}\n${line}\n${line}\n\n${line}`;
    expect(findParagraphs(text)).toHaveLength(2);
  });
});
