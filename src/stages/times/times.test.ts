import { describe, expect, it } from 'vitest';
import type { Timex } from '../../model/layers.js';
import { analyzeDoc, analyzeJson, describeShared, documentProblems, seedText, sharedPath } from '../../../test/support.js';
import { readFileSync } from 'node:fs';
import { valueInterval, narrow, isoWeek, parseDay, formatDay } from './calendar.js';
import { durationValue } from './grammar.js';

/** Publication date of the seed article: Thursday 6 September 2018. */
const PUB = '2018-09-06';

function times(text: string, published: string | null = PUB): Timex[] {
  return analyzeDoc({ text, published }).get('times');
}

/** The time expression whose text is `span` (or the only one), as [text, value, mod, from, to]. */
function tx(text: string, span?: string, published: string | null = PUB): [string, string, string | null, string | null, string | null] | null {
  const all = times(text, published);
  const t = span ? all.find((x) => x.text === span) : all[0];
  return t ? [t.text, t.value, t.mod ?? null, t.from ?? null, t.to ?? null] : null;
}

const value = (text: string, span?: string, published: string | null = PUB) => tx(text, span, published)?.[1];
const type = (text: string, span?: string) => (span ? times(text).find((t) => t.text === span) : times(text)[0])?.type;

describe('times: calendar', () => {
  it('intervals of TIMEX3 values', () => {
    const iv = (v: string) => valueInterval(v)?.map(formatDay);
    expect(iv('2018')).toEqual(['2018-01-01', '2018-12-31']);
    expect(iv('2018-02')).toEqual(['2018-02-01', '2018-02-28']);
    expect(iv('2018-Q3')).toEqual(['2018-07-01', '2018-09-30']);
    expect(iv('2018-H2')).toEqual(['2018-07-01', '2018-12-31']);
    expect(iv('2018-FA')).toEqual(['2018-09-22', '2018-12-20']);
    expect(iv('2018-WI')).toEqual(['2018-12-21', '2019-03-19']);
    expect(iv('199')).toEqual(['1990-01-01', '1999-12-31']);
    expect(iv('19')).toEqual(['1900-01-01', '1999-12-31']);
    expect(iv('2018-W36')).toEqual(['2018-09-03', '2018-09-09']);
    expect(iv('2018-W36-WE')).toEqual(['2018-09-08', '2018-09-09']);
    expect(iv('2018-09-06T14:00')).toEqual(['2018-09-06', '2018-09-06']);
    expect(iv('XXXX-09')).toBeUndefined();
    expect(iv('PAST_REF')).toBeUndefined();
  });
  it('ISO weeks and mods', () => {
    expect(isoWeek(parseDay('2018-09-06'))).toEqual([2018, 36]);
    expect(isoWeek(parseDay('2021-01-03'))).toEqual([2020, 53]);
    expect(narrow(valueInterval('2018')!, 'END').map(formatDay)).toEqual(['2018-09-02', '2018-12-31']);
    expect(narrow(valueInterval('2018')!, 'START').map(formatDay)).toEqual(['2018-01-01', '2018-05-01']);
  });
  it('duration values', () => {
    expect(durationValue('M', 3)).toBe('P3M');
    expect(durationValue('H', 5.5)).toBe('PT5H30M');
    expect(durationValue('Y', 2.5)).toBe('P2Y6M');
    expect(durationValue('DE', 2)).toBe('P20Y');
    expect(durationValue('W', null)).toBe('PXW');
    expect(durationValue('MI', null)).toBe('PTXM');
  });
});

