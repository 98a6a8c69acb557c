/**
 * @module The stage registry and presets. A preset is an ordered list of stage names; the pipeline
 * built from it is checked (every requirement met by an earlier stage) before any document runs.
 */
import { Pipeline } from '../pipeline/pipeline.js';
import type { Stage, StageFactory } from '../pipeline/stage.js';
import { actors } from './actors/index.js';
import { attribution } from './attribution/index.js';
import { framing } from './framing/index.js';
import { events } from './events/index.js';
import { places } from './places/index.js';
import { segment } from './segment/index.js';
import { times } from './times/index.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const STAGES: Record<string, StageFactory<any>> = {
  segment,
  actors,
  times,
  places,
  attribution,
  framing,
  events,
};

export const PRESETS: Record<string, readonly string[]> = {
  /** Everything sitrep reads out of English news. */
  'newsroom-en': ['segment', 'actors', 'times', 'places', 'attribution', 'framing', 'events'],
  /** Tokens and sentences only (the benchmark's baseline stage). */
  segment: ['segment'],
  /** Tokens, sentences and actors. */
  actors: ['segment', 'actors'],
};

export const DEFAULT_PRESET = 'newsroom-en';

export interface BuildOptions {
  preset?: string;
  /** Stage names to leave out (their dependants are then rejected at build time). */
  disable?: readonly string[];
  /** Options per stage name. */
  options?: Record<string, Record<string, unknown>>;
}

export function buildPipeline(build: BuildOptions = {}): Pipeline {
  const names = PRESETS[build.preset ?? DEFAULT_PRESET];
  if (!names) throw new Error(`unknown preset '${build.preset}' (known: ${Object.keys(PRESETS).join(', ')})`);
  const disabled = new Set(build.disable ?? []);
  for (const name of disabled) if (!STAGES[name]) throw new Error(`unknown stage '${name}'`);
  const stages: Stage[] = names.filter((n) => !disabled.has(n)).map((n) => STAGES[n](build.options?.[n]));
  return Pipeline.create(stages);
}
