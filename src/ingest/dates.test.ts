import { describe, expect, it } from 'vitest';
import { DAYS_FROM_CONTEXT, daysCounted, findDates } from './dates';

const dates = (text: string, ref: string | null) =>
  findDates(text, { start: 0, end: text.length }, ref).map((d) => [
    d.text,
    d.date,
    d.precision,
    d.basis,
  ]);

describe('findDates', () => {
  it('resolves weekdays to the most recent such day, across a month boundary', () => {
    // 2020-03-02 was a Monday.
    expect(dates('escalated on Thursday after', '2020-03-02')).toEqual([
      ['on Thursday', '2020-02-27', 'day', 'weekday-relative'],
    ]);
    expect(dates('In the early hours of Friday, strikes', '2020-03-02')).toEqual([
      ['Friday', '2020-02-28', 'day', 'weekday-relative'],
    ]);
    expect(dates('said on Monday', '2020-03-02')).toEqual([
      ['on Monday', '2020-03-02', 'day', 'weekday-relative'],
    ]);
  });
  it('reads no month in a word written in lower case ("to march", "an august body")', () => {
    expect(dates('He urged his followers to march to the area.', '2023-08-28')).toEqual([]);
    expect(dates('The august body met.', '2023-08-28')).toEqual([]);
    expect(dates('The protesters marched in March.', '2023-08-28')).toEqual([
      ['March', '2023-03-01', 'month', 'relative'],
    ]);
  });
  it('reads a weekday beside a week named from the report as that weekday of that week', () => {
    // 2020-03-12 was a Thursday: its week began on Monday the 9th.
    const day = (text: string) => dates(text, '2020-03-12').map((d) => [d[1], d[2]]);
    expect(day('The army advanced on Tuesday last week.')).toEqual([['2020-03-03', 'day']]);
    expect(day('Earlier this week, on Tuesday, the army advanced.')).toEqual([
      ['2020-03-10', 'day'],
    ]);
    expect(day('Talks open on Monday next week.')).toEqual([['2020-03-16', 'day']]);
  });
  it('reads a weekday with a day of the month as the last month it fell on that day', () => {
    // 1989-11-02 was a Thursday; 13 October 1989 a Friday, 5 November a Sunday.
    const day = (text: string) => dates(text, '1989-11-02').map((d) => [d[0], d[1]]);
    expect(day('Stocks plunged on Friday the 13th, traders said.')).toEqual([
      ['on Friday the 13th', '1989-10-13'],
    ]);
    expect(day('The vote will be held on Sunday the 5th.')).toEqual([
      ['on Sunday the 5th', '1989-11-05'],
    ]);
    // With its month, the date is read whole and the weekday is no day of its own.
    expect(day('He was born on Friday the 13th of October.')).toEqual([
      ['13th of October', '1989-10-13'],
    ]);
  });
  it('counts "N days after" from the date it hangs on: the one before, after, or before "that"', () => {
    // 2024-10-02 was a Wednesday; the Sunday before it the 29th, the Friday the 27th.
    const day = (text: string) => dates(text, '2024-10-02').map((d) => [d[0], d[1]]);
    expect(day('Israel struck Beirut on Sunday, two days after an attack by Hezbollah.')).toEqual([
      ['on Sunday', '2024-09-29'],
      ['two days after', '2024-09-27'],
    ]);
    expect(
      day('Two days after Hezbollah fired rockets at Haifa, Israeli jets struck Beirut on Sunday.'),
    ).toEqual([
      ['Two days after', '2024-09-27'],
      ['on Sunday', '2024-09-29'],
    ]);
    expect(
      day('Hezbollah fired rockets at Haifa on Friday; two days after that, Israeli jets struck.'),
    ).toEqual([
      ['on Friday', '2024-09-27'],
      ['two days after', '2024-09-29'],
    ]);
  });
  it.each(DAYS_FROM_CONTEXT.map((r) => [r.example.join(' '), r]))(
    "counts a day from the story's day: %s",
    (_t, row) => {
      const [first, second] = row.example;
      const [day] = findDates(first, { start: 0, end: first.length }, '2024-03-06');
      const [counted] = findDates(second, { start: 0, end: second.length }, '2024-03-06', day.date);
      const words = new RegExp(row.words, 'i').exec(second)?.[0] ?? '';
      const shift = daysCounted(row.shift, words);
      const expected = new Date(Date.parse(`${day.date}T12:00:00Z`) + shift * 86_400_000);
      expect(counted).toMatchObject({
        date: expected.toISOString().slice(0, 10),
        precision: 'day',
        basis: 'context',
      });
      // With no day named before, it is left unread, not counted from the report's date.
      expect(findDates(second, { start: 0, end: second.length }, '2024-03-06')).toEqual([]);
    },
  );
  it('counts "the next day" from a day earlier in its sentence, and "the day before <date>" from that date', () => {
    expect(
      dates('Talks opened on Monday and the next day the delegations met.', '2024-03-06'),
    ).toEqual([
      ['on Monday', '2024-03-04', 'day', 'weekday-relative'],
      ['the next day', '2024-03-05', 'day', 'context'],
    ]);
    const [before] = findDates(
      'He left the day before last Tuesday.',
      { start: 0, end: 36 },
      '2024-03-06',
      '2024-01-01',
    );
    expect(before.basis).not.toBe('context');
  });
  it("hangs offsets side by side on their clause, and a sentence without a day on the story's", () => {
    const text =
      'The attack came a day after militants attacked a base in Turbat, and a week after militants stormed a complex in Gwadar.';
    const found = findDates(text, { start: 0, end: text.length }, '2024-03-27', '2024-03-26');
    expect(found.map((d) => [d.text, d.date])).toEqual([
      ['a day after', '2024-03-25'],
      ['a week after', '2024-03-19'],
    ]);
    // After a subject, a later day in the sentence is another event's, not the clause's.
    const later =
      'The incident came six days after Iran launched drones at Israel, in retaliation for a strike on its embassy on April 1.';
    const [six] = findDates(later, { start: 0, end: later.length }, '2024-04-19', '2024-04-19');
    expect([six.text, six.date]).toEqual(['six days after', '2024-04-13']);
  });
  it('reads explicit dates, abbreviated months included', () => {
    expect(dates('dated May 4, 2017, and dated Sept. 17, 2018', '2020-03-02')).toEqual([
      ['May 4, 2017', '2017-05-04', 'day', 'explicit'],
      ['Sept. 17, 2018', '2018-09-17', 'day', 'explicit'],
    ]);
  });
  /** [text, report date, resolved date, precision]: each row is the case it exists for. */
  const AROUND_THE_DATELINE: [string, string, string, string][] = [
    // A day and month without a year: the one nearest the dateline, either side.
    ['talks are due on March 9', '2020-03-02', '2020-03-09', 'day'],
    ['the December 28 attack', '2024-01-03', '2023-12-28', 'day'],
    ['since May 10', '2024-06-03', '2024-05-10', 'day'],
    // ... unless a past verb or "since" stands right before it.
    ['in the year ended March 31', '1989-10-31', '1989-03-31', 'day'],
    // A month without a year: the next one in a future clause, the last in a past one.
    ['the vote will be held in January', '1989-10-26', '1990-01-01', 'month'],
    ['In January, the company hired a new chief', '1989-10-27', '1989-01-01', 'month'],
    // Weekdays: the report's own weekday is its day; "last" is a week before; a possessive
    // names a day that has been, even in a future clause.
    ['the decision announced Wednesday', '2000-04-05', '2000-04-05', 'day'],
    ['as he said last Wednesday', '1989-11-01', '1989-10-25', 'day'],
    ['peace talks set to resume Monday', '1998-03-22', '1998-03-23', 'day'],
    ["they would appeal Wednesday's ruling", '2000-01-07', '2000-01-05', 'day'],
    // Spans counted back, as precise as their unit; years named from the report's.
    ['a year ago', '1989-10-26', '1988-01-01', 'year'],
    ['three days ago', '2024-05-08', '2024-05-05', 'day'],
    // "a week ago Friday": the Friday a week before the last one.
    ['the stock closed at $45 a week ago Friday', '1989-11-02', '1989-10-20', 'day'],
    ['two weeks ago on Monday', '1989-11-02', '1989-10-16', 'day'],
    ['the bombing happened a week ago today', '1998-02-18', '1998-02-11', 'day'],
    ['he will leave a week from Friday', '1998-02-18', '1998-02-27', 'day'],
    // A day before "of this month", "of next month": that day of the month.
    ['the talks open on the 15th of this month', '1998-02-18', '1998-02-15', 'day'],
    ['the deadline is the first of next month', '1998-02-18', '1998-03-01', 'day'],
    ['profits fell last year', '1989-10-26', '1988-01-01', 'year'],
    ['earlier this year', '1998-02-27', '1998-01-01', 'year'],
    ['in fiscal 1989', '1989-10-26', '1989-01-01', 'year'],
    // Times of day: with a weekday, that day; alone or overnight, the report's day.
    ['the truce went into effect Saturday at noon', '2024-03-04', '2024-03-02', 'day'],
    ['shelling began at midnight', '2024-03-04', '2024-03-04', 'day'],
    ['drones struck Kyiv overnight', '2024-03-04', '2024-03-04', 'day'],
    ['fighting resumed late on Sunday', '2024-03-04', '2024-03-03', 'day'],
    ['after capturing the airport Monday', '2024-03-05', '2024-03-04', 'day'],
    // "next" is ahead; "this" is the report's week; "this morning" is the report's day.
    ['talks resume next Monday', '1998-03-04', '1998-03-09', 'day'],
    ['the vote this Friday', '1998-03-04', '1998-03-06', 'day'],
    ['the strike this morning', '1998-03-04', '1998-03-04', 'day'],
    // Each end of a range is a date of its own.
    ['shares bought from Sept. 14 to Thursday', '1989-10-30', '1989-10-26', 'day'],
    ['shares bought from Sept. 14 to Thursday', '1989-10-30', '1989-09-14', 'day'],
    // "next to" is a place, not a future.
    ['the blasts next to the embassies on Friday', '1998-08-08', '1998-08-07', 'day'],
    // A part of the day before a date: chrono alone drops the date.
    ['shelling on the night of 14 March', '2024-03-20', '2024-03-14', 'day'],
  ];
  it.each(AROUND_THE_DATELINE)('reads "%s" against %s as %s (%s)', (text, ref, date, precision) => {
    const found = findDates(text, { start: 0, end: text.length }, ref);
    expect(found.map((d) => [d.date, d.precision])).toContainEqual([date, precision]);
  });
  it('resolves yesterday, last month and earlier this month with their precision', () => {
    expect(dates('yesterday the army', '2020-03-01')).toEqual([
      ['yesterday', '2020-02-29', 'day', 'relative'],
    ]);
    expect(dates('since last month', '2024-01-12')).toEqual([
      ['last month', '2023-12-01', 'month', 'relative'],
    ]);
    expect(dates('earlier this month', '2024-02-19')).toEqual([
      ['this month', '2024-02-01', 'month', 'relative'],
    ]);
    expect(dates('in December 2017', '2021-07-01')).toEqual([
      ['December 2017', '2017-12-01', 'month', 'explicit'],
    ]);
  });
  it('reads "last May", "next March", "this June" from the report\'s month', () => {
    expect(dates('since Russia captured Bakhmut last May.', '2024-02-18')).toEqual([
      ['last May', '2023-05-01', 'month', 'relative'],
    ]);
    expect(dates('the offensive of last February', '2024-02-18')).toEqual([
      ['last February', '2023-02-01', 'month', 'relative'],
    ]);
    expect(dates('elections due next March', '2024-02-18')).toEqual([
      ['next March', '2024-03-01', 'month', 'relative'],
    ]);
    expect(dates('elections due next January', '2024-02-18')).toEqual([
      ['next January', '2025-01-01', 'month', 'relative'],
    ]);
    expect(dates('talks this June', '2024-02-18')).toEqual([
      ['this June', '2024-06-01', 'month', 'relative'],
    ]);
  });
  it('reads a month or a day named with "last year", "this year" after it in that year', () => {
    expect(dates('imposed in August last year', '2024-09-03')).toEqual([
      ['August last year', '2023-08-01', 'month', 'relative'],
    ]);
    expect(dates('began in October of this year', '2024-12-03')).toEqual([
      ['October of this year', '2024-10-01', 'month', 'relative'],
    ]);
    expect(dates('signed on 12 August last year', '2024-09-03')).toEqual([
      ['on 12 August last year', '2023-08-12', 'day', 'relative'],
    ]);
  });
  it('reads a span of days as on or after its first day', () => {
    expect(dates('800 people were killed between 4 and 6 November', '2023-11-14')).toEqual([
      ['between 4 and 6 November', '2023-11-04', 'on-or-after', 'explicit'],
    ]);
    expect(dates('fighting raged between November 4 and 6 in the town', '2023-11-14')).toEqual([
      ['between November 4 and 6', '2023-11-04', 'on-or-after', 'explicit'],
    ]);
    // A count between two numbers is no span of days.
    expect(dates('between 3 and 5 people died on 6 November', '2023-11-14')).toEqual([
      ['on 6 November', '2023-11-06', 'day', 'explicit'],
    ]);
    expect(dates('talks ran from 12 to 14 May', '2024-05-15')).toEqual([
      ['12 to 14 May', '2024-05-12', 'on-or-after', 'explicit'],
    ]);
    // Each end written in full is a day of its own.
    expect(dates('talks ran from 12 May to 14 May', '2024-05-15')).toEqual([
      ['12 May', '2024-05-12', 'day', 'explicit'],
      ['14 May', '2024-05-14', 'day', 'explicit'],
    ]); // Between two whole dates, what was counted is on or after the first, not on the second.
    expect(
      dates(
        'Between the afternoon of 10 June and 11:00 on 12 June, 82 people were killed.',
        '2024-06-12',
      ),
    ).toEqual([
      [
        'Between the afternoon of 10 June and 11:00 on 12 June',
        '2024-06-10',
        'on-or-after',
        'explicit',
      ],
    ]);
    expect(dates('Between 10 June and 12 June, 82 people were killed.', '2024-06-12')).toEqual([
      ['Between 10 June and 12', '2024-06-10', 'on-or-after', 'explicit'],
    ]);
    // "between now and Feb. 10" is a time up to a day: the day stays.
    expect(dates('He stays between now and Feb. 10.', '2000-01-07').at(-1)).toEqual([
      'Feb. 10',
      '2000-02-10',
      'day',
      'explicit',
    ]);
  });
  it('reads a count after a day as a count, not a year', () => {
    expect(dates('On 19 June, 62 Palestinians were killed', '2024-06-20')).toEqual([
      ['On 19 June', '2024-06-19', 'day', 'explicit'],
    ]);
    expect(dates('Between the afternoons of 17 and 19 June, 62 were killed', '2024-06-20')).toEqual(
      [['Between the afternoons of 17 and 19 June', '2024-06-17', 'on-or-after', 'explicit']],
    );
  });
  it('reads a day-month in the year of a date opening its sentence, and only of one opening it', () => {
    expect(
      dates(
        'In January 2024, the commission said soldiers killed 45 people on 29 January.',
        '2025-01-15',
      ).map((d) => d[1]),
    ).toEqual(['2024-01-01', '2024-01-29']);
    expect(
      dates('States invited in July 1997 will join on March 12.', '1999-02-27').map((d) => d[1]),
    ).toEqual(['1997-07-01', '1999-03-12']);
  });
  it('reads a year before what happened in it as that year, and a count before people as none', () => {
    expect(dates('Five were signatories of the 2016 peace deal.', '2025-01-20')).toEqual([
      ['2016', '2016-01-01', 'year', 'explicit'],
    ]);
    expect(dates('Russia broke the 2015 Minsk agreement.', '2022-02-24')).toEqual([
      ['2015', '2015-01-01', 'year', 'explicit'],
    ]);
    expect(dates('The 2000 soldiers deployed there left.', '2022-02-24')).toEqual([]);
  });
  it("takes a time of day for the day its sentence names, else the story's, else the report's", () => {
    expect(dates('On 18 June, at about 11:00, forces struck', '2024-06-20')).toEqual([
      ['On 18 June', '2024-06-18', 'day', 'explicit'],
    ]);
    expect(dates('Strikes began at midnight', '2024-06-20')).toEqual([
      ['midnight', '2024-06-20', 'day', 'relative'],
    ]);
    const quake = 'The quake struck at 4:17 a.m. near Gaziantep.';
    expect(
      findDates(quake, { start: 0, end: quake.length }, '2023-02-07', '2023-02-06').map(
        (d) => d.date,
      ),
    ).toEqual(['2023-02-06']);
  });
  it('reads a part of a month as the month, and "on the 12th" as a day of the report\'s month', () => {
    expect(dates('rebels seized the town in early May', '2024-05-15')).toEqual([
      ['May', '2024-05-01', 'month', 'relative'],
    ]);
    expect(dates('shelling on the 12th killed five', '2024-05-15')).toEqual([
      ['the 12th', '2024-05-12', 'day', 'relative'],
    ]);
    // A day still to come this month is last month's.
    expect(dates('shelling on the 20th killed five', '2024-05-15')).toEqual([
      ['the 20th', '2024-04-20', 'day', 'relative'],
    ]);
    // In a future clause, the next such day: this month's, or next month's once it has passed.
    expect(dates('the vote will be held on the 20th', '2024-05-15')).toEqual([
      ['the 20th', '2024-05-20', 'day', 'relative'],
    ]);
    expect(dates('the vote will be held on the 2nd', '2024-05-15')).toEqual([
      ['the 2nd', '2024-06-02', 'day', 'relative'],
    ]);
    // An ordinal before a noun is no day.
    expect(dates('fighting on the 5th Brigade front, for the 3rd time', '2024-05-15')).toEqual([]);
  });
  it('reads "last" before a count as a verb of duration, no date', () => {
    expect(dates('the talks are expected to last a week', '2024-05-15')).toEqual([]);
    expect(dates('the siege may last two months', '2024-05-15')).toEqual([]);
    expect(dates('fighting eased last week', '2024-05-15').map((d) => d[0])).toEqual(['last week']);
  });
  it('reads "in the week", "in the month" as a stretch of the story, no date of its own', () => {
    expect(dates('shares fell 5% in the week ended Friday', '1989-11-02')).toEqual([
      ['Friday', '1989-10-27', 'day', 'weekday-relative'],
    ]);
    expect(dates('sales rose in the month', '1989-11-02')).toEqual([]);
  });
  it('reads a span of time as a day only in a future clause', () => {
    expect(dates('the town fell after 10 days of siege', '2024-05-15')).toEqual([]);
    expect(dates('the ceasefire collapsed within a week', '2024-05-15')).toEqual([]);
    expect(dates('In two weeks, elections will be held', '2024-05-15')).toEqual([
      ['In two weeks', '2024-05-29', 'day', 'relative'],
    ]);
  });
  it("finds a date by every weekday's and month's name, whole or shortened, and by figures alone", () => {
    const found = (text: string) => dates(text, '1998-03-04').length;
    for (const day of [
      'Monday',
      'Tuesday',
      'Wednesday',
      'Thursday',
      'Friday',
      'Saturday',
      'Sunday',
    ])
      expect(found(`Troops withdrew on ${day}.`), day).toBe(1);
    for (const month of [
      'January',
      'Jan.',
      'February',
      'Feb.',
      'March',
      'April',
      'May',
      'June',
      'July',
      'August',
      'Aug.',
      'September',
      'Sept.',
      'October',
      'Oct.',
      'November',
      'Nov.',
      'December',
      'Dec.',
    ])
      expect(found(`Troops withdrew on ${month} 2.`), month).toBe(1);
    for (const figures of ['on 3/2', 'in 1997', 'at 11:30', 'at 5 p.m.', 'on the 2nd'])
      expect(found(`Troops withdrew ${figures}.`), figures).toBe(1);
  });
  it('reads a fraction as no date', () => {
    expect(dates('the convoy drove 5 1/2 hours to the border', '1998-03-04')).toEqual([]);
    expect(dates('shelling destroyed 3/4 of the town', '1998-03-04')).toEqual([]);
    expect(dates('the vote on 3/8 was postponed', '1998-03-04').map((d) => d[1])).toEqual([
      '1998-03-08',
    ]);
  });
  it('reads a weekday opening the sentence in the tense of its clause, up to a reporting verb', () => {
    const day = (text: string) => dates(text, '1998-03-04').map((d) => d[1]);
    expect(day('By Thursday, aid should reach the camps.')).toEqual(['1998-03-05']);
    expect(day('On Tuesday, the rebels said they would attack.')).toEqual(['1998-03-03']);
    // Not opening it: the clause before the weekday decides.
    expect(day('In a statement Monday, the ministry said troops would pull back.')).toEqual([
      '1998-03-02',
    ]);
  });
  it('reads the later year of a span, a year closing a phrase after "for", and a year after an adjective', () => {
    const years = (t: string) => dates(t, '1998-02-27').map(([text, date]) => [text, date]);
    expect(years('He drove drunk twice from 1991 to 1997.')).toEqual([
      ['1991', '1991-01-01'],
      ['1997', '1997-01-01'],
    ]);
    expect(years('Growth has not met our expectations for 1989.')).toEqual([
      ['1989', '1989-01-01'],
    ]);
    expect(
      years('He lost his unsuccessful 1996 campaign; after the 1987 crash, they fled.'),
    ).toEqual([
      ['1996', '1996-01-01'],
      ['1987', '1987-01-01'],
    ]);
    expect(years('by the opening of the 2000 Olympics')).toEqual([['2000', '2000-01-01']]);
    expect(years('He paid for 2000 soldiers. The nine 2000 soldiers left.')).toEqual([]);
    expect(years('Sales rose from the year-earlier period in the current fiscal year.')).toEqual([
      ['year-earlier', '1997-01-01'],
      ['current fiscal year', '1998-01-01'],
    ]);
  });

  it('reads "that year" as the year of the date before it, else of the story\'s day, else none', () => {
    expect(
      dates(
        'Imports totaled $37 million in 1988, a small share of all imports that year.',
        '1989-11-02',
      ),
    ).toEqual([
      ['1988', '1988-01-01', 'year', 'explicit'],
      ['that year', '1988-01-01', 'year', 'context'],
    ]);
    const text = 'Prices fell sharply that year.';
    expect(
      findDates(text, { start: 0, end: text.length }, '1989-11-02', '1987-10-19').map(
        (d) => d.date,
      ),
    ).toEqual(['1987-01-01']);
    expect(dates(text, '1989-11-02')).toEqual([]);
  });

  it('reads a year said aloud, with the month or day before it, and a count as none', () => {
    const said = (t: string) => dates(t, '1998-02-27').map(([text, date]) => [text, date]);
    expect(said('The law passed in nineteen ninety-six.')).toEqual([
      ['nineteen ninety-six', '1996-01-01'],
    ]);
    expect(said('In January nineteen ninety-seven, he left.')).toEqual([
      ['January nineteen ninety-seven', '1997-01-01'],
    ]);
    expect(said('It ended on March fifth, nineteen ninety-one.')).toEqual([
      ['March fifth, nineteen ninety-one', '1991-03-05'],
    ]);
    expect(said('By the year two thousand, prices rose; in twenty twenty-two too.')).toEqual([
      ['two thousand', '2000-01-01'],
      ['twenty twenty-two', '2022-01-01'],
    ]);
    expect(said('He was born in nineteen oh five.')).toEqual([['nineteen oh five', '1905-01-01']]);
    expect(said('Nineteen ninety-six people died.')).toEqual([]);
    expect(said('Some two thousand troops and twenty thirty-year-olds.')).toEqual([]);
  });

  it('reads a year labelling a line of a timeline as that year', () => {
    expect(dates("1988 – Karabakh's legislature votes to join Armenia.", '2023-10-20')).toEqual([
      ['1988', '1988-01-01', 'year', 'explicit'],
    ]);
    expect(dates('The 1988 vote – and what followed.', '2023-10-20')).not.toContainEqual([
      '1988',
      '1988-01-01',
      'year',
      'explicit',
    ]);
  });
  it('reads a span up to the report and a duration as no day', () => {
    expect(dates('jets struck 350 targets in the past 48 hours', '2024-05-15')).toEqual([]);
    expect(dates('fighting has raged for the last three weeks', '2024-05-15')).toEqual([]);
    expect(dates('occupying the town for two days before withdrawing', '2024-05-15')).toEqual([]);
    expect(dates('Aftershocks continued for several weeks.', '2024-05-15')).toEqual([]);
  });
  it('reads "five months after the siege began" as no day: it counts from what the clause names', () => {
    expect(dates('A year after the vote, protests began.', '2024-05-15')).toEqual([]);
    expect(
      dates(
        'Operations ended on 23 October 2017, five months after the siege began.',
        '2023-11-20',
      ),
    ).toEqual([['on 23 October 2017', '2017-10-23', 'day', 'explicit']]);
  });
  it("reads a day-month far from the report in the year of the story's day, when the story is far too", () => {
    const at = (sentence: string, story: string) =>
      findDates(sentence, { start: 0, end: sentence.length }, '2023-11-20', story)[0]?.date;
    // An encyclopedia's battle of 2017, in an article written in 2023.
    expect(at('On the evening of 23 May, martial law was declared.', '2017-05-23')).toBe(
      '2017-05-23',
    );
    // A day-month near the report's day is the report's, whatever the story told before it.
    expect(at('On 16 November, police arrested two.', '2017-05-23')).toBe('2023-11-16');
    // In the past: not a day after the report ("by 1 March", in a text of 15 January).
    const story = (sentence: string) =>
      findDates(sentence, { start: 0, end: sentence.length }, '2025-01-15', '2022-05-20')[0]?.date;
    expect(story('Russian forces encircled the city by 1 March.')).toBe('2022-03-01');
    expect(story('On 9 March, a Russian airstrike hit a maternity hospital.')).toBe('2022-03-09');
    // A date with its year earlier in the sentence is the story's day too.
    expect(
      dates('The siege began on 24 February 2022 and lasted until 20 May.', '2025-01-15').map(
        (d) => d[1],
      ),
    ).toEqual(['2022-02-24', '2022-05-20']);
    // A story near the report's day keeps the report's year.
    expect(at('On the evening of 23 May, martial law was declared.', '2023-10-02')).toBe(
      '2023-05-23',
    );
  });
  it('counts "a week later" and "two days earlier" from the story\'s day, not the report\'s', () => {
    const [later] = findDates(
      'A week later, the town fell.',
      { start: 0, end: 28 },
      '2024-05-15',
      '2024-04-01',
    );
    expect(later).toMatchObject({ text: 'A week later', date: '2024-04-08', basis: 'context' });
    expect(dates('Two days earlier, rebels attacked.', '2024-05-15')).toEqual([]);
    // "The following Monday": the Monday after the story's day (Monday 1 April 2024).
    const at = (sentence: string) =>
      findDates(sentence, { start: 0, end: sentence.length }, '2024-05-15', '2024-04-01')[0]?.date;
    expect(at('The following Monday, the town fell.')).toBe('2024-04-08');
    expect(at('The previous Sunday, rebels attacked.')).toBe('2024-03-31');
  });
  it('reads 29 February without a year in the leap year its clause means, in a report dated in another', () => {
    expect(dates('The attack on 29 February killed five.', '2025-03-10')).toEqual([
      ['29 February', '2024-02-29', 'day', 'explicit'],
    ]);
    expect(dates('Talks will resume on Feb. 29.', '2025-03-10')).toEqual([
      ['Feb. 29', '2028-02-29', 'day', 'explicit'],
    ]);
    expect(dates('Rebels took the town on 29 February.', '2024-12-01').map((d) => d[1])).toEqual([
      '2024-02-29',
    ]);
    // With its year, chrono reads it as any date.
    expect(
      dates('On 29 February 2020, the deal was signed.', '2025-03-10').map((d) => d[1]),
    ).toEqual(['2020-02-29']);
  });
  it('reads a dotted date day first, two days joined by "and" or "/" from the first, and "overnight into Tuesday" as Tuesday', () => {
    expect(dates('On 10.06.2024, drones struck Odesa.', '2024-06-12')).toEqual([
      ['10.06.2024', '2024-06-10', 'day', 'explicit'],
    ]);
    expect(dates('On 8 and 9 June, drones struck Odesa.', '2024-06-12')).toEqual([
      ['8 and 9 June', '2024-06-08', 'on-or-after', 'explicit'],
    ]);
    expect(dates('On the night of 5/6 June, drones struck Odesa.', '2024-06-12')).toEqual([
      ['5/6 June', '2024-06-05', 'day', 'explicit'],
    ]);
    expect(
      dates('Overnight into Tuesday, drones struck Odesa.', '2024-06-12').map((d) => d[1]),
    ).toEqual(['2024-06-11']);
    expect(
      dates('drones were shot down overnight on November 19 to 20', '2024-11-21').map((d) => d[1]),
    ).toEqual(['2024-11-19']);
  });
  it('reads the night of two days as the first', () => {
    expect(dates('rebels attacked on the night of 12 to 13 May', '2024-05-15')).toEqual([
      ['12 to 13 May', '2024-05-12', 'day', 'explicit'],
    ]);
  });
  it('reads a weekend from its Saturday: the one just had, the next in a future clause', () => {
    // 2023-11-14 is a Tuesday; 2023-11-11 the Saturday before it.
    expect(dates('fighting continued over the weekend', '2023-11-14')).toEqual([
      ['the weekend', '2023-11-11', 'on-or-after', 'relative'],
    ]);
    expect(dates('talks will resume this weekend', '2023-11-14')).toEqual([
      ['this weekend', '2023-11-18', 'on-or-after', 'relative'],
    ]);
    // On a Sunday, "this weekend" is the one the report is in.
    expect(dates('protests spread this weekend', '2023-11-12')).toEqual([
      ['this weekend', '2023-11-11', 'on-or-after', 'relative'],
    ]);
    expect(dates('as happened last weekend', '2023-11-14')).toEqual([
      ['last weekend', '2023-11-11', 'on-or-after', 'relative'],
    ]);
  });
  it('leaves relative dates unresolved without a dateline, and keeps explicit ones', () => {
    expect(dates('on Thursday and on May 4, 2017', null)).toEqual([
      ['May 4, 2017', '2017-05-04', 'day', 'explicit'],
    ]);
  });
});
