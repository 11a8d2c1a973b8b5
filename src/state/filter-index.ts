import { type Domain, type ItemView, searchParts } from './domain';
import { type Histogram, makeHistogram } from './histogram';
import type { PlaceStyle } from './selectors';
import type { TimeWindow, ViewFilter } from './view-filter';

/** Separates items in the joined search text; never typed into a search box. */
const SEPARATOR = '\u0000';

/**
 * Everything the view needs per interaction, kept in flat typed arrays over the domain's
 * items (in time order) so that an actor toggle, a time-window step or a keystroke touches
 * only the items it changes, not a walk through objects:
 *
 * - each item has a visible flag, and each place its count of visible items per side, kept
 *   up to date as the filter changes;
 * - an actor toggle updates a per-item count of hidden actors, touching only that actor's
 *   items;
 * - a time-window step finds the items whose first or last day it crossed by binary search
 *   in the items sorted by those days, and looks at those alone;
 * - the search matches place and actor names once per name (not once per item that carries
 *   them), then looks through the items' quotes and summaries, joined into one string, with
 *   `indexOf`; when the query only grew, it looks only at the items that matched before.
 *
 * Results (the list of visible items, the histogram, per-place styles) are made on demand and
 * cached until the filter changes.
 */
export class FilterIndex {
  readonly size: number;
  private readonly items: ItemView[];
  private readonly t0: Int32Array;
  private readonly t1: Int32Array;
  private readonly dated: Uint8Array;
  /** Items of each actor, as indices. */
  private readonly actorItems = new Map<string, Int32Array>();
  /** Places each item reaches (compressed rows: `reachAt[i]..reachAt[i+1]` in `reachPlace`). */
  private readonly reachAt: Int32Array;
  private readonly reachPlace: Int32Array;
  /** Sides of each item's actors, compressed the same way. */
  private readonly sideAt: Int32Array;
  private readonly sideOf: Int32Array;
  private readonly placeKeys: string[];
  private readonly sideColors: (string | null)[];
  private readonly sideIds: string[];
  /** Items at or about each place (compressed rows, the inverse of `reach`). */
  private readonly placeItemsAt: Int32Array;
  private readonly placeItems: Int32Array;
  /** Place names by place index, each actor's name and aliases; as in the search text. */
  private readonly placeNames: string[];
  private readonly actorNames: [id: string, names: string[]][];
  /**
   * The items' quotes and summaries, lower-case, joined with NUL, and where each starts (one
   * more entry for the end). Place and actor names are matched apart.
   */
  private readonly text: string;
  private readonly textAt: Int32Array;
  /** Dated items by first day and by last day, with those days in the same order. */
  private readonly byT0: Int32Array;
  private readonly t0Sorted: Int32Array;
  private readonly byT1: Int32Array;
  private readonly t1Sorted: Int32Array;

  /** 1 where the item passes every filter; the per-place counts below follow it. */
  private readonly visible: Uint8Array;
  /** Visible items at or about each place, and the same per place and side (`p * sides + s`). */
  private readonly placeCount: Int32Array;
  private readonly placeSideCount: Int32Array;

  /** How many of each item's actors are switched off. */
  private readonly hiddenCount: Uint16Array;
  private hidden = new Set<string>();
  /** 1 where the item matches the current query. */
  private readonly matches: Uint8Array;
  private query = '';
  private window: TimeWindow | null = null;
  private includeUndated = true;
  /** The last histogram made, for the search it was made for. */
  private hist: Histogram | null = null;
  /**
   * Items whose actor filter flipped since `hist` was made, as i+1 when shown and -(i+1)
   * when hidden; null when there are too many and the histogram is to be made anew.
   */
  private flips: number[] | null = [];
  /** Bumped when the actor or search filter changes, and when the time window does. */
  private contentVersion = 0;
  private windowVersion = 0;
  private readonly cache = new Map<string, { version: string; value: unknown }>();

