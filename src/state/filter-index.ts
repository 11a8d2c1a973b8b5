import type { Domain, ItemView } from './domain';
import { type Histogram, makeHistogram } from './histogram';
import type { PlaceStyle } from './selectors';
import type { TimeWindow, ViewFilter } from './view-filter';

/** Separates items in the joined search text; never typed into a search box. */
const SEPARATOR = '\u0000';

/**
 * Everything the view needs per interaction, kept in flat typed arrays over the domain's
 * items (in time order) so that an actor toggle, a time-window step or a keystroke costs a
 * few passes over numbers, not a walk through objects:
 *
 * - actor toggles update a per-item count of hidden actors, touching only that actor's items;
 * - the time window compares two integer arrays;
 * - the search looks through one joined string with `indexOf`, jumping to the next item
 *   after each hit, and narrows the previous matches when the query only grew.
 *
 * Results (visible items, the histogram, per-place counts) are computed on demand and
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
  /** The items' search texts joined, and where each starts (one more entry for the end). */
  private readonly text: string;
  private readonly textAt: Int32Array;

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
    this.placeKeys = [...domain.places.keys()];
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
      texts.push(it.search + SEPARATOR);
      offset += it.search.length + SEPARATOR.length;
    }
    this.reachAt[n] = reach.length;
    this.sideAt[n] = sides.length;
    this.textAt[n] = offset;
    this.reachPlace = Int32Array.from(reach);
    this.sideOf = Int32Array.from(sides);
    this.text = texts.join('');
    for (const [id, list] of actorLists) this.actorItems.set(id, Int32Array.from(list));
  }

  /** Brings the index to `filter`, doing only the work that changed. */
  apply(filter: ViewFilter): void {
    let content = false;
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
    }
    if (content) this.contentVersion++;
    const w = filter.window;
    if (
      (w === null) !== (this.window === null) ||
      (w && this.window && (w.from !== this.window.from || w.to !== this.window.to)) ||
      filter.includeUndated !== this.includeUndated
    ) {
      this.window = w ? { from: w.from, to: w.to } : null;
      this.includeUndated = filter.includeUndated;
      this.windowVersion++;
    }
  }

  private shiftActor(id: string, by: 1 | -1): void {
    const list = this.actorItems.get(id);
    if (!list) return;
    const flips = this.flips;
    for (let k = 0; k < list.length; k++) {
      const i = list[k];
      const before = this.hiddenCount[i];
      this.hiddenCount[i] = before + by;
      // Items that just became hidden (-1) or shown (+1), for the histogram to catch up on.
      if (flips && this.matches[i] && (before === 0 || before + by === 0))
        flips.push(before === 0 ? -(i + 1) : i + 1);
    }
    if (flips && flips.length > this.size) this.flips = null;
  }

  /** Marks the items whose search text holds `query`: one scan of the joined text. */
  private search(query: string): void {
    this.query = query;
    this.hist = null;
    const m = this.matches;
    m.fill(query === '' ? 1 : 0);
    if (query === '') return;
    const text = this.text;
    const at = this.textAt;
    let from = 0;
    let i = 0;
    for (;;) {
      const hit = text.indexOf(query, from);
      if (hit < 0) break;
      // The item holding the hit; hits only move forward, so this walks the items once.
      while (at[i + 1] <= hit) i++;
      if (hit + query.length < at[i + 1]) {
        // A match: the rest of this item need not be searched.
        m[i] = 1;
        from = at[i + 1];
        i++;
        if (i >= this.size) break;
      } else from = hit + 1;
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
      const out = new Int32Array(this.size);
      let k = 0;
      for (let i = 0; i < this.size; i++)
        if (this.passesAllButWindow(i) && this.inWindow(i)) out[k++] = i;
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
      const counts = new Int32Array(places);
      const sideCounts = new Int32Array(places * sides);
      const idx = this.visibleIndices();
      for (let k = 0; k < idx.length; k++) {
        const i = idx[k];
        const s0 = this.sideAt[i];
        const s1 = this.sideAt[i + 1];
        for (let r = this.reachAt[i]; r < this.reachAt[i + 1]; r++) {
          const p = this.reachPlace[r];
          counts[p]++;
          for (let s = s0; s < s1; s++) sideCounts[p * sides + this.sideOf[s]]++;
        }
      }
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
