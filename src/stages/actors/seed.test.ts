/**
 * Golden test: every actor fact of the seed article (samples/seed/article.txt, the reference
 * article's "Actors" list), checked mention by mention.
 */
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../model/layers.js';
import { analyzeDoc, seedText } from '../../../test/support.js';

const text = seedText();
const list: Entity[] = analyzeDoc({ text, published: '2018-09-06' }).get('entities');

/** Entities with a mention overlapping the k-th occurrence of `s`. */
function at(s: string, k = 1): Entity[] {
  let i = -1;
  for (let n = 0; n < k; n++) i = text.indexOf(s, i + 1);
  if (i < 0) throw new Error(`'${s}' not in the seed article`);
  return list.filter((e) => e.mentions.some((m) => m.start < i + s.length && m.end > i));
}

function one(name: RegExp, s: string, k = 1): Entity {
  const found = at(s, k).filter((e) => name.test(e.name));
  expect(found.map((e) => e.name), `'${s}' (#${k}) should link to ${name}; it links to ${at(s, k).map((e) => e.name).join(', ') || 'nothing'}`).toHaveLength(1);
  return found[0];
}

const IS = /^Islamic State$/;
const LECOINTRE = /^Francois Lecointre$/;

describe('seed article: actors', () => {
  it('Islamic State: Daesh and every description and pronoun of the group', () => {
    const is = one(IS, 'Daesh');
    expect(is).toMatchObject({ kind: 'armed_group', sector: 'REB' });
    for (const [s, k] of [['the Daesh Takfiri terrorist group', 1], ['it once controlled', 1], ['the terror group', 1], ['the terror group', 2], ['the terror group', 3], ['the terror outfit', 1], ['Daesh terrorists', 1], ['its urban strongholds', 1], ['its sporadic presence', 1], ['its reign', 1]] as const) {
      expect(one(IS, s, k).id).toBe(is.id);
    }
  });

  it('Francois Lecointre: person, France, military, Chief of Defense Staff, with every mention', () => {
    const p = one(LECOINTRE, 'Francois Lecointre');
    expect(p).toMatchObject({ kind: 'person', country: 'FRA', sector: 'MIL', role: 'Chief of Defense Staff' });
    for (const [s, k] of [['The French military chief', 1], ['Lecointre further', 1], ['He also pledged', 1]] as const) expect(one(LECOINTRE, s, k).id).toBe(p.id);
  });

  it('the United States, also as leader of the US-led coalition', () => {
    expect(one(/^United States$/, 'The US,').kind).toBe('country');
    expect(one(/^United States$/, 'The US and').kind).toBe('country');
    expect(one(/^United States$/, 'US-led coalition', 1).kind).toBe('country');
  });

  it('the US-led coalition, its "It", and Operation Inherent Resolve', () => {
    const coalition = one(/coalition/i, 'The US-led coalition');
    expect(coalition.kind).toBe('coalition');
    expect(one(/coalition/i, 'It has also been').id).toBe(coalition.id);
    expect(one(/coalition/i, "US-led coalition’s military", 1).id).toBe(coalition.id);
    expect(one(/Inherent Resolve/, 'Operation Inherent Resolve').kind).toBe('operation');
  });

  it('France and the French military', () => {
    expect(one(/^France$/, 'France, launched').kind).toBe('country');
    expect(one(/French military/, 'French troop contingent')).toMatchObject({ country: 'FRA', sector: 'MIL' });
  });

  it('Iraq and its government', () => {
    expect(one(/^Iraq$/, 'As for Iraq').kind).toBe('country');
    expect(one(/Iraqi government/, 'Iraqi central government')).toMatchObject({ country: 'IRQ', sector: 'GOV' });
  });

  it('the Syrian government: Damascus as metonym, and a Syrian government’s request', () => {
    const gov = one(/Syrian government/, 'the Damascus government');
    expect(gov).toMatchObject({ country: 'SYR', sector: 'GOV' });
    expect(one(/Syrian government/, 'Damascus upon', 1).id).toBe(gov.id);
    expect(one(/Syrian government/, 'Syrian government’s request').id).toBe(gov.id);
  });

  it('the Syrian army: government troops, army soldiers, troopers and soldiers', () => {
    const army = one(/Syrian military/, 'Syrian army troopers');
    expect(army).toMatchObject({ country: 'SYR', sector: 'MIL', kind: 'military' });
    for (const s of ['advancing government troops', 'army soldiers alike', 'Syrian army soldiers']) expect(one(/Syrian military/, s).id).toBe(army.id);
  });

  it('popular defense groups, Russia, the UN, Takfiri militants, civilians, Turkey', () => {
    expect(one(/Militias/, 'popular defense groups')).toMatchObject({ kind: 'militia', country: 'SYR' });
    expect(one(/^Russia$/, 'Russia').kind).toBe('country');
    expect(one(/United Nations/, 'UN mandate').kind).toBe('igo');
    const takfiri = one(/Takfiri/, 'Takfiri militants');
    expect(one(/Takfiri/, 'foreign-sponsored Takfiri terrorist groups').id).toBe(takfiri.id);
    expect(one(/Civilians/, 'civilians and army').id).toBe(one(/Civilians/, 'killing civilians').id);
    expect(one(/^Turkey$/, 'Turkey').kind).toBe('country');
  });

  it('Damascus in "securing Damascus" is a place, not an actor', () => {
    expect(at('Damascus and other key areas')).toEqual([]);
  });
});
