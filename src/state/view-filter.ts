import { withoutInvisible } from '../model/invisible';
import type { ItemProps } from '../model/situation';

/** Milliseconds in a day. */
const DAY_MS = 86_400_000;
/** How far an "on or before" / "on or after" date is spread when drawn as an interval, in days. */
export const OPEN_INTERVAL_DAYS = 6;

/** A closed range of days, as day numbers (days since 1970-01-01, UTC). */
export interface TimeWindow {
  from: number;
  to: number;
}

/** Everything that decides which events and statements are shown. */
export interface ViewFilter {
  /** Actors switched off: their items are hidden. */
  hidden: ReadonlySet<string>;
  /** Only items whose date interval meets this window; null for all time. */
  window: TimeWindow | null;
  /** Whether undated items stay visible while a time window is set. */
  includeUndated: boolean;
  /** Lower-case search text; empty for none. */
  query: string;
}

export const NO_FILTER: ViewFilter = {
  hidden: new Set(),
  window: null,
  includeUndated: true,
  query: '',
};

export function dayNumber(iso: string): number {
  return Math.floor(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
}

export function isoOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/**
 * The days an item may have happened on, from its date and precision: a day is itself, a
 * month or a year all its days, "on or before" the week up to the date. Null when undated.
 */
export function itemInterval(p: ItemProps): [number, number] | null {
  if (!p.date) return null;
  const d = dayNumber(p.date);
  if (Number.isNaN(d)) return null;
  switch (p.datePrecision) {
    case 'month': {
      const [y, m] = p.date.split('-').map(Number);
      return [dayNumber(`${p.date.slice(0, 7)}-01`), Math.floor(Date.UTC(y, m, 0) / DAY_MS)];
    }
    case 'year':
      return [dayNumber(`${p.date.slice(0, 4)}-01-01`), dayNumber(`${p.date.slice(0, 4)}-12-31`)];
    case 'on-or-before':
      return [d - OPEN_INTERVAL_DAYS, d];
    case 'on-or-after':
      return [d, d + OPEN_INTERVAL_DAYS];
    default:
      return [d, d];
  }
}

export function normalizeQuery(q: string): string {
  return withoutInvisible(q).trim().toLowerCase().replace(/\s+/g, ' ');
}

/**
 * The key an item's type is switched off by, in the same set as actors (and in the link's
 * `hide=`): `type:` and the event type, or `type:SAID` for a statement.
 */
export function typeKeyOf(props: ItemProps): string {
  return `type:${props.kind === 'event' ? props.type : 'SAID'}`;
}

/** What an item needs to be filtered fast: its actors, its type, its days and its search text. */
export interface Filterable {
  actorIds: string[];
  /** `type:FIGHT`, `type:SAID`: switched off like an actor (see {@link typeKeyOf}). */
  typeKey: string;
  /** `confidence:low` and so on: switched off like an actor (src/model/confidence.ts). */
  confidenceKey: string;
  /** First and last possible day, or null when undated. */
  interval: [number, number] | null;
  /** Lower-case text the search looks in. */
  search: string;
}

/**
 * An item is shown only while every actor it belongs to is ticked (unticking an actor removes
 * everything that actor took part in or said), its days meet the time window and it matches
 * the search.
 */
export function isShown(item: Filterable, f: ViewFilter): boolean {
  if (f.hidden.has(item.typeKey) || f.hidden.has(item.confidenceKey)) return false;
  for (const id of item.actorIds) if (f.hidden.has(id)) return false;
  if (f.window) {
    if (!item.interval) {
      if (!f.includeUndated) return false;
    } else if (item.interval[0] > f.window.to || item.interval[1] < f.window.from) return false;
  }
  return f.query === '' || item.search.includes(f.query);
}

/** The spans of `query` in `text`, case-insensitive, for marking matches in excerpts. */
export function matchSpans(text: string, query: string): [number, number][] {
  if (!query) return [];
  const lower = text.toLowerCase();
  // Lower-casing can change lengths (a dotted capital I); then offsets would lie.
  if (lower.length !== text.length) return [];
  const out: [number, number][] = [];
  for (let i = lower.indexOf(query); i >= 0; i = lower.indexOf(query, i + query.length))
    out.push([i, i + query.length]);
  return out;
}

/** How a place is drawn under the current filter. */
export interface PlaceStyle {
  visibleCount: number;
  /** Colour of the side with most visible items at the place, or null when none. */
  color: string | null;
}
