import { describe, expect, it } from 'vitest';
import { findDates } from '../dates';
import { splitSentences } from '../text';
import { EVENT_ANCHORS, eventNamedAgain } from './event-anchors';

/** Every date of a story read sentence by sentence, as the ingest reads a report. */
function storyDates(text: string, dateline: string) {
  const eventDays = new Map<string, string>();
  let storyDay: string | null = null;
  return splitSentences(text).flatMap((s) => {
    const dates = findDates(text, s, dateline, storyDay, eventDays);
    for (const d of dates) if (d.precision === 'day') storyDay = d.date;
    return dates;
  });
}

describe('events counted from (one row each)', () => {
  it.each(EVENT_ANCHORS.map((a) => [a.kind, a.example]))('%s', (_kind, example) => {
    const found = storyDates(example.text, example.dateline).find((d) => d.text === example.phrase);
    expect(found?.date, example.text).toBe(example.date);
  });

  it('lists each noun once', () => {
    const nouns = EVENT_ANCHORS.flatMap((a) => a.nouns);
    expect(new Set(nouns).size).toBe(nouns.length);
  });

  it('names an event again only with a definite word', () => {
    expect(eventNamedAgain(' the stock market plunge, he sold')).toBe('fall');
    expect(eventNamedAgain(" Sunday's vote")).toBe('vote');
    expect(eventNamedAgain(' a Hamas attack')).toBeNull();
    expect(eventNamedAgain(' the town')).toBeNull();
  });

  it('gives no day when the event was never dated, and none for a stretch of days', () => {
    expect(storyDates('He left the day before the stock market plunge.', '1989-10-30')).toEqual([]);
    expect(
      storyDates(
        'Investigators think he buried the rifle in the days before the shooting.',
        '1999-05-05',
      ),
    ).toEqual([]);
    expect(
      storyDates('His car was seen there in the weeks before the shooting.', '1999-05-06'),
    ).toEqual([]);
  });

  it("keeps an indefinite event on its own clause's day", () => {
    const found = storyDates(
      'Israeli jets struck Gaza on Monday, three days after a Hamas rocket attack.',
      '2024-03-06',
    ).map((d) => [d.text, d.date]);
    expect(found).toEqual([
      ['on Monday', '2024-03-04'],
      ['three days after', '2024-03-01'],
    ]);
  });
});

describe('a definite event the story has not dated', () => {
  const dates = (text: string) =>
    storyDates(text, '1989-10-30').map((d) => [d.text, d.date] as const);

  it('dates its clause by the day the sentence names, and records the event for later', () => {
    expect(
      dates('Oct. 12, the day before the plunge, he sold. The day after the plunge, he bought.'),
    ).toEqual([
      ['Oct. 12', '1989-10-12'],
      ['the day before', '1989-10-12'],
      ['The day after', '1989-10-14'],
    ]);
    expect(dates('The day before the meeting, on Friday, drones struck.')).toEqual([
      ['The day before', '1989-10-27'],
      ['on Friday', '1989-10-27'],
    ]);
  });

  it('gives no day when the sentence names none', () => {
    expect(dates('Three days after the vote, the party split.')).toEqual([]);
  });
});
