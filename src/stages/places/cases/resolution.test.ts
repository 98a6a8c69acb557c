import { describe, expect, it } from 'vitest';
import { analyzeDoc } from '../../../../test/support.js';
import type { Place } from '../../../model/layers.js';
import { abbreviated, articleAsAl, unabbreviated } from '../build.js';
import { loadGazetteer } from '../gazetteer.js';
import { resolveSpans } from '../index.js';
import { loadCues } from '../lexicon.js';

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

describe('places: resolution in context', () => {
  it.each([
    ['Strikes hit Damascus again.', 'Damascus', 'SY'],
    ['The bus left Paris, Texas, for Lamar County.', 'Paris', 'US'],
    ['He flew to Paris for the summit with Macron.', 'Paris', 'FR'],
    ['Atlanta and Savannah are the biggest cities in Georgia.', 'Georgia', 'US'],
    ['Tbilisi, the capital of Georgia, lies on the Kura.', 'Georgia', 'GE'],
    ['The UN meets in New York.', 'New York', 'US'],
    ['Hama, Syria, was quiet.', 'Hama', 'SY'],
    // Both a demonym and a region: the region where nothing follows it, or a place noun does.
    ['Drought hit the Somali region of Ethiopia.', 'Somali', 'ET'],
  ])('%s → %s in %s', (text, name, country) => {
    expect(placeAt(text, name)?.country).toBe(country);
  });

  it('gives the capital of Syria, not Damascus, Maryland', () => {
    const p = placeAt('Troops were sent to Damascus.', 'Damascus');
    expect(p?.feature).toBe('PPLC');
    expect(p?.geonameid).toBe(170654);
  });

  it('gives a town in its state when the state is named', () => {
    const p = placeAt('Springfield, Ill., voted. Springfield is the capital.', 'Springfield');
    expect(p?.admin1).toBe('Illinois');
  });

  it('resolves "the country" to the document’s country, with a note', () => {
    const text = 'Syria has been at war since 2011. Aleppo and Homs were shelled. The war-torn country is in ruins.';
    const p = placeAt(text, 'The war-torn country');
    expect(p?.country).toBe('SY');
    expect(p?.mention).toBe('anaphor');
    expect(p?.note).toMatch(/country the document is about/);
  });

  it('gives every place an id, a score and the contract fields', () => {
    for (const p of placesOf('Fighting spread from Aleppo to Idlib province and across Syria.')) {
      expect(p.id).toMatch(/^P\d+$/);
      expect(typeof p.score).toBe('number');
      expect(p).toHaveProperty('geonameid');
      expect(p).toHaveProperty('admin1');
    }
  });
});

describe('places: features placed where the document is', () => {
  it('places a street at a town of the story’s country, not at a namesake abroad', () => {
    const text = 'He ran a shop on Station Road in Middletown for 20 years. He was born in Dewsbury, West Yorkshire, and lived in Leeds and Wakefield.';
    expect(placeAt(text, 'Station Road')?.country).toBe('GB');
  });
  it('places a street at the town the text puts it in, before the town named earlier', () => {
    const p = placeAt('Atlanta police said Green Street in Gainesville was closed after the crash near Athens, Georgia.', 'Green Street');
    expect(p?.note).toMatch(/placed at Gainesville/);
  });
  it('still places a street at the town named before it when none follows', () => {
    const p = placeAt('Atlanta police closed Green Street after the crash.', 'Green Street');
    expect(p?.note).toMatch(/placed at Atlanta/);
  });
});

describe('places: abbreviated words in names', () => {
  it.each([
    ['st cloud', 'saint cloud'],
    ['ft worth', 'fort worth'],
    ['mt vernon', 'mount vernon'],
    ['stone mountain', 'stone mountain'],
  ])('%s → %s', (key, out) => expect(unabbreviated(key)).toBe(out));
  it('reads “St. Cloud” as Saint Cloud’s own name', () => {
    expect(placeAt('A man from St. Cloud was hurt.', 'St. Cloud')?.admin1).toBe('Minnesota');
  });
});

