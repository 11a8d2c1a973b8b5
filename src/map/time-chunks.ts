import type { FeatureCollection, LineString, MultiLineString, Point } from 'geojson';
import type { FilterSpecification } from 'maplibre-gl';
import type { ViewFilter } from '../state/view-filter';
import { itemFilterExpression } from './filter-expression';
import type { ArcFeatureProps, ItemFeatureProps } from './situation-map';

/**
 * Items per map source. A filter change makes MapLibre cut its source's tiles again and send
 * them to the page, where taking them in (and the garbage it leaves) takes long for 100,000
 * items. Split by time, a step of the time window changes the filter of the one or two
 * sources its edges cross; the others are wholly in it (no time test) or wholly out (hidden,
 * their tiles kept).
 */
export const CHUNK_ITEMS = 4000;

/** The days a chunk's items cover: the least and most first day, the least and most last day. */
export interface ChunkSpan {
  /** No dated items: a chunk of undated ones. */
  undated: boolean;
  t0Min: number;
  t0Max: number;
  t1Min: number;
  t1Max: number;
}

export interface TimeChunk {
  items: FeatureCollection<Point, ItemFeatureProps>;
  arcs: FeatureCollection<LineString | MultiLineString, ArcFeatureProps>;
  span: ChunkSpan;
}

/**
 * Splits the item dots (and each item's arcs with it) into chunks of at most `size` items in
 * time order, undated items in chunks of their own.
 */
export function chunkByTime(
  items: FeatureCollection<Point, ItemFeatureProps>,
  arcs: FeatureCollection<LineString | MultiLineString, ArcFeatureProps>,
  size = CHUNK_ITEMS,
): TimeChunk[] {
  const sorted = [...items.features].sort(
    (a, b) =>
      Number(b.properties.dated) - Number(a.properties.dated) ||
      a.properties.t0 - b.properties.t0 ||
      a.properties.t1 - b.properties.t1,
  );
  const chunks: TimeChunk[] = [];
  const chunkOf = new Map<string, TimeChunk>();
  for (const f of sorted) {
    let chunk = chunks.at(-1);
    const undated = !f.properties.dated;
    if (!chunk || chunk.items.features.length >= size || chunk.span.undated !== undated) {
      chunk = {
        items: { type: 'FeatureCollection', features: [] },
        arcs: { type: 'FeatureCollection', features: [] },
        span: {
          undated,
          t0Min: Number.POSITIVE_INFINITY,
          t0Max: Number.NEGATIVE_INFINITY,
          t1Min: Number.POSITIVE_INFINITY,
          t1Max: Number.NEGATIVE_INFINITY,
        },
      };
      chunks.push(chunk);
    }
    chunk.items.features.push(f);
    chunkOf.set(f.properties.key, chunk);
    const s = chunk.span;
    const { t0, t1 } = f.properties;
    if (undated) continue;
    s.t0Min = Math.min(s.t0Min, t0);
    s.t0Max = Math.max(s.t0Max, t0);
    s.t1Min = Math.min(s.t1Min, t1);
    s.t1Max = Math.max(s.t1Max, t1);
  }
  for (const a of arcs.features) chunkOf.get(a.properties.key)?.arcs.features.push(a);
  return chunks;
}

/**
 * What a chunk's layers need to show exactly the items `filter` lets through: whether to
 * draw them at all, and the layer filter, without the time test when every item of the
 * chunk is in the window.
 */
export function chunkFilter(
  span: ChunkSpan,
  f: ViewFilter,
): { visible: boolean; filter: FilterSpecification | null } {
  const w = f.window;
  if (!w) return { visible: true, filter: itemFilterExpression({ ...f, window: null }) };
  if (span.undated)
    return {
      visible: f.includeUndated,
      filter: itemFilterExpression({ ...f, window: null }),
    };
  if (span.t0Min > w.to || span.t1Max < w.from) return { visible: false, filter: null };
  const allIn = span.t0Max <= w.to && span.t1Min >= w.from;
  return {
    visible: true,
    // Every item here is dated, so the window test alone decides, undated or not.
    filter: itemFilterExpression(allIn ? { ...f, window: null } : { ...f, includeUndated: false }),
  };
}