  constructor(domain: Domain) {
    const items = domain.sortedItems;
    const n = items.length;
    this.items = items;
    this.size = n;
    this.t0 = new Int32Array(n);
    this.t1 = new Int32Array(n);
    this.dated = new Uint8Array(n);
    this.hiddenCount = new Uint16Array(n);
    this.matches = new Uint8Array(n).fill(1);
    this.visible = new Uint8Array(n).fill(1);
    this.placeKeys = [...domain.places.keys()];
    this.placeNames = this.placeKeys.map((k) => searchParts([domain.places.get(k)?.name ?? '']));
    this.actorNames = [...domain.actors].map(([id, a]) => [
      id,
      [a.name, ...(a.aliases ?? [])].map((x) => searchParts([x])),
    ]);
    const placeIndex = new Map(this.placeKeys.map((k, i) => [k, i]));
    this.sideIds = [...domain.sides.keys()];
    this.sideColors = this.sideIds.map((id) => domain.sides.get(id)?.color ?? null);
    const sideIndex = new Map(this.sideIds.map((k, i) => [k, i]));

    const actorLists = new Map<string, number[]>();
    const reach: number[] = [];
    const sides: number[] = [];
    this.reachAt = new Int32Array(n + 1);
    this.sideAt = new Int32Array(n + 1);
    this.textAt = new Int32Array(n + 1);
    const texts: string[] = [];
    let offset = 0;
    for (let i = 0; i < n; i++) {
      const it = items[i];
      if (it.interval) {
        this.dated[i] = 1;
        this.t0[i] = it.interval[0];
        this.t1[i] = it.interval[1];
      }
      for (const id of new Set(it.actorIds)) {
        const list = actorLists.get(id);
        if (list) list.push(i);
        else actorLists.set(id, [i]);
      }
      this.reachAt[i] = reach.length;
      for (const key of it.reach) {
        const p = placeIndex.get(key);
        if (p !== undefined) reach.push(p);
      }
      this.sideAt[i] = sides.length;
      for (const s of it.sides) {
        const k = sideIndex.get(s);
        if (k !== undefined) sides.push(k);
      }
      this.textAt[i] = offset;
      // Each text with its separator, joined in one go: a flat string that indexOf scans fast.
      const own = ownText(it);
      texts.push(own + SEPARATOR);
      offset += own.length + SEPARATOR.length;
    }
    this.reachAt[n] = reach.length;
    this.sideAt[n] = sides.length;
    this.textAt[n] = offset;
    this.reachPlace = Int32Array.from(reach);
    this.sideOf = Int32Array.from(sides);
    this.text = texts.join('');
    for (const [id, list] of actorLists) this.actorItems.set(id, Int32Array.from(list));
    [this.placeItemsAt, this.placeItems] = invert(
      this.reachAt,
      this.reachPlace,
      this.placeKeys.length,
    );
    const dated = Int32Array.from({ length: n }, (_, i) => i).filter((i) => this.dated[i] === 1);
    this.byT0 = dated.slice().sort((a, b) => this.t0[a] - this.t0[b]);
    this.t0Sorted = this.byT0.map((i) => this.t0[i]);
    this.byT1 = dated.slice().sort((a, b) => this.t1[a] - this.t1[b]);
    this.t1Sorted = this.byT1.map((i) => this.t1[i]);
    this.placeCount = new Int32Array(this.placeKeys.length);
    this.placeSideCount = new Int32Array(this.placeKeys.length * this.sideIds.length);
    this.recount();
  }

  /** Brings the index to `filter`, doing only the work that changed. */
  apply(filter: ViewFilter): void {
    let content = false;
    // Whether the visible flags are to be worked out anew rather than updated.
    let recount = false;
    for (const id of this.hidden)
      if (!filter.hidden.has(id)) {
        this.shiftActor(id, -1);
        content = true;
      }
    for (const id of filter.hidden)
      if (!this.hidden.has(id)) {
        this.shiftActor(id, 1);
        content = true;
      }
    this.hidden = new Set(filter.hidden);
    if (filter.query !== this.query) {
      this.search(filter.query);
      content = true;
      recount = true;
    }
    if (content) this.contentVersion++;
    const w = filter.window;
    const last = this.window;
    if (
      (w === null) !== (last === null) ||
      (w && last && (w.from !== last.from || w.to !== last.to)) ||
      filter.includeUndated !== this.includeUndated
    ) {
      const sameUndated = filter.includeUndated === this.includeUndated;
      this.window = w ? { from: w.from, to: w.to } : null;
      this.includeUndated = filter.includeUndated;
      this.windowVersion++;
      if (w && last && sameUndated) {
        if (!recount) this.moveWindow(last, w);
      } else if (w || last) recount = true;
    }
    if (recount) this.recount();
  }

