import { describe, expect, it } from 'vitest';
import { analyzeDoc } from '../../../../test/support.js';
import { loadGazetteer } from '../gazetteer.js';
import { resolveSpans } from '../index.js';
import { loadCues } from '../lexicon.js';
import { placeAt, placesOf } from './support.js';

describe('places: containment ("X (Y, Z)", "X district, Y", "X, Y")', () => {
  it.each([
    // [text, name, expected admin1 label]
    ['Militants attacked forces near Pipri, Kaushambi (UP) on Monday.', 'Kaushambi', 'Uttar Pradesh'],
    ['Protesters gathered in Juliaca, Puno, on Friday.', 'Puno', 'Puno'],
    ['Taliban fighters were killed in Andar district, Ghazni.', 'Andar', 'Ghazni'],
    ['Shells fell on Qaatabah district (Ad Dali) overnight.', 'Ad Dali', 'Ad Dali'],
    ['Fighting went on in Ma’rib governorate.', 'Ma’rib', 'Marib'],
  ])('%s: %s in %s', (text, name, admin1) => {
    expect(placeAt(text, name)?.admin1).toBe(admin1);
  });

  it('reads a container after a comma as a division ("Juliaca, Puno": the region, not the city)', () => {
    expect(placeAt('Protesters gathered in Juliaca, Puno, on Friday.', 'Puno')?.feature).toBe('ADM1');
  });

  it('places a village the gazetteer lacks at its container, with an honest precision', () => {
    const text = 'Militants attacked forces in the vicinity of Bar-Sanguun village (Kismaayo, Lower Juba).';
    const p = placeAt(text, 'Bar-Sanguun');
    expect(p?.mention).toBe('unlisted');
    expect(p?.geonameid).toBeNull();
    expect(p?.admin1).toBe('Lower Juba');
    expect(p?.precision).not.toBe('feature');
    expect(p?.containedIn).toBe(placeAt(text, 'Kismaayo')?.id);
  });

  it('moves a small namesake far away into the container the text gives ("Tuban, Lahij")', () => {
    const p = placeAt('A man was shot on the main road of Abr Badr area (Tuban, Lahij).', 'Tuban');
    expect(p?.country).toBe('YE');
    expect(p?.geonameid).toBeNull();
  });

  it('keeps a list a list ("Hama, Homs and Idlib": Hama is not in Homs)', () => {
    const text = 'Strikes hit Hama, Homs and Idlib.';
    expect(placeAt(text, 'Hama')?.containedIn).toBeUndefined();
    expect(placeAt(text, 'Hama')?.geonameid).not.toBeNull();
  });

  it('follows a chain of containers ("San Cristobal, Tachira state")', () => {
    expect(placeAt('In La Concordia parish, San Cristobal, Tachira state, residents protested.', 'San Cristobal')?.country).toBe('VE');
  });

  it('places a neighbourhood at its town ("in Leon, Guanajuato … in Colonia San Francisco")', () => {
    const text = 'In Leon de los Aldama, Guanajuato, armed men attacked a man in Colonia San Francisco.';
    expect(placeAt(text, 'Leon de los Aldama')?.name).toBe('León de los Aldama');
    const q = placeAt(text, 'Colonia San Francisco');
    expect(q?.feature).toBe('PPLX');
    expect(q?.admin1).toBe('Guanajuato');
  });
});

describe('places: names joined by hyphens and articles', () => {
  it.each([
    ['Gunmen shot a driver in Port-au-Prince.', 'Port-au-Prince', 'HT'],
    ['Rebels hold parts of Nord-Kivu.', 'Nord-Kivu', 'CD'],
    ['The race, the Tour de France, starts in July.', 'France', 'FR'],
  ])('%s → %s in %s', (text, name, cc) => {
    expect(placeAt(text, name)?.country).toBe(cc);
  });

  it('does not read the start of an unknown hyphenated name as a town elsewhere ("Orta-Karvend")', () => {
    const p = placeAt('Troops fired on positions near Orta-Karvend, Agdam.', 'Orta');
    expect(p?.country ?? 'AZ').toBe('AZ');
  });

  it('does not read the end of an unknown Arabic name as a town ("Jabal al Kirsh")', () => {
    const p = placeAt('Houthi forces shelled the Jabal al Kirsh front (Al Qabbaytah, Lahij).', 'Kirsh');
    expect(p?.feature ?? 'none').not.toBe('PPLA2');
  });

  it('takes no news agency for a state ("WASHINGTON (AP)")', () => {
    expect(placesOf('WASHINGTON (AP) — The Senate voted.').map((p) => p.text)).not.toContain('AP');
  });
});

