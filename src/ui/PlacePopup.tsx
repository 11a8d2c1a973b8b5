import { type ReactNode, useState } from 'react';
import { type Domain, isDrawnPlace, type ItemView, type PlaceView } from '../state/domain';
import type { PlaceContents } from '../state/selectors';
import { distanceKm } from '../spatial/distance';
import { countryName, formatItemDate } from './format';
import { fatalitiesOf } from '../state/coding';
import { ConfidenceLine } from './ConfidenceBadge';
import { OtherSources, ReviewControls } from './ReviewControls';
import { Highlighted } from './Highlighted';

interface Props {
  domain: Domain;
  place: PlaceView;
  contents: PlaceContents;
  selectedItem: string | null;
  /** Search text to mark in the quotes. */
  query?: string;
  onSource: (itemKey: string) => void;
}

/** "said in Moscow, 2,213 km away" / "about Idlib, 2,213 km away": where an arc goes. */
function Reach({ domain, item, here }: { domain: Domain; item: ItemView; here: PlaceView }) {
  const others = new Set(
    item.placeKey === here.key ? [...item.alsoAtKeys, ...item.aboutKeys] : [item.placeKey],
  );
  others.delete(here.key);
  const parts = [...others].flatMap((key) => {
    const p = domain.places.get(key);
    if (!p) return [];
    const km = distanceKm(here.coordinates, p.coordinates).toLocaleString('en-US');
    const verb =
      item.placeKey === here.key ? (item.props.kind === 'statement' ? 'about' : 'with') : 'from';
    return [`${verb} ${p.name}, ${km} km away`];
  });
  if (parts.length === 0) return null;
  return <p className="muted reach">{parts.join('; ')}</p>;
}

/**
 * How the item came to be at this place, when its quote does not name it: an analyst should
 * not have to search the quote for a place that is not there.
 */
function PlaceFromNote({ item, here }: { item: ItemView; here: PlaceView }) {
  if (item.placeKey !== here.key || item.placeFrom === 'quote') return null;
  const text =
    item.placeFrom === 'seat'
      ? item.props.kind === 'statement'
        ? `${here.name} is where the speaker sits; the quote does not name it.`
        : `${here.name} is where its parties sit; the quote does not name it.`
      : `The quote does not name ${here.name}; the report names it nearby.`;
  return <p className="muted place-from">{text}</p>;
}

/** The number of dead the quote states, with who claims it: one figure per source. */
function FatalitiesLine({ domain, item }: { domain: Domain; item: ItemView }) {
  const dead = fatalitiesOf(domain, item);
  if (!dead) return null;
  return (
    <p className="fatalities">
      {dead.count} {dead.count === 1 ? 'death' : 'deaths'} stated{' '}
      <span className="muted">(claimed by {dead.claimant})</span>
    </p>
  );
}

function actorName(domain: Domain, id: string): string {
  return domain.actors.get(id)?.name ?? id;
}

function SourceLink({ item, onSource }: { item: ItemView; onSource: Props['onSource'] }) {
  return (
    <button type="button" className="link source-link" onClick={() => onSource(item.key)}>
      Read in source
    </button>
  );
}

interface EntryProps {
  domain: Domain;
  item: ItemView;
  selected: boolean;
  here: PlaceView;
  query: string;
  onSource: Props['onSource'];
}

function EventEntry({ domain, item, selected, here, query, onSource }: EntryProps) {
  if (item.props.kind !== 'event') return null;
  const p = item.props;
  return (
    <li className={selected ? 'item selected' : 'item'} data-item={item.key}>
      <div className="item-head">
        <time dateTime={p.date ?? undefined}>{formatItemDate(p)}</time>
        <span className="badge">{p.type}</span>
      </div>
      <p className="summary">
        <Highlighted text={p.summary} query={query} />
      </p>
      <p className="actors">
        {p.actors.map((a, i) => (
          <span key={`${a.id}-${a.role}`}>
            {i > 0 && ', '}
            {actorName(domain, a.id)} <span className="muted">({a.role})</span>
          </span>
        ))}
      </p>
      <Reach domain={domain} item={item} here={here} />
      <PlaceFromNote item={item} here={here} />
      <FatalitiesLine domain={domain} item={item} />
      <ConfidenceLine confidence={item.confidence} />
      <SourceLink item={item} onSource={onSource} />
      <OtherSources domain={domain} item={item} onSource={onSource} />
      <ReviewControls domain={domain} item={item} />
    </li>
  );
}

function StatementEntry({ domain, item, selected, here, query, onSource }: EntryProps) {
  if (item.props.kind !== 'statement') return null;
  const p = item.props;
  return (
    <li className={selected ? 'item selected' : 'item'} data-item={item.key}>
      <div className="item-head">
        <strong className="speaker">{actorName(domain, p.speaker)}</strong>
        <time dateTime={p.date ?? undefined}>{formatItemDate(p)}</time>
      </div>
      <blockquote>
        <Highlighted text={p.excerpt.text} query={query} />
      </blockquote>
      <Reach domain={domain} item={item} here={here} />
      <PlaceFromNote item={item} here={here} />
      <FatalitiesLine domain={domain} item={item} />
      <ConfidenceLine confidence={item.confidence} />
      <SourceLink item={item} onSource={onSource} />
      <OtherSources domain={domain} item={item} onSource={onSource} />
      <ReviewControls domain={domain} item={item} />
    </li>
  );
}

