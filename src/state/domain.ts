import {
  type Confidence,
  confidenceKeyOf,
  confidenceOf,
  type ItemEvidence,
} from '../model/confidence';
import { withoutInvisible } from '../model/invisible';
import { assignColours } from './colours';
import type {
  Actor,
  ItemProps,
  LocationBasis,
  PlaceProps,
  Side,
  SituationCollection,
  Span,
} from '../model/situation';
import { itemActorIds } from '../model/situation';
import type { ItemReview } from './corrections';
import type { Corroboration } from './corroborate';
import { type Filterable, itemInterval, typeKeyOf } from './view-filter';

/** A report that passed validation, with its text. */
export interface LoadedReport {
  /** Path of the situation file as served, e.g. `geo/000_x.geojson`. */
  file: string;
  collection: SituationCollection;
  text: string;
}

/** A place on the map: the same gazetteer place from several reports is one place. */
export interface PlaceView {
  key: string;
  name: string;
  country: string;
  gazetteerId: number | null;
  /** country, world-region, region, feature, capital, city, town, when the file says. */
  placeType: string | null;
  coordinates: [number, number];
  basis: LocationBasis;
  /** Why each report inferred the place, when none named it. */
  reasons: string[];
  /** Why a report put a place the gazetteer lacks where it is, near or in a place it names. */
  approximations: string[];
  /** The place's id in each report that has it. */
  refs: { reportId: string; placeId: string }[];
  /**
   * How often the reports name it, by use: where something is (`literal`), as a modifier or
   * part of a name (`associative`, "Syria's Idleb region"), standing for its government or
   * people (`metonymic`, "Greece said").
   */
  uses: { literal: number; associative: number; metonymic: number };
}

/**
 * True when the map draws the place: some report names it as where something is, infers it
 * as a seat, or puts an item at it or about it. A place only ever named for its government or
 * as a modifier ("Greece said", "Madrid-based") is listed and searchable, not drawn: nothing
 * the reports tell happened there.
 */
export function isDrawnPlace(domain: Domain, place: PlaceView): boolean {
  return (
    place.uses.literal > 0 ||
    place.basis === 'inferred' ||
    (domain.itemsByPlace.get(place.key)?.length ?? 0) > 0
  );
}

/** An event or statement, tied to its report. */
export interface ItemView extends Filterable {
  key: string;
  reportId: string;
  props: ItemProps;
  placeKey: string;
  alsoAtKeys: string[];
  /**
   * How the report tied the item to its place: named in its quote, the seat of one of its
   * actors (a ministry's capital, the ends of a phone call), or from the text around the quote.
   */
  placeFrom: PlaceFrom;
  /** Places a statement is about (empty for events). */
  aboutKeys: string[];
  /** How sure the viewer is of the item, with its reasons (src/model/confidence.ts). */
  confidence: Confidence;
  /** An analyst's review, applied over what was extracted (src/state/corrections.ts). */
  review?: ItemReview;
  /** On the item shown for an event several reports tell: all of them (src/state/corroborate.ts). */
  corroboration?: Corroboration;
  /** On the others: the item they are shown under. */
  mergedInto?: string;
  actorIds: string[];
  /** Every place the item is at or about, once each. */
  reach: string[];
  /** The sides of its actors, once each. */
  sides: string[];
}

export type PlaceFrom = 'quote' | 'seat' | 'context';

export interface ActorView extends Omit<Actor, 'mentions'> {
  reportIds: string[];
}

export interface Domain {
  reports: Map<string, LoadedReport>;
  places: Map<string, PlaceView>;
  items: Map<string, ItemView>;
  actors: Map<string, ActorView>;
  sides: Map<string, Side>;
  /** `reportId/placeId` to place key. */
  placeKeys: Map<string, string>;
  /** Items at each place or about it, oldest first. */
  itemsByPlace: Map<string, ItemView[]>;
  /** Every item, oldest first, undated last: lists keep this order when filtered. */
  sortedItems: ItemView[];
}

/** Fallback colour for a side no report describes. */
const UNKNOWN_SIDE_COLOR = '#616161';

export function itemKey(reportId: string, itemId: string): string {
  return `${reportId}/${itemId}`;
}

/**
 * The same place from several reports gets one key: its GeoNames id, or for countries and
 * regions (which have none in our gazetteer) their country and name.
 */
