import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { FeatureCollection, LineString, MultiLineString, Point } from 'geojson';
import type { Basemap } from '../spatial/basemap';
import { type ContextData, townsNear } from '../spatial/context';
import type { PreparedBase } from './basemap-choice';
import type { ArcFeatureProps, ItemFeatureProps, PlaceFeatureProps } from './features';
import { MAX_DOT_ZOOM } from './map-data';
import { dotStyle, ItemDrawing, STROKE } from './item-drawing';
import { buildItemGeometry, DotFinder, mercatorX, mercatorY } from './item-geometry';
import {
  LAYER,
  makeStyle,
  type PlaceMapState,
  placeMapState,
  SOURCE,
  townFilter,
  type StyleUrls,
} from './layers';

maplibregl.setWorkerUrl(workerUrl);

/** Padding around the places when the map first fits them, in pixels. */
const FIT_PADDING_PX = { top: 70, bottom: 90, left: 70, right: 70 };
/** Most zoomed-in the first view goes, so a single place still shows its country. */
const FIT_MAX_ZOOM = MAX_DOT_ZOOM;
/** How long a label takes to fade in or out once placed or hidden. */
const LABEL_FADE_MS = 300;

export interface SituationMapOptions {
  container: HTMLElement;
  style: StyleUrls;
  /**
   * A basemap the user chose, ready to draw (basemap-choice.ts), and what to credit for it;
   * absent: the offline basemap.
   */
  base?: { prepared: PreparedBase; credit: string };
  /** Starting view; when absent the map fits the places once they are set. */
  view?: { center: [number, number]; zoom: number };
  onPlaceClick: (placeKey: string, itemKey: string | null) => void;
  onViewChange: (view: { center: [number, number]; zoom: number }) => void;
}

/** Extra pixels around a dot that still count as a click on it. */
const HIT_SLOP_PX = 3;

/**
 * Owns the MapLibre map. React creates it once and pushes state into it: places through a
 * GeoJSON source with per-place counts as feature-state; item dots and arcs through two
 * custom WebGL layers (item-drawing.ts) that show exactly the items the filter index marks
 * visible. A filter change hands over those flags; nothing is rebuilt until the reports change.
 */
export class SituationMap {
  readonly map: maplibregl.Map;
  private readonly popup: maplibregl.Popup;
  private selectedPlace: string | null = null;
  private readonly ready: Promise<void>;
  private fitted: boolean;
  private popupClosedByCode = false;
  /** The feature-state last sent for each place. */
  private readonly placeStates = new Map<string, PlaceMapState>();
  /** Items in the filter index's order, their index by key, and where their dots are. */
  private order: readonly string[] = [];
  private indexOf = new Map<string, number>();
  private placeOfItem = new Map<string, string>();
  private drawing: ItemDrawing | null = null;
  private finder: DotFinder | null = null;
  private dotZoom = 0;
  /** The basemap's towns once loaded, and where the reports' point places are. */
  private contextTowns: ContextData['towns'] | null = null;
  private pointPlaces: [number, number][] = [];

