/** Golden test: the places of the seed article (../shared/corpus/seed/EXPECTED.md). */
import { describe, expect, it } from 'vitest';
import type { Place } from '../../model/layers.js';
import { analyzeJson, documentProblems, seedText } from '../../../test/support.js';

const text = seedText();
const json = analyzeJson({ text, published: '2018-09-06' });
const places = json.places as Place[];

function at(s: string, k = 1): Place | undefined {
  let i = -1;
  for (let n = 0; n < k; n++) i = text.indexOf(s, i + 1);
  return places.find((p) => p.start < i + s.length && i < p.end);
}

describe('places: the seed article', () => {
  it('is schema-valid with every span equal to its text', () => {
    expect(documentProblems(json)).toEqual([]);
  });
  it.each([
    ['Syria', 1, 'SY', 'PCLI', 163843],
    ['Iraq', 1, 'IQ', 'PCLI', 99237],
    ['Turkey', 1, 'TR', 'PCLI', 298795],
  ])('%s → the country', (s, k, cc, feature, id) => {
    expect(at(s, k)).toMatchObject({ country: cc, feature, geonameid: id });
  });
  it('"militant-held Idlib" → Idlib Governorate', () => {
    expect(at('Idlib')).toMatchObject({ feature: 'ADM1', country: 'SY', name: 'Idlib' });
  });
  it('"the western-central province of Hama" → Hama Governorate', () => {
    expect(at('Hama')).toMatchObject({ feature: 'ADM1', country: 'SY', name: 'Hama' });
  });
  it('"securing Damascus" → Damascus, Syria', () => {
    expect(at('Damascus', 3)).toMatchObject({ geonameid: 170654, country: 'SY' });
  });
  it('"the Damascus government" is not a place', () => {
    expect(at('Damascus', 1)).toBeUndefined();
  });
  it.each(['the Arabic country', 'the Arab country', 'the war-torn Arab country'])('"%s" → Syria', (s) => {
    expect(at(s)).toMatchObject({ country: 'SY', mention: 'anaphor' });
  });
  it('"the entire southern part of the country" → Syria, its southern part', () => {
    const p = at('the country');
    expect(p).toMatchObject({ country: 'SY', mention: 'anaphor', part: 'southern' });
  });
  it('"Syrian" is a demonym, not a place', () => {
    expect(at('Syrian army')).toBeUndefined();
  });
});