function placeKeyOf(reportId: string, p: PlaceProps): string {
  if (p.gazetteerId != null) return `gn${p.gazetteerId}`;
  if (p.placeType === 'country') return `country:${p.country}`;
  if (p.placeType === 'region' || p.placeType === 'world-region' || p.placeType === 'feature')
    return `${p.placeType}:${p.country}:${p.name}`;
  return `${reportId}/${p.id}`;
}

/**
 * Merges validated reports into one domain: places by gazetteer id, actors by id, sides
 * by id. Items keep their report id so every one still traces to its own excerpt.
 */
export function buildDomain(reports: LoadedReport[]): Domain {
  const domain: Domain = {
    reports: new Map(),
    places: new Map(),
    items: new Map(),
    actors: new Map(),
    sides: new Map(),
    placeKeys: new Map(),
    itemsByPlace: new Map(),
    sortedItems: [],
  };
  for (const report of reports) {
    const c = report.collection;
    const reportId = c.source.id;
    domain.reports.set(reportId, report);
    // Copies: the map's colours (colours.ts) are set on them, not on the loaded files.
    for (const s of c.sides ?? []) if (!domain.sides.has(s.id)) domain.sides.set(s.id, { ...s });
    for (const { mentions: _m, ...a } of c.actors) {
      const known = domain.actors.get(a.id);
      if (known) known.reportIds.push(reportId);
      else domain.actors.set(a.id, { ...a, reportIds: [reportId] });
      if (!domain.sides.has(a.side))
        domain.sides.set(a.side, { id: a.side, name: a.side, color: UNKNOWN_SIDE_COLOR });
    }
    const localPlaceKeys = new Map<string, string>();
    for (const f of c.features) {
      const p = f.properties;
      if (p.kind !== 'place') continue;
      const key = placeKeyOf(reportId, p);
      localPlaceKeys.set(p.id, key);
      domain.placeKeys.set(itemKey(reportId, p.id), key);
      const known = domain.places.get(key);
      const reason = p.location.basis === 'inferred' ? [p.location.reason] : [];
      const approximation = p.location.precision ? [p.location.reason] : [];
      const uses = known?.uses ?? { literal: 0, associative: 0, metonymic: 0 };
      for (const m of p.mentions) uses[m.use ?? 'literal']++;
      if (known) {
        known.refs.push({ reportId, placeId: p.id });
        if (p.location.basis === 'explicit') known.basis = 'explicit';
        known.reasons.push(...reason);
        known.approximations.push(...approximation);
      } else {
        const [lon, lat] = f.geometry.coordinates;
        domain.places.set(key, {
          key,
          name: p.name,
          country: p.country,
          gazetteerId: p.gazetteerId,
          placeType: p.placeType ?? null,
          coordinates: [lon, lat],
          basis: p.location.basis,
          reasons: reason,
          approximations: approximation,
          refs: [{ reportId, placeId: p.id }],
          uses,
        });
      }
    }
    const placeFrom = placeFromOf(c);
    const evidence = evidenceOf(c);
    for (const f of c.features) {
      const p = f.properties;
      if (p.kind === 'place') continue;
      const key = itemKey(reportId, p.id);
      const from = placeFrom(p);
      const confidence = confidenceOf(evidence(p, from));
      domain.items.set(key, {
        key,
        reportId,
        props: p,
        placeKey: localPlaceKeys.get(p.placeId) as string,
        placeFrom: from,
        confidence,
        confidenceKey: confidenceKeyOf(confidence.level),
        alsoAtKeys:
          p.kind === 'event' ? (p.alsoAt ?? []).map((id) => localPlaceKeys.get(id) as string) : [],
        aboutKeys:
          p.kind === 'statement'
            ? p.about.places.map((id) => localPlaceKeys.get(id) as string)
            : [],
        actorIds: itemActorIds(p),
        typeKey: typeKeyOf(p),
        interval: itemInterval(p),
        search: '',
        reach: [],
        sides: [],
      });
    }
  }
  for (const item of domain.items.values()) {
    item.reach = [...new Set([item.placeKey, ...item.alsoAtKeys, ...item.aboutKeys])];
    item.sides = [
      ...new Set(item.actorIds.map((id) => domain.actors.get(id)?.side ?? '').filter(Boolean)),
    ];
  }
  assignColours(domain);
  for (const item of domain.items.values()) item.search = searchText(domain, item);
  indexItems(domain);
  return domain;
}

/**
 * Sets the domain's item orders from its items: all in time order, and each place's. Given the
 * time order of a domain whose items had the same keys and dates (a review that changed no
 * date, a merge of reports' tellings), that order is taken over instead of sorting again.
 */