describe('times: explicit dates', () => {
  it.each([
    ['The deal was signed on September 5, 2018.', 'September 5, 2018', '2018-09-05'],
    ['It happened on 5 March 2015 in Aleppo.', '5 March 2015', '2015-03-05'],
    ['Talks began in August 2014.', 'August 2014', '2014-08'],
    ['The ceasefire of 10/26/1998 held.', '10/26/1998', '1998-10-26'],
    ['The report is dated 2017-03-04.', '2017-03-04', '2017-03-04'],
    ['The war started in 2011.', '2011', '2011'],
    ['Sales fell in fiscal 1989.', 'fiscal 1989', '1989'],
    ['It was built in the 1990s.', 'the 1990s', '199'],
    ["It was a hit in the '80s.", "the '80s", '198'],
    ['It collapsed in the mid-1990s.', 'the mid-1990s', '199'],
    ['It dates from the 11th century.', 'the 11th century', '10'],
    ['Prices fell through the nineties.', 'the nineties', '199'],
    ['Growth will slow in the last half of 2019.', 'the last half of 2019', '2019-H2'],
    ['The case will be heard the week of Feb. 12.', 'the week of Feb. 12', '2019-W07'],
    ['It was the worst flood this century.', 'this century', '20'],
    ['Prices rose over the last decade.', 'the last decade', '200'],
    ['Monday, Oct. 26, 1998 was busy.', 'Monday, Oct. 26, 1998', '1998-10-26'],
    ['the spring of nineteen ninety-six', 'the spring of nineteen ninety-six', '1996-SP'],
    ['It rose in the third quarter of 1990.', 'the third quarter of 1990', '1990-Q3'],
    ['Results for the first half of 2017 were weak.', 'the first half of 2017', '2017-H1'],
  ])('%s', (text, span, v) => {
    expect(value(text, span)).toBe(v);
  });
  it('not dates: quantities, verbs, ages', () => {
    expect(times('He sent 2000 troops and paid $1998 for 1,500 rifles.')).toEqual([]);
    expect(times('You may leave; they march on.')).toEqual([]);
    expect(times('A 44-year-old man was hurt.')).toEqual([]);
    expect(times('A man in his nineties was hurt.')).toEqual([]);
    expect(times('That would be a second defeat for the team.')).toEqual([]);
    expect(times('The aides of Jan Hodek of the Slovak delegation signed.')).toEqual([]);
    expect(times('Egypt buys nearly three-quarters of its wheat abroad.')).toEqual([]);
    expect(times('The two firms control over a quarter of the trade.')).toEqual([]);
    expect(times('Prices rose 5.25 percent.')).toEqual([]);
  });
});

