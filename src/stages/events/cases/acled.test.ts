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
    ['UN peacekeepers installed a new base near the airfield.', 'Strategic developments / Headquarters or base established'],
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
    ['Farmers protested in the market square over the shooting of a herder by a border guard.', 'Protests / Peaceful protest'],
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
    ['Customs officers seized 300 kilograms of cocaine at the port.', 'Strategic developments / Looting/property destruction'],
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
    ['Two gunmen assaulted a night watchman at a warehouse. Officers arrested a suspect the next day.', 'Violence against civilians / Attack'],
    ['Customs officers seized 300 kilograms of cocaine at the port. Two crew members were arrested.', 'Strategic developments / Looting/property destruction'],
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
    ['Troops re-captured the hill town weeks after insurgents had taken it over.', 'Battles / Government regains territory'],
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
    ['Mudslides after days of torrential rain killed 41 villagers in the hills.'],
    ['Fifteen people were killed when a fireworks warehouse exploded in an accident.'],
    ['Two workers died in a refinery explosion near the port.'],
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
    ['Insurgents fired rockets filled with chlorine into the suburb.', 'Explosions/Remote violence / Chemical weapon'],
  ])('%s', (text, acled) => {
    expect(main(text)?.acled).toBe(acled);
  });

  it('troops withdrawn from a country change their activity', () => {
    expect(main('The government announced it was withdrawing 300 troops from the country.')?.acled).toBe('Strategic developments / Change to group/activity');
  });
});

describe('events: ground gained by force', () => {
  it.each([
    ['Army units wrested control of the border crossing from insurgents.', 'Battles / Government regains territory'],
    ['Government troops pushed the militants out of several villages in the region.', 'Battles / Government regains territory'],
  ])('%s', (text, acled) => {
    expect(main(text)?.acled).toBe(acled);
  });
});

describe('events: an event named after a preposition of time or cause is background', () => {
  it('a ceasefire agreed after fighting is the agreement', () => {
    expect(main('Rebel and army commanders agreed a shaky truce after the heaviest clashes in years.')?.acled).toBe('Strategic developments / Agreement');
  });
});

describe('events: explosions', () => {
  it.each([
    ['An explosion killed a villager near the market.', 'Explosions/Remote violence / Remote explosive/landmine/IED'],
    ['Militants detonated an IED under an army truck, killing two soldiers.', 'Explosions/Remote violence / Remote explosive/landmine/IED'],
    ['Militia fighters fired grenade launchers at an army outpost overnight.', 'Explosions/Remote violence / Shelling/artillery/missile attack'],
    ['Monitors observed 15 explosions near the front line.', 'Explosions/Remote violence / Shelling/artillery/missile attack'],
  ])('%s', (text, acled) => {
    expect(main(text)?.acled).toBe(acled);
  });
});

describe('events: grenades and disrupted weapons use', () => {
  it.each([
    ['Unknown assailants lobbed a hand grenade at a police station in the port city.', 'Explosions/Remote violence / Grenade'],
    ['A fighter was killed when the bomb he was assembling exploded prematurely.', 'Strategic developments / Disrupted weapons use'],
    ['Police dismantled a cocaine lab in the neighbourhood.', 'Strategic developments / Looting/property destruction'],
  ])('%s', (text, acled) => {
    expect(main(text)?.acled).toBe(acled);
  });

  it('gunmen who intercept a car and shoot the driver attack him', () => {
    expect(read('Gunmen intercepted a car on the highway and shot the driver dead.').flatMap((e) => (e.acled ? [e.acled] : []))).toEqual(['Violence against civilians / Attack']);
  });

  it('grenades used with firearms are part of an armed attack', () => {
    expect(main('Gunmen ambushed an army convoy with rifles and grenades, killing two soldiers.')?.acled).not.toBe('Explosions/Remote violence / Grenade');
  });
});

describe('events: an abduction that ends in killing is an attack', () => {
  it('kidnapped and killed', () => {
    expect(main('Bandits kidnapped two farmers on the road and later killed them.')?.acled).toBe('Violence against civilians / Attack');
  });
  it('kidnapped and released', () => {
    expect(main('Bandits kidnapped two farmers on the road to the market.')?.acled).toBe('Violence against civilians / Abduction/forced disappearance');
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
    ['Dismissed miners staged a sit-in at the company gates to get their wages paid. Officers intervened and removed the miners by force.', 'Protests / Protest with intervention'],
    ['Villagers demonstrated in front of the water board office. Officers intervened.', 'Protests / Protest with intervention'],
  ])('%s', (text, acled) => {
    expect(main(text)?.acled).toBe(acled);
  });

  it('a protest with no intervention stays peaceful', () => {
    expect(main('Villagers demonstrated in front of the water board office. They went home at dusk.')?.acled).toBe('Protests / Peaceful protest');
  });
});

