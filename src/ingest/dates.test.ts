import { describe, expect, it } from 'vitest';
import { findDates } from './dates';

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
      ['Friday,', '2020-02-28', 'day', 'weekday-relative'],
    ]);
    expect(dates('said on Monday', '2020-03-02')).toEqual([
      ['on Monday', '2020-03-02', 'day', 'weekday-relative'],
    ]);
  });
  it('reads explicit dates, abbreviated months included', () => {
    expect(dates('dated May 4, 2017, and dated Sept. 17, 2018', '2020-03-02')).toEqual([
      ['May 4, 2017', '2017-05-04', 'day', 'explicit'],
      ['Sept. 17, 2018', '2018-09-17', 'day', 'explicit'],
    ]);
  });
  it('puts a day without a year in the past, not the future', () => {
    expect(dates('the May 10 agreement', '2020-03-02')[0]?.[1]).toBe('2019-05-10');
    expect(dates('since May 10', '2024-06-03')[0]?.[1]).toBe('2024-05-10');
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
  it('leaves relative dates unresolved without a dateline, and keeps explicit ones', () => {
    expect(dates('on Thursday and on May 4, 2017', null)).toEqual([
      ['May 4, 2017', '2017-05-04', 'day', 'explicit'],
    ]);
  });
});
