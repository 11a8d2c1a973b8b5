import type { Domain, ItemView, PlaceView } from '../state/domain';
import type { PlaceContents } from '../state/selectors';
import { countryName, formatItemDate } from './format';

interface Props {
  domain: Domain;
  place: PlaceView;
  contents: PlaceContents;
  selectedItem: string | null;
  onSource: (itemKey: string) => void;
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

function EventEntry({
  domain,
  item,
  selected,
  onSource,
}: {
  domain: Domain;
  item: ItemView;
  selected: boolean;
  onSource: Props['onSource'];
}) {
  if (item.props.kind !== 'event') return null;
  const p = item.props;
  return (
    <li className={selected ? 'item selected' : 'item'} data-item={item.key}>
      <div className="item-head">
        <time dateTime={p.date ?? undefined}>{formatItemDate(p)}</time>
        <span className="badge">{p.type}</span>
      </div>
      <p className="summary">{p.summary}</p>
      <p className="actors">
        {p.actors.map((a, i) => (
          <span key={`${a.id}-${a.role}`}>
            {i > 0 && ', '}
            {actorName(domain, a.id)} <span className="muted">({a.role})</span>
          </span>
        ))}
      </p>
      <SourceLink item={item} onSource={onSource} />
    </li>
  );
}

function StatementEntry({
  domain,
  item,
  selected,
  onSource,
}: {
  domain: Domain;
  item: ItemView;
  selected: boolean;
  onSource: Props['onSource'];
}) {
  if (item.props.kind !== 'statement') return null;
  const p = item.props;
  return (
    <li className={selected ? 'item selected' : 'item'} data-item={item.key}>
      <div className="item-head">
        <strong className="speaker">{actorName(domain, p.speaker)}</strong>
        <time dateTime={p.date ?? undefined}>{formatItemDate(p)}</time>
      </div>
      <blockquote>{p.excerpt.text}</blockquote>
      <SourceLink item={item} onSource={onSource} />
    </li>
  );
}

/** What happened at a place and what was said there and about it, each item tied to its source. */
export function PlacePopup({ domain, place, contents, selectedItem, onSource }: Props) {
  const { events, madeHere, aboutHere, disputes, hiddenCount } = contents;
  const entry = (item: ItemView) =>
    item.props.kind === 'event' ? (
      <EventEntry
        key={item.key}
        domain={domain}
        item={item}
        selected={item.key === selectedItem}
        onSource={onSource}
      />
    ) : (
      <StatementEntry
        key={item.key}
        domain={domain}
        item={item}
        selected={item.key === selectedItem}
        onSource={onSource}
      />
    );
  return (
    <article className="place-popup" aria-label={`${place.name}: events and statements`}>
      <h2 tabIndex={-1}>{place.name}</h2>
      <p className="muted">
        {countryName(place.country)}
        {place.gazetteerId != null && ` · GeoNames ${place.gazetteerId}`}
        {` · ${place.coordinates[1].toFixed(3)}, ${place.coordinates[0].toFixed(3)}`}
      </p>
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
                  <blockquote>{s.props.excerpt.text}</blockquote>
                  <SourceLink item={s} onSource={onSource} />
                </div>
              ))}
            </div>
          ))}
        </section>
      )}
      {events.length > 0 && (
        <section aria-label="Events">
          <h3>Events ({events.length})</h3>
          <ul>{events.map(entry)}</ul>
        </section>
      )}
      {madeHere.length > 0 && (
        <section aria-label="Statements made here">
          <h3>Statements made here ({madeHere.length})</h3>
          <ul>{madeHere.map(entry)}</ul>
        </section>
      )}
      {aboutHere.length > 0 && (
        <section aria-label={`Statements about ${place.name}`}>
          <h3>
            Statements about {place.name} ({aboutHere.length})
          </h3>
          <ul>{aboutHere.map(entry)}</ul>
        </section>
      )}
      {events.length + madeHere.length + aboutHere.length === 0 && (
        <p>Nothing visible here with the current actor layers.</p>
      )}
      {hiddenCount > 0 && (
        <p className="muted">
          {hiddenCount} more {hiddenCount === 1 ? 'item is' : 'items are'} hidden by the actor
          layers.
        </p>
      )}
    </article>
  );
}
