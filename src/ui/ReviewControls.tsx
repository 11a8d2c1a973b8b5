import { createContext, type FormEvent, useContext, useId, useRef, useState } from 'react';
import type { PlaceHit } from '../app/place-search-worker';
import { EVENT_TYPE_INFO, eventTypeInfo } from '../model/event-types';
import { type Correction, correctedPlaceKey, reviewKey } from '../state/corrections';
import type { Domain, ItemView } from '../state/domain';
import { fatalitiesOf } from '../state/coding';
import { countryName } from './format';

/** What the popup's review controls do: given by the app, which keeps reviews in IndexedDB. */
export interface ReviewActions {
  save: (corrections: Correction[]) => void;
  remove: (key: string) => void;
  /** Gazetteer places whose name starts with what was typed (src/app/use-place-search.ts). */
  searchPlaces?: (typed: string) => Promise<PlaceHit[]>;
}

/**
 * Marks an item verified or rejected, keeping what an earlier review corrected: from the
 * popup's buttons and the list's V and X keys.
 */
export function markItem(
  actions: ReviewActions,
  domain: Domain,
  item: ItemView,
  status: 'verified' | 'rejected',
): void {
  const sha = domain.reports.get(item.reportId)?.collection.source.sha256;
  if (!sha) return;
  // A corrected item's props hold the corrected type: its key is the one it was saved under.
  const key = item.review?.correction.key ?? reviewKey(sha, item);
  actions.save([
    {
      ...(item.review?.correction ?? {}),
      key,
      status,
      at: new Date().toISOString(),
      shared: undefined,
    },
  ]);
}

/** How a gazetteer place is offered: its name and country, which tell namesakes apart. */
export function placeLabel(p: { name: string; country: string }): string {
  return `${p.name}, ${countryName(p.country)}`;
}

/** Set by the app around the popup; without it (a test, a read-only page) no controls show. */
export const ReviewContext = createContext<ReviewActions | null>(null);

/** The marks an analyst gives with one press, and their buttons' words. */
const MARKS = [
  ['verified', 'Verify'],
  ['rejected', 'Reject'],
] as const;

const STATUS_WORDS: Record<Correction['status'], string> = {
  verified: 'Verified by you',
  rejected: 'Rejected by you',
  corrected: 'Corrected by you',
  separate: 'Kept apart by you from the event it was merged into',
};

/** What a correction changed, each value beside the one it replaced. */
function changes(domain: Domain, item: ItemView): string[] {
  const r = item.review;
  if (!r) return [];
  const c = r.correction;
  const out: string[] = [];
  const placeName = (key: string) => domain.places.get(key)?.name ?? key;
  if (c.type && c.type !== r.original.type)
    out.push(
      `type ${eventTypeInfo(c.type).name} (was ${eventTypeInfo(r.original.type ?? '').name})`,
    );
  if (c.date && c.date !== r.original.date)
    out.push(`date ${c.date} (was ${r.original.date ?? 'undated'})`);
  if (item.placeKey !== r.original.placeKey)
    out.push(`place ${placeName(item.placeKey)} (was ${placeName(r.original.placeKey)})`);
  if (c.fatalities !== undefined) {
    const stated = fatalitiesOf(domain, item);
    out.push(`${c.fatalities} dead (the source states ${stated ? stated.count : 'no number'})`);
  }
  return out;
}

/**
 * Verify, reject or correct one item (type, date, place, fatalities, with a note). The review
 * is shown as the analyst's, with what was extracted beside it, and can be undone.
 */
