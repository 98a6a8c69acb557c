import { describe, expect, it } from 'vitest';
import { main, read } from './support.js';

describe('events: ACLED types', () => {
  it.each([
    ['Warplanes carried out airstrikes on rebel positions in Idlib.', 'Explosions/Remote violence / Air/drone strike'],
    ['A roadside bomb exploded near an army convoy, wounding four soldiers.', 'Explosions/Remote violence / Remote explosive/landmine/IED'],
    ['Government forces shelled the town with mortars and rockets.', 'Explosions/Remote violence / Shelling/artillery/missile attack'],
    ['A suicide bomber blew himself up at a checkpoint.', 'Explosions/Remote violence / Suicide bomb'],
    ['Gunmen abducted 20 students from a school.', 'Violence against civilians / Abduction/forced disappearance'],
    ['Militants killed five civilians in a village.', 'Violence against civilians / Attack'],
    ['Hundreds of teachers protested outside parliament demanding higher pay.', 'Protests / Peaceful protest'],
    ['Hundreds of teachers protested outside parliament. Police dispersed them with tear gas and arrested 12 protesters.', 'Protests / Protest with intervention'],
    ['Protesters threw stones at police and burned tires in the capital.', 'Riots / Violent demonstration'],
    ['An angry mob lynched a man accused of theft in the village.', 'Riots / Mob violence'],
    ['Police arrested 15 members of an armed gang in the city.', 'Strategic developments / Arrests'],
    ['The army seized a large cache of weapons and ammunition in the hills.', 'Strategic developments / Disrupted weapons use'],
    ['The two sides signed a ceasefire agreement in Geneva.', 'Strategic developments / Agreement'],
    ['Peacekeepers installed a new military base in the village.', 'Strategic developments / Headquarters or base established'],
  ])('%s', (text, acled) => {
    expect(main(text)?.acled).toBe(acled);
  });

  it('statements and meetings are not ACLED events', () => {
    expect(main('The foreign minister met his Turkish counterpart in Ankara.')?.acled ?? null).toBeNull();
    expect(main('Iran and Iraq held talks in Baghdad on Sunday.')).toMatchObject({ type: 'CONSULT', acled: null });
  });

  it('gives a CAMEO root code', () => {
    expect(main('Protesters marched through the capital.')?.cameo).toBe('14');
    expect(main('Rebels shelled the airport.')?.cameo).toBe('19');
  });
});

describe('events: what happens at a protest', () => {
  it.each([
    ['Workers marched through the city demanding unpaid wages. Police arrested 12.', 'Protests / Protest with intervention'],
    ['Police arrested three opposition activists in the capital.', 'Strategic developments / Arrests'],
    ['Residents protested in the town over the killing of a taxi driver by a soldier.', 'Protests / Peaceful protest'],
  ])('%s', (text, acled) => {
    expect(main(text)?.acled).toBe(acled);
  });

  it('lethal force on students is no force against protesters without a protest', () => {
    expect(main('Police officers killed a student in the town.')?.acled).not.toBe('Protests / Excessive force against protesters');
  });
});

describe('events: looting and property destruction', () => {
  it.each([
    ['Unknown arsonists carried out an arson attack on a factory in the city. The attack caused material damage.', 'Strategic developments / Looting/property destruction'],
    ['Police seized two tons of marijuana during a highway inspection.', 'Strategic developments / Looting/property destruction'],
    ['Militants raided several houses in the village, taking away food and motorcycles.', 'Strategic developments / Looting/property destruction'],
  ])('%s', (text, acled) => {
    expect(main(text)?.acled).toBe(acled);
  });

  it('an arson that kills is an attack', () => {
    expect(main('Gunmen attacked the village and set fire to houses, killing three people.')?.acled).toBe('Violence against civilians / Attack');
  });
});

describe('events: the aftermath of an event ranks below it', () => {
  it.each([
    ['Three armed men attacked a security guard in the city. Police later arrested a man.', 'Violence against civilians / Attack'],
    ['Police seized two tons of marijuana during a highway inspection. Three people were arrested.', 'Strategic developments / Looting/property destruction'],
  ])('%s', (text, acled) => {
    expect(main(text)?.acled).toBe(acled);
  });

  it('an arrest told first is the event', () => {
    expect(main('Police arrested 20 people in the capital. They were later released.')?.acled).toBe('Strategic developments / Arrests');
  });
});

