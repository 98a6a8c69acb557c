import { describe, expect, it } from 'vitest';
import { km } from '../gazetteer.js';
import { placeAt, placesOf } from './support.js';

/** Distance between the places at two spans of a text. */
function apart(text: string, a: string, b: string): number {
  const p = placeAt(text, a);
  const q = placeAt(text, b);
  if (p?.lat == null || q?.lat == null || p.lon == null || q.lon == null) return Infinity;
  return km(p.lat, p.lon, q.lat, q.lon);
}

describe('places: features inside a town stay in the town the text gives around them', () => {
  it.each([
    // A feature word after the name ("community", "farm", "square"): a part of the town before it.
    ['On 3 May, in Maceio, Alagoas, a man was shot in the Monte Alegre community.', 'Monte Alegre', 'Maceio'],
    // "Town, State": the town holds the neighbourhood, not the state.
    ['On 3 May, in Maceio, Alagoas, a man was shot in Monte Alegre neighborhood.', 'Monte Alegre', 'Maceio'],
    // The town is named in an earlier sentence.
    ['On 3 May, police patrolled Maceio, Alagoas. A man was shot in Monte Alegre neighborhood.', 'Monte Alegre', 'Maceio'],
    // "… neighborhood in Town".
    ['Residents of the Monte Alegre neighborhood in Maceio blocked a street on Friday.', 'Monte Alegre', 'Maceio'],
  ])('%s: %s is in %s', (text, part, town) => {
    expect(apart(text, part, town)).toBeLessThanOrEqual(30);
  });

  it('places such a namesake as a feature of the town, not at the namesake', () => {
    const text = 'On 3 May, in Maceio, Alagoas, a man was shot in the Monte Alegre community.';
    const p = placeAt(text, 'Monte Alegre');
    expect(p?.geonameid).toBeNull();
    expect(p?.containedIn).toBe(placeAt(text, 'Maceio')?.id);
  });
});

describe('places: the start of a longer name is not a far place', () => {
  it.each([
    // A number completes the name.
    ['In Mosul, Iraq, a car bomb exploded on Street 12 on Sunday.', 'Street'],
    // A hyphen and a short joining word run the name on.
    ['Fighting was reported at Pul-e-Sabz village in Ghazni province, Afghanistan.', 'Pul'],
    // Capitalized words run the name on.
    ['In Merida, Yucatan, protesters marched to the Ramon Guerrero Market.', 'Ramon'],
    // A joining word and a capitalized word.
    ['Protesters gathered at the Anna the Bold memorial in Tartu, Estonia.', 'Anna'],
  ])('%s: no far place at %s', (text, start) => {
    const p = placeAt(text, start);
    const country = placesOf(text).find((q) => q.precision === 'country')?.country;
    expect(p === undefined || p.country === country).toBe(true);
  });
});
