import {
  differenceCiede2000,
  filterDeficiencyDeuter,
  filterDeficiencyProt,
  formatHex,
  parse,
} from 'culori';
import { describe, expect, it } from 'vitest';
import { readSeedText, readSituation } from '../../tests/fixtures/seed';
import { OTHER_SIDE_COLOR, SIDE_PALETTE, shade } from './colours';
import { buildDomain } from './domain';

const de = differenceCiede2000();
const seen = (filter: ReturnType<typeof filterDeficiencyDeuter>, c: string) =>
  formatHex(filter(parse(c) ?? { mode: 'rgb', r: 0, g: 0, b: 0 })) ?? c;
const pairs = [...SIDE_PALETTE].flatMap((a, i) => SIDE_PALETTE.slice(i + 1).map((b) => [a, b]));
const BASEMAP = ['#f4f1ea', '#c9dbe6', '#9e9e9e'];

describe('side colours', () => {
  it('differ by CIEDE2000 >= 16 for normal vision', () => {
    const least = Math.min(...pairs.map(([a, b]) => de(a, b)));
    expect(least).toBeGreaterThanOrEqual(16);
  });
  it('differ by CIEDE2000 >= 7 under simulated deuteranopia and protanopia', () => {
    for (const filter of [filterDeficiencyDeuter(1), filterDeficiencyProt(1)]) {
      const least = Math.min(...pairs.map(([a, b]) => de(seen(filter, a), seen(filter, b))));
      expect(least).toBeGreaterThanOrEqual(7);
    }
  });
  it('stand apart from the basemap (land, sea, faded places)', () => {
    for (const c of [...SIDE_PALETTE, OTHER_SIDE_COLOR])
      for (const b of BASEMAP) expect(de(c, b), `${c} on ${b}`).toBeGreaterThanOrEqual(25);
  });
  it('give each side shown its own colour, and its actors shades of it', () => {
    const domain = buildDomain([
      { file: 'seed', collection: readSituation(), text: readSeedText() },
    ]);
    const sideColours = [...domain.sides.values()].map((s) => s.color);
    expect(new Set(sideColours).size).toBe(Math.min(sideColours.length, SIDE_PALETTE.length));
    for (const a of domain.actors.values()) {
      const base = domain.sides.get(a.side)?.color ?? '';
      const shades = Array.from({ length: 6 }, (_, k) => shade(base, k));
      expect(shades, a.id).toContain(a.color);
    }
    // The file's own colours are left as they were.
    expect(readSituation().actors.map((a) => a.color)).toEqual(
      domain.reports.get(readSituation().source.id)?.collection.actors.map((a) => a.color),
    );
  });
});