describe('times: tense decides underspecified dates', () => {
  // publication Thursday 2018-09-06
  it('Thursday, published on a Thursday, is that day whatever the tense; next week needs "next"', () => {
    expect(value('He made the remark at a press conference on Thursday.')).toBe('2018-09-06');
    expect(value('He will address the press later on Thursday.', 'Thursday')).toBe('2018-09-06');
    expect(value('He will address the press next Thursday.', 'next Thursday')).toBe('2018-09-13');
  });
  it('weekdays before and after', () => {
    expect(value('The talks collapsed on Monday.')).toBe('2018-09-03');
    expect(value('The talks will resume on Monday.')).toBe('2018-09-10');
    expect(value('Protesters planned a rally on Saturday.')).toBe('2018-09-08');
    expect(value('The vote is on Friday.')).toBe('2018-09-07');
    expect(value('Last Friday the army attacked.', 'Last Friday')).toBe('2018-08-31');
    // a deadline lies ahead even after a past verb, unless it fell yesterday
    expect(value('The court postponed the hearing until Monday.', 'Monday')).toBe('2018-09-10');
    expect(value('The road stayed closed until Wednesday.', 'Wednesday')).toBe('2018-09-05');
  });
  it('months and seasons', () => {
    expect(tx('The government in late December declared victory.', 'late December')).toEqual(['late December', '2017-12', 'END', '2017-12-22', '2017-12-31']);
    expect(value('The government will hold elections in late December.', 'late December')).toBe('2018-12');
    expect(value('It would probably occur late autumn.', 'late autumn')).toBe('2018-FA');
    // the present: the season under way, which may have begun the year before
    expect(value('Fighters are sustaining attacks in the depths of winter.', 'winter', '2019-02-07')).toBe('2018-WI');
    expect(value('Fighters are sustaining attacks this summer.', 'this summer', '2019-02-07')).toBe('2019-SU');
    // "it's been" is the perfect
    expect(value("It's been a cold winter, so there was little to eat.", 'winter', '2019-03-19')).toBe('2018-WI');
    expect(value('Fighting intensified last spring.', 'last spring')).toBe('2017-SP');
    expect(value('Fighting intensified this past spring.', 'this past spring')).toBe('2018-SP');
    expect(value('The truce was signed last April.', 'last April')).toBe('2018-04');
    expect(value('The truce was signed last October.', 'last October')).toBe('2017-10');
    expect(value('The truce was signed last August.', 'last August')).toBe('2017-08');
    expect(value('They met in June.', 'June')).toBe('2018-06');
    expect(value('They will meet in June.', 'June')).toBe('2019-06');
  });
  it('the tense is not read across a quotation or through an infinitive', () => {
    // "said" after the quotation is not the tense of the words quoted
    expect(value('"He will leave at dawn (4 a.m. Friday)," the minister said.', '4 a.m. Friday')).toBe('2018-09-07T04:00');
    // the purchase agreed in the past lies ahead: the nearest February
    expect(value('In August the company agreed to buy the plant in February.', 'February', '2018-11-02')).toBe('2019-02');
    expect(value('The company bought the plant in February.', 'February', '2018-11-02')).toBe('2018-02');
    // after a present verb the infinitive's event lies ahead
    expect(value('The minister wants to meet them on Tuesday.', 'Tuesday')).toBe('2018-09-11');
    expect(value('The minister went to Paris to meet them on Tuesday.', 'Tuesday')).toBe('2018-09-04');
  });
  it('the tense is that of the clause the expression stands in', () => {
    // the verb after a comma belongs to another clause when the expression has one of its own
    expect(value('NATO has decided to admit them in early March, an official said on Wednesday.', 'early March', '2018-02-10')).toBe('2018-03');
    expect(value('They were admitted in early March, an official says.', 'early March', '2018-02-10')).toBe('2017-03');
    // nothing before it: the clause goes on after the comma
    expect(value('On Monday, the army withdrew from the town.', 'Monday')).toBe('2018-09-03');
    expect(value('On Monday, the army will withdraw from the town.', 'Monday')).toBe('2018-09-10');
    // a capitalised word tagged as a verb inside the sentence is a name, not the clause's verb
    expect(value('In January, a week after the Hale vs. Pierce ruling, a blast injured a clerk.', 'January', '2018-10-25')).toBe('2018-01');
    // a past form tagged as an adjective between subject and object
    expect(value('But by Monday, city leaders relaxed their rules.', 'Monday', '2018-09-10')).toBe('2018-09-10');
  });
  it('a weekday before a noun: gone by in a past clause, else the nearer one', () => {
    // Thursday 2018-09-06: Saturday is five days back, two ahead
    expect(value("They denied being behind Saturday's chemical attack.", 'Saturday', '2018-09-06')).toBe('2018-09-01');
    expect(value("He may win Sunday's polls.", 'Sunday', '2018-09-07')).toBe('2018-09-09');
    // a future clause may speak of a past day
    expect(value("They would look for ways around Wednesday's ruling.", 'Wednesday', '2018-09-07')).toBe('2018-09-05');
  });
  it('a plan made in the past leaves the date undecided, a present plan points ahead', () => {
    // Monday 2018-09-10: "Friday" undecided is the nearest one back
    expect(value('The permit had been due to lapse Friday evening.', 'Friday evening', '2018-09-10')).toBe('2018-09-07TEV');
    expect(value('The truce had earlier been set to end at midnight Friday.', 'midnight Friday', '2018-09-10')).toBe('2018-09-07T24:00');
    expect(value('The permit is due to lapse Friday.', 'Friday', '2018-09-10')).toBe('2018-09-14');
    expect(value('The handover was planned for early March.', 'early March', '2018-02-10')).toBe('2018-03');
    expect(value('The vote is scheduled for Tuesday.', 'Tuesday', '2018-09-10')).toBe('2018-09-11');
    // Friday 2018-09-07: a past plan for Saturday is the next day, not last week's
    expect(value('Protesters were planning a march on Saturday.', 'Saturday', '2018-09-07')).toBe('2018-09-08');
    expect(value('Protesters marched on Saturday.', 'Saturday', '2018-09-07')).toBe('2018-09-01');
  });
  it('a deadline lies ahead whatever the tense', () => {
    expect(value('The talks were supposed to conclude by May.', 'May', '2018-03-22')).toBe('2018-05');
    expect(value('The union signed a pact effective June 1.', 'June 1', '2018-10-26')).toBe('2019-06-01');
    expect(value('The offer was extended until Jan. 14.', 'Jan. 14', '2018-01-15')).toBe('2018-01-14');
  });
  it('days of the month without a year', () => {
    expect(value('The attack on March 12 killed four.', 'March 12')).toBe('2018-03-12');
    expect(value('The summit will open on Jan. 14.', 'Jan. 14')).toBe('2019-01-14');
    expect(value('Monday, Sept. 10 is the deadline.', 'Monday, Sept. 10')).toBe('2018-09-10');
    expect(value('The summit will be held on April 24 and 25, 2019.', '25, 2019')).toBe('2019-04-25');
    expect(times('It met on April 24 and 25 delegates came.').map((t) => t.text)).toEqual(['April 24']);
  });
});

