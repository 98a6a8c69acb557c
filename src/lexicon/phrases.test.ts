import { describe, expect, it } from 'vitest';
import { analyzeDoc } from '../../test/support.js';
import { normalForms, PhraseTable } from './phrases.js';

function table(entries: string[]): PhraseTable<string> {
  const t = new PhraseTable<string>();
  for (const e of entries) t.add(e, e);
  return t;
}

describe('PhraseTable', () => {
  it('matches by lower-cased form or lemma on the segmenter’s forms (word ids)', () => {
    const doc = analyzeDoc({ text: 'Rebels slaughtered civilians, so-called activists said.' }, { preset: 'segment' });
    const forms = normalForms(doc.get('tokens'));
    expect(forms.lowerId).toBeDefined();
    expect(table(['slaughter civilian', 'so-called']).scan(forms).map((m) => m.value)).toEqual(['slaughter civilian', 'so-called']);
  });
  it('matches alike on forms made by hand (strings numbered on first use)', () => {
    const forms = { lower: ['rebels', 'slaughtered', 'civilians', '.'], lemma: ['rebel', 'slaughter', 'civilian', '.'] };
    expect(table(['slaughter civilian']).scan(forms)).toEqual([{ start: 1, end: 3, value: 'slaughter civilian' }]);
    expect(table(['slaughter civilians', 'slaughter']).matchAt(forms, 1)?.value).toBe('slaughter civilians');
  });
  it('sees the words of a table built after the forms were first read', () => {
    const forms = { lower: ['a', 'zorblax', 'quxwell'], lemma: ['a', 'zorblax', 'quxwell'] };
    expect(table(['a']).scan(forms).map((m) => m.value)).toEqual(['a']);
    expect(table(['zorblax quxwell']).scan(forms).map((m) => m.value)).toEqual(['zorblax quxwell']);
  });
  it('stops at the limit given and keeps the longest entry', () => {
    const forms = { lower: ['human', 'rights', 'watch'], lemma: ['human', 'right', 'watch'] };
    const t = table(['human rights', 'human rights watch']);
    expect(t.matchAt(forms, 0)?.value).toBe('human rights watch');
    expect(t.matchAt(forms, 0, 2)?.value).toBe('human rights');
    expect(t.matchAt(forms, 1)).toBeNull();
  });
});
