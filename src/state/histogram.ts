/** Days shown either side of the data so the first and last bars are not on the edge. */
export const PAD_DAYS = 1;

/** Items per day, for the timeline. */
export interface Histogram {
  /** First and last day drawn (day numbers), padded by {@link PAD_DAYS}. */
  min: number;
  max: number;
  /** Per day from `min`: items dated exactly that day. */
  exact: Float64Array;
  /** Per day from `min`: items known only to a range, each spread evenly over its days. */
  spread: Float64Array;
  /** Highest day total, at least 1. */
  peak: number;
  /** Items without a date. */
  undated: number;
  /** Every item counted, dated or not. */
  total: number;
}

/** A histogram with no days: nothing dated. */
export function emptyHistogram(undated: number, total: number): Histogram {
  return {
    min: 0,
    max: 0,
    exact: new Float64Array(0),
    spread: new Float64Array(0),
    peak: 1,
    undated,
    total,
  };
}

/**
 * Counts items per day from their date intervals: `t0[i]..t1[i]` for the items `i` in
 * `indices` whose `dated[i]` is set, over `range` (first and last day, which must hold every
 * interval) or else over the days the items cover.
 */
export function makeHistogram(
  indices: ArrayLike<number>,
  dated: ArrayLike<number>,
  t0: ArrayLike<number>,
  t1: ArrayLike<number>,
  range: [number, number] | null = null,
): Histogram {
  let min = range ? range[0] : Number.POSITIVE_INFINITY;
  let max = range ? range[1] : Number.NEGATIVE_INFINITY;
  let undated = 0;
  for (let k = 0; k < indices.length; k++) {
    const i = indices[k];
    if (!dated[i]) {
      undated++;
      continue;
    }
    if (range) continue;
    if (t0[i] < min) min = t0[i];
    if (t1[i] > max) max = t1[i];
  }
  const total = indices.length;
  if (!Number.isFinite(min)) return emptyHistogram(undated, total);
  min -= PAD_DAYS;
  max += PAD_DAYS;
  const n = max - min + 1;
  const exact = new Float64Array(n);
  const spread = new Float64Array(n);
  for (let k = 0; k < indices.length; k++) {
    const i = indices[k];
    if (!dated[i]) continue;
    const a = t0[i];
    const b = t1[i];
    if (a === b) exact[a - min] += 1;
    else for (let d = a; d <= b; d++) spread[d - min] += 1 / (b - a + 1);
  }
  let peak = 1;
  for (let d = 0; d < n; d++) peak = Math.max(peak, exact[d] + spread[d]);
  return { min, max, exact, spread, peak, undated, total };
}

/** The histogram of items with `interval`s (null when undated); see {@link makeHistogram}. */
export function histogramOf(
  items: { interval: [number, number] | null }[],
  range: [number, number] | null = null,
): Histogram {
  const dated = items.map((it) => (it.interval ? 1 : 0));
  return makeHistogram(
    items.map((_, i) => i),
    dated,
    items.map((it) => it.interval?.[0] ?? 0),
    items.map((it) => it.interval?.[1] ?? 0),
    range,
  );
}
