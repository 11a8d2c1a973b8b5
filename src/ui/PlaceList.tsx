import { memo } from 'react';
import type { PlaceView } from '../state/domain';
import type { PlaceStyle } from '../state/selectors';
import { countryName } from './format';

interface Props {
  places: PlaceView[];
  styles: Map<string, PlaceStyle>;
  selectedKey: string | null;
  onOpen: (placeKey: string) => void;
}

interface RowProps {
  place: PlaceView;
  count: number;
  selected: boolean;
  onOpen: (placeKey: string) => void;
}

/** One place; redrawn only when its own count or selection changes. */
const PlaceRow = memo(function PlaceRow({ place: p, count, selected, onOpen }: RowProps) {
  return (
    <li>
      <button
        type="button"
        className={count === 0 ? 'faded' : undefined}
        aria-current={selected ? 'true' : undefined}
        onClick={() => onOpen(p.key)}
      >
        <span className="place-name">{p.name}</span>
        <span className="muted">
          {' '}
          {countryName(p.country)} · {count} {count === 1 ? 'item' : 'items'}
          {p.basis === 'inferred' ? ' · inferred' : ''}
        </span>
      </button>
    </li>
  );
});

/** Every place as a button, so each one is reachable with the keyboard alone. */
function PlaceListView({ places, styles, selectedKey, onOpen }: Props) {
  return (
    <nav className="panel place-list" aria-labelledby="places-heading">
      <h2 id="places-heading">Places</h2>
      <ul>
        {places.map((p) => (
          <PlaceRow
            key={p.key}
            place={p}
            count={styles.get(p.key)?.visibleCount ?? 0}
            selected={selectedKey === p.key}
            onOpen={onOpen}
          />
        ))}
      </ul>
    </nav>
  );
}

/** Re-renders only when its own props change, not on every keystroke or drag step elsewhere. */
export const PlaceList = memo(PlaceListView);
