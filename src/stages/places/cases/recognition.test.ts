import { describe, expect, it } from 'vitest';
import { analyzeDoc } from '../../../../test/support.js';
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

describe('places: division cues', () => {
  it.each([
    ['Fighting went on in the western-central province of Hama.', 'Hama', 'ADM1', 'SY'],
    ['Rebels shelled villages in Hama province.', 'Hama', 'ADM1', 'SY'],
    ['The army prepares an offensive on militant-held Idlib.', 'Idlib', 'ADM1', 'SY'],
    ['Clashes were reported in Idlib governorate on Monday.', 'Idlib', 'ADM1', 'SY'],
    ['Aid reached the Idlib countryside, in Idlib’s countryside.', 'Idlib', 'ADM1', 'SY'],
    ['He was born in the city of Hama.', 'Hama', 'PPLA', 'SY'],
  ])('%s → %s %s', (text, name, feature, country) => {
    const p = placeAt(text, name);
    expect(p?.feature).toBe(feature);
    expect(p?.country).toBe(country);
  });
});

describe('places: names around other words', () => {
  it.each([
    ['Troops moved into northern Syria.', 'Syria', 'SY'],
    ['Militants hold desert regions near the border with Turkey.', 'Turkey', 'TR'],
    ['The Britain-based monitor said so.', 'Britain', 'GB'],
    ['Deir ez-Zor and Dayr az Zawr are one place.', 'Deir ez-Zor', 'SY'],
    ['Shelling hit Ḩamāh overnight.', 'Ḩamāh', 'SY'],
    ['Officials in Türkiye and in Turkey agree.', 'Türkiye', 'TR'],
    ['DUBLIN, Ohio — The council met.', 'DUBLIN', 'US'],
  ])('%s → %s', (text, name, country) => {
    expect(placeAt(text, name)?.country).toBe(country);
  });

  it('reads "northern X" as a part of X', () => {
    expect(placeAt('Troops moved into northern Syria.', 'Syria')?.part).toBe('northern');
  });

  it('links "Town, State" and resolves the abbreviation', () => {
    const text = 'She lives in Alexandria, Va., near the river.';
    const town = placeAt(text, 'Alexandria');
    const state = placeAt(text, 'Va.');
    expect(state?.name).toBe('Virginia');
    expect(town?.admin1).toBe('Virginia');
    expect(town?.containedIn).toBe(state?.id);
  });

  it('reads a demonym before a place noun as its country', () => {
    const p = placeAt('Two villages near the Syrian-Turkish border lost power.', 'Turkish');
    expect(p?.country).toBe('TR');
    expect(p?.mention).toBe('modifier');
  });

  it('places a street at the town the article is about', () => {
    const text = 'Police in Gainesville, Ga., closed Green Street after the fire. Gainesville officials said.';
    const p = placeAt(text, 'Green Street');
    expect(p?.mention).toBe('feature');
    expect(p?.admin1).toBe('Georgia');
  });
});

describe('places: streets named together', () => {
  it.each([
    ['Vendors lined Pelican and Heron streets in New Orleans.', 'Pelican', 'Louisiana'],
    ['A bus stalled at the corner of Clinton and Kearny in Chicago.', 'Kearny', 'Illinois'],
    ['Crews shut the Kearny and Clinton intersection in Chicago.', 'Kearny', 'Illinois'],
  ])('%s (%s is a street)', (text, name, admin1) => {
    const p = placeAt(text, name);
    expect(p?.mention).toBe('feature');
    expect(p?.admin1).toBe(admin1);
  });
  it('leaves towns named together as towns', () => {
    expect(placeAt('Aid went to Lafayette and Baton Rouge, two cities in Louisiana.', 'Lafayette')?.mention).toBe('name');
  });
});

describe('places: names the document also uses in a capitalized run', () => {
  it.each([
    ['Forecasts: The Atlantic Hurricane Season starts soon. Storms form in the tropical Atlantic.', 'tropical Atlantic', 'Atlantic'],
    ['The A38 Taunton exit shuts next week, and lorries bound for Taunton must wait.', 'for Taunton', 'Taunton'],
    ['Clerks at Brookfield Dean Gas sold the winning card. The shop is in Brookfield, Wisconsin.', 'in Brookfield', 'Brookfield'],
    ['The new Easley City Hall welcomed visitors on Tuesday. Easley keeps growing.', 'Easley keeps', 'Easley'],
  ])('%s', (text, context, name) => {
    const at = text.indexOf(context) + context.indexOf(name);
    expect(placesOf(text).some((p) => p.start === at)).toBe(true);
  });
  it('still reads a surname the document gave a person as the person', () => {
    expect(placeAt('Chris Ripley won the race. Ripley said he was happy.', 'Ripley', 2)).toBeUndefined();
  });
});

describe('places: a place before an office’s title', () => {
  it.each([
    ['Acting U.S. Attorney Dana Whitcombe filed the charges.', 'U.S.', 'US', 'PCLI'],
    ['Georgia Governor Brian Kemp signed the bill.', 'Georgia', 'US', 'ADM1'],
    ['Ottawa Mayor Jim Watson spoke on Monday.', 'Ottawa', 'CA', 'PPLC'],
  ])('%s', (text, name, country, feature) => {
    const p = placeAt(text, name);
    expect(p?.country).toBe(country);
    expect(p?.feature).toBe(feature);
  });
  it('leaves a first name before a title-like surname alone', () => {
    expect(placeAt('Chad King scored twice on Sunday.', 'Chad')).toBeUndefined();
    expect(placeAt('Chad Lord scored twice on Sunday.', 'Chad')).toBeUndefined();
    expect(placeAt('Jordan Lady sang the anthem.', 'Jordan')).toBeUndefined();
  });
});

describe('places: "D.C." on its own', () => {
  it('reads "D.C." alone as the District of Columbia', () => {
    expect(placeAt('She drove from Tulsa to D.C. in two days.', 'D.C.')?.admin1).toBe('District of Columbia');
  });
  it('keeps "Va." an abbreviation only after a town', () => {
    expect(placeAt('The Va. office closed.', 'Va.')).toBeUndefined();
  });
});
