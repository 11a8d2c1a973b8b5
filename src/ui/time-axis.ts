/** Ticks of a date axis over days [min, max] (day numbers since 1970-01-01). */
export interface Tick {
  day: number;
  label: string;
}

const MONTHS = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');
const DAY_MS = 86_400_000;
const dateOf = (day: number) => new Date(day * DAY_MS);

/**
 * Readable ticks for a span of days, at most about `most` of them: days, weeks (Mondays),
 * months or years, whichever first fits. Each label says as much as its step needs
 * ("27 Feb", "Mar 2020", "2020"); the first month of a year carries the year.
 */
export function timeTicks(min: number, max: number, most = 8): Tick[] {
  const span = max - min + 1;
  const out: Tick[] = [];
  if (span <= most) {
    for (let d = min; d <= max; d++) {
      const t = dateOf(d);
      out.push({ day: d, label: `${t.getUTCDate()} ${MONTHS[t.getUTCMonth()]}` });
    }
    return out;
  }
  for (const weeks of [1, 2]) {
    if (span / (7 * weeks) > most) continue;
    // The first Monday on or after min (1970-01-01 was a Thursday: day 4 was a Monday).
    let d = min + ((((4 - min) % 7) + 7) % 7);
    for (; d <= max; d += 7 * weeks) {
      const t = dateOf(d);
      out.push({ day: d, label: `${t.getUTCDate()} ${MONTHS[t.getUTCMonth()]}` });
    }
    return out;
  }
  for (const months of [1, 2, 3, 6]) {
    if (span / (30.4 * months) > most) continue;
    const first = dateOf(min);
    let y = first.getUTCFullYear();
    let m = first.getUTCMonth() + 1;
    for (;;) {
      if (m > 11) {
        y += Math.floor(m / 12);
        m %= 12;
      }
      const d = Date.UTC(y, m, 1) / DAY_MS;
      if (d > max) break;
      if (m % months === 0) out.push({ day: d, label: m === 0 ? String(y) : `${MONTHS[m]} ${y}` });
      m++;
    }
    return out;
  }
  const y0 = dateOf(min).getUTCFullYear() + 1;
  const y1 = dateOf(max).getUTCFullYear();
  const step = Math.max(1, Math.ceil((y1 - y0 + 1) / most));
  for (let y = y0; y <= y1; y += step)
    out.push({ day: Date.UTC(y, 0, 1) / DAY_MS, label: String(y) });
  return out;
}
