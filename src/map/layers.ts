import type {
  CircleLayerSpecification,
  FilterSpecification,
  LayerSpecification,
  LineLayerSpecification,
  GeoJSONSourceSpecification,
  StyleSpecification,
} from 'maplibre-gl';

/** Font name used by every label; mapped to bundled files by the style's `font-faces`. */
export const LABEL_FONT = 'Noto Sans Regular';

export const SOURCE = {
  countries: 'countries',
  countryLabels: 'country-labels',
  places: 'places',
} as const;

export const LAYER = {
  background: 'background',
  countriesFill: 'countries-fill',
  countriesLine: 'countries-line',
  countriesLabel: 'countries-label',
  placesHalo: 'places-halo',
  placesCircle: 'places-circle',
  placesLabel: 'places-label',
} as const;

type DotPaint = Required<
  Pick<
    NonNullable<CircleLayerSpecification['paint']>,
    'circle-radius' | 'circle-opacity' | 'circle-stroke-opacity'
  >
>;

/**
 * Size and fading of the item dots, which sit at map positions laid out for `zoom` (see
 * map-data.ts): full size there, smaller further out, gone once they would fold under their
 * place.
 */
export function dotPaint(zoom: number): DotPaint {
  return {
    'circle-radius': ['interpolate', ['linear'], ['zoom'], zoom - 2, 2, zoom, 4.5, zoom + 4, 7],
    'circle-opacity': ['interpolate', ['linear'], ['zoom'], zoom - 1.6, 0, zoom - 0.8, 1],
    'circle-stroke-opacity': ['interpolate', ['linear'], ['zoom'], zoom - 1.6, 0, zoom - 0.8, 1],
  };
}

/** Colour of a place with nothing visible left, and of land and sea. */
const COLORS = {
  sea: '#c9dbe6',
  land: '#f4f1ea',
  border: '#8a8a8a',
  countryLabel: '#5a5a5a',
  faded: '#9e9e9e',
  placeLabel: '#1a1a1a',
  halo: '#ffffff',
};

const placeVisible = ['>', ['coalesce', ['feature-state', 'visibleCount'], 0], 0];

/**
 * The map's layers as data, bottom to top. Sources are added by {@link makeStyle}; the item
 * dots and arcs, one layer per chunk of items (see time-chunks.ts), are added with the data:
 * arcs below {@link LAYER.placesHalo}, dots below {@link LAYER.placesLabel}.
 */
export function makeLayers(): LayerSpecification[] {
  return [
    { id: LAYER.background, type: 'background', paint: { 'background-color': COLORS.sea } },
    {
      id: LAYER.countriesFill,
      type: 'fill',
      source: SOURCE.countries,
      paint: { 'fill-color': COLORS.land },
    },
    {
      id: LAYER.countriesLine,
      type: 'line',
      source: SOURCE.countries,
      paint: {
        'line-color': COLORS.border,
        'line-width': ['interpolate', ['linear'], ['zoom'], 1, 0.4, 6, 1.2],
      },
    },
    {
      id: LAYER.countriesLabel,
      type: 'symbol',
      source: SOURCE.countryLabels,
      // Larger countries get their names first; small ones appear as the map zooms in.
      filter: [
        '>=',
        ['get', 'area'],
        ['interpolate', ['linear'], ['zoom'], 1, 400000, 4, 20000, 6, 0],
      ],
      layout: {
        'text-field': ['get', 'name'],
        'text-font': [LABEL_FONT],
        'text-size': ['interpolate', ['linear'], ['zoom'], 2, 10, 6, 14],
        'text-transform': 'uppercase',
        'text-letter-spacing': 0.08,
        'text-max-width': 8,
      },
      paint: {
        'text-color': COLORS.countryLabel,
        'text-halo-color': COLORS.land,
        'text-halo-width': 1.2,
      },
    },
    {
      id: LAYER.placesHalo,
      type: 'circle',
      source: SOURCE.places,
      paint: {
        'circle-radius': 19,
        'circle-color': 'rgba(0,0,0,0)',
        'circle-stroke-color': '#111111',
        'circle-stroke-width': 3,
        'circle-stroke-opacity': ['case', ['boolean', ['feature-state', 'selected'], false], 1, 0],
      },
    },
    {
      id: LAYER.placesCircle,
      type: 'circle',
      source: SOURCE.places,
      paint: {
        'circle-radius': [
          'interpolate',
          ['linear'],
          ['coalesce', ['feature-state', 'visibleCount'], 0],
          0,
          8,
          10,
          13,
          100,
          18,
        ],
        // An inferred place is hollow: white inside, a ring in the side's colour.
        'circle-color': [
          'case',
          ['==', ['get', 'basis'], 'inferred'],
          '#ffffff',
          ['coalesce', ['feature-state', 'color'], COLORS.faded],
        ],
        'circle-stroke-color': ['coalesce', ['feature-state', 'color'], COLORS.faded],
        'circle-stroke-width': ['case', ['==', ['get', 'basis'], 'inferred'], 4, 1.5],
        'circle-opacity': ['case', placeVisible, 0.95, 0.3],
        'circle-stroke-opacity': ['case', placeVisible, 1, 0.3],
      },
    },
    {
      id: LAYER.placesLabel,
      type: 'symbol',
      source: SOURCE.places,
      layout: {
        'text-field': ['get', 'name'],
        'text-font': [LABEL_FONT],
        'text-size': 14,
        'text-offset': [0, 1.6],
        'text-anchor': 'top',
      },
      paint: {
        'text-color': COLORS.placeLabel,
        'text-halo-color': COLORS.halo,
        'text-halo-width': 1.6,
        'text-opacity': ['case', placeVisible, 1, 0.45],
      },
    },
  ] as LayerSpecification[];
}

