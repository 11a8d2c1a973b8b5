import { type Domain, type ItemView, itemKey, type PlaceView } from './domain';
import type { FilterIndex } from './filter-index';
import { isShown, type PlaceStyle, type ViewFilter } from './view-filter';

export type { PlaceStyle } from './view-filter';

export function itemsAtPlace(domain: Domain, placeKey: string): ItemView[] {
  return domain.itemsByPlace.get(placeKey) ?? [];
}

export interface PlaceContents {
  /** Events that took place here. */
  events: ItemView[];
  /** Statements made here. */
  madeHere: ItemView[];
  /** Statements made elsewhere about this place. */
  aboutHere: ItemView[];
  /** Pairs of visible statements here that contradict each other. */
  disputes: [ItemView, ItemView][];
  /** Items at or about the place hidden by the actor layers. */
  hiddenCount: number;
}

export function placeContents(domain: Domain, placeKey: string, filter: ViewFilter): PlaceContents {
  const contents: PlaceContents = {
    events: [],
    madeHere: [],
    aboutHere: [],
    disputes: [],
    hiddenCount: 0,
  };
  const visible = new Set<string>();
  for (const item of itemsAtPlace(domain, placeKey)) {
    if (!isShown(item, filter)) {
      contents.hiddenCount++;
      continue;
    }
    visible.add(item.key);
    if (item.props.kind === 'event') contents.events.push(item);
    else if (item.placeKey === placeKey) contents.madeHere.push(item);
    else contents.aboutHere.push(item);
  }
  const paired = new Set<string>();
  for (const item of [...contents.madeHere, ...contents.aboutHere]) {
    if (item.props.kind !== 'statement') continue;
    for (const otherId of item.props.disputes) {
      const otherKey = itemKey(item.reportId, otherId);
      const pairKey = [item.key, otherKey].sort().join('|');
      const other = domain.items.get(otherKey);
      if (!other || !visible.has(otherKey) || paired.has(pairKey)) continue;
      paired.add(pairKey);
      contents.disputes.push([item, other]);
    }
  }
  return contents;
}

/**
 * Per place: how many items at or about it are visible and which side dominates them. The
 * plain version, for tests and one-off use; the app asks {@link FilterIndex}, which a
 * property test holds to this.
 */
export function placeStyles(domain: Domain, filter: ViewFilter): Map<string, PlaceStyle> {
  // One pass over the items: each is tested once, however many places it reaches.
  const counts = new Map<string, number>();
  const sideCounts = new Map<string, Map<string, number>>();
  for (const item of domain.sortedItems) {
    if (!isShown(item, filter)) continue;
    for (const key of item.reach) {
      counts.set(key, (counts.get(key) ?? 0) + 1);
      let sides = sideCounts.get(key);
      if (!sides) {
        sides = new Map();
        sideCounts.set(key, sides);
      }
      for (const side of item.sides) sides.set(side, (sides.get(side) ?? 0) + 1);
    }
  }
  const out = new Map<string, PlaceStyle>();
  for (const key of domain.places.keys()) {
    let best: string | null = null;
    let bestCount = 0;
    for (const [side, n] of sideCounts.get(key) ?? []) {
      if (n > bestCount || (n === bestCount && best !== null && side < best)) {
        best = side;
        bestCount = n;
      }
    }
    out.set(key, {
      visibleCount: counts.get(key) ?? 0,
      color: best ? (domain.sides.get(best)?.color ?? null) : null,
    });
  }
  return out;
}

/** How many items each actor belongs to. */
export function actorItemCounts(domain: Domain): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of domain.items.values())
    for (const id of new Set(item.actorIds)) counts.set(id, (counts.get(id) ?? 0) + 1);
  return counts;
}

export interface SideGroup {
  id: string;
  name: string;
  color: string;
  actorIds: string[];
}

/** Actors grouped by side, sides and actors in name order. */
export function sideGroups(domain: Domain): SideGroup[] {
  const groups = new Map<string, SideGroup>();
  for (const actor of domain.actors.values()) {
    const side = domain.sides.get(actor.side);
    let g = groups.get(actor.side);
    if (!g) {
      g = {
        id: actor.side,
        name: side?.name ?? actor.side,
        color: side?.color ?? '#616161',
        actorIds: [],
      };
      groups.set(actor.side, g);
    }
    g.actorIds.push(actor.id);
  }
  const name = (id: string) => domain.actors.get(id)?.name ?? id;
  const list = [...groups.values()];
  for (const g of list) g.actorIds.sort((a, b) => name(a).localeCompare(name(b)));
  return list.sort((a, b) => a.name.localeCompare(b.name));
}

export function placesByName(domain: Domain): PlaceView[] {
  return [...domain.places.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/** Visible items in time order (one pass over the sorted items); the app asks {@link FilterIndex}. */
export function visibleItems(domain: Domain, filter: ViewFilter): ItemView[] {
  return domain.sortedItems.filter((item) => isShown(item, filter));
}
