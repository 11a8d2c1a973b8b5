import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { LAYER, makeLayers, makeStyle, placeMapState } from './layers';

describe('map style', () => {
  const style = makeStyle({ font: 'http://127.0.0.1:4173/assets/noto-sans.woff2' });
  it('passes the MapLibre style-spec validator', () => {
    expect(validateStyleMin(style)).toEqual([]);
  });
  it('uses no glyph server: labels come from bundled font files', () => {
    expect(style.glyphs).toBeUndefined();
    expect(Object.keys(style['font-faces'] ?? {})).toEqual(['Noto Sans Regular']);
  });
  it('draws an inferred place differently from a named one', () => {
    const circle = makeLayers().find((l) => l.id === LAYER.placesCircle);
    expect(JSON.stringify(circle?.paint)).toContain('"inferred"');
  });
});

describe('placeMapState', () => {
  it('sizes a place by its items in view: 8 px for none to 18 px for 100 or more', () => {
    expect(placeMapState(0, null)).toEqual({ radius: 8, shown: false, color: null });
    expect(placeMapState(1, '#d62728')).toEqual({ radius: 8.5, shown: true, color: '#d62728' });
    expect(placeMapState(10, null).radius).toBe(13);
    expect(placeMapState(55, null).radius).toBe(15.5);
    expect(placeMapState(100, null).radius).toBe(18);
    expect(placeMapState(5000, null).radius).toBe(18);
  });
  it('never shrinks a place as its count grows, and rounds to half pixels', () => {
    let last = 0;
    for (let n = 0; n <= 300; n++) {
      const { radius } = placeMapState(n, null);
      expect(radius).toBeGreaterThanOrEqual(last);
      expect(radius * 2).toBe(Math.round(radius * 2));
      last = radius;
    }
  });
  it('gives the same state to counts that look the same, so nothing is sent for them', () => {
    expect(placeMapState(57, 'red')).toEqual(placeMapState(58, 'red'));
    expect(placeMapState(57, 'red')).not.toEqual(placeMapState(57, 'blue'));
    expect(placeMapState(0, null)).not.toEqual(placeMapState(1, null));
  });
  it('is what the place layers read', () => {
    const paint = JSON.stringify(makeLayers().map((l) => ('paint' in l ? l.paint : null)));
    for (const key of Object.keys(placeMapState(1, null)))
      expect(paint).toContain(`["feature-state","${key}"]`);
  });
});
