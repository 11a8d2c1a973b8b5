import type { FeatureCollection, LineString, MultiLineString, Point } from 'geojson';
import KDBush from 'kdbush';
import type { ArcFeatureProps, ItemFeatureProps } from './features';

/**
 * The item dots and arcs as flat arrays for the GPU (see item-drawing.ts), in the filter
 * index's item order, so that the index's visible flags can be handed to the GPU as they are
 * and the map shows exactly what the list and counts show. Positions are Web Mercator units
 * (0..1 over the world), the space MapLibre's matrix takes.
 */
export interface ItemGeometry {
  /** Items, in the order of `order`. */
  count: number;
  /** Two numbers per item: its place's position (0, 0 for an item without a dot). */
  dotXY: Float32Array;
  /** Two numbers per item: its dot's offset from its place, in CSS pixels (y down). */
  dotOffset: Float32Array;
  /** Four bytes per item: its dot's colour, alpha 0 for an item without a dot. */
  dotColor: Uint8Array;
  /** Straight pieces of all arcs, each drawn as a band of its own, in item order. */
  segments: number;
  /** Item i's pieces are `segAt[i]` up to `segAt[i + 1]`. */
  segAt: Int32Array;
  /** Four numbers per piece: the two ends. */
  segXY: Float32Array;
  /** The item each piece belongs to, by index. */
  segItem: Float32Array;
  /** Four bytes per piece: its item's colour. */
  segColor: Uint8Array;
}

/** Web Mercator x of a longitude, 0 at 180° W and 1 at 180° E (as MapLibre's MercatorCoordinate). */
export const mercatorX = (lng: number): number => (180 + lng) / 360;

/** Web Mercator y of a latitude, 0 at the top of the map and 1 at the bottom. */
export const mercatorY = (lat: number): number =>
  (180 - (180 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360))) / 360;

const GREY: [number, number, number] = [0x61, 0x61, 0x61];

/** `#rrggbb` (or `#rgb`) as three bytes; anything else grey. */
export function colorBytes(color: string): [number, number, number] {
  const m = /^#([0-9a-f]{6}|[0-9a-f]{3})$/i.exec(color.trim());
  if (!m) return GREY;
  const hex = m[1].length === 3 ? [...m[1]].map((c) => c + c).join('') : m[1];
  return [0, 2, 4].map((at) => Number.parseInt(hex.slice(at, at + 2), 16)) as [
    number,
    number,
    number,
  ];
}

/**
 * Lays out the dots and arcs by item index: `order` lists the item keys in the filter
 * index's order. Dots and arcs of keys not in `order` are left out.
 */
/** Distance of the first item dot from its place's centre, in CSS pixels: outside the largest place circle (18 px) and the selection ring (19 px). */
const DOT_RING_START_PX = 28;
/** Growth of the dot spiral per sqrt(slot), in CSS pixels. */
const DOT_SPIRAL_STEP_PX = 3;
/**
 * Farthest a dot is drawn from its place, in CSS pixels, however many items the place has:
 * beyond it dots share the outer ring (the place's circle and popup count them all).
 */
export const DOT_MAX_PX = 50;
/** Golden angle: consecutive dots never line up, however many there are. */
const GOLDEN_ANGLE_RAD = Math.PI * (3 - Math.sqrt(5));

/**
 * Where the n-th item at a place is drawn around it, in CSS pixels (y down): on a spiral that
 * is the same at every zoom, so a dot is never more than {@link DOT_MAX_PX} from its place.
 */
export function dotOffsetPx(slot: number): [number, number] {
  const r = Math.min(DOT_MAX_PX, DOT_RING_START_PX + DOT_SPIRAL_STEP_PX * Math.sqrt(slot));
  const a = slot * GOLDEN_ANGLE_RAD - Math.PI / 2;
  return [r * Math.cos(a), r * Math.sin(a)];
}

