import { describe, expect, it } from 'vitest';
import { statusAt } from '../index.js';
import { run } from './helpers.js';

/** Status of the clause holding the first token that is `word`. */
function statusOf(text: string, word: string) {
  const doc = run(text);
  const t = doc.get('tokens');
  const i = t.text.indexOf(word);
  if (i < 0) throw new Error(`no token ${word}`);
  return statusAt(doc.get('statuses'), i);
}

describe('clause status, asked by token (the events stage’s question)', () => {
  it('asserted by the article', () => expect(statusOf('Jets struck the town on Monday.', 'struck')).toMatchObject({ status: 'asserted', quote: null, claim: null }));
  it('the cue’s own clause stays asserted', () => expect(statusOf('Officials said jets struck the town.', 'said')?.status).toBe('asserted'));
  it('reported speech', () => expect(statusOf('Officials said jets struck the town.', 'struck')).toMatchObject({ status: 'reported', quote: 'Q1', claim: 'C1' }));
  it('alleged', () => expect(statusOf('Activists accused the army of shelling the camp.', 'shelling')?.status).toBe('alleged'));
  it('forecast', () => expect(statusOf('The army will attack the city next week.', 'attack')?.status).toBe('forecast'));
  it('planned', () => expect(statusOf('The army plans to attack the city.', 'attack')?.status).toBe('planned'));
  it('planned (upcoming)', () => expect(statusOf('Idlib is waiting for an upcoming operation by the army.', 'operation')?.flags).toContain('planned'));
  it('negated', () => expect(statusOf('The army did not attack the city.', 'attack')?.status).toBe('negated'));
  it('hypothetical (if-clause)', () => expect(statusOf('If the talks fail, the army will attack the city.', 'fail')?.status).toBe('hypothetical'));
  it('hypothetical (main clause of a conditional)', () => expect(statusOf('If the talks fail, the army would attack the city.', 'attack')?.status).toBe('hypothetical'));
  it('hedged', () => expect(statusOf('The blast was probably caused by a drone.', 'caused')?.status).toBe('hedged'));
  it('flags keep every status that applies', () => expect(statusOf('Officials said the army will attack the city.', 'attack')?.flags).toEqual(['forecast', 'reported']));
  it('a pledge clause carries its claim type', () => expect(statusOf('He pledged to withdraw the troops.', 'withdraw')).toMatchObject({ status: 'planned', claimType: 'pledge' }));
  it('every token is in one clause', () => {
    const doc = run('Officials said on Monday that jets, which took off from the base, struck the town; residents fled.');
    expect([...doc.get('statuses').clauseOf].every((k) => k >= 0)).toBe(true);
  });
});

describe('a coordinated clause with its own subject is the article’s again', () => {
  it('reported, then asserted', () => {
    expect(statusOf('Officials said the talks had failed, and troops attacked the town.', 'failed')?.status).toBe('reported');
    expect(statusOf('Officials said the talks had failed, and troops attacked the town.', 'attacked')?.status).toBe('asserted');
  });
});
