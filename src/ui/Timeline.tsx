import { memo, useEffect, useMemo, useRef, useState } from 'react';
import type { Histogram } from '../state/histogram';
import { isoOfDay, type TimeWindow } from '../state/view-filter';
import { timeTicks } from './time-axis';
import {
  dataDays,
  foldHistogram,
  itemCount,
  mainPeriod,
  playbackNext,
  playbackStart,
  firstDay,
} from './timeline-view';

interface Props {
  /** Items per day of what every filter but the time window lets through. */
  hist: Histogram;
  window: TimeWindow | null;
  onWindow: (w: TimeWindow | null) => void;
  includeUndated: boolean;
  onIncludeUndated: (v: boolean) => void;
  /** How many items are visible with the window applied. */
  visibleCount: number;
}

/** Width of the histogram's coordinate space; the SVG scales it to the panel. */
const WIDTH = 1000;
const HEIGHT = 64;
/** Width of the resize handles at the window's edges, in coordinate units. */
const HANDLE = 8;

type Drag = { mode: 'new' | 'move' | 'start' | 'end'; anchorDay: number; original: TimeWindow };

/** What the axis spans: the reports' main period, every dated item, or a window zoomed to. */
type AxisMode = { kind: 'main' } | { kind: 'all' } | { kind: 'zoom'; days: TimeWindow };

/** Time between two steps of playback. */
const PLAY_STEP_MS = 800;

/**
 * Events per day with a draggable, resizable time window. Exactly dated items are solid
 * bars; items known only to a range (a month, "on or before") are spread over their days as
 * paler bars. The date fields do the same as the brush, with the keyboard.
 */