  /** Works out every item's visible flag and the per-place counts from scratch. */
  private recount(): void {
    this.placeCount.fill(0);
    this.placeSideCount.fill(0);
    for (let i = 0; i < this.size; i++) {
      const on = this.passesAllButWindow(i) && this.inWindow(i);
      this.visible[i] = on ? 1 : 0;
      if (on) this.count(i, 1);
    }
  }

  /** Shows or hides item `i` if it is not already so, and counts it in or out of its places. */
  private setVisible(i: number, on: boolean): void {
    if ((this.visible[i] === 1) === on) return;
    this.visible[i] = on ? 1 : 0;
    this.count(i, on ? 1 : -1);
  }

  private count(i: number, by: 1 | -1): void {
    const sides = this.sideIds.length;
    const s0 = this.sideAt[i];
    const s1 = this.sideAt[i + 1];
    for (let r = this.reachAt[i]; r < this.reachAt[i + 1]; r++) {
      const p = this.reachPlace[r];
      this.placeCount[p] += by;
      for (let s = s0; s < s1; s++) this.placeSideCount[p * sides + this.sideOf[s]] += by;
    }
  }

  /**
   * The window moved from `from` to `to`: only items whose first day passed its end, or whose
   * last day passed its start, can have come in or gone out. Undated items stay as they are.
   */
  private moveWindow(from: TimeWindow, to: TimeWindow): void {
    const recheck = (i: number) =>
      this.setVisible(i, this.passesAllButWindow(i) && this.inWindow(i));
    // In when t0 <= end: changes for t0 in (lower end, higher end].
    const [e0, e1] = from.to < to.to ? [from.to, to.to] : [to.to, from.to];
    for (let k = lowerBound(this.t0Sorted, e0 + 1); k < lowerBound(this.t0Sorted, e1 + 1); k++)
      recheck(this.byT0[k]);
    // In when t1 >= start: changes for t1 in [lower start, higher start).
    const [b0, b1] = from.from < to.from ? [from.from, to.from] : [to.from, from.from];
    for (let k = lowerBound(this.t1Sorted, b0); k < lowerBound(this.t1Sorted, b1); k++)
      recheck(this.byT1[k]);
  }

  private shiftActor(id: string, by: 1 | -1): void {
    const list = this.actorItems.get(id);
    if (!list) return;
    const flips = this.flips;
    for (let k = 0; k < list.length; k++) {
      const i = list[k];
      const before = this.hiddenCount[i];
      this.hiddenCount[i] = before + by;
      if (!this.matches[i] || (before !== 0 && before + by !== 0)) continue;
      // The item was just hidden (before === 0) or shown again.
      if (flips) flips.push(before === 0 ? -(i + 1) : i + 1);
      this.setVisible(i, before !== 0 && this.inWindow(i));
    }
    if (flips && flips.length > this.size) this.flips = null;
  }

