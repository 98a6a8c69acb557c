/**
 * @module The stage contract: a named step that reads some layers and adds others.
 *
 * A stage is defined once (name, declared layers, defaults, `setup`), then instantiated with options:
 * `setup` runs once per pipeline (load lexicons, compile patterns) and returns the function that runs
 * per document. That split keeps the per-document path free of set-up work.
 */
import type { SitrepDocument } from '../model/document.js';
import type { LayerName } from '../model/layers.js';

export interface Stage {
  readonly name: string;
  /** Layers that must exist before this stage runs. */
  readonly requires: readonly LayerName[];
  /** Layers read when present (a pipeline that has their producer must run it first). */
  readonly optional: readonly LayerName[];
  /** Layers this stage sets. */
  readonly adds: readonly LayerName[];
  readonly description: string;
  run(doc: SitrepDocument): void;
}

export interface StageDefinition<O> {
  name: string;
  description: string;
  requires: readonly LayerName[];
  optional?: readonly LayerName[];
  adds: readonly LayerName[];
  /** Every option with its default. */
  defaults: O;
  setup(options: O): (doc: SitrepDocument) => void;
}

export type StageFactory<O> = ((options?: Partial<O>) => Stage) & { readonly definition: StageDefinition<O> };

export function defineStage<O extends object>(definition: StageDefinition<O>): StageFactory<O> {
  const factory = (options?: Partial<O>): Stage => {
    const resolved = { ...definition.defaults, ...(options ?? {}) } as O;
    const run = definition.setup(resolved);
    return Object.freeze({
      name: definition.name,
      description: definition.description,
      requires: Object.freeze([...definition.requires]),
      optional: Object.freeze([...(definition.optional ?? [])]),
      adds: Object.freeze([...definition.adds]),
      run,
    });
  };
  return Object.assign(factory, { definition });
}
