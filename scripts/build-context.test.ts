import { check } from '@placemarkio/check-geojson';
import { describe, expect, it } from 'vitest';
import { decodeContext, isContextFile } from '../src/spatial/context';
import { buildContextData, roughPopulation } from './build-context';

describe('build-context', () => {
  it('rounds populations to two significant digits', () => {
    for (const [pop, rough] of [
      [42, 42],
      [20_499, 20_000],
      [1_234_567, 1_200_000],
      [9_960_000, 10_000_000],
    ])
      expect(roughPopulation(pop)).toBe(rough);
  });

  it('builds a context with boundaries, water and towns of every continent, as valid GeoJSON', () => {
    const file = buildContextData();
    expect(isContextFile(file)).toBe(true);
    // What the viewer downloads once: kept under a budget.
    expect(JSON.stringify(file).length).toBeLessThan(2.5e6);
    const data = decodeContext(file);
    const towns = new Map(data.towns.features.map((f) => [f.properties.name, f]));
    for (const name of ['Sarāqib', 'Kyiv', 'Khartoum', 'Bogotá', 'Jakarta', 'Lagos'])
      expect(towns.has(name), name).toBe(true);
    expect(data.regionLabels.features.some((f) => f.properties.name === 'Idlib')).toBe(true);
    for (const f of data.towns.features) {
      const [lon, lat] = f.geometry.coordinates;
      expect(Math.abs(lon) <= 180 && Math.abs(lat) <= 90).toBe(true);
    }
    expect(data.lakes.features.length).toBeGreaterThan(100);
    expect(data.rivers.features.length).toBeGreaterThan(100);
    for (const fc of [data.admin1Lines, data.lakes, data.rivers])
      expect(() => check(JSON.stringify(fc))).not.toThrow();
  }, 60_000);
});
