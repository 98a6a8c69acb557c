/** @module One-line actor cases: analyse a text and look entities up by the text of a mention. */
import type { Entity } from '../../../model/layers.js';
import { analyzeDoc } from '../../../../test/support.js';

const preset = { preset: 'actors' };

export function entities(text: string): Entity[] {
  return analyzeDoc({ text }, preset).get('entities');
}

/** The entity that has a mention exactly `mention` (the k-th occurrence in the text), or undefined. */
export function entityOf(text: string, mention: string, k = 1): Entity | undefined {
  let at = -1;
  for (let n = 0; n < k; n++) at = text.indexOf(mention, at + 1);
  if (at < 0) throw new Error(`'${mention}' not in text`);
  return entities(text).find((e) => e.mentions.some((m) => m.start === at && m.end === at + mention.length));
}

/** The entity with a mention overlapping the k-th occurrence of `s`, preferring the longest mention. */
export function entityAt(list: Entity[], text: string, s: string, k = 1): Entity | undefined {
  let at = -1;
  for (let n = 0; n < k; n++) at = text.indexOf(s, at + 1);
  if (at < 0) throw new Error(`'${s}' not in text`);
  let best: { e: Entity; len: number } | undefined;
  for (const e of list) {
    for (const m of e.mentions) {
      if (m.start < at + s.length && m.end > at && (!best || m.end - m.start > best.len)) best = { e, len: m.end - m.start };
    }
  }
  return best?.e;
}

export function summary(e: Entity | undefined): string {
  return e ? `${e.name} | ${e.kind} | ${e.country} | ${e.sector}` : 'none';
}
