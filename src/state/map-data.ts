import { bbox, greatCircle } from '@turf/turf';
import type { Feature, FeatureCollection, LineString, MultiLineString, Point } from 'geojson';
import type { ArcFeatureProps, ItemFeatureProps, PlaceFeatureProps } from '../map/situation-map';
import { type Domain, isAreaMiddle, isDrawnPlace } from './domain';
import { mercatorY } from '../map/item-geometry';
import { distanceKm } from '../spatial/distance';
import { itemsAtPlace } from './selectors';

/** Distance of the first item dot from its place's centre, in screen pixels. */
const DOT_RING_START_PX = 20;
/** Growth of the dot spiral per sqrt(slot), in screen pixels. */
const DOT_SPIRAL_STEP_PX = 6;
/** Golden angle: consecutive dots never line up, however many there are. */
const GOLDEN_ANGLE_RAD = Math.PI * (3 - Math.sqrt(5));
/** Most zoomed-in the first view goes (see situation-map.ts); dots are laid out for it at most. */
export const MAX_DOT_ZOOM = 6;
/** Least zoomed-in zoom dots are laid out for. */
const MIN_DOT_ZOOM = 1;
/** The view size a data set's extent is fitted into to choose the dots' zoom, in pixels. */
const NOMINAL_VIEW_PX: [number, number] = [760, 520];
/** Pixels across the whole world at zoom 0 (MapLibre tiles are 512 pixels). */
const WORLD_PX = 512;

/** Points along the longest arcs: smooth at any zoom. */
const ARC_POINTS = 32;
/** An arc gets a point per this many kilometres, between 2 and {@link ARC_POINTS}: short arcs are near-straight. */
const ARC_KM_PER_POINT = 150;

/** Where the n-th item at a place sits around it, in screen pixels at the dots' zoom (y down). */
export function dotOffset(slot: number): [number, number] {
  const r = DOT_RING_START_PX + DOT_SPIRAL_STEP_PX * Math.sqrt(slot);
  const a = slot * GOLDEN_ANGLE_RAD - Math.PI / 2;
  return [r * Math.cos(a), r * Math.sin(a)];
}

/**
 * The zoom the item dots are laid out for: the one at which the places fill a typical map
 * view. Dots sit at fixed map positions (drawn as points by the item layer, item-drawing.ts,
 * which takes 100,000 of them), so their spiral around a place is as drawn here
 * at this zoom, opens up as the analyst zooms in and folds under the place as she zooms out.
 */
export function dotZoom(bounds: [number, number, number, number] | null): number {
  if (!bounds) return MAX_DOT_ZOOM;
  const [w, s, e, n] = bounds;
  const x = (e - w) / 360;
  const y = Math.abs(mercatorY(n) - mercatorY(s));
  const fit = Math.min(
    x > 0 ? Math.log2(NOMINAL_VIEW_PX[0] / (WORLD_PX * x)) : MAX_DOT_ZOOM,
    y > 0 ? Math.log2(NOMINAL_VIEW_PX[1] / (WORLD_PX * y)) : MAX_DOT_ZOOM,
  );
  return Math.max(MIN_DOT_ZOOM, Math.min(MAX_DOT_ZOOM, fit));
}

/** The map position of the n-th dot around `center` when drawn at `zoom`. */
export function dotPosition(
  center: [number, number],
  slot: number,
  zoom: number,
): [number, number] {
  const [dx, dy] = dotOffset(slot);
  const degPerPx = 360 / (WORLD_PX * 2 ** zoom);
  // Mercator stretches north-south distances by 1/cos(latitude).
  const cos = Math.cos((center[1] * Math.PI) / 180);
  const lon = center[0] + dx * degPerPx;
  const lat = Math.max(-85, Math.min(85, center[1] - dy * degPerPx * cos));
  return [Math.round(lon * 1e6) / 1e6, Math.round(lat * 1e6) / 1e6];
}

export interface MapData {
  places: FeatureCollection<Point, PlaceFeatureProps>;
  items: FeatureCollection<Point, ItemFeatureProps>;
  /** Great-circle lines from where an item was said or done to the other places it reaches. */
  arcs: FeatureCollection<LineString | MultiLineString, ArcFeatureProps>;
  /** [west, south, east, north] of all places, or null when there are none. */
  bounds: [number, number, number, number] | null;
  /** The zoom the item dots are laid out for (see {@link dotZoom}). */
  dotZoom: number;
}

/** The map's sources, made once per set of loaded reports (toggles never rebuild them). */
export function makeMapData(domain: Domain): MapData {
  const places: MapData['places'] = { type: 'FeatureCollection', features: [] };
  const items: MapData['items'] = { type: 'FeatureCollection', features: [] };
  const arcs: MapData['arcs'] = { type: 'FeatureCollection', features: [] };
  const drawn = [...domain.places.values()].filter((p) => isDrawnPlace(domain, p));
  for (const place of drawn)
    places.features.push({
      type: 'Feature',
      properties: { key: place.key, name: place.name, basis: place.basis },
      geometry: { type: 'Point', coordinates: place.coordinates },
    });
  // A country's point is its middle: fitting it would zoom out to a continent for one mention.
  const specific = places.features.filter(
    (f) => !isAreaMiddle(domain.places.get(f.properties.key)?.placeType),
  );
  const fit =
    specific.length > 0 ? { type: 'FeatureCollection' as const, features: specific } : places;
  const bounds =
    fit.features.length > 0 ? (bbox(fit).slice(0, 4) as [number, number, number, number]) : null;
  const zoom = dotZoom(bounds);
  for (const place of drawn) {
    itemsAtPlace(domain, place.key)
      .filter((item) => item.placeKey === place.key)
      .forEach((item, slot) => {
        const primary = domain.actors.get(item.actorIds[0] ?? '');
        const feature: Feature<Point, ItemFeatureProps> = {
          type: 'Feature',
          properties: {
            key: item.key,
            kind: item.props.kind,
            placeKey: place.key,
            color: primary?.color ?? '#616161',
          },
          geometry: { type: 'Point', coordinates: dotPosition(place.coordinates, slot, zoom) },
        };
        items.features.push(feature);
        for (const other of new Set([...item.alsoAtKeys, ...item.aboutKeys])) {
          const to = domain.places.get(other);
          // A country's point is its middle, not where anything was said or done.
          if (
            !to ||
            other === place.key ||
            isAreaMiddle(to.placeType) ||
            isAreaMiddle(place.placeType)
          )
            continue;
          const km = distanceKm(place.coordinates, to.coordinates);
          const npoints = Math.max(2, Math.min(ARC_POINTS, Math.ceil(km / ARC_KM_PER_POINT)));
          const line = greatCircle(place.coordinates, to.coordinates, { npoints });
          arcs.features.push({
            type: 'Feature',
            properties: { ...feature.properties, arcKey: `${item.key}>${other}`, toKey: other },
            geometry: line.geometry,
          });
        }
      });
  }
  return { places, items, arcs, bounds, dotZoom: zoom };
}
