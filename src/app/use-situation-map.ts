import fontFile from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Topology } from 'topojson-specification';
import countriesFile from 'world-atlas/countries-50m.json?url';
import { readChoice } from '../map/basemap-choice';
import { makeMapData } from '../map/map-data';
import { SituationMap } from '../map/situation-map';
import { makeBasemap } from '../spatial/basemap';
import { type ContextData, decodeContext, isContextFile } from '../spatial/context';
import {
  type Domain,
  isAreaMiddle,
  isDrawnPlace,
  type LoadedReport,
  type PlaceView,
} from '../state/domain';
import type { FilterIndex } from '../state/filter-index';
import type { PlaceStyle } from '../state/selectors';
import type { ViewState } from '../state/use-view-state';
import { resolveBase } from './basemap-setup';
import { describeError } from './describe-error';
import { type FileProblem, loadReports } from './load-reports';
import type { Layout } from './use-layout';

declare global {
  interface Window {
    /** Handle for browser tests and the console: the map, its owner and the merged data. */
    __viewer?: {
      map: SituationMap['map'];
      situationMap: SituationMap;
      domain: Domain;
      /** Set once the index's warm-up steps have run (the benchmark waits for it). */
      warm?: boolean;
    };
  }
}

const absolute = (url: string) => new URL(url, document.baseURI).href;

async function loadBasemap() {
  const res = await fetch(countriesFile);
  return makeBasemap((await res.json()) as Topology);
}

/**
 * The basemap's context (water, boundaries, towns), loaded after the reports are drawn. Without
 * it the map still works: it is context, not data, so a failure is only logged.
 */
async function loadContext(): Promise<ContextData | null> {
  try {
    const res = await fetch('data/context.json');
    if (!res.ok) throw new Error(`data/context.json: ${res.status} ${res.statusText}`);
    const file: unknown = await res.json();
    if (!isContextFile(file))
      throw new Error('data/context.json: not a context file of this version');
    return decodeContext(file);
  } catch (e) {
    console.warn('Basemap context not loaded:', e);
    return null;
  }
}

/** localStorage, or undefined where the browser refuses it (reading it can throw). */
function browserStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/**
 * Makes the map once (over the basemap the person chose, or the offline one) and loads the
 * bundled reports beside it. A pasted link's view moves the map (`v.jumpTo`).
 */
export function useSituationMap(v: ViewState) {
  const { initial, openPlace, setView, jumpTo } = v;
  const mapDiv = useRef<HTMLElement>(null);
  const mapRef = useRef<SituationMap | null>(null);
  const [mapReady, setMapReady] = useState(false);
  const [bundled, setBundled] = useState<{
    reports: LoadedReport[];
    failures: FileProblem[];
  } | null>(null);
  const [fatal, setFatal] = useState<string | null>(null);
  const basemapChoice = useMemo(() => readChoice(browserStorage()), []);
  const [basemapNotice, setBasemapNotice] = useState<string | null>(null);

  useEffect(() => {
    const container = mapDiv.current;
    if (!container) return;
    const start = initial.view;
    let cancelled = false;
    let map: SituationMap | null = null;
    performance.mark('viewer:load-start');
    const reportsLoaded = loadReports().then((r) => {
      performance.mark('viewer:reports-loaded');
      return r;
    });
    // A chosen basemap is made ready before the map (it is part of the style); the offline
    // one and its context load beside the reports.
    resolveBase(basemapChoice)
      .then(({ base, notice }) => {
        if (cancelled) return;
        setBasemapNotice(notice);
        const m = new SituationMap({
          container,
          style: { font: absolute(fontFile) },
          base,
          view: start ? { center: [start.lon, start.lat], zoom: start.zoom } : undefined,
          onPlaceClick: openPlace,
          onViewChange: ({ center, zoom }) => setView({ zoom, lat: center[1], lon: center[0] }),
        });
        map = m;
        mapRef.current = m;
        jumpTo.current = (to) => m.map.jumpTo({ center: [to.lon, to.lat], zoom: to.zoom });
        return Promise.all([reportsLoaded, base ? null : loadBasemap(), m.whenReady()]).then(
          ([result, basemap]) => {
            if (cancelled) return;
            if (basemap) m.setBasemap(basemap);
            setBundled(result);
            setMapReady(true);
            if (!base)
              return m
                .whenIdle()
                .then(loadContext)
                .then((context) => {
                  if (context && !cancelled) m.setContext(context);
                });
          },
        );
      })
      .catch((e: unknown) => setFatal(describeError(e)));
    return () => {
      cancelled = true;
      map?.destroy();
      mapRef.current = null;
      jumpTo.current = null;
    };
  }, [initial, openPlace, setView, jumpTo, basemapChoice]);

  return { mapDiv, mapRef, mapReady, bundled, fatal, basemapChoice, basemapNotice };
}

type MapHandle = ReturnType<typeof useSituationMap>;

/**
 * Keeps the map in step with the data and the filters: the reports' places and items when
 * they change, which of them are shown after each filter, and a fit to what a search finds
 * or a report just added puts on the map when some of it is out of view.
 */
