/** @module One-line case helpers for the framing stage. */
import { SitrepDocument } from '../../../model/document.js';
import { Pipeline } from '../../../pipeline/pipeline.js';
import { segment } from '../../segment/index.js';
import { framing, type FramingProfile } from '../index.js';

const phrase = Pipeline.create([segment(), framing()]);
const clause = Pipeline.create([segment(), framing({ span: 'clause' })]);

export function frames(text: string, span: 'phrase' | 'clause' = 'phrase'): string[] {
  const doc = (span === 'phrase' ? phrase : clause).run(new SitrepDocument({ id: 'case', text }));
  return doc.get('frames').map((f) => `${f.technique}: ${f.text}`);
}

export function profile(text: string): FramingProfile {
  return phrase.run(new SitrepDocument({ id: 'case', text })).get('framing');
}
