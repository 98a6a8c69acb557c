import { describe, expect, it } from 'vitest';
import { main, read } from './support.js';

describe('events: who did what to whom', () => {
  it('active voice: subject acts on object', () => {
    expect(main('Houthi rebels attacked Saudi border guards on Monday.')).toMatchObject({ type: 'ASSAULT', actors: ['Houthis'] });
  });

  it('passive voice: "by X" acts, the subject is acted on', () => {
    const e = main('Three soldiers were killed by Al-Shabaab militants near Mogadishu on Tuesday.');
    expect(e?.type).toBe('ASSAULT');
    expect(e?.actors[0]).toMatch(/shabaab/i);
    expect(e?.recipients[0]).toMatch(/Somali military|military/);
  });

  it('a noun trigger takes "by X" and "on X"', () => {
    const e = main('An airstrike by the Saudi-led coalition on a Houthi camp killed 12 fighters.');
    expect(e).toMatchObject({ type: 'ASSAULT', mode: 'aerial' });
    expect(e?.actors[0]).toMatch(/Saudi-led coalition|coalition/i);
  });

  it('clashes between X and Y', () => {
    const e = main('Clashes between Taliban fighters and Afghan troops left 8 dead in Helmand.');
    expect(e).toMatchObject({ type: 'ASSAULT', actors: ['Taliban'], acled: 'Battles / Armed clash' });
    expect(e?.recipients[0]).toMatch(/Afghan military/);
  });

  it('helpers of the actor: "backed by X"', () => {
    const all = read('Syrian troops, backed by Russian warplanes, recaptured the town of Saraqeb on Monday.');
    const seize = all.find((e) => e.type === 'COERCE');
    expect(seize?.actors).toEqual(['Syrian military']);
  });

  it('a relative clause takes its antecedent as subject', () => {
    const e = read('Russia, which has been offering military assistance to Damascus since 2015, denied the report.').find((x) => x.type === 'AID');
    expect(e).toMatchObject({ actors: ['Russia'], recipients: ['Syrian government'] });
  });

  it('"pro-X forces" are X, or the army of a head of state', () => {
    const e = main('Fighting broke out between pro-Houthi units and pro-Hadi troops near Taiz on Sunday.');
    expect(e?.actors).toEqual(['Houthis']);
    expect(e?.recipients).toEqual(['Yemeni military']);
  });
});

describe('events: casualties', () => {
  it.each([
    ['Gunmen killed 6 civilians in the village, police said.', 6, null],
    ['At least 12 people were killed and 30 wounded in the blast.', 12, 30],
    ['The attack left two soldiers dead and three injured.', 2, 3],
    ['A roadside bomb killed a dozen soldiers.', 12, null],
  ])('%s', (text, killed, injured) => {
    const e = main(text);
    expect(e?.killed).toBe(killed);
    expect(e?.injured).toBe(injured);
  });

  it('does not count years or distances', () => {
    expect(main('In 2014, rebels attacked a base 40 km from the city.')?.killed).toBeNull();
  });
});

describe('events: who moves', () => {
  it('"arrived" is a deployment when armed forces arrive, not when a family does', () => {
    expect(read('Hundreds of Turkish troops arrived in the border town on Monday.')).toEqual([expect.objectContaining({ type: 'MOBILIZE', actors: ['Turkish military'] })]);
    expect(read('A family arrived in the town from abroad on Monday.').filter((e) => e.type === 'MOBILIZE')).toEqual([]);
  });

  it('a quantity before "of" leaves the group as the actor ("dozens of tribesmen")', () => {
    expect(read('Dozens of armed tribesmen arrived in the district.')[0]?.actors).toEqual(['Militias']);
  });
});
