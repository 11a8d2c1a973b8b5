/**
 * The report object the ingest stages work on: the text, what is handed in, and what each
 * stage adds (sentences with their actors and dates, then places). Stages are functions over
 * it (`readSentences`, `findReportPlaces`, ...), each testable alone.
 */
import type { PlaceSpan, Span } from '../model/situation';
import { type ActorMatcher, type ActorMention, type KnownActor, UNREGISTERED_SIDE } from './actors';
import type { DateMention } from './dates';
import { type Gazetteer, type GazetteerEntry, nameKey } from './gazetteer';
import type { Lexicon } from './lexicon';
import type { PlaceMention, ResolverOptions } from './places';
import { type Token, wireDateline } from './text';

/** What the pipeline needs handed in: it reads no files itself. */
export interface IngestContext {
  gazetteer: Gazetteer;
  actors: ActorMatcher;
  lexicon: Lexicon;
  /** Only for training and evaluating place resolution (scripts/train-resolver.ts). */
  resolver?: ResolverOptions;
  /** Only for tests and ablation: ids of rule rows to leave out (rules/participants.ts). */
  disabledRules?: ReadonlySet<string>;
}

export interface Sentence extends Span {
  index: number;
  paragraph: number;
  tokens: Token[];
  actors: ActorMention[];
  /** Literal place mentions with their places: where things in the sentence are. */
  places: { mention: PlaceMention; entry: GazetteerEntry }[];
  dates: DateMention[];
}

/** Where a place the gazetteer lacks was put, and why (see rules/features-by-form.ts). */
export interface Placement {
  /** ACLED geo-precision: 2 near the place the text ties it to, 3 only that place's region. */
  precision: 2 | 3;
  /** What it is: "village", "air base", "offset" for "N km north of Y". */
  kind: string;
  reason: string;
}

/** A place of the report with every mention of it. */
export interface PlaceEntry {
  entry: GazetteerEntry;
  mentions: PlaceSpan[];
  /** How many of the mentions are literal. */
  literal: number;
  /** The text of its first mention. */
  surface: string;
  /**
   * Its literal mentions that name a region by the place's name ("the Kharkiv region", "Idlib
   * province"), with the first of them as written: a town so named is drawn at the region's seat.
   */
  asRegion?: { count: number; surface: string };
}

export interface Report {
  readonly text: string;
  readonly ctx: IngestContext;
  /** Where the report's own words begin (after `date YYYY-MM-DD`). */
  readonly bodyStart: number;
  readonly reportDate: string | null;
  /** "KYIV, May 12 (Reuters) - ": where and when the story was filed, not what it reports. */
  readonly wire: Span | null;
  /** Actors the registry does not know, recorded per report. */
  readonly localActors: Map<string, KnownActor>;
  sentences: Sentence[];
  /** Places by {@link entryKey}. */
  placeEntries: Map<string, PlaceEntry>;
  placements: Map<string, Placement>;
  /** The place the report names literally most often. */
  mainPlace: PlaceEntry | undefined;
  /** Seats resolved so far, by seat name (null: not in the gazetteer). */
  readonly seatPlaces: Map<string, GazetteerEntry | null>;
  /** Places not named in the report, by key, to the actors whose seat they were taken as. */
  readonly inferredSeats: Map<string, Set<string>>;
  /** Places not named but described ("Haiti's capital"), by key, to the first description. */
  readonly describedAs: Map<string, string>;
}

export function newReport(
  text: string,
  ctx: IngestContext,
  bodyStart: number,
  reportDate: string | null,
): Report {
  return {
    text,
    ctx,
    bodyStart,
    reportDate,
    wire: wireDateline(text, bodyStart),
    localActors: new Map(),
    sentences: [],
    placeEntries: new Map(),
    placements: new Map(),
    mainPlace: undefined,
    seatPlaces: new Map(),
    inferredSeats: new Map(),
    describedAs: new Map(),
  };
}

/** The report's own actors first, then the registry's. */
export function actorOf(report: Report, id: string): KnownActor | undefined {
  return report.localActors.get(id) ?? report.ctx.actors.actors.get(id);
}

/** Records an actor the registry does not know (with whom it speaks for) and returns its id. */
export function addUnregistered(
  report: Report,
  name: string,
  kind: string,
  owner?: { side: string; seat: string | null; color: string },
): string {
  const id = `x-${slugify(name)}`;
  if (!report.localActors.has(id))
    report.localActors.set(id, {
      id,
      name,
      kind,
      side: owner?.side ?? UNREGISTERED_SIDE.id,
      seat: owner?.seat ?? null,
      color: owner?.color ?? UNREGISTERED_SIDE.color,
      aliases: [],
      registered: false,
    });
  return id;
}

/**
 * Where an actor sits, in the gazetteer: its seat's name as a populated place of its state's
 * country, the capital first, then the most populous. Null when it has no seat or none is found.
 */
