import { isRealDay, MERCATOR_MAX_LAT } from '../model/checks';

/**
 * The view's state in the address bar, so a copied link reopens the same view:
 * `#map=<zoom>/<lat>/<lon>&hide=<actor>,<actor>&t=<from>..<to>&undated=0&q=<search>&place=<place key>&item=<item key>`.
 */

export interface MapView {
  zoom: number;
  lat: number;
  lon: number;
}

export interface UrlState {
  /** Actor ids switched off in the layer panel. */
  hidden: string[];
  /** Time window as YYYY-MM-DD days, or null for all time. */
  window: { from: string; to: string } | null;
  /** False when undated items are hidden while a window is set. */
  includeUndated: boolean;
  /** Search text. */
  query: string;
  /** The place whose popup is open. */
  place: string | null;
  /** The event or statement shown in the reader. */
  item: string | null;
  view: MapView | null;
}

/** Decimal places kept for the view: about 1 m at the equator, 0.01 of a zoom level. */
const COORD_DECIMALS = 5;
const ZOOM_DECIMALS = 2;

export function encodeUrlState(state: UrlState): string {
  const params = new URLSearchParams();
  if (state.view) {
    const { zoom, lat, lon } = state.view;
    params.set(
      'map',
      `${zoom.toFixed(ZOOM_DECIMALS)}/${lat.toFixed(COORD_DECIMALS)}/${lon.toFixed(COORD_DECIMALS)}`,
    );
  }
  if (state.hidden.length > 0) params.set('hide', [...state.hidden].sort().join(','));
  if (state.window) params.set('t', `${state.window.from}..${state.window.to}`);
  if (!state.includeUndated) params.set('undated', '0');
  if (state.query) params.set('q', state.query);
  if (state.place) params.set('place', state.place);
  if (state.item) params.set('item', state.item);
  const s = params.toString().replace(/%2F/g, '/').replace(/%2C/g, ',');
  return s ? `#${s}` : '';
}

/** Reads a hash written by {@link encodeUrlState}; anything malformed is ignored, not fatal. */
export function decodeUrlState(hash: string): UrlState {
  const state: UrlState = {
    hidden: [],
    window: null,
    includeUndated: true,
    query: '',
    place: null,
    item: null,
    view: null,
  };
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const map = params.get('map')?.split('/').map(Number);
  if (map && map.length === 3 && map.every(Number.isFinite)) {
    const [zoom, lat, lon] = map;
    if (Math.abs(lat) <= MERCATOR_MAX_LAT && Math.abs(lon) <= 180 && zoom >= 0 && zoom <= 24)
      state.view = { zoom, lat, lon };
  }
  state.hidden = (params.get('hide') ?? '').split(',').filter(Boolean);
  const t = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/.exec(params.get('t') ?? '');
  if (t && isRealDay(t[1]) && isRealDay(t[2]) && t[1] <= t[2])
    state.window = { from: t[1], to: t[2] };
  state.includeUndated = params.get('undated') !== '0';
  state.query = params.get('q') ?? '';
  state.place = params.get('place') || null;
  state.item = params.get('item') || null;
  return state;
}
