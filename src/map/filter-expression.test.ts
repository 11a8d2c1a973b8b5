import { featureFilter, validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import fc from 'fast-check';
import type { FilterSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { domainOfGoldenReports } from '../../tests/golden-domain';
import { makeMapData } from '../state/map-data';
import { NO_FILTER, type ViewFilter } from '../state/view-filter';
import { itemFilterExpression } from './filter-expression';
import {
  arcLineLayer,
  chunkIds,
  chunkLayerFilter,
  chunkSource,
  itemDotLayer,
  LAYER,
  makeStyle,
} from './layers';
import { chunkByTime, chunkFilter } from './time-chunks';

const domain = domainOfGoldenReports({ undatedCopy: true });
const data = makeMapData(domain);

/** Whether MapLibre's own filter evaluation lets the feature through. */
function passes(filter: FilterSpecification | null, f: GeoJSON.Feature): boolean {
  if (!filter) return true;
  const compiled = featureFilter(filter, 'layers[0].filter');
  return compiled.filter({ zoom: 5 }, {
    // Vector tile geometry types: 1 point, 2 line.
    type: f.geometry.type === 'Point' ? 1 : 2,
    properties: f.properties ?? {},
    geometry: [],
    id: undefined,
  } as unknown as Parameters<typeof compiled.filter>[1]);
}

describe('itemFilterExpression', () => {
  it('is no filter when nothing is filtered', () => {
    expect(itemFilterExpression(NO_FILTER)).toBeNull();
  });
  it('is a valid MapLibre filter on the chunk layers for actors, window, undated items and search', () => {
    const expression = itemFilterExpression({
      hidden: new Set(['turkey']),
      window: { from: 18319, to: 18321 },
      includeUndated: false,
      query: 'idlib',
    });
    const style = makeStyle({ font: 'http://127.0.0.1/font.woff2' });
    const ids = chunkIds(0);
    style.sources[ids.source] = chunkSource({
      type: 'FeatureCollection',
      features: [...data.items.features, ...data.arcs.features],
    });
    const at = (id: string) => style.layers.findIndex((l) => l.id === id);
    style.layers.splice(at(LAYER.placesLabel), 0, {
      ...itemDotLayer(ids.itemLayer, ids.source, 5),
      filter: chunkLayerFilter('dots', expression),
    });
    style.layers.splice(at(LAYER.placesHalo), 0, {
      ...arcLineLayer(ids.arcLayer, ids.source),
      filter: chunkLayerFilter('arcs', expression),
    });
    expect(validateStyleMin(style)).toEqual([]);
    expect(JSON.stringify(expression)).toContain('",turkey,"');
  });
});

describe('time chunks', () => {
  const days = data.items.features.filter((f) => f.properties.dated).map((f) => f.properties.t0);
  const [first, last] = [Math.min(...days), Math.max(...days)];
  const filter: fc.Arbitrary<ViewFilter> = fc.record({
    hidden: fc.subarray([...domain.actors.keys()], { maxLength: 3 }).map((a) => new Set(a)),
    window: fc.option(
      fc
        .tuple(fc.integer({ min: first - 3, max: last + 3 }), fc.integer({ min: 0, max: 40 }))
        .map(([from, len]) => ({ from, to: from + len })),
    ),
    includeUndated: fc.boolean(),
    query: fc.constantFrom('', 'idleb', 'a', 'moscow'),
  });

  it('split the items in time order, undated apart, and keep each arc with its item', () => {
    const chunks = chunkByTime(data.items, data.arcs, 7);
    expect(chunks.flatMap((c) => c.items.features)).toHaveLength(data.items.features.length);
    expect(chunks.flatMap((c) => c.arcs.features)).toHaveLength(data.arcs.features.length);
    for (const c of chunks) {
      expect(c.items.features.length).toBeLessThanOrEqual(7);
      const keys = new Set(c.items.features.map((f) => f.properties.key));
      for (const a of c.arcs.features) expect(keys.has(a.properties.key)).toBe(true);
      expect(new Set(c.items.features.map((f) => f.properties.dated))).toEqual(
        new Set([!c.span.undated]),
      );
    }
    const undatedAt = chunks.findIndex((c) => c.span.undated);
    if (undatedAt >= 0) expect(chunks.slice(undatedAt).every((c) => c.span.undated)).toBe(true);
  });

  it('show exactly what the one filter over every item shows, whatever the window', () => {
    // Undated items too: every other item's date taken away.
    const items = {
      ...data.items,
      features: data.items.features.map((f, i) =>
        i % 3 === 0 ? { ...f, properties: { ...f.properties, dated: false } } : f,
      ),
    };
    // An arc carries its item's properties.
    const undated = new Set(
      items.features.filter((f) => !f.properties.dated).map((f) => f.properties.key),
    );
    const arcs = {
      ...data.arcs,
      features: data.arcs.features.map((f) =>
        undated.has(f.properties.key) ? { ...f, properties: { ...f.properties, dated: false } } : f,
      ),
    };
    const chunks = chunkByTime(items, arcs, 5);
    expect(chunks.some((c) => c.span.undated)).toBe(true);
    fc.assert(
      fc.property(filter, (f) => {
        const whole = itemFilterExpression(f);
        for (const c of chunks) {
          const part = chunkFilter(c.span, f);
          const dots = chunkLayerFilter('dots', part.filter);
          const arcs = chunkLayerFilter('arcs', part.filter);
          // Each layer of the chunk's one source draws its own kind, as the one filter would.
          for (const feature of c.items.features) {
            expect(part.visible && passes(dots, feature)).toBe(passes(whole, feature));
            expect(passes(arcs, feature)).toBe(false);
          }
          for (const feature of c.arcs.features) {
            expect(part.visible && passes(arcs, feature)).toBe(passes(whole, feature));
            expect(passes(dots, feature)).toBe(false);
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
