import { describe, expect, it } from 'vitest';
import { entities, entityAt, summary } from './support.js';

describe('generic groups', () => {
  it.each([
    ['Gunmen killed 6 civilians in the village of Tilla in Niger.', 'civilians', 'Civilians (Niger) | population | NER | CVL'],
    ['Syrian rebels shelled the road.', 'Syrian rebels', 'Rebels (Syria) | armed_group | SYR | REB'],
    ['Protesters marched in Khartoum, Sudan.', 'Protesters', 'Protesters (Sudan) | population | SDN | OPP'],
  ])('%s', (text, mention, expected) => {
    expect(summary(entityAt(entities(text), text, mention))).toBe(expected);
  });

  it('a backed group is its own entity affiliated with the backer', () => {
    const text = 'In Iraq, Iran-backed militias fired rockets.';
    const list = entities(text);
    const militias = entityAt(list, text, 'militias');
    expect(militias?.kind).toBe('militia');
    const iran = list.find((e) => e.name === 'Iran');
    expect(iran).toBeDefined();
    expect(militias?.affiliation).toBe(iran?.id);
  });

  it('"fighters from X" are X', () => {
    const text = 'In Syria, troops fought alongside allied fighters from local self-defense groups.';
    const list = entities(text);
    expect(entityAt(list, text, 'allied fighters')?.kind).toBe('militia');
  });

  it('the holder of "militant-held" is an armed group', () => {
    const text = 'Apart from militant-held Idlib, Syria is calm.';
    expect(entityAt(entities(text), text, 'militant')?.kind).toBe('armed_group');
  });
});
