/**
 * The last stage of the ingest: the report's places, events and statements as situation
 * GeoJSON features with stable ids, each with the quote it came from, and the actors and
 * sides they name.
 */
import type {
  Actor,
  EventProps,
  PlaceProps,
  SituationCollection,
  SituationFeature,
  Span,
  StatementProps,
} from '../model/situation';
import { FORMAT_VERSION } from '../model/situation';
import { UNREGISTERED_SIDE } from './actors';
import type { TriggerHit } from './event-types';
import type { DraftEvent } from './find-events';
import type { DraftStatement } from './find-statements';
import type { GazetteerEntry } from './gazetteer';
import { actorOf as reportActorOf, entryKey, type Report, seatOf, slugify } from './report';

export interface Drafts {
  events: DraftEvent[];
  statements: DraftStatement[];
  /** Where each statement was made, by statement id. */
  statementPlace: Map<string, string>;
  disputes: Map<string, Set<string>>;
}

/** The situation collection of a report and what was found in it. */
export function writeCollection(
  report: Report,
  source: SituationCollection['source'],
  { events, statements, statementPlace, disputes }: Drafts,
): SituationCollection {
  const { text, ctx, sentences, placeEntries, placements, inferredSeats, describedAs, wire } =
    report;
  const actorOf = (id: string) => reportActorOf(report, id);
  /** A sentence without the wire dateline opening it, for its summary. */
  const storyOf = (x: Span): Span =>
    wire && x.start <= wire.start && x.end > wire.end ? { start: wire.end, end: x.end } : x;
  // Place features with stable ids.
  const placeIds = new Map<string, string>();
  const usedIds = new Set<string>();
  const features: SituationFeature[] = [];
  const orderedPlaces = [...placeEntries.entries()].sort(
    (a, b) =>
      (a[1].mentions[0]?.start ?? Number.MAX_SAFE_INTEGER) -
        (b[1].mentions[0]?.start ?? Number.MAX_SAFE_INTEGER) || a[1].entry.index - b[1].entry.index,
  );
  for (const [key, p] of orderedPlaces) {
    let id = slugify(p.entry.name);
    if (usedIds.has(id)) id = `${id}-${p.entry.country.toLowerCase()}`;
    for (let n = 2; usedIds.has(id); n++) id = `${slugify(p.entry.name)}-${n}`;
    usedIds.add(id);
    placeIds.set(key, id);
    const e = p.entry;
    const explicit = p.mentions.length > 0;
    const seatFor = [...(inferredSeats.get(key) ?? [])].map((a) => actorOf(a)?.name ?? a);
    // "the Kharkiv region", every time: the region, drawn at its seat.
    const region =
      p.asRegion && p.asRegion.count === p.literal && !e.curated ? p.asRegion : undefined;
    const placement =
      placements.get(key) ??
      (region
        ? {
            precision: 3 as const,
            kind: 'region',
            reason: `Named in the report as “${region.surface}”, a region; drawn at ${e.name}${e.country ? `, ${e.country}` : ''}, the place of that name (precision 3: the region).`,
          }
        : undefined);
    const reason = placement
      ? placement.reason
      : explicit
        ? `Named in the report as “${p.surface}”; gazetteer: ${e.name}${e.country ? `, ${e.country}` : ''}${e.population ? `, population ${e.population.toLocaleString('en-US')}` : ''}${e.featureCode === 'PPLC' ? ', capital' : ''}${e.curated ? ' (an approximate point from the hand-compiled list of regions and features)' : ''}.`
        : describedAs.has(key)
          ? `Not named in the report. Described as “${describedAs.get(key)}”: ${e.name}${e.country ? `, ${e.country}` : ''}.`
          : `Not named in the report. Inferred as the seat of ${seatFor.join(', ')}, which ${seatFor.length === 1 ? 'speaks or takes part' : 'speak or take part'} in it.`;
    const props: PlaceProps = {
      kind: 'place',
      id,
      name: e.name,
      country: e.country,
      gazetteerId: e.geonameId,
      placeType: placement
        ? ['region', 'zone', 'township'].includes(placement.kind)
          ? 'region'
          : ['village', 'town', 'district', 'locality', 'offset', 'street'].includes(placement.kind)
            ? 'town'
            : 'feature'
        : placeType(e),
      location: {
        basis: explicit ? 'explicit' : 'inferred',
        reason,
        ...(placement ? { precision: placement.precision } : {}),
      },
      mentions: p.mentions,
    };
    features.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [e.lon, e.lat] },
      properties: props,
    });
  }
  const pointOf = (key: string) => {
    const e = placeEntries.get(key)?.entry;
    return { type: 'Point' as const, coordinates: [e?.lon ?? 0, e?.lat ?? 0] };
  };
  const excerptOf = (s: Span) => ({ start: s.start, end: s.end, text: text.slice(s.start, s.end) });
  const usedActors = new Set<string>();
  for (const e of events) {
    if (!e.placeKey) continue;
    const props: EventProps = {
      kind: 'event',
      id: e.id,
      type: e.type,
      summary: summarize(text, storyOf(e.sentence), e.trigger),
      date: e.date,
      datePrecision: e.datePrecision,
      dateBasis: e.dateBasis,
      typeTrigger: e.typeTrigger,
      placeId: placeIds.get(e.placeKey) as string,
      ...(e.alsoAt.length > 0 ? { alsoAt: e.alsoAt.map((k) => placeIds.get(k) as string) } : {}),
      actors: e.actors,
      excerpt: excerptOf(e.sentence),
    };
    for (const a of e.actors) usedActors.add(a.id);
    features.push({ type: 'Feature', geometry: pointOf(e.placeKey), properties: props });
  }
  for (const st of statements) {
    const key = statementPlace.get(st.id);
    if (!key) continue;
    usedActors.add(st.speaker);
    const props: StatementProps = {
      kind: 'statement',
      id: st.id,
      speaker: st.speaker,
      summary: summarize(text, storyOf(st.sentence), null),
      date: st.date,
      datePrecision: st.datePrecision,
      dateBasis: st.dateBasis,
      placeId: placeIds.get(key) as string,
      about: {
        places: st.aboutPlaces.map((k) => placeIds.get(k) as string),
        events: st.aboutEvents,
      },
      disputes: [...(disputes.get(st.id) ?? [])].sort(
        (a, b) => Number(a.slice(3)) - Number(b.slice(3)),
      ),
      excerpt: excerptOf(st.sentence),
    };
    features.push({ type: 'Feature', geometry: pointOf(key), properties: props });
  }

  // Actors: everyone mentioned, speaking or taking part.
  const mentionsByActor = new Map<string, Span[]>();
  for (const s of sentences)
    for (const a of s.actors) {
      const list = mentionsByActor.get(a.actorId) ?? [];
      list.push({ start: a.start, end: a.end });
      mentionsByActor.set(a.actorId, list);
    }
  const actorIds = [...new Set([...mentionsByActor.keys(), ...usedActors])].sort();
  const actors: Actor[] = [];
  const sideIds = new Set<string>();
  for (const id of actorIds) {
    const a = actorOf(id);
    if (!a) continue;
    const seat = seatOf(report, id);
    const seatId = seat ? placeIds.get(entryKey(seat)) : undefined;
    sideIds.add(a.side);
    actors.push({
      id,
      name: a.name,
      kind: a.kind,
      side: a.side,
      seat: seatId ?? null,
      color: a.color,
      mentions: (mentionsByActor.get(id) ?? []).sort((x, y) => x.start - y.start),
      ...(a.aliases.length > 0 ? { aliases: a.aliases } : {}),
      registered: a.registered,
    });
  }
  const sides = [...sideIds]
    .sort()
    .map((id) =>
      id === UNREGISTERED_SIDE.id
        ? UNREGISTERED_SIDE
        : (ctx.actors.sides.get(id) ?? { id, name: id, color: UNREGISTERED_SIDE.color }),
    );

  return {
    type: 'FeatureCollection',
    formatVersion: FORMAT_VERSION,
    source,
    sides,
    actors,
    features,
  };
}

