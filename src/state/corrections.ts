import { confidenceKeyOf } from '../model/confidence';
import { isRealDay } from '../model/checks';
import { type Domain, indexItems, type ItemView } from './domain';
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
  fatalities?: number;
  note?: string;
  /** When it was made, ISO 8601. */
  at: string;
  /** From the team's shared file (geo/corrections.json), not this browser's own. */
  shared?: boolean;
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
  let changed = false;
  for (const [key, it] of domain.items) {
    const sha = domain.reports.get(it.reportId)?.collection.source.sha256;
    const c = sha ? corrections.get(reviewKey(sha, it)) : undefined;
    if (!c) continue;
    changed = true;
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
    const placeKey = c.placeKey && domain.places.has(c.placeKey) ? c.placeKey : it.placeKey;
    items.set(key, {
      ...it,
      props,
      placeKey,
      reach: [...new Set([placeKey, ...it.alsoAtKeys, ...it.aboutKeys])],
      typeKey: typeKeyOf(props),
      interval: itemInterval(props),
      confidenceKey: confidenceKeyOf(c.status === 'rejected' ? REJECTED : it.confidence.level),
      review: { correction: c, original },
    });
  }
  if (!changed) return domain;
  const out: Domain = { ...domain, items, sortedItems: [], itemsByPlace: new Map() };
  indexItems(out);
  return out;
}
