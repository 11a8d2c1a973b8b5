import { bbox, greatCircle } from '@turf/turf';
import type { Feature, FeatureCollection, LineString, MultiLineString, Point } from 'geojson';
import type { ArcFeatureProps, ItemFeatureProps, PlaceFeatureProps } from '../map/situation-map';
import type { Domain } from './domain';
import { itemsAtPlace } from './selectors';

/** Distance of the first item dot from its place's centre, in screen pixels. */
const DOT_RING_START_PX = 20;
/** Growth of the dot spiral per sqrt(slot), in screen pixels. */
const DOT_SPIRAL_STEP_PX = 6;
/** Golden angle: consecutive dots never line up, however many there are. */
const GOLDEN_ANGLE_RAD = Math.PI * (3 - Math.sqrt(5));
/** The dot icon is drawn at this scale (see layers.ts); icon offsets are in unscaled pixels. */
const DOT_ICON_SCALE = 0.5;

/** Points along each arc: smooth at any zoom, small for thousands of arcs. */
const ARC_POINTS = 32;

/** Where the n-th item at a place sits around it, in unscaled icon pixels. */
export function dotOffset(slot: number): [number, number] {
  const r = (DOT_RING_START_PX + DOT_SPIRAL_STEP_PX * Math.sqrt(slot)) / DOT_ICON_SCALE;
  const a = slot * GOLDEN_ANGLE_RAD - Math.PI / 2;
  return [Math.round(r * Math.cos(a) * 10) / 10, Math.round(r * Math.sin(a) * 10) / 10];
}

export interface MapData {
  places: FeatureCollection<Point, PlaceFeatureProps>;
  items: FeatureCollection<Point, ItemFeatureProps>;
  /** Great-circle lines from where an item was said or done to the other places it reaches. */
  arcs: FeatureCollection<LineString | MultiLineString, ArcFeatureProps>;
  /** [west, south, east, north] of all places, or null when there are none. */
  bounds: [number, number, number, number] | null;
}

/** The map's sources, made once per set of loaded reports (toggles never rebuild them). */
export function makeMapData(domain: Domain): MapData {
  const places: MapData['places'] = { type: 'FeatureCollection', features: [] };
  const items: MapData['items'] = { type: 'FeatureCollection', features: [] };
  const arcs: MapData['arcs'] = { type: 'FeatureCollection', features: [] };
  for (const place of domain.places.values()) {
    places.features.push({
      type: 'Feature',
      properties: { key: place.key, name: place.name, basis: place.basis },
      geometry: { type: 'Point', coordinates: place.coordinates },
    });
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
            actorList: `,${item.actorIds.join(',')},`,
            color: primary?.color ?? '#616161',
            offset: dotOffset(slot),
            dated: item.interval !== null,
            t0: item.interval?.[0] ?? 0,
            t1: item.interval?.[1] ?? 0,
            search: item.search,
          },
          geometry: { type: 'Point', coordinates: place.coordinates },
        };
        items.features.push(feature);
        for (const other of new Set([...item.alsoAtKeys, ...item.aboutKeys])) {
          const to = domain.places.get(other);
          // A country's point is its middle, not where anything was said or done.
          if (
            !to ||
            other === place.key ||
            to.placeType === 'country' ||
            place.placeType === 'country'
          )
            continue;
          const line = greatCircle(place.coordinates, to.coordinates, { npoints: ARC_POINTS });
          arcs.features.push({
            type: 'Feature',
            properties: { ...feature.properties, arcKey: `${item.key}>${other}`, toKey: other },
            geometry: line.geometry,
          });
        }
      });
  }
  // A country's point is its middle: fitting it would zoom out to a continent for one mention.
  const specific = places.features.filter(
    (f) => domain.places.get(f.properties.key)?.placeType !== 'country',
  );
  const fit =
    specific.length > 0 ? { type: 'FeatureCollection' as const, features: specific } : places;
  const bounds =
    fit.features.length > 0 ? (bbox(fit).slice(0, 4) as [number, number, number, number]) : null;
  return { places, items, arcs, bounds };
}