/** Hand-compiled feature codes of areas rather than points (scripts/gazetteer/extra-places.tsv). */
const AREA_CODES = new Set(
  'CONT RGN PEN DSRT OCN SEA GULF CHN STRT LK STM DLTA ISL VAL PLN MTS BNDY PCLH FRST'.split(' '),
);

function placeType(e: GazetteerEntry): string {
  if (e.featureCode === 'PCLI') return 'country';
  if (e.featureCode === 'ADM1' || e.featureCode === 'ADM2') return 'region';
  if (e.curated && AREA_CODES.has(e.featureCode)) return e.country ? 'region' : 'world-region';
  if (e.curated && e.featureCode !== 'PPL') return 'feature';
  if (e.featureCode === 'PPLC') return 'capital';
  return e.population >= 100_000 ? 'city' : 'town';
}

/** Longest summary, in characters, before it is cut at a word. */
const SUMMARY_MAX = 160;

/** Clause boundaries: a comma or semicolon, but not the comma in "May 4, 2017". */
const CLAUSE_BREAK = /[;:]\s+|,\s+(?!\d)/g;
/** A clause shorter than this is joined with the next one. */
const CLAUSE_MIN = 50;

/**
 * A short line for lists: the clause around the event's trigger (or the whole sentence for a
 * statement), without attribution tails, cut at a word.
 */
