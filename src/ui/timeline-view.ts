import { type Histogram, PAD_DAYS } from '../state/histogram';
import type { TimeWindow } from '../state/view-filter';

/**
 * What the timeline draws: the histogram over an axis of days, with what lies before and after
 * the axis folded into two counts. Items are dated by their own intervals; an item known only
 * to a range counts its share of each day, so the folded counts may be fractional.
 */

/** Share of the dated items the reports' main period holds at least. */
const MAIN_SHARE = 0.8;
/** The main period is widened by its own length each side, and by at least this many days. */
const MIN_MARGIN_DAYS = 10;

/** First and last day of the histogram's data, without its padding. */
export function dataDays(hist: Histogram): TimeWindow {
  return { from: hist.min + PAD_DAYS, to: Math.max(hist.min + PAD_DAYS, hist.max - PAD_DAYS) };
}

/**
 * The reports' main period: the shortest run of days holding {@link MAIN_SHARE} of the dated
 * items, widened by its length each side (at least {@link MIN_MARGIN_DAYS}) and kept within the
 * data. A treaty of years before then no longer squeezes every report into the last pixels;
 * with items spread evenly it is the whole data.
 */
export function mainPeriod(hist: Histogram): TimeWindow {
  const all = dataDays(hist);
  const n = hist.exact.length;
  let total = 0;
  for (let i = 0; i < n; i++) total += hist.exact[i] + hist.spread[i];
  if (total === 0) return all;
  const need = total * MAIN_SHARE - 1e-9;
  let best: [number, number] = [0, n - 1];
  let sum = 0;
  let lo = 0;
  for (let hi = 0; hi < n; hi++) {
    sum += hist.exact[hi] + hist.spread[hi];
    while (lo < hi && sum - (hist.exact[lo] + hist.spread[lo]) >= need) {
      sum -= hist.exact[lo] + hist.spread[lo];
      lo++;
    }
    if (sum >= need && hi - lo < best[1] - best[0]) best = [lo, hi];
  }
  const margin = Math.max(MIN_MARGIN_DAYS, best[1] - best[0] + 1);
  return {
    from: Math.max(all.from, hist.min + best[0] - margin),
    to: Math.min(all.to, hist.min + best[1] + margin),
  };
}

export interface FoldedHistogram {
  /** First and last day drawn, padded by {@link PAD_DAYS}. */
  min: number;
  max: number;
  exact: Float64Array;
  spread: Float64Array;
  peak: number;
  /** Items (or shares of items) dated before and after the axis. */
  earlier: number;
  later: number;
}

/** The histogram over `axis` (padded), with the rest folded into earlier and later counts. */
export function foldHistogram(hist: Histogram, axis: TimeWindow): FoldedHistogram {
  const min = axis.from - PAD_DAYS;
  const max = axis.to + PAD_DAYS;
  const exact = new Float64Array(max - min + 1);
  const spread = new Float64Array(max - min + 1);
  let earlier = 0;
  let later = 0;
  let peak = 1;
  for (let i = 0; i < hist.exact.length; i++) {
    const day = hist.min + i;
    const v = hist.exact[i] + hist.spread[i];
    if (day < min) earlier += v;
    else if (day > max) later += v;
    else {
      exact[day - min] = hist.exact[i];
      spread[day - min] = hist.spread[i];
      peak = Math.max(peak, v);
    }
  }
  return { min, max, exact, spread, peak, earlier, later };
}

/** A count of items as words: whole counts as they are, shares rounded ("about 2"). */
export function itemCount(n: number): string {
  const whole = Math.round(n);
  const about = Math.abs(n - whole) > 0.05 ? 'about ' : '';
  return `${about}${whole} ${whole === 1 ? 'item' : 'items'}`;
}

/** How far playback moves the window at each step: an eighth of its length, at least a day. */
export function playbackStep(window: TimeWindow): number {
  return Math.max(1, Math.round((window.to - window.from + 1) / 8));
}

/** The first day on the axis with anything dated on it, or null. */
export function firstDay(shown: FoldedHistogram): number | null {
  for (let i = 0; i < shown.exact.length; i++)
    if (shown.exact[i] + shown.spread[i] > 1e-9) return shown.min + i;
  return null;
}

/**
 * The window playback starts from: the current one, or a week (or less) from the first
 * dated day on the axis (`first`, else the axis's start).
 */
export function playbackStart(
  window: TimeWindow | null,
  axis: TimeWindow,
  first: number | null = null,
): TimeWindow {
  if (window && window.to < axis.to) return window;
  const from = Math.max(axis.from, Math.min(axis.to, first ?? axis.from));
  const length = Math.min(7, axis.to - from + 1);
  return { from, to: from + length - 1 };
}

/** The next window of playback, or null once the window has reached the axis's end. */
export function playbackNext(window: TimeWindow, axis: TimeWindow): TimeWindow | null {
  if (window.to >= axis.to) return null;
  const step = Math.min(playbackStep(window), axis.to - window.to);
  return { from: window.from + step, to: window.to + step };
}
