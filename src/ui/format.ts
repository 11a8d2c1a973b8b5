import type { DatePrecision, ItemProps } from '../model/situation';

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });

const countryNames = new Map<string, string>();

/** Country name for an ISO 3166 alpha-2 code, or the code when unknown (looked up once per code). */
export function countryName(code: string): string {
  let name = countryNames.get(code);
  if (name === undefined) {
    try {
      name = regionNames.of(code.toUpperCase()) ?? code;
    } catch {
      name = code;
    }
    countryNames.set(code, name);
  }
  return name;
}

const PRECISION_PREFIX: Partial<Record<DatePrecision, string>> = {
  'on-or-before': 'by ',
  'on-or-after': 'from ',
};

/** A date as an analyst reads it: `2020-02-27`, `by 2020-03-02`, `undated`. */
export function formatItemDate(item: ItemProps): string {
  if (!item.date) return 'undated';
  const precision = item.datePrecision ?? 'day';
  if (precision === 'month') return item.date.slice(0, 7);
  if (precision === 'year') return item.date.slice(0, 4);
  return `${PRECISION_PREFIX[precision] ?? ''}${item.date}`;
}
