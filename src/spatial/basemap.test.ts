import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import countries from 'world-atlas/countries-50m.json' with { type: 'json' };
import { makeBasemap, unwrapRing } from './basemap';

describe('unwrapRing', () => {
  it('makes longitudes continuous across the antimeridian', () => {
    expect(
      unwrapRing([
        [179, 60],
        [-179, 61],
        [-178, 60],
        [179, 60],
      ]),
    ).toEqual([
      [179, 60],
      [181, 61],
      [182, 60],
      [179, 60],
    ]);
  });
  it('leaves an ordinary ring alone', () => {
    const ring = [
      [10, 10],
      [11, 10],
      [11, 11],
      [10, 10],
    ];
    expect(unwrapRing(ring)).toEqual(ring);
  });
});

describe('makeBasemap', () => {
  const basemap = makeBasemap(countries as unknown as Topology);
  it('has every country with a name and a label point', () => {
    expect(basemap.countries.features.length).toBeGreaterThan(200);
    const names = basemap.labels.features.map((f) => f.properties.name);
    expect(names).toEqual(expect.arrayContaining(['Syria', 'Turkey', 'Russia']));
  });
  it('leaves no ring of Russia jumping across the map', () => {
    const russia = basemap.countries.features.find((f) => f.properties.name === 'Russia');
    const rings =
      russia?.geometry.type === 'MultiPolygon' ? russia.geometry.coordinates.flat() : [];
    for (const ring of rings)
      for (let i = 1; i < ring.length; i++)
        expect(Math.abs(ring[i][0] - ring[i - 1][0])).toBeLessThan(180);
  });
  it('labels Syria inside Syria', () => {
    const syria = basemap.labels.features.find((f) => f.properties.name === 'Syria');
    const [lon, lat] = syria?.geometry.coordinates ?? [];
    expect(lon).toBeGreaterThan(35.7);
    expect(lon).toBeLessThan(42.4);
    expect(lat).toBeGreaterThan(32.3);
    expect(lat).toBeLessThan(37.3);
  });
});
