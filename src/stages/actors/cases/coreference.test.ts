import { describe, expect, it } from 'vitest';
import { entities, entityAt } from './support.js';

describe('coreference', () => {
  it('a definite description links to the most salient entity of its kind', () => {
    const text = 'Daesh lost Mosul. Iraq declared victory against the terror group, saying the terror outfit was beaten.';
    const list = entities(text);
    const is = entityAt(list, text, 'Daesh');
    expect(entityAt(list, text, 'the terror group')?.id).toBe(is?.id);
    expect(entityAt(list, text, 'the terror outfit')?.id).toBe(is?.id);
  });

  it('"it" and "its" link to the subject before them, not to a place', () => {
    const text = 'Daesh is no longer in control of any towns in Syria and its presence is shrinking.';
    const list = entities(text);
    expect(entityAt(list, text, 'its')?.id).toBe(entityAt(list, text, 'Daesh')?.id);
  });

  it('a sentence-initial "It" links to the previous sentence subject', () => {
    const text = 'The Saudi-led coalition has been accused of killing civilians. It denies the charge.';
    const list = entities(text);
    expect(entityAt(list, text, 'It')?.kind).toBe('coalition');
  });

  it('the country of a description is the focus country', () => {
    const text = 'Syria has been at war since 2011. Russia backs its government. Aid to the war-torn Arab country fell.';
    const list = entities(text);
    expect(entityAt(list, text, 'the war-torn Arab country')?.name).toBe('Syria');
  });

  it('leaves expletive "it" alone', () => {
    const text = 'Hezbollah fired rockets. It is likely that more will follow.';
    expect(entityAt(entities(text), text, 'It')).toBeUndefined();
  });
});

describe('metonymy', () => {
  it.each([
    ['Damascus said the strikes were illegal.', 'Damascus'],
    ['Russia has been offering military assistance to Damascus.', 'Damascus'],
    ['Baghdad and Washington are in talks.', 'Baghdad'],
    ['The Kremlin denied the report.', 'Kremlin'],
  ])('%s', (text, mention) => {
    const e = entityAt(entities(text), text, mention);
    expect(e?.kind).toBe('government');
    expect(e?.mentions.find((m) => m.text.includes(mention))?.how).toBe('metonym');
  });

  it('a capital in a place role is not an actor', () => {
    const text = 'The army secured Damascus and other key areas.';
    expect(entityAt(entities(text), text, 'Damascus')).toBeUndefined();
  });
});