describe('times: relative to the publication date', () => {
  it.each([
    ['It happened yesterday.', 'yesterday', '2018-09-05'],
    ['Talks resume tomorrow.', 'tomorrow', '2018-09-07'],
    ['They met today.', 'today', '2018-09-06'],
    ['They met last week.', 'last week', '2018-W35'],
    ['They meet this week.', 'this week', '2018-W36'],
    ['It rained last month.', 'last month', '2018-08'],
    ['It rained earlier this month.', 'earlier this month', '2018-09'],
    ['Prices rose last year.', 'last year', '2017'],
    ['Elections are due next year.', 'next year', '2019'],
    ['It collapsed three days ago.', 'three days ago', '2018-09-03'],
    ['It collapsed two months ago.', 'two months ago', '2018-07'],
    ['It was founded a decade ago.', 'a decade ago', '2008'],
    ['The city fell this summer.', 'this summer', '2018-SU'],
    ['Results for the third quarter were weak.', 'the third quarter', '2018-Q3'],
    ['Sales for the full year will rise.', 'the full year', '2018'],
    ['For the year, volume was flat.', 'the year', '2018'],
    ['The end of the year is the target.', 'The end of the year', '2018'],
  ])('%s', (text, span, v) => {
    expect(value(text, span)).toBe(v);
  });
  it('earlier this month is an interval up to the publication date', () => {
    expect(tx('It rained earlier this month.')).toEqual(['earlier this month', '2018-09', null, '2018-09-01', '2018-09-06']);
  });
  it('the coming days and vague references', () => {
    expect(tx('More strikes are expected in the coming days.')).toEqual(['the coming days', 'PXD', null, '2018-09-06', null]);
    expect(tx('Attacks rose in recent weeks.')).toEqual(['recent weeks', 'PXW', null, null, '2018-09-06']);
    expect(tx('He is currently in Paris.')).toEqual(['currently', 'PRESENT_REF', null, '2018-09-06', '2018-09-06']);
    expect(tx('The army recently made gains.')).toEqual(['recently', 'PAST_REF', null, null, '2018-09-06']);
    expect(value('In the past, the group held cities.', 'the past')).toBe('PAST_REF');
    expect(value('Now, the army holds the city.')).toBeUndefined();
    expect(value('Now for the weather.')).toBeUndefined();
    expect(value('Now officials are investigating the blast.', 'Now')).toBe('PRESENT_REF');
    expect(value('The group is now weak.', 'now')).toBe('PRESENT_REF');
    expect(value('Fighting will go on in the near term.', 'the near term')).toBe('FUTURE_REF');
    expect(times('It has short-term debt.')).toEqual([]);
    expect(value('He criticized the current government.', 'current')).toBe('PRESENT_REF');
    expect(times('The current account deficit widened.')).toEqual([]);
    expect(times('Earlier, the company had rejected the bid.')).toEqual([]);
  });
});