  constructor(private readonly options: SituationMapOptions) {
    this.fitted = options.view !== undefined;
    this.map = new maplibregl.Map({
      container: options.container,
      style: makeStyle(options.style, options.base?.prepared),
      center: options.view?.center ?? [30, 40],
      zoom: options.view?.zoom ?? 2,
      attributionControl: {
        compact: true,
        customAttribution: options.base?.credit ?? 'Natural Earth · GeoNames',
      },
      canvasContextAttributes: { preserveDrawingBuffer: true },
      // Labels fade in over 300 ms (MapLibre's default) rather than at once: with no fade,
      // MapLibre places every label again in every frame, even when only the time window or
      // the actor toggles changed (feature-state, which moves no label). That placement was a
      // third of MapLibre's main-thread time per frame while dragging the window.
      fadeDuration: LABEL_FADE_MS,
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
    // After the GPU context is lost and comes back, MapLibre rebuilds its style from a snapshot
    // without custom layers or feature-state: both are put back here.
    this.map.on('webglcontextrestored', () => {
      if (this.map.isStyleLoaded()) this.restoreAfterContextLoss();
      else this.map.once('style.load', () => this.restoreAfterContextLoss());
    });
    this.map.on('mousemove', (e) => {
      const over =
        this.itemAt(e.point) !== null ||
        this.map.queryRenderedFeatures(e.point, { layers: [LAYER.placesCircle] }).length > 0;
      this.map.getCanvas().style.cursor = over ? 'pointer' : '';
    });
  }

  /** Resolves once the style has loaded and sources accept data. */
  whenReady(): Promise<void> {
    return this.ready;
  }

  /** Resolves at the map's next idle: the frame drawn and nothing left loading. */
  whenIdle(): Promise<void> {
    return new Promise((resolve) => {
      this.map.once('idle', () => resolve());
      this.map.triggerRepaint();
    });
  }

  private handleClick(point: maplibregl.Point): void {
    const item = this.itemAt(point);
    if (item !== null) {
      const key = this.order[item];
      const placeKey = this.placeOfItem.get(key);
      if (placeKey) {
        this.options.onPlaceClick(placeKey, key);
        return;
      }
    }
    const place = this.map.queryRenderedFeatures(point, { layers: [LAYER.placesCircle] })[0];
    if (place) this.options.onPlaceClick(place.properties.key as string, null);
  }

  private restoreAfterContextLoss(): void {
    if (this.drawing && !this.map.getLayer(this.drawing.dots.id)) {
      this.drawing.forgetContext();
      this.map.addLayer(this.drawing.arcs, LAYER.placesHalo);
      this.map.addLayer(this.drawing.dots, LAYER.placesLabel);
    }
    for (const [key, state] of this.placeStates) this.sendPlaceState(key, state, null);
    if (this.selectedPlace)
      this.map.setFeatureState(
        { source: SOURCE.placeMarks, id: this.selectedPlace },
        { selected: true },
      );
  }

  /** The index of the shown item whose dot is under a point of the map, or null. */
  private itemAt(point: maplibregl.Point): number | null {
    if (!this.finder || !this.drawing) return null;
    const { radius, opacity } = dotStyle(this.map.getZoom(), this.dotZoom);
    if (opacity <= 0) return null;
    const at = this.map.unproject(point);
    return this.finder.nearest(
      mercatorX(at.lng),
      mercatorY(at.lat),
      radius + STROKE.dot + HIT_SLOP_PX,
      this.worldPx(),
      this.drawing.shown,
    );
  }

  /** Pixels across the whole world at the map's zoom. */
  private worldPx(): number {
    return 512 * 2 ** this.map.getZoom();
  }

  /**
   * The keys of the shown items whose dots are in view, as a reader of the map sees them
   * (tests use it; the dots themselves are pixels).
   */
  itemsInView(): string[] {
    if (!this.drawing) return [];
    const { geometry: g, shown } = this.drawing;
    const b = this.map.getBounds();
    const [x0, x1] = [mercatorX(b.getWest()), mercatorX(b.getEast())];
    const [y0, y1] = [mercatorY(b.getNorth()), mercatorY(b.getSouth())];
    const out: string[] = [];
    for (let i = 0; i < g.count; i++) {
      if (shown[i] !== 1 || g.dotColor[i * 4 + 3] === 0) continue;
      const x = g.dotXY[i * 2];
      const y = g.dotXY[i * 2 + 1];
      if (x >= x0 && x <= x1 && y >= y0 && y <= y1) out.push(this.order[i]);
    }
    return out;
  }

  /**
   * Where an item's dot is on the map canvas (CSS pixels) and its colour, or null for an item
   * without a dot: for tests that read the drawn pixels.
   */
  dotOnScreen(
    key: string,
  ): { x: number; y: number; radius: number; color: [number, number, number] } | null {
    const g = this.drawing?.geometry;
    const i = this.indexOf.get(key);
    if (!g || i === undefined || g.dotColor[i * 4 + 3] === 0) return null;
    const at = new maplibregl.MercatorCoordinate(g.dotXY[i * 2], g.dotXY[i * 2 + 1]).toLngLat();
    const p = this.map.project(at);
    const c = g.dotColor;
    const { radius } = dotStyle(this.map.getZoom(), this.dotZoom);
    return {
      x: p.x + g.dotOffset[i * 2],
      y: p.y + g.dotOffset[i * 2 + 1],
      radius,
      color: [c[i * 4], c[i * 4 + 1], c[i * 4 + 2]],
    };
  }

  /**
   * The middle of an item's arc on the map canvas (CSS pixels) and its colour, or null for an
   * item without an arc: for tests that read the drawn pixels, as {@link dotOnScreen}.
   */
  arcOnScreen(key: string): { x: number; y: number; color: [number, number, number] } | null {
    const g = this.drawing?.geometry;
    const i = this.indexOf.get(key);
    if (!g || i === undefined || g.segAt[i + 1] === g.segAt[i]) return null;
    const s = Math.floor((g.segAt[i] + g.segAt[i + 1]) / 2);
    const mid = (k: number) => (g.segXY[s * 4 + k] + g.segXY[s * 4 + k + 2]) / 2;
    const p = this.map.project(new maplibregl.MercatorCoordinate(mid(0), mid(1)).toLngLat());
    const c = g.segColor;
    return { x: p.x, y: p.y, color: [c[s * 4], c[s * 4 + 1], c[s * 4 + 2]] };
  }

  /** The keys of the shown items that have arcs (tests use it, as {@link itemsInView}). */
  itemsWithArcs(): string[] {
    if (!this.drawing) return [];
    const { geometry: g, shown } = this.drawing;
    const out = new Set<string>();
    for (let s = 0; s < g.segments; s++) {
      const i = g.segItem[s];
      if (shown[i] === 1) out.add(this.order[i]);
    }
    return [...out];
  }

  setBasemap(basemap: Basemap): void {
    (this.map.getSource(SOURCE.countries) as maplibregl.GeoJSONSource).setData(basemap.countries);
    (this.map.getSource(SOURCE.countryLabels) as maplibregl.GeoJSONSource).setData(basemap.labels);
  }

  /** Draws the basemap's context: water, first-level boundaries and names, towns. */
  setContext(context: ContextData): void {
    const set = (id: string, data: GeoJSON.GeoJSON) =>
      (this.map.getSource(id) as maplibregl.GeoJSONSource).setData(data);
    set(SOURCE.lakes, context.lakes);
    set(SOURCE.rivers, context.rivers);
    set(SOURCE.admin1, context.admin1Lines);
    set(SOURCE.regionLabels, context.regionLabels);
    set(SOURCE.towns, context.towns);
    this.contextTowns = context.towns;
    this.hideTownsAtPlaces();
  }

  /** Leaves out the basemap's towns where a report's place is drawn (see townsNear). */
  private hideTownsAtPlaces(): void {
    if (!this.contextTowns) return;
    const hidden = townsNear(this.contextTowns, this.pointPlaces);
    for (const layer of [LAYER.townsDot, LAYER.townsLabel])
      this.map.setFilter(layer, townFilter(hidden));
  }

  setSituation(data: {
    places: FeatureCollection<Point, PlaceFeatureProps>;
    items: FeatureCollection<Point, ItemFeatureProps>;
    arcs: FeatureCollection<LineString | MultiLineString, ArcFeatureProps>;
    bounds: [number, number, number, number] | null;
    dotZoom: number;
    /** Item keys in the filter index's order: the order of the flags {@link setShown} takes. */
    order: readonly string[];
  }): void {
    const { places, items, arcs, bounds, order } = data;
    this.placeStates.clear();
    if (this.drawing) {
      this.map.removeLayer(this.drawing.dots.id);
      this.map.removeLayer(this.drawing.arcs.id);
    }
    for (const source of [SOURCE.places, SOURCE.placeMarks])
      (this.map.getSource(source) as maplibregl.GeoJSONSource).setData(places);
    this.pointPlaces = places.features
      .filter((f) => !f.properties.area)
      .map((f) => f.geometry.coordinates as [number, number]);
    this.hideTownsAtPlaces();
    this.order = order;
    this.indexOf = new Map(order.map((key, i) => [key, i]));
    this.placeOfItem = new Map(
      items.features.map((f) => [f.properties.key, f.properties.placeKey]),
    );
    this.dotZoom = data.dotZoom;
    const geometry = buildItemGeometry(items, arcs, order);
    this.finder = new DotFinder(geometry);
    this.drawing = new ItemDrawing(geometry, data.dotZoom, {
      dots: LAYER.itemDots,
      arcs: LAYER.itemArcs,
    });
    this.map.addLayer(this.drawing.arcs, LAYER.placesHalo);
    this.map.addLayer(this.drawing.dots, LAYER.placesLabel);
    if (!this.fitted && bounds) {
      this.fitted = true;
      this.map.fitBounds(bounds, { padding: FIT_PADDING_PX, maxZoom: FIT_MAX_ZOOM, duration: 0 });
    }
  }

  /**
   * Shows exactly the items whose flag is 1, by index in the order given to
   * {@link setSituation} (the filter index's visible flags): one upload of a byte per item,
   * whatever the filter changed.
   */
  setShown(flags: Readonly<Uint8Array>): void {
    this.drawing?.setShown(flags);
  }

  /** Marks one item's dot and arcs (hovered in the list), or none. */
  highlightItem(key: string | null): void {
    this.drawing?.setMarked(key === null ? -1 : (this.indexOf.get(key) ?? -1));
  }

  /**
   * Per-place visible count and colour, as the feature-state the place layers read
   * ({@link placeMapState}); only places whose drawing changes are sent.
   */
  setPlaceStates(states: Map<string, { visibleCount: number; color: string | null }>): void {
    for (const [key, s] of states) {
      const next = placeMapState(s.visibleCount, s.color);
      const last = this.placeStates.get(key);
      if (
        last &&
        last.radius === next.radius &&
        last.shown === next.shown &&
        last.color === next.color
      )
        continue;
      this.placeStates.set(key, next);
      this.sendPlaceState(key, next, last ?? null);
    }
  }

  /** Sends a place's state to the circles' source, and to the labels' only if `shown` changed. */
  private sendPlaceState(key: string, state: PlaceMapState, last: PlaceMapState | null): void {
    this.map.setFeatureState({ source: SOURCE.places, id: key }, { ...state });
    if (!last || last.shown !== state.shown)
      this.map.setFeatureState({ source: SOURCE.placeMarks, id: key }, { shown: state.shown });
  }

  /**
   * Opens the popup for a place with the given content, or closes it for null.
   * The content is a DOM element the caller fills (React renders into it through a portal).
   */
  /**
   * Marks the place as selected and shows `content` in a popup at it; with no content (the
   * popup is a sheet elsewhere in the page) the place is only marked.
   */
  showPopup(
    place: { key: string; coordinates: [number, number] } | null,
    content: HTMLElement | null,
  ): void {
    if (this.selectedPlace)
      this.map.setFeatureState(
        { source: SOURCE.placeMarks, id: this.selectedPlace },
        { selected: false },
      );
    this.selectedPlace = place?.key ?? null;
    this.popupClosedByCode = true;
    if (!place || !content) {
      this.popup.remove();
      if (place)
        this.map.setFeatureState({ source: SOURCE.placeMarks, id: place.key }, { selected: true });
    } else {
      this.map.setFeatureState({ source: SOURCE.placeMarks, id: place.key }, { selected: true });
      this.popup.setLngLat(place.coordinates).setDOMContent(content);
      if (!this.popup.isOpen()) this.popup.addTo(this.map);
    }
    this.popupClosedByCode = false;
  }

  /**
   * Fits the map to `points` when some of them are out of view (a search's results, a report
   * just added); leaves the view alone when all are in it.
   */
  fitIfOutside(points: [number, number][]): void {
    if (points.length === 0) return;
    const view = this.map.getBounds();
    if (points.every((p) => view.contains(p))) return;
    const b = new maplibregl.LngLatBounds(points[0], points[0]);
    for (const p of points) b.extend(p);
    this.map.fitBounds(b, { padding: FIT_PADDING_PX, maxZoom: FIT_MAX_ZOOM, duration: 500 });
  }

  /**
   * Pans the map, if needed, so that `center` shows above the `coveredPx` of the map's bottom
   * that a sheet covers (a phone's popup sheet over the map).
   */
  keepAbove(center: [number, number], coveredPx: number): void {
    // Opened from a list, the map is still easing to the place: pan once it is there, or the
    // ease would end with the place under the sheet.
    if (this.map.isMoving()) {
      this.map.once('moveend', () => this.keepAbove(center, coveredPx));
      return;
    }
    const height = this.map.getContainer().clientHeight;
    const p = this.map.project(center);
    const limit = Math.max(40, height - coveredPx - 40);
    if (p.y > limit)
      this.map.panBy([0, p.y - Math.min(limit, (height - coveredPx) / 2)], { duration: 300 });
  }

  flyTo(center: [number, number]): void {
    this.map.easeTo({ center, zoom: Math.max(this.map.getZoom(), 5), duration: 600 });
  }

  destroy(): void {
    this.map.remove();
  }
}