describe('events: displacement, exchanges and expulsions', () => {
  it.each([
    ['Hundreds of villagers fled their homes to the district town.', 'Strategic developments / Other'],
    ['The government released 30 rebels in exchange for 16 soldiers.', 'Strategic developments / Agreement'],
    ['The army withdrew from the town without a fight.', 'Strategic developments / Non-violent transfer of territory'],
  ])('%s', (text, acled) => {
    expect(main(text)?.acled).toBe(acled);
  });

  it('a diplomatic expulsion is not coded', () => {
    expect(main('The foreign ministry expelled three diplomats on Monday.')?.acled ?? null).toBeNull();
  });
});

describe('events: territory and seizures', () => {
  it.each([
    ['The army re-captured the town after it was taken over by militants.', 'Battles / Government regains territory'],
    ['Villagers confiscated an excavator used by a construction company.', 'Strategic developments / Looting/property destruction'],
    ['Soldiers seized weapons and ammunition in the area.', 'Strategic developments / Disrupted weapons use'],
  ])('%s', (text, acled) => {
    expect(main(text)?.acled).toBe(acled);
  });
});

describe('events: security measures and changes of activity', () => {
  it.each([
    ['The governor banned all marches and protests in the province for 15 days.', 'Strategic developments / Change to group/activity'],
    ['The authorities closed all roads leading to the district for two weeks.', 'Strategic developments / Change to group/activity'],
    ['Rebel forces established new fortifications east of the city.', 'Strategic developments / Change to group/activity'],
  ])('%s', (text, acled) => {
    expect(main(text)?.acled).toBe(acled);
  });

  it('protesters who block a road are protesting', () => {
    expect(main('Hundreds of farmers blocked the road to demand better prices.')?.acled).toBe('Protests / Peaceful protest');
  });
});

describe('events: disasters and accidents are not political violence', () => {
  it.each([
    ['A tsunami following a volcanic eruption killed 222 people on the coast.'],
    ['Fifteen people were killed when a fireworks warehouse exploded in an accident.'],
  ])('%s', (text) => {
    expect(main(text)?.acled ?? null).toBeNull();
  });

  it('armed men who attack during floods still attack', () => {
    expect(main('Gunmen killed five villagers who had fled the floods.')?.acled).toBe('Violence against civilians / Attack');
  });
});

describe('events: territory changing hands without a fight, chemical weapons', () => {
  it.each([
    ['Militants took control of the village after government forces pulled out of the area.', 'Strategic developments / Non-violent transfer of territory'],
    ['The rebels fired shells stuffed with poisonous gas on the neighbourhood.', 'Explosions/Remote violence / Chemical weapon'],
  ])('%s', (text, acled) => {
    expect(main(text)?.acled).toBe(acled);
  });

  it('troops withdrawn from a country change their activity', () => {
    expect(main('The government announced it was withdrawing 300 troops from the country.')?.acled).toBe('Strategic developments / Change to group/activity');
  });
});

describe('events: ground gained by force', () => {
  it.each([
    ['Government forces wrested control of a military camp from a separatist militia.', 'Battles / Government regains territory'],
    ['Government troops pushed the militants out of several villages in the region.', 'Battles / Government regains territory'],
  ])('%s', (text, acled) => {
    expect(main(text)?.acled).toBe(acled);
  });
});

describe('events: an event named after a preposition of time or cause is background', () => {
  it('a ceasefire agreed after fighting is the agreement', () => {
    expect(main('Azerbaijani and Armenian forces agreed a fragile ceasefire after the worst fighting in decades.')?.acled).toBe('Strategic developments / Agreement');
  });
});

describe('events: explosions', () => {
  it.each([
    ['An explosion killed a villager near the market.', 'Explosions/Remote violence / Remote explosive/landmine/IED'],
    ['Militants detonated an IED under an army truck, killing two soldiers.', 'Explosions/Remote violence / Remote explosive/landmine/IED'],
    ['Rebel forces fired grenade launchers at government positions near the village.', 'Explosions/Remote violence / Shelling/artillery/missile attack'],
    ['Monitors observed 15 explosions near the front line.', 'Explosions/Remote violence / Shelling/artillery/missile attack'],
  ])('%s', (text, acled) => {
    expect(main(text)?.acled).toBe(acled);
  });
});