export interface StyleUrls {
  /** Absolute URL of the Noto Sans regular woff2 file. */
  font: string;
}

/**
 * The whole style: basemap and situation sources start empty and get `setData` once the
 * files are loaded. No glyph server: labels use the bundled font through `font-faces`.
 */
export function makeStyle(urls: StyleUrls): StyleSpecification {
  const empty = {
    type: 'geojson' as const,
    data: { type: 'FeatureCollection' as const, features: [] },
  };
  return {
    version: 8,
    name: 'situation-viewer',
    'font-faces': {
      [LABEL_FONT]: [{ url: urls.font, 'unicode-range': ['U+0000-024F', 'U+2000-206F'] }],
    },
    sources: {
      [SOURCE.countries]: empty,
      [SOURCE.countryLabels]: empty,
      [SOURCE.places]: { ...empty, promoteId: 'key' },
    },
    layers: makeLayers(),
  } as StyleSpecification;
}

/** The source and layers of the n-th chunk of items (see time-chunks.ts). */
export const chunkIds = (n: number) => ({
  source: `items-${n}`,
  itemLayer: `${ITEM_LAYER_PREFIX}${n}`,
  arcLayer: `${ARC_LAYER_PREFIX}${n}`,
});
export const ITEM_LAYER_PREFIX = 'items-dot-';
export const ARC_LAYER_PREFIX = 'arcs-line-';

/**
 * A chunk's source: its items' dots and their arcs together, so that a filter change makes
 * MapLibre cut one set of tiles, not two. A dot and its arcs share the item's key as their
 * id, so one feature-state marks them all.
 */
export function chunkSource(data: GeoJSONSourceSpecification['data']): GeoJSONSourceSpecification {
  return { type: 'geojson', data, promoteId: 'key' };
}

const DOTS_ONLY: FilterSpecification = ['==', ['geometry-type'], 'Point'];
const ARCS_ONLY: FilterSpecification = ['!=', ['geometry-type'], 'Point'];

/** The filter of a chunk's dot or arc layer: its own kind of feature, and what `filter` lets through. */
export function chunkLayerFilter(
  kind: 'dots' | 'arcs',
  filter: FilterSpecification | null,
): FilterSpecification {
  const own = kind === 'dots' ? DOTS_ONLY : ARCS_ONLY;
  return filter ? (['all', own, filter] as FilterSpecification) : own;
}

/**
 * One dot per event or statement, around its place: a circle layer, which draws 100,000
 * points without the symbol layer's placement work or its per-tile limits. Sized for dots
 * laid out at `dotZoom` (see {@link dotPaint}).
 */
export function itemDotLayer(
  id: string,
  source: string,
  dotZoom: number,
): CircleLayerSpecification {
  return {
    id,
    type: 'circle',
    source,
    filter: chunkLayerFilter('dots', null),
    paint: {
      ...dotPaint(dotZoom),
      'circle-color': ['get', 'color'],
      'circle-stroke-color': [
        'case',
        ['boolean', ['feature-state', 'highlight'], false],
        '#111111',
        COLORS.halo,
      ],
      'circle-stroke-width': ['case', ['boolean', ['feature-state', 'highlight'], false], 3, 1],
    },
  };
}

/** A statement made in one place about another, a call between two capitals. */
export function arcLineLayer(id: string, source: string): LineLayerSpecification {
  return {
    id,
    type: 'line',
    source,
    filter: chunkLayerFilter('arcs', null),
    layout: { 'line-cap': 'round' },
    paint: {
      'line-color': ['get', 'color'],
      'line-width': ['case', ['boolean', ['feature-state', 'highlight'], false], 4, 1.6],
      'line-opacity': 0.75,
    },
  };
}