describe('times: anchored on the date just given', () => {
  it('a few months after an apposition date lies before it', () => {
    const t = tx('The coalition struck in August 2014, a few months after the group seized Mosul.', 'a few months after');
    expect(t).toEqual(['a few months after', '2014', 'BEFORE', null, '2014-07-31']);
  });
  it('holidays computed from the calendar', () => {
    expect(value('Voters go to the polls on Election Day.', 'Election Day', '1998-10-26')).toBe('1998-11-03');
    expect(value('Voters go to the polls on Election Day.', 'Election Day', '2020-10-01')).toBe('2020-11-03');
    // when 1 November is a Tuesday, Election Day is the 8th
    expect(value('Voters go to the polls on Election Day.', 'Election Day', '2016-10-01')).toBe('2016-11-08');
  });
  it('a relative weekday with its date is one expression', () => {
    expect(tx('Voters go to the polls this coming Sunday, March eighth.', undefined, '1998-03-05')?.slice(0, 2)).toEqual(['this coming Sunday, March eighth', '1998-03-08']);
    expect(times('They met last Friday, Feb. 27, in Rome.', '1998-03-05').map((t) => [t.text, t.value])).toEqual([['last Friday, Feb. 27', '1998-02-27']]);
  });
  it('the day before or after a day the expression names', () => {
    expect(value('He arrived the day before last Tuesday.', 'the day before last Tuesday', '2000-02-24')).toBe('2000-02-21');
    expect(value('They met the day after Christmas.', 'the day after Christmas', '2000-02-24')).toBe('1999-12-26');
    // and the next day counts from it
    expect(value("The day before last Tuesday's vote, she flew home. She was back in the capital the next morning.", 'the next morning', '2000-02-24')).toBe('2000-02-22');
    // no day named: no time
    expect(times('The day before the vote, he left.', '2000-02-24')).toEqual([]);
  });
  it('a few days or hours after a year or a month: the day is not known', () => {
    expect(value('He left in March 2015. Three days later he died.', 'Three days later')).toBe('2015-03-XX');
    expect(value('The group formed in 2013. An hour later, the jeep came.', 'An hour later')).toBe('2013-XX-XX');
    expect(value('He left on May 3, 2016. Two days later he came back.', 'Two days later')).toBe('2016-05-05');
    expect(value('He left in March 2015. Two months later he died.', 'Two months later')).toBe('2015-05');
  });
  it('the previous Friday, the following Monday: from the day just given', () => {
    // publication Monday 2018-09-10; the text speaks of Friday 2018-09-07
    const text = 'Shares fell on Friday. The index was down 4% from the previous Friday.';
    expect(tx(text, 'the previous Friday', '2018-09-10')?.[1]).toBe('2018-08-31');
    expect(value('The talks opened on Sept. 3 and closed the following Friday.', 'the following Friday', '2018-09-20')).toBe('2018-09-07');
    // "last Friday" stays anchored on the publication date
    expect(value('Shares fell on Thursday. They had risen last Friday.', 'last Friday', '2018-09-10')).toBe('2018-09-07');
  });
  it('that day, the following year, a year earlier', () => {
    expect(value('The raid came on May 3, 2016. That day, ten died.', 'That day')).toBe('2016-05-03');
    expect(value('He arrived in 2010 and left the following year.', 'the following year')).toBe('2011');
    expect(value('He took office in April 2016. Earlier in the year he had resigned.', 'Earlier in the year')).toBe('2016');
    expect(tx('The plan leaked a week or so ago.')?.slice(1, 3)).toEqual(['2018-W35', 'APPROX']);
    expect(value('He was arrested on May 3, 2016 and charged the next morning.', 'the next morning')).toBe('2016-05-04');
    expect(value('Year-earlier results were restated.', 'Year-earlier', '2018-11-02')).toBe('2017');
    expect(value('Profit rose in the third quarter. A year earlier it fell.', 'A year earlier')).toBe('2017-Q3');
    expect(value('Earnings climbed in the third quarter, beating the year-ago quarter.', 'the year-ago quarter')).toBe('2017-Q3');
    expect(value('Profit rose in the third quarter from the same period last year.', 'the same period last year')).toBe('2017-Q3');
  });
  it('reporting periods: a span of months, the date that closes a quarter, a quarter off the calendar', () => {
    // "a year earlier" after a span of months is the year before, after a quarter that quarter
    const nine = 'Profit rose in the third quarter. For the nine months, net was $5 million, up from $4 million a year earlier.';
    expect(value(nine, 'a year earlier', '2018-11-02')).toBe('2017');
    expect(value('Profit rose in the third quarter. For the quarter, net was $5 million, up from $4 million a year earlier.', 'a year earlier', '2018-11-02')).toBe('2017-Q3');
    // the day that closes the quarter describes it and does not replace it as the reference
    const closed = 'Income grew in the fiscal first quarter ended Aug. 31. A year ago, the firm posted a loss.';
    expect(value(closed, 'A year ago', '2018-10-26')).toBe('2017-Q1');
    // after a span of months it is the reference
    expect(value('For the six months ended Aug. 14, revenue slipped. A year earlier, it climbed.', 'A year earlier', '2018-10-26')).toBe('2017');
    // a quarter that ends with July is mostly the calendar's second
    expect(value('In the quarter ended July 31, the retailer sold 3 million units.', 'the quarter', '2018-10-30')).toBe('2018-Q2');
    expect(value('In the quarter ended Sept. 30, the retailer sold 3 million units.', 'the quarter', '2018-10-30')).toBe('2018-Q3');
    expect(value('In the quarter ended Jan. 31, 2018, it lost money.', 'the quarter', '2018-10-30')).toBe('2017-Q4');
    // once the text has named its quarter, "the quarter" is that one
    const named = 'Orders grew in the fiscal first quarter ended Aug. 31. In the quarter ended Aug. 31, costs fell.';
    expect(times(named, '2018-10-26').map((t) => t.value)).toEqual(['2018-Q1', '2018-08-31', '2018-Q1', '2018-08-31']);
    // a comparison with the year before is no new reference
    expect(value('Profit rose in the third quarter. Year-earlier results were restated. Sales rose from a year earlier.', 'a year earlier', '2018-11-02')).toBe('2017-Q3');
  });
  it('the quarter under discussion is not moved by a forecast or by the same quarter of an earlier year', () => {
    // published in the fourth quarter: the third is the one reported
    const text = 'Profit rose in the third quarter. It has no estimate of fourth-quarter results. Sales fell from a year ago.';
    expect(value(text, 'a year ago', '2018-11-02')).toBe('2017-Q3');
    const text2 = 'Earnings grew in the third quarter. In the 2017 period they shrank. Revenue for the quarter grew.';
    expect(value(text2, 'the quarter', '2018-11-02')).toBe('2018-Q3');
    expect(value('It warned that the fourth quarter will be weak. The latest quarter was strong.', 'The latest quarter', '2018-11-02')).toBe('2018-Q3');
  });
});

