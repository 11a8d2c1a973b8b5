/**
 * Stage five of the ingest: who said what (a statement for each sentence with a speaker),
 * where it was said (the speaker's seat, else what it is about) and which statements
 * contradict each other (about one event, from different sides, one of them disputing).
 */
import type { DateBasis, DatePrecision, Span } from '../model/situation';
import { type Attribution, DECLARED_DAY } from './attribute-speakers';
import { type DraftEvent, type FoundEvents, ownParts } from './find-events';
import type { GazetteerEntry } from './gazetteer';
import { actorOf, addPlace, entryKey, type Report, type Sentence, seatOf } from './report';
import { namedAcrossBorder } from './rules/participants';
import { isHeadline, overlaps } from './text';

/** Words that dispute what others say: a statement with one contradicts other sides'. */
const DISPUTE_CUE =
  /\b(claim(?:s|ed)?|alleged(?:ly)?|allegations?|den(?:y|ies|ied)|false|fake|not true|untrue|were among|rejected|contrary|disputed|fabricat\w*|lies)\b/i;
/** Words that say nothing about which event a statement is about. */
const STOPWORDS = new Set(
  'that this with from were have been which their there they them after about into while also said says stated other would could should being those these where when what than then more most some such only over under very said according ministry statement'.split(
    ' ',
  ),
);