function TimelineView({
  hist,
  window,
  onWindow,
  includeUndated,
  onIncludeUndated,
  visibleCount,
}: Props) {
  const svgRef = useRef<SVGSVGElement>(null);
  const [drag, setDrag] = useState<Drag | null>(null);
  /** The day under the pointer, when not dragging: its counts are read out above the chart. */
  const [hover, setHover] = useState<number | null>(null);
  const [mode, setMode] = useState<AxisMode>({ kind: 'main' });
  const [playing, setPlaying] = useState(false);
  const axis = useMemo(
    () =>
      mode.kind === 'zoom' ? mode.days : mode.kind === 'all' ? dataDays(hist) : mainPeriod(hist),
    [mode, hist],
  );
  const shown = useMemo(() => foldHistogram(hist, axis), [hist, axis]);
  const days = shown.max - shown.min + 1;
  const dayWidth = WIDTH / Math.max(1, days);
  const xOf = (day: number) =>
    (Math.max(shown.min, Math.min(shown.max + 1, day)) - shown.min) * dayWidth;

  // Playback: the window steps forward through the axis until its end, or until stopped.
  const windowRef = useRef(window);
  windowRef.current = window;
  useEffect(() => {
    if (!playing) return;
    const timer = setInterval(() => {
      const current = windowRef.current;
      const next = current ? playbackNext(current, axis) : null;
      if (next) onWindow(next);
      else setPlaying(false);
    }, PLAY_STEP_MS);
    return () => clearInterval(timer);
  }, [playing, axis, onWindow]);
  const togglePlay = () => {
    if (playing) return setPlaying(false);
    onWindow(playbackStart(window, axis, firstDay(shown)));
    setPlaying(true);
  };
  // Two paths, one per kind of bar, built when the counts change: dragging the window
  // re-renders none of it, and thousands of days cost two elements.
  const bars = useMemo(() => {
    let exact = '';
    let spread = '';
    const w = Math.max(1, dayWidth - 1).toFixed(2);
    const scale = (HEIGHT - 4) / shown.peak;
    for (let i = 0; i < shown.exact.length; i++) {
      const hExact = shown.exact[i] * scale;
      const hSpread = shown.spread[i] * scale;
      const x = (i * dayWidth).toFixed(2);
      if (hExact > 0) exact += `M${x} ${HEIGHT}v${(-hExact).toFixed(2)}h${w}v${hExact.toFixed(2)}z`;
      if (hSpread > 0)
        spread += `M${x} ${(HEIGHT - hExact).toFixed(2)}v${(-hSpread).toFixed(2)}h${w}v${hSpread.toFixed(2)}z`;
    }
    return (
      <>
        <path className="bar-spread" d={spread} />
        <path className="bar-exact" d={exact} />
      </>
    );
  }, [shown, dayWidth]);
  const ticks = useMemo(() => timeTicks(axis.from, axis.to), [axis]);
  const readout = (day: number) => {
    const i = day - shown.min;
    const exact = shown.exact[i] ?? 0;
    const spread = shown.spread[i] ?? 0;
    const part = spread > 0 ? `, and ${spread.toFixed(1)} of items known only to a range` : '';
    return `${isoOfDay(day)}: ${exact} ${exact === 1 ? 'item' : 'items'} dated that day${part}`;
  };
  const dayAt = (clientX: number) => {
    const rect = svgRef.current?.getBoundingClientRect();
    if (!rect || rect.width === 0) return shown.min;
    const x = ((clientX - rect.left) / rect.width) * WIDTH;
    return Math.max(shown.min, Math.min(shown.max, shown.min + Math.floor(x / dayWidth)));
  };

  const onPointerDown = (e: React.PointerEvent<SVGSVGElement>) => {
    // No text selection from the drag: a later drag starting on selected text would become a
    // text drag, which the browser ends with a pointercancel.
    e.preventDefault();
    // That also keeps the focus where it was; leave it as a click would. A date field kept
    // focused while the drag rewrites its value fires a selection change per step, and React
    // answers each by reading the field's selection, which forces a layout of the page.
    if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
    setPlaying(false);
    const day = dayAt(e.clientX);
    const rect = svgRef.current?.getBoundingClientRect();
    const x = rect ? ((e.clientX - rect.left) / rect.width) * WIDTH : 0;
    let mode: Drag['mode'] = 'new';
    if (window) {
      if (Math.abs(x - xOf(window.from)) <= HANDLE) mode = 'start';
      else if (Math.abs(x - xOf(window.to + 1)) <= HANDLE) mode = 'end';
      else if (day >= window.from && day <= window.to) mode = 'move';
    }
    const original = window ?? { from: day, to: day };
    setDrag({ mode, anchorDay: day, original });
    if (mode === 'new') onWindow({ from: day, to: day });
    e.currentTarget.setPointerCapture(e.pointerId);
  };
  const onPointerMove = (e: React.PointerEvent<SVGSVGElement>) => {
    if (!drag) {
      if (e.pointerType === 'mouse') setHover(dayAt(e.clientX));
      return;
    }
    const day = dayAt(e.clientX);
    const { original: o, anchorDay } = drag;
    if (drag.mode === 'new')
      onWindow({ from: Math.min(anchorDay, day), to: Math.max(anchorDay, day) });
    else if (drag.mode === 'start') onWindow({ from: Math.min(day, o.to), to: o.to });
    else if (drag.mode === 'end') onWindow({ from: o.from, to: Math.max(day, o.from) });
    else {
      const shift = Math.max(shown.min - o.from, Math.min(shown.max - o.to, day - anchorDay));
      onWindow({ from: o.from + shift, to: o.to + shift });
    }
  };
  const onPointerUp = () => setDrag(null);

  const setFromInput = (which: 'from' | 'to', value: string) => {
    if (!value) return;
    const day = Math.floor(Date.parse(`${value}T00:00:00Z`) / 86_400_000);
    if (Number.isNaN(day)) return;
    const w = window ?? axis;
    onWindow(
      which === 'from'
        ? { from: Math.min(day, w.to), to: w.to }
        : { from: w.from, to: Math.max(day, w.from) },
    );
  };

  return (
    <section className="timeline" aria-labelledby="timeline-heading">
      <div className="timeline-head">
        <h2 id="timeline-heading">Timeline</h2>
        <label>
          From{' '}
          <input
            type="date"
            value={window ? isoOfDay(window.from) : ''}
            onChange={(e) => setFromInput('from', e.target.value)}
            aria-label="Time window start"
          />
        </label>
        <label>
          to{' '}
          <input
            type="date"
            value={window ? isoOfDay(window.to) : ''}
            onChange={(e) => setFromInput('to', e.target.value)}
            aria-label="Time window end"
          />
        </label>
        <button
          type="button"
          className="link"
          onClick={() => {
            setPlaying(false);
            onWindow(null);
          }}
          disabled={!window}
        >
          All time
        </button>
        <button
          type="button"
          className="link"
          disabled={!window || (mode.kind === 'zoom' && mode.days === window)}
          onClick={() => window && setMode({ kind: 'zoom', days: window })}
        >
          Zoom to window
        </button>
        <button
          type="button"
          className="link"
          disabled={mode.kind === 'main'}
          onClick={() => setMode({ kind: 'main' })}
        >
          Main period
        </button>
        <button
          type="button"
          className="play"
          aria-pressed={playing}
          onClick={togglePlay}
          disabled={hist.exact.length === 0}
        >
          {playing ? 'Pause' : 'Play'}
        </button>
        <label className="undated">
          <input
            type="checkbox"
            checked={includeUndated}
            onChange={(e) => onIncludeUndated(e.target.checked)}
          />{' '}
          Keep {hist.undated} undated
          {hist.undated === 1 ? ' item' : ' items'} in a window
        </label>
        <span className="muted" aria-live="polite">
          {visibleCount} of {hist.total} items in view
        </span>
      </div>
      <div className="timeline-row">
        {shown.earlier > 0.05 && (
          <button
            type="button"
            className="fold-bin"
            onClick={() => setMode({ kind: 'all' })}
            title="Show every dated item on the axis"
          >
            {itemCount(shown.earlier)} earlier
          </button>
        )}
        <div className="timeline-plot">
          <svg
            ref={svgRef}
            className="timeline-chart"
            viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
            preserveAspectRatio="none"
            role="img"
            aria-label={`Events per day from ${isoOfDay(axis.from)} to ${isoOfDay(axis.to)}. Drag to choose a time window.`}
            onPointerDown={onPointerDown}
            onPointerMove={onPointerMove}
            onPointerUp={onPointerUp}
            onPointerCancel={onPointerUp}
            onPointerLeave={() => setHover(null)}
          >
            {bars}
            {window && (
              <rect
                className="window"
                x={xOf(window.from)}
                width={Math.max(2, xOf(window.to + 1) - xOf(window.from))}
                y={0}
                height={HEIGHT}
              />
            )}
            {hover !== null && (
              <line
                className="hover-day"
                x1={xOf(hover) + dayWidth / 2}
                x2={xOf(hover) + dayWidth / 2}
                y1={0}
                y2={HEIGHT}
              />
            )}
          </svg>
          <div className="timeline-axis" aria-hidden="true">
            {ticks.map((t) => (
              <span key={t.day} style={{ left: `${(xOf(t.day) / WIDTH) * 100}%` }}>
                {t.label}
              </span>
            ))}
          </div>
          <p className="timeline-readout muted" aria-live="polite">
            {hover !== null ? readout(hover) : ''}
          </p>
        </div>
        {shown.later > 0.05 && (
          <button
            type="button"
            className="fold-bin"
            onClick={() => setMode({ kind: 'all' })}
            title="Show every dated item on the axis"
          >
            {itemCount(shown.later)} later
          </button>
        )}
      </div>
    </section>
  );
}

/** Re-renders only when its own props change, not on every keystroke or drag step elsewhere. */
export const Timeline = memo(TimelineView);
