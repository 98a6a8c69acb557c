import { describe, expect, it } from 'vitest';
import { entities, entityOf, summary } from './support.js';

describe('countries', () => {
  it.each([
    ['The US launched strikes.', 'US', 'United States'],
    ['The U.S. imposed sanctions.', 'U.S.', 'United States'],
    ['Troops massed near the border with Turkey.', 'Turkey', 'Turkey'],
    ['Türkiye protested.', 'Türkiye', 'Turkey'],
    ['Talks in the UK ended.', 'UK', 'United Kingdom'],
    ['Fighting resumed in DR Congo.', 'DR Congo', 'Democratic Republic of Congo'],
  ])('%s', (text, mention, name) => {
    const e = entityOf(text, mention);
    expect(e?.name).toBe(name);
    expect(e?.kind).toBe('country');
  });

  it('does not read "us" or "is" in lower case as the United States or Islamic State', () => {
    expect(entities('Let us see what is next.').map((e) => e.name)).toEqual([]);
  });
});

describe('known actors', () => {
  it.each([
    ['Daesh claimed the attack.', 'Daesh', 'Islamic State'],
    ['ISIS fighters fled.', 'ISIS fighters', 'Islamic State'],
    ['ISIL lost ground.', 'ISIL', 'Islamic State'],
    ['IS militants attacked.', 'IS militants', 'Islamic State'],
    ['Hayat Tahrir al-Sham controls Idlib.', 'Hayat Tahrir al-Sham', "Hay'at Tahrir al-Sham"],
    ['HTS controls Idlib.', 'HTS', "Hay'at Tahrir al-Sham"],
    ['Houthi rebels fired missiles.', 'Houthi rebels', 'Houthis'],
    ['Al-Shabaab attacked a base.', 'Al-Shabaab', 'al-Shabaab'],
    ['Boko Haram abducted girls.', 'Boko Haram', 'Boko Haram'],
  ])('%s', (text, mention, name) => {
    expect(entityOf(text, mention)?.name.toLowerCase()).toBe(name.toLowerCase());
  });

  it('gives known groups their kind and sector, and international bodies theirs', () => {
    expect(summary(entityOf('Daesh claimed the attack.', 'Daesh'))).toBe('Islamic State | armed_group | null | REB');
    const un = entityOf('The strikes lacked a UN mandate.', 'UN');
    expect(un?.kind).toBe('igo');
    expect(un?.sector).toBe('IGO');
  });

  it('extends a known name over a descriptive head, with its determiner', () => {
    const text = 'The Daesh Takfiri terrorist group will be defeated.';
    expect(entityOf(text, 'The Daesh Takfiri terrorist group')?.name).toBe('Islamic State');
  });
});
