import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { NO_FILTER } from '../state/view-filter';
import { itemFilterExpression } from './filter-expression';
import { LAYER, makeStyle } from './layers';

describe('itemFilterExpression', () => {
  it('is no filter when nothing is filtered', () => {
    expect(itemFilterExpression(NO_FILTER)).toBeNull();
  });
  it('is a valid MapLibre filter on the item layers for actors, window, undated items and search', () => {
    const expression = itemFilterExpression({
      hidden: new Set(['turkey']),
      window: { from: 18319, to: 18321 },
      includeUndated: false,
      query: 'idlib',
    });
    const style = makeStyle({ font: 'http://127.0.0.1/font.woff2' });
    for (const layer of style.layers)
      if (layer.id === LAYER.itemsDot || layer.id === LAYER.arcsLine)
        (layer as { filter?: unknown }).filter = expression;
    expect(validateStyleMin(style)).toEqual([]);
    expect(JSON.stringify(expression)).toContain('",turkey,"');
  });
});
