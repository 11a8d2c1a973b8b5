import { confidenceKeyOf } from '../model/confidence';
import { isRealDay } from '../model/checks';
import { type Domain, indexItems, type ItemView, itemKey } from './domain';
import { itemInterval, typeKeyOf } from './view-filter';

/**
 * An analyst's review of one extracted item, kept in the browser (IndexedDB) as a layer over
 * the extracted data and never written into it: the original stays, and is shown beside the
 * correction. Keyed by what re-ingesting the same report gives again (see {@link reviewKey}).
 */
export interface Correction {
  key: string;
  /** `separate`: an item the analyst keeps apart from the event it was merged into. */
  status: 'verified' | 'rejected' | 'corrected' | 'separate';
  /** Corrected values; absent ones keep what was extracted. */
  type?: string;
  date?: string;
  placeKey?: string;
  /** A corrected place no report names (found in the gazetteer): kept whole, to be added. */
  place?: CorrectedPlace;
  fatalities?: number;
  note?: string;
  /** When it was made, ISO 8601. */
  at: string;
  /** From the team's shared file (geo/corrections.json), not this browser's own. */
  shared?: boolean;
}

/** A place an analyst put an item at that no report names: from the gazetteer. */
export interface CorrectedPlace {
  name: string;
  country: string;
  /** [lon, lat]. */
  coordinates: [number, number];
  gazetteerId: number | null;
}

/** The domain key of a corrected place: the one a report naming it would give it. */
export function correctedPlaceKey(p: CorrectedPlace): string {
  return p.gazetteerId != null
    ? `gn${p.gazetteerId}`
    : `corrected:${p.coordinates[0].toFixed(5)},${p.coordinates[1].toFixed(5)}`;
}

/** The level an analyst's review puts an item at in the confidence filter. */
export const REJECTED = 'rejected' as const;

/**
 * A key that survives re-ingesting the same report (pasted again, imported, or ingested on
 * another machine): the report's SHA-256, the quote's offsets, what the item is (its kind and
 * extracted type or speaker) and its id within the report, which tells apart two events of
 * one type in one sentence. The ingest gives the same text the same ids.
 */
export function reviewKey(sha256: string, it: Pick<ItemView, 'props'>): string {
  const p = it.props;
  const what = p.kind === 'event' ? p.type : p.speaker;
  return `${sha256}/${p.excerpt.start}-${p.excerpt.end}/${p.kind}/${what}/${p.id}`;
}

/**
 * The corrections split by whether they can change which tellings are one event (a rejection,
 * "keep separate", a corrected type, date or place) or not (a verification, a note, a number
 * of dead): only the first kind needs corroboration run again. `signature` is the same text
 * for the same grouping corrections, so a view can keep its corroboration across the others.
 */
export function splitCorrections(corrections: ReadonlyMap<string, Correction>): {
  grouping: Map<string, Correction>;
  rest: Map<string, Correction>;
  signature: string;
} {
  const grouping = new Map<string, Correction>();
  const rest = new Map<string, Correction>();
  for (const [k, c] of corrections)
    (c.status === 'rejected' || c.status === 'separate' || c.type || c.date || c.placeKey || c.place
      ? grouping
      : rest
    ).set(k, c);
  const signature = [...grouping.values()]
    .map((c) =>
      [
        c.key,
        c.status,
        c.type,
        c.date,
        c.placeKey,
        JSON.stringify(c.place),
        c.note,
        c.fatalities,
        c.at,
      ].join('|'),
    )
    .sort()
    .join('\n');
  return { grouping, rest, signature };
}

/** What is wrong with a correction read back or imported, or null when it can be applied. */
export function correctionProblem(c: unknown): string | null {
  if (!c || typeof c !== 'object') return 'not an object';
  const r = c as Record<string, unknown>;
  if (typeof r.key !== 'string' || !r.key.includes('/')) return 'no key';
  if (!['verified', 'rejected', 'corrected', 'separate'].includes(r.status as string))
    return 'no status';
  if (r.date !== undefined && (typeof r.date !== 'string' || !isRealDay(r.date)))
    return `date ${JSON.stringify(r.date)} is not a real day`;
  if (r.type !== undefined && typeof r.type !== 'string') return 'type is not text';
  if (r.placeKey !== undefined && typeof r.placeKey !== 'string') return 'place is not text';
  if (
    r.fatalities !== undefined &&
    (typeof r.fatalities !== 'number' || !Number.isInteger(r.fatalities) || r.fatalities < 0)
  )
    return 'fatalities must be a whole number';
  if (r.note !== undefined && typeof r.note !== 'string') return 'note is not text';
  if (r.place !== undefined) {
    const p = r.place as Record<string, unknown>;
    const [lon, lat] = Array.isArray(p?.coordinates) ? (p.coordinates as unknown[]) : [];
    if (
      typeof p?.name !== 'string' ||
      typeof p.country !== 'string' ||
      typeof lon !== 'number' ||
      typeof lat !== 'number' ||
      Math.abs(lon) > 180 ||
      Math.abs(lat) > 90 ||
      (p.gazetteerId !== null && typeof p.gazetteerId !== 'number')
    )
      return 'place is not a name, a country and a point';
  }
  return null;
}