describe('times: signals and intervals', () => {
  it('since X runs to the publication date', () => {
    expect(tx('Airstrikes have continued since September 2014.')).toEqual(['September 2014', '2014-09', 'ON_OR_AFTER', '2014-09-01', '2018-09-06']);
    const t = times('Airstrikes have continued since September 2014.')[0];
    expect(t.signal).toMatchObject({ text: 'since' });
  });
  it('before the end of this year is a deadline', () => {
    expect(tx('It will be defeated before the end of this year.')).toEqual(['the end of this year', '2018', 'BEFORE', '2018-09-06', '2018-12-31']);
  });
  it('until, by, after', () => {
    expect(tx('The truce holds until March 2019.')?.slice(1)).toEqual(['2019-03', 'ON_OR_BEFORE', '2018-09-06', '2019-03-31']);
    expect(tx('Nothing happened after 2015.')?.slice(1)).toEqual(['2015', 'AFTER', '2016-01-01', null]);
  });
});

describe('times: durations', () => {
  it.each([
    ['The siege lasted three weeks.', 'three weeks', 'P3W'],
    ['He served a five-year term.', 'five-year', 'P5Y'],
    ['It took 18 months.', '18 months', 'P18M'],
    ['They waited for years.', 'years', 'PXY'],
    ['They talked for several hours.', 'several hours', 'PTXH'],
    ['It lasted nearly two years.', 'nearly two years', 'P2Y'],
    ['It took a year and a half.', 'a year and a half', 'P1Y6M'],
    ['The talks lasted 5 1/2 hours.', '5 1/2 hours', 'PT5H30M'],
    ['Sales rose in the first nine months.', 'the first nine months', 'P9M'],
    ['Net rose 5% for the year ended June 30.', 'the year', 'P1Y'],
    ['The index slid for six trading days.', 'six trading days', 'P6D'],
    ['The loan may be extended for an additional year.', 'an additional year', 'P1Y'],
    ['A day-long strike shut the port.', 'A day-long', 'P1D'],
    ['The currency sank to a five year low.', 'five year', 'P5Y'],
    ['The strikes were decades-long.', 'decades-long', 'PXY'],
    ['It was the worst war of the past century.', 'the past century', 'P100Y'],
    ['Net rose 5% in the fiscal year ending Sept. 30.', 'the fiscal year', 'P1Y'],
  ])('%s', (text, span, v) => {
    expect(value(text, span)).toBe(v);
    expect(type(text, span)).toBe('DURATION');
  });
  it('the past two months ends at the publication date', () => {
    expect(tx('Prices doubled over the past two months.')).toEqual(['the past two months', 'P2M', null, '2018-07-07', '2018-09-06']);
  });
  it('a capitalised unit inside a sentence is a title, not a time', () => {
    expect(times('She told ABC\'s "This Week" the strike would end.')).toEqual([]);
    expect(times('She spoke on CBS\'s "60 Minutes" about the case.')).toEqual([]);
    expect(tx('"This week is key," he said.')?.[0]).toBe('This week');
    expect(tx('Three Weeks after the vote, he left.')).toBeNull();
  });
  it('one day after a modal and before a verb is some day ahead, not a duration', () => {
    expect(tx('She will one day be the team captain.')?.slice(0, 2)).toEqual(['one day', 'FUTURE_REF']);
    expect(tx('He hopes one day to return.')?.slice(0, 2)).toEqual(['one day', 'FUTURE_REF']);
    expect(tx('The strike lasted one day.')?.slice(0, 2)).toEqual(['one day', 'P1D']);
    expect(tx('It will take one day to finish.')?.slice(0, 2)).toEqual(['one day', 'P1D']);
  });
  it('a range of amounts is one duration of an unknown number of units', () => {
    expect(tx('Repairs will take two to three weeks.')?.slice(0, 2)).toEqual(['two to three weeks', 'PXW']);
    expect(tx('The talks lasted 10-15 days.')?.slice(0, 2)).toEqual(['10-15 days', 'PXD']);
    expect(tx('He faces five or six years in prison.')?.slice(0, 2)).toEqual(['five or six years', 'PXY']);
    // the interval runs to the upper bound
    expect(tx('Prices may climb over the next 9 to 15 months.')).toEqual(['the next 9 to 15 months', 'PXM', null, '2018-09-06', '2019-12-05']);
    // no range: ages, percentages, a number going down
    expect(times('The boys were 17 or 18 years old.')).toEqual([]);
    expect(times('Shares rose 2 to 3 percent.')).toEqual([]);
    expect(tx('Between 2 and 3 years ago it fell.')?.[0]).toBe('3 years ago');
    // a range before "ago" or "later": about the far end
    expect(tx('He saw him seven or eight months ago.', undefined, '2019-02-05')?.slice(0, 3)).toEqual(['seven or eight months ago', '2018-06', 'APPROX']);
    expect(tx('It happened 3-4 years ago.', undefined, '2019-02-05')?.slice(0, 3)).toEqual(['3-4 years ago', '2015', 'APPROX']);
    expect(value('They met on May 3, 2016. Five to seven days later they met again.', 'Five to seven days later')).toBe('2016-05-10');
  });
  it('mods of quantity', () => {
    expect(tx('They fought for more than a decade.')?.slice(1, 3)).toEqual(['P10Y', 'MORE_THAN']);
    expect(tx('The raid lasted about an hour.')?.slice(1, 3)).toEqual(['PT1H', 'APPROX']);
  });
});

