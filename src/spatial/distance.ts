import { distance } from '@turf/turf';

/** Great-circle distance between two [lon, lat] points, in whole kilometres. */
export function distanceKm(a: [number, number], b: [number, number]): number {
  return Math.round(distance(a, b, { units: 'kilometers' }));
}
