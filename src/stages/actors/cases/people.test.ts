import { describe, expect, it } from 'vitest';
import { entities, entityAt } from './support.js';

describe('people', () => {
  it('a title before a name gives the role and sector, the owner the country', () => {
    const text = "France's Chief of Defense Staff Francois Lecointre spoke.";
    const p = entityAt(entities(text), text, 'Francois Lecointre');
    expect(p).toMatchObject({ name: 'Francois Lecointre', kind: 'person', country: 'FRA', sector: 'MIL', role: 'Chief of Defense Staff' });
  });

  it('links a surname and a pronoun back to the full name', () => {
    const text = 'General Jane Doe arrived on Monday. Doe said the offensive was over. She also pledged more troops.';
    const list = entities(text);
    const p = entityAt(list, text, 'Jane Doe');
    expect(entityAt(list, text, 'Doe', 2)?.id).toBe(p?.id);
    expect(entityAt(list, text, 'She')?.id).toBe(p?.id);
  });

  it('links a description of an official to the named person of the same country', () => {
    const text = 'The French military chief says the war is ending. France’s Chief of Defense Staff Francois Lecointre made the remark.';
    const list = entities(text);
    expect(entityAt(list, text, 'The French military chief')?.id).toBe(entityAt(list, text, 'Francois Lecointre')?.id);
  });

  it('keeps an unnamed official as an entity of their own', () => {
    const text = 'The Russian defence minister said the drills were over.';
    expect(entityAt(entities(text), text, 'defence minister')).toMatchObject({ name: 'Russian defence minister', kind: 'person', country: 'RUS' });
  });

  it('finds a person by a speech verb or an apposition', () => {
    const text = 'Ahmad Khalil said the road was cut. Maria Santos, a spokeswoman for the ministry, denied it.';
    const list = entities(text);
    expect(entityAt(list, text, 'Ahmad Khalil')?.kind).toBe('person');
    expect(entityAt(list, text, 'Maria Santos')).toMatchObject({ kind: 'person', role: 'spokeswoman' });
  });

  it('resolves a known leader by name and surname', () => {
    const text = 'Vladimir Putin met Recep Tayyip Erdogan. Putin later said the deal held.';
    const list = entities(text);
    expect(entityAt(list, text, 'Putin', 2)?.name).toBe('Vladimir Putin');
    expect(entityAt(list, text, 'Putin', 2)?.country).toBe('RUS');
  });
});
