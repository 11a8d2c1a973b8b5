import type {
  FeatureCollection,
  LineString,
  MultiLineString,
  MultiPolygon,
  Point,
  Polygon,
} from 'geojson';
import KDBush from 'kdbush';
import { feature } from 'topojson-client';
import type { GeometryObject, Topology } from 'topojson-specification';

/** Bumped when the context file's shape changes, so an old cached build is rebuilt. */
export const CONTEXT_VERSION = 2;

/** Coordinates of named points are stored as integers of this many parts of a degree. */
export const POINT_SCALE = 1000;

/**
 * Named points in columns, with a number that orders them (a town's population, a region's
 * label rank). Coordinates are integers of 1/{@link POINT_SCALE} degree, each stored as the
 * step from the point before (the first from 0): point i is at the sum of steps 0..i.
 */
export interface PointColumns {
  name: string[];
  lon: number[];
  lat: number[];
  value: number[];
}

/**
 * The context file as built by scripts/build-context.ts and served as `data/context.json`:
 * what helps an analyst read where things are, none of it from a report.
 */
export interface ContextFile {
  version: number;
  /** Objects `admin1` (first-level boundaries inside countries), `lakes`, `rivers`. */
  topology: Topology;
  /** GeoNames towns, largest first; value = population. */
  towns: PointColumns;
  /** One point per first-level region; value = Natural Earth's label zoom (lower: earlier). */
  regions: PointColumns;
}

/** The context as the map's sources take it. */
export interface ContextData {
  admin1Lines: FeatureCollection<LineString | MultiLineString>;
  regionLabels: FeatureCollection<Point, { name: string; rank: number }>;
  lakes: FeatureCollection<Polygon | MultiPolygon>;
  rivers: FeatureCollection<LineString | MultiLineString>;
  towns: FeatureCollection<Point, { name: string; pop: number }>;
}

function isColumns(v: unknown): v is PointColumns {
  if (!v || typeof v !== 'object') return false;
  const c = v as Record<string, unknown>;
  const n = Array.isArray(c.name) ? c.name.length : -1;
  return (
    n >= 0 &&
    [c.lon, c.lat, c.value].every((a) => Array.isArray(a) && a.length === n) &&
    (c.name as unknown[]).every((s) => typeof s === 'string') &&
    [c.lon, c.lat, c.value].every((a) => (a as unknown[]).every(Number.isFinite))
  );
}

/** Checks the parts of a context file the map reads; the map draws without context if not. */
export function isContextFile(v: unknown): v is ContextFile {
  if (!v || typeof v !== 'object') return false;
  const d = v as Record<string, unknown>;
  const topo = d.topology as Topology | undefined;
  return (
    d.version === CONTEXT_VERSION &&
    !!topo &&
    topo.type === 'Topology' &&
    Array.isArray(topo.arcs) &&
    ['admin1', 'lakes', 'rivers'].every((k) => !!topo.objects?.[k]) &&
    isColumns(d.towns) &&
    isColumns(d.regions)
  );
}

function points<P>(
  c: PointColumns,
  props: (name: string, value: number) => P,
): FeatureCollection<Point, P> {
  let lon = 0;
  let lat = 0;
  return {
    type: 'FeatureCollection',
    features: c.name.map((name, i) => {
      lon += c.lon[i];
      lat += c.lat[i];
      return {
        type: 'Feature',
        id: i,
        properties: props(name, c.value[i]),
        geometry: { type: 'Point', coordinates: [lon / POINT_SCALE, lat / POINT_SCALE] },
      };
    }),
  };
}

function collection<G extends LineString | MultiLineString | Polygon | MultiPolygon>(
  topo: Topology,
  key: string,
): FeatureCollection<G> {
  const f = feature(topo, topo.objects[key] as GeometryObject) as
    | FeatureCollection<G>
    | { type: 'Feature'; geometry: G };
  if (f.type === 'FeatureCollection') return f;
  return {
    type: 'FeatureCollection',
    features: [{ type: 'Feature', properties: {}, geometry: f.geometry }],
  };
}

/** Turns a checked context file into the map's sources. */
export function decodeContext(file: ContextFile): ContextData {
  return {
    admin1Lines: collection(file.topology, 'admin1'),
    lakes: collection(file.topology, 'lakes'),
    rivers: collection(file.topology, 'rivers'),
    towns: points(file.towns, (name, pop) => ({ name, pop })),
    regionLabels: points(file.regions, (name, rank) => ({ name, rank })),
  };
}

/** A basemap town this close to a report's place is not drawn: the report's place stands there. */
export const TOWN_HIDDEN_NEAR_KM = 8;

/** Kilometres per degree of latitude. */
const KM_PER_DEGREE = 111.32;

/**
 * The ids of the towns within {@link TOWN_HIDDEN_NEAR_KM} of any of the given places, so the
 * basemap does not label a second "Idlib" beside the report's Idlib. Towns are indexed once
 * per call (KDBush, in degrees) and each place looks up its neighbourhood.
 */
export function townsNear(
  towns: ContextData['towns'],
  places: readonly [number, number][],
  km = TOWN_HIDDEN_NEAR_KM,
): number[] {
  const n = towns.features.length;
  if (n === 0 || places.length === 0) return [];
  const index = new KDBush(n);
  for (const f of towns.features) index.add(f.geometry.coordinates[0], f.geometry.coordinates[1]);
  index.finish();
  const out = new Set<number>();
  const dLat = km / KM_PER_DEGREE;
  for (const [lon, lat] of places) {
    const cos = Math.max(Math.cos((lat * Math.PI) / 180), 0.01);
    const dLon = dLat / cos;
    for (const i of index.range(lon - dLon, lat - dLat, lon + dLon, lat + dLat)) {
      const [x, y] = towns.features[i].geometry.coordinates;
      const dx = (x - lon) * cos;
      const dy = y - lat;
      if (Math.hypot(dx, dy) <= dLat) out.add(i);
    }
  }
  return [...out].sort((a, b) => a - b);
}
