import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { FeatureCollection, LineString, MultiLineString, Point } from 'geojson';
import type { Basemap } from '../spatial/basemap';
import { MAX_DOT_ZOOM } from '../state/map-data';
import type { ViewFilter } from '../state/view-filter';
import {
  arcLineLayer,
  chunkIds,
  chunkLayerFilter,
  chunkSource,
  itemDotLayer,
  LAYER,
  makeStyle,
  SOURCE,
  type StyleUrls,
} from './layers';
import { chunkByTime, chunkFilter, type ChunkSpan } from './time-chunks';

maplibregl.setWorkerUrl(workerUrl);

/** Padding around the places when the map first fits them, in pixels. */
const FIT_PADDING_PX = { top: 70, bottom: 90, left: 70, right: 70 };
/** Most zoomed-in the first view goes, so a single place still shows its country. */
const FIT_MAX_ZOOM = MAX_DOT_ZOOM;

export interface PlaceFeatureProps {
  key: string;
  name: string;
  basis: string;
}

export interface ItemFeatureProps {
  key: string;
  kind: string;
  placeKey: string;
  /** Actor ids, comma-joined on both ends so a filter can look for `,id,`. */
  actorList: string;
  color: string;
  /** Whether the item has a date; `t0`..`t1` are then its possible days (day numbers). */
  dated: boolean;
  t0: number;
  t1: number;
  /** Lower-case text the search box matches. */
  search: string;
}

export interface ArcFeatureProps extends ItemFeatureProps {
  /** Which arc: the item's key and the place it goes to (its feature id is the item's key). */
  arcKey: string;
  /** The place the arc goes to. */
  toKey: string;
}

export interface SituationMapOptions {
  container: HTMLElement;
  style: StyleUrls;
  /** Starting view; when absent the map fits the places once they are set. */
  view?: { center: [number, number]; zoom: number };
  onPlaceClick: (placeKey: string, itemKey: string | null) => void;
  onViewChange: (view: { center: [number, number]; zoom: number }) => void;
}

/** A chunk of items on the map (see time-chunks.ts): its days, and what its layers now show. */
interface ChunkState {
  ids: ReturnType<typeof chunkIds>;
  span: ChunkSpan;
  visible: boolean;
  /** The layer filter last set, as JSON. */
  filter: string;
}

/**
 * Owns the MapLibre map. React creates it once and pushes state into it: data through
 * `setData` (items in sources by time, see time-chunks.ts), filters through layer filters
 * and visibility, per-place counts through feature-state. A filter change sets only the
 * layer filters that change; sources are rebuilt only when the reports do.
 */
export class SituationMap {
  readonly map: maplibregl.Map;
  private readonly popup: maplibregl.Popup;
  private selectedPlace: string | null = null;
  private readonly ready: Promise<void>;
  private fitted: boolean;
  private popupClosedByCode = false;
  /** The item hovered in the list, whose dot and arcs are marked. */
  private highlighted: string | null = null;
  private readonly placeStates = new Map<string, { visibleCount: number; color: string | null }>();
  private chunks: ChunkState[] = [];
  /** The chunk holding each item and its arcs, by item key. */
  private chunkOfItem = new Map<string, ChunkState>();
  private lastFilter: ViewFilter | null = null;
  /** Chunk sources MapLibre is still cutting again for the last filter applied. */
  private readonly retiling = new Set<string>();
  /** The latest filter that came while they were: applied once they are done. */
  private waitingFilter: ViewFilter | null = null;
  private readonly pointer = () => {
    this.map.getCanvas().style.cursor = 'pointer';
  };
  private readonly noPointer = () => {
    this.map.getCanvas().style.cursor = '';
  };