  /**
   * Marks the items whose search text (see domain.ts) holds `query`: items at or about a
   * place whose name holds it, items of an actor whose name or an alias holds it, and items
   * whose quote or summary does, found with one scan of the joined text.
   */
  private search(query: string): void {
    const last = this.query;
    this.query = query;
    this.hist = null;
    const m = this.matches;
    if (query === '' || query.includes(SEPARATOR) || query.includes(PART)) {
      // No query, or one holding the characters that separate texts (never typed): the slow way.
      for (let i = 0; i < this.size; i++)
        m[i] = query === '' || this.items[i].search.includes(query) ? 1 : 0;
      return;
    }
    // A longer query can only match items the shorter one inside it matched.
    const candidates = last !== '' && query.includes(last) ? m.slice() : null;
    m.fill(0);
    for (let p = 0; p < this.placeNames.length; p++)
      if (this.placeNames[p].includes(query))
        for (let r = this.placeItemsAt[p]; r < this.placeItemsAt[p + 1]; r++)
          m[this.placeItems[r]] = 1;
    for (const [id, names] of this.actorNames)
      if (names.some((name) => name.includes(query)))
        for (const i of this.actorItems.get(id) ?? []) m[i] = 1;
    const text = this.text;
    const at = this.textAt;
    // The first hit at or after the current item's start: one indexOf serves every item up
    // to it, and the scan skips items already matched or not candidates.
    let hit = -1;
    for (let i = 0; i < this.size; i++) {
      if (m[i] === 1 || (candidates && candidates[i] === 0)) continue;
      if (hit < at[i]) {
        hit = text.indexOf(query, at[i]);
        if (hit < 0) break;
      }
      // The query holds no NUL, so a hit that starts in this item ends in it.
      if (hit < at[i + 1]) m[i] = 1;
    }
  }

  /** `make()` once per filter state; `windowed` results also depend on the time window. */
  private memo<T>(name: string, windowed: boolean, make: () => T): T {
    const version = windowed
      ? `${this.contentVersion}/${this.windowVersion}`
      : `${this.contentVersion}`;
    const hit = this.cache.get(name);
    if (hit && hit.version === version) return hit.value as T;
    const value = make();
    this.cache.set(name, { version, value });
    return value;
  }

  /** Whether item `i` passes the actor and search filters (everything but the window). */
  private passesAllButWindow(i: number): boolean {
    return this.hiddenCount[i] === 0 && this.matches[i] === 1;
  }

  private inWindow(i: number): boolean {
    const w = this.window;
    if (!w) return true;
    if (!this.dated[i]) return this.includeUndated;
    return this.t0[i] <= w.to && this.t1[i] >= w.from;
  }

  /** Indices of the visible items, in time order. */
  visibleIndices(): Int32Array {
    return this.memo('visible', true, () => {
      const v = this.visible;
      const out = new Int32Array(this.size);
      let k = 0;
      for (let i = 0; i < this.size; i++) if (v[i] === 1) out[k++] = i;
      return out.subarray(0, k);
    });
  }

  /** The visible items, in time order, read through the index rather than copied out. */
  visibleItems(): ItemList {
    return this.memo('visibleItems', true, () => new ItemList(this.items, this.visibleIndices()));
  }

  /**
   * Items per day of what every filter but the time window lets through: the timeline.
   * Kept while only the window moves, so dragging never recounts it.
   */
  histogram(): Histogram {
    return this.memo('histogram', false, () => {
      const flips = this.flips;
      const last = this.hist;
      this.flips = [];
      // An actor toggle only moves its own items: count them in or out of the last one.
      this.hist =
        last && flips ? this.shiftHistogram(last, flips) : this.countHistogram(this.query);
      return this.hist;
    });
  }

  /** Counts from scratch, over the days of every item the search lets through. */
  private countHistogram(query: string): Histogram {
    const range = this.memo(`range:${query}`, false, () => {
      let min = Number.POSITIVE_INFINITY;
      let max = Number.NEGATIVE_INFINITY;
      for (let i = 0; i < this.size; i++)
        if (this.matches[i] && this.dated[i]) {
          if (this.t0[i] < min) min = this.t0[i];
          if (this.t1[i] > max) max = this.t1[i];
        }
      return Number.isFinite(min) ? ([min, max] as [number, number]) : null;
    });
    const idx = new Int32Array(this.size);
    let k = 0;
    for (let i = 0; i < this.size; i++) if (this.passesAllButWindow(i)) idx[k++] = i;
    return makeHistogram(idx.subarray(0, k), this.dated, this.t0, this.t1, range);
  }

