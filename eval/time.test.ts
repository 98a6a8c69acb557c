import { expect, it } from 'vitest';
import { describeShared, sharedPath } from '../test/support.js';
import { evaluate, measure, readTimeML } from './time.js';

it('reads TimeML as the reference scorer does', () => {
  const raw = `<DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" functionInDocument="CREATION_TIME">19980108</TIMEX3></DCT>
<TEXT>A <TIMEX3 tid="t1" type="DURATION" value="P1W">week</TIMEX3> &amp; <EVENT eid="e1">more</EVENT> <TIMEX3 tid="t2" type="DATE" value="1998-01-07">yesterday</TIMEX3>.</TEXT>`;
  const { text, published, gold } = readTimeML(raw);
  expect(published).toBe('1998-01-08');
  expect(text).toBe('A week & more yesterday.');
  expect(gold.map((g) => [g.text, g.type, g.value])).toEqual([['week', 'DURATION', 'P1W'], ['yesterday', 'DATE', '1998-01-07']]);
});

describeShared('times on TBAQ (eval/RESULTS.md)', () => {
  it('does not fall below the recorded figures', () => {
    const { all } = evaluate(sharedPath('eval', 'time', 'tbaq'));
    expect(all.gold).toBe(1822);
    expect(measure(all, 'relaxed')[2]).toBeGreaterThanOrEqual(0.94);
    expect(measure(all, 'strict')[2]).toBeGreaterThanOrEqual(0.885);
    expect(measure(all, 'value')[2]).toBeGreaterThanOrEqual(0.828);
  });
});
