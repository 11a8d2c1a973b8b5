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
    for (let k = 0; k < list.length; k++) this.hiddenCount[list[k]] += by;
  }

  /** Marks the items whose search text holds `query`: one scan of the joined text. */
  private search(query: string): void {
    this.query = query;
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

  /** The visible items, in time order. */
  visibleItems(): ItemView[] {
    return this.memo('visibleItems', true, () => {
      const idx = this.visibleIndices();
      const out = new Array<ItemView>(idx.length);
      for (let k = 0; k < idx.length; k++) out[k] = this.items[idx[k]];
      return out;
    });
  }

  /**
   * Items per day of what every filter but the time window lets through: the timeline.
   * Kept while only the window moves, so dragging never recounts it.
   */
  histogram(): Histogram {
    return this.memo('histogram', false, () => {
      const idx = new Int32Array(this.size);
      let k = 0;
      for (let i = 0; i < this.size; i++) if (this.passesAllButWindow(i)) idx[k++] = i;
      return makeHistogram(idx.subarray(0, k), this.dated, this.t0, this.t1);
    });
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
