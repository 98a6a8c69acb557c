import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

function claim(text: string) {
  const doc = run(text);
  const c = doc.get('claims')[0];
  return { type: c.type, status: c.status, hedges: c.hedges.map((h) => h.text), content: c.content.text };
}

describe('claim types', () => {
  it('statement', () => expect(claim('The minister said the talks had failed.').type).toBe('statement'));
  it('forecast (will)', () => expect(claim('The chief says the group will have been flushed out before the end of the year.')).toMatchObject({ type: 'forecast', status: 'forecast' }));
  it('forecast (would, reported)', () => expect(claim('He added that the offensive would probably start in autumn.')).toMatchObject({ type: 'forecast', hedges: ['probably'] }));
  it('pledge (commissive verb)', () => expect(claim('He pledged to downscale the French troop contingent.')).toMatchObject({ type: 'pledge', status: 'planned' }));
  it('pledge (first person will, quoted)', () => expect(claim('“We will rebuild every school,” the governor said.').type).toBe('pledge'));
  it('allegation', () => expect(claim('Activists accused the army of shelling the camp.')).toMatchObject({ type: 'allegation', status: 'alleged' }));
  it('passive allegation', () => expect(claim('The coalition has been repeatedly accused of targeting civilians.').type).toBe('allegation'));
  it('denial', () => expect(claim('The ministry denied that its jets had struck the market.').type).toBe('denial'));
  it('rejection', () => expect(claim('The opposition rejected the proposal outright.').type).toBe('rejection'));
  it('hedged statement', () => expect(claim('Officials said the attackers were likely foreign fighters.')).toMatchObject({ status: 'hedged', hedges: ['likely'] }));
  it('negated', () => expect(claim('Mr. Schultz said he did not support the plan.').status).toBe('negated'));
});