  private shiftHistogram(h: Histogram, flips: number[]): Histogram {
    const exact = h.exact.slice();
    const spread = h.spread.slice();
    let { undated, total } = h;
    for (const f of flips) {
      const i = Math.abs(f) - 1;
      const by = f > 0 ? 1 : -1;
      total += by;
      if (!this.dated[i]) {
        undated += by;
        continue;
      }
      const a = this.t0[i];
      const b = this.t1[i];
      if (a === b) exact[a - h.min] += by;
      else for (let d = a; d <= b; d++) spread[d - h.min] += by / (b - a + 1);
    }
    let peak = 1;
    for (let d = 0; d < exact.length; d++) {
      // Fractions added and taken away again leave rounding dust, not a bar.
      if (spread[d] < 1e-9) spread[d] = 0;
      peak = Math.max(peak, exact[d] + spread[d]);
    }
    return { ...h, exact, spread, peak, undated, total };
  }

  /** Per place: how many visible items are at or about it, and the colour of the side with most. */
  placeStyles(): Map<string, PlaceStyle> {
    return this.memo('styles', true, () => {
      const places = this.placeKeys.length;
      const sides = this.sideIds.length;
      const counts = this.placeCount;
      const sideCounts = this.placeSideCount;
      const out = new Map<string, PlaceStyle>();
      for (let p = 0; p < places; p++) {
        // The side with most items; ties go to the side whose id sorts first.
        let best = -1;
        for (let s = 0; s < sides; s++) {
          const c = sideCounts[p * sides + s];
          if (c === 0) continue;
          const b = best < 0 ? 0 : sideCounts[p * sides + best];
          if (best < 0 || c > b || (c === b && this.sideIds[s] < this.sideIds[best])) best = s;
        }
        out.set(this.placeKeys[p], {
          visibleCount: counts[p],
          color: best < 0 ? null : this.sideColors[best],
        });
      }
      return out;
    });
  }
}

/** Some of the index's items, in order, without an array of 100,000 references per change. */
export class ItemList {
  constructor(
    private readonly all: readonly ItemView[],
    private readonly indices: Int32Array,
  ) {}

  get length(): number {
    return this.indices.length;
  }

  at(k: number): ItemView | undefined {
    return k >= 0 && k < this.indices.length ? this.all[this.indices[k]] : undefined;
  }

  slice(from: number, to: number): ItemView[] {
    const out: ItemView[] = [];
    for (let k = Math.max(0, from); k < Math.min(to, this.indices.length); k++)
      out.push(this.all[this.indices[k]]);
    return out;
  }

  indexOfKey(key: string): number {
    for (let k = 0; k < this.indices.length; k++)
      if (this.all[this.indices[k]].key === key) return k;
    return -1;
  }

  toArray(): ItemView[] {
    return this.slice(0, this.indices.length);
  }

  static of(items: readonly ItemView[]): ItemList {
    return new ItemList(items, Int32Array.from(items.keys()));
  }
}

/** Separates texts in an item's search text (see domain.ts). */
const PART = '\u0001';

/**
 * An item's quote, and its summary unless the quote already holds it, as in its search text:
 * lower-case, spaces on both sides.
 */
function ownText(it: ItemView): string {
  const quote = searchParts([it.props.excerpt.text]);
  const summary = searchParts([it.props.summary]);
  return quote.includes(summary) ? quote : `${summary}${PART}${quote}`;
}

/** First position in sorted `xs` whose value is at least `x`. */
function lowerBound(xs: Int32Array, x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (xs[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Rows `at[i]..at[i+1]` of `values` (each below `size`) turned around: for each value, its rows. */
function invert(at: Int32Array, values: Int32Array, size: number): [Int32Array, Int32Array] {
  const outAt = new Int32Array(size + 1);
  for (const v of values) outAt[v + 1]++;
  for (let v = 0; v < size; v++) outAt[v + 1] += outAt[v];
  const out = new Int32Array(values.length);
  const next = outAt.slice(0, size);
  for (let i = 0; i + 1 < at.length; i++)
    for (let r = at[i]; r < at[i + 1]; r++) out[next[values[r]]++] = i;
  return [outAt, out];
}
