import { memo } from 'react';
import type { PlaceView } from '../state/domain';
import type { PlaceStyle } from '../state/selectors';
import { countryName } from './format';
import { useWindowedRows } from './use-windowed-rows';

interface Props {
  places: PlaceView[];
  styles: Map<string, PlaceStyle>;
  selectedKey: string | null;
  onOpen: (placeKey: string) => void;
}

/** Height of one place row in pixels (one line; see .place-list in styles.css). */
const ROW_HEIGHT = 30;
/** Rows drawn beyond the visible ones, so scrolling and Tab never meet a gap. */
const OVERSCAN = 8;

interface RowProps {
  place: PlaceView;
  index: number;
  setSize: number;
  count: number;
  selected: boolean;
  onOpen: (placeKey: string) => void;
}

/** One place; redrawn only when its own count, position or selection changes. */
const PlaceRow = memo(function PlaceRow({
  place: p,
  index,
  setSize,
  count,
  selected,
  onOpen,
}: RowProps) {
  // A place with no item in view says how the reports name it: "Turkey · 0 items · named 4×,
  // 3 for its government or people" (a place only named so is listed, not drawn).
  const named = p.uses.literal + p.uses.associative + p.uses.metonymic;
  const naming =
    count === 0 && named > 0
      ? ` · named ${named}×${p.uses.metonymic > 0 ? `, ${p.uses.metonymic} for its government or people` : ''}`
      : '';
  const detail = `${countryName(p.country)} · ${count} ${count === 1 ? 'item' : 'items'}${naming}${p.basis === 'inferred' ? ' · inferred' : ''}`;
  return (
    <li
      aria-setsize={setSize}
      aria-posinset={index + 1}
      style={{ top: index * ROW_HEIGHT, height: ROW_HEIGHT }}
    >
      <button
        type="button"
        className={count === 0 ? 'faded' : undefined}
        aria-current={selected ? 'true' : undefined}
        title={`${p.name} · ${detail}`}
        onClick={() => onOpen(p.key)}
      >
        <span className="place-name">{p.name}</span>
        <span className="muted"> {detail}</span>
      </button>
    </li>
  );
});

/**
 * Every place as a button, so each one is reachable with the keyboard alone. Only the rows
 * in view are in the page: thousands of places cost what twenty do.
 */
function PlaceListView({ places, styles, selectedKey, onOpen }: Props) {
  const { ref, first, last, onScroll } = useWindowedRows(places.length, ROW_HEIGHT, OVERSCAN);
  return (
    <nav className="panel place-list" aria-labelledby="places-heading">
      <h2 id="places-heading">Places</h2>
      <div
        ref={ref}
        className="place-scroller"
        style={{ height: Math.min(places.length, 10) * ROW_HEIGHT + 2 }}
        onScroll={onScroll}
      >
        <ul style={{ height: places.length * ROW_HEIGHT }}>
          {places.slice(first, last).map((p, k) => (
            <PlaceRow
              key={p.key}
              place={p}
              index={first + k}
              setSize={places.length}
              count={styles.get(p.key)?.visibleCount ?? 0}
              selected={selectedKey === p.key}
              onOpen={onOpen}
            />
          ))}
        </ul>
      </div>
    </nav>
  );
}

/** Re-renders only when its own props change, not on every keystroke or drag step elsewhere. */
export const PlaceList = memo(PlaceListView);
