import { check } from '@placemarkio/check-geojson';
import { topology } from 'topojson-server';
import { describe, expect, it } from 'vitest';
import {
  CONTEXT_VERSION,
  type ContextFile,
  decodeContext,
  isContextFile,
  POINT_SCALE,
  townsNear,
} from './context';

/** A small context file: two towns in delta-coded columns, one lake, one river, one boundary. */
function smallFile(): ContextFile {
  const lake = {
    type: 'Polygon' as const,
    coordinates: [
      [
        [35, 32],
        [35.5, 32],
        [35.5, 32.5],
        [35, 32],
      ],
    ],
  };
  return {
    version: CONTEXT_VERSION,
    topology: topology(
      {
        admin1: {
          type: 'MultiLineString',
          coordinates: [
            [
              [36, 35],
              [37, 36],
            ],
          ],
        },
        lakes: {
          type: 'FeatureCollection',
          features: [{ type: 'Feature', properties: {}, geometry: lake }],
        },
        rivers: {
          type: 'LineString',
          coordinates: [
            [38, 36],
            [39, 35],
          ],
        },
      } as Parameters<typeof topology>[0],
      1e5,
    ) as unknown as ContextFile['topology'],
    // Idlib (36.634, 35.931), then Saraqib (36.8, 35.862), as steps from the one before.
    towns: {
      name: ['Idlib', 'Saraqib'],
      lon: [36634, 166],
      lat: [35931, -69],
      value: [130000, 33000],
    },
    regions: { name: ['Idlib'], lon: [36683], lat: [35853], value: [7] },
  };
}

describe('basemap context', () => {
  it('decodes delta-coded points and the topology into valid GeoJSON', () => {
    const file = smallFile();
    expect(isContextFile(file)).toBe(true);
    const data = decodeContext(file);
    expect(
      data.towns.features.map((f) => [f.id, f.properties.name, ...f.geometry.coordinates]),
    ).toEqual([
      [0, 'Idlib', 36.634, 35.931],
      [1, 'Saraqib', 36.8, 35.862],
    ]);
    expect(data.regionLabels.features[0].properties).toEqual({ name: 'Idlib', rank: 7 });
    expect(data.admin1Lines.features[0].geometry.type).toBe('MultiLineString');
    for (const fc of Object.values(data)) expect(() => check(JSON.stringify(fc))).not.toThrow();
    expect(POINT_SCALE).toBe(1000);
  });

  it('refuses files of another version or with broken columns', () => {
    const good = smallFile();
    expect(isContextFile({ ...good, version: CONTEXT_VERSION + 1 })).toBe(false);
    expect(isContextFile({ ...good, towns: { ...good.towns, lat: [1] } })).toBe(false);
    expect(isContextFile({ ...good, towns: { ...good.towns, lon: [1, Number.NaN] } })).toBe(false);
    expect(isContextFile({ ...good, topology: { type: 'Topology', arcs: [], objects: {} } })).toBe(
      false,
    );
    expect(isContextFile(null)).toBe(false);
  });

  it('finds the towns at a report place, and not those farther than 8 km', () => {
    const { towns } = decodeContext(smallFile());
    // A report's Idlib 2 km from the town's point hides it; Saraqib is 16 km away.
    expect(townsNear(towns, [[36.65, 35.94]])).toEqual([0]);
    expect(townsNear(towns, [[36.8, 35.9]])).toEqual([1]);
    expect(townsNear(towns, [[0, 0]])).toEqual([]);
    expect(townsNear(towns, [])).toEqual([]);
  });
});
