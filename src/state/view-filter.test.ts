import { describe, expect, it } from 'vitest';
import { searchParts } from './domain';
import {
  dayNumber,
  isShown,
  isoOfDay,
  itemInterval,
  matchSpans,
  NO_FILTER,
  normalizeQuery,
} from './view-filter';

const props = (date: string | null, datePrecision: string) =>
  ({ date, datePrecision }) as Parameters<typeof itemInterval>[0];

describe('itemInterval', () => {
  it('turns a date and its precision into the days it may be', () => {
    const span = (d: string | null, p: string) => itemInterval(props(d, p))?.map(isoOfDay);
    expect(span('2020-02-27', 'day')).toEqual(['2020-02-27', '2020-02-27']);
    expect(span('2020-02-01', 'month')).toEqual(['2020-02-01', '2020-02-29']);
    expect(span('2017-01-01', 'year')).toEqual(['2017-01-01', '2017-12-31']);
    expect(span('2020-03-02', 'on-or-before')).toEqual(['2020-02-25', '2020-03-02']);
    expect(span('2020-02-28', 'on-or-after')).toEqual(['2020-02-28', '2020-03-05']);
    expect(span(null, 'unknown')).toBeUndefined();
  });
});

describe('isShown', () => {
  const item = {
    actorIds: ['turkey'],
    typeKey: 'type:FIGHT',
    confidenceKey: 'confidence:medium',
    interval: [dayNumber('2020-02-27'), dayNumber('2020-02-28')] as [number, number],
    search: 'strikes in idlib',
  };
  const undated = { ...item, interval: null };
  it('applies actors, window (overlap), undated items and search together', () => {
    expect(isShown(item, NO_FILTER)).toBe(true);
    expect(isShown(item, { ...NO_FILTER, hidden: new Set(['turkey']) })).toBe(false);
    // An event type is switched off as an actor is.
    expect(isShown(item, { ...NO_FILTER, hidden: new Set(['type:FIGHT']) })).toBe(false);
    expect(isShown(item, { ...NO_FILTER, hidden: new Set(['type:SAID']) })).toBe(true);
    // And a level of confidence.
    expect(isShown(item, { ...NO_FILTER, hidden: new Set(['confidence:medium']) })).toBe(false);
    expect(isShown(item, { ...NO_FILTER, hidden: new Set(['confidence:low']) })).toBe(true);
    const w = (from: string, to: string) => ({
      ...NO_FILTER,
      window: { from: dayNumber(from), to: dayNumber(to) },
    });
    expect(isShown(item, w('2020-02-28', '2020-03-01'))).toBe(true);
    expect(isShown(item, w('2020-02-29', '2020-03-01'))).toBe(false);
    expect(isShown(undated, w('2020-02-29', '2020-03-01'))).toBe(true);
    expect(isShown(undated, { ...w('2020-02-29', '2020-03-01'), includeUndated: false })).toBe(
      false,
    );
    expect(isShown(item, { ...NO_FILTER, query: 'idlib' })).toBe(true);
    expect(isShown(item, { ...NO_FILTER, query: 'saraqib' })).toBe(false);
  });
});

describe('matchSpans', () => {
  it('finds every case-insensitive match', () => {
    expect(matchSpans('Idlib and IDLIB', 'idlib')).toEqual([
      [0, 5],
      [10, 15],
    ]);
    expect(matchSpans('anything', '')).toEqual([]);
  });
});

describe('search and invisible characters', () => {
  it('finds a word written with a right-to-left override or a word joiner inside', () => {
    expect(normalizeQuery(' Mos\u202Ecow ')).toBe('moscow');
    expect(searchParts(['Talks in Mos\u2060cow'])).toContain(' talks in moscow ');
  });
});