  constructor(private readonly options: SituationMapOptions) {
    this.fitted = options.view !== undefined;
    this.map = new maplibregl.Map({
      container: options.container,
      style: makeStyle(options.style),
      center: options.view?.center ?? [30, 40],
      zoom: options.view?.zoom ?? 2,
      attributionControl: { compact: true, customAttribution: 'Natural Earth' },
      canvasContextAttributes: { preserveDrawingBuffer: true },
    });
    this.map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
    this.map.addControl(new maplibregl.ScaleControl({}), 'bottom-left');
    this.popup = new maplibregl.Popup({
      maxWidth: '420px',
      closeOnClick: false,
      focusAfterOpen: false,
    });
    this.popup.on('close', () => {
      if (this.popupClosedByCode) return;
      this.options.onPlaceClick('', null);
    });
    this.ready = new Promise((resolve) => this.map.once('load', () => resolve()));
    this.map.on('moveend', () => {
      const c = this.map.getCenter();
      this.options.onViewChange({ center: [c.lng, c.lat], zoom: this.map.getZoom() });
    });
    this.map.on('click', (e) => this.handleClick(e.point));
    // A chunk is done when its last tile comes in. 'idle' is the fallback for tiles that
    // failed, which send no data event (everything is loaded by then).
    this.map.on('sourcedata', (e) => {
      if (e.tile && this.retiling.has(e.sourceId)) this.checkRetiled(e.sourceId);
    });
    this.map.on('idle', () => this.checkRetiled(null));
    this.map.on('mouseenter', LAYER.placesCircle, this.pointer);
    this.map.on('mouseleave', LAYER.placesCircle, this.noPointer);
  }

  /** The item dot layers, one per chunk. */
  get itemLayers(): string[] {
    return this.chunks.map((c) => c.ids.itemLayer);
  }

  /** Resolves once the style has loaded and sources accept data. */
  whenReady(): Promise<void> {
    return this.ready;
  }

  private handleClick(point: maplibregl.PointLike): void {
    const itemLayers = this.itemLayers;
    const hits = this.map.queryRenderedFeatures(point, {
      layers: [...itemLayers, LAYER.placesCircle],
    });
    const item = hits.find((f) => itemLayers.includes(f.layer.id));
    const place = hits.find((f) => f.layer.id === LAYER.placesCircle);
    if (item)
      this.options.onPlaceClick(item.properties.placeKey as string, item.properties.key as string);
    else if (place) this.options.onPlaceClick(place.properties.key as string, null);
  }

  setBasemap(basemap: Basemap): void {
    (this.map.getSource(SOURCE.countries) as maplibregl.GeoJSONSource).setData(basemap.countries);
    (this.map.getSource(SOURCE.countryLabels) as maplibregl.GeoJSONSource).setData(basemap.labels);
  }

  setSituation(data: {
    places: FeatureCollection<Point, PlaceFeatureProps>;
    items: FeatureCollection<Point, ItemFeatureProps>;
    arcs: FeatureCollection<LineString | MultiLineString, ArcFeatureProps>;
    bounds: [number, number, number, number] | null;
    dotZoom: number;
  }): void {
    const { places, items, arcs, bounds } = data;
    this.placeStates.clear();
    this.highlighted = null;
    for (const c of this.chunks) {
      this.map.off('mouseenter', c.ids.itemLayer, this.pointer);
      this.map.off('mouseleave', c.ids.itemLayer, this.noPointer);
      this.map.removeLayer(c.ids.itemLayer);
      this.map.removeLayer(c.ids.arcLayer);
      this.map.removeSource(c.ids.source);
    }
    this.chunks = [];
    this.chunkOfItem.clear();
    this.retiling.clear();
    this.waitingFilter = null;
    (this.map.getSource(SOURCE.places) as maplibregl.GeoJSONSource).setData(places);
    chunkByTime(items, arcs).forEach((chunk, n) => {
      const ids = chunkIds(n);
      this.map.addSource(
        ids.source,
        chunkSource({
          type: 'FeatureCollection',
          features: [...chunk.items.features, ...chunk.arcs.features],
        }),
      );
      this.map.addLayer(arcLineLayer(ids.arcLayer, ids.source), LAYER.placesHalo);
      this.map.addLayer(itemDotLayer(ids.itemLayer, ids.source, data.dotZoom), LAYER.placesLabel);
      this.map.on('mouseenter', ids.itemLayer, this.pointer);
      this.map.on('mouseleave', ids.itemLayer, this.noPointer);
      const state: ChunkState = { ids, span: chunk.span, visible: true, filter: 'null' };
      this.chunks.push(state);
      for (const f of chunk.items.features) this.chunkOfItem.set(f.properties.key, state);
    });
    if (this.lastFilter) this.applyItemFilter(this.lastFilter);
    if (!this.fitted && bounds) {
      this.fitted = true;
      this.map.fitBounds(bounds, { padding: FIT_PADDING_PX, maxZoom: FIT_MAX_ZOOM, duration: 0 });
    }
  }

