import { useDeferredValue, useEffect, useMemo } from 'react';
import type { Domain } from '../state/domain';
import { FilterIndex, itemListOf } from '../state/filter-index';
import { histogramOf } from '../state/histogram';
import type { PlaceStyle } from '../state/selectors';
import { MERGED_KEY } from '../state/corroborate';
import type { ViewState } from '../state/use-view-state';
import { normalizeQuery, type ViewFilter } from '../state/view-filter';
import { useTextSearch } from './use-text-search';

const NO_STYLES = new Map<string, PlaceStyle>();
const NO_ITEMS = itemListOf([]);
const NO_HISTOGRAM = histogramOf([]);

/**
 * What the filters let through: typed arrays over every item made once per set of reports
 * (FilterIndex), updated by each toggle, window step or search. The search applies at the
 * pace React can draw, once a worker has scanned the quotes, so typing stays responsive with
 * 100,000 items.
 */
export function useFilteredView(domain: Domain | null, v: ViewState) {
  const index = useMemo(() => (domain ? new FilterIndex(domain) : null), [domain]);
  // The first toggle, window step or keystroke runs the index's loops compiled, not in the
  // interpreter: they are run once, and undone, when the page is idle after loading.
  useEffect(() => {
    if (!index) return;
    const idle = window.requestIdleCallback ?? ((run: () => void) => window.setTimeout(run, 200));
    const cancel = window.cancelIdleCallback ?? window.clearTimeout;
    const steps = index.warmUpSteps();
    let handle = 0;
    const next = () => {
      steps.shift()?.();
      if (steps.length > 0) handle = idle(next);
      else if (window.__viewer) window.__viewer.warm = true;
    };
    handle = idle(next);
    return () => cancel(handle);
  }, [index]);
  const deferredQuery = useDeferredValue(v.query);
  const search = useTextSearch(index, normalizeQuery(deferredQuery));
  const filter: ViewFilter = useMemo(
    () => ({
      // Items told again by another report are shown under that one (corroborate.ts).
      hidden: new Set([...v.hidden, MERGED_KEY]),
      window: v.timeWindow,
      includeUndated: v.includeUndated,
      query: search.query,
    }),
    [v.hidden, v.timeWindow, v.includeUndated, search.query],
  );
  const derived = useMemo(() => {
    if (!index) return null;
    index.apply(filter);
    return {
      styles: index.placeStyles(),
      listItems: index.visibleItems(),
      histogram: index.histogram(),
    };
  }, [index, filter]);
  return {
    index,
    filter,
    search,
    /** What the filters let through now; null until the reports are loaded. */
    derived,
    styles: derived?.styles ?? NO_STYLES,
    listItems: derived?.listItems ?? NO_ITEMS,
    histogram: derived?.histogram ?? NO_HISTOGRAM,
  };
}
