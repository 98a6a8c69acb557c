import { describe, expect, it } from 'vitest';
import { analyzeDoc } from '../../../../test/support.js';
import { read } from './support.js';

describe('events: one event told twice in a clause', () => {
  it('"killed in an airstrike" is one event, with the demonym before the noun as the attacker', () => {
    const all = read('Four farmers were killed in a Turkish airstrike near Qamishli on Sunday.');
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({ type: 'ASSAULT', mode: 'aerial', actors: ['Turkish military'], killed: 4 });
  });

  it('a mode found by the noun completes the verb\'s event ("airstrikes killed")', () => {
    const all = read('Government airstrikes killed nine people in the market on Tuesday.');
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({ type: 'ASSAULT', mode: 'aerial', killed: 9 });
  });

  it('two nouns of one clause stay apart ("the strike ordered after a chemical attack")', () => {
    const all = read('The missile strike ordered after a chemical attack on the town was condemned.');
    expect(all.filter((e) => e.type === 'ASSAULT').length).toBe(2);
  });

  it('two acts of one clause with different modes stay two events', () => {
    const all = read('The gunmen tortured and executed two shepherds in the village on Friday.');
    expect(all.map((e) => e.mode).sort()).toEqual(['firearms', 'torture']);
  });

  it('the merged event keeps both mentions and names the attacker the ACLED way', () => {
    const one = analyzeDoc({ text: 'Three men were killed in a Russian airstrike on Monday.', published: '2021-03-10' }).get('events');
    expect(one).toHaveLength(1);
    expect(one[0].mentions).toHaveLength(2);
    expect(one[0].acled?.actor1).toBe('Military Forces of Russia');
  });
});
