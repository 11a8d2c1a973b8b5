import type { DateBasis, DatePrecision, ItemProps, LocationBasis } from './situation';

/**
 * How sure the viewer is of an extracted item, from the evidence the ingest keeps with it:
 * how its place was tied to it, whether its actors are in the registry, how its date was
 * found, and whether its type came from a strong trigger. Each kind of evidence is a row of
 * {@link CONFIDENCE_RULES} with what it costs and the words the popup shows; an item's level
 * is read from the sum of its costs. Nothing here is a probability: it is an ordinal scale
 * with its reasons, so an analyst can see why an item is shaky and check it.
 */
export type ConfidenceLevel = 'high' | 'medium' | 'low';

export const CONFIDENCE_LEVELS: readonly ConfidenceLevel[] = ['high', 'medium', 'low'];

/** The evidence one item carries, gathered from its report (see evidenceOf in domain.ts). */
export interface ItemEvidence {
  kind: ItemProps['kind'];
  /** How the report tied the item to its place: named in its quote, an actor's seat, the text around. */
  placeFrom: 'quote' | 'seat' | 'context';
  /** The place's own basis in its report: named, or inferred with no name. */
  placeBasis: LocationBasis;
  /** ACLED geo-precision where the point is not the named place's own (2 near, 3 region). */
  placePrecision?: 2 | 3;
  /** How many of the item's actors (the speaker, for a statement) are and are not registered. */
  registeredActors: number;
  unregisteredActors: number;
  date: string | null;
  dateBasis?: DateBasis;
  datePrecision?: DatePrecision;
  /** For an event: whether its type came from a trigger that names one kind of event. */
  typeTrigger?: 'strong' | 'weak';
}

export interface ConfidenceRule {
  id: string;
  /** What the rule costs the item when it applies: 0 is evidence for it. */
  cost: number;
  /** The reason shown in the popup, list and exports. */
  reason: string;
  applies: (e: ItemEvidence) => boolean;
  /** Items the rule exists for; one test runs each through it (confidence.test.ts). */
  example: Partial<ItemEvidence>;
}