export function buildItemGeometry(
  items: FeatureCollection<Point, ItemFeatureProps>,
  arcs: FeatureCollection<LineString | MultiLineString, ArcFeatureProps>,
  order: readonly string[],
): ItemGeometry {
  const indexOf = new Map(order.map((key, i) => [key, i]));
  // A few colours for many items: each parsed once.
  const rgba = new Map<string, number[]>();
  const bytesOf = (color: string) => {
    let b = rgba.get(color);
    if (!b) {
      b = [...colorBytes(color), 255];
      rgba.set(color, b);
    }
    return b;
  };
  const count = order.length;
  const dotXY = new Float32Array(count * 2);
  const dotColor = new Uint8Array(count * 4);
  const dotOffset = new Float32Array(count * 2);
  for (const f of items.features) {
    const i = indexOf.get(f.properties.key);
    if (i === undefined) continue;
    const [lng, lat] = f.geometry.coordinates;
    dotXY[i * 2] = mercatorX(lng);
    dotXY[i * 2 + 1] = mercatorY(lat);
    dotOffset.set(dotOffsetPx(f.properties.slot ?? 0), i * 2);
    dotColor.set(bytesOf(f.properties.color), i * 4);
  }
  const pieces: { line: number[][]; item: number; color: string }[] = [];
  let segments = 0;
  for (const f of arcs.features) {
    const item = indexOf.get(f.properties.key);
    if (item === undefined) continue;
    const lines =
      f.geometry.type === 'LineString' ? [f.geometry.coordinates] : f.geometry.coordinates;
    for (const line of lines) {
      if (line.length < 2) continue;
      pieces.push({ line, item, color: f.properties.color });
      segments += line.length - 1;
    }
  }
  // In item order (which is time order), so that the items of a time window are one run.
  pieces.sort((a, b) => a.item - b.item);
  const segAt = new Int32Array(count + 1);
  const segXY = new Float32Array(segments * 4);
  const segItem = new Float32Array(segments);
  const segColor = new Uint8Array(segments * 4);
  let s = 0;
  for (const { line, item, color } of pieces) {
    const bytes = bytesOf(color);
    for (let k = 0; k + 1 < line.length; k++, s++) {
      segXY[s * 4] = mercatorX(line[k][0]);
      segXY[s * 4 + 1] = mercatorY(line[k][1]);
      segXY[s * 4 + 2] = mercatorX(line[k + 1][0]);
      segXY[s * 4 + 3] = mercatorY(line[k + 1][1]);
      segItem[s] = item;
      segColor.set(bytes, s * 4);
    }
    segAt[item + 1] = s;
  }
  for (let i = 1; i <= count; i++) segAt[i] = Math.max(segAt[i], segAt[i - 1]);
  return { count, dotXY, dotOffset, dotColor, segments, segAt, segXY, segItem, segColor };
}

/**
 * Finds the dot under the pointer: the dots in a k-d tree by position, searched within a
 * radius and narrowed to the items shown.
 */
export class DotFinder {
  private readonly tree: KDBush;
  /** Item index of each point in the tree. */
  private readonly itemOf: Int32Array;

  constructor(private readonly geometry: ItemGeometry) {
    const withDot: number[] = [];
    for (let i = 0; i < geometry.count; i++)
      if (geometry.dotColor[i * 4 + 3] !== 0) withDot.push(i);
    this.itemOf = Int32Array.from(withDot);
    this.tree = new KDBush(Math.max(1, withDot.length), 64, Float64Array);
    for (const i of withDot) this.tree.add(geometry.dotXY[i * 2], geometry.dotXY[i * 2 + 1]);
    if (withDot.length === 0) this.tree.add(Number.NaN, Number.NaN);
    this.tree.finish();
  }

  /**
   * The shown item whose dot is nearest to (x, y) (Mercator units) within `reachPx` CSS pixels
   * at a zoom where the world is `worldPx` pixels across, the last drawn (on top) among equally
   * near ones; null for none. Places within reach of a dot's farthest offset are searched.
   */
  nearest(
    x: number,
    y: number,
    reachPx: number,
    worldPx: number,
    shown: ArrayLike<number>,
  ): number | null {
    const g = this.geometry;
    let best: number | null = null;
    let bestD = Number.POSITIVE_INFINITY;
    for (const id of this.tree.within(x, y, (reachPx + DOT_MAX_PX) / worldPx)) {
      const i = this.itemOf[id];
      if (i === undefined || shown[i] !== 1) continue;
      const d = Math.hypot(
        (g.dotXY[i * 2] - x) * worldPx + g.dotOffset[i * 2],
        (g.dotXY[i * 2 + 1] - y) * worldPx + g.dotOffset[i * 2 + 1],
      );
      if (d > reachPx) continue;
      if (d < bestD || (d === bestD && best !== null && i > best)) [best, bestD] = [i, d];
    }
    return best;
  }
}
