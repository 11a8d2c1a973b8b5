import { confidenceKeyOf } from '../model/confidence';
import { distanceKm } from '../spatial/distance';
import { type Correction, reviewKey } from './corrections';
import { type Domain, indexItems, type ItemView } from './domain';

/**
 * The same event told by several reports becomes one item that lists every source. Two events
 * are one when they come from different reports, are of one family of types, share a day,
 * happen at the same place or within {@link NEAR_KM}, and their actors do not contradict (they
 * share one, or one side names none). The item shown is the best-evidenced one; the others
 * stay in the data, each with its quote, filed under a key that is always hidden
 * ({@link MERGED_KEY}). An analyst can keep an item apart ("Keep separate", a review with
 * status `separate`), and merging never drops a quote.
 */

/** Places this close are one place for corroboration (a town and its outskirts). */
export const NEAR_KM = 25;
/** Grid cells for finding neighbours, in degrees: larger than {@link NEAR_KM} everywhere but near the poles. */
const CELL_DEG = 0.5;
/** Items dated more loosely than this (a month, "on or before") are not merged. */
const MAX_SPAN_DAYS = 3;

/** Types that may be one event told in other words, by family number (violence is one). */
const FAMILY: Record<string, number> = {
  FIGHT: 0,
  ASSAULT: 0,
  AGREE: 1,
  CONSULT: 2,
  MOBILIZE: 3,
  RETREAT: 4,
  PROTEST: 5,
  COERCE: 6,
  SANCTION: 7,
  AID: 8,
  THREATEN: 9,
  DISASTER: 10,
  ACCIDENT: 11,
};

/**
 * One number for a family, a day and a grid cell (numbers hash faster than strings, and
 * 100,000 events make a million lookups): days from 1700 to 2500 and every cell fit in 2^53.
 */
function bucketOf(family: number, day: number, cx: number, cy: number): number {
  return ((family * 300_000 + (day + 100_000)) * 1_000 + (cx + 500)) * 1_000 + (cy + 500);
}

/** The filter key of an item merged into another: hidden always, it is shown as a source. */
export const MERGED_KEY = confidenceKeyOf('merged');

export interface Corroboration {
  /** The items telling the event, the shown one first. */
  keys: string[];
  /** How many different outlets (or texts, when the outlet is unknown) tell it. */
  independent: number;
}

const RANK = { high: 0, medium: 1, low: 2 } as const;

function sameEvent(domain: Domain, a: ItemView, b: ItemView): boolean {
  if (a.reportId === b.reportId) return false;
  const ia = a.interval;
  const ib = b.interval;
  if (!ia || !ib || ia[0] > ib[1] || ib[0] > ia[1]) return false;
  if (a.placeKey !== b.placeKey) {
    const pa = domain.places.get(a.placeKey);
    const pb = domain.places.get(b.placeKey);
    if (!pa || !pb || distanceKm(pa.coordinates, pb.coordinates) > NEAR_KM) return false;
  }
  if (a.actorIds.length === 0 || b.actorIds.length === 0) return true;
  return a.actorIds.some((id) => b.actorIds.includes(id));
}

/**
 * Finds the events several reports tell, and returns the domain with each group shown once:
 * the shown item carries `corroboration`, the others `mergedInto` and {@link MERGED_KEY}.
 * `separate` holds the review keys an analyst kept apart. The domain passed in is unchanged.
 */
export function corroborate(domain: Domain, separate: ReadonlySet<string> = new Set()): Domain {
  const keyOf = (it: ItemView) => {
    const sha = domain.reports.get(it.reportId)?.collection.source.sha256;
    return sha ? reviewKey(sha, it) : null;
  };
  // Union-find over the pairs that are one event.
  const parent = new Map<string, string>();
  const find = (k: string): string => {
    let r = k;
    while (parent.has(r) && parent.get(r) !== r) r = parent.get(r) as string;
    parent.set(k, r);
    return r;
  };
  // Candidates by family, day and a grid cell of their place: each event is compared only
  // with those of its family on its days in its cell and the eight around it, so 100,000
  // events cost comparisons within a neighbourhood, not all pairs.
  const buckets = new Map<number, ItemView[]>();
  for (const it of domain.sortedItems) {
    const family = it.props.kind === 'event' ? FAMILY[it.props.type] : undefined;
    if (family === undefined || !it.interval || it.interval[1] - it.interval[0] >= MAX_SPAN_DAYS)
      continue;
    if (it.review?.correction.status === 'rejected') continue;
    if (separate.size > 0) {
      const k = it.review?.correction.key ?? keyOf(it);
      if (k && separate.has(k)) continue;
    }
    const at = domain.places.get(it.placeKey)?.coordinates;
    if (!at) continue;
    const cx = Math.floor(at[0] / CELL_DEG);
    const cy = Math.floor(at[1] / CELL_DEG);
    for (let d = it.interval[0]; d <= it.interval[1]; d++) {
      for (let dx = -1; dx <= 1; dx++)
        for (let dy = -1; dy <= 1; dy++)
          for (const other of buckets.get(bucketOf(family, d, cx + dx, cy + dy)) ?? [])
            if (sameEvent(domain, other, it)) {
              const a = find(other.key);
              const b = find(it.key);
              if (a !== b) parent.set(b, a);
            }
      const own = bucketOf(family, d, cx, cy);
      const list = buckets.get(own);
      if (list) list.push(it);
      else buckets.set(own, [it]);
    }
  }
  const groups = new Map<string, ItemView[]>();
  for (const k of parent.keys()) {
    const root = find(k);
    const it = domain.items.get(k);
    if (!it) continue;
    const g = groups.get(root);
    if (g) g.push(it);
    else groups.set(root, [it]);
  }
  if (groups.size === 0) return domain;
  const items = new Map(domain.items);
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    // Shown: the best-evidenced, then the earliest report.
    group.sort(
      (a, b) =>
        RANK[a.confidence.level] - RANK[b.confidence.level] ||
        (a.reportId < b.reportId ? -1 : a.reportId > b.reportId ? 1 : 0),
    );
    // One outlet is one source however many of its reports there are; so is one text.
    const outlets = new Set(
      group.map((it) => {
        const s = domain.reports.get(it.reportId)?.collection.source;
        return s?.outlet ?? s?.sha256 ?? it.reportId;
      }),
    );
    const corroboration: Corroboration = {
      keys: group.map((it) => it.key),
      independent: outlets.size,
    };
    const [shown, ...others] = group;
    items.set(shown.key, { ...shown, corroboration });
    for (const o of others)
      items.set(o.key, { ...o, mergedInto: shown.key, confidenceKey: MERGED_KEY });
  }
  const out: Domain = { ...domain, items, sortedItems: [], itemsByPlace: new Map() };
  indexItems(out, domain.sortedItems);
  return out;
}

/** Keeps only the analyst's "keep separate" reviews, by key. */
export function separateKeys(corrections: ReadonlyMap<string, Correction>): Set<string> {
  const out = new Set<string>();
  for (const c of corrections.values()) if (c.status === 'separate') out.add(c.key);
  return out;
}
