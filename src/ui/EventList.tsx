import { memo, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { eventTypeInfo } from '../model/event-types';
import type { Domain, ItemView } from '../state/domain';
import { type ItemList, newestFirst } from '../state/filter-index';
import { formatItemDate } from './format';
import { Highlighted } from './Highlighted';
import { markItem, ReviewContext } from './ReviewControls';
import { useWindowedRows } from './use-windowed-rows';

interface Props {
  domain: Domain;
  items: ItemList;
  total: number;
  selectedKey: string | null;
  query: string;
  onHover: (key: string | null) => void;
  onSelect: (item: ItemView) => void;
}

/** Height of one row in pixels: rows are fixed so only the visible ones are drawn. */
const ROW_HEIGHT = 64;
/** Rows drawn above and below the visible ones, so fast scrolling shows no gaps. */
const OVERSCAN = 6;

const optionId = (key: string) => `item-${key.replace(/[^A-Za-z0-9_-]/g, '_')}`;

interface RowProps {
  domain: Domain;
  item: ItemView;
  index: number;
  active: boolean;
  selected: boolean;
  query: string;
  onHover: (key: string | null) => void;
  onPick: (index: number, item: ItemView) => void;
}

/** One row; redrawn only when it shows another item, becomes active or selected, or the search changes. */
const Row = memo(function Row({
  domain,
  item,
  index,
  active,
  selected,
  query,
  onHover,
  onPick,
}: RowProps) {
  const p = item.props;
  const place = domain.places.get(item.placeKey)?.name ?? '';
  const who = p.kind === 'statement' ? (domain.actors.get(p.speaker)?.name ?? p.speaker) : p.type;
  return (
    // Options of a listbox are reached through aria-activedescendant, not focus: the keys are on the listbox.
    // biome-ignore lint/a11y/useKeyWithClickEvents: the listbox handles the keyboard for its options
    // biome-ignore lint/a11y/useFocusableInteractive: options are made active with aria-activedescendant
    <div
      id={optionId(item.key)}
      role="option"
      aria-selected={selected}
      className={`list-row${active ? ' active' : ''}${selected ? ' selected' : ''}`}
      style={{ top: index * ROW_HEIGHT, height: ROW_HEIGHT }}
      onMouseEnter={() => onHover(item.key)}
      onClick={() => onPick(index, item)}
    >
      <div className="row-head">
        <time>{formatItemDate(p)}</time>{' '}
        <span className="badge" title={eventTypeInfo(p.kind === 'event' ? p.type : 'SAID').gloss}>
          {p.kind === 'event' ? p.type : 'SAID'}
        </span>{' '}
        <strong>{place}</strong> <span className="muted">{p.kind === 'statement' ? who : ''}</span>{' '}
        <span
          className={`confidence-mark confidence-${item.review?.correction.status ?? item.confidence.level}`}
          title={`${item.confidence.level} confidence: ${item.confidence.reasons.join('; ')}`}
        >
          {item.review ? `${item.review.correction.status} by you` : item.confidence.level}
        </span>
      </div>
      <div className="row-text">
        <Highlighted text={p.summary} query={query} />
      </div>
    </div>
  );
});

/**
 * The visible events and statements in time order, in step with the map. Arrow keys move
 * through the list (a listbox with an active option), Enter opens the item on the map.
 * Only the rows in view are in the page, so 100,000 items scroll as fast as ten.
 */
function EventListView({
  domain,
  items: inTimeOrder,
  total,
  selectedKey,
  query,
  onHover,
  onSelect,
}: Props) {
  // "What is latest?": newest first unless the analyst asks for the story in order.
  const [latestFirst, setLatestFirst] = useState(true);
  const items = useMemo(
    () => (latestFirst ? newestFirst(inTimeOrder) : inTimeOrder),
    [latestFirst, inTimeOrder],
  );
  const {
    ref: scroller,
    first,
    last,
    viewHeight,
    onScroll,
  } = useWindowedRows(items.length, ROW_HEIGHT, OVERSCAN);
  const [active, setActive] = useState(0);
  const review = useContext(ReviewContext);
  const pick = useCallback(
    (i: number, item: ItemView) => {
      setActive(i);
      onSelect(item);
    },
    [onSelect],
  );
  useEffect(() => {
    if (active >= items.length) setActive(Math.max(0, items.length - 1));
  }, [items.length, active]);
  useEffect(() => {
    if (!selectedKey) return;
    const i = items.indexOfKey(selectedKey);
    if (i >= 0) setActive(i);
  }, [selectedKey, items]);

  const ensureVisible = (i: number) => {
    const el = scroller.current;
    if (!el) return;
    const top = i * ROW_HEIGHT;
    if (top < el.scrollTop) el.scrollTop = top;
    else if (top + ROW_HEIGHT > el.scrollTop + el.clientHeight)
      el.scrollTop = top + ROW_HEIGHT - el.clientHeight;
  };
  const move = (i: number) => {
    const next = Math.max(0, Math.min(items.length - 1, i));
    setActive(next);
    ensureVisible(next);
    onHover(items.at(next)?.key ?? null);
  };
  const onKeyDown = (e: React.KeyboardEvent) => {
    const page = Math.max(1, Math.floor(viewHeight / ROW_HEIGHT) - 1);
    let target: number | null = null;
    switch (e.key) {
      case 'ArrowDown':
        target = active + 1;
        break;
      case 'ArrowUp':
        target = active - 1;
        break;
      case 'PageDown':
        target = active + page;
        break;
      case 'PageUp':
        target = active - page;
        break;
      case 'Home':
        target = 0;
        break;
      case 'End':
        target = items.length - 1;
        break;
      case 'Enter':
        {
          const item = items.at(active);
          if (item) onSelect(item);
        }
        e.preventDefault();
        return;
      // Triage from the keyboard: V verifies the active item, X rejects it.
      case 'v':
      case 'V':
      case 'x':
      case 'X': {
        const item = items.at(active);
        if (!review || !item || e.ctrlKey || e.metaKey || e.altKey) return;
        markItem(review, domain, item, e.key.toLowerCase() === 'v' ? 'verified' : 'rejected');
        e.preventDefault();
        return;
      }
      default:
        return;
    }
    e.preventDefault();
    move(target);
  };

  const rows = items.slice(first, last);
  const activeItem = items.at(active);

  return (
    <section className="panel event-list" aria-labelledby="list-heading">
      <h2 id="list-heading">Events and statements</h2>
      <div className="list-head">
        <p className="muted" aria-live="polite">
          {items.length === total ? `${total} items` : `${items.length} of ${total} items shown`}
        </p>
        {review && (
          <p className="muted key-hint">
            <kbd>V</kbd> verify, <kbd>X</kbd> reject the active item
          </p>
        )}
        <label className="sort-choice">
          Order{' '}
          <select
            value={latestFirst ? 'newest' : 'oldest'}
            onChange={(e) => setLatestFirst(e.target.value === 'newest')}
          >
            <option value="newest">newest first</option>
            <option value="oldest">oldest first</option>
          </select>
        </label>
      </div>
      <div
        ref={scroller}
        className="list-scroller"
        role="listbox"
        tabIndex={0}
        aria-label={`Events and statements, ${latestFirst ? 'newest' : 'oldest'} first`}
        aria-activedescendant={activeItem ? optionId(activeItem.key) : undefined}
        onKeyDown={onKeyDown}
        onScroll={onScroll}
        onMouseLeave={() => onHover(null)}
      >
        <div style={{ height: items.length * ROW_HEIGHT, position: 'relative' }}>
          {rows.map((item, k) => (
            // Keyed by position: when the window moves, a row shows its new item in place
            // rather than being made anew, so the page lays out changed text, not new elements.
            // Rows hold no state of their own.
            <Row
              // biome-ignore lint/suspicious/noArrayIndexKey: a row is a slot in the scrolled list
              key={first + k}
              domain={domain}
              item={item}
              index={first + k}
              active={first + k === active}
              selected={item.key === selectedKey}
              query={query}
              onHover={onHover}
              onPick={pick}
            />
          ))}
        </div>
      </div>
    </section>
  );
}

/** Re-renders only when its own props change, not on every keystroke or drag step elsewhere. */
export const EventList = memo(EventListView);
