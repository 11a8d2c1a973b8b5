import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { LAYER, makeLayers, makeStyle } from './layers';

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
