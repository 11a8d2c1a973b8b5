import { describe, expect, it } from 'vitest';
import { histogramOf } from '../state/histogram';
import {
  dataDays,
  firstDay,
  foldHistogram,
  itemCount,
  mainPeriod,
  playbackNext,
  playbackStart,
} from './timeline-view';

const day = (iso: string) => Math.floor(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);
const on = (iso: string) => ({ interval: [day(iso), day(iso)] as [number, number] });

describe('timeline view', () => {
  // The first report's pattern: a treaty of 2017 and 2018, the rest in a week of 2020.
  const items = [
    on('2017-07-13'),
    on('2018-09-17'),
    ...Array.from({ length: 18 }, (_, k) => on(`2020-02-${String(27 + (k % 3)).padStart(2, '0')}`)),
  ];
  const hist = histogramOf(items);

  it('finds the main period and folds the years before it into one count', () => {
    const main = mainPeriod(hist);
    expect(main.from).toBe(day('2020-02-27') - 10);
    expect(main.to).toBe(day('2020-02-29'));
    const folded = foldHistogram(hist, main);
    expect(folded.earlier).toBe(2);
    expect(folded.later).toBe(0);
    expect(folded.exact.reduce((a, b) => a + b, 0)).toBe(18);
    expect(folded.peak).toBe(6);
    expect(firstDay(folded)).toBe(day('2020-02-27'));
  });

  it('keeps the whole data when items are spread evenly', () => {
    const even = histogramOf(Array.from({ length: 24 }, (_, k) => on(`${2000 + k}-06-01`)));
    expect(mainPeriod(even)).toEqual(dataDays(even));
    expect(foldHistogram(even, dataDays(even)).earlier).toBe(0);
  });

  it('counts shares of range-dated items on both sides of a zoomed axis', () => {
    const march = { interval: [day('2020-03-01'), day('2020-03-31')] as [number, number] };
    const h = histogramOf([march, on('2020-03-15')]);
    const f = foldHistogram(h, { from: day('2020-03-11'), to: day('2020-03-20') });
    expect(f.earlier).toBeCloseTo(9 / 31);
    expect(f.later).toBeCloseTo(10 / 31);
    expect(itemCount(f.earlier)).toBe('about 0 items');
    expect(itemCount(2)).toBe('2 items');
    expect(itemCount(1)).toBe('1 item');
    expect(itemCount(1.5)).toBe('about 2 items');
  });

  it('plays a window forward in steps of an eighth of its length until the axis ends', () => {
    const axis = { from: 100, to: 130 };
    const start = playbackStart(null, axis);
    expect(start).toEqual({ from: 100, to: 106 });
    const seen = [start];
    for (let w = playbackNext(start, axis); w; w = playbackNext(w, axis)) seen.push(w);
    expect(seen.at(-1)).toEqual({ from: 124, to: 130 });
    expect(seen.every((w) => w.to - w.from === 6)).toBe(true);
    // A window already at the end starts again from the axis's start.
    expect(playbackStart({ from: 120, to: 130 }, axis)).toEqual({ from: 100, to: 106 });
    expect(playbackStart({ from: 110, to: 125 }, axis)).toEqual({ from: 110, to: 125 });
    // From the first dated day, not an empty start of the axis.
    expect(playbackStart(null, axis, 120)).toEqual({ from: 120, to: 126 });
    expect(playbackStart(null, axis, 128)).toEqual({ from: 128, to: 130 });
    expect(playbackNext({ from: 0, to: 79 }, { from: 0, to: 85 })).toEqual({ from: 6, to: 85 });
  });
});
