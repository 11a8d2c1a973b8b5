import { useEffect, useState } from 'react';

/**
 * How the page is laid out for the screen it is on:
 * - `phone` (up to 640 px wide): the map full width, the panels as tabs in a bottom sheet,
 *   a place's popup as a sheet over the map;
 * - `tablet` (up to 1100 px): the map and one side panel with tabs, the popup in that panel;
 * - `desktop`: places and actors left, the map and timeline, events and the reader right.
 */
export type Layout = 'phone' | 'tablet' | 'desktop';

export const PHONE_MAX_PX = 640;
export const TABLET_MAX_PX = 1100;

const QUERIES = {
  phone: `(max-width: ${PHONE_MAX_PX}px)`,
  tablet: `(max-width: ${TABLET_MAX_PX}px)`,
};

function current(): Layout {
  if (typeof window.matchMedia !== 'function') return 'desktop';
  if (window.matchMedia(QUERIES.phone).matches) return 'phone';
  if (window.matchMedia(QUERIES.tablet).matches) return 'tablet';
  return 'desktop';
}

/** The layout for the window's width now, following it as the window turns or resizes. */
export function useLayout(): Layout {
  const [layout, setLayout] = useState<Layout>(current);
  useEffect(() => {
    if (typeof window.matchMedia !== 'function') return;
    const lists = Object.values(QUERIES).map((q) => window.matchMedia(q));
    const update = () => setLayout(current());
    for (const l of lists) l.addEventListener('change', update);
    return () => {
      for (const l of lists) l.removeEventListener('change', update);
    };
  }, []);
  return layout;
}