export const CONFIDENCE_RULES: ConfidenceRule[] = [
  {
    id: 'place-in-quote',
    cost: 0,
    reason: 'place named in the quote',
    applies: (e) => e.placeFrom === 'quote' && e.placeBasis === 'explicit' && !e.placePrecision,
    example: { placeFrom: 'quote', placeBasis: 'explicit' },
  },
  {
    id: 'place-near-quote',
    cost: 1,
    reason: 'place named only near the quote',
    applies: (e) => e.placeFrom === 'context',
    example: { placeFrom: 'context' },
  },
  {
    id: 'place-by-seat',
    cost: 1,
    reason: 'placed where its actor sits (a capital or seat), not where the text puts it',
    applies: (e) => e.placeFrom === 'seat',
    example: { placeFrom: 'seat' },
  },
  {
    id: 'place-inferred',
    cost: 2,
    reason: 'place inferred: no report names it',
    applies: (e) => e.placeBasis === 'inferred',
    example: { placeBasis: 'inferred' },
  },
  {
    id: 'place-approximate',
    cost: 1,
    reason: 'location approximate (near a named place)',
    applies: (e) => e.placePrecision === 2,
    example: { placePrecision: 2 },
  },
  {
    id: 'place-region-only',
    cost: 2,
    reason: 'location known only to its region',
    applies: (e) => e.placePrecision === 3,
    example: { placePrecision: 3 },
  },
  {
    id: 'actors-registered',
    cost: 0,
    reason: 'actors in the registry',
    applies: (e) => e.registeredActors > 0 && e.unregisteredActors === 0,
    example: { registeredActors: 2, unregisteredActors: 0 },
  },
  {
    id: 'actor-unregistered',
    cost: 1,
    reason: 'an actor found by its form, not in the registry',
    applies: (e) => e.unregisteredActors > 0,
    example: { registeredActors: 1, unregisteredActors: 1 },
  },
  {
    id: 'no-actor',
    cost: 1,
    reason: 'no actor named',
    applies: (e) => e.kind === 'event' && e.registeredActors + e.unregisteredActors === 0,
    example: { kind: 'event', registeredActors: 0, unregisteredActors: 0 },
  },
  {
    id: 'date-explicit',
    cost: 0,
    reason: 'date given in the text',
    applies: (e) => e.date !== null && e.dateBasis === 'explicit',
    example: { date: '2020-02-27', dateBasis: 'explicit', datePrecision: 'day' },
  },
  {
    id: 'date-relative',
    cost: 0,
    reason: 'date worked out from a weekday or "yesterday" and the report’s date',
    applies: (e) =>
      e.date !== null && (e.dateBasis === 'weekday-relative' || e.dateBasis === 'relative'),
    example: { date: '2020-02-27', dateBasis: 'weekday-relative', datePrecision: 'day' },
  },
  {
    id: 'date-from-dateline',
    cost: 1,
    reason: 'date taken from the report’s dateline: the text gives none',
    applies: (e) => e.date !== null && e.dateBasis === 'dateline',
    example: { date: '2020-03-02', dateBasis: 'dateline', datePrecision: 'on-or-before' },
  },
  {
    id: 'date-from-context',
    cost: 1,
    reason: 'date carried over from the sentences before',
    applies: (e) => e.date !== null && e.dateBasis === 'context',
    example: { date: '2020-02-27', dateBasis: 'context', datePrecision: 'day' },
  },
  {
    id: 'date-coarse',
    cost: 1,
    reason: 'date known only to a month or a year',
    applies: (e) => e.datePrecision === 'month' || e.datePrecision === 'year',
    example: { date: '2020-02', dateBasis: 'explicit', datePrecision: 'month' },
  },
  {
    id: 'no-date',
    cost: 2,
    reason: 'no date',
    applies: (e) => e.date === null,
    example: { date: null },
  },
  {
    id: 'type-strong',
    cost: 0,
    reason: 'type from a word that names it ("shelled", "signed")',
    applies: (e) => e.kind === 'event' && e.typeTrigger === 'strong',
    example: { kind: 'event', typeTrigger: 'strong' },
  },
  {
    id: 'type-weak',
    cost: 1,
    reason: 'type from a word with other senses ("hit", "deal", "met")',
    applies: (e) => e.kind === 'event' && e.typeTrigger === 'weak',
    example: { kind: 'event', typeTrigger: 'weak' },
  },
];

/** Highest total cost of each level: 0-1 high, 2-3 medium, more low. */
const LEVEL_MAX_COST: [ConfidenceLevel, number][] = [
  ['high', 1],
  ['medium', 3],
];

export interface Confidence {
  level: ConfidenceLevel;
  /** The reasons, costs first (what lowers it), then what supports it. */
  reasons: string[];
}

/** An item's confidence and its reasons, from its evidence. */
export function confidenceOf(e: ItemEvidence): Confidence {
  let cost = 0;
  const against: string[] = [];
  const support: string[] = [];
  for (const rule of CONFIDENCE_RULES) {
    if (!rule.applies(e)) continue;
    cost += rule.cost;
    (rule.cost > 0 ? against : support).push(rule.reason);
  }
  const level = LEVEL_MAX_COST.find(([, max]) => cost <= max)?.[0] ?? 'low';
  return { level, reasons: [...against, ...support] };
}

/**
 * The key an item's confidence is switched off by, in the same set as actors and types; an
 * item an analyst rejected is filtered under `confidence:rejected` (src/state/corrections.ts),
 * one told again by another report under `confidence:merged` (src/state/corroborate.ts).
 */
export function confidenceKeyOf(level: ConfidenceLevel | 'rejected' | 'merged'): string {
  return `confidence:${level}`;
}
