import { describe, expect, it } from 'vitest';
import { SitrepDocument } from '../model/document.js';
import { analyze, Pipeline, PipelineError } from './pipeline.js';
import { defineStage, type Stage } from './stage.js';
import { buildPipeline, PRESETS, STAGES } from '../stages/index.js';

const stage = (name: string, requires: string[], adds: string[], run: Stage['run'] = () => {}): Stage =>
  ({ name, requires, adds, optional: [], description: name, run }) as unknown as Stage;

describe('pipeline', () => {
  it('rejects a requirement no stage adds, naming stage and layer', () => {
    expect(() => Pipeline.create([stage('places', ['tokens'], ['places'])])).toThrow(/'places' requires 'tokens', which no stage adds/);
  });

  it('rejects a requirement added only later', () => {
    const problems = analyze([stage('b', ['tokens'], ['x']), stage('a', [], ['tokens'])]);
    expect(problems).toEqual(["stage 'b' requires 'tokens', which 'a' adds only later"]);
  });

  it('rejects an optional input produced later', () => {
    const late = { ...stage('q', [], ['quotes']), optional: ['entities'] } as unknown as Stage;
    expect(analyze([late, stage('actors', [], ['entities'])])).toEqual(["stage 'q' reads 'entities', which 'actors' adds only later"]);
  });

  it('is frozen once built', () => {
    const p = Pipeline.create([stage('a', [], ['tokens'])]);
    expect(Object.isFrozen(p)).toBe(true);
    expect(Object.isFrozen(p.stages)).toBe(true);
  });

  it('turns a stage crash into a diagnostic, skips its dependants and runs the rest', () => {
    const ran: string[] = [];
    const p = Pipeline.create([
      stage('boom', [], ['tokens'], () => {
        throw new Error('kaput');
      }),
      stage('needs-tokens', ['tokens'], ['sentences'], () => ran.push('needs-tokens')),
      stage('independent', [], ['frames'], (doc) => {
        ran.push('independent');
        doc.set('frames', []);
      }),
    ]);
    const doc = p.run(new SitrepDocument({ id: 'd', text: 'x' }));
    expect(ran).toEqual(['independent']);
    expect(doc.diagnostics.map((d) => d.rule)).toEqual(['boom/crashed', 'pipeline/skipped']);
    expect(doc.diagnostics[0].message).toMatch(/kaput/);
    expect(doc.has('frames')).toBe(true);
  });

  it('records time per stage when asked', () => {
    const p = Pipeline.create([stage('a', [], [])]);
    const timings = new Map<string, number>();
    p.run(new SitrepDocument({ id: 'd', text: 'x' }), timings);
    expect([...timings.keys()]).toEqual(['a']);
  });

  it('defineStage resolves options over defaults once, at setup', () => {
    let setups = 0;
    const factory = defineStage<{ n: number; s: string }>({
      name: 'demo',
      description: 'demo',
      requires: [],
      adds: [],
      defaults: { n: 1, s: 'a' },
      setup(options) {
        setups++;
        expect(options).toEqual({ n: 2, s: 'a' });
        return () => {};
      },
    });
    const s = factory({ n: 2 });
    s.run(new SitrepDocument({ id: 'd', text: 'x' }));
    s.run(new SitrepDocument({ id: 'd', text: 'y' }));
    expect(setups).toBe(1);
    expect(factory.definition.name).toBe('demo');
  });

  it('every preset builds, and the stage declarations are as reviewed', () => {
    for (const name of Object.keys(PRESETS)) expect(() => buildPipeline({ preset: name })).not.toThrow();
    const declarations = Object.fromEntries(
      Object.entries(STAGES).map(([name, f]) => [name, { requires: f.definition.requires, optional: f.definition.optional ?? [], adds: f.definition.adds }]),
    );
    expect(declarations).toMatchSnapshot();
  });
});
