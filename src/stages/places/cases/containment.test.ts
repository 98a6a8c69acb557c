import { describe, expect, it } from 'vitest';
import { analyzeDoc } from '../../../../test/support.js';
import { loadGazetteer } from '../gazetteer.js';
import { resolveSpans } from '../index.js';
import { loadCues } from '../lexicon.js';
import { placeAt, placesOf } from './support.js';

describe('places: containment ("X (Y, Z)", "X district, Y", "X, Y")', () => {
  it.each([
    // [text, name, expected admin1 label]
    ['A clash broke out near Bhelpura, Kaushambi (UP), on Tuesday.', 'Kaushambi', 'Uttar Pradesh'],
    ['Farmers blocked roads in Juliaca, Puno, on Friday.', 'Puno', 'Puno'],
    ['Floods damaged houses in Andar district, Ghazni.', 'Andar', 'Ghazni'],
    ['A school reopened in Qaatabah district (Ad Dali) this week.', 'Ad Dali', 'Ad Dali'],
    ['Fuel ran short in Ma’rib governorate.', 'Ma’rib', 'Marib'],
  ])('%s: %s in %s', (text, name, admin1) => {
    expect(placeAt(text, name)?.admin1).toBe(admin1);
  });

  it('reads a container after a comma as a division ("Juliaca, Puno": the region, not the city)', () => {
    expect(placeAt('Farmers blocked roads in Juliaca, Puno, on Friday.', 'Puno')?.feature).toBe('ADM1');
  });

  it('places a village the gazetteer lacks at its container, with an honest precision', () => {
    const text = 'A new well was dug in Dhuur-Weyne village (Baidoa, Bay).';
    const p = placeAt(text, 'Dhuur-Weyne');
    expect(p?.mention).toBe('unlisted');
    expect(p?.geonameid).toBeNull();
    expect(p?.admin1).toBe('Bay');
    expect(p?.precision).not.toBe('feature');
    expect(p?.containedIn).toBe(placeAt(text, 'Baidoa')?.id);
  });

  it('moves a small namesake far away into the container the text gives ("Tuban, Lahij")', () => {
    const p = placeAt('A market reopened in Bir Hamid area (Tuban, Lahij).', 'Tuban');
    expect(p?.country).toBe('YE');
    expect(p?.geonameid).toBeNull();
  });

  it('keeps a list a list ("Hama, Homs and Idlib": Hama is not in Homs)', () => {
    const text = 'Strikes hit Hama, Homs and Idlib.';
    expect(placeAt(text, 'Hama')?.containedIn).toBeUndefined();
    expect(placeAt(text, 'Hama')?.geonameid).not.toBeNull();
  });

  it('follows a chain of containers ("San Cristobal, Tachira state")', () => {
    expect(placeAt('In Las Lomitas parish, San Cristobal, Tachira state, nurses went on strike.', 'San Cristobal')?.country).toBe('VE');
  });

  it('places a neighbourhood at its town ("in Leon, Guanajuato … in Colonia Los Almendros")', () => {
    const text = 'Firefighters from Leon de los Aldama, Guanajuato, were called to Colonia Los Almendros.';
    expect(placeAt(text, 'Leon de los Aldama')?.name).toBe('León de los Aldama');
    const q = placeAt(text, 'Colonia Los Almendros');
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

  it('does not read the start of an unknown hyphenated name as a town elsewhere ("Orta-Dashly")', () => {
    const p = placeAt('Troops fired on positions near Orta-Dashly, Agdam.', 'Orta');
    expect(p?.country ?? 'AZ').toBe('AZ');
  });

  it('does not read the end of an unknown Arabic name as a town ("Jabal al Karama")', () => {
    const p = placeAt('Shepherds grazed goats on the Jabal al Karama ridge near Taiz.', 'Karama');
    expect(p?.feature ?? 'none').not.toBe('PPLA2');
  });

  it('takes no news agency for a state ("WASHINGTON (AP)")', () => {
    expect(placesOf('WASHINGTON (AP) — The Senate voted.').map((p) => p.text)).not.toContain('AP');
  });
});

describe('places: names with no support', () => {
  it('takes a town’s former name for no place unless the text ties it to one ("Molotov cocktails")', () => {
    expect(placeAt('A youth threw Molotov cocktails at a police car in Tyre.', 'Molotov')).toBeUndefined();
  });
});

describe('places: lists and English names of cities', () => {
  it('reads a list’s items at one level ("Oregon or Washington": the state)', () => {
    expect(placeAt('Tourists come from states such as Oregon or Washington.', 'Washington')?.feature).toBe('ADM1');
  });

  it('takes Geneva for Genève, the city of the canton of that name', () => {
    expect(placeAt('He spoke at a briefing in Geneva.', 'Geneva')?.country).toBe('CH');
  });
});

describe('places: lists are not containers', () => {
  it('reads a list of countries as countries ("Mexico, China, Japan", not China in Japan)', () => {
    const p = placeAt('Exports to Mexico, China, Japan, Chile and Peru rose.', 'China');
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
    const [w] = spans('The band toured Washington, New York and Boston last spring.', ['Washington', 'New York', 'Boston']);
    expect(w?.feature).toBe('PPLC');
  });
  it('reads the items of a list before a plural division word as divisions', () => {
    const [b] = spans('Snow closed roads in Polk, Norman and Mahnomen counties in Minnesota.', ['Polk', 'Norman', 'Mahnomen', 'Minnesota']);
    expect(b?.feature).toBe('ADM2');
  });
});

describe('places: a town and a division named together', () => {
  it('reads the pair where the division holds the town ("Paris and Monroe County": Missouri)', () => {
    const text = 'Paris and Monroe County will share the cost of a new library.';
    expect(placeAt(text, 'Paris')?.admin1).toBe('Missouri');
    expect(placeAt(text, 'Monroe County')?.admin1).toBe('Missouri');
  });
  it('reads the pair across the document too', () => {
    const text = 'The class toured the old academy in Paris on Wednesday. The Monroe County commission meets monthly.';
    expect(placeAt(text, 'Paris')?.admin1).toBe('Missouri');
  });
  it('leaves two states named together as states ("Washington, California and Oregon")', () => {
    expect(placeAt('Fires burned in Washington, California and Oregon.', 'California')?.feature).toBe('ADM1');
  });
  it('leaves a division the text does not call one alone ("Washington, New York and Boston")', () => {
    expect(placeAt('The band toured Washington, New York and Boston last spring.', 'Boston')?.admin1).toBe('Massachusetts');
  });
});