describe('events: grenades and disrupted weapons use', () => {
  it.each([
    ['Militants hurled a hand grenade at a police checkpoint in the city.', 'Explosions/Remote violence / Grenade'],
    ['Two militants were killed when landmines they were planting exploded prematurely.', 'Strategic developments / Disrupted weapons use'],
    ['Police dismantled a cocaine lab in the neighbourhood.', 'Strategic developments / Looting/property destruction'],
  ])('%s', (text, acled) => {
    expect(main(text)?.acled).toBe(acled);
  });

  it('gunmen who intercept a car and shoot the driver attack him', () => {
    expect(read('Gunmen intercepted a car on the highway and shot the driver dead.').flatMap((e) => (e.acled ? [e.acled] : []))).toEqual(['Violence against civilians / Attack']);
  });

  it('grenades used with firearms are part of an armed attack', () => {
    expect(main('Armed men attacked a police patrol using grenades and firearms, killing three officers.')?.acled).not.toBe('Explosions/Remote violence / Grenade');
  });
});

describe('events: an abduction that ends in killing is an attack', () => {
  it('kidnapped and killed', () => {
    expect(main('Armed men kidnapped three members of a family and later killed them.')?.acled).toBe('Violence against civilians / Attack');
  });
  it('kidnapped and released', () => {
    expect(main('Armed men kidnapped three members of a family in the village.')?.acled).toBe('Violence against civilians / Abduction/forced disappearance');
  });
});

describe('events: a protest ranks above what it is about', () => {
  it.each([
    ['Hundreds of residents protested against the killing of a young man by unknown gunmen.', 'Protests / Peaceful protest'],
  ])('%s', (text, acled) => {
    expect(main(text)?.acled).toBe(acled);
  });
});

describe('events: intervention told after the protest', () => {
  it.each([
    ['Former workers organized a sit-in protest in the capital to demand their jobs back. Police intervened and moved the protesters out of the area by force.', 'Protests / Protest with intervention'],
    ['Residents staged a protest outside a ration shop. The police intervened.', 'Protests / Protest with intervention'],
  ])('%s', (text, acled) => {
    expect(main(text)?.acled).toBe(acled);
  });

  it('a protest with no intervention stays peaceful', () => {
    expect(main('Residents staged a protest outside a ration shop. They later went home.')?.acled).toBe('Protests / Peaceful protest');
  });
});

describe('events: riot police are not a riot', () => {
  it('police beating a protester at a protest is intervention, not a riot', () => {
    expect(main('Riot police officers beat a protester during a protest near the parliament.')?.acled).toBe('Protests / Protest with intervention');
  });
});

describe('events: what a protest is about does not make it violent', () => {
  it.each([
    ['Teachers staged a protest in the town demanding the arrest of people who set fire to wheat crops.', 'Protests / Peaceful protest'],
    ['About 20 people protested in the city against the measures imposed to battle the coronavirus.', 'Protests / Peaceful protest'],
    ['Activists protested against police for the torture of citizens.', 'Protests / Peaceful protest'],
  ])('%s', (text, acled) => {
    expect(main(text)?.acled).toBe(acled);
  });

  it('protesters who set fire to tyres riot', () => {
    expect(main('Protesters set fire to tyres and threw stones at police in the town.')?.acled).toBe('Riots / Violent demonstration');
  });

  it('the fight against a disease is no violence', () => {
    expect(main('The government stepped up the fight against coronavirus in the capital.')?.type ?? null).not.toBe('ASSAULT');
  });
});

describe('events: what is not political violence', () => {
  it.each([
    ['Six people were killed when a chemical plant exploded in the town.'],
    ['The minister urged the country to stop its missile tests.'],
    ['Italian authorities intercepted 20 smugglers taking migrants to the island.'],
    ['A hacker regularly attacked the campaign website of a candidate.'],
  ])('%s', (text) => {
    expect(read(text).flatMap((e) => (e.acled ? [e.acled] : []))).toEqual([]);
  });

  it('people captured by the police are arrested', () => {
    expect(main('Police captured seven robbery suspects in the capital.')?.acled).toBe('Strategic developments / Arrests');
  });
});