export function ReviewControls({ domain, item }: { domain: Domain; item: ItemView }) {
  const actions = useContext(ReviewContext);
  const [editing, setEditing] = useState(false);
  /** Gazetteer places offered for what is typed in the place field. */
  const [hits, setHits] = useState<PlaceHit[]>([]);
  const [searchProblem, setSearchProblem] = useState<string | null>(null);
  const lastTyped = useRef('');
  const ids = useId();
  const sha = domain.reports.get(item.reportId)?.collection.source.sha256;
  if (!actions || !sha) return null;
  // A corrected item's props hold the corrected type: its key is the one it was saved under.
  const key = item.review?.correction.key ?? reviewKey(sha, item);
  const review = item.review?.correction;
  const at = () => new Date().toISOString();
  const mark = (status: 'verified' | 'rejected') => markItem(actions, domain, item, status);

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const text = (name: string) => String(form.get(name) ?? '').trim();
    const placeName = text('place').toLowerCase();
    // A place of the reports by its name, else a gazetteer place by its offered label.
    const place = placeName
      ? [...domain.places.values()].find(
          (p) => p.name.toLowerCase() === placeName || placeLabel(p).toLowerCase() === placeName,
        )
      : undefined;
    const hit = place ? undefined : hits.find((h) => placeLabel(h).toLowerCase() === placeName);
    const dead = text('fatalities');
    const c: Correction = {
      key,
      status: 'corrected',
      at: at(),
      ...(item.props.kind === 'event' && text('type') ? { type: text('type') } : {}),
      ...(text('date') ? { date: text('date') } : {}),
      ...(place ? { placeKey: place.key } : {}),
      ...(hit
        ? {
            place: {
              name: hit.name,
              country: hit.country,
              coordinates: hit.coordinates,
              gazetteerId: hit.gazetteerId,
            },
          }
        : {}),
      ...(dead ? { fatalities: Math.max(0, Math.round(Number(dead))) } : {}),
      ...(text('note') ? { note: text('note') } : {}),
    };
    actions.save([c]);
    setEditing(false);
  };

  return (
    <div className="review">
      {review && (
        <p className={`review-status review-${review.status}`}>
          <strong>
            {review.shared
              ? STATUS_WORDS[review.status].replace('by you', 'by your team')
              : STATUS_WORDS[review.status]}
          </strong>
          {changes(domain, item).map((c) => ` · ${c}`)}
          {review.note && <span className="muted"> · “{review.note}”</span>}{' '}
          {!review.shared && (
            <button type="button" className="link" onClick={() => actions.remove(key)}>
              Undo
            </button>
          )}
        </p>
      )}
      {!editing && (
        <div className="review-actions">
          {MARKS.map(([status, label]) => (
            <button
              key={status}
              type="button"
              onClick={() => mark(status)}
              disabled={review?.status === status}
            >
              {label}
            </button>
          ))}
          <button type="button" onClick={() => setEditing(true)}>
            Correct…
          </button>
        </div>
      )}
      {editing && (
        <form className="review-form" onSubmit={submit} aria-label="Correct this item">
          {item.props.kind === 'event' && (
            <label>
              Type{' '}
              <select name="type" defaultValue={item.props.type}>
                {Object.entries(EVENT_TYPE_INFO)
                  .filter(([t]) => t !== 'SAID')
                  .map(([t, info]) => (
                    <option key={t} value={t}>
                      {info.name} ({t})
                    </option>
                  ))}
              </select>
            </label>
          )}
          <label>
            Date <input type="date" name="date" defaultValue={item.props.date ?? ''} />
          </label>
          <label>
            Place{' '}
            <input
              name="place"
              list={`${ids}-places`}
              autoComplete="off"
              defaultValue={domain.places.get(item.placeKey)?.name ?? ''}
              onChange={(e) => {
                const typed = e.currentTarget.value;
                lastTyped.current = typed;
                actions.searchPlaces?.(typed).then(
                  (found) => {
                    // Only the answer to what is typed now: answers can come back out of order.
                    if (lastTyped.current !== typed) return;
                    // Places offered before stay: choosing one ("Saraqib, Syria") is typing it,
                    // and its own search finds nothing.
                    setHits((prev) => {
                      const byLabel = new Map([...found, ...prev].map((h) => [placeLabel(h), h]));
                      return [...byLabel.values()].slice(0, 40);
                    });
                    setSearchProblem(null);
                  },
                  (err: Error) =>
                    setSearchProblem(`The gazetteer could not be searched: ${err.message}`),
                );
              }}
            />
          </label>
          <datalist id={`${ids}-places`}>
            {[...domain.places.values()].map((p) => (
              <option key={p.key} value={p.name} />
            ))}
            {hits
              .filter((h) => !domain.places.has(correctedPlaceKey(h)))
              .map((h) => (
                <option key={`${h.name}|${h.coordinates.join(',')}`} value={placeLabel(h)}>
                  {h.population > 0
                    ? `population ${h.population.toLocaleString('en-US')}`
                    : h.featureCode}
                </option>
              ))}
          </datalist>
          {searchProblem && <p className="muted">{searchProblem}</p>}
          <label>
            Dead{' '}
            <input
              type="number"
              name="fatalities"
              min={0}
              step={1}
              defaultValue={review?.fatalities ?? ''}
            />
          </label>
          <label>
            Note <input name="note" defaultValue={review?.note ?? ''} />
          </label>
          <div className="review-actions">
            <button type="submit">Save correction</button>
            <button type="button" onClick={() => setEditing(false)}>
              Cancel
            </button>
          </div>
        </form>
      )}
    </div>
  );
}

/**
 * The other reports that tell the same event (src/state/corroborate.ts), each with its quote
 * and the dead it states, side by side; the analyst can keep any of them apart.
 */
export function OtherSources({
  domain,
  item,
  onSource,
}: {
  domain: Domain;
  item: ItemView;
  onSource: (key: string) => void;
}) {
  const actions = useContext(ReviewContext);
  const c = item.corroboration;
  if (!c) return null;
  const others = c.keys.slice(1).flatMap((k) => domain.items.get(k) ?? []);
  const sourceName = (it: ItemView) => {
    const s = domain.reports.get(it.reportId)?.collection.source;
    return s?.outlet ?? s?.title ?? it.reportId;
  };
  const dead = (it: ItemView) => fatalitiesOf(domain, it);
  return (
    <div className="sources">
      <p className="sources-count">
        <strong>
          {c.independent} independent {c.independent === 1 ? 'source' : 'sources'}
        </strong>{' '}
        <span className="muted">
          ({c.keys.length} reports tell this event; shown from {sourceName(item)})
        </span>
      </p>
      <ul>
        {others.map((o) => {
          const sha = domain.reports.get(o.reportId)?.collection.source.sha256;
          const d = dead(o);
          return (
            <li key={o.key}>
              <span className="muted">{sourceName(o)}:</span> “{o.props.excerpt.text}”
              {d && (
                <span className="fatalities">
                  {' '}
                  · {d.count} dead stated (by {d.claimant})
                </span>
              )}{' '}
              <button type="button" className="link" onClick={() => onSource(o.key)}>
                Read in source
              </button>
              {actions && sha && (
                <button
                  type="button"
                  className="link"
                  onClick={() =>
                    actions.save([
                      { key: reviewKey(sha, o), status: 'separate', at: new Date().toISOString() },
                    ])
                  }
                >
                  Keep separate
                </button>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
