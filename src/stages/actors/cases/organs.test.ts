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

  it("a demonym before an attack noun is that country's military, and does not make the focus country", () => {
    const text = 'Civilians died in Iraqi shelling and a Jordanian air strike. The army denied it.';
    expect(summary(entityOf(text, 'Iraqi'))).toBe('Iraqi military | military | IRQ | MIL');
    expect(summary(entityOf(text, 'Jordanian'))).toBe('Jordanian military | military | JOR | MIL');
    // "The army" has no country of its own: none of the attackers is what the story is about.
    expect(summary(entityOf('Iraqi shelling hit the town. The army denied it.', 'The army'))).toBe('Military | military | null | MIL');
    expect(entities('A Jordanian journalist was there.').map((e) => e.sector)).not.toContain('MIL');
    // The noun is no actor itself, and a noun it modifies is no attack.
    expect(entities('Russian jet fighters struck the town.').map((e) => e.name)).toEqual(['Russian military']);
    expect(entities('The Cuban missile crisis was tense.').map((e) => e.sector)).not.toContain('MIL');
  });
});
