import fontFile from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { Topology } from 'topojson-specification';
import countriesFile from 'world-atlas/countries-50m.json?url';
import { SituationMap } from '../map/situation-map';
import { readChoice } from '../map/basemap-choice';
import { makeBasemap } from '../spatial/basemap';
import { BasemapSettings } from '../ui/BasemapSettings';
import { resolveBase, saveChoice } from './basemap-setup';
import { type ContextData, decodeContext, isContextFile } from '../spatial/context';
import {
  buildDomain,
  type Domain,
  type ItemView,
  isAreaMiddle,
  isDrawnPlace,
  type LoadedReport,
} from '../state/domain';
import { makeMapData } from '../map/map-data';
import { FilterIndex, itemListOf } from '../state/filter-index';
import { histogramOf } from '../state/histogram';
import {
  actorItemCounts,
  type PlaceStyle,
  placeContents,
  placesByName,
  sideGroups,
} from '../state/selectors';
import { decodeUrlState, encodeUrlState, type MapView } from '../state/url-state';
import {
  dayNumber,
  isoOfDay,
  normalizeQuery,
  type TimeWindow,
  type ViewFilter,
} from '../state/view-filter';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { EventList } from '../ui/EventList';
import { ExportMenu } from '../ui/ExportMenu';
import { LayerPanel } from '../ui/LayerPanel';
import { Legend } from '../ui/Legend';
import { PastePanel } from '../ui/PastePanel';
import { PlaceList } from '../ui/PlaceList';
import { PlacePopup } from '../ui/PlacePopup';
import { ProblemList } from '../ui/ProblemList';
import { ReaderPanel } from '../ui/ReaderPanel';
import { SearchBox } from '../ui/SearchBox';
import { Timeline } from '../ui/Timeline';
import { describeError } from './describe-error';
import { type FileProblem, loadReports } from './load-reports';
import { useAddedReports } from './use-added-reports';
import { useTextSearch } from './use-text-search';
import { useLayout } from './use-layout';
import { useUrlHash } from './use-url-hash';

type Tab = 'places' | 'actors' | 'events' | 'timeline' | 'reader';

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

const NO_STYLES = new Map<string, PlaceStyle>();
const NO_ITEMS = itemListOf([]);
const NO_HISTOGRAM = histogramOf([]);

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