export function useMapData(
  { mapRef, mapReady }: MapHandle,
  domain: Domain | null,
  index: FilterIndex | null,
  /** What the filters let through, new after each filter change (use-filtered-view.ts). */
  derived: { styles: Map<string, PlaceStyle> } | null,
  searchQuery: string,
  addedReports: LoadedReport[],
) {
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !mapReady || !domain) return;
    performance.mark('viewer:domain-built');
    map.setSituation({ ...makeMapData(domain), order: domain.sortedItems.map((it) => it.key) });
    performance.mark('viewer:sources-set');
    window.__viewer = { map: map.map, situationMap: map, domain };
  }, [mapRef, mapReady, domain]);

  useEffect(() => {
    const map = mapRef.current;
    if (!map || !mapReady || !domain || !index || !derived) return;
    map.setShown(index.visibleFlags());
    map.setPlaceStates(derived.styles);
  }, [mapRef, mapReady, domain, index, derived]);

  // The map fits what a search finds when some of it is out of view.
  const fittedQuery = useRef('');
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !mapReady || !domain || !derived || !searchQuery) return;
    if (fittedQuery.current === searchQuery) return;
    fittedQuery.current = searchQuery;
    const points: [number, number][] = [];
    for (const [key, st] of derived.styles) {
      const p = domain.places.get(key);
      if (p && st.visibleCount > 0 && !isAreaMiddle(p.placeType)) points.push(p.coordinates);
    }
    map.fitIfOutside(points);
  }, [mapRef, mapReady, domain, searchQuery, derived]);

  // And a report just added, pasted or imported.
  const addedCount = useRef(0);
  useEffect(() => {
    const map = mapRef.current;
    const newest = addedReports.at(-1);
    const grew = addedReports.length > addedCount.current;
    addedCount.current = addedReports.length;
    if (!map || !mapReady || !domain || !grew || !newest) return;
    const id = newest.collection.source.id;
    const points: [number, number][] = [];
    for (const p of domain.places.values())
      if (
        p.refs.some((r) => r.reportId === id) &&
        !isAreaMiddle(p.placeType) &&
        isDrawnPlace(domain, p)
      )
        points.push(p.coordinates);
    map.fitIfOutside(points);
  }, [mapRef, mapReady, domain, addedReports]);
}

/**
 * The open place's popup: a bubble at the place on a desktop (rendered into `popupEl`), a
 * sheet elsewhere. Opened from a list, focus moves into it; closed, focus goes back to what
 * opened it, or to the map, never to the page's body.
 */
export function usePlacePopup(
  { mapRef, mapReady, mapDiv }: MapHandle,
  place: PlaceView | null,
  layout: Layout,
) {
  const popupEl = useMemo(() => {
    const el = document.createElement('div');
    el.className = 'popup-root';
    return el;
  }, []);
  /** Set when a place is opened from a list: focus then moves to the popup's heading. */
  const focusPopup = useRef(false);
  /** Where focus goes back to when the open place closes: what opened it, else the map. */
  const returnFocus = useRef<HTMLElement | null>(null);

  useEffect(() => {
    const map = mapRef.current;
    if (!map || !mapReady) return;
    map.showPopup(place, layout === 'desktop' ? popupEl : null);
    // On a phone the popup sheet covers the map's lower part: keep the place above it.
    if (place && layout === 'phone')
      requestAnimationFrame(() => {
        // What the sheet covers of the map, not its own height: with a list panel open, the
        // map is shorter and the sheet reaches below it.
        const sheet = document.querySelector('.place-sheet');
        const box = document.querySelector('.map')?.getBoundingClientRect();
        if (sheet && box)
          map.keepAbove(
            place.coordinates,
            Math.max(0, box.bottom - sheet.getBoundingClientRect().top),
          );
      });
    if (place && focusPopup.current) {
      focusPopup.current = false;
      requestAnimationFrame(() => popupEl.querySelector<HTMLElement>('h2')?.focus());
    } else if (place) returnFocus.current = null;
  }, [mapRef, mapReady, place, popupEl, layout]);

  const placeOpen = place !== null;
  const wasOpen = useRef(false);
  useEffect(() => {
    const closed = wasOpen.current && !placeOpen;
    wasOpen.current = placeOpen;
    if (!closed) return;
    const active = document.activeElement;
    if (active && active !== document.body && active.isConnected) return;
    const target =
      returnFocus.current?.isConnected === true
        ? returnFocus.current
        : mapDiv.current?.querySelector<HTMLElement>('canvas');
    target?.focus();
  }, [placeOpen, mapDiv]);

  /**
   * Call before opening a place from a list: focus moves into its popup, and comes back to
   * `el` when it closes. A place opened any other way gives focus back to the map.
   */
  const openedFrom = useCallback((el: Element | null) => {
    focusPopup.current = true;
    returnFocus.current = el instanceof HTMLElement ? el : null;
  }, []);
  return { popupEl, openedFrom };
}