describe('places: names with no support', () => {
  it('takes a town’s former name for no place unless the text ties it to one ("Molotov cocktails")', () => {
    expect(placeAt('Protesters in Sidon hurled Molotov cocktails at a bank.', 'Molotov')).toBeUndefined();
  });
});

describe('places: lists and English names of cities', () => {
  it('reads a list’s items at one level ("California or Washington": the state)', () => {
    expect(placeAt('Buyers come from western states such as California or Washington.', 'Washington')?.feature).toBe('ADM1');
  });

  it('takes Geneva for Genève, the city of the canton of that name', () => {
    expect(placeAt('He spoke at a briefing in Geneva.', 'Geneva')?.country).toBe('CH');
  });
});

describe('places: lists are not containers', () => {
  it('reads a list of countries as countries ("Mexico, China, Japan", not China in Japan)', () => {
    const p = placeAt('Officials in Mexico, China, Japan, Ukraine and Brazil are worried.', 'China');
    expect(p?.country).toBe('CN');
    expect(p?.feature).toBe('PCLI');
  });
  it('still reads a country after a town as its container', () => {
    expect(placeAt('She was born in Aleppo, Syria, and moved to Mosul.', 'Aleppo')?.containedIn).toBe(placeAt('She was born in Aleppo, Syria, and moved to Mosul.', 'Syria')?.id);
  });
});

describe('places: given spans in lists', () => {
  const spans = (text: string, names: string[]) => {
    const doc = analyzeDoc({ text }, { disable: ['times', 'places', 'attribution', 'framing', 'events'] });
    return resolveSpans(doc, names.map((n) => ({ start: text.indexOf(n), end: text.indexOf(n) + n.length })), loadGazetteer(), loadCues());
  };
  it('reads a town before a state in a list as a town ("Washington, New York and Boston")', () => {
    const [w] = spans('After stops in Washington, New York and Boston, the prince flew home.', ['Washington', 'New York', 'Boston']);
    expect(w?.feature).toBe('PPLC');
  });
  it('reads the items of a list before a plural division word as divisions', () => {
    const [b] = spans('Flooding hit Becker, Clay and Wilkin counties in Minnesota.', ['Becker', 'Clay', 'Wilkin', 'Minnesota']);
    expect(b?.feature).toBe('ADM2');
  });
});

describe('places: a town and a division named together', () => {
  it('reads the pair where the division holds the town ("Paris and Henry County": Tennessee)', () => {
    const text = 'Paris and Henry County are rich in history and art.';
    expect(placeAt(text, 'Paris')?.admin1).toBe('Tennessee');
    expect(placeAt(text, 'Henry County')?.admin1).toBe('Tennessee');
  });
  it('reads the pair across the document too', () => {
    const text = 'The class toured the old academy in Paris on Wednesday. The Henry County commission meets monthly.';
    expect(placeAt(text, 'Paris')?.admin1).toBe('Tennessee');
  });
  it('leaves two states named together as states ("Washington, California and Oregon")', () => {
    expect(placeAt('Fires burned in Washington, California and Oregon.', 'California')?.feature).toBe('ADM1');
  });
  it('leaves a division the text does not call one alone ("Washington, New York and Boston")', () => {
    expect(placeAt('After stops in Washington, New York and Boston, the prince flew home.', 'Boston')?.admin1).toBe('Massachusetts');
  });
});
