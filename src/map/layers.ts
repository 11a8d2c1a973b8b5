import type {
  ExpressionSpecification,
  FilterSpecification,
  LayerSpecification,
  StyleSpecification,
} from 'maplibre-gl';
import type { PreparedBase } from './basemap-choice';

/** Font name used by every label; mapped to bundled files by the style's `font-faces`. */
export const LABEL_FONT = 'Noto Sans Regular';

export const SOURCE = {
  countries: 'countries',
  countryLabels: 'country-labels',
  /** Basemap context (src/spatial/context.ts): none of it comes from a report. */
  lakes: 'lakes',
  rivers: 'rivers',
  admin1: 'admin1',
  regionLabels: 'region-labels',
  towns: 'towns',
  places: 'places',
  /**
   * The same places again, for their labels and the selection ring: their feature-state
   * (`shown`, `selected`) changes only when a place appears, fades or is picked, while the
   * circles' radius changes with nearly every window step. MapLibre rewrites the paint data of
   * every layer of a source for each feature whose state changes, and the labels' data (four
   * vertices per letter) was most of what a window step sent to the GPU.
   */
  placeMarks: 'place-marks',
} as const;

export const LAYER = {
  background: 'background',
  countriesFill: 'countries-fill',
  countriesLine: 'countries-line',
  lakesFill: 'lakes-fill',
  riversLine: 'rivers-line',
  admin1Line: 'admin1-line',
  regionsLabel: 'regions-label',
  townsDot: 'towns-dot',
  townsLabel: 'towns-label',
  countriesLabel: 'countries-label',
  placesHalo: 'places-halo',
  placesCircle: 'places-circle',
  placesLabel: 'places-label',
  /** Custom WebGL layers (item-drawing.ts), added with the data. */
  itemArcs: 'item-arcs',
  itemDots: 'item-dots',
} as const;

/** Colour of a place with nothing visible left, and of land and sea. */
const COLORS = {
  sea: '#c9dbe6',
  land: '#f4f1ea',
  border: '#8a8a8a',
  countryLabel: '#5a5a5a',
  water: '#9fc0d6',
  admin1: '#a8a29a',
  regionLabel: '#8c857c',
  town: '#7d7d7d',
  townLabel: '#6b6b6b',
  faded: '#9e9e9e',
  placeLabel: '#1a1a1a',
  halo: '#ffffff',
};

const placeVisible = ['boolean', ['feature-state', 'shown'], false];

/** A place's circle radius in pixels by its visible items: none, ten, a hundred or more. */
const RADIUS_STOPS: readonly [count: number, px: number][] = [
  [0, 8],
  [10, 13],
  [100, 18],
];
/** Radii are rounded to this step: a finer change is not seen, and would cost a map update. */
const RADIUS_STEP_PX = 0.5;

/** What the place layers read from a place's feature-state. */
export interface PlaceMapState {
  /** Circle radius in pixels, rounded to {@link RADIUS_STEP_PX}. */
  radius: number;
  /** Whether anything at the place is in view (otherwise it is drawn faded). */
  shown: boolean;
  /** The colour of the side with most items in view there, or null (grey). */
  color: string | null;
}

/**
 * The feature-state of a place with `visibleCount` items in view. Two counts that look the
 * same on the map give equal states, so a window step that moves a count from 57 to 58 sends
 * MapLibre nothing (each feature-state change makes it rewrite the place's paint data).
 */
export function placeMapState(visibleCount: number, color: string | null): PlaceMapState {
  let px = RADIUS_STOPS[RADIUS_STOPS.length - 1][1];
  for (let k = 1; k < RADIUS_STOPS.length; k++) {
    const [c1, r1] = RADIUS_STOPS[k];
    if (visibleCount >= c1) continue;
    const [c0, r0] = RADIUS_STOPS[k - 1];
    px = r0 + ((Math.max(visibleCount, c0) - c0) / (c1 - c0)) * (r1 - r0);
    break;
  }
  return {
    radius: Math.round(px / RADIUS_STEP_PX) * RADIUS_STEP_PX,
    shown: visibleCount > 0,
    color,
  };
}

/**
 * Towns on the basemap by population as the map zooms in: the largest first, all of them
 * (20,000 people or more, see scripts/build-context.ts) from zoom 8.
 */
const TOWN_MIN_POPULATION: ExpressionSpecification = [
  'step',
  ['zoom'],
  2_000_000,
  4,
  500_000,
  5,
  200_000,
  6,
  80_000,
  7,
  40_000,
  8,
  0,
];

/**
 * The basemap's context, drawn quietly in greys and a pale blue so nothing in it reads as a
 * report's place: water, first-level boundaries and names, towns. Labels of reports' places
 * sit in layers above, so MapLibre places them first when labels collide.
 */
/** The towns layers' filter: large enough for the zoom, and not at a report's place. */
export function townFilter(hiddenIds: readonly number[] = []): FilterSpecification {
  const big: ExpressionSpecification = ['>=', ['get', 'pop'], TOWN_MIN_POPULATION];
  if (hiddenIds.length === 0) return big;
  return ['all', big, ['!', ['in', ['id'], ['literal', hiddenIds]]]];
}

