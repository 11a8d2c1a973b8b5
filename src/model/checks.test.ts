import { describe, expect, it } from 'vitest';
import { isHexColour, isLonLat, isRealDay } from './checks';

describe('value checks', () => {
  it('accepts only days that exist', () => {
    expect(isRealDay('2020-02-29')).toBe(true);
    for (const bad of ['2019-02-29', '2020-13-45', '2020-99-99', '2020-00-10', '20-01-01', 7, null])
      expect(isRealDay(bad), String(bad)).toBe(false);
  });
  it('accepts only coordinates on the globe', () => {
    expect(isLonLat(-180, 90)).toBe(true);
    for (const [lon, lat] of [
      [0, 95],
      [0, -95],
      [0, 1e308],
      [1e6, 0],
      [Number.NaN, 0],
      [0, Number.POSITIVE_INFINITY],
      ['1', 2],
    ])
      expect(isLonLat(lon, lat), `${lon},${lat}`).toBe(false);
  });
  it('accepts only #rrggbb colours', () => {
    expect(isHexColour('#6a1B9a')).toBe(true);
    for (const bad of [
      'url(http://x/y.png)',
      'red',
      '#fff',
      '#6a1b9a;background:url(x)',
      'var(--x)',
    ])
      expect(isHexColour(bad), bad).toBe(false);
  });
});
