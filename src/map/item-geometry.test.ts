import type { FeatureCollection, LineString, MultiLineString, Point } from 'geojson';
import { describe, expect, it, vi } from 'vitest';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { dotStyle, ItemDrawing, shownRange } from './item-drawing';
import {
  buildItemGeometry,
  colorBytes,
  DOT_MAX_PX,
  DotFinder,
  dotOffsetPx,
  mercatorX,
  mercatorY,
} from './item-geometry';
import type { ArcFeatureProps, ItemFeatureProps } from './features';

const dot = (key: string, lng: number, lat: number, color = '#ff0000', slot = 0) => ({
  type: 'Feature' as const,
  properties: { key, kind: 'event', placeKey: `p-${key}`, color, slot },
  geometry: { type: 'Point' as const, coordinates: [lng, lat] },
});

function items(...features: ReturnType<typeof dot>[]): FeatureCollection<Point, ItemFeatureProps> {
  return { type: 'FeatureCollection', features };
}

function arcs(
  ...features: { key: string; coords: number[][] | number[][][]; color?: string }[]
): FeatureCollection<LineString | MultiLineString, ArcFeatureProps> {
  return {
    type: 'FeatureCollection',
    features: features.map(({ key, coords, color }) => ({
      type: 'Feature',
      properties: {
        key,
        kind: 'statement',
        placeKey: 'p',
        color: color ?? '#00ff00',
        arcKey: `${key}>q`,
        toKey: 'q',
        slot: 0,
      },
      geometry: Array.isArray(coords[0][0])
        ? { type: 'MultiLineString', coordinates: coords as number[][][] }
        : { type: 'LineString', coordinates: coords as number[][] },
    })),
  };
}

describe('Web Mercator units', () => {
  it('agree with MapLibre: 0..1 west to east and north to south, 0.5 at 0°, 0°', () => {
    expect(mercatorX(-180)).toBe(0);
    expect(mercatorX(180)).toBe(1);
    expect(mercatorX(0)).toBe(0.5);
    expect(mercatorY(0)).toBeCloseTo(0.5, 12);
    expect(mercatorY(85.0511287798)).toBeCloseTo(0, 6);
    expect(mercatorY(-85.0511287798)).toBeCloseTo(1, 6);
    expect(mercatorY(36)).toBeLessThan(0.5);
  });
});

describe('colours', () => {
  it('reads #rrggbb and #rgb, and falls back to grey', () => {
    expect(colorBytes('#1565c0')).toEqual([0x15, 0x65, 0xc0]);
    expect(colorBytes('#F0a')).toEqual([0xff, 0x00, 0xaa]);
    expect(colorBytes('red')).toEqual([0x61, 0x61, 0x61]);
  });
});

describe('item geometry', () => {
  it('puts each dot at its item index, with its colour, and marks items without a dot', () => {
    const g = buildItemGeometry(
      items(dot('b', 36.6, 35.9, '#0000ff'), dot('a', 32.85, 39.93)),
      arcs(),
      ['a', 'x', 'b'],
    );
    expect(g.count).toBe(3);
    expect([...g.dotColor]).toEqual([255, 0, 0, 255, 0, 0, 0, 0, 0, 0, 255, 255]);
    expect(g.dotXY[0]).toBeCloseTo(mercatorX(32.85), 6);
    expect(g.dotXY[1]).toBeCloseTo(mercatorY(39.93), 6);
    expect(g.dotXY[4]).toBeCloseTo(mercatorX(36.6), 6);
    expect(g.dotXY[5]).toBeCloseTo(mercatorY(35.9), 6);
  });

  it('cuts arcs into pieces tied to their item, across the parts of a split line', () => {
    const g = buildItemGeometry(
      items(),
      arcs(
        {
          key: 'b',
          coords: [
            [0, 0],
            [1, 1],
            [2, 2],
          ],
        },
        {
          key: 'a',
          coords: [
            [
              [170, 0],
              [180, 1],
            ],
            [
              [-180, 1],
              [-170, 2],
            ],
          ],
          color: '#0000ff',
        },
        {
          key: 'not-an-item',
          coords: [
            [0, 0],
            [1, 1],
          ],
        },
      ),
      ['a', 'no-arcs', 'b'],
    );
    expect(g.segments).toBe(4);
    // In item order, with each item's run of pieces.
    expect([...g.segItem]).toEqual([0, 0, 2, 2]);
    expect([...g.segAt]).toEqual([0, 2, 2, 4]);
    // The split line does not jump across the world between its parts.
    expect(g.segXY[2]).toBe(1);
    expect(g.segXY[4]).toBe(0);
    expect([...g.segColor.slice(0, 4)]).toEqual([0, 0, 255, 255]);
    expect(g.segXY[8]).toBe(mercatorX(0));
    expect(g.segXY[10]).toBeCloseTo(mercatorX(1), 6);
    expect(g.segXY[14]).toBeCloseTo(mercatorX(2), 6);
  });
});

