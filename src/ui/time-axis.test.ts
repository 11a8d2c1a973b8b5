import { describe, expect, it } from 'vitest';
import { dayNumber } from '../state/view-filter';
import { timeTicks } from './time-axis';

const labels = (from: string, to: string) =>
  timeTicks(dayNumber(from), dayNumber(to)).map((t) => t.label);

describe('timeTicks', () => {
  it('picks days, Mondays, months or years, whichever fits', () => {
    expect(labels('2020-02-27', '2020-03-01')).toEqual(['27 Feb', '28 Feb', '29 Feb', '1 Mar']);
    expect(labels('2020-02-20', '2020-03-20')).toEqual(['24 Feb', '2 Mar', '9 Mar', '16 Mar']);
    expect(labels('2019-11-15', '2020-04-15')).toEqual([
      'Dec 2019',
      '2020',
      'Feb 2020',
      'Mar 2020',
      'Apr 2020',
    ]);
    expect(labels('2005-06-01', '2020-03-01')).toEqual([
      '2006',
      '2008',
      '2010',
      '2012',
      '2014',
      '2016',
      '2018',
      '2020',
    ]);
  });
  it('never gives more than about eight ticks', () => {
    for (const [a, b] of [
      ['2020-01-01', '2020-01-09'],
      ['2020-01-01', '2020-04-30'],
      ['2010-01-01', '2011-12-31'],
      ['1990-01-01', '2024-12-31'],
    ])
      expect(labels(a, b).length).toBeLessThanOrEqual(9);
  });
});