/** Before a date that opens its sentence: nothing, or "On". */
const OPENS = /^\s*(?:on\s+)?$/i;
/** From such a date to its speaker: a comma, an article, a title ("Wagner leader"). */
const LEADS_TO_SPEAKER = /^\s*,\s*(?:the\s+)?(?:[\p{L}'’.-]+\s+){0,4}$/iu;

export interface DraftStatement {
  id: string;
  speaker: string;
  sentence: Sentence;
  date: string | null;
  datePrecision: DatePrecision;
  dateBasis: DateBasis;
  aboutPlaces: string[];
  aboutEvents: string[];
  cue: boolean;
  /** Where the text says it was said ("said in Maputo"): a place key. */
  saidAt?: string;
}

/** The report's statements, in sentence order. */
export function findStatements(
  report: Report,
  attributions: Map<number, Attribution>,
  found: FoundEvents,
): DraftStatement[] {
  const { text, sentences, reportDate } = report;
  const { events } = found;
  const eventById = new Map(events.map((e) => [e.id, e]));
  const statements: DraftStatement[] = [];
  const lastBySpeaker = new Map<string, DraftStatement>();
  /** Events of the sentences up to this one (events are in sentence order). */
  let upTo = 0;
  for (const s of sentences) {
    while (upTo < events.length && events[upTo].sentence.index <= s.index) upTo++;
    const attribution = attributions.get(s.index);
    if (!attribution) continue;
    const body = text.slice(s.start, s.end);
    const { ownDates, ownPlaces } = ownParts(report, s, attribution);
    const sentenceEvents = found.bySentence.get(s.index) ?? [];
    const contextPlace = found.contextPlaceAfter[s.index];
    const clauseDates = s.dates.filter(
      (d) =>
        (attribution.phrase && overlaps(d, attribution.phrase)) ||
        (overlaps(d, {
          start: attribution.clause.start,
          end: Math.min(s.end, attribution.clause.end + 30),
        }) &&
          !ownDates.includes(d) &&
          // "He declared Wednesday a day of mourning": the day is what was declared.
          !(
            d.start >= attribution.clause.end && DECLARED_DAY.test(text.slice(d.end, d.end + 4))
          )) ||
        // "On 24 January 2017, the Iraqi government declared that …": the date opening the
        // sentence, right before its speaker, is when it spoke.
        (d.end <= attribution.clause.start &&
          OPENS.test(text.slice(s.start, d.start)) &&
          LEADS_TO_SPEAKER.test(text.slice(d.end, attribution.clause.start))),
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
      const related = relatedEvent(text, s, events, upTo);
      if (related) aboutEvents = [related.id];
    }
    // Not the country across a border: "near Tinzaouatene, on the border with Algeria".
    const aboutPlaces = new Set<string>(
      ownPlaces
        .filter((p) => !namedAcrossBorder(text, s, p.entry.featureCode, p.mention))
        .map((p) => entryKey(p.entry)),
    );
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
      ...(attribution.saidAt ? { saidAt: attribution.saidAt } : {}),
    };
    statements.push(statement);
    lastBySpeaker.set(statement.speaker, statement);
    // Each of a list speaks the same words: one statement each, before the last-named one.
    for (const other of attribution.together ?? []) {
      const st: DraftStatement = {
        ...statement,
        id: `st-${statements.length + 1}`,
        speaker: other,
      };
      statements.push(st);
      lastBySpeaker.set(other, st);
    }
  }
  // A headline's "rebels say they captured …" is the story's statement told short: left to
  // the story where it states something about the same place.
  const headline = sentences[0];
  if (headline && isHeadline(text, headline)) {
    const told = (st: DraftStatement) =>
      statements.some(
        (o) => o.sentence !== headline && o.aboutPlaces.some((p) => st.aboutPlaces.includes(p)),
      );
    return statements
      .filter((st) => st.sentence !== headline || !told(st))
      .map((st, i) => ({ ...st, id: `st-${i + 1}` }));
  }
  return statements;
}

/** Local offices a place's name stands before or after ("Kharkiv Gov.", "mayor of Goma", "Balochistan Chief Minister"). */
const LOCAL_OFFICE =
  '(?:(?:regional|provincial|state|district|county|deputy|acting)\\s+)?(?:gov\\.|governor|mayor|prefect|administrator|commissioner|police chief|chief minister)';
/** Between a place and a person's name: "Kharkiv Gov. Oleh Syniehubov". */
const OFFICE_AFTER_PLACE = new RegExp(`^\\s+${LOCAL_OFFICE}\\s+$`, 'i');
/** Between a person's name and a place: "Oleh Syniehubov, the governor of the Kharkiv region". */
const OFFICE_BEFORE_PLACE = new RegExp(
  `^,\\s+(?:the\\s+)?${LOCAL_OFFICE}\\s+of\\s+(?:the\\s+)?$`,
  'i',
);

/**
 * Where a speaker with no seat of its own holds a local office, by the place its title names:
 * "Kharkiv Gov. Oleh Syniehubov said" was said in Kharkiv, not in the village last named.
 */
function localSeat(report: Report, actorId: string): string | null {
  const { text } = report;
  for (const s of report.sentences)
    for (const a of s.actors) {
      if (a.actorId !== actorId) continue;
      for (const [key, pe] of report.placeEntries)
        for (const m of pe.mentions)
          if (
            (m.end < a.start &&
              a.start - m.end <= 40 &&
              OFFICE_AFTER_PLACE.test(text.slice(m.end, a.start))) ||
            (m.start > a.end &&
              m.start - a.end <= 40 &&
              OFFICE_BEFORE_PLACE.test(text.slice(a.end, m.start)))
          )
            return regionSeat(report, pe.entry) ?? key;
    }
  return null;
}

/**
 * A region's seat where the report names it: "Sinaloa Governor Rubén Rocha Moya" speaks in
 * Culiacan, the state capital the story is about, not at the region's middle.
 */
function regionSeat(report: Report, region: GazetteerEntry): string | null {
  if (region.featureCode !== 'ADM1' || !region.admin1) return null;
  for (const [key, pe] of report.placeEntries)
    if (
      pe.entry.featureCode === 'PPLA' &&
      pe.entry.country === region.country &&
      pe.entry.admin1 === region.admin1
    )
      return key;
  return null;
}

/** Right before a person's name, an office of state: "King Mohammed VI", "Prime Minister Ariel Henry". */
const NATIONAL_OFFICE_BEFORE =
  /\b(?:King|Queen|Emir|Sultan|Crown Prince|(?:Interim |Acting |Transitional )?(?:President|Prime Minister|Premier|Chancellor)|(?:Foreign|Defen[cs]e|Interior|Home|Finance|Justice) Minister|(?:Attorney|Prosecutor) General|Minister of (?:Foreign Affairs|Defen[cs]e|the Interior|Interior|Finance|Justice))\s+$/;

/**
 * Where a person the registry does not know, named with an office of state and no state
 * ("King Mohammed VI declared three days of mourning"), speaks: the capital of the country the
 * report is about, whatever the words are about ("President Gustavo Petro called for talks in
 * Caracas"). News name a foreign office with its state ("Hungarian Prime Minister").
 */
function nationalSeat(report: Report, speaker: string): string | null {
  const actor = report.localActors.get(speaker);
  const country = report.mainPlace?.entry.country;
  if (!actor || actor.kind !== 'person' || actor.seat || !country) return null;
  const mention = report.sentences.flatMap((s) => s.actors).find((a) => a.actorId === speaker);
  if (
    !mention ||
    !NATIONAL_OFFICE_BEFORE.test(report.text.slice(Math.max(0, mention.start - 40), mention.start))
  )
    return null;
  const state = report.ctx.gazetteer.countries.get(country);
  const seat = state ? seatOf(report, state.id) : null;
  return seat ? addPlace(report, seat, speaker) : null;
}

/**
 * Where each statement was made: where the text says ("said in Maputo"), else the speaker's
 * seat (or its office's, see localSeat and nationalSeat), else the first place it is about.
 */
export function placeStatements(report: Report, statements: DraftStatement[]): Map<string, string> {
  const { mainPlace } = report;
  const statementPlace = new Map<string, string>();
  /** Each seatless speaker's office, local or of state, read once: it scans the report's mentions. */
  const officeSeats = new Map<string, string | null>();
  const officeSeatOf = (speaker: string) => {
    if (!officeSeats.has(speaker))
      officeSeats.set(speaker, localSeat(report, speaker) ?? nationalSeat(report, speaker));
    return officeSeats.get(speaker) ?? null;
  };
  for (const st of statements) {
    const seat = st.saidAt ? null : seatOf(report, st.speaker);
    const key = st.saidAt
      ? st.saidAt
      : seat
        ? addPlace(report, seat, st.speaker)
        : (officeSeatOf(st.speaker) ??
          st.aboutPlaces[0] ??
          (mainPlace ? entryKey(mainPlace.entry) : null));
    if (key) statementPlace.set(st.id, key);
  }
  return statementPlace;
}

/**
 * Contradictions: statements about the same event from different sides, one of them disputing.
 * Only statements about one event are compared, not every pair of the report.
 */
export function findDisputes(
  report: Report,
  statements: DraftStatement[],
): Map<string, Set<string>> {
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
        // Those who say the same words together do not dispute each other.
        if (a.id >= b.id || !(a.cue || b.cue) || a.sentence === b.sentence) continue;
        const sideA = actorOf(report, a.speaker)?.side;
        const sideB = actorOf(report, b.speaker)?.side;
        if (!sideA || !sideB || sideA === sideB) continue;
        (disputes.get(a.id) ?? disputes.set(a.id, new Set()).get(a.id))?.add(b.id);
        (disputes.get(b.id) ?? disputes.set(b.id, new Set()).get(b.id))?.add(a.id);
      }
  return disputes;
}

/**
 * The event of the last few sentences that shares the most content words with this sentence,
 * among the first `upTo` events.
 */
function relatedEvent(
  text: string,
  s: Sentence,
  events: DraftEvent[],
  upTo: number,
): DraftEvent | null {
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
  for (let i = upTo - 1; i >= 0; i--) {
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
