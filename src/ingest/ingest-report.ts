import { spanInOriginal, stripInvisible } from '../model/invisible';
import type {
  Actor,
  ActorRole,
  DateBasis,
  DatePrecision,
  EventProps,
  PlaceProps,
  SituationCollection,
  SituationFeature,
  Span,
  StatementProps,
} from '../model/situation';
import { FORMAT_VERSION } from '../model/situation';
import { type ActorMention, UNREGISTERED_SIDE } from './actors';
import {
  findOtherAction,
  findTriggers,
  OTHER_ACTION,
  IRREALIS,
  IRREALIS_AFTER,
  IRREALIS_LATER,
  NEGATED,
  SUPPOSED,
  type TriggerHit,
  triggerStrength,
} from './event-types';
import { attributeSpeakers, sentenceSubject } from './attribute-speakers';
import { findReportPlaces } from './find-report-places';
import { type GazetteerEntry, nameKey } from './gazetteer';
import { readSentences } from './read-sentences';
import {
  actorOf as reportActorOf,
  entryKey,
  type IngestContext,
  newReport,
  type Sentence,
  slugify,
} from './report';
import { overlaps, parseDateline } from './text';

export type { IngestContext } from './report';

export interface ReportMeta {
  /** Report id: the file's base name. */
  id: string;
  /** Path of the report from the project root. */
  file: string;
  /** Hex sha256 of the report's bytes. */
  sha256: string;
}

export interface IngestResult {
  collection: SituationCollection;
  warnings: string[];
}

