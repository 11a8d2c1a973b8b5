import { describe, expect, it } from 'vitest';
import { nameKey } from '../../src/ingest/gazetteer';
import { ingestContext, ingestText } from '../../tests/fixtures/ingest';
import { extraPlaces, readRegionAbbreviations } from '../build-gazetteer';

/** Feature codes the hand-compiled list may use (GeoNames' own where one fits). */
const CODES = new Set(
  'CONT RGN ADM2 PEN DSRT OCN SEA GULF CHN STRT CNL LK STM DLTA BNDY RD PSTB BDG PASS AIRB AIRP MILB PS DAM PRN BLDG MFG STDM ISL VAL PLN MTS PPL PCLH CAPE FRST PRT'.split(
    ' ',
  ),
);

describe('hand-compiled places (scripts/gazetteer/extra-places.tsv)', () => {
  const rows = extraPlaces();

  it('has hundreds of rows across every continent', () => {
    expect(rows.length).toBeGreaterThanOrEqual(200);
    const lon = (r: { lon: number }) => r.lon;
    expect(rows.some((r) => lon(r) < -30)).toBe(true);
    expect(rows.some((r) => r.lat < -10 && lon(r) > 0)).toBe(true);
  });

  it('gives every row names, a country, a known code, a point and what it is', async () => {
    const { gazetteer } = await ingestContext();
    for (const r of rows) {
      const where = r.names[0];
      expect(
        r.names.every((n) => n.trim() === n && n.length >= 2),
        where,
      ).toBe(true);
      expect(r.country === '-' || /^[A-Z]{2}$/.test(r.country), where).toBe(true);
      if (r.country !== '-' && r.country !== 'XK' && r.country !== 'IO' && r.country !== 'FK')
        expect(gazetteer.countries.has(r.country), where).toBe(true);
      expect(CODES.has(r.featureCode), `${where}: ${r.featureCode}`).toBe(true);
      expect(Math.abs(r.lat) <= 90 && Math.abs(r.lon) <= 180, where).toBe(true);
      expect(r.what.length, where).toBeGreaterThan(2);
    }
  });

  it('repeats no region, country or city the other sources already have', async () => {
    const { gazetteer } = await ingestContext();
    const repeats = rows.flatMap((r) =>
      r.names.flatMap((n) =>
        gazetteer
          .lookup(nameKey(n))
          .filter(
            (e) =>
              !e.curated &&
              e.country === r.country &&
              nameKey(e.name) === nameKey(n) &&
              // A building is no namesake of a town: White House, Tennessee stays a town.
              r.featureCode !== 'BLDG',
          )
          .map((e) => `${n} (${e.featureCode})`),
      ),
    );
    expect(repeats).toEqual([]);
  });

  it('puts every example where news mean it', async () => {
    const cases: [string, string][] = [
      ['date 2024-01-12\nShips were attacked in the Red Sea on Friday.', 'Red Sea'],
      ['date 2023-07-30\nJihadists spread across the Sahel this year.', 'Sahel'],
      ['date 2020-02-27\nTroops advanced along the M4 highway near Saraqib.', 'M4 highway'],
      [
        'date 2022-08-11\nShelling hit the Zaporizhzhia nuclear plant on Thursday.',
        'Zaporizhzhia Nuclear Power Plant',
      ],
      ['date 2023-10-16\nAid trucks waited at the Rafah crossing on Monday.', 'Rafah crossing'],
    ];
    for (const [text, name] of cases) {
      const { collection } = await ingestText(text);
      const names = collection.features.flatMap((f) =>
        f.properties.kind === 'place' ? [f.properties.name] : [],
      );
      expect(names, text).toContain(name);
    }
  });
});

describe('region abbreviations (src/ingest/rules/region-abbreviations.ts)', () => {
  it('name a region the gazetteer has, and end in a dot', async () => {
    const { gazetteer } = await ingestContext();
    for (const [code, names] of readRegionAbbreviations()) {
      for (const n of names) {
        expect(n.endsWith('.'), n).toBe(true);
        const regions = gazetteer.lookup(nameKey(n)).filter((e) => e.featureCode === 'ADM1');
        expect(
          regions.map((e) => e.country),
          `${n} for ${code}`,
        ).toContain(code.slice(0, 2));
      }
    }
  });
});
