import { describe, expect, it } from 'vitest';
import { main } from './support.js';

describe('events: status', () => {
  it.each([
    ['The army shelled the village on Monday.', 'asserted'],
    ['The army did not shell the village.', 'negated'],
    ['The army will launch an offensive on the town next week.', 'forecast'],
    ['The army is preparing an upcoming offensive on the town.', 'planned'],
    ['The rebels have been accused of shelling the village.', 'alleged'],
    ['The minister said the army shelled the village.', 'reported'],
    ['If talks fail, the army will attack the town.', 'hypothetical'],
  ])('%s → %s', (text, status) => {
    expect(main(text)?.status).toBe(status);
  });

  it('a pledge is pledged, and dated after publication', () => {
    const e = main('The general pledged to withdraw the troops as soon as possible.');
    expect(e).toMatchObject({ type: 'RETREAT', status: 'pledged', time: 'FUTURE_REF' });
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
});