/** A verb judging what it names ("condemned the strikes", "welcomed the agreement"). */
const COMMENTARY =
  /\b(?:condemn(?:s|ed)?|denounc(?:es|ed)|welcom(?:es|ed)|critici[sz](?:es|ed)|prais(?:es|ed)|hail(?:s|ed)|deplor(?:es|ed)|slam(?:s|med))\s+(?:the|this|these|that|those|its|their|Monday's|Tuesday's|Wednesday's|Thursday's|Friday's|Saturday's|Sunday's|recent|latest|\s)+$/i;
const DISPUTE_CUE =
  /\b(claim(?:s|ed)?|alleged(?:ly)?|allegations?|den(?:y|ies|ied)|false|fake|not true|untrue|were among|rejected|contrary|disputed|fabricat\w*|lies)\b/i;
const CONTINUATION = /^(They|He|She|It|The two|Both)\b/;
const FOLLOW_UP = /^(In response|Later|Then|After that|Subsequently|In retaliation|Afterwards)\b/i;
const PHONE = /\b(phone|telephone|call|video ?link|videoconference)\b/i;
/**
 * Where news came from, not where anything happened: "struck the hideout after intelligence
 * reports from the Kurdistan region", "according to sources in Damascus".
 */
const SOURCE_OF_NEWS =
  /\b(?:reports?|intelligence|information|sources?|tip-offs?|tips?|witnesses|footage|images)\s+(?:\w+\s+){0,2}?(?:from|in)\s+(?:the\s+)?$/i;
/** A date counted from another event: "two weeks after", "three days before". */
const OFFSET_DATE = /\b(?:after|before)\W*$/i;
/** A participle opening a clause about what an event led to, not who took part in it. */
const HANDING = /,\s+(?:handing|giving|leaving|allowing|letting|prompting|sparking)\s/i;
/** From an actor to a trigger: a reporting verb and "that" ("told President Putin that"). */
const REPORTING_FRAME =
  /^[^,;]*?\b(?:told|said|says|informed|assured|briefed|announced)\b[^,;]*?\bthat\b|^[^,;]*?\bthat\b/i;
/** A copula or passive right after an event's name: the event is spoken of, not reported. */
const TAKEN_UP = /^\s+(?:was|were|is|are|has been|have been|had been)\b/i;
/** Words that say nothing about which event a statement is about. */
const STOPWORDS = new Set(
  'that this with from were have been which their there they them after about into while also said says stated other would could should being those these where when what than then more most some such only over under very said according ministry statement'.split(
    ' ',
  ),
);

interface DraftEvent {
  id: string;
  type: string;
  trigger: TriggerHit;
  /** Strong when any sentence of the event names its type with a strong trigger. */
  typeTrigger: 'strong' | 'weak';
  sentence: Sentence;
  placeKey: string | null;
  alsoAt: string[];
  date: string | null;
  datePrecision: DatePrecision;
  dateBasis: DateBasis;
  actors: ActorRole[];
}

interface DraftStatement {
  id: string;
  speaker: string;
  sentence: Sentence;
  date: string | null;
  datePrecision: DatePrecision;
  dateBasis: DateBasis;
  aboutPlaces: string[];
  aboutEvents: string[];
  cue: boolean;
}

/** Where each stage starts, as a share of the ingest's time (measured on a 1 MB report). */
const STAGE_SHARE = { places: 0.4, speakers: 0.82, events: 0.86, output: 0.96 };
/** Sentences between two progress reports while events are found. */
const PROGRESS_EVERY = 200;

/** Hand-compiled feature codes of areas rather than points (scripts/gazetteer/extra-places.tsv). */
const AREA_CODES = new Set(
  'CONT RGN PEN DSRT OCN SEA GULF CHN STRT LK STM ISL VAL PLN MTS BNDY'.split(' '),
);

function placeType(e: GazetteerEntry): string {
  if (e.featureCode === 'PCLI') return 'country';
  if (e.featureCode === 'ADM1' || e.featureCode === 'ADM2') return 'region';
  if (e.curated && AREA_CODES.has(e.featureCode)) return e.country ? 'region' : 'world-region';
  if (e.curated && e.featureCode !== 'PPL') return 'feature';
  if (e.featureCode === 'PPLC') return 'capital';
  return e.population >= 100_000 ? 'city' : 'town';
}

/**
 * Turns one report's text into situation GeoJSON: places, actors, events and statements,
 * each tied to the characters it came from. Pure: no I/O, never throws on any text.
 */
export function ingestReport(
  text: string,
  meta: ReportMeta,
  ctx: IngestContext,
  onProgress?: (share: number, stage: string) => void,
): IngestResult {
  // Invisible and direction-control characters are read past ("Mos" + U+2060 + "cow" is
  // Moscow); every offset written still points into the text as it is.
  const stripped = stripInvisible(text);
  if (!stripped) return ingestText(text, meta, ctx, onProgress);
  const result = ingestText(stripped.clean, meta, ctx, onProgress);
  const back = <S extends Span>(span: S): S => ({ ...span, ...spanInOriginal(stripped, span) });
  const c = result.collection;
  for (const a of c.actors) a.mentions = a.mentions.map(back);
  for (const f of c.features) {
    const p = f.properties;
    if (p.kind === 'place') p.mentions = p.mentions.map(back);
    else {
      const at = spanInOriginal(stripped, p.excerpt);
      p.excerpt = { ...at, text: text.slice(at.start, at.end) };
    }
  }
  const first = stripped.removed[0];
  const hex = first.char.char.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0');
  result.warnings.push(
    `${stripped.removed.length} invisible or direction-control ${stripped.removed.length === 1 ? 'character' : 'characters'} (the first, U+${hex} ${first.char.name}, at character ${first.at}) ${stripped.removed.length === 1 ? 'was' : 'were'} read past; the reader shows ${stripped.removed.length === 1 ? 'it' : 'them'} marked`,
  );
  return result;
}

/** {@link ingestReport} on text without invisible characters. */
function ingestText(
  text: string,
  meta: ReportMeta,
  ctx: IngestContext,
  onProgress?: (share: number, stage: string) => void,
): IngestResult {
  onProgress?.(0, 'reading sentences');
  const warnings: string[] = [];
  const dateline = parseDateline(text);
  if (dateline.problem) warnings.push(`${dateline.problem}; relative dates stay unresolved`);
  const reportDate = dateline.date;

  const report = newReport(text, ctx, dateline.bodyStart, reportDate);
  const { wire } = report;
  const actorOf = (id: string) => reportActorOf(report, id);
  /** A sentence without the wire dateline opening it, for its summary. */
  const storyOf = (x: Span): Span =>
    wire && x.start <= wire.start && x.end > wire.end ? { start: wire.end, end: x.end } : x;
  readSentences(report);
  const { sentences } = report;

  onProgress?.(STAGE_SHARE.places, 'finding places');
  findReportPlaces(report);
  const { placeEntries, placements, mainPlace } = report;

  onProgress?.(STAGE_SHARE.speakers, 'finding who said what');
  const { attributions, outlet } = attributeSpeakers(report);

  // Events: one per trigger type per sentence, merged across sentences by type, place and day.
  const events: DraftEvent[] = [];
  const statements: DraftStatement[] = [];
  // Indexes over the drafts, so that a long report costs per sentence what a short one does.
  const eventTypes = new Set<string>();
  const eventById = new Map<string, DraftEvent>();
  /** Events with a firm day, by type, place, date and precision: the same event told again. */
  const firmEvents = new Map<string, DraftEvent>();
  const lastBySpeaker = new Map<string, DraftStatement>();
  let contextPlace: string | null = null;
  let contextDate: { date: string | null; precision: DatePrecision } | null = null;
  let previousEvent: DraftEvent | null = null;
  const seatPlaces = new Map<string, GazetteerEntry | null>();
  const seatOf = (actorId: string): GazetteerEntry | null => {
    const actor = actorOf(actorId);
    if (!actor?.seat) return null;
    const cached = seatPlaces.get(actor.seat);
    if (cached !== undefined) return cached;
    const stateCountry = actor.country ?? ctx.actors.actors.get(actor.side)?.country;
    const candidates = ctx.gazetteer
      .lookup(nameKey(actor.seat))
      .filter(
        (e) => e.featureCode.startsWith('PPL') && (!stateCountry || e.country === stateCountry),
      )
      .sort(
        (a, b) =>
          (b.featureCode === 'PPLC' ? 1 : 0) - (a.featureCode === 'PPLC' ? 1 : 0) ||
          b.population - a.population,
      );
    const seat = candidates[0] ?? null;
    seatPlaces.set(actor.seat, seat);
    return seat;
  };
  const inferredSeats = new Map<string, Set<string>>();
  const addPlace = (e: GazetteerEntry, inferredFor?: string): string => {
    const key = entryKey(e);
    if (!placeEntries.has(key))
      placeEntries.set(key, { entry: e, mentions: [], literal: 0, surface: e.name });
    if (inferredFor) {
      const set = inferredSeats.get(key) ?? new Set();
      set.add(inferredFor);
      inferredSeats.set(key, set);
    }
    return key;
  };

  // "the crossing between Gaza and Egypt": a country paired with a place is a place too (but
  // in "relations between Ankara and Damascus" both are actors).
  const betweenPlaces = (s: Sentence, a: ActorMention): boolean => {
    const before = text.slice(Math.max(s.start, a.start - 60), a.start);
    const m =
      /\bbetween\s+(?:the\s+)?[\p{Lu}][\p{L}'’-]*(?:\s+[\p{Lu}][\p{L}'’-]*)*\s+and\s+$/u.exec(
        before,
      );
    if (!m) return false;
    const from = a.start - before.length + m.index;
    return !s.actors.some((o) => o !== a && o.start >= from && o.end <= a.start);
  };
  for (const s of sentences) {
    if (onProgress && s.index % PROGRESS_EVERY === 0)
      onProgress(
        STAGE_SHARE.events +
          (STAGE_SHARE.output - STAGE_SHARE.events) * (s.index / sentences.length),
        'finding events',
      );
    const attribution = attributions.get(s.index);
    const body = text.slice(s.start, s.end);
    const outsideClause = (x: Span) => !attribution || !overlaps(x, attribution.clause);
    const continuation = CONTINUATION.test(body);
    const followUp = FOLLOW_UP.test(body);
    const ownDates = s.dates.filter(outsideClause);
    const ownPlaces = s.places.filter(
      (p) =>
        outsideClause(p.mention) &&
        !SOURCE_OF_NEWS.test(text.slice(Math.max(s.start, p.mention.start - 60), p.mention.start)),
    );
    const attributionDate = attribution
      ? s.dates.find((d) => overlaps(d, attribution.clause))
      : undefined;
    const triggers = findTriggers(body, s.start).filter((t) => {
      if (!outsideClause(t)) return false;
      const before = text.slice(s.start, t.start);
      const after = text.slice(t.end, s.end);
      const clause = clauseBefore(text, s.start, t.start);
      const reported = eventTypes.has(t.type.type);
      return (
        // "ordered troops to withdraw": an order reported, not a plan.
        (!IRREALIS.test(before) ||
          /\b(?:ordered|forcing|forced)\s+(?:[\w-]+\s+){0,3}to\s+$/i.test(before)) &&
        !IRREALIS_AFTER.test(after) &&
        !IRREALIS_LATER.test(after) &&
        !NEGATED.test(clause) &&
        // "Iran condemned the strikes": a judgement of an event already reported, not a new
        // one (a statement that alone reports it, "condemns the missile strike on Kharkiv",
        // still gives the event).
        !(COMMENTARY.test(before.slice(-40)) && reported) &&
        !(SUPPOSED.before.test(clause) && SUPPOSED.after.test(after)) &&
        // "the attack was a response to …", "most of the missiles were intercepted": an event
        // of a type already reported, taken up again as the subject of what is said of it.
        !(
          reported &&
          /\bthe\s+(?:[\p{L}-]+\s+){0,2}$/iu.test(clause) &&
          (TAKEN_UP.test(after) ||
            // "Netanyahu said Israel would strike Hezbollah if it violated the truce": in a
            // statement with no date of its own, "the truce" is the one already reported.
            (attribution !== undefined && ownDates.length === 0 && !/ed$/i.test(t.text)))
        )
      );
    });
    // "The junta dissolved the electoral commission on Tuesday": a dated action of a named
    // party, in words no trigger knows.
    if (triggers.length === 0 && ownDates.some((d) => d.basis !== 'dateline')) {
      const subject = sentenceSubject(text, s.actors, s.start);
      const action =
        subject && outsideClause(subject) && actorOf(subject.actorId)?.kind !== 'media'
          ? findOtherAction(text.slice(subject.end, s.end))
          : null;
      if (subject && action && !IRREALIS.test(text.slice(s.start, subject.end + action.at))) {
        const start = subject.end + action.at;
        triggers.push({
          type: OTHER_ACTION,
          start,
          end: start + action.verb.length,
          text: action.verb,
        });
      }
    }
    const seenTypes = new Map<string, string | null>();
    const sentenceEvents: DraftEvent[] = [];
    for (const t of triggers) {
      // Date: a date in the sentence, nearest the trigger; else the context; else the dateline.
      // A date in a clause about what the event led to ("…, handing Russia its biggest gain
      // since the fall of Bakhmut in May last year") is not the event's.
      // "India struck … on Wednesday, two weeks after an attack … in Pahalgam": what follows
      // "two weeks after" is another, earlier event, with its own place and date.
      const laterEvent = (x: Span) =>
        ownDates.some((d) => d.start > t.end && d.start <= x.start && OFFSET_DATE.test(d.text));
      const nearestDate = ownDates
        .filter((d) => !(d.start > t.end && HANDING.test(text.slice(t.end, d.start))))
        .filter((d) => !laterEvent(d))
        .sort((a, b) => Math.abs(a.start - t.start) - Math.abs(b.start - t.start))[0];
      // One event per type and sentence, unless the sentence dates two of them ("the memoranda of 2017 and 2018").
      if (
        seenTypes.has(t.type.type) &&
        ((nearestDate?.basis !== 'explicit' && nearestDate?.basis !== 'relative') ||
          seenTypes.get(t.type.type) === nearestDate.date)
      )
        continue;
      seenTypes.set(t.type.type, nearestDate?.date ?? null);
      // A state named as a topic or a location ("on Syria", "in Russia", "in northwestern
      // Syria") does not take part.
      let participants = s.actors.filter(
        (a) =>
          outsideClause(a) &&
          // An outlet tells of an event; it takes no part in it ("told Reuters").
          actorOf(a.actorId)?.kind !== 'media' &&
          !(
            actorOf(a.actorId)?.kind === 'state' &&
            (/\b(on|about|over|regarding|in|into|from|to|across|inside|near|along|towards?|(?:border|crossing|frontier)s?\s+with)\s+(?:(?:north|south|east|west)[a-z-]*\s+|central\s+|neighbou?ring\s+)?$/i.test(
              text.slice(Math.max(s.start, a.start - 30), a.start),
            ) ||
              betweenPlaces(s, a) ||
              // "parts of Syria's second-largest city": the state owns a place here.
              /^[^'’\s]+['’]s\s+(?:[\w-]+\s+){0,2}(?:city|capital|town|region|province|border|territory|airspace|coast|side)\b/i.test(
                text.slice(a.start, a.end + 48),
              ))
          ) &&
          // "…withdrew from Avdiivka, handing Russia its biggest gain": another clause's actor.
          !(a.start > t.end && HANDING.test(text.slice(t.end, a.start))) &&
          // "India struck …, two weeks after an attack …": each event keeps its own clause.
          !laterEvent(a) &&
          !ownDates.some((d) => d.end <= t.start && a.end <= d.start && OFFSET_DATE.test(d.text)) &&
          // "Shoigu told President Putin that Russian forces had taken …", "…, the Kremlin said":
          // who tells of the event, and to whom, does not take part in it.
          !(a.end <= t.start && REPORTING_FRAME.test(text.slice(a.start, t.start))) &&
          !(
            a.start > t.end &&
            /^\s*(?:said|says|stated|told|reported)\b/i.test(text.slice(a.end, s.end))
          ),
      );
      // "The military said it had withdrawn its troops": the speaker did it.
      if (
        attribution &&
        attribution.clause.end <= t.start &&
        // "said it had withdrawn", "said it had accepted a ceasefire".
        /^\W*(?:\w+\W+){0,4}?(?:it|they|we)\s+(?:had\s+|has\s+|have\s+)?(?:\w+ly\s+)?(?:\w+ed\s+(?:an?\s+|the\s+)?)?$/i.test(
          text.slice(attribution.clause.end, t.start),
        ) &&
        !participants.some((a) => a.actorId === attribution.speaker)
      )
        participants = [
          { ...attribution.clause, actorId: attribution.speaker, text: '' },
          ...participants,
        ];
      if (
        participants.length === 0 &&
        continuation &&
        previousEvent &&
        previousEvent.sentence.index === s.index - 1
      )
        participants = previousEvent.actors.map((r) => ({
          start: 0,
          end: 0,
          actorId: r.id,
          text: '',
        }));
      if (
        attribution &&
        ownPlaces.length === 0 &&
        ownDates.length === 0 &&
        participants.length === 0
      )
        continue;
      let date: string | null = null;
      let datePrecision: DatePrecision = 'unknown';
      let dateBasis: DateBasis = 'unknown';
      if (nearestDate) {
        ({ date, precision: datePrecision, basis: dateBasis } = nearestDate);
      } else if (attributionDate) {
        // Reported in a dated statement: it happened by then.
        date = attributionDate.date;
        datePrecision = 'on-or-before';
        dateBasis = attributionDate.basis;
      } else if ((continuation || followUp) && contextDate) {
        date = contextDate.date;
        datePrecision = followUp ? 'on-or-after' : contextDate.precision;
        dateBasis = 'context';
      } else if (reportDate) {
        date = reportDate;
        datePrecision = 'on-or-before';
        dateBasis = 'dateline';
      }
      const actors: ActorRole[] = [];
      for (const a of participants) {
        if (actors.some((r) => r.id === a.actorId)) continue;
        // An actor named with its weapon ("a Russian missile strike") holds the trigger: it acts.
        // Its role is read against the trigger of this type nearest to it: in "fighting spread
        // to Rakhine state, where the Arakan Army attacked police posts", it attacked.
        const near = triggers
          .filter((h) => h.type === t.type)
          .reduce((best, h) =>
            Math.abs(h.start - a.start) < Math.abs(best.start - a.start) ? h : best,
          );
        const between = text.slice(near.end, a.start);
        const role = !t.type.directed
          ? 'participant'
          : // "fighting between Sudan's army and the RSF": both are parties.
            /^\s+between\s/i.test(between)
            ? 'participant'
            : // "the missile strike carried out by the Russian armed forces": it struck.
              a.start < near.start ||
                /^[^,.;]{0,40}?\b(?:carried out |launched |fired )?by\s+(?:the\s+)?$/i.test(between)
              ? 'initiator'
              : 'target';
        actors.push({ id: a.actorId, role });
      }
      // Place: a call is where its parties sit; otherwise the place named nearest after the trigger.
      let placeKey: string | null = null;
      const alsoAt: string[] = [];
      const meeting = t.type.type === 'CONSULT' || t.type.type === 'AGREE';
      // Where talks were held is a place after "in"/"at"; a place that is their subject is not.
      const venues = meeting
        ? ownPlaces.filter(
            (p) => p.mention.locative && !p.mention.topic && p.mention.start > t.start,
          )
        : ownPlaces;
      if (meeting && (PHONE.test(body) || venues.length === 0) && actors.length > 0) {
        for (const r of actors) {
          const seat = seatOf(r.id);
          if (!seat) continue;
          const key = addPlace(seat, r.id);
          if (!placeKey) placeKey = key;
          else if (key !== placeKey && !alsoAt.includes(key)) alsoAt.push(key);
        }
      }
      const ownVenues = venues.filter((p) => !laterEvent(p.mention));
      if (!placeKey && ownVenues.length > 0) {
        const ranked = [...ownVenues].sort((a, b) => {
          const da =
            a.mention.start >= t.start
              ? a.mention.start - t.start
              : (t.start - a.mention.start) * 2;
          const db =
            b.mention.start >= t.start
              ? b.mention.start - t.start
              : (t.start - b.mention.start) * 2;
          return (b.mention.locative ? 1 : 0) - (a.mention.locative ? 1 : 0) || da - db;
        });
        const notCountry = ranked.find((p) => p.entry.featureCode !== 'PCLI');
        placeKey = entryKey((notCountry ?? ranked[0]).entry);
      }
      if (!placeKey && ownPlaces.length > 0) placeKey = entryKey(ownPlaces[0].entry);
      if (!placeKey && contextPlace) placeKey = contextPlace;
      if (!placeKey && mainPlace) placeKey = entryKey(mainPlace.entry);
      if (!placeKey) continue;
      const firm = (b: DateBasis) =>
        b === 'explicit' || b === 'weekday-relative' || b === 'relative';
      const firmKey =
        date !== null && firm(dateBasis)
          ? `${t.type.type}|${placeKey}|${date}|${datePrecision}`
          : null;
      const sameEvent = firmKey ? firmEvents.get(firmKey) : undefined;
      if (sameEvent) {
        for (const r of actors)
          if (!sameEvent.actors.some((x) => x.id === r.id)) sameEvent.actors.push(r);
        if (triggerStrength(t.type, t.text) === 'strong') sameEvent.typeTrigger = 'strong';
        sentenceEvents.push(sameEvent);
        continue;
      }
      const ev: DraftEvent = {
        id: `ev-${events.length + 1}`,
        type: t.type.type,
        trigger: t,
        typeTrigger: triggerStrength(t.type, t.text),
        sentence: s,
        placeKey,
        alsoAt,
        date,
        datePrecision,
        dateBasis,
        actors,
      };
      events.push(ev);
      eventTypes.add(ev.type);
      eventById.set(ev.id, ev);
      if (firmKey && !firmEvents.has(firmKey)) firmEvents.set(firmKey, ev);
      sentenceEvents.push(ev);
    }
    if (sentenceEvents.length > 0) {
      const first = sentenceEvents[0];
      previousEvent = sentenceEvents[sentenceEvents.length - 1];
      contextPlace = first.placeKey;
      contextDate = { date: first.date, precision: first.datePrecision };
    } else if (ownPlaces.length > 0) contextPlace = entryKey(ownPlaces[0].entry);

    if (attribution) {
      const clauseDates = s.dates.filter(
        (d) =>
          overlaps(d, {
            start: attribution.clause.start,
            end: Math.min(s.end, attribution.clause.end + 30),
          }) && !ownDates.includes(d),
      );
      let date: string | null = null;
      let datePrecision: DatePrecision = 'unknown';
      let dateBasis: DateBasis = 'unknown';
      const previous = lastBySpeaker.get(attribution.speaker);
      if (clauseDates[0]) ({ date, precision: datePrecision, basis: dateBasis } = clauseDates[0]);
      else if (
        previous &&
        previous.sentence.index >= s.index - 3 &&
        previous.dateBasis !== 'dateline' &&
        previous.date
      ) {
        date = previous.date;
        datePrecision = previous.datePrecision;
        dateBasis = 'context';
      } else if (reportDate) {
        date = reportDate;
        datePrecision = 'on-or-before';
        dateBasis = 'dateline';
      }
      let aboutEvents = sentenceEvents.map((e) => e.id);
      if (aboutEvents.length === 0) {
        const related = relatedEvent(text, s, events);
        if (related) aboutEvents = [related.id];
      }
      const aboutPlaces = new Set<string>(ownPlaces.map((p) => entryKey(p.entry)));
      for (const id of aboutEvents) {
        const e = eventById.get(id);
        if (e?.placeKey) aboutPlaces.add(e.placeKey);
      }
      if (aboutPlaces.size === 0 && contextPlace) aboutPlaces.add(contextPlace);
      const statement: DraftStatement = {
        id: `st-${statements.length + 1}`,
        speaker: attribution.speaker,
        sentence: s,
        date,
        datePrecision,
        dateBasis,
        aboutPlaces: [...aboutPlaces],
        aboutEvents,
        cue: DISPUTE_CUE.test(body),
      };
      statements.push(statement);
      lastBySpeaker.set(statement.speaker, statement);
    }
  }

  onProgress?.(STAGE_SHARE.output, 'writing the map data');
  // Where each statement was made: the speaker's seat, else the first place it is about.
  const statementPlace = new Map<string, string>();
  for (const st of statements) {
    const seat = seatOf(st.speaker);
    const key = seat
      ? addPlace(seat, st.speaker)
      : (st.aboutPlaces[0] ?? (mainPlace ? entryKey(mainPlace.entry) : null));
    if (key) statementPlace.set(st.id, key);
  }

  // Contradictions: statements about the same event from different sides, one of them disputing.
  // Only statements about one event are compared, not every pair of the report.
  const disputes = new Map<string, Set<string>>();
  const aboutEvent = new Map<string, DraftStatement[]>();
  for (const st of statements)
    for (const e of new Set(st.aboutEvents)) {
      const list = aboutEvent.get(e);
      if (list) list.push(st);
      else aboutEvent.set(e, [st]);
    }
  for (const list of aboutEvent.values())
    for (const a of list)
      for (const b of list) {
        if (a.id >= b.id || !(a.cue || b.cue)) continue;
        const sideA = actorOf(a.speaker)?.side;
        const sideB = actorOf(b.speaker)?.side;
        if (!sideA || !sideB || sideA === sideB) continue;
        (disputes.get(a.id) ?? disputes.set(a.id, new Set()).get(a.id))?.add(b.id);
        (disputes.get(b.id) ?? disputes.set(b.id, new Set()).get(b.id))?.add(a.id);
      }

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
    const placement = placements.get(key);
    const reason = placement
      ? placement.reason
      : explicit
        ? `Named in the report as “${p.surface}”; gazetteer: ${e.name}${e.country ? `, ${e.country}` : ''}${e.population ? `, population ${e.population.toLocaleString('en-US')}` : ''}${e.featureCode === 'PPLC' ? ', capital' : ''}${e.curated ? ' (an approximate point from the hand-compiled list of regions and features)' : ''}.`
        : `Not named in the report. Inferred as the seat of ${seatFor.join(', ')}, which ${seatFor.length === 1 ? 'speaks or takes part' : 'speak or take part'} in it.`;
    const props: PlaceProps = {
      kind: 'place',
      id,
      name: e.name,
      country: e.country,
      gazetteerId: e.geonameId,
      placeType: placement
        ? ['village', 'town', 'district', 'offset', 'street'].includes(placement.kind)
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
    const seat = seatOf(id);
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

  const collection: SituationCollection = {
    type: 'FeatureCollection',
    formatVersion: FORMAT_VERSION,
    source: { id: meta.id, file: meta.file, date: reportDate, outlet, sha256: meta.sha256 },
    sides,
    actors,
    features,
  };
  return { collection, warnings };
}

/** The event of the last few sentences that shares the most content words with this sentence. */
/** The text from the start of the clause holding `at` (after a comma, semicolon or dash) up to it. */
function clauseBefore(text: string, sentenceStart: number, at: number): string {
  const before = text.slice(sentenceStart, at);
  const cut = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(' - '));
  return before.slice(cut + 1);
}

function relatedEvent(text: string, s: Sentence, events: DraftEvent[]): DraftEvent | null {
  const words = (span: Span) =>
    new Set(
      (
        text
          .slice(span.start, span.end)
          .toLowerCase()
          .match(/[a-z]{4,}/g) ?? []
      ).filter((w) => !STOPWORDS.has(w)),
    );
  const mine = words(s);
  let best: DraftEvent | null = null;
  let bestShared = 1;
  // Events are in sentence order: walk back from the last over the five sentences before.
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i];
    if (e.sentence.index < s.index - 5) break;
    if (e.sentence.index >= s.index) continue;
    let shared = 0;
    for (const w of words(e.sentence)) if (mine.has(w)) shared++;
    // On a tie the earlier event wins.
    if (shared > bestShared || (best !== null && shared === bestShared)) {
      best = e;
      bestShared = shared;
    }
  }
  return best;
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
