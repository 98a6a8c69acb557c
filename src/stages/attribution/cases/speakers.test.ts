import { describe, expect, it } from 'vitest';
import type { Entity } from '../../../model/layers.js';
import { mentionsOf, run } from './helpers.js';

const person = (id: string, name: string, mentions: Entity['mentions']): Entity => ({ id, name, kind: 'person', country: null, sector: null, mentions });
const country = (id: string, name: string, mentions: Entity['mentions']): Entity => ({ id, name, kind: 'country', country: null, sector: 'GOV', mentions });

describe('speaker linking through the entities layer', () => {
  it('a source that is a mention', () => {
    const text = 'Lecointre said the group would be defeated.';
    const doc = run(text, () => [person('E1', 'Francois Lecointre', mentionsOf(text, 'Lecointre'))]);
    expect(doc.get('quotes')[0].speaker).toBe('E1');
  });
  it('a pronoun covered by a pronoun mention', () => {
    const text = 'Lecointre spoke. He said the group would be defeated.';
    const doc = run(text, () => [person('E1', 'Francois Lecointre', mentionsOf(text, 'Lecointre', 'He'))]);
    expect(doc.get('claims')[0].speaker).toBe('E1');
  });
  it('a pronoun not covered: the closest person before', () => {
    const text = 'Russia objected. Lecointre spoke. He said the group would be defeated.';
    const doc = run(text, () => [country('E2', 'Russia', mentionsOf(text, 'Russia')), person('E1', 'Francois Lecointre', mentionsOf(text, 'Lecointre'))]);
    expect(doc.get('quotes')[0].speaker).toBe('E1');
  });
  it('a source whose mention is inside a longer phrase', () => {
    const text = 'France’s Chief of Defense Staff Francois Lecointre said the war was over.';
    const doc = run(text, () => [country('E2', 'France', mentionsOf(text, 'France')), person('E1', 'Francois Lecointre', mentionsOf(text, 'Francois Lecointre'))]);
    expect(doc.get('quotes')[0].speaker).toBe('E1');
  });
  it('no entity, no speaker', () => expect(run('Lecointre said the war was over.').get('quotes')[0].speaker).toBeNull());
});
