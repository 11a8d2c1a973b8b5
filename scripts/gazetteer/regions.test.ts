import { describe, expect, it } from 'vitest';
import { nameKey } from '../../src/ingest/gazetteer';
import { ingestContext } from '../../tests/fixtures/ingest';
import { regionPointChecker } from '../build-gazetteer';

describe('first-level regions: a point in their own country or none', () => {
  // Two countries' places: A round (10, 10), B round (40, -90).
  const places = [
    { cc: 'AA', lat: 9, lon: 9 },
    { cc: 'AA', lat: 11, lon: 12 },
    { cc: 'BB', lat: 40, lon: -90 },
  ];
  const region = (lat: string | null, lon: string | null) => ({
    name: 'North',
    isoCode: 'NO',
    countryCode: 'AA',
    latitude: lat,
    longitude: lon,
  });

  it('keeps the package point inside the country, moves one outside to its towns, else drops it', () => {
    const towns = new Map([
      ['in', [{ latitude: '10.5', longitude: '11' }]],
      ['none', []],
      ['abroad', [{ latitude: '40', longitude: '-90' }]],
    ]);
    let which = 'in';
    const check = regionPointChecker(places, () => towns.get(which) ?? []);
    expect(check(region('10', '10.5'))).toEqual([10, 10.5]);
    // Geocoded by name in another country (a "North" in Kansas): the region's towns say where.
    expect(check(region('37.09', '-95.71'))).toEqual([10.5, 11]);
    which = 'none';
    expect(check(region('37.09', '-95.71'))).toBeNull();
    which = 'abroad';
    expect(check(region(null, null))).toBeNull();
    expect(check.tally).toEqual({ kept: 1, moved: 1, dropped: 2 });
  });

  it('puts no region of the built gazetteer outside its country', async () => {
    const { gazetteer } = await ingestContext();
    // Each was once placed by the package in another country: Baltimore, Siberia, Dallas, Kansas.
    const expected: [string, string, [number, number, number, number]][] = [
      ['Helmand', 'AF', [29, 60, 39, 75]],
      ['Far North', 'CM', [2, 8, 13, 17]],
      ['Centre', 'HT', [17, -75, 21, -71]],
      ['Northwest', 'CM', [2, 8, 13, 17]],
    ];
    for (const [name, country, [s, w, n, e]] of expected) {
      const region = gazetteer
        .lookup(nameKey(name))
        .find((x) => x.featureCode === 'ADM1' && x.country === country);
      expect(region, name).toBeDefined();
      const { lat, lon } = region ?? { lat: 0, lon: 0 };
      expect(lat >= s && lat <= n && lon >= w && lon <= e, `${name}: ${lat}, ${lon}`).toBe(true);
    }
  });
});