describe('dots at their place', () => {
  it('draws every dot within DOT_MAX_PX of its place, however many the place has', () => {
    let farthest = 0;
    for (let slot = 0; slot < 10_000; slot++)
      farthest = Math.max(farthest, Math.hypot(...dotOffsetPx(slot)));
    expect(farthest).toBeLessThanOrEqual(DOT_MAX_PX + 1e-9);
    expect(Math.hypot(...dotOffsetPx(0))).toBeGreaterThan(10);
  });
  it('keeps the item at its place and its offset apart', () => {
    const g = buildItemGeometry(items(dot('a', 10, 10, '#ff0000', 3)), arcs(), ['a']);
    expect(g.dotXY[0]).toBeCloseTo(mercatorX(10), 6);
    expect([g.dotOffset[0], g.dotOffset[1]]).toEqual(dotOffsetPx(3).map(Math.fround));
  });
});

describe('finding the dot under the pointer', () => {
  // a and b share a place (slots 0 and 1); c is far away.
  const g = buildItemGeometry(
    items(dot('a', 10, 10), dot('b', 10, 10, '#ff0000', 1), dot('c', 20, 20)),
    arcs(),
    ['a', 'b', 'c', 'no-dot'],
  );
  const finder = new DotFinder(g);
  const worldPx = 512 * 2 ** 10;
  /** The pointer on item `slot`'s dot at the place (lng, lat). */
  const on = (lng: number, lat: number, slot: number): [number, number] => {
    const [dx, dy] = dotOffsetPx(slot);
    return [mercatorX(lng) + dx / worldPx, mercatorY(lat) + dy / worldPx];
  };

  it('finds the shown dot under the pointer, at its offset from the place', () => {
    expect(finder.nearest(...on(10, 10, 0), 6, worldPx, [1, 1, 1, 1])).toBe(0);
    expect(finder.nearest(...on(10, 10, 1), 6, worldPx, [1, 1, 1, 1])).toBe(1);
    expect(finder.nearest(...on(20, 20, 0), 6, worldPx, [1, 1, 1, 1])).toBe(2);
  });
  it('skips hidden items and finds nothing out of reach', () => {
    expect(finder.nearest(...on(10, 10, 0), 6, worldPx, [0, 1, 1, 1])).toBeNull();
    // The place itself is no dot: the dots are around it.
    expect(finder.nearest(mercatorX(10), mercatorY(10), 6, worldPx, [1, 1, 1, 1])).toBeNull();
    expect(finder.nearest(mercatorX(15), mercatorY(15), 6, worldPx, [1, 1, 1, 1])).toBeNull();
  });
  it('copes with no dots at all', () => {
    const none = new DotFinder(buildItemGeometry(items(), arcs(), ['a']));
    expect(none.nearest(0.5, 0.5, 6, worldPx, [1])).toBeNull();
  });
});

describe('dot size', () => {
  it('is full at the zoom the dots are laid out for, smaller and fading further out', () => {
    expect(dotStyle(5, 5)).toEqual({ radius: 4.5, opacity: 1 });
    expect(dotStyle(3, 5)).toEqual({ radius: 2, opacity: 0 });
    expect(dotStyle(9, 5).radius).toBe(7);
    expect(dotStyle(20, 5).radius).toBe(7);
    const fading = dotStyle(3.8, 5);
    expect(fading.opacity).toBeCloseTo(0.5, 6);
    expect(fading.radius).toBeCloseTo(3, 6);
  });
});

describe('items drawn', () => {
  it('run from the first shown item to the last, and are none when none is shown', () => {
    expect(shownRange(Uint8Array.from([0, 1, 0, 1, 0]))).toEqual([1, 4]);
    expect(shownRange(Uint8Array.from([1, 0, 0, 0, 1]))).toEqual([0, 5]);
    expect(shownRange(Uint8Array.from([0, 0, 1]))).toEqual([2, 3]);
    expect(shownRange(Uint8Array.from([0, 0, 0]))).toEqual([0, 0]);
    expect(shownRange(new Uint8Array(0))).toEqual([0, 0]);
  });
});

describe('shown flags', () => {
  it('ask the map for a frame only when they change', () => {
    const geometry = buildItemGeometry(items(dot('a', 0, 0), dot('b', 1, 1)), arcs(), ['a', 'b']);
    const drawing = new ItemDrawing(geometry, 5, { dots: 'dots', arcs: 'arcs' });
    const map = { triggerRepaint: vi.fn() };
    drawing.dots.onAdd?.(map as unknown as MapLibreMap, {} as WebGL2RenderingContext);
    drawing.setShown(Uint8Array.from([1, 1]));
    expect(map.triggerRepaint).not.toHaveBeenCalled();
    drawing.setShown(Uint8Array.from([1, 0]));
    expect(map.triggerRepaint).toHaveBeenCalledTimes(1);
    expect([...drawing.shown]).toEqual([1, 0]);
    drawing.setShown(Uint8Array.from([1, 0]));
    expect(map.triggerRepaint).toHaveBeenCalledTimes(1);
  });
});