describe('times: sets and times of day', () => {
  it.each([
    ['Patrols go out every Friday.', 'every Friday', 'XXXX-WXX-5'],
    ['The council meets each year.', 'each year', 'P1Y'],
    ['Shelling is reported daily.', 'daily', 'P1D'],
    ['It costs $5 a year.', 'a year', 'P1Y'],
    ['They protest on Fridays.', 'Fridays', 'XXXX-WXX-5'],
  ])('%s', (text, span, v) => {
    expect(value(text, span)).toBe(v);
    expect(type(text, span)).toBe('SET');
  });
  it('not a set: attributive quarterly', () => {
    expect(times('The quarterly dividend rose.')).toEqual([]);
  });
  it.each([
    ['The blast came at 9 a.m. Tuesday.', '9 a.m. Tuesday', '2018-09-04T09:00'],
    ['Curfew starts at 10:30 p.m. EST.', '10:30 p.m. EST', '2018-09-06T22:30'],
    ['They left at noon yesterday.', 'noon yesterday', '2018-09-05T12:00'],
    ['He speaks at around 1.30pm on Thursday.', 'around 1.30pm', '2018-09-06T13:30'],
    ['The vote is at 10.30 p.m. tonight.', '10.30 p.m. tonight', '2018-09-06T22:30'],
    ['At 10.30am GMT it closed.', '10.30am GMT', '2018-09-06T10:30'],
    ['It was quiet this morning.', 'this morning', '2018-09-06TMO'],
    ['Shelling went on last night.', 'last night', '2018-09-05TNI'],
    ['The rally was held Wednesday evening.', 'Wednesday evening', '2018-09-05TEV'],
    ['Shares slid by mid-afternoon yesterday.', 'mid-afternoon yesterday', '2018-09-05TAF'],
    ['The rally began in the evening Friday.', 'evening Friday', '2018-08-31TEV'],
    // the middle of the afternoon of the day the text speaks of
    ['The vote was held on May 3, 2016. By mid afternoon, it was over.', 'mid afternoon', '2016-05-03TAF'],
  ])('%s', (text, span, v) => {
    expect(value(text, span)).toBe(v);
    expect(type(text, span)).toBe('TIME');
  });
  it('a dotted number is a clock only before a.m. or p.m.', () => {
    expect(times('Shares rose 1.5 percent to 10.30 points.')).toEqual([]);
  });
  it('a bare part of the day is no time of its own', () => {
    expect(times('The night of the attack was cold. He worked in the morning.')).toEqual([]);
  });
  it('a weekday morning or night gives the day (TimeBank practice)', () => {
    expect(value('The rally was held Wednesday morning.', 'Wednesday morning')).toBe('2018-09-05');
    expect(value('The rally was held Wednesday night.', 'Wednesday night')).toBe('2018-09-05');
  });
});

