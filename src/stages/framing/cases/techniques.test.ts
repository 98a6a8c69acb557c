import { describe, expect, it } from 'vitest';
import { cued, frames, profile } from './helpers.js';

describe('Name_Calling,Labeling', () => {
  it('a labelled noun phrase', () => expect(frames('The Daesh Takfiri terrorist group lost ground.')).toContain('Name_Calling,Labeling: Daesh Takfiri terrorist group'));
  it('a hyphenated modifier joins the phrase', () => expect(frames('They fought foreign-sponsored Takfiri terrorist groups.')).toContain('Name_Calling,Labeling: foreign-sponsored Takfiri terrorist groups'));
  it('a label before a noun', () => expect(frames('Takfiri militants hold the city.')).toContain('Name_Calling,Labeling: Takfiri militants'));
  it('an insult', () => expect(frames('He called them thugs.')).toContain('Name_Calling,Labeling: thugs'));
});

describe('Doubt', () => {
  it('so-called + noun', () => expect(frames('The so-called caliphate fell.')).toContain('Doubt: so-called caliphate'));
  it('purported targets', () => expect(frames('Jets hit purported Daesh targets.')).toContain('Doubt: purported Daesh targets'));
  it('what are said to be …', () => expect(frames('Jets hit what are said to be the positions of Daesh terrorists.')).toContain('Doubt: what are said to be the positions of Daesh terrorists'));
  it('a clause-scope cue', () => expect(frames('It has been largely incapable of fulfilling its aim, critics say.')).toContain('Doubt: It has been largely incapable of fulfilling its aim'));
});

describe('Loaded_Language, Exaggeration, Flag-Waving, Slogans, Causal_Oversimplification', () => {
  it('a loaded phrase', () => expect(frames('The group was flushed out of the town.')).toContain('Loaded_Language: flushed out'));
  it('a loaded multi-word expression', () => expect(frames('It began its reign of terror.')).toContain('Loaded_Language: reign of terror'));
  it('lemma matching (slaughtered)', () => expect(frames('Villagers were slaughtered.')).toContain('Loaded_Language: slaughtered'));
  it('a strongly valenced word from AFINN-165', () => expect(frames('It was a horrific scene.').some((f) => f.startsWith('Loaded_Language: horrific'))).toBe(true));
  it('exaggeration', () => expect(frames('It is the worst crisis in history.').some((f) => f.startsWith('Exaggeration,Minimisation'))).toBe(true));
  it('flag-waving', () => expect(frames('They betrayed our nation.')).toContain('Flag-Waving: our nation'));
  it('a slogan', () => expect(frames('At the rally, supporters kept shouting build the wall again.')).toContain('Slogans: build the wall'));
  it('causal oversimplification at clause scope', () => expect(frames('Prices rose, thanks to the sanctions.')).toContain('Causal_Oversimplification: thanks to the sanctions'));
});

describe('technique families of framing.tsv', () => {
  it.each([
    ['Loaded_Language', 'The senator lashed out at the reporters.'],
    ['Loaded_Language', 'It was a shameless attempt to win votes.'],
    ['Name_Calling,Labeling', 'The radical left wants open borders.'],
    ['Doubt', 'The plan was supposedly meant to help farmers.'],
    ['Exaggeration,Minimisation', 'Every single voter was ignored.'],
    ['Appeal_to_fear-prejudice', 'The flood will reach the lower town; it is a matter of time.'],
    ['Flag-Waving', 'Real Americans will not accept it.'],
    ['Black-and-White_Fallacy', 'The villagers had no choice but to flee.'],
    ['Whataboutism,Straw_Men,Red_Herring', 'They complain, but they ignore their own double standards.'],
    ['Bandwagon,Reductio_ad_hitlerum', 'The new law is downright Orwellian.'],
    ['Thought-terminating_Cliches', 'He broke the law, case closed.'],
    ['Causal_Oversimplification', 'The root cause is the new tax.'],
    ['Slogans', 'They marched shouting no justice no peace.'],
    ['Appeal_to_Authority', 'Experts agree that the plan is sound.'],
  ])('%s: %s', (technique, text) => expect(frames(text).some((f) => f.startsWith(`${technique}:`))).toBe(true));
});

describe('AFINN-165 negative adjectives (valence −2)', () => {
  it('an adjective of negative evaluation', () => expect(cued('It was an insensitive remark.')).toContain('Loaded_Language: insensitive → It was an insensitive remark'));
  it('the same valence as a noun is not enough', () => expect(frames('The lack of water hit the town.')).toEqual([]));
  it('a plain descriptive adjective is excluded', () => expect(frames('Two infected patients were moved.')).toEqual([]));
});