export function indexItems(domain: Domain, sameDates?: ItemView[]): void {
  domain.sortedItems = sameDates
    ? sameDates.map((it) => domain.items.get(it.key) ?? it)
    : [...domain.items.values()].sort(byDate);
  domain.itemsByPlace = new Map();
  // Filled in time order, so each place's list is in time order without a sort of its own.
  for (const item of domain.sortedItems)
    for (const key of item.reach) {
      const list = domain.itemsByPlace.get(key);
      if (list) list.push(item);
      else domain.itemsByPlace.set(key, [item]);
    }
}

/**
 * For a report, a function telling how an item was tied to its place ({@link ItemView.placeFrom}):
 * whether one of the place's mentions lies inside the item's quote, else whether the place is
 * the seat of one of its actors.
 */
function placeFromOf(c: SituationCollection): (p: ItemProps) => PlaceFrom {
  const mentions = new Map<string, Span[]>();
  for (const f of c.features)
    if (f.properties.kind === 'place')
      mentions.set(
        f.properties.id,
        [...f.properties.mentions].sort((a, b) => a.start - b.start),
      );
  const seats = new Map(c.actors.map((a) => [a.id, a.seat]));
  return (p) => {
    const spans = mentions.get(p.placeId) ?? [];
    const { start, end } = p.excerpt;
    // The first mention starting inside the quote, by bisection: mentions are in text order.
    let lo = 0;
    let hi = spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (spans[mid].start < start) lo = mid + 1;
      else hi = mid;
    }
    if (lo < spans.length && spans[lo].end <= end) return 'quote';
    return itemActorIds(p).some((id) => seats.get(id) === p.placeId) ? 'seat' : 'context';
  };
}

/**
 * For a report, a function gathering an item's evidence for its confidence: how its place was
 * tied to it, the place's basis and precision in this report, its actors' registration, its
 * date and its type's trigger.
 */
function evidenceOf(c: SituationCollection): (p: ItemProps, from: PlaceFrom) => ItemEvidence {
  const places = new Map<string, PlaceProps>();
  for (const f of c.features)
    if (f.properties.kind === 'place') places.set(f.properties.id, f.properties);
  const registered = new Map(c.actors.map((a) => [a.id, a.registered !== false]));
  return (p, from) => {
    const place = places.get(p.placeId);
    const actors = p.kind === 'event' ? p.actors.map((r) => r.id) : [p.speaker];
    const known = actors.filter((id) => registered.get(id) === true).length;
    return {
      kind: p.kind,
      placeFrom: from,
      placeBasis: place?.location.basis ?? 'explicit',
      placePrecision: place?.location.precision,
      registeredActors: known,
      unregisteredActors: new Set(actors).size - known,
      date: p.date,
      dateBasis: p.dateBasis,
      datePrecision: p.datePrecision,
      typeTrigger: p.kind === 'event' ? p.typeTrigger : undefined,
    };
  };
}

/**
 * What the search box looks in: the quote, the summary, the places and the actors' names,
 * lower-case, each with a space on either side (so a query "idleb " finds the name at the end
 * of a text too) and U+0001 between them (so no query finds words from two of them).
 */
function searchText(domain: Domain, item: ItemView): string {
  const parts = [item.props.summary, item.props.excerpt.text];
  for (const key of [item.placeKey, ...item.alsoAtKeys, ...item.aboutKeys])
    parts.push(domain.places.get(key)?.name ?? '');
  for (const id of item.actorIds) {
    const a = domain.actors.get(id);
    if (a) parts.push(a.name, ...(a.aliases ?? []));
  }
  return searchParts(parts);
}

/** Texts joined as the search looks in them: see searchText. */
export function searchParts(parts: string[]): string {
  // Invisible characters inside a word do not hide it: "Mos" + U+202E + "cow" is found as moscow.
  return parts.map((p) => ` ${withoutInvisible(p).toLowerCase()} `).join('\u0001');
}

/** Dated items first, oldest first, then undated ones; ties in key order. */
export function byDate(a: ItemView, b: ItemView): number {
  const da = a.props.date ?? '9999';
  const db = b.props.date ?? '9999';
  return da < db ? -1 : da > db ? 1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

/**
 * A place whose point is the middle of a country or of a world region (a continent, a sea,
 * the Sahel): not where anything was said or done, so no arc is drawn to it and the first
 * view is not fitted to it.
 */
export function isAreaMiddle(placeType: string | null | undefined): boolean {
  return placeType === 'country' || placeType === 'world-region';
}