describe('times: without a publication date', () => {
  it('relative values stay underspecified, never today', () => {
    expect(tx('The talks collapsed on Thursday.', undefined, null)).toEqual(['Thursday', 'XXXX-WXX-4', null, null, null]);
    expect(value('It rained last month.', 'last month', null)).toBe('XXXX-XX');
    expect(value('Talks resume tomorrow.', 'tomorrow', null)).toBe('XXXX-XX-XX');
    expect(value('They met in late December.', 'late December', null)).toBe('XXXX-12');
    expect(value('Talks began in August 2014.', 'August 2014', null)).toBe('2014-08');
  });
});

describe('times: output', () => {
  it('is valid sitrep/1 with checked spans', () => {
    const json = analyzeJson({ text: seedText(), published: PUB });
    expect(documentProblems(json)).toEqual([]);
    expect((json.times as Timex[]).length).toBeGreaterThan(5);
  });
});

describe('times: seed article (golden)', () => {
  const all = times(seedText());
  const at = (s: string, k = 1) => {
    let i = -1;
    for (let n = 0; n < k; n++) i = seedText().indexOf(s, i + 1);
    return all.find((t) => t.start < i + s.length && t.end > i);
  };
  it('before the end of this year → deadline 2018-12-31', () => {
    expect(at('end of this year')).toMatchObject({ value: '2018', mod: 'BEFORE', to: '2018-12-31' });
  });
  it('on Thursday (×2) → 2018-09-06', () => {
    expect(at('Thursday')?.value).toBe('2018-09-06');
    expect(at('Thursday', 2)?.value).toBe('2018-09-06');
  });
  it('late autumn → 2018-FA, END', () => {
    expect(at('late autumn')).toMatchObject({ value: '2018-FA', mod: 'END', from: '2018-11-21', to: '2018-12-20' });
  });
  it('in late December (past tense) → 2017-12, END', () => {
    expect(at('late December')).toMatchObject({ value: '2017-12', mod: 'END' });
  });
  it('in August 2014; a few months after → before 2014-08', () => {
    expect(at('August 2014')).toMatchObject({ value: '2014-08', from: '2014-08-01', to: '2014-08-31' });
    expect(at('a few months after')).toMatchObject({ value: '2014', mod: 'BEFORE', to: '2014-07-31' });
  });
  it('since September 2014 / 2015 → ongoing to publication', () => {
    expect(at('September 2014')).toMatchObject({ value: '2014-09', from: '2014-09-01', to: PUB });
    expect(at('September 2015')).toMatchObject({ value: '2015-09', from: '2015-09-01', to: PUB });
  });
  it('currently, recently, as soon as I can', () => {
    expect(at('currently')).toMatchObject({ value: 'PRESENT_REF', from: PUB, to: PUB });
    expect(at('recently')).toMatchObject({ value: 'PAST_REF', to: PUB });
    expect(at('as soon as I can')).toMatchObject({ text: 'as soon as I can', value: 'FUTURE_REF', from: PUB, to: null });
  });
  it('nothing else', () => {
    expect(all.map((t) => t.text)).toEqual([
      'the end of this year', 'Thursday', 'late autumn', 'late December', 'August 2014', 'a few months after',
      'September 2014', 'Thursday', 'currently', 'as soon as I can', 'September 2015', 'recently',
    ]);
  });
});

describeShared('times: the shared seed copy', () => {
  it('is the bundled sample', () => {
    expect(readFileSync(sharedPath('corpus', 'seed', 'article.txt'), 'utf8')).toBe(seedText());
  });
});