function contextLayers(): LayerSpecification[] {
  return [
    {
      id: LAYER.lakesFill,
      type: 'fill',
      source: SOURCE.lakes,
      paint: { 'fill-color': COLORS.sea, 'fill-outline-color': COLORS.water },
    },
    {
      id: LAYER.riversLine,
      type: 'line',
      source: SOURCE.rivers,
      minzoom: 3,
      paint: {
        'line-color': COLORS.water,
        'line-width': ['interpolate', ['linear'], ['zoom'], 3, 0.5, 8, 1.6],
      },
    },
    {
      id: LAYER.admin1Line,
      type: 'line',
      source: SOURCE.admin1,
      minzoom: 3.5,
      paint: {
        'line-color': COLORS.admin1,
        'line-width': ['interpolate', ['linear'], ['zoom'], 3.5, 0.4, 8, 1],
        'line-dasharray': [3, 2],
      },
    },
    {
      id: LAYER.regionsLabel,
      type: 'symbol',
      source: SOURCE.regionLabels,
      // Natural Earth's label zoom is for its own scale set; ours shows names two steps earlier.
      filter: ['<=', ['get', 'rank'], ['+', ['zoom'], 2]],
      minzoom: 4,
      layout: {
        'text-field': ['get', 'name'],
        'text-font': [LABEL_FONT],
        'text-size': 11,
        'text-letter-spacing': 0.12,
        'text-transform': 'uppercase',
        'text-max-width': 7,
        'symbol-sort-key': ['get', 'rank'],
      },
      paint: {
        'text-color': COLORS.regionLabel,
        'text-halo-color': COLORS.land,
        'text-halo-width': 1,
      },
    },
    {
      id: LAYER.townsDot,
      type: 'circle',
      source: SOURCE.towns,
      minzoom: 3,
      filter: townFilter(),
      paint: {
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 3, 1.5, 9, 2.5],
        'circle-color': COLORS.town,
      },
    },
    {
      id: LAYER.townsLabel,
      type: 'symbol',
      source: SOURCE.towns,
      minzoom: 3,
      filter: townFilter(),
      layout: {
        'text-field': ['get', 'name'],
        'text-font': [LABEL_FONT],
        'text-size': ['interpolate', ['linear'], ['zoom'], 3, 10, 9, 12],
        'text-anchor': 'left',
        'text-offset': [0.5, 0],
        'text-max-width': 8,
        // Larger towns are placed first when labels collide.
        'symbol-sort-key': ['-', ['get', 'pop']],
      },
      paint: {
        'text-color': COLORS.townLabel,
        'text-halo-color': COLORS.land,
        'text-halo-width': 1,
      },
    },
  ] as LayerSpecification[];
}

/**
 * The map's layers as data, bottom to top. Sources are added by {@link makeStyle}; the item
 * dots and arcs, custom WebGL layers (item-drawing.ts), are added with the data: arcs below
 * {@link LAYER.placesHalo}, dots below {@link LAYER.placesLabel}.
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
    ...contextLayers(),
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
      source: SOURCE.placeMarks,
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
        'circle-radius': ['coalesce', ['feature-state', 'radius'], RADIUS_STOPS[0][1]],
        // An inferred place is hollow: white inside, a ring in the side's colour.
        'circle-color': [
          'case',
          ['==', ['get', 'basis'], 'inferred'],
          '#ffffff',
          ['coalesce', ['feature-state', 'color'], COLORS.faded],
        ],
        'circle-stroke-color': ['coalesce', ['feature-state', 'color'], COLORS.faded],
        'circle-stroke-width': ['case', ['==', ['get', 'basis'], 'inferred'], 4, 1.5],
        // A country or region as a whole is a pale disc: its middle is no point where
        // something happened (see the legend, src/ui/Legend.tsx).
        'circle-opacity': [
          'case',
          placeVisible,
          ['case', ['boolean', ['get', 'area'], false], 0.3, 0.95],
          0.3,
        ],
        'circle-stroke-opacity': ['case', placeVisible, 1, 0.3],
      },
    },
    {
      id: LAYER.placesLabel,
      type: 'symbol',
      source: SOURCE.placeMarks,
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

/** Our layers that stay over a chosen basemap: the reports' places (items are added later). */
const SITUATION_LAYERS: readonly string[] = [
  LAYER.placesHalo,
  LAYER.placesCircle,
  LAYER.placesLabel,
];

/**
 * The whole style: basemap and situation sources start empty and get `setData` once the
 * files are loaded. No glyph server: labels use the bundled font through `font-faces`.
 * With a chosen basemap (`base`), its sources and layers come first and the offline basemap's
 * layers are left out; the reports' layers sit on top. Its sources keep ours' empty sources
 * beside them, so the code that fills them needs no case for it.
 */
export function makeStyle(urls: StyleUrls, base?: PreparedBase): StyleSpecification {
  const empty = {
    type: 'geojson' as const,
    data: { type: 'FeatureCollection' as const, features: [] },
  };
  const ours = makeLayers();
  return {
    version: 8,
    name: 'situation-viewer',
    'font-faces': {
      [LABEL_FONT]: [{ url: urls.font, 'unicode-range': ['U+0000-024F', 'U+2000-206F'] }],
    },
    ...(base?.glyphs ? { glyphs: base.glyphs } : {}),
    ...(base?.sprite ? { sprite: base.sprite } : {}),
    sources: {
      ...base?.sources,
      [SOURCE.countries]: empty,
      [SOURCE.countryLabels]: empty,
      [SOURCE.lakes]: empty,
      [SOURCE.rivers]: empty,
      [SOURCE.admin1]: empty,
      [SOURCE.regionLabels]: empty,
      [SOURCE.towns]: empty,
      [SOURCE.places]: { ...empty, promoteId: 'key' },
      [SOURCE.placeMarks]: { ...empty, promoteId: 'key' },
    },
    layers: base ? [...base.layers, ...ours.filter((l) => SITUATION_LAYERS.includes(l.id))] : ours,
  } as StyleSpecification;
}
