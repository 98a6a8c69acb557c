/** @module One-line case helpers for the framing stage. */
import { SitrepDocument } from '../../../model/document.js';
import { Pipeline } from '../../../pipeline/pipeline.js';
import { segment } from '../../segment/index.js';
import { framing, type FramingProfile } from '../index.js';

const phrase = Pipeline.create([segment(), framing({ span: 'phrase' })]);
const clause = Pipeline.create([segment(), framing()]);

export function frames(text: string, span: 'phrase' | 'clause' = 'phrase'): string[] {
  const doc = (span === 'phrase' ? phrase : clause).run(new SitrepDocument({ id: 'case', text }));
  return doc.get('frames').map((f) => `${f.technique}: ${f.text}`);
}

/** Frames as `technique: cue → span`. */
export function cued(text: string, span: 'phrase' | 'clause' = 'clause'): string[] {
  const doc = (span === 'phrase' ? phrase : clause).run(new SitrepDocument({ id: 'case', text }));
  return doc.get('frames').map((f) => `${f.technique}: ${(f.cue as { text: string }).text} → ${f.text}`);
}

export function profile(text: string): FramingProfile {
  return phrase.run(new SitrepDocument({ id: 'case', text })).get('framing');
}
