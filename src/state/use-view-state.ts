import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Domain } from './domain';
import { decodeUrlState, encodeUrlState, type MapView, type UrlState } from './url-state';
import { useUrlHash } from './use-url-hash';
import { dayNumber, isoOfDay, type TimeWindow } from './view-filter';

const windowOf = (w: UrlState['window']): TimeWindow | null =>
  w ? { from: dayNumber(w.from), to: dayNumber(w.to) } : null;

/**
 * What a person has chosen to see, all of which a link carries: hidden actors and types, the
 * time window, undated items, the search, the open place and item, the reader, the map's view.
 * Read from the address at load and from any link pasted into the tab later (hashchange).
 */
export function useViewState() {
  const initial = useMemo(() => decodeUrlState(window.location.hash), []);
  const [hidden, setHidden] = useState<ReadonlySet<string>>(() => new Set(initial.hidden));
  const [timeWindow, setTimeWindow] = useState<TimeWindow | null>(() => windowOf(initial.window));
  const [includeUndated, setIncludeUndated] = useState(initial.includeUndated);
  const [query, setQuery] = useState(initial.query);
  const [placeKey, setPlaceKey] = useState<string | null>(initial.place);
  const [itemKey, setItemKey] = useState<string | null>(initial.item);
  const [reading, setReading] = useState(initial.item !== null);
  const [readerReportId, setReaderReportId] = useState<string | null>(null);
  const [view, setView] = useState<MapView | null>(initial.view);
  /** Moves the map to a pasted link's view; set by whoever owns the map. */
  const jumpTo = useRef<((v: MapView) => void) | null>(null);

  /** Opens a place (and an item at it), or closes the open one with key ''. */
  const openPlace = useCallback((key: string, item: string | null) => {
    setPlaceKey(key || null);
    setItemKey(key ? item : null);
    if (!key) setReading(false);
  }, []);

  const toggleActors = useCallback((ids: string[], visible: boolean) => {
    setHidden((prev) => {
      const next = new Set(prev);
      for (const id of ids) visible ? next.delete(id) : next.add(id);
      return next;
    });
  }, []);

  // A link pasted into this tab's address bar: its view is applied as on a first load.
  useEffect(() => {
    const onHash = () => {
      const next = decodeUrlState(window.location.hash);
      setHidden(new Set(next.hidden));
      setTimeWindow(windowOf(next.window));
      setIncludeUndated(next.includeUndated);
      setQuery(next.query);
      setPlaceKey(next.place);
      setItemKey(next.item);
      setReading(next.item !== null);
      if (next.view) jumpTo.current?.(next.view);
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  return {
    initial,
    hidden,
    setHidden,
    toggleActors,
    timeWindow,
    setTimeWindow,
    includeUndated,
    setIncludeUndated,
    query,
    setQuery,
    placeKey,
    setPlaceKey,
    itemKey,
    setItemKey,
    openPlace,
    reading,
    setReading,
    readerReportId,
    setReaderReportId,
    view,
    setView,
    jumpTo,
  };
}

export type ViewState = ReturnType<typeof useViewState>;

/**
 * The address follows the view (see useUrlHash); a copy-link button gives it; and a link to
 * an item or place of a report this browser does not have (pasted or imported elsewhere)
 * says which report is missing, instead of opening on nothing.
 */
export function useShareLink(v: ViewState, placeShown: string | null, domain: Domain | null) {
  const hash = useMemo(
    () =>
      encodeUrlState({
        hidden: [...v.hidden],
        window: v.timeWindow
          ? { from: isoOfDay(v.timeWindow.from), to: isoOfDay(v.timeWindow.to) }
          : null,
        includeUndated: v.includeUndated,
        query: v.query,
        place: placeShown,
        item: v.itemKey,
        view: v.view,
      }),
    [v.hidden, v.timeWindow, v.includeUndated, v.query, placeShown, v.itemKey, v.view],
  );
  useUrlHash(hash);

  const [linkNotice, setLinkNotice] = useState<string | null>(null);
  const checkedLink = useRef(false);
  const { initial } = v;
  useEffect(() => {
    if (!domain || checkedLink.current) return;
    checkedLink.current = true;
    const wanted = initial.item ?? initial.place;
    if (!wanted) return;
    const found = initial.item ? domain.items.has(initial.item) : domain.places.has(wanted);
    if (found) return;
    const reportId = wanted.includes('/') ? wanted.slice(0, wanted.indexOf('/')) : null;
    setLinkNotice(
      reportId && !domain.reports.has(reportId)
        ? `This link shows part of report "${reportId}", which is not loaded in this browser (it was pasted or imported elsewhere). Ask for its GeoJSON export and import it, or paste the report.`
        : `This link names ${initial.item ? 'an item' : 'a place'} (${wanted}) that the loaded reports do not have.`,
    );
  }, [domain, initial]);

  const [copied, setCopied] = useState<string | null>(null);
  const copyLink = useCallback(() => {
    const link = `${window.location.href.split('#')[0]}${hash}`;
    const done = (text: string) => {
      setCopied(text);
      window.setTimeout(() => setCopied(null), 4000);
    };
    if (navigator.clipboard?.writeText)
      navigator.clipboard.writeText(link).then(
        () => done('Link copied'),
        () => done(`Copy this link: ${link}`),
      );
    else done(`Copy this link: ${link}`);
  }, [hash]);

  return { hash, copyLink, notice: copied ?? linkNotice };
}
