import { describe, expect, it } from 'vitest';
import { entityOf, entities, summary } from './support.js';

describe('state organs', () => {
  it.each([
    ['The Syrian army shelled the town.', 'The Syrian army', 'Syrian military | military | SYR | MIL'],
    ["Iraq's central government rejected the plan.", "Iraq's central government", 'Iraqi government | government | IRQ | GOV'],
    ['The Iraqi central government declared victory.', 'The Iraqi central government', 'Iraqi government | government | IRQ | GOV'],
    ['Lebanese police arrested two men.', 'Lebanese police', 'Lebanese police and security forces | police | LBN | COP'],
    ['Syrian army troopers advanced.', 'Syrian army troopers', 'Syrian military | military | SYR | MIL'],
    ['The army of Sudan denied it.', 'The army of Sudan', 'Sudanese military | military | SDN | MIL'],
    ['Turkish troops crossed the border.', 'Turkish troops', 'Turkish military | military | TUR | MIL'],
    ['Nigerian officials said so.', 'Nigerian officials', 'Nigerian government | government | NGA | GOV'],
  ])('%s', (text, mention, expected) => {
    expect(summary(entityOf(text, mention))).toBe(expected);
  });

  it('a capital before an organ is the country (a metonym, not a place)', () => {
    const text = 'Strikes went ahead without authorization from the Damascus government.';
    const e = entityOf(text, 'the Damascus government');
    expect(summary(e)).toBe('Syrian government | government | SYR | GOV');
    expect(e?.mentions[0].how).toBe('metonym');
  });

  it('an organ without a country belongs to the focus country of the document', () => {
    const text = 'Syria is at war. In Syria, advancing government troops took the town. Army soldiers died.';
    expect(summary(entityOf(text, 'advancing government troops'))).toBe('Syrian military | military | SYR | MIL');
    expect(summary(entityOf(text, 'Army soldiers'))).toBe('Syrian military | military | SYR | MIL');
  });

  it('an organ noun used as a modifier is not an actor', () => {
    const list = entities('They launched a military operation and a police investigation near the army base.');
    expect(list.map((e) => e.name)).toEqual([]);
  });
});
