/**
 * @module The pipeline: an ordered, checked, frozen list of stages run over one document at a time.
 *
 * Building checks, before any article runs, that every stage's requirements are added by an earlier
 * stage and that optional inputs are not produced later than they are read. Running routes a stage's
 * failure into a diagnostic on the document: the stages that need its output are skipped, the others
 * still run, and the batch goes on.
 */
import type { SitrepDocument } from '../model/document.js';
import type { LayerName } from '../model/layers.js';
import type { Stage } from './stage.js';

export class PipelineError extends Error {
  override name = 'PipelineError';
}

/** Accumulated wall time per stage, in milliseconds, for `bench` and `--profile`. */
export type StageTimings = Map<string, number>;

export class Pipeline {
  readonly stages: readonly Stage[];

  private constructor(stages: readonly Stage[]) {
    this.stages = Object.freeze([...stages]);
    Object.freeze(this);
  }

  static create(stages: readonly Stage[], initial: readonly LayerName[] = []): Pipeline {
    const problems = analyze(stages, initial);
    if (problems.length) throw new PipelineError(`invalid pipeline:\n- ${problems.join('\n- ')}`);
    return new Pipeline(stages);
  }

  /** Runs every stage on `doc` (in place) and returns it. */
  run(doc: SitrepDocument, timings?: StageTimings): SitrepDocument {
    for (const stage of this.stages) {
      const missing = stage.requires.filter((name) => !doc.has(name));
      if (missing.length) {
        doc.report({
          severity: 'warning',
          source: 'pipeline',
          rule: 'pipeline/skipped',
          message: `stage '${stage.name}' skipped: missing ${missing.join(', ')}`,
        });
        continue;
      }
      const t0 = timings ? performance.now() : 0;
      try {
        stage.run(doc);
      } catch (error) {
        for (const name of stage.adds) doc.delete(name);
        doc.report({
          severity: 'error',
          source: stage.name,
          rule: `${stage.name}/crashed`,
          message: `stage '${stage.name}' failed: ${error instanceof Error ? error.message : String(error)}`,
        });
      }
      if (timings) timings.set(stage.name, (timings.get(stage.name) ?? 0) + performance.now() - t0);
    }
    return doc;
  }
}

/** The problems with a stage list (empty when it is valid), each naming the stage and the layer. */
export function analyze(stages: readonly Stage[], initial: readonly LayerName[] = []): string[] {
  const problems: string[] = [];
  const available = new Set<LayerName>(initial);
  const producer = new Map<LayerName, number>();
  stages.forEach((stage, i) => {
    for (const name of stage.adds) if (!producer.has(name)) producer.set(name, i);
  });
  const names = new Set<string>();
  stages.forEach((stage, i) => {
    if (names.has(stage.name)) problems.push(`stage '${stage.name}' appears twice`);
    names.add(stage.name);
    for (const name of stage.requires) {
      if (available.has(name)) continue;
      const later = producer.get(name);
      problems.push(
        later === undefined
          ? `stage '${stage.name}' requires '${name}', which no stage adds`
          : `stage '${stage.name}' requires '${name}', which '${stages[later].name}' adds only later`,
      );
    }
    for (const name of stage.optional) {
      const at = producer.get(name);
      if (at !== undefined && at > i) {
        problems.push(`stage '${stage.name}' reads '${name}', which '${stages[at].name}' adds only later`);
      }
    }
    for (const name of stage.adds) available.add(name);
  });
  return problems;
}