/** The review shown with an item: the correction, and the values it replaced. */
export interface ItemReview {
  correction: Correction;
  original: { type?: string; date: string | null; placeKey: string };
}

/**
 * The domain with the analyst's corrections applied: corrected type, date and place replace
 * the extracted ones (kept in `review.original`), a rejected item is filtered under its own
 * key, and every reviewed item carries its review. Items whose correction names a place the
 * domain does not have keep their place. The domain passed in is not changed.
 */
export function applyCorrections(
  domain: Domain,
  corrections: ReadonlyMap<string, Correction>,
): Domain {
  if (corrections.size === 0) return domain;
  const items = new Map(domain.items);
  // Places the corrections put items at that no report names: added, so they can be drawn.
  let places = domain.places;
  for (const c of corrections.values()) {
    if (!c.place) continue;
    const key = correctedPlaceKey(c.place);
    if (places.has(key)) continue;
    if (places === domain.places) places = new Map(domain.places);
    places.set(key, {
      key,
      name: c.place.name,
      country: c.place.country,
      gazetteerId: c.place.gazetteerId,
      placeType: null,
      coordinates: c.place.coordinates,
      basis: 'explicit',
      reasons: [],
      approximations: [],
      refs: [],
      uses: { literal: 0, associative: 0, metonymic: 0 },
    });
  }
  let changed = false;
  let datesChanged = false;
  for (const { c, it } of reviewedItems(domain, corrections)) {
    const key = it.key;
    changed = true;
    if (c.date && c.date !== it.props.date) datesChanged = true;
    const p = it.props;
    const original = {
      type: p.kind === 'event' ? p.type : undefined,
      date: p.date,
      placeKey: it.placeKey,
    };
    const props =
      p.kind === 'event'
        ? {
            ...p,
            ...(c.type ? { type: c.type } : {}),
            ...(c.date ? { date: c.date, datePrecision: 'day' as const } : {}),
          }
        : { ...p, ...(c.date ? { date: c.date, datePrecision: 'day' as const } : {}) };
    const wanted = c.place ? correctedPlaceKey(c.place) : c.placeKey;
    const placeKey = wanted && places.has(wanted) ? wanted : it.placeKey;
    items.set(key, {
      ...it,
      props,
      placeKey,
      reach: [...new Set([placeKey, ...it.alsoAtKeys, ...it.aboutKeys])],
      typeKey: typeKeyOf(props),
      interval: itemInterval(props),
      // An item shown under another report's telling stays there (see corroborate.ts).
      confidenceKey: it.mergedInto
        ? it.confidenceKey
        : confidenceKeyOf(c.status === 'rejected' ? REJECTED : it.confidence.level),
      review: { correction: c, original },
    });
  }
  if (!changed) return domain;
  const out: Domain = { ...domain, places, items, sortedItems: [], itemsByPlace: new Map() };
  indexItems(out, datesChanged ? undefined : domain.sortedItems);
  return out;
}

/**
 * The items the corrections are about, found from each key (report hash and item id) rather
 * than by keying every item: a review costs its own lookups, not a pass over 100,000 items.
 * A key whose offsets, kind or type no longer match its item (another text, another ingest)
 * finds nothing.
 */
function reviewedItems(
  domain: Domain,
  corrections: ReadonlyMap<string, Correction>,
): { c: Correction; it: ItemView }[] {
  const reportsBySha = new Map<string, string[]>();
  for (const [id, r] of domain.reports) {
    const sha = r.collection.source.sha256;
    const list = reportsBySha.get(sha);
    if (list) list.push(id);
    else reportsBySha.set(sha, [id]);
  }
  const out: { c: Correction; it: ItemView }[] = [];
  for (const c of corrections.values()) {
    const sha = c.key.slice(0, c.key.indexOf('/'));
    const itemId = c.key.slice(c.key.lastIndexOf('/') + 1);
    for (const reportId of reportsBySha.get(sha) ?? []) {
      const it = domain.items.get(itemKey(reportId, itemId));
      if (it && reviewKey(sha, it) === c.key) out.push({ c, it });
    }
  }
  return out;
}
