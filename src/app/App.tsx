import { useCallback, useEffect, useMemo, useState } from 'react';
import { createPortal } from 'react-dom';
import type { ItemView } from '../state/domain';
import { applyCorrections, splitCorrections } from '../state/corrections';
import { corroborate, separateKeys } from '../state/corroborate';
import { mergeReports } from '../state/merge-reports';
import { actorItemCounts, placeContents, placesByName, sideGroups } from '../state/selectors';
import { useShareLink, useViewState } from '../state/use-view-state';
import { BasemapSettings } from '../ui/BasemapSettings';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { EventList } from '../ui/EventList';
import { ExportMenu } from '../ui/ExportMenu';
import { LayerPanel } from '../ui/LayerPanel';
import { Legend } from '../ui/Legend';
import { PastePanel } from '../ui/PastePanel';
import { PlaceList } from '../ui/PlaceList';
import { PlacePopup } from '../ui/PlacePopup';
import { ReviewContext } from '../ui/ReviewControls';
import { ProblemList } from '../ui/ProblemList';
import { ReaderPanel } from '../ui/ReaderPanel';
import { SearchBox } from '../ui/SearchBox';
import { Timeline } from '../ui/Timeline';
import { saveChoice } from './basemap-setup';
import { useAddedReports } from './use-added-reports';
import { useCorrections, useSameWhile } from './use-corrections';
import { useFilteredView } from './use-filtered-view';
import { useLayout } from './use-layout';
import { usePlaceSearch } from './use-place-search';
import { useMapData, usePlacePopup, useSituationMap } from './use-situation-map';

type Tab = 'places' | 'actors' | 'events' | 'timeline' | 'reader';

export function App() {
  const v = useViewState();
  const {
    hidden,
    toggleActors,
    timeWindow,
    setTimeWindow,
    includeUndated,
    setIncludeUndated,
    query,
    setQuery,
    setPlaceKey,
    itemKey,
    setItemKey,
    openPlace,
    reading,
    setReading,
    readerReportId,
    setReaderReportId,
  } = v;
  const added = useAddedReports();
  const layout = useLayout();
  const [tab, setTab] = useState<Tab>('places');
  /** On a phone: whether the bottom sheet shows its panel or only its tabs. */
  const [sheetOpen, setSheetOpen] = useState(false);
  const mapHandle = useSituationMap(v);
  const { mapDiv, mapRef, bundled, fatal, basemapChoice, basemapNotice } = mapHandle;

  const review = useCorrections();
  const { domain: extracted, failures } = useMemo(
    () =>
      bundled
        ? mergeReports(bundled.reports, added.reports, [...bundled.failures, ...added.failures])
        : { domain: null, failures: [] },
    [bundled, added.reports, added.failures],
  );
  // The analyst's reviews, applied over what was extracted (which stays as it was). Then the
  // same event told by several reports is shown once, with all its sources. Reviews that
  // cannot change what is one event (a verification, a note) are applied after, so that one
  // of them does not run corroboration over every item again.
  const split = useMemo(() => splitCorrections(review.corrections), [review.corrections]);
  const grouping = useSameWhile(split.signature, split.grouping);
  const corroborated = useMemo(
    () => extracted && corroborate(applyCorrections(extracted, grouping), separateKeys(grouping)),
    [extracted, grouping],
  );
  const domain = useMemo(
    () => corroborated && applyCorrections(corroborated, split.rest),
    [corroborated, split.rest],
  );
  /** Items there are to show: those told again by another report count once. */
  const shownTotal = useMemo(() => {
    let n = 0;
    for (const it of domain?.items.values() ?? []) if (!it.mergedInto) n++;
    return n;
  }, [domain]);
  const searchPlaces = usePlaceSearch();
  const reviewActions = useMemo(
    () => ({ save: review.save, remove: review.remove, searchPlaces }),
    [review.save, review.remove, searchPlaces],
  );
  const { index, filter, search, derived, styles, listItems, histogram } = useFilteredView(
    domain,
    v,
  );
  useMapData(mapHandle, domain, index, derived, search.query, added.reports);

  const item = domain && itemKey ? (domain.items.get(itemKey) ?? null) : null;
  const effectivePlaceKey = v.placeKey ?? item?.placeKey ?? null;
  const place = domain && effectivePlaceKey ? (domain.places.get(effectivePlaceKey) ?? null) : null;
  const { popupEl, openedFrom } = usePlacePopup(mapHandle, place, layout);
  const share = useShareLink(v, place?.key ?? null, domain);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      // A dialog or panel open over the page takes its own Escape.
      const inPanel = e.target instanceof Element && e.target.closest('dialog, .paste-panel');
      if (e.key === 'Escape' && !inPanel) openPlace('', null);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [openPlace]);

  const openFromList = useCallback(
    (key: string) => {
      const p = domain?.places.get(key);
      if (!p) return;
      openedFrom(document.activeElement);
      setPlaceKey(key);
      setItemKey(null);
      mapRef.current?.flyTo(p.coordinates);
    },
    [domain, openedFrom, setPlaceKey, setItemKey, mapRef],
  );

  const selectItem = useCallback(
    (it: ItemView) => {
      const p = domain?.places.get(it.placeKey);
      setPlaceKey(it.placeKey);
      setItemKey(it.key);
      if (p) mapRef.current?.flyTo(p.coordinates);
    },
    [domain, setPlaceKey, setItemKey, mapRef],
  );

  const hover = useCallback((key: string | null) => mapRef.current?.highlightItem(key), [mapRef]);

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
        <ReviewContext.Provider value={reviewActions}>
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
        </ReviewContext.Provider>
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
        <ReviewContext.Provider value={reviewActions}>
          <EventList
            domain={domain}
            items={listItems}
            total={shownTotal}
            selectedKey={itemKey}
            query={filter.query}
            onHover={hover}
            onSelect={selectItem}
          />
        </ReviewContext.Provider>
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
        <button type="button" className="copy-link" onClick={share.copyLink}>
          Copy link
        </button>
        {share.notice && (
          <p className="link-notice" role="status">
            {share.notice}
          </p>
        )}
        {domain && (
          <ErrorBoundary name="the export menu">
            <ExportMenu
              domain={domain}
              items={listItems}
              filter={filter}
              onImport={(file) =>
                added.importFile(file, new Set(domain.reports.keys()), review.save)
              }
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