  /**
   * Shows only the items the filter lets through: per chunk, a layer filter (set only when it
   * changes, since each change makes MapLibre cut that chunk's tiles again) or, for a chunk
   * wholly outside the time window, no drawing at all. While MapLibre is still cutting tiles
   * for the last change, a new filter waits, and only the latest one is applied when it is
   * done: a drag sends a filter per mouse move, faster than tiles can be cut, and the page
   * would otherwise take in tiles that are already out of date.
   */
  setItemFilter(filter: ViewFilter): void {
    this.lastFilter = filter;
    if (this.retiling.size > 0) this.waitingFilter = filter;
    else this.applyItemFilter(filter);
  }

  /**
   * A tile of chunk `sourceId` came in (or, for null, the map is idle): once every chunk being
   * cut again is done, applies the filter that waited. Applied within the event, before the
   * next frame, so the map cannot report 'idle' in between.
   */
  private checkRetiled(sourceId: string | null): void {
    if (sourceId === null) this.retiling.clear();
    else if (this.map.isSourceLoaded(sourceId)) this.retiling.delete(sourceId);
    if (this.retiling.size > 0) return;
    const next = this.waitingFilter;
    this.waitingFilter = null;
    if (next) this.applyItemFilter(next);
  }

  private applyItemFilter(filter: ViewFilter): void {
    for (const c of this.chunks) {
      const next = chunkFilter(c.span, filter);
      if (next.visible) {
        const json = JSON.stringify(next.filter);
        if (json !== c.filter) {
          c.filter = json;
          // Both layers in one go: MapLibre cuts the chunk's tiles again once.
          this.map.setFilter(c.ids.itemLayer, chunkLayerFilter('dots', next.filter));
          this.map.setFilter(c.ids.arcLayer, chunkLayerFilter('arcs', next.filter));
          this.retiling.add(c.ids.source);
        }
      }
      if (next.visible !== c.visible) {
        c.visible = next.visible;
        for (const layer of [c.ids.itemLayer, c.ids.arcLayer])
          this.map.setLayoutProperty(layer, 'visibility', next.visible ? 'visible' : 'none');
      }
    }
  }

  /** Marks one item's dot and arcs (hovered in the list), or none. */
  highlightItem(key: string | null): void {
    this.markItem(this.highlighted, false);
    this.highlighted = key;
    this.markItem(key, true);
  }

  private markItem(key: string | null, highlight: boolean): void {
    const chunk = key && this.chunkOfItem.get(key);
    if (!key || !chunk) return;
    this.map.setFeatureState({ source: chunk.ids.source, id: key }, { highlight });
  }

  /** Per-place visible count and colour, as feature-state read by the place layers; only changes are sent. */
  setPlaceStates(states: Map<string, { visibleCount: number; color: string | null }>): void {
    for (const [key, s] of states) {
      const last = this.placeStates.get(key);
      if (last && last.visibleCount === s.visibleCount && last.color === s.color) continue;
      this.placeStates.set(key, s);
      this.map.setFeatureState(
        { source: SOURCE.places, id: key },
        { visibleCount: s.visibleCount, color: s.color },
      );
    }
  }

  /**
   * Opens the popup for a place with the given content, or closes it for null.
   * The content is a DOM element the caller fills (React renders into it through a portal).
   */
  showPopup(
    place: { key: string; coordinates: [number, number] } | null,
    content: HTMLElement,
  ): void {
    if (this.selectedPlace)
      this.map.setFeatureState(
        { source: SOURCE.places, id: this.selectedPlace },
        { selected: false },
      );
    this.selectedPlace = place?.key ?? null;
    this.popupClosedByCode = true;
    if (!place) {
      this.popup.remove();
    } else {
      this.map.setFeatureState({ source: SOURCE.places, id: place.key }, { selected: true });
      this.popup.setLngLat(place.coordinates).setDOMContent(content);
      if (!this.popup.isOpen()) this.popup.addTo(this.map);
    }
    this.popupClosedByCode = false;
  }

  flyTo(center: [number, number]): void {
    this.map.easeTo({ center, zoom: Math.max(this.map.getZoom(), 5), duration: 600 });
  }

  destroy(): void {
    this.map.remove();
  }
}
