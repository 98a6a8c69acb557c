import { describe, expect, it } from 'vitest';
import { analyzeDoc } from '../../../../test/support.js';

describe('places: not places', () => {
  it.each([
    ['without any authorization from the Damascus government.', 'Damascus'],
    ['Damascus said the strikes were illegal.', 'Damascus'],
    ['Chad Smith of the county board spoke.', 'Chad'],
    ['Gov. Jackson signed the bill.', 'Jackson'],
    ['Police said the man was held.', 'Police'],
    ['We went home.', 'We'],
    ['Syrian forces advanced.', 'Syrian'],
    // A demonym that is also a region's name, qualifying a noun.
    ['A man of Somali heritage was held.', 'Somali'],
    ['Chris Ripley won. Later Ripley said he was glad.', 'Ripley'],
    ['The Washington Post reported it.', 'Washington'],
    ['More people came than expected.', 'More'],
    ['In March the rains came.', 'March'],
  ])('%s: no place at "%s"', (text, word) => {
    const p = placeAt(text, word, text.split(word).length - 1);
    if (word === 'Washington') expect(p?.mention ?? 'embedded').toBe('embedded');
    else expect(p).toBeUndefined();
  });

  it('keeps demonyms apart', () => {
    const doc = analyzeDoc({ text: 'Syrian and Iraqi officials met Russian envoys.' });
    expect(doc.get('places')).toEqual([]);
    expect(doc.get('demonyms').map((d) => d.country)).toEqual(['SY', 'IQ', 'RU']);
  });

  it('leaves out spans the actors stage marked as metonyms', () => {
    // A hand-made entities layer stands in for the actors stage.
    const text = 'Aid went to Damascus upon request.';
    const at = text.indexOf('Damascus');
    const entities = [{ id: 'E1', name: 'Syrian government', kind: 'government' as const, country: 'SYR', sector: 'GOV',
      mentions: [{ start: at, end: at + 8, text: 'Damascus', how: 'metonym' as const }] }];
    const doc = analyzeDoc({ text }, { preset: 'segment' });
    doc.set('entities', entities);
    const { places } = STAGE().analyze(doc);
    expect(places).toEqual([]);
  });
});

import { loadGazetteer } from '../gazetteer.js';
import { analyzePlaces } from '../index.js';
import { loadCues } from '../lexicon.js';
import type { Place } from '../../../model/layers.js';

export function placesOf(text: string): Place[] {
  return analyzeDoc({ text }).get('places');
}

/** The place whose span covers the k-th occurrence (1-based) of `s`, if any. */
export function placeAt(text: string, s: string, k = 1): Place | undefined {
  let at = -1;
  for (let i = 0; i < k; i++) at = text.indexOf(s, at + 1);
  if (at < 0) throw new Error(`"${s}" (${k}) is not in the text`);
  return placesOf(text).find((p) => p.start < at + s.length && at < p.end);
}
function STAGE() {
  return { analyze: (doc: Parameters<typeof analyzePlaces>[0]) => analyzePlaces(doc, loadGazetteer(), loadCues()) };
}

describe('places: buildings named after saints', () => {
  it.each([
    ["The choir sang in St Helen's Chapel on Sunday.", 'St Helen'],
    ["He was treated at St Mary's Hospital in London.", 'St Mary'],
  ])('%s (%s is no town)', (text, name) => {
    expect(placeAt(text, name)).toBeUndefined();
  });
  it('keeps a town before its own institution', () => {
    expect(placeAt("Derry's Mornley Hospital opened a ward.", 'Derry')?.country).toBe('GB');
  });
});

describe('places: feature words and firms', () => {
  it('reads a feature word alone as a common word ("Lane closures")', () => {
    expect(placeAt('Lane closures through Thursday on Birchwood Drive.', 'Lane')).toBeUndefined();
  });
  it('keeps a region that bears a feature word ("Gulf states")', () => {
    expect(placeAt('Gulf states met on Monday.', 'Gulf')).toBeDefined();
  });
  it('reads names joined by "&" as a firm’s', () => {
    expect(placesOf('The city hired Hale & Morrow for the design.')).toEqual([]);
  });
  it('keeps big towns joined by "&" (a dateline)', () => {
    expect(placeAt('SEATTLE & PORTLAND, March 29 -- The deal was signed.', 'PORTLAND')?.country).toBe('US');
  });
});

describe('places: currencies', () => {
  it.each([
    ['Shops in Beirut now price their goods in the US dollar.', 'US'],
    ['The Hong Kong dollar fell against the yen.', 'Hong Kong'],
  ])('%s (%s names a currency)', (text, name) => expect(placeAt(text, name)).toBeUndefined());
  it('keeps the country elsewhere', () => expect(placeAt('Aid worth $5m reached the US.', 'US')?.country).toBe('US'));
});

describe('places: the start of a longer name the gazetteer lacks', () => {
  it.each([
    ['Gunmen fired on police in Morro do Vento Azul in Sao Paulo.', 'Morro'],
    ['Rival militias clashed in Wadi al-Tamar on Monday.', 'Wadi'],
  ])('%s (%s is part of a longer name)', (text, name) => expect(placeAt(text, name)).toBeUndefined());
  it('keeps known names with connectors and big places before one', () => {
    expect(placeAt('Teachers marched in Rio de Janeiro.', 'Rio de Janeiro')?.country).toBe('BR');
  });
});