describe('Repetition', () => {
  const text = 'The traitors met. Everyone saw the traitors leave. The traitors lied.';
  it('a label said three times is repeated, each time at its words', () => expect(frames(text).filter((f) => f.startsWith('Repetition'))).toEqual(['Repetition: traitors', 'Repetition: traitors', 'Repetition: traitors']));
  it('twice is not repetition', () => expect(frames('The traitors met. The traitors left.').filter((f) => f.startsWith('Repetition'))).toEqual([]));
});

describe('not framing', () => {
  it('the name of a topic (a corruption trial, a plague outbreak, an abuse scandal)', () => expect(frames('The corruption trial opened as the plague outbreak and the abuse scandal went on.')).toEqual([]));
  it('legal and medical terms', () => expect(frames('He was charged with manslaughter after the fatal crash.')).toEqual([]));
  it('a neutral wire hedge', () => expect(frames('It is unclear whether the talks will resume.')).toEqual([]));
  it('plain wire copy', () => expect(frames('The Islamic State group was driven from the town on Monday, officials said.')).toEqual([]));
  it('factual casualty words are not loaded language', () => expect(frames('Three people were killed and five injured.')).toEqual([]));
  it('a lexicon word inside a proper name', () => expect(frames('He starred in Evil Dead Rise last year.')).toEqual([]));
});

describe('span policy', () => {
  it('clause policy (default) widens a phrase to its clause', () => expect(frames('The army crushed the protest, the ministry said.', 'clause')).toContain('Loaded_Language: The army crushed the protest'));
  it('a label keeps its noun phrase under the clause policy', () => expect(frames('The army fought foreign-sponsored Takfiri terrorist groups near the border.', 'clause')).toContain('Name_Calling,Labeling: foreign-sponsored Takfiri terrorist groups'));
  it('the cue keeps the words that fired', () => expect(cued('The army crushed the protest, the ministry said.')).toContain('Loaded_Language: crushed → The army crushed the protest'));
  it('a quoted word stays within its quotation marks', () => expect(cued('They call it a “liberation”, he said.')).toContain('Name_Calling,Labeling: liberation → liberation'));
});

describe('structural cues (data/structure.tsv)', () => {
  it('a question the writer asks is Doubt over the sentence', () => expect(frames('Why did the ministry wait three weeks to tell anyone?')).toContain('Doubt: Why did the ministry wait three weeks to tell anyone'));
  it('an exclamation is emphasis over the sentence', () => expect(frames('They knew all along!')).toContain('Loaded_Language: They knew all along'));
  it('a quoted label is Name_Calling', () => expect(frames('The government armed the “moderate rebels” in the north.')).toContain('Name_Calling,Labeling: moderate rebels'));
  it('other quoted words are Loaded_Language', () => expect(frames('The police called the march "peaceful" at first.')).toContain('Loaded_Language: peaceful'));
  it('a quoted sentence is a quotation, not scare quotes', () => expect(frames('“Stay home.”')).toEqual([]));
  it('a long quotation is not scare quotes', () => expect(frames('He said the talks were “a useful step toward a lasting agreement” on Monday.')).toEqual([]));
  it('an apostrophe is not a quotation mark', () => expect(frames("The army's plan and the soldiers' pay were set.")).toEqual([]));
  it('a quoted adverb is the speaker\'s wording, not scare quotes', () => expect(frames('The fall would “probably” come in autumn.')).toEqual([]));
  it('a statement is neither question nor exclamation', () => expect(frames('The ministry waited three weeks.')).toEqual([]));
});

describe('framing profile', () => {
  it('counts per technique per 1,000 words, and hedges', () => {
    const p = profile('The so-called caliphate will probably fall. Terrorists fled.');
    expect(p.words).toBe(9); // "so-called" is two words and a hyphen for the tokenizer
    expect(p.counts).toEqual({ Doubt: 1, 'Name_Calling,Labeling': 1 });
    expect(p.perThousandWords.Doubt).toBe(111.11);
    expect(p.hedges).toMatchObject({ count: 1, perThousandWords: 111.11 });
    expect(p.hedges.spans[0].text).toBe('probably');
  });
  it('an empty article has an empty profile', () => expect(profile('...')).toMatchObject({ words: 0, counts: {} }));
});
