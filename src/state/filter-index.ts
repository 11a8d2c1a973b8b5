import { type Domain, type ItemView, searchParts } from './domain';
import { emptyHistogram, type Histogram, PAD_DAYS } from './histogram';
import { scanTexts, TEXT_END } from './text-scan';
import type { PlaceStyle, TimeWindow, ViewFilter } from './view-filter';

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
 *   Only the items whose match changed are then counted in or out.
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
  /** Visible items per block of {@link BLOCK} items, and in all: to find the k-th one fast. */
  private readonly blockVisible: Int32Array;
  private visibleTotal = 0;
  /** Item index by key, made the first time a list is asked where an item is. */
  private keyIndex: Map<string, number> | null = null;
  /** Visible items at or about each place, and the same per place and side (`p * sides + s`). */
  private readonly placeCount: Int32Array;
  private readonly placeSideCount: Int32Array;

  /** How many of each item's actors are switched off. */
  private readonly hiddenCount: Uint16Array;
  private hidden = new Set<string>();
  /** Items whose text holds a query, found by a worker, for when that query is applied. */
  private provided: { query: string; matches: Uint8Array } | null = null;
  /** 1 where the item matches the current query. */
  private readonly matches: Uint8Array;
  private query = '';
  private window: TimeWindow | null = null;
  private includeUndated = true;
  /**
   * The timeline's counts of what every filter but the window lets through, per day from
   * `dayMin` over every item's days (exact dates, and ranges spread evenly), kept up to date
   * like the visible flags; with the undated ones and the total.
   */
  private readonly dayMin: number;
  private readonly dayExact: Float64Array;
  private readonly daySpread: Float64Array;
  private undatedCount = 0;
  private passingCount = 0;
  /** First and last day of the items the search lets through, whatever the toggles. */
  private searchedDays: [number, number] | null = null;
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
    this.visible = new Uint8Array(n);
    this.blockVisible = new Int32Array(Math.ceil(n / BLOCK));
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
      // The item's type and confidence are switched off as an actor is: lists of items to count.
      for (const id of new Set([...it.actorIds, it.typeKey, it.confidenceKey])) {
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
      texts.push(own + TEXT_END);
      offset += own.length + TEXT_END.length;
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
    const days = this.byT0.length
      ? [this.t0Sorted[0], this.t1Sorted[this.byT1.length - 1]]
      : [0, 0];
    this.dayMin = days[0];
    this.dayExact = new Float64Array(days[1] - days[0] + 1);
    this.daySpread = new Float64Array(days[1] - days[0] + 1);
    this.placeCount = new Int32Array(this.placeKeys.length);
    this.placeSideCount = new Int32Array(this.placeKeys.length * this.sideIds.length);
    this.recount();
    this.findSearchedDays();
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
      const before = this.matches.slice();
      this.search(filter.query);
      this.searchChanged(before);
      content = true;
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
      // Showing undated items or not, or a window set or cleared: every item is looked at.
      if (w && last && sameUndated) this.moveWindow(last, w);
      else if (w || last) this.recount();
    }
  }

  /** Works out every item's visible flag and the counts from scratch (the search, and so its days, unchanged). */
  private recount(): void {
    this.placeCount.fill(0);
    this.placeSideCount.fill(0);
    this.dayExact.fill(0);
    this.daySpread.fill(0);
    this.undatedCount = 0;
    this.passingCount = 0;
    this.blockVisible.fill(0);
    this.visibleTotal = 0;
    for (let i = 0; i < this.size; i++) {
      const passes = this.passesAllButWindow(i);
      if (passes) this.countDays(i, 1);
      const on = passes && this.inWindow(i);
      this.visible[i] = on ? 1 : 0;
      if (on) this.count(i, 1);
    }
  }

  /**
   * The search went from matching `before` to matching `this.matches`: counts in or out the
   * items whose match changed (under the window as it was; a window change is applied after),
   * and finds the days of what it now finds.
   */
  private searchChanged(before: Uint8Array): void {
    const m = this.matches;
    for (let i = 0; i < this.size; i++) {
      if (m[i] === before[i] || this.hiddenCount[i] !== 0) continue;
      this.countDays(i, m[i] === 1 ? 1 : -1);
      this.setVisible(i, m[i] === 1 && this.inWindow(i));
    }
    this.findSearchedDays();
  }

  /** The first and last day of the dated items the search lets through, from the sorted days. */
  private findSearchedDays(): void {
    const m = this.matches;
    let k = 0;
    while (k < this.byT0.length && m[this.byT0[k]] === 0) k++;
    if (k === this.byT0.length) {
      this.searchedDays = null;
      return;
    }
    let j = this.byT1.length - 1;
    while (m[this.byT1[j]] === 0) j--;
    this.searchedDays = [this.t0Sorted[k], this.t1Sorted[j]];
  }

  /** Counts item `i` in or out of the timeline. */
  private countDays(i: number, by: 1 | -1): void {
    this.passingCount += by;
    if (this.dated[i] === 0) {
      this.undatedCount += by;
      return;
    }
    const a = this.t0[i] - this.dayMin;
    const b = this.t1[i] - this.dayMin;
    if (a === b) this.dayExact[a] += by;
    else for (let d = a; d <= b; d++) this.daySpread[d] += by / (b - a + 1);
  }

  /** Shows or hides item `i` if it is not already so, and counts it in or out of its places. */
  private setVisible(i: number, on: boolean): void {
    if ((this.visible[i] === 1) === on) return;
    this.visible[i] = on ? 1 : 0;
    this.count(i, on ? 1 : -1);
  }

  /** Counts item `i` in or out of the visible total and of its places and their sides. */
  private count(i: number, by: 1 | -1): void {
    this.blockVisible[i >> BLOCK_BITS] += by;
    this.visibleTotal += by;
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
    const endsAt = lowerBound(this.t0Sorted, e1 + 1);
    for (let k = lowerBound(this.t0Sorted, e0 + 1); k < endsAt; k++) recheck(this.byT0[k]);
    // In when t1 >= start: changes for t1 in [lower start, higher start).
    const [b0, b1] = from.from < to.from ? [from.from, to.from] : [to.from, from.from];
    const startsAt = lowerBound(this.t1Sorted, b1);
    for (let k = lowerBound(this.t1Sorted, b0); k < startsAt; k++) recheck(this.byT1[k]);
  }

  private shiftActor(id: string, by: 1 | -1): void {
    const list = this.actorItems.get(id);
    if (!list) return;
    for (let k = 0; k < list.length; k++) {
      const i = list[k];
      const before = this.hiddenCount[i];
      this.hiddenCount[i] = before + by;
      if (!this.matches[i] || (before !== 0 && before + by !== 0)) continue;
      // The item was just hidden (before === 0) or shown again.
      this.countDays(i, before === 0 ? -1 : 1);
      this.setVisible(i, before !== 0 && this.inWindow(i));
    }
  }

  /**
   * Marks the items whose search text (see domain.ts) holds `query`: items at or about a
   * place whose name holds it, items of an actor whose name or an alias holds it, and items
   * whose quote or summary does, found with one scan of the joined text.
   */
  private search(query: string): void {
    const last = this.query;
    this.query = query;
    const m = this.matches;
    if (!this.canScanApart(query)) {
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
    const provided = this.provided?.query === query ? this.provided.matches : null;
    if (provided) for (let i = 0; i < this.size; i++) m[i] |= provided[i];
    else scanTexts(this.text, this.textAt, query, m, candidates);
  }

  /**
   * Runs the loops of a toggle, a window step and a search once, on the current state and back,
   * so that the JIT has compiled them before the analyst's first interaction: on 100,000 items
   * they take tens of milliseconds in the interpreter. Each part is a separate call, for one
   * idle moment each. Every flag and count is as it was afterwards (the timeline's fractional
   * day counts up to rounding, as after any toggle and back).
   */
  warmUpSteps(): (() => void)[] {
    return [
      () => {
        // The actor with most items that is shown, off and on again.
        let best: string | null = null;
        let most = 0;
        for (const [id, list] of this.actorItems)
          if (!this.hidden.has(id) && list.length > most) [best, most] = [id, list.length];
        if (best === null) return;
        this.shiftActor(best, 1);
        this.shiftActor(best, -1);
      },
      () => this.searchChanged(this.matches.slice()),
      () => {
        // A keystroke's own loops (names and their items, then merging what the worker found
        // in the texts), for the name of the place and of the actor with most items, with an
        // empty answer from the worker; then put back.
        const saved = { query: this.query, provided: this.provided, matches: this.matches.slice() };
        for (const probe of this.warmUpQueries()) {
          this.provided = { query: probe, matches: new Uint8Array(this.size) };
          this.search(probe);
        }
        this.matches.set(saved.matches);
        this.query = saved.query;
        this.provided = saved.provided;
      },
      () => {
        const w = this.window;
        if (!w) return;
        const back = { from: w.from - 7, to: w.to - 7 };
        this.window = back;
        this.moveWindow(w, back);
        this.window = w;
        this.moveWindow(back, w);
      },
    ];
  }

  /** Names of the place and the actor with most items: searching them runs every name loop. */
  private warmUpQueries(): string[] {
    let place = 0;
    for (let p = 1; p < this.placeNames.length; p++)
      if (
        this.placeItemsAt[p + 1] - this.placeItemsAt[p] >
        this.placeItemsAt[place + 1] - this.placeItemsAt[place]
      )
        place = p;
    let actor: string | undefined;
    let most = -1;
    for (const [id, names] of this.actorNames) {
      const n = this.actorItems.get(id)?.length ?? 0;
      if (n > most && names[0]) [actor, most] = [names[0], n];
    }
    return [this.placeNames[place], actor].filter(
      (q): q is string => q !== undefined && this.canScanApart(q),
    );
  }

  /**
   * The item texts the search scans, for a worker to scan instead (see text-search.ts): the
   * quotes and summaries joined (place and actor names are matched by the index itself).
   */
  texts(): { text: string; at: Int32Array } {
    return { text: this.text, at: this.textAt.slice() };
  }

  /** Whether a worker can scan for `query` (not empty, none of the separators). */
  canScanApart(query: string): boolean {
    return query !== '' && !query.includes(TEXT_END) && !query.includes(PART);
  }

  hasTextMatches(query: string): boolean {
    return this.provided?.query === query;
  }

  /** The worker's scan for `query`: used instead of scanning when that query is applied. */
  provideTextMatches(query: string, matches: Uint8Array): void {
    this.provided = { query, matches };
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

  /**
   * Every item's visible flag (1 shown, 0 not), by index in the domain's time order
   * (`domain.sortedItems`): what the map draws. The index's own array, read as it is: copy it
   * to keep it past the next change.
   */
  visibleFlags(): Readonly<Uint8Array> {
    return this.visible;
  }

  /**
   * The visible items, in time order: a view that finds the rows asked for through the
   * visible flags, so a change costs nothing until rows are read, and reading the rows on
   * screen costs a few hundred steps, not a pass over every item. A view reads the index as
   * it is: take a new one after each change.
   */
  visibleItems(): ItemList {
    return this.memo('visibleItems', true, () => {
      const length = this.visibleTotal;
      return {
        length,
        at: (k) => (k >= 0 && k < length ? this.items[this.select(k)] : undefined),
        slice: (from, to) => {
          const out: ItemView[] = [];
          const start = Math.max(0, from);
          let i = start < length ? this.select(start) : this.size;
          for (let k = start; k < Math.min(to, length); k++) {
            while (this.visible[i] === 0) i++;
            out.push(this.items[i++]);
          }
          return out;
        },
        indexOfKey: (key) => {
          this.keyIndex ??= new Map(this.items.map((it, i) => [it.key, i]));
          const i = this.keyIndex.get(key);
          return i !== undefined && this.visible[i] === 1 ? this.rank(i) : -1;
        },
        toArray: () => this.items.filter((_, i) => this.visible[i] === 1),
      };
    });
  }

  /** Index of the k-th visible item (0-based; k below the visible total). */
  private select(k: number): number {
    let b = 0;
    while (k >= this.blockVisible[b]) k -= this.blockVisible[b++];
    let i = b << BLOCK_BITS;
    for (; ; i++) if (this.visible[i] === 1 && k-- === 0) return i;
  }

  /** How many visible items come before item `i`. */
  private rank(i: number): number {
    let r = 0;
    const b = i >> BLOCK_BITS;
    for (let c = 0; c < b; c++) r += this.blockVisible[c];
    for (let j = b << BLOCK_BITS; j < i; j++) r += this.visible[j];
    return r;
  }

  /**
   * Items per day of what every filter but the time window lets through: the timeline, over
   * the days of what the search finds (so toggles do not rescale it). Kept while only the
   * window moves, so dragging never recounts it.
   */
  histogram(): Histogram {
    return this.memo('histogram', false, () => {
      const range = this.searchedDays;
      if (!range) return emptyHistogram(this.undatedCount, this.passingCount);
      const min = range[0] - PAD_DAYS;
      const max = range[1] + PAD_DAYS;
      const exact = new Float64Array(max - min + 1);
      const spread = new Float64Array(max - min + 1);
      let peak = 1;
      for (
        let d = Math.max(min, this.dayMin);
        d <= Math.min(max, this.dayMin + this.dayExact.length - 1);
        d++
      ) {
        exact[d - min] = this.dayExact[d - this.dayMin];
        // Fractions added and taken away again leave rounding dust, not a bar.
        const x = this.daySpread[d - this.dayMin];
        spread[d - min] = x < 1e-9 ? 0 : x;
        peak = Math.max(peak, exact[d - min] + spread[d - min]);
      }
      return {
        min,
        max,
        exact,
        spread,
        peak,
        undated: this.undatedCount,
        total: this.passingCount,
      };
    });
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
export interface ItemList {
  readonly length: number;
  at(k: number): ItemView | undefined;
  slice(from: number, to: number): ItemView[];
  /** Position of the item with this key, or -1. */
  indexOfKey(key: string): number;
  toArray(): ItemView[];
}

/** A list over an array. */
export function itemListOf(items: readonly ItemView[]): ItemList {
  return {
    length: items.length,
    at: (k) => items[k],
    slice: (from, to) => items.slice(Math.max(0, from), to),
    indexOfKey: (key) => items.findIndex((it) => it.key === key),
    toArray: () => [...items],
  };
}

/**
 * A list in time order (dated items oldest first, then undated ones) as newest first: the
 * dated items reversed, the undated ones still last. Found by a binary search for the first
 * undated item, so a list of 100,000 is not copied.
 */
export function newestFirst(list: ItemList): ItemList {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list.at(mid)?.props.date === null) hi = mid;
    else lo = mid + 1;
  }
  const dated = lo;
  const map = (k: number) => (k < dated ? dated - 1 - k : k);
  return {
    length: list.length,
    at: (k) => (k >= 0 && k < list.length ? list.at(map(k)) : undefined),
    slice: (from, to) => {
      const out: ItemView[] = [];
      for (let k = Math.max(0, from); k < Math.min(to, list.length); k++) {
        const it = list.at(map(k));
        if (it) out.push(it);
      }
      return out;
    },
    indexOfKey: (key) => {
      const k = list.indexOfKey(key);
      return k < 0 ? -1 : map(k);
    },
    toArray: () => {
      const all = list.toArray();
      return [...all.slice(0, dated).reverse(), ...all.slice(dated)];
    },
  };
}

/** Items per block in the counts that find the k-th visible item. */
const BLOCK_BITS = 10;
const BLOCK = 1 << BLOCK_BITS;

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
