import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { analyzeJson, describeShared, documentProblems, sharedPath } from './support.js';

describeShared('the 249 Guardian articles', () => {
  it('all analyse to schema-valid documents whose every span slices to its text', () => {
    const lines = readFileSync(sharedPath('corpus', 'guardian-syria.jsonl'), 'utf8').split('\n').filter(Boolean);
    expect(lines.length).toBe(249);
    const problems: string[] = [];
    for (const line of lines) {
      const record = JSON.parse(line);
      const json = analyzeJson({ id: record.id, text: record.text, published: record.published, source: record.source });
      expect(json.document.id).toBe(record.id);
      for (const p of documentProblems(json)) problems.push(`${record.id}: ${p}`);
    }
    expect(problems.slice(0, 20)).toEqual([]);
  });
});
