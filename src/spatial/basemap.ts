import { area, centerOfMass } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';

/** A longitude step larger than this inside one ring is a jump across the antimeridian. */
const ANTIMERIDIAN_JUMP_DEG = 180;

/**
 * Makes longitudes continuous along a ring: Natural Earth rings of Russia and Fiji jump
 * from +180 to -180 inside one ring, which a flat map draws as a band across the world.
 * Returns a new ring; a ring without jumps comes back equal.
 */
export function unwrapRing(ring: Position[]): Position[] {
  const out: Position[] = [];
  let shift = 0;
  for (let i = 0; i < ring.length; i++) {
    const [lon, lat] = ring[i];
    if (i > 0) {
      const prev = ring[i - 1][0];
      if (lon - prev > ANTIMERIDIAN_JUMP_DEG) shift -= 360;
      else if (prev - lon > ANTIMERIDIAN_JUMP_DEG) shift += 360;
    }
    out.push([lon + shift, lat]);
  }
  return out;
}

function unwrapGeometry(g: Polygon | MultiPolygon): Polygon | MultiPolygon {
  if (g.type === 'Polygon') return { type: 'Polygon', coordinates: g.coordinates.map(unwrapRing) };
  return { type: 'MultiPolygon', coordinates: g.coordinates.map((p) => p.map(unwrapRing)) };
}

export interface Basemap {
  countries: FeatureCollection<Polygon | MultiPolygon, { name: string }>;
  /** One point per country, at the centre of its largest polygon. */
  labels: FeatureCollection<Point, { name: string; area: number }>;
}

/**
 * Turns the world-atlas countries topology into fill and label layers' data.
 * Antarctica is left as drawn (its ring runs along the antimeridian on purpose).
 */
export function makeBasemap(topology: Topology): Basemap {
  const fc = feature(topology, topology.objects.countries) as FeatureCollection<
    Polygon | MultiPolygon,
    { name: string }
  >;
  const countries: Basemap['countries'] = { type: 'FeatureCollection', features: [] };
  const labels: Basemap['labels'] = { type: 'FeatureCollection', features: [] };
  for (const f of fc.features) {
    if (!f.geometry) continue;
    const name = f.properties?.name ?? '';
    const geometry = name === 'Antarctica' ? f.geometry : unwrapGeometry(f.geometry);
    countries.features.push({ type: 'Feature', id: f.id, properties: { name }, geometry });
    const polygons: Position[][][] =
      geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
    let best: Feature<Polygon> | null = null;
    let bestArea = 0;
    for (const coordinates of polygons) {
      const poly: Feature<Polygon> = {
        type: 'Feature',
        properties: {},
        geometry: { type: 'Polygon', coordinates },
      };
      const a = area(poly);
      if (a > bestArea) {
        bestArea = a;
        best = poly;
      }
    }
    if (best && name) {
      const c = centerOfMass(best).geometry;
      labels.features.push({
        type: 'Feature',
        properties: { name, area: Math.round(bestArea / 1e6) },
        geometry: c,
      });
    }
  }
  return { countries, labels };
}