describe('events: returns of refugees and migrants', () => {
  it('migrants who return are a population movement', () => {
    expect(main('On Saturday, 210 migrants returned from Peru to the border town.')?.acled).toBe('Strategic developments / Other');
  });
  it('troops who return fire clash', () => {
    expect(main('Soldiers returned fire when gunmen attacked their post.')?.acled).toBe('Battles / Armed clash');
  });
});

describe('events: a road closed by a crowd is a protest', () => {
  it.each([
    ['Dozens of residents closed the main road by burning tyres, denouncing their lack of water.', 'Riots / Violent demonstration'],
    ['Hundreds of villagers closed the highway for two hours, demanding electricity.', 'Protests / Peaceful protest'],
    ['The authorities closed all roads leading to the district.', 'Strategic developments / Change to group/activity'],
  ])('%s', (text, acled) => {
    expect(new Set(read(text).flatMap((e) => (e.acled ? [e.acled] : [])))).toEqual(new Set([acled]));
  });
});

describe('events: unarmed crowds fighting are mob violence', () => {
  it.each([
    ['Two village groups clashed with sticks and stones over a land dispute, injuring six people.', 'Riots / Mob violence'],
    ['Shopkeepers clashed with police in the market after officers ordered them to close.', 'Riots / Mob violence'],
  ])('%s', (text, acled) => {
    expect(main(text)?.acled).toBe(acled);
  });

  it('armed men who exchange fire with soldiers clash', () => {
    expect(main('Gunmen exchanged fire with soldiers near the village.')?.acled).toBe('Battles / Armed clash');
  });
});

describe('events: destroying mines and destroying from the air', () => {
  it.each([
    ['Security forces destroyed 342 mines and 288 improvised explosive devices during the operation.', 'Strategic developments / Disrupted weapons use'],
    ['The air force destroyed a number of militant vehicles near the village.', 'Explosions/Remote violence / Air/drone strike'],
    ['Soldiers destroyed eight houses in the village.', 'Strategic developments / Looting/property destruction'],
  ])('%s', (text, acled) => {
    expect(main(text)?.acled).toBe(acled);
  });
});

describe('events: an event named as the goal of an act is background', () => {
  it('prisoners released to advance a peace deal', () => {
    expect(main('The government released 154 Taliban prisoners to help advance the peace deal.')?.acled).toBe('Strategic developments / Other');
  });
  it('a ceasefire agreed to is an agreement', () => {
    expect(main('The two sides agreed to a ceasefire in the province.')?.acled).toBe('Strategic developments / Agreement');
  });
});

describe('events: a base established, not a base reached', () => {
  it.each([
    ['Coalition reinforcements reached the coalition base near the city.', 'Strategic developments / Change to group/activity'],
    ['Rebel forces set up checkpoints at all the entrances of the city.', 'Strategic developments / Change to group/activity'],
    ['The militia transformed a number of schools into military barracks.', 'Strategic developments / Headquarters or base established'],
  ])('%s', (text, acled) => {
    expect(main(text)?.acled).toBe(acled);
  });
});

describe('events: firing on protesters is excessive force', () => {
  it.each([
    ['Residents held a protest in the town to demand electricity. Soldiers arrived and started to shoot at the protesters.', 'Protests / Excessive force against protesters'],
    ['Hundreds of students marched in the capital. Police dispersed them with tear gas.', 'Protests / Protest with intervention'],
  ])('%s', (text, acled) => {
    expect(main(text)?.acled).toBe(acled);
  });
});

describe('events: control gained over ground', () => {
  it('forces that thwart an attack and gain control over positions regain territory', () => {
    expect(main('Government forces thwarted a rebel attack and subsequently gained control over a strategic position, retrieving weapons.')?.acled).toBe('Battles / Government regains territory');
  });
});

describe('events: who regains territory', () => {
  it.each([
    ['Tribesmen took control of a number of checkpoints as rebel forces were forced to withdraw.', 'Battles / Non-state actor overtakes territory'],
    ['Security forces and allied militias liberated several villages from the militants.', 'Battles / Government regains territory'],
  ])('%s', (text, acled) => {
    expect(main(text)?.acled).toBe(acled);
  });
});

