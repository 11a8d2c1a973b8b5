/**
 * The situation GeoJSON format: one FeatureCollection per source report.
 * Documented for users in docs/data-format.md; keep the two in step.
 *
 * Offsets (`start`, `end`) are 0-based, end-exclusive JavaScript string (UTF-16) indices
 * into the whole report file text, dateline included.
 */
import type { Point } from 'geojson';

export const FORMAT_VERSION = 1;

export interface Span {
  start: number;
  end: number;
}

export interface Excerpt extends Span {
  /** Exactly `reportText.slice(start, end)`. */
  text: string;
}

export interface SourceInfo {
  /** Report id: the report's file name without extension. */
  id: string;
  /** Path of the report relative to the project root, e.g. `seeds/000_x.txt`. */
  file: string;
  /** Report date from its dateline, YYYY-MM-DD, or null when it has none. */
  date: string | null;
  outlet: string | null;
  /** Hex sha256 of the report file's bytes. */
  sha256: string;
  title?: string;
}

export type ActorKind =
  | 'state'
  | 'ministry'
  | 'official'
  | 'military'
  | 'armed_group'
  | 'international_org'
  | 'organisation'
  | 'person';

export interface Actor {
  id: string;
  name: string;
  kind: ActorKind | string;
  /** Groups actors under a state or movement; an id into `sides`. */
  side: string;
  /** Place id where the actor sits, or null when not known or not mapped. */
  seat: string | null;
  /** CSS colour, #rrggbb. */
  color: string;
  mentions: Span[];
  aliases?: string[];
  /** False when the actor was found in the text but is not in the actor registry. */
  registered?: boolean;
}

export interface Side {
  id: string;
  name: string;
  color: string;
}

export type LocationBasis = 'explicit' | 'inferred';

/**
 * Where the report names a place. `use` is absent for a literal mention (where something is
 * or happens); `associative` is a modifier, possessive or part of a longer name ("Syria's
 * Idleb region", "Madrid-based", "Environment Canada"); `metonymic` is the place standing for
 * its government or people ("Greece said"). Only literal mentions locate events.
 */
export interface PlaceSpan extends Span {
  use?: 'associative' | 'metonymic';
}

export interface PlaceProps {
  kind: 'place';
  id: string;
  name: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** GeoNames id, or null when the place is not in the gazetteer. */
  gazetteerId: number | null;
  placeType?: string;
  /**
   * `precision` (ACLED's geo-precision) is given where the point is not the named place's own:
   * 2 near a place the text ties it to ("five kilometres north of Saraqib", "X near Y"), 3 only
   * the region ("the village of X, Hama Governorate"). `reason` says which.
   */
  location: { basis: LocationBasis; reason: string; precision?: 2 | 3 };
  mentions: PlaceSpan[];
}

export type DatePrecision = 'day' | 'month' | 'year' | 'on-or-before' | 'on-or-after' | 'unknown';
export type DateBasis =
  | 'explicit'
  | 'weekday-relative'
  | 'relative'
  | 'dateline'
  | 'context'
  | 'unknown';

export interface ActorRole {
  id: string;
  role: string;
}

export interface EventProps {
  kind: 'event';
  id: string;
  /** Ontology type, see src/model/event-types.ts (mapped to PLOVER). */
  type: string;
  summary: string;
  date: string | null;
  datePrecision: DatePrecision;
  dateBasis: DateBasis;
  /**
   * Whether the type came from a word that names it ("shelled") or one with other senses
   * ("struck", "deal", "met"), or from the event's form alone (weak). Absent in older files.
   */
  typeTrigger?: 'strong' | 'weak';
  placeId: string;
  /** Other places the event spans (the far end of a phone call, say). */
  alsoAt?: string[];
  actors: ActorRole[];
  excerpt: Excerpt;
}

export interface StatementProps {
  kind: 'statement';
  id: string;
  /** Actor id of who made the statement. */
  speaker: string;
  summary: string;
  date: string | null;
  datePrecision?: DatePrecision;
  dateBasis?: DateBasis;
  placeId: string;
  about: { places: string[]; events: string[] };
  /** Ids of statements this one contradicts. */
  disputes: string[];
  excerpt: Excerpt;
}

export type ItemProps = EventProps | StatementProps;
export type FeatureProps = PlaceProps | ItemProps;

export interface SituationFeature<P extends FeatureProps = FeatureProps> {
  type: 'Feature';
  id?: string | number;
  geometry: Point;
  properties: P;
}

export interface SituationCollection {
  type: 'FeatureCollection';
  formatVersion?: number;
  source: SourceInfo;
  sides?: Side[];
  actors: Actor[];
  features: SituationFeature[];
}

export function isPlace(f: SituationFeature): f is SituationFeature<PlaceProps> {
  return f.properties.kind === 'place';
}
export function isEvent(f: SituationFeature): f is SituationFeature<EventProps> {
  return f.properties.kind === 'event';
}
export function isStatement(f: SituationFeature): f is SituationFeature<StatementProps> {
  return f.properties.kind === 'statement';
}

/** The actor ids an item belongs to, used by the actor layers. */
export function itemActorIds(item: ItemProps): string[] {
  return item.kind === 'event' ? item.actors.map((a) => a.id) : [item.speaker];
}
