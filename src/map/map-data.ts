import { bbox, greatCircle } from '@turf/turf';
import type { Feature, FeatureCollection, LineString, MultiLineString, Point } from 'geojson';
import type { ArcFeatureProps, ItemFeatureProps, PlaceFeatureProps } from './features';
import { type Domain, isAreaMiddle, isDrawnPlace } from '../state/domain';
import { mercatorY } from './item-geometry';
import { distanceKm } from '../spatial/distance';
import { itemsAtPlace } from '../state/selectors';

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

/**
 * The zoom the places fill a typical map view at: the dots' size and fading follow it
 * (item-drawing.ts). Each dot stays at a fixed distance in pixels from its place whatever the
 * zoom (item-geometry.ts, dotOffsetPx): the map never draws an item where it did not happen.
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

export interface MapData {
  places: FeatureCollection<Point, PlaceFeatureProps>;
  items: FeatureCollection<Point, ItemFeatureProps>;
  /** Great-circle lines from where an item was said or done to the other places it reaches. */
  arcs: FeatureCollection<LineString | MultiLineString, ArcFeatureProps>;
  /** [west, south, east, north] of all places, or null when there are none. */
  bounds: [number, number, number, number] | null;
  /** The zoom the places fill a map view at (see {@link dotZoom}). */
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
      properties: {
        key: place.key,
        name: place.name,
        basis: place.basis,
        area: isAreaMiddle(place.placeType) || place.placeType === 'region',
      },
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
            slot,
          },
          // The item is at its place: the dot's offset around it is in pixels, drawn by the GPU.
          geometry: { type: 'Point', coordinates: place.coordinates },
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