describe('events: a set phrase beats a loose verb and object', () => {
  it('setting fire to a camp is no base set up', () => {
    expect(main('Young men set fire to a Roma camp in the district and beat a man living there.')?.acled).not.toBe('Strategic developments / Headquarters or base established');
  });
  it('a camp set up is a base', () => {
    expect(main('Peacekeepers set up a temporary military camp in the village.')?.acled).toBe('Strategic developments / Headquarters or base established');
  });
});

describe('events: warning shots and remnants of war', () => {
  it.each([
    ['Border guards fired warning shots into the air near the village.', 'Strategic developments / Other'],
    ['A villager was injured by a landmine laid during the war in the 1980s.', 'Strategic developments / Other'],
    ['A roadside bomb planted by militants killed two soldiers.', 'Explosions/Remote violence / Remote explosive/landmine/IED'],
  ])('%s', (text, acled) => {
    expect(main(text)?.acled).toBe(acled);
  });
});

describe('events: forms of protest', () => {
  it.each([
    ['Workers and union members marched on the streets of the city on Labour Day.', 'Protests / Peaceful protest'],
    ['Tourism workers did a motorcade to demand tax relief.', 'Protests / Peaceful protest'],
    ['A group of residents blocked the highway to demand the distribution of gasoline.', 'Protests / Peaceful protest'],
    ['Residents banged pots against the president during his visit.', 'Protests / Peaceful protest'],
  ])('%s', (text, acled) => {
    expect(new Set(read(text).flatMap((e) => (e.acled ? [e.acled] : [])))).toEqual(new Set([acled]));
  });
});

describe('events: bodies found and baton charges', () => {
  it.each([
    ['The body of a man was found by a road with his hands tied.', 'Violence against civilians / Attack'],
    ['Police baton charged traders at the market for not wearing masks.', 'Violence against civilians / Attack'],
  ])('%s', (text, acled) => {
    expect(main(text)?.acled).toBe(acled);
  });

  it('bodies recovered after floods are no attack', () => {
    expect(read('Rescuers recovered the bodies of twelve people after the floods.').flatMap((e) => (e.acled ? [e.acled] : []))).toEqual([]);
  });
});

describe('events: crowd violence told after the protest', () => {
  it('workers who demonstrate and then burn tyres riot', () => {
    expect(main('Workers staged a demonstration on the highway demanding unpaid wages. They also beat an official and burnt tyres. Police dispersed them.')?.acled).toBe('Riots / Violent demonstration');
  });
  it('a protest followed by unrelated news stays peaceful', () => {
    expect(main('Workers staged a demonstration on the highway demanding unpaid wages. The factory had closed in March.')?.acled).toBe('Protests / Peaceful protest');
  });
});

describe('events: who captures people', () => {
  it('citizens who capture a thief are a mob', () => {
    expect(main('A group of villagers captured a thief, tied him to a tree and beat him.')?.acled).toBe('Riots / Mob violence');
  });
});

describe('events: burning in a protest', () => {
  it.each([
    ['About 70 people blocked roads with burning objects to demonstrate against the closure of a bank.', 'Riots / Violent demonstration'],
    ['Party workers burned an effigy of the chief minister in protest against the new law.', 'Protests / Peaceful protest'],
  ])('%s', (text, acled) => {
    expect(new Set(read(text).flatMap((e) => (e.acled ? [e.acled] : [])))).toEqual(new Set([acled]));
  });
});

describe('events: hyphenated cues told after a protest', () => {
  it.each([
    ['Traders protested outside the municipal office over new taxes. Officers baton-charged them.', 'Protests / Protest with intervention'],
    ['Nurses rallied outside the health ministry on Tuesday. Tear-gas was used.', 'Protests / Protest with intervention'],
  ])('%s', (text, acled) => {
    expect(main(text)?.acled).toBe(acled);
  });

  it('the same words without the hyphen', () => {
    expect(main('Nurses rallied outside the health ministry on Tuesday. Tear gas was used.')?.acled).toBe('Protests / Protest with intervention');
  });
});