describe('events: riot police are not a riot', () => {
  it('police beating a protester at a protest is intervention, not a riot', () => {
    expect(main('Riot police officers beat a demonstrator during a rally outside the town hall.')?.acled).toBe('Protests / Protest with intervention');
  });
});

describe('events: what a protest is about does not make it violent', () => {
  it.each([
    ['Shepherds rallied in the village square demanding the arrest of men who set fire to their barns.', 'Protests / Peaceful protest'],
    ['Some 40 shop owners demonstrated downtown against the curfews imposed to fight the epidemic.', 'Protests / Peaceful protest'],
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
    ['An unknown group repeatedly attacked the website of the electoral commission.'],
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
    ['Army engineers destroyed 57 mines and 19 explosive devices in the valley.', 'Strategic developments / Disrupted weapons use'],
    ['Fighter jets destroyed several insurgent pickup trucks in the desert.', 'Explosions/Remote violence / Air/drone strike'],
    ['Soldiers destroyed eight houses in the village.', 'Strategic developments / Looting/property destruction'],
  ])('%s', (text, acled) => {
    expect(main(text)?.acled).toBe(acled);
  });
});

describe('events: an event named as the goal of an act is background', () => {
  it('fighters released to advance a truce agreement', () => {
    expect(main('The interior ministry released 60 rebel fighters to help advance the truce agreement.')?.acled).toBe('Strategic developments / Other');
  });
  it('a ceasefire agreed to is an agreement', () => {
    expect(main('The two sides agreed to a ceasefire in the province.')?.acled).toBe('Strategic developments / Agreement');
  });
});

describe('events: a base established, not a base reached', () => {
  it.each([
    ['Coalition reinforcements reached the coalition base near the city.', 'Strategic developments / Change to group/activity'],
    ['Rebel forces set up checkpoints at all the entrances of the city.', 'Strategic developments / Change to group/activity'],
    ['The rebels turned two clinics into army barracks.', 'Strategic developments / Headquarters or base established'],
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
    ['Clan fighters took control of several roadblocks as the insurgents were forced to pull back.', 'Battles / Non-state actor overtakes territory'],
    ['Security forces and allied militias liberated several villages from the militants.', 'Battles / Government regains territory'],
  ])('%s', (text, acled) => {
    expect(main(text)?.acled).toBe(acled);
  });
});

describe('events: a set phrase beats a loose verb and object', () => {
  it('setting fire to a camp is no base set up', () => {
    expect(main('Masked youths set fire to a migrant camp on the outskirts and assaulted a resident.')?.acled).not.toBe('Strategic developments / Headquarters or base established');
  });
  it('a camp set up is a base', () => {
    expect(main('Peacekeepers set up a temporary military camp in the village.')?.acled).toBe('Strategic developments / Headquarters or base established');
  });
});

describe('events: warning shots and remnants of war', () => {
  it.each([
    ['Border guards fired warning shots into the air near the village.', 'Strategic developments / Other'],
    ['A shepherd was injured by a mine left over from the civil war of the 1990s.', 'Strategic developments / Other'],
    ['A farmer was wounded by a war-era mine in his field.', 'Strategic developments / Other'],
    ['A roadside bomb planted by militants killed two soldiers.', 'Explosions/Remote violence / Remote explosive/landmine/IED'],
  ])('%s', (text, acled) => {
    expect(main(text)?.acled).toBe(acled);
  });
});

describe('events: forms of protest', () => {
  it.each([
    ['Dock workers and their union marched through the port town on May Day.', 'Protests / Peaceful protest'],
    ['Taxi drivers held a motorcade through the capital to demand cheaper fuel.', 'Protests / Peaceful protest'],
    ['Dozens of fishermen blocked the coastal road to demand diesel subsidies.', 'Protests / Peaceful protest'],
    ['Residents banged pots against the president during his visit.', 'Protests / Peaceful protest'],
  ])('%s', (text, acled) => {
    expect(new Set(read(text).flatMap((e) => (e.acled ? [e.acled] : [])))).toEqual(new Set([acled]));
  });
});

describe('events: bodies found and baton charges', () => {
  it.each([
    ["Police found a woman's body in a ditch with her hands bound.", 'Violence against civilians / Attack'],
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
    expect(main('Shopkeepers captured a thief in the bazaar, tied him to a lamppost and beat him.')?.acled).toBe('Riots / Mob violence');
  });
});

describe('events: burning in a protest', () => {
  it.each([
    ['Some 50 students blocked streets with burning debris to protest against higher fees.', 'Riots / Violent demonstration'],
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