describe('places: landmarks stand for the town they are in', () => {
  it.each([
    ['The musical opened on Broadway last spring.', 'Broadway', 'New York City'],
    ['Heathrow passengers faced delays.', 'Heathrow', 'London'],
    ['Tourists filled Red Square on Sunday.', 'Red Square', 'Moscow'],
  ])('%s', (text, s, town) => expect(placeAt(text, s)?.name).toBe(town));
  it('leaves a landmark the actors stage reads as a government alone', () => {
    expect(placeAt('The Pentagon said 200 troops would deploy.', 'Pentagon')).toBeUndefined();
  });
});

describe('places: short demonyms and country codes', () => {
  it('reads short demonyms and peoples as their country', () => {
    const doc = analyzeDoc({ text: 'Serb and Kazakh officials met Bosnian envoys.' });
    expect(doc.get('demonyms').map((d) => d.country)).toEqual(['RS', 'KZ', 'BA']);
  });
  it('reads a country code in capitals inside a given span as the country', () => {
    const text = 'Rates rose after the US Federal Reserve met, and us too.';
    const doc = analyzeDoc({ text }, { disable: ['times', 'places', 'attribution', 'framing', 'events'] });
    const at = text.indexOf('US Federal Reserve');
    const [p] = resolveSpans(doc, [{ start: at, end: at + 'US Federal Reserve'.length }], loadGazetteer(), loadCues());
    expect(p?.country).toBe('US');
    expect(p?.feature).toBe('PCLI');
  });
});

describe('places: the countries of known actors weigh in the focus', () => {
  it('reads a name shared across countries in the country of the actors named', () => {
    expect(placeAt('Pro-Houthi forces shelled houses in Al Bayda.', 'Al Bayda')?.country).toBe('YE');
  });
  it('keeps the likelier namesake without them', () => {
    expect(placeAt('Protesters gathered in Al Bayda on Monday.', 'Al Bayda')?.country).toBe('LY');
  });
});

describe('places: counties made of several divisions', () => {
  it.each([
    ['The race moves to Croft, Yorkshire, in June.', 'Yorkshire'],
    ['Volunteer drivers are needed across Berkshire and Oxfordshire.', 'Berkshire'],
    ['Police in Greater Manchester made two arrests.', 'Greater Manchester'],
  ])('%s', (text, name) => {
    const p = placeAt(text, name);
    expect(p?.country).toBe('GB');
    expect(p?.admin1).toBe('England');
  });
});

describe('places: short country names and breakaway regions', () => {
  it.each([
    ['Fighting in Bosnia went on.', 'Bosnia', 'BA'],
    ['Troops entered South Ossetia in August.', 'South Ossetia', 'GE'],
    ['Elections were held in Somaliland.', 'Somaliland', 'SO'],
  ])('%s', (text, name, country) => expect(placeAt(text, name)?.country).toBe(country));
});

describe('places: "St." forms of saints\' names', () => {
  it.each([
    ['saint kitts and nevis', 'st kitts and nevis'],
    ['mount vernon', 'mt vernon'],
    ['saint-denis', 'saint-denis'],
    ['santa fe', 'santa fe'],
  ])('%s → %s', (key, out) => expect(abbreviated(key)).toBe(out));
  it('reads "St. Kitts and Nevis" as the country', () => {
    expect(placeAt('Aid reached St. Kitts and Nevis on Friday.', 'St. Kitts and Nevis')?.country).toBe('KN');
  });
});

describe('places: Arabic articles written "al"', () => {
  it.each([
    ['jisr ash shughur', 'jisr al shughur'],
    ['dayr az zawr', 'dayr al zawr'],
    ['ras al ain', 'ras al ain'],
    ['ash shihr', 'ash shihr'],
  ])('%s → %s', (key, out) => expect(articleAsAl(key)).toBe(out));
  it('reads "Jisr al-Shughur" as Jisr ash Shughur', () => {
    expect(placeAt('Russian aircraft carried out raids on Jisr al-Shughur in northwestern Syria.', 'Jisr al-Shughur')?.admin1).toBe('Idlib');
  });
});
