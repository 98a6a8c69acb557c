import { describe, expect, it } from 'vitest';
import { analyzeDoc } from '../../../../test/support.js';
import { main, read } from './support.js';

describe('events: status', () => {
  it.each([
    ['The army shelled the village on Monday.', 'asserted'],
    ['The army did not shell the village.', 'negated'],
    ['The army will launch an offensive on the town next week.', 'forecast'],
    ['The army is preparing an upcoming offensive on the town.', 'planned'],
    ['The rebels have been accused of shelling the village.', 'alleged'],
    ['The minister said the army shelled the village.', 'reported'],
    ['If talks fail, the army will attack the town.', 'hypothetical'],
    ['On 9 May 2020, the army shelled the village.', 'asserted'],
    ['The army may attack the town.', 'forecast'],
    ['Relatives demanded the release of the detained men.', 'planned'],
  ])('%s → %s', (text, status) => {
    expect(main(text)?.status).toBe(status);
  });

  it('a pledge is pledged, and dated after publication, open-ended', () => {
    const e = main('The general pledged to withdraw the troops as soon as possible.');
    expect(e).toMatchObject({ type: 'RETREAT', status: 'pledged', time: 'FUTURE_REF' });
    const doc = analyzeDoc({ text: 'The general pledged to withdraw the troops.', published: '2021-03-10' });
    expect(doc.get('events')[0].time).toEqual({ value: 'FUTURE_REF', from: '2021-03-10', to: null, source: 'published' });
  });
});

describe('events: time and place', () => {
  it('the date that opens a report dates its events', () => {
    expect(main('On 9 May 2020, Taliban fighters attacked a checkpoint in Kunduz city.', '2020-05-11')).toMatchObject({ time: '2020-05-09' });
  });

  it('without a date in the text, the publication date, marked as such', () => {
    expect(main('Rebels shelled the airport.', '2021-03-10')?.time).toBe('2021-03-10');
  });

  it('the most specific place the clause locates it in', () => {
    expect(main('Gunmen attacked a market in Maiduguri, Borno state, Nigeria, on Monday.')?.place).toBe('Maiduguri');
  });

  it('a later mention that gives the place and date completes the event, with how they were found', () => {
    const text = 'Islamic State militants attacked the Syrian army. Islamic State militants attacked the Syrian army in Homs on Monday.';
    const doc = analyzeDoc({ text, published: '2021-03-10' });
    const [e] = doc.get('events');
    expect(doc.get('events')).toHaveLength(1);
    expect(e.mentions).toHaveLength(2);
    expect(doc.get('places').find((p) => p.id === e.place)?.name).toBe('Homs');
    expect(e.placePrecision).toBe('clause');
    expect(typeof e.time).toBe('string');
    expect(e.timeSource).toBeUndefined();
  });
});

describe('events: what did not take place counts less', () => {
  it('an attack that is denied ranks below one that happened', () => {
    expect(main('The rebels did not attack the town, but the army shelled three villages.')).toMatchObject({ type: 'ASSAULT', status: 'asserted' });
  });
});

describe('events: what is asked for has not happened', () => {
  it('a surrender the rebels are urged to make is planned', () => {
    expect(read('The army urged the rebels to surrender.').find((e) => e.type === 'RETREAT')?.status).toBe('planned');
  });
});

describe('events: an event dated before the paragraph opens is background', () => {
  it('last year\'s surrender counts less after a dated attack than after an undated one', () => {
    const surrender = (text: string) => analyzeDoc({ text, published: '2020-05-07' }).get('events').find((e) => e.type === 'RETREAT')?.confidence ?? 0;
    const tail = ' The chief had surrendered to the army in February 2019.';
    expect(surrender(`On 5 May 2020, a militia chief attacked a civilian in the village.${tail}`)).toBeLessThan(surrender(`A militia chief attacked a civilian in the village.${tail}`));
  });
});
