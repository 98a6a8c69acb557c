/**
 * Golden test: the quotes, claims and statuses `../shared/corpus/seed/EXPECTED.md` lists for the seed
 * article. Speakers are checked against entities once the actors stage is in the pipeline.
 */
import { describe, expect, it } from 'vitest';
import { analyzeDoc, seedText } from '../../../test/support.js';
import { STAGES } from '../index.js';
import { statusAt } from './index.js';

const text = seedText();
const doc = analyzeDoc({ text, published: '2018-09-06' });
const quotes = doc.get('quotes');
const claims = doc.get('claims');
const statuses = doc.get('statuses');
const at = (s: string) => text.indexOf(s);
/** The claim whose content holds the first occurrence of `s`. */
const claimWith = (s: string) => claims.find((c) => c.content.start <= at(s) && at(s) < c.content.end);
const quoteWith = (s: string) => quotes.find((q) => q.content.start <= at(s) && at(s) < q.content.end);
const token = (s: string) => doc.get('tokens').start.indexOf(at(s));

describe('seed article: quotes and claims', () => {
  it('forecast, reported ("says"): flushed out before the end of this year', () => {
    const c = claimWith('flushed out');
    expect(c).toMatchObject({ type: 'forecast', status: 'forecast' });
    expect(c?.source?.text).toBe('The French military chief');
    expect(c?.cue?.text).toBe('says');
    expect(c?.content.text).toContain('before the end of this year');
  });
  it.skipIf(!STAGES.times)('deadlines are linked to times: end of 2018, late autumn; none from "currently"', () => {
    const time = (id: string | null | undefined) => doc.get('times').find((t) => t.id === id);
    expect(time(claimWith('flushed out')?.deadline)?.to).toBe('2018-12-31');
    expect(time(claimWith('physical annihilation')?.deadline)?.text).toBe('late autumn');
    expect(time(claimWith('downscale')?.deadline)?.text).not.toBe('currently');
  });
  it('forecast, hedged ("probably"): physical annihilation in late autumn', () => {
    const c = claimWith('physical annihilation');
    expect(c?.type).toBe('forecast');
    expect(c?.hedges.map((h) => h.text)).toContain('probably');
    expect(c?.source?.text).toContain('Francois Lecointre');
  });
  it('direct quote by Lecointre, on Thursday', () => {
    const q = quoteWith('Once the physical caliphate');
    expect(q).toMatchObject({ kind: 'direct' });
    expect(q?.source && text.slice(q.source.start, q.source.end)).toBe('Lecointre');
    expect(q?.content && text.slice(q.content.start, q.content.end)).toMatch(/^“Once the physical caliphate.*Operation Inherent Resolve,”$/);
  });
  it('pledge with a partial direct quote: "as soon as I can"', () => {
    const c = claimWith('downscale');
    expect(c).toMatchObject({ type: 'pledge', status: 'planned' });
    expect(c?.cue?.text).toBe('pledged');
    expect(c?.source?.text).toBe('He');
    expect(quoteWith('as soon as I can')?.kind).toBe('mixed');
  });
  it('statement by the Iraqi government: victory declared, strongholds lost', () => {
    expect(claimWith('victory against')?.source?.text).toBe('the Iraqi central government');
    expect(claimWith('had lost all')?.source?.text).toBe('the Iraqi central government');
  });
  it('allegation, passive, no named accuser', () => {
    const c = claimWith('targeting and killing civilians');
    expect(c).toMatchObject({ type: 'allegation', status: 'alleged', sourceKind: 'passive', source: null });
    expect(c?.content.text).toMatch(/^The US-led coalition has been repeatedly accused/);
  });
  it("Russia's statement, indirect with partial quotes", () => {
    const q = quoteWith('illegitimate');
    expect(q?.kind).toBe('mixed');
    expect(q?.source && text.slice(q.source.start, q.source.end)).toBe('Russia');
    expect(claimWith('illegitimate')?.type).toBe('statement');
  });
  it('the article’s own evaluations are not quotes', () => {
    expect(quoteWith('largely incapable')).toBeUndefined();
    expect(quoteWith('without any authorization')).toBeUndefined();
  });
});

describe('seed article: clause statuses for the events stage', () => {
  it('airstrikes are asserted by the article', () => expect(statusAt(statuses, token('launched'))?.status).toBe('asserted'));
  it('killing civilians is alleged', () => expect(statusAt(statuses, token('targeting and killing'))?.status).toBe('alleged'));
  it('flushed out is a reported forecast', () => expect(statusAt(statuses, token('flushed out'))?.flags).toEqual(['forecast', 'reported']));
  it('downscaling is planned (a pledge)', () => expect(statusAt(statuses, token('downscale'))).toMatchObject({ status: 'planned', claimType: 'pledge' }));
  it('the Idlib operation is planned ("upcoming")', () => expect(statusAt(statuses, token('upcoming operation'))?.flags).toContain('planned'));
  it('"no longer in control" is negated', () => expect(statusAt(statuses, token('is no longer'))?.status).toBe('negated'));
});

describe.skipIf(!STAGES.actors)('seed article: speakers (with the actors stage)', () => {
  const entityOf = (id: string | null) => doc.get('entities').find((e) => e.id === id);
  it('Lecointre speaks the direct quote, the forecast and the pledge', () => {
    for (const s of ['Once the physical caliphate', 'flushed out', 'as soon as I can']) {
      expect(entityOf(quoteWith(s)?.speaker ?? null)?.name, s).toMatch(/Lecointre/);
    }
  });
  it('Russia speaks "illegitimate"', () => expect(entityOf(quoteWith('illegitimate')?.speaker ?? null)?.name).toMatch(/Russia/));
});