export function seatOf(report: Report, actorId: string): GazetteerEntry | null {
  const { ctx, seatPlaces } = report;
  const actor = actorOf(report, actorId);
  if (!actor?.seat) return null;
  const cached = seatPlaces.get(actor.seat);
  if (cached !== undefined) return cached;
  const stateCountry = actor.country ?? ctx.actors.actors.get(actor.side)?.country;
  const candidates = ctx.gazetteer
    .lookup(nameKey(actor.seat))
    .filter((e) => e.featureCode.startsWith('PPL') && (!stateCountry || e.country === stateCountry))
    .sort(
      (a, b) =>
        (b.featureCode === 'PPLC' ? 1 : 0) - (a.featureCode === 'PPLC' ? 1 : 0) ||
        b.population - a.population,
    );
  const seat = candidates[0] ?? null;
  seatPlaces.set(actor.seat, seat);
  return seat;
}

/**
 * Makes a place of the report of a gazetteer entry (with no mention, unless it has some) and
 * returns its key; `inferredFor`: the actor whose seat it stands for.
 */
export function addPlace(report: Report, e: GazetteerEntry, inferredFor?: string): string {
  const { placeEntries, inferredSeats } = report;
  const key = entryKey(e);
  if (!placeEntries.has(key))
    placeEntries.set(key, { entry: e, mentions: [], literal: 0, surface: e.name });
  if (inferredFor) {
    const set = inferredSeats.get(key) ?? new Set();
    set.add(inferredFor);
    inferredSeats.set(key, set);
  }
  return key;
}

/**
 * A capital described, not named, after a word of place: "in Haiti's capital", "in the Somali
 * capital" (not "the Sudanese capital Khartoum", which names it, nor "capital flight").
 */
const DESCRIBED_CAPITAL =
  /\b(?:in|at|on|near|into|outside|across|around|of|from|to|toward|towards)\s+(?:the\s+)?(?:(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2})['’]s|(\p{Lu}[\p{L}-]+))\s+capital\b(?!\s+(?:city\s+)?(?:of\b|\p{Lu})|,\s+\p{Lu}[\p{L}-]+,|\s+(?:markets?|gains?|flight|flows?|expenditure|punishment|goods|investment|spending|controls?|requirements?|ratio)\b)/gu;

export interface DescribedPlace extends Span {
  entry: GazetteerEntry;
  /** The words that describe it: "Haiti's capital". */
  text: string;
}

/** The capitals a span describes without naming them, in order. */
export function describedCapitals(report: Report, span: Span): DescribedPlace[] {
  const { text, ctx } = report;
  const body = text.slice(span.start, span.end);
  if (!body.includes('capital')) return [];
  const out: DescribedPlace[] = [];
  for (const m of body.matchAll(DESCRIBED_CAPITAL)) {
    const state = ctx.actors.stateNames.get(nameKey(m[1] ?? m[2]));
    const entry = state ? seatOf(report, state) : null;
    if (!entry) continue;
    const start = span.start + (m.index ?? 0) + m[0].search(/\p{Lu}|the\s/u);
    const end = span.start + (m.index ?? 0) + m[0].length;
    out.push({ entry, start, end, text: text.slice(start, end) });
  }
  return out;
}

/** "rallied in the capital": the capital, no state named with it. */
const BARE_CAPITAL =
  /\b(?:in|at|near|into|outside|across|around|from|to|toward|towards)\s+(the\s+capital)\b(?!\s+(?:city\s+)?of\b|\s+\p{Lu}|,\s+\p{Lu})/u;

/**
 * The capital a span names with no state ("rallied in the capital"): that of the country
 * `code`, the one the story is in.
 */
export function bareCapital(report: Report, span: Span, code: string): DescribedPlace | null {
  const { text, ctx } = report;
  const body = text.slice(span.start, span.end);
  const m = body.includes('the capital') ? BARE_CAPITAL.exec(body) : null;
  const state = m ? ctx.actors.stateOf(code) : undefined;
  const entry = state ? seatOf(report, state) : null;
  if (!m || !entry) return null;
  const start = span.start + m.index + m[0].length - m[1].length;
  const end = start + m[1].length;
  return { entry, start, end, text: text.slice(start, end) };
}

/** Makes a place of the report of a described place, keeping its first description; its key. */
export function addDescribedPlace(report: Report, d: DescribedPlace): string {
  const key = addPlace(report, d.entry);
  if (!report.describedAs.has(key)) report.describedAs.set(key, d.text);
  return key;
}

/** True when a span lies in the wire dateline. */
export function inWire(report: Report, x: Span): boolean {
  const { wire } = report;
  return wire !== null && x.start >= wire.start && x.end <= wire.end;
}

export const entryKey = (e: GazetteerEntry) => `${e.index}`;

export function slugify(s: string): string {
  return (
    s
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'place'
  );
}