export function App() {
  const initial = useMemo(() => decodeUrlState(window.location.hash), []);
  const [hidden, setHidden] = useState<ReadonlySet<string>>(() => new Set(initial.hidden));
  const [timeWindow, setTimeWindow] = useState<TimeWindow | null>(() =>
    initial.window
      ? { from: dayNumber(initial.window.from), to: dayNumber(initial.window.to) }
      : null,
  );
  const [includeUndated, setIncludeUndated] = useState(initial.includeUndated);
  const [query, setQuery] = useState(initial.query);
  const [placeKey, setPlaceKey] = useState<string | null>(initial.place);
  const [itemKey, setItemKey] = useState<string | null>(initial.item);
  const [reading, setReading] = useState(initial.item !== null);
  const [readerReportId, setReaderReportId] = useState<string | null>(null);
  const [view, setView] = useState<MapView | null>(initial.view);
  const [bundled, setBundled] = useState<{
    reports: LoadedReport[];
    failures: FileProblem[];
  } | null>(null);
  const added = useAddedReports();
  const layout = useLayout();
  const [tab, setTab] = useState<Tab>('places');
  /** On a phone: whether the bottom sheet shows its panel or only its tabs. */
  const [sheetOpen, setSheetOpen] = useState(false);
  const [mapReady, setMapReady] = useState(false);
  const [fatal, setFatal] = useState<string | null>(null);
  const basemapChoice = useMemo(() => readChoice(browserStorage()), []);
  const [basemapNotice, setBasemapNotice] = useState<string | null>(null);
  const mapDiv = useRef<HTMLElement>(null);
  const mapRef = useRef<SituationMap | null>(null);
  const focusPopup = useRef(false);
  /** Where focus goes back to when the open place closes: what opened it, else the map. */
  const returnFocus = useRef<HTMLElement | null>(null);
  const popupEl = useMemo(() => {
    const el = document.createElement('div');
    el.className = 'popup-root';
    return el;
  }, []);

  const openPlace = useCallback((key: string, item: string | null) => {
    // A place opened from the map: focus comes back to the map when it closes.
    if (key) returnFocus.current = null;
    setPlaceKey(key || null);
    setItemKey(key ? item : null);
    if (!key) setReading(false);
  }, []);

  useEffect(() => {
    const container = mapDiv.current;
    if (!container) return;
    const v = initial.view;
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
          view: v ? { center: [v.lon, v.lat], zoom: v.zoom } : undefined,
          onPlaceClick: openPlace,
          onViewChange: ({ center, zoom }) => setView({ zoom, lat: center[1], lon: center[0] }),
        });
        map = m;
        mapRef.current = m;
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
    };
  }, [initial, openPlace, basemapChoice]);

  // Bundled, imported and pasted reports, merged. A report id loaded twice keeps the first.
  const { domain, failures } = useMemo(() => {
    if (!bundled) return { domain: null, failures: [] as FileProblem[] };
    const seen = new Set<string>();
    const reports: LoadedReport[] = [];
    const dupes: FileProblem[] = [];
    for (const r of [...bundled.reports, ...added.reports]) {
      if (seen.has(r.collection.source.id))
        dupes.push({
          file: r.file,
          problems: [`report "${r.collection.source.id}" is already loaded`],
        });
      else {
        seen.add(r.collection.source.id);
        reports.push(r);
      }
    }
    return {
      domain: buildDomain(reports),
      failures: [...bundled.failures, ...added.failures, ...dupes],
    };
  }, [bundled, added.reports, added.failures]);

  useEffect(() => {
    const map = mapRef.current;
    if (!map || !mapReady || !domain) return;
    performance.mark('viewer:domain-built');
    map.setSituation({ ...makeMapData(domain), order: domain.sortedItems.map((it) => it.key) });
    performance.mark('viewer:sources-set');
    window.__viewer = { map: map.map, situationMap: map, domain };
  }, [mapReady, domain]);

  // Typed arrays over every item, made once per set of reports; each interaction updates them.
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
  // The search applies at the pace React can draw, once a worker has scanned the quotes;
  // typing stays responsive with 100,000 items.
  const deferredQuery = useDeferredValue(query);
  const search = useTextSearch(index, normalizeQuery(deferredQuery));
  const filter: ViewFilter = useMemo(
    () => ({ hidden, window: timeWindow, includeUndated, query: search.query }),
    [hidden, timeWindow, includeUndated, search.query],
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
  const styles = derived?.styles ?? NO_STYLES;
  const listItems = derived?.listItems ?? NO_ITEMS;
  const histogram = derived?.histogram ?? NO_HISTOGRAM;

  useEffect(() => {
    const map = mapRef.current;
    if (!map || !mapReady || !domain || !index || !derived) return;
    map.setShown(index.visibleFlags());
    map.setPlaceStates(styles);
  }, [mapReady, domain, index, derived, styles]);

  // The map fits what a search finds when some of it is out of view.
  const fittedQuery = useRef('');
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !mapReady || !domain || !search.query || fittedQuery.current === search.query)
      return;
    fittedQuery.current = search.query;
    const points: [number, number][] = [];
    for (const [key, st] of styles) {
      const p = domain.places.get(key);
      if (p && st.visibleCount > 0 && !isAreaMiddle(p.placeType)) points.push(p.coordinates);
    }
    map.fitIfOutside(points);
  }, [mapReady, domain, search.query, styles]);
  // And a report just added, pasted or imported.
  const addedCount = useRef(0);
  useEffect(() => {
    const map = mapRef.current;
    const newest = added.reports.at(-1);
    const grew = added.reports.length > addedCount.current;
    addedCount.current = added.reports.length;
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
  }, [mapReady, domain, added.reports]);

  const item = domain && itemKey ? (domain.items.get(itemKey) ?? null) : null;
  const effectivePlaceKey = placeKey ?? item?.placeKey ?? null;
  const place = domain && effectivePlaceKey ? (domain.places.get(effectivePlaceKey) ?? null) : null;

  useEffect(() => {
    const map = mapRef.current;
    if (!map || !mapReady) return;
    map.showPopup(place, layout === 'desktop' ? popupEl : null);
    // On a phone the popup sheet covers the map's lower part: keep the place above it.
    if (place && layout === 'phone')
      requestAnimationFrame(() => {
        const sheet = document.querySelector('.place-sheet');
        if (sheet) map.keepAbove(place.coordinates, sheet.getBoundingClientRect().height);
      });
    if (place && focusPopup.current) {
      focusPopup.current = false;
      requestAnimationFrame(() => popupEl.querySelector<HTMLElement>('h2')?.focus());
    }
  }, [mapReady, place, popupEl, layout]);

  // When the open place closes (Escape, its close button, the map), focus that was inside it
  // or fell to the page goes back to what opened it, or to the map: never to the page's body.
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
  }, [placeOpen]);

  const placeKeyShown = place?.key ?? null;
  const hash = useMemo(
    () =>
      encodeUrlState({
        hidden: [...hidden],
        window: timeWindow
          ? { from: isoOfDay(timeWindow.from), to: isoOfDay(timeWindow.to) }
          : null,
        includeUndated,
        query,
        place: placeKeyShown,
        item: itemKey,
        view,
      }),
    [hidden, timeWindow, includeUndated, query, placeKeyShown, itemKey, view],
  );
  useUrlHash(hash);

  // A link pasted into this tab's address bar: its view is applied as on a first load.
  useEffect(() => {
    const onHash = () => {
      const next = decodeUrlState(window.location.hash);
      setHidden(new Set(next.hidden));
      setTimeWindow(
        next.window ? { from: dayNumber(next.window.from), to: dayNumber(next.window.to) } : null,
      );
      setIncludeUndated(next.includeUndated);
      setQuery(next.query);
      setPlaceKey(next.place);
      setItemKey(next.item);
      setReading(next.item !== null);
      if (next.view)
        mapRef.current?.map.jumpTo({
          center: [next.view.lon, next.view.lat],
          zoom: next.view.zoom,
        });
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  // A link to an item or place of a report this browser does not have (pasted or imported
  // elsewhere) says which report is missing, instead of opening on nothing.
  const [linkNotice, setLinkNotice] = useState<string | null>(null);
  const checkedLink = useRef(false);
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

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      // A dialog or panel open over the page takes its own Escape.
      const inPanel = e.target instanceof Element && e.target.closest('dialog, .paste-panel');
      if (e.key === 'Escape' && !inPanel) openPlace('', null);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [openPlace]);

  const toggleActors = useCallback((ids: string[], visible: boolean) => {
    setHidden((prev) => {
      const next = new Set(prev);
      for (const id of ids) visible ? next.delete(id) : next.add(id);
      return next;
    });
  }, []);

  const openFromList = useCallback(
    (key: string) => {
      const p = domain?.places.get(key);
      if (!p) return;
      focusPopup.current = true;
      returnFocus.current =
        document.activeElement instanceof HTMLElement ? document.activeElement : null;
      setPlaceKey(key);
      setItemKey(null);
      mapRef.current?.flyTo(p.coordinates);
    },
    [domain],
  );

  const selectItem = useCallback(
    (it: ItemView) => {
      const p = domain?.places.get(it.placeKey);
      setPlaceKey(it.placeKey);
      setItemKey(it.key);
      if (p) mapRef.current?.flyTo(p.coordinates);
    },
    [domain],
  );

  const hover = useCallback((key: string | null) => {
    mapRef.current?.highlightItem(key);
  }, []);

  const reports = useMemo(() => (domain ? [...domain.reports.values()] : []), [domain]);
  const counts = useMemo(
    () => (domain ? actorItemCounts(domain) : new Map<string, number>()),
    [domain],
  );
  const groups = useMemo(() => (domain ? sideGroups(domain) : []), [domain]);
  const places = useMemo(() => (domain ? placesByName(domain) : []), [domain]);
  const legendSides = useMemo(() => (domain ? [...domain.sides.values()] : []), [domain]);
  const popupKey = place?.key ?? null;
  const popupContents = useMemo(
    () => (domain && popupKey ? placeContents(domain, popupKey, filter) : null),
    [domain, popupKey, filter],
  );
  const readerReport =
    domain && reading ? (domain.reports.get(item?.reportId ?? readerReportId ?? '') ?? null) : null;
  const highlight = useMemo(() => {
    if (!item || !domain) return null;
    const p = item.props;
    const who =
      p.kind === 'statement'
        ? `statement by ${domain.actors.get(p.speaker)?.name ?? p.speaker}`
        : `${p.type} event`;
    return { start: p.excerpt.start, end: p.excerpt.end, label: `${who}: ${p.summary}` };
  }, [item, domain]);

  const totals = useMemo(() => {
    if (!domain) return null;
    let events = 0;
    for (const i of domain.items.values()) if (i.props.kind === 'event') events++;
    return {
      reports: domain.reports.size,
      places: domain.places.size,
      events,
      statements: domain.items.size - events,
    };
  }, [domain]);

  const narrow = layout !== 'desktop';
  // On a phone or tablet the popup is a sheet, not a bubble at the place: it fits the screen.
  const placeSheet =
    domain && place && !(narrow && reading && tab === 'reader' && sheetOpen) ? (
      <ErrorBoundary name="this place's popup">
        <PlacePopup
          key={place.key}
          domain={domain}
          place={place}
          contents={popupContents ?? placeContents(domain, place.key, filter)}
          selectedItem={itemKey}
          query={filter.query}
          onSource={(key) => {
            setItemKey(key);
            setReading(true);
            if (narrow) {
              setTab('reader');
              setSheetOpen(true);
            }
          }}
        />
      </ErrorBoundary>
    ) : null;

  const placesPanel = (
    <>
      <ProblemList failures={failures} />
      <SearchBox value={query} onChange={setQuery} busy={search.pending} />
      {domain && (
        <ErrorBoundary name="the place list">
          <PlaceList
            places={places}
            styles={styles}
            selectedKey={place?.key ?? null}
            onOpen={openFromList}
          />
        </ErrorBoundary>
      )}
    </>
  );
  const actorsPanel = domain && (
    <ErrorBoundary name="the actor list">
      <LayerPanel
        domain={domain}
        groups={groups}
        counts={counts}
        hidden={hidden}
        onToggle={toggleActors}
      />
    </ErrorBoundary>
  );
  const timelinePanel = domain && (
    <ErrorBoundary name="the timeline">
      <Timeline
        hist={histogram}
        window={timeWindow}
        onWindow={setTimeWindow}
        includeUndated={includeUndated}
        onIncludeUndated={setIncludeUndated}
        visibleCount={listItems.length}
      />
    </ErrorBoundary>
  );
  const readerPanel = readerReport && (
    <ErrorBoundary name="the reader">
      <ReaderPanel
        reports={reports}
        report={readerReport}
        highlight={highlight}
        query={filter.query}
        onChooseReport={(id) => {
          setItemKey(null);
          setReaderReportId(id);
        }}
        onClose={() => {
          setReading(false);
          setReaderReportId(null);
          if (narrow) setTab('events');
        }}
      />
    </ErrorBoundary>
  );
  const openReader = () => {
    if (reports.length === 0) return;
    setReaderReportId(reports[0].collection.source.id);
    setReading(true);
    if (narrow) setTab('reader');
  };
  const eventsPanel = domain && (
    <>
      <ErrorBoundary name="the event list">
        <EventList
          domain={domain}
          items={listItems}
          total={domain.items.size}
          selectedKey={itemKey}
          query={filter.query}
          onHover={hover}
          onSelect={selectItem}
        />
      </ErrorBoundary>
      {reports.length > 0 && (
        <button type="button" className="open-reader" onClick={openReader}>
          Read reports
        </button>
      )}
    </>
  );
  const tabs: { id: Tab; label: string; panel: React.ReactNode }[] = [
    { id: 'places', label: 'Places', panel: placesPanel },
    { id: 'actors', label: 'Actors', panel: actorsPanel },
    { id: 'events', label: 'Events', panel: eventsPanel },
    ...(layout === 'phone'
      ? [{ id: 'timeline' as Tab, label: 'Timeline', panel: timelinePanel }]
      : []),
    { id: 'reader', label: 'Reader', panel: readerPanel || <ReaderHint onOpen={openReader} /> },
  ];
  const shownTab = tabs.find((t) => t.id === tab) ?? tabs[0];
  const tabbed = narrow && (
    <div
      className={`tabbed ${layout === 'phone' ? 'bottom-sheet' : 'side-panel'}${sheetOpen || layout === 'tablet' ? ' open' : ''}`}
    >
      <div className="tab-bar" role="tablist" aria-label="Panels">
        {tabs.map((t) => (
          <button
            key={t.id}
            type="button"
            role="tab"
            id={`tab-${t.id}`}
            aria-selected={t.id === shownTab.id && (sheetOpen || layout === 'tablet')}
            aria-controls="tab-panel"
            onClick={() => {
              if (layout === 'phone' && t.id === shownTab.id) setSheetOpen(!sheetOpen);
              else {
                setTab(t.id);
                setSheetOpen(true);
              }
            }}
          >
            {t.label}
          </button>
        ))}
      </div>
      {(sheetOpen || layout === 'tablet') && (
        <div
          className="tab-panel"
          id="tab-panel"
          role="tabpanel"
          aria-labelledby={`tab-${shownTab.id}`}
        >
          {shownTab.panel}
        </div>
      )}
      {layout === 'tablet' && placeSheet && (
        <PlaceSheet onClose={() => openPlace('', null)}>{placeSheet}</PlaceSheet>
      )}
    </div>
  );

  return (
    <div className={`app layout-${layout}`}>
      <header className="app-header">
        <button
          type="button"
          className="skip-link"
          onClick={() => mapDiv.current?.querySelector<HTMLElement>('canvas')?.focus()}
        >
          Skip to the map
        </button>
        <h1>Situation viewer</h1>
        <p className="status" aria-live="polite">
          {fatal
            ? `Could not start: ${fatal}`
            : totals
              ? `${totals.reports} ${totals.reports === 1 ? 'report' : 'reports'} · ${totals.places} places · ${totals.events} events · ${totals.statements} statements`
              : 'Loading reports…'}
        </p>
        <button type="button" className="copy-link" onClick={copyLink}>
          Copy link
        </button>
        {(copied || linkNotice) && (
          <p className="link-notice" role="status">
            {copied ?? linkNotice}
          </p>
        )}
        {domain && (
          <ErrorBoundary name="the export menu">
            <ExportMenu
              domain={domain}
              items={listItems}
              filter={filter}
              onImport={(file) => added.importFile(file, new Set(domain.reports.keys()))}
              compact={layout === 'phone'}
            />
          </ErrorBoundary>
        )}
        <BasemapSettings current={basemapChoice} onChoose={saveChoice} />
        <ErrorBoundary name="the add-a-report panel">
          <PastePanel
            busy={added.busy}
            progress={added.progress}
            onCancel={added.cancel}
            message={added.message}
            added={added.reports}
            onAdd={added.addText}
            onAddFile={added.addFile}
            onRemove={added.remove}
          />
        </ErrorBoundary>
      </header>
      <div className="app-body">
        {!narrow && (
          <div className="sidebar">
            {placesPanel}
            {actorsPanel}
          </div>
        )}
        <main className="map-column">
          <div className="map-pane">
            <section ref={mapDiv} className="map" aria-label="Map of places in the reports" />
            {domain && <Legend sides={legendSides} open={false} />}
            {basemapNotice && (
              <p className="basemap-notice" role="status">
                {basemapNotice}
              </p>
            )}
          </div>
          {layout !== 'phone' && timelinePanel}
        </main>
        {!narrow && <div className="right-column">{readerPanel || eventsPanel}</div>}
        {tabbed}
      </div>
      {layout === 'phone' && placeSheet && (
        <PlaceSheet onClose={() => openPlace('', null)}>{placeSheet}</PlaceSheet>
      )}
      {layout === 'desktop' && placeSheet && createPortal(placeSheet, popupEl)}
    </div>
  );
}

/** A place's popup as a sheet (phone: over the map's lower part; tablet: over the side panel). */
function PlaceSheet({ onClose, children }: { onClose: () => void; children: React.ReactNode }) {
  return (
    <section className="place-sheet" aria-label="Place">
      <button type="button" className="sheet-close" onClick={onClose} aria-label="Close the place">
        ×
      </button>
      {children}
    </section>
  );
}

/** The reader tab before any report is open in it. */
function ReaderHint({ onOpen }: { onOpen: () => void }) {
  return (
    <div className="panel">
      <p className="muted">Choose "Read in source" on an item, or</p>
      <button type="button" className="open-reader" onClick={onOpen}>
        Read reports
      </button>
    </div>
  );
}
