import { useEffect, useRef, useState } from 'react';

/**
 * Windowed rendering for a scrolling list of fixed-height rows: which rows are in view (with
 * `overscan` more each side) so that only those are in the page, however long the list.
 * Focus moving onto an overscan row scrolls it into view, which renders the next ones, so
 * Tab still walks the whole list.
 */
export function useWindowedRows(count: number, rowHeight: number, overscan: number) {
  const ref = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewHeight, setViewHeight] = useState(400);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(() => setViewHeight(el.clientHeight));
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const last = Math.min(count, Math.ceil((scrollTop + viewHeight) / rowHeight) + overscan);
  return {
    ref,
    first,
    last,
    viewHeight,
    onScroll: (e: React.UIEvent<HTMLElement>) => setScrollTop(e.currentTarget.scrollTop),
  };
}
