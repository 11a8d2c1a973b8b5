import { describe, expect, it } from 'vitest';
import { findDates } from '../dates';
import { HOLIDAYS } from './holidays';

describe('named days (one row each)', () => {
  it.each(HOLIDAYS.map((h) => [h.names, h.example]))('%s', (_names, example) => {
    const found = findDates(example.text, { start: 0, end: example.text.length }, example.dateline);
    const day = found.find((d) => d.precision === 'day');
    expect(day?.date, example.text).toBe(example.date);
  });

  it('reads "last", "next" and a season that is no day', () => {
    const at = (text: string, dateline: string) =>
      findDates(text, { start: 0, end: text.length }, dateline).map((d) => d.date);
    expect(at('Prices rose before Christmas Day.', '2023-06-01')).toEqual(['2022-12-25']);
    expect(at('The attack was on Christmas Day.', '2024-01-05')).toEqual(['2023-12-25']);
    expect(at('They met next Thanksgiving.', '2023-11-23')).toEqual(['2024-11-28']);
    expect(at('Shops were busy over the Thanksgiving weekend.', '2023-11-28')).toEqual([]);
    expect(at('Ships docked at Christmas Island.', '2023-11-28')).toEqual([]);
  });

  it('finds both Eids of a year that has two', () => {
    const fitr = HOLIDAYS.find((h) => h.names.startsWith('Eid al-Fitr'));
    expect(fitr?.on(2000).map((d) => d.toISOString().slice(0, 10))).toEqual([
      '2000-01-08',
      '2000-12-27',
    ]);
  });
});
