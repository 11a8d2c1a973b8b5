import fontFile from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { Topology } from 'topojson-specification';
import countriesFile from 'world-atlas/countries-50m.json?url';
import { SituationMap } from '../map/situation-map';
import { makeBasemap } from '../spatial/basemap';
import { buildDomain, type Domain } from '../state/domain';
import { makeMapData } from '../state/map-data';
import {
  actorItemCounts,
  placeContents,
  placeStyles,
  placesByName,
  sideGroups,
} from '../state/selectors';
import { decodeUrlState, encodeUrlState, type MapView } from '../state/url-state';
import { LayerPanel } from '../ui/LayerPanel';
import { PlaceList } from '../ui/PlaceList';
import { PlacePopup } from '../ui/PlacePopup';
import { ProblemList } from '../ui/ProblemList';
import { ReaderPanel } from '../ui/ReaderPanel';
import { type FileProblem, loadReports } from './load-reports';

declare global {
  interface Window {
    /** Handle for browser tests and the console: the map and the merged data. */
    __viewer?: { map: SituationMap['map']; domain: Domain };
  }
}

interface Loaded {
  domain: Domain;
  failures: FileProblem[];
}

const absolute = (url: string) => new URL(url, document.baseURI).href;

async function loadBasemap() {
  const res = await fetch(countriesFile);
  return makeBasemap((await res.json()) as Topology);
}

export function App() {
  const initial = useMemo(() => decodeUrlState(window.location.hash), []);
  const [hidden, setHidden] = useState<ReadonlySet<string>>(() => new Set(initial.hidden));
  const [placeKey, setPlaceKey] = useState<string | null>(initial.place);
  const [itemKey, setItemKey] = useState<string | null>(initial.item);
  const [readerReportId, setReaderReportId] = useState<string | null>(null);
  const [view, setView] = useState<MapView | null>(initial.view);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [mapReady, setMapReady] = useState(false);
  const [fatal, setFatal] = useState<string | null>(null);
  const mapDiv = useRef<HTMLElement>(null);
  const mapRef = useRef<SituationMap | null>(null);
  const focusPopup = useRef(false);
  const popupEl = useMemo(() => {
    const el = document.createElement('div');
    el.className = 'popup-root';
    return el;
  }, []);

  const openPlace = useCallback((key: string, item: string | null) => {
    setPlaceKey(key || null);
    setItemKey(key ? item : null);
  }, []);

  useEffect(() => {
    if (!mapDiv.current) return;
    const v = initial.view;
    const map = new SituationMap({
      container: mapDiv.current,
      style: { font: absolute(fontFile) },
      view: v ? { center: [v.lon, v.lat], zoom: v.zoom } : undefined,
      onPlaceClick: openPlace,
      onViewChange: ({ center, zoom }) => setView({ zoom, lat: center[1], lon: center[0] }),
    });
    mapRef.current = map;
    let cancelled = false;
    Promise.all([loadReports(), loadBasemap(), map.whenReady()])
      .then(([result, basemap]) => {
        if (cancelled) return;
        const domain = buildDomain(result.reports);
        const data = makeMapData(domain);
        map.setBasemap(basemap);
        map.setSituation(data.places, data.items, data.bounds);
        window.__viewer = { map: map.map, domain };
        setLoaded({ domain, failures: result.failures });
        setMapReady(true);
      })
      .catch((e: unknown) => setFatal(e instanceof Error ? e.message : String(e)));
    return () => {
      cancelled = true;
      map.destroy();
      mapRef.current = null;
    };
  }, [initial, openPlace]);

  const domain = loaded?.domain ?? null;
  const styles = useMemo(
    () => (domain ? placeStyles(domain, hidden) : new Map()),
    [domain, hidden],
  );

  useEffect(() => {
    const map = mapRef.current;
    if (!map || !mapReady) return;
    map.setHiddenActors(hidden);
    map.setPlaceStates(styles);
  }, [mapReady, hidden, styles]);

  const item = domain && itemKey ? (domain.items.get(itemKey) ?? null) : null;
  const effectivePlaceKey = placeKey ?? item?.placeKey ?? null;
  const place = domain && effectivePlaceKey ? (domain.places.get(effectivePlaceKey) ?? null) : null;

  useEffect(() => {
    const map = mapRef.current;
    if (!map || !mapReady) return;
    map.showPopup(place, popupEl);
    if (place && focusPopup.current) {
      focusPopup.current = false;
      requestAnimationFrame(() => popupEl.querySelector<HTMLElement>('h2')?.focus());
    }
  }, [mapReady, place, popupEl]);

  useEffect(() => {
    const hash = encodeUrlState({
      hidden: [...hidden],
      place: place?.key ?? null,
      item: itemKey,
      view,
    });
    window.history.replaceState(
      null,
      '',
      `${window.location.pathname}${window.location.search}${hash}`,
    );
  }, [hidden, place, itemKey, view]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') openPlace('', null);
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
      setPlaceKey(key);
      setItemKey(null);
      mapRef.current?.flyTo(p.coordinates);
    },
    [domain],
  );

  const reports = useMemo(() => (domain ? [...domain.reports.values()] : []), [domain]);
  const counts = useMemo(
    () => (domain ? actorItemCounts(domain) : new Map<string, number>()),
    [domain],
  );
  const groups = useMemo(() => (domain ? sideGroups(domain) : []), [domain]);
  const places = useMemo(() => (domain ? placesByName(domain) : []), [domain]);
  const readerReport = domain
    ? (domain.reports.get(item?.reportId ?? readerReportId ?? '') ?? null)
    : null;
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

  return (
    <div className="app">
      <header className="app-header">
        <h1>Situation viewer</h1>
        <p className="status" aria-live="polite">
          {fatal
            ? `Could not start: ${fatal}`
            : totals
              ? `${totals.reports} ${totals.reports === 1 ? 'report' : 'reports'} · ${totals.places} places · ${totals.events} events · ${totals.statements} statements`
              : 'Loading reports…'}
        </p>
      </header>
      <div className="app-body">
        <div className="sidebar">
          {loaded && <ProblemList failures={loaded.failures} />}
          {domain && (
            <PlaceList
              places={places}
              styles={styles}
              selectedKey={place?.key ?? null}
              onOpen={openFromList}
            />
          )}
          {domain && (
            <LayerPanel
              domain={domain}
              groups={groups}
              counts={counts}
              hidden={hidden}
              onToggle={toggleActors}
            />
          )}
        </div>
        <main className="map-pane">
          <section ref={mapDiv} className="map" aria-label="Map of places in the reports" />
        </main>
        {readerReport && (
          <ReaderPanel
            reports={reports}
            report={readerReport}
            highlight={highlight}
            onChooseReport={(id) => {
              setItemKey(null);
              setReaderReportId(id);
            }}
            onClose={() => {
              setItemKey(null);
              setReaderReportId(null);
            }}
          />
        )}
        {!readerReport && domain && reports.length > 0 && (
          <button
            type="button"
            className="open-reader"
            onClick={() => setReaderReportId(reports[0].collection.source.id)}
          >
            Read reports
          </button>
        )}
      </div>
      {domain &&
        place &&
        createPortal(
          <PlacePopup
            domain={domain}
            place={place}
            contents={placeContents(domain, place.key, hidden)}
            selectedItem={itemKey}
            onSource={(key) => setItemKey(key)}
          />,
          popupEl,
        )}
    </div>
  );
}