/** Rows a popup section shows before offering more: a place may have thousands of items. */
const SECTION_ROWS = 50;

/** A list of items that grows on request; the selected item is always in it. */
function ItemSection({
  label,
  heading,
  items,
  selectedItem,
  entry,
}: {
  label: string;
  heading: string;
  items: ItemView[];
  selectedItem: string | null;
  entry: (item: ItemView) => ReactNode;
}) {
  const [limit, setLimit] = useState(SECTION_ROWS);
  if (items.length === 0) return null;
  const shown = items.slice(0, limit);
  const selected = selectedItem ? items.findIndex((it) => it.key === selectedItem) : -1;
  if (selected >= limit) shown.push(items[selected]);
  const more = items.length - limit - (selected >= limit ? 1 : 0);
  return (
    <section aria-label={label}>
      <h3>{heading}</h3>
      <ul>{shown.map(entry)}</ul>
      {more > 0 && (
        <button type="button" className="link" onClick={() => setLimit((n) => n + SECTION_ROWS)}>
          Show {Math.min(more, SECTION_ROWS)} more ({more} not shown)
        </button>
      )}
    </section>
  );
}

export function PlacePopup({ domain, place, contents, selectedItem, query = '', onSource }: Props) {
  const { events, madeHere, aboutHere, disputes, hiddenCount } = contents;
  const entry = (item: ItemView) => {
    const Entry = item.props.kind === 'event' ? EventEntry : StatementEntry;
    return (
      <Entry
        key={item.key}
        domain={domain}
        item={item}
        selected={item.key === selectedItem}
        here={place}
        query={query}
        onSource={onSource}
      />
    );
  };
  return (
    <article className="place-popup" aria-label={`${place.name}: events and statements`}>
      <h2 tabIndex={-1}>{place.name}</h2>
      <p className="muted">
        {countryName(place.country)}
        {place.gazetteerId != null && ` · GeoNames ${place.gazetteerId}`}
        {` · ${place.coordinates[1].toFixed(3)}, ${place.coordinates[0].toFixed(3)}`}
      </p>
      {(place.uses.associative > 0 || place.uses.metonymic > 0) && (
        <p className="muted">{namedAs(place, isDrawnPlace(domain, place))}</p>
      )}
      {place.approximations.length > 0 && (
        <p className="inferred-note">
          <strong>Location approximate.</strong> {place.approximations.join(' ')}
        </p>
      )}
      {place.basis === 'inferred' && (
        <p className="inferred-note">
          <strong>Location inferred.</strong> {place.reasons.join(' ')}
        </p>
      )}
      {disputes.length > 0 && (
        <section aria-label="Contradicting accounts">
          <h3>Contradicting accounts</h3>
          {disputes.map(([a, b]) => (
            <div className="dispute" key={`${a.key}|${b.key}`}>
              {[a, b].map((s) => (
                <div className="dispute-side" key={s.key}>
                  <strong>
                    {s.props.kind === 'statement' ? actorName(domain, s.props.speaker) : ''}
                  </strong>
                  <blockquote>
                    <Highlighted text={s.props.excerpt.text} query={query} />
                  </blockquote>
                  <SourceLink item={s} onSource={onSource} />
                </div>
              ))}
            </div>
          ))}
        </section>
      )}
      {(
        [
          ['Events', events],
          ['Statements made here', madeHere],
          [`Statements about ${place.name}`, aboutHere],
        ] as const
      ).map(([label, items]) => (
        <ItemSection
          key={label}
          label={label}
          heading={`${label} (${items.length})`}
          items={items}
          selectedItem={selectedItem}
          entry={entry}
        />
      ))}
      {events.length + madeHere.length + aboutHere.length === 0 && (
        <p>Nothing visible here with the current filters.</p>
      )}
      {hiddenCount > 0 && (
        <p className="muted">
          {hiddenCount} more {hiddenCount === 1 ? 'item is' : 'items are'} hidden by the actor
          layers, the time window or the search.
        </p>
      )}
    </article>
  );
}

/** "Named 5 times: 2 as where something is, 3 for its government or people." */
export function namedAs(place: PlaceView, drawn: boolean): string {
  const { literal, associative, metonymic } = place.uses;
  const total = literal + associative + metonymic;
  const parts = [
    literal > 0 && `${literal} as where something is`,
    metonymic > 0 && `${metonymic} for its government or people`,
    associative > 0 && `${associative} as a modifier or in a name`,
  ].filter(Boolean);
  const note = drawn ? '' : ' Not drawn on the map: no report puts anything there.';
  return `Named ${total} ${total === 1 ? 'time' : 'times'}: ${parts.join(', ')}.${note}`;
}