function summarize(text: string, s: Span, trigger: TriggerHit | null): string {
  let from = s.start;
  let to = s.end;
  // A short sentence is its own summary: cut at a comma, it loses its subject ("Which
  // includes the Arakan Army, said it had captured …", "Met Russian Deputy Defence Minister …").
  if (trigger && s.end - s.start > SUMMARY_MAX) {
    const body = text.slice(s.start, s.end);
    const cuts = [
      0,
      ...[...body.matchAll(CLAUSE_BREAK)].map((m) => (m.index ?? 0) + m[0].length),
      body.length,
    ];
    let a = 0;
    while (a + 1 < cuts.length - 1 && s.start + cuts[a + 1] <= trigger.start) a++;
    let b = a + 1;
    while (b < cuts.length - 1 && cuts[b] - cuts[a] < CLAUSE_MIN) b++;
    if (cuts[b] - cuts[a] < CLAUSE_MIN && a > 0) a--;
    // A relative clause is read with what it is about: not "Which falls within …".
    if (a > 0 && /^\s*(?:which|who|whose|where)\b/i.test(body.slice(cuts[a]))) a--;
    from = s.start + cuts[a];
    to = s.start + cuts[b];
  }
  let t = text
    .slice(from, to)
    .replace(/\s+/g, ' ')
    .replace(/^[“"]|[”"]$/g, '')
    .replace(/[,;:]\s*$/, '')
    .trim();
  t = t
    // "…, according to the ministry", "… as Ankara claims": not "was fired", "such as".
    .replace(/,?\s*\baccording to\s+[^,]*\.?$/i, '')
    .replace(/,?\s*\bas\s+[^,]*\b(?:claims|claimed|said|says)\.?$/i, '')
    .replace(/,\s*(?:the\s+)?[^,]{0,60}\s(?:said|stated|informed|reads|says)\.?$/i, '')
    // "… in Idleb writes Al-Masdar.": the outlet is the source, not part of what happened.
    .replace(/,?\s+(?:writes|reports|reported)\s+(?:the\s+)?\p{Lu}[^,]{0,40}\.?$/u, '');
  t = t.replace(/^(and|but|while|or)\s+/i, '');
  t = t.charAt(0).toUpperCase() + t.slice(1);
  if (t.length > SUMMARY_MAX) t = `${t.slice(0, t.lastIndexOf(' ', SUMMARY_MAX))}…`;
  return t;
}
