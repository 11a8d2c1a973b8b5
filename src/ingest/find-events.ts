/**
 * Stage four of the ingest: the events each sentence reports, with their type, date, place
 * and actors. A sentence gives one event per type of trigger ("shelled", "talks"), or, with a
 * date and a named subject, one of an action no trigger knows; an event told again with the
 * same type, place and firm day is one event. Speakers' own words (the attribution clause)
 * are not events.
 */
import { distanceKm } from '../spatial/distance';
import type { ActorRole, DateBasis, DatePrecision, Span } from '../model/situation';
import type { ActorMention } from './actors';
import { type Attribution, sentenceSubject } from './attribute-speakers';
import { DAY_MS } from './dates';
import {
  CASUALTY_REPORTS,
  findOtherAction,
  findTriggers,
  HAZARD,
  IRREALIS,
  OTHER_ACTION,
  REPEL_WORDS,
  type TriggerHit,
  triggerStrength,
} from './event-types';
import { isVast, nameKey } from './gazetteer';
import {
  actorOf as reportActorOf,
  addDescribedPlace,
  addPlace,
  bareCapital,
  describedCapitals,
  entryKey,
  type Report,
  type Sentence,
  seatOf,
} from './report';
import {
  CONTRAST_CLAUSE,
  HANDING,
  isLineLabel,
  namedAcrossBorder,
  OFFSET_DATE,
  type ParticipantContext,
  SET_OFF_BY,
  takesPart,
  withoutSubordinateRule,
} from './rules/participants';
import { DISTANCE_UNIT, OFFSET } from './rules/features-by-form';
import {
  reportsEvent,
  retellsEvent,
  retellsStruck,
  WHERE_CLAUSE,
} from './rules/unreported-triggers';
import { isHeadline, overlaps } from './text';

/** From a sentence's start to a trigger in its opening phrase: "Following the ", "After heavy ". */
const OPENING_PHRASE =
  /^\W*(?:following|after|before|during|amid|despite|since)\s+(?:(?:the|a|an|heavy|fierce|days\s+of|weeks\s+of)\s+)*$/i;
/** Before an event's name, a phrase opening the sentence that names the event told: "In the deadliest". */
const IN_THE_EVENT = /^\W*in\s+(?:the|a|an|one|another)\s+(?:[\p{Ll}-]+\s+){0,2}$/iu;
/** After "In the deadliest attack", its comma and the clause's subject, who acted: ", gunmen". */
const SUBJECT_AFTER_PHRASE = /^\s*,\s+(?:the\s+)?$/;
/** Events that happen where the fighting or the hazard is, not where a government sits. */
const ON_THE_GROUND = new Set([
  'FIGHT',
  'ASSAULT',
  'DISASTER',
  'ACCIDENT',
  'MOBILIZE',
  'PROTEST',
  'AID',
  'RETREAT',
  'COERCE',
]);
/** A trigger that tells of an attack beaten off: the party after it attacked. */
const REPELLED = new RegExp(`^(?:${REPEL_WORDS})$`, 'i');
/** Between a defender and the weapons it stopped: "Israel intercepted Iranian missiles". */
const INTERCEPTED = new RegExp(
  `\\b(?:intercept(?:ed|s|ing)?|shot down|shoots down|downed|${REPEL_WORDS})\\b`,
  'i',
);
/** A trigger its subject suffers: "a U.N. helicopter came under fire". */
const UNDER_FIRE = /^c(?:a|o)m(?:e|ing) under\b/i;
/** Between a party and the trigger, its harm: "Salami were killed in the first wave of". */
const KILLED_AFTER =
  /^(?![^;:]*\b(?:says?|said|reports?|reported)\b)[^;:]{0,80}?\b(?:was|were|had been|have been|has been)\s+(?:\w+ly\s+)?(?:among those\s+)?(?:killed|wounded|injured|captured|arrested|detained|abducted|kidnapped|executed|taken hostage|eliminated|neutrali[sz]ed|shot(?!\s+down))\b/i;
/** After a party, a thing of its that was struck or fell: "a UNRWA school sheltering … was hit", "'s 6th Infantry Division headquarters fell". */
const ITS_THING_HIT =
  /^(?:['’]s)?\s+(?:[\p{L}\d-]+\s+){0,3}?(?:schools?|hospitals?|clinics?|buildings?|convoys?|offices?|compounds?|warehouses?|bases?|headquarters|staff|vehicles?|trucks?|facilit(?:y|ies)|shelters?|cent(?:re|er)s?|posts?|positions?|ships?|vessels?|aircraft|planes?|helicopters?)\b[^.;]{0,80}?\b(?:(?:was|were|had been|has been|have been)\s+(?:hit|struck|attacked|shelled|bombed|targeted|destroyed|damaged|looted|raided|captured|seized|overrun)|fell)\b/iu;
/** Before a party, its harm: "the deaths of peacekeepers from South Africa, Malawi and". */
const KILLED_BEFORE =
  /\b(?:deaths?|killings?|bodies|funerals?|murders?|assassinations?|abductions?|kidnappings?)\s+of\b[^.;]{0,200}$/i;
/** Before a party, a verb it is the object of: "killed dozens of soldiers and Russian" (Wagner). */
const KILLED_OBJECT_BEFORE =
  /\b(?:killed|killing|wounded|wounding|captured|capturing|eliminated|eliminating)\s+(?:(?!(?:by|in|at|near|from|with|after|during|as|while|when|on)\b)[\p{L}\d,'’-]+\s+){0,5}$/iu;
/**
 * After a party, its weapon or fire: "ISIL sniper fire", "Russian artillery", "coalition
 * airstrikes". The party fires; it is no target, wherever the trigger is.
 */
const ITS_FIRE =
  /^['’]?s?\s+(?:[a-z-]+\s+)?(?:sniper fire|snipers|gunfire|artillery|shelling|air ?strikes|airstrikes|missiles|rockets|drones|mortars|fire)\b/;
/** Prepositions before a place: the last one before it says how the place is in the clause. */
const PLACE_PREPOSITION =
  /\b(?:in|at|near|around|outside|inside|on|across|within|throughout|to|towards?|into|from|for)\b/gi;
/** Of these, those of a way to or from a place, which is then not where the story is. */
const MOTION_PREPOSITION = new Set(['to', 'toward', 'towards', 'into', 'from', 'for']);
/** Before a place, where someone spoke: "Speaking in ", "told reporters in " (not where the story is). */
const SPOKEN_IN =
  /\b(?:speaking|talking|told (?:reporters|journalists|a news conference|a press conference)|(?:said|says) (?:on \w+ )?)\s+(?:[^,;.]{0,30}?\s)?(?:in|at)\s+(?:the\s+)?$/i;
/** Before a place, a route's start and "to": "from Quetta to", "from Quetta, the capital, to" (the place is its far end). */
const ROUTE_END =
  /\bfrom\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}(?:,[^,.;]{1,60},)?\s+to\s+$/u;
/**
 * Before a place, where people come from: "shot dead 23 people, most of them from" Punjab, "20-year-old
 * Thomas Matthew Crooks of" Bethel Park, "armed youth from" Jonglei State (who attacked elsewhere).
 */
const PEOPLE_FROM =
  /\b(?:of (?:them|whom)|people|residents|natives|workers|labou?rers|passengers|migrants|pilgrims|civilians|nationals|citizens|victims|youths?|attackers|assailants|raiders|gunmen|fighters|militiamen)\s+(?:(?:all|mostly|mainly|originally)\s+)?from\s+(?:the\s+)?$|\b\d+-year-old\s+(?:[\p{Lu}][\p{L}.'’-]*\s+){1,4}(?:of|from)\s+$/iu;
/** After a place opened by "from", the route going on: " to Peshawar", ", the capital of Balochistan province, to". */
const ROUTE_ONWARD = /^(?:,[^,.;]{1,60},)?\s+to\s+\p{Lu}/u;
/** A sentence that goes on with the last one's parties: its event takes them when it names none. */
const CONTINUATION = /^(They|He|She|It|The two|Both)\b/;
/** A sentence that tells what came next: its event is on or after the last one's day. */
const FOLLOW_UP = /^(In response|Later|Then|After that|Subsequently|In retaliation|Afterwards)\b/i;
/** Inside a sentence, the same: "killed in the shootout that followed". */
const FOLLOWED_LAST = /\b(?:that|which)\s+(?:followed|ensued)\b/i;
/** Talks by phone or video are where their parties sit. */
const PHONE = /\b(phone|telephone|call|video ?link|videoconference)\b/i;
/**
 * Where news came from, not where anything happened: "struck the hideout after intelligence
 * reports from the Kurdistan region", "according to sources in Damascus".
 */
const SOURCE_OF_NEWS =
  /\b(?:reports?|intelligence|information|sources?|tip-offs?|tips?|witnesses|footage|images)\s+(?:\w+\s+){0,2}?(?:from|in)\s+(?:the\s+)?$/i;

/** A clause boundary a date does not cross: ", but", ", while", "; ". */
const CONTRAST = new RegExp(`${CONTRAST_CLAUSE.source}|;\\s`, 'i');
/** ", and" then a subject: the start of another clause ("…, and the offensive … began"). */
const NEW_CLAUSE = /,\s+and\s+(?:the|a|an|its|their|\p{Lu})/u;
/** The text between two spans, in either order. */
function between(text: string, a: Span, b: Span): string {
  return a.end <= b.start ? text.slice(a.end, b.start) : text.slice(b.end, a.start);
}

/**
 * Between a directed trigger and a place in its object: a few words of the object, maybe a
 * preposition, no clause boundary ("shelled| residential districts of |El Fasher", "strikes|
 * against more than a dozen Houthi targets in |Yemen").
 */
const TRIGGER_OBJECT =
  /^\s+(?:(?!(?:as|after|before|while|when|which|who|where|that|and|but|between|killing|wounding|said|says)\b)[\p{L}\d'’-]+\s+){0,7}?(?:(?:of|in|on|near|around|across|against|at)\s+)?(?:the\s+)?$/u;
/**
 * From a trigger to the party that did it: "the missile strike carried out by the", "a
 * campaign launched by the Iraqi Government and allied", "counter-attacks by assault groups of
 * the 47th mechanised brigade of the" (Armed Forces of Ukraine), "an incursion by up to 1,000
 * Ukrainian troops", "a missile fired by Yemen's" (Houthi militia); not "targets used by".
 */
const BY_PARTY =
  /^(?:,\s+)?[^,.;]{0,40}?\b(?:carried out |launched |fired )?(?<!\b(?:used|owned|operated|controlled|held|run|backed|supported|funded|armed|manned|built|occupied|inhabited|guarded|protected)\s)by\s+(?:the\s+)?(?:(?:up to|some|about|around|at least|more than|as many as|nearly|over|an estimated)\s+)?(?:\d{1,3}(?:,\d{3})*\s+)?(?:[^,.;]{1,40}?\band\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}|(?:(?!(?:near|in|at|on|into|towards?|from|against)\b)[\p{L}\d-]+\s+){1,12}(?:of\s+(?:the\s+)?)|[\p{L}.-]+['’]s\s+)?$/iu;
/**
 * Between an event and the party that claimed it, whatever the commas between: "The attack
 * on Tuesday in Mansila, near the border with Niger, was claimed by the al-Qaida-linked group".
 */
const CLAIMED_BY =
  /\b(?:was|were|has been|have been|had been)\s+claimed\s+by\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,4}$/iu;
/** Before a party, its owning of what the event hit: "pagers used by", "vehicles owned by". */
const OWNED_BY = /\b(?:used|owned|carried|operated|belonging)\s+(?:by|to)\s+(?:the\s+)?$/i;
/** Before a party fighting on the same side as the one before it: "alongside the". */
const ALONGSIDE =
  /\b(?:alongside|together with|along with|with the (?:help|support|backing) of)\s+(?:the\s+)?$/i;
/** Before a place another is said to be near: "the village of Tafeghaghte, near ". */
const NEAR_BASE = new RegExp(
  String.raw`,?\s+(?:near|outside|close to|not far from|\d+\s*(?:${DISTANCE_UNIT})\s+from)\s+(?:the\s+(?:town|city|village)\s+of\s+)?$`,
  'i',
);
/** The key of a country the report names as a place, if it does. */
function namedCountryKey(report: Report, code: string): string | null {
  for (const [key, pe] of report.placeEntries)
    if (pe.entry.featureCode === 'PCLI' && pe.entry.country === code && pe.mentions.length > 0)
      return key;
  return null;
}

/** Days before the event told last that make an event background, placed by no sentence before it. */
const BACKGROUND_DAYS = 365;
/** Farthest a place may lie from the town it is said to be near, to be placed there. */
const TIED_NEAR_KM = 50;
/** Between a place and "near", at most a word for what it is: "the Banjska monastery". */
const TIED_BY_WORD = /^(?:\s+\p{Ll}+)?$/u;
/** Before a place a distance is measured from: "25 km north of ". */
const OFFSET_BASE = new RegExp(`${OFFSET.source}$`, 'iu');
/** A clause boundary between a trigger and a place: ", as", ", while", "; ", ", which". */
/** Right before a date, "since": what is told happened from that day on. */
const SINCE = /\bsince\s+(?:the\s+)?$/i;
/** Between a trigger and a date, a clause counted from: "since it began the operation on ". */
const SINCE_CLAUSE = /\bsince\s+(?:it|they|he|she|we|the|its|their)\b[^,.;]{0,60}$/i;
/** A place opening the sentence: "In Doha, ". */
const OPENING_LOCATIVE = /^\W*(?:in|at)\s+(?:the\s+)?$/i;
const OTHER_CLAUSE =
  /[,;]\s+(?:as|while|whereas|which|who|where|after|before|but|and\s+(?:the|a|an|its|their|\p{Lu}))\b|;\s/u;

/**
 * After a trigger, a relative clause about a person or a party ("…, who has called a summit in
 * Nairobi for Wednesday"), or about a place set apart by a comma ("withdrew from Avdiivka, a
 * town that Russian forces had besieged since October"; "took Saraqib, which rebels had held
 * since 2012"): its places and dates are of what that clause tells, not of the event.
 */
const ABOUT_A_PARTY =
  /,\s+(?:who|whom|whose)\s|,\s+(?:an?|the)\s+[^,;.]{0,80}?\b(?:that|which|whose)\s/i;
/**
 * The same for a date, and after ", which" too ("took Saraqib, which rebels had held since
 * 2012"); a place there may be the other name of the one before ("the shoal, which it calls
 * Huangyan Island").
 */
const ABOUT_ANOTHER = new RegExp(`${ABOUT_A_PARTY.source}|,\\s+which\\s`, 'i');

/** From a trigger to a party, "between", at most an aside after it: both sides are parties. */
const PARTIES_BETWEEN = /^(?:[^,.;]{0,60}?|[^.;]{0,120}?,\s+)\bbetween\s/i;

/** Between "visited" and the place visited: "visited the quake-hit city of ". */
const VISITED_PLACE =
  /^\s+(?:the\s+)?(?:[\p{Ll}-]+\s+)?(?:(?:town|city|village|region|province|area|site|capital)\s+of\s+)?$/u;
/** A trigger that is a move: its destination is where it is. */
const MOVE_TRIGGER =
  /^(?:advanc|push|cross|swept|storm|incursion|enter|deploy|travel|fl[eoy]|head|arriv|return)/i;
/** Regions a town of their own may stand before, in the town's phrase. */
const REGION_CODES = new Set(['ADM1', 'ADM2', 'RGN']);
/** Between a region and a town of it named next: " state capital ", " province, in ", ", near ". */
const REGION_THEN_TOWN =
  /^(?:\s+(?:state|region|province|governorate|oblast|district))?(?:\s+(?:capital|town|city)|,?\s+(?:in|near|at|outside)(?:\s+the\s+(?:town|city|village)\s+of)?)\s+$/i;
/** How near a region's point a town with another region's code may be to count as in it. */
const HEAD_TOWN_KM = 150;

/** A claim of an attack already told. */
const CLAIM = /\b(?:claimed|claims|claiming|took)\s+responsibility\s+for\b/i;
/** Event types an armed party claims. */
const VIOLENT = new Set(['FIGHT', 'ASSAULT']);

/** Event types that kill no one: killings in their sentence are an event of their own. */
const HARMLESS = new Set(['AID', 'CONSULT', 'AGREE', 'SANCTION', 'THREATEN']);

/** Between a speaker's clause and the trigger: "said it had", "said its forces had" (not "said it detected": what it saw). */
const SPEAKER_DID =
  /^\W*(?:(?:\w+\W+){0,4}?|(?:[\w'’]+\W+){0,8}?that\s+)(?:it|they|we|(?:its|their|our)\s+(forces|troops|units|army|military|soldiers|fighters|navy|air\s+force|jets|warplanes|aircraft|planes|drones|artillery|warships|air\s+defen[cs]es?(?:\s+(?:systems|units))?))\s+(?:had\s+|has\s+|have\s+)?(?:\w+ly\s+)?(?:(?!(?:detected|observed|spotted|tracked|monitored|recorded|registered|noticed|documented|confirmed)\b)\w+ed\s+(?:(?!(?:that|to|after|before|when)\b)[\w'’-]+\s+){0,14}?)?$/i;

/** From a trigger to its own place: "capture| of |Krasna Hora", "strike| on the town of |X". */
const OWN_PLACE_GAP =
  /^\s+(?:of|in|at|on|near|against)\s+(?:the\s+)?(?:(?:town|city|village|settlement)\s+of\s+)?$/i;
/** Before a place, an event the trigger's came after or before: "after Zambada's arrest in". */
const EARLIER_EVENT =
  /\b(?:after|before|following)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:arrest|death|killing|capture|assassination|murder|fall|election|visit)\b|\b(?:hours|days|weeks|months|years|shortly|soon|just|long)\s+(?:after|before)\s/iu;
/** What an event answers: "in retaliation for", "in response to", "to avenge". */
const CAUSE =
  /\b(?:in\s+)?(?:retaliation|response|revenge|reprisal)\s+(?:for|to)\b|\bto\s+avenge\b/i;
/** A line opening with a clock time: an item of a live blog ("09:40 Russian army shelled …"). */
/** Before a possessive, what struck it: "strikes on Iran's", "attacks against Israel's". */
const STRUCK_ON = /\b(?:strikes?|attacks?|raids?|fire|missiles?|drones?)\s+(?:on|against|at)\s+$/i;
/** Sentences back an event told again ("The attacks took place on Monday") may be. */
const RETOLD_WITHIN = 3;
/** Right before a date, a speech verb: the date is the saying's ("said on Tuesday"). */
const SAID_ON =
  /\b(?:said|says|told\s+(?:\w+\s+){0,2}?|announced|reported|added|stated|confirmed)\s+(?:on\s+|late\s+|early\s+)?$/i;
/** Right before a date, a deadline: "by 1 January 2024", "no later than 30 June". */
const DEADLINE =
  /\b(?:by|until|till|no later than)\s+(?:the\s+)?(?:(?:early|mid|late|end of)[\s-]+)?$/i;
/** A sentence opening with a name and a label's mark, or "In <name>,": see `framingCountry`. */
const FRAMED_OPENING =
  /^\s*(?:In\s+(?:the\s+)?)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,4}\s*(?::|[-–—]\s|,)/u;
const TIMED_ITEM = /^\s*\d{1,2}[:.]\d{2}\b(?!\s*(?:a\.?m|p\.?m))/i;
/**
 * Between "claimed" and its trigger, a deed of the claimant's: "claimed the full capture",
 * "claimed to have ambushed".
 */
const CLAIMED_DEED =
  /^\s*(?:the\s+)?(?:(?:full|complete|total)\s+)?$|^\s*to\s+have\s+(?:\w+ly\s+)?$/i;

export interface DraftEvent {
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
  /** The place is a party's seat, inferred for a call: no place for the sentences after it. */
  atSeat?: true;
}

/** What a sentence says in its own voice: outside its attribution clause ("…, the army said"). */

export function ownParts(report: Report, s: Sentence, attribution: Attribution | undefined) {
  const { text } = report;
  const outsideClause = (x: Span) =>
    !attribution ||
    (!overlaps(x, attribution.clause) && !(attribution.phrase && overlaps(x, attribution.phrase)));
  return {
    outsideClause,
    ownDates: s.dates.filter(outsideClause),
    // Not where news came from: "according to sources in Damascus".
    ownPlaces: s.places.filter(
      (p) =>
        outsideClause(p.mention) &&
        !SOURCE_OF_NEWS.test(text.slice(Math.max(s.start, p.mention.start - 60), p.mention.start)),
    ),
  };
}

export interface FoundEvents {
  /** In sentence order. */
  events: DraftEvent[];
  /** Each sentence's events, by sentence index (an event told again is listed again). */
  bySentence: Map<number, DraftEvent[]>;
  /** The place the story is at after each sentence: where a following one goes on. */
  contextPlaceAfter: (string | null)[];
}

/** Finds the report's events, sentence by sentence (`onSentence` reports progress). */
export function findEvents(
  report: Report,
  attributions: Map<number, Attribution>,
  onSentence?: (index: number) => void,
): FoundEvents {
  const { text, sentences, reportDate, mainPlace } = report;
  const namedIn = (s: Sentence): string | null => {
    const inS = (m: { start: number; end: number }) => m.start >= s.start && m.end <= s.end;
    // "Israel launched strikes on Iran's nuclear sites": the owner of what was struck says
    // where, before a country that acts.
    for (const [key, p] of report.placeEntries)
      if (
        p.mentions.some(
          (m) =>
            inS(m) &&
            m.use === 'associative' &&
            /['’]s$/.test(text.slice(m.start, m.end + 2)) &&
            STRUCK_ON.test(text.slice(Math.max(s.start, m.start - 30), m.start)),
        )
      )
        return key;
    // Not a modifier: "Russia's defence ministry said" puts nothing in Russia; nor a country
    // across a border ("near the border with Serbia").
    for (const [key, p] of report.placeEntries)
      if (
        p.mentions.some(
          (m) =>
            inS(m) &&
            m.use !== 'associative' &&
            !namedAcrossBorder(text, s, p.entry.featureCode, m),
        )
      )
        return key;
    return null;
  };
  const actorOf = (id: string) => reportActorOf(report, id);
  // Read once, for the rules below that look across the report: where each place is first
  // named, and the towns named as modifiers, by where the modifier ends ("the Jeddah| talks").
  const firstNamed = new Map<string, number>();
  const modifierEndingAt = new Map<number, string>();
  for (const [key, p] of report.placeEntries) {
    let first = Number.POSITIVE_INFINITY;
    for (const m of p.mentions) {
      first = Math.min(first, m.start);
      if (m.use === 'associative' && p.entry.featureCode.startsWith('PPL'))
        modifierEndingAt.set(m.end, key);
    }
    firstNamed.set(key, first);
  }
  const events: DraftEvent[] = [];
  const bySentence = new Map<number, DraftEvent[]>();
  const contextPlaceAfter: (string | null)[] = [];
  const eventTypes = new Set<string>();
  /** Events with a firm day, by type, place, date and precision: the same event told again. */
  const firmEvents = new Map<string, DraftEvent>();
  let contextPlace: string | null = null;
  let contextDate: { date: string | null; precision: DatePrecision } | null = null;
  let previousEvent: DraftEvent | null = null;
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
  /**
   * The country a sentence opens with as its frame: a roundup's label ("HAITI: …", "Sudan –
   * …") or "In Haiti, …".
   */
  const framingCountry = (s: Sentence): string | null => {
    if (!FRAMED_OPENING.test(text.slice(s.start, Math.min(s.end, s.start + 80)))) return null;
    for (const [key, p] of report.placeEntries) {
      if (p.entry.featureCode !== 'PCLI') continue;
      for (const m of p.mentions) {
        if (m.start < s.start || m.end > s.end) continue;
        if (
          isLineLabel(text, s.start, m) ||
          (/^\s*In\s+(?:the\s+)?$/.test(text.slice(s.start, m.start)) && text[m.end] === ',')
        )
          return key;
      }
    }
    return null;
  };
  /** The last sentence that told of violence, new or told again. */
  let lastViolentAt = -2;
  for (const s of sentences) {
    onSentence?.(s.index);
    const attribution = attributions.get(s.index);
    const body = text.slice(s.start, s.end);
    const { outsideClause, ownDates, ownPlaces } = ownParts(report, s, attribution);
    const continuation = CONTINUATION.test(body);
    // Where the sentence's cause phrase starts, if it has one.
    const cause = CAUSE.exec(body);
    const causeAt = cause ? s.start + cause.index : null;
    const followUp = FOLLOW_UP.test(body) || FOLLOWED_LAST.test(body);
    // "JNIM claimed responsibility for the attack": who claims it initiated the last attack
    // told (the claim itself is no new attack: see rules/unreported-triggers.ts).
    const claim = CLAIM.exec(body);
    const claimed = claim && [...events].reverse().find((e) => VIOLENT.has(e.type));
    if (claim && claimed)
      for (const a of s.actors) {
        if (a.start - s.start >= claim.index || !a.actorId) continue;
        const kind = actorOf(a.actorId)?.kind;
        if (kind === 'media' || claimed.actors.some((r) => r.id === a.actorId)) continue;
        claimed.actors.push({ id: a.actorId, role: 'initiator' });
      }
    const attributionDate = attribution
      ? s.dates.find((d) => overlaps(d, attribution.clause))
      : undefined;
    // "Wagner claimed the capture of Krasna Hora": the trigger's own place, named here first.
    const newPlaceOf = (t: TriggerHit) =>
      ownPlaces.some(
        (p) =>
          p.mention.start >= t.end &&
          OWN_PLACE_GAP.test(text.slice(t.end, p.mention.start)) &&
          (firstNamed.get(entryKey(p.entry)) ?? s.start) >= s.start,
      );
    const contextOf = (t: TriggerHit) => ({
      before: text.slice(s.start, t.start),
      after: text.slice(t.end, s.end),
      clause: clauseBefore(text, s.start, t.start),
      word: t.text,
      // "A suicide bomber blew himself up … The bombing took place": one act of violence,
      // whichever violent word tells it.
      reported:
        eventTypes.has(t.type.type) ||
        (VIOLENT.has(t.type.type) && [...VIOLENT].some((v) => eventTypes.has(v))),
      spoken: attribution !== undefined,
      ownDates: ownDates.length,
      newPlace: newPlaceOf(t),
    });
    const reported = (t: TriggerHit) =>
      outsideClause(t) && reportsEvent(contextOf(t), report.ctx.disabledRules);
    // "Popular Mobilization Forces members": a word of a party's proper name is no trigger.
    const inName = (t: TriggerHit) =>
      /^\p{Lu}/u.test(t.text) && s.actors.some((a) => a.start <= t.start && t.end <= a.end);
    // "Battle", "Aftermath": a section's heading names what the section tells, no event.
    const allTriggers = isSectionHeading(text, s) ? [] : findTriggers(body, s.start);
    // "The strike hit a main square in Finote Selam": an event told again, placed below.
    const triggers = allTriggers.filter(
      (t) => reported(t) && !inName(t) && !(outsideClause(t) && retellsStruck(contextOf(t))),
    );
    // "The attacks took place on Monday in the villages of …": an event told again with its day
    // takes that day, where it had only the day it was told by.
    for (const t of allTriggers) {
      if (triggers.includes(t) || !outsideClause(t) || !retellsEvent(contextOf(t))) continue;
      const day = ownDates.find((d) => d.start > t.end && d.precision === 'day');
      const told = [...events]
        .reverse()
        .find((e) => e.type === t.type.type || (VIOLENT.has(e.type) && VIOLENT.has(t.type.type)));
      if (!told || told.sentence.index < s.index - RETOLD_WITHIN) continue;
      if (day && told.datePrecision !== 'day') {
        told.date = day.date;
        told.datePrecision = 'day';
        told.dateBasis = day.basis;
      }
      // "… a military base in northeastern Burkina Faso. The attack on Tuesday in the town of
      // Mansila": told again in a place inside the one it had, it was there.
      const after = ownPlaces
        .filter((p) => p.mention.start > t.end)
        .sort((a, b) => a.mention.start - b.mention.start);
      const there = after[0];
      // "The attacks hit Pokrovsk, Kostiantynivka and Siversk": one of a list says less.
      const listed =
        there &&
        after[1] &&
        /^\s*(?:,|and)\s*(?:and\s+)?$/.test(text.slice(there.mention.end, after[1].mention.start));
      const inner = there && !listed ? entryKey(there.entry) : null;
      if (inner && inner !== told.placeKey && placeWithin(report, inner, told.placeKey, true))
        told.placeKey = inner;
    }
    // "At least 800 people were killed in Ardamata": killings no other trigger explains (a
    // trigger of talks or aid explains none: "killed as they waited for an aid convoy").
    // "Gran Grif gang members attacked Pont-Sondé. … at least 70 people were killed": a toll
    // with no place or day of its own, right after a violent event, is that event's.
    const tollOfLast =
      ownPlaces.length === 0 &&
      !ownDates.some((d) => d.basis !== 'dateline') &&
      lastViolentAt === s.index - 1;
    if (allTriggers.some((t) => VIOLENT.has(t.type.type) && outsideClause(t)))
      lastViolentAt = s.index;
    if (!tollOfLast && triggers.every((t) => HARMLESS.has(t.type.type)))
      for (const type of CASUALTY_REPORTS) {
        const m = type.cue && !type.cue.test(body) ? null : type.trigger.exec(body);
        const hit = m && {
          type,
          start: s.start + m.index,
          end: s.start + m.index + m[0].length,
          text: m[0],
        };
        if (hit && reported(hit)) {
          triggers.push(hit);
          break;
        }
      }
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
    /** Inside a clause between commas that describes a place: ", where … ,". */
    const inWhereClause = (x: Span) =>
      WHERE_CLAUSE.before.test(text.slice(s.start, x.start)) &&
      WHERE_CLAUSE.after.test(text.slice(x.end, s.end));
    /** A date opening its line before a colon: a timeline's label for the whole item. */
    const labels = (d: Span) =>
      /^\s*$/.test(text.slice(s.start, d.start)) &&
      /^\s*(?::|[–—]|-\s)/.test(text.slice(d.end, d.end + 3));
    const seenTypes = new Map<string, string | null>();
    const sentenceEvents: DraftEvent[] = [];
    for (const t of triggers) {
      // Date: a date in the sentence, nearest the trigger; else the context; else the dateline.
      // A date in a clause about what the event led to ("…, handing Russia its biggest gain
      // since the fall of Bakhmut in May last year") is not the event's.
      // "India struck … on Wednesday, two weeks after an attack … in Pahalgam": what follows
      // "two weeks after" is another, earlier event, with its own place and date.
      // "By early 2023, Wagner had captured Soledar … on 16 January 2023": a time by which,
      // before the trigger too, says less than the day of the trigger's own clause.
      const deadline = (d: Span) =>
        d.start > t.end
          ? DEADLINE.test(text.slice(Math.max(t.end, d.start - 20), d.start))
          : DEADLINE.test(text.slice(Math.max(s.start, d.start - 20), d.start)) &&
            ownDates.some((o) => o !== d && o.precision === 'day');
      const laterEvent = (x: Span) =>
        ownDates.some((d) => d.start > t.end && d.start <= x.start && OFFSET_DATE.test(d.text));
      // "…, a local civil society leader said on Tuesday": the day of the saying, after the
      // trigger, even with no known speaker: the event was by then.
      const sayingDay = (d: Span) =>
        d.start > t.end && SAID_ON.test(text.slice(Math.max(t.end, d.start - 40), d.start));
      const saidOn = ownDates.find(sayingDay);
      const nearestDate = ownDates
        .filter((d) => !sayingDay(d))
        .filter((d) => !(d.start > t.end && HANDING.test(text.slice(t.end, d.start))))
        // "brokered a ceasefire in January, but fighting resumed in late June": a date across
        // "but" is the other clause's; a date labelling the line ("January 26: …") is not.
        .filter((d) => labels(d) || !CONTRAST.test(between(text, d, t)))
        .filter((d) => !laterEvent(d))
        // "the biggest challenge to the junta since it seized power in a 2021 coup", "its first
        // losses since it began the operation on Tuesday": the day counted from is another's.
        .filter((d) => !(d.start > t.end && SINCE_CLAUSE.test(text.slice(t.end, d.start))))
        // "spoke with Ruto, who has called a summit for Wednesday": the party's own deed.
        .filter((d) => !(d.start > t.end && ABOUT_ANOTHER.test(between(text, t, d))))
        // "In Russia's Kursk region, where Ukrainian forces have held ground since August,
        // Moscow said its troops had retaken …": a date in a clause describing a place.
        .filter((d) => !inWhereClause(d) || inWhereClause(t))
        // "… liberated on 24 January, and the offensive on western Mosul began on 19 February":
        // a date in the trigger's own clause before one across ", and" and a new subject.
        // "On 28 September, … signed a decree to dissolve all institutions by 1 January 2024": a
        // deadline after the trigger dates what is to be done, not the event, where another
        // date is there.
        .sort(
          (a, b) =>
            (NEW_CLAUSE.test(between(text, a, t)) ? 1 : 0) -
              (NEW_CLAUSE.test(between(text, b, t)) ? 1 : 0) ||
            (deadline(a) ? 1 : 0) - (deadline(b) ? 1 : 0) ||
            Math.abs(a.start - t.start) - Math.abs(b.start - t.start),
        )[0];
      // One event per type and sentence, unless the sentence dates two of them ("the memoranda of 2017 and 2018").
      if (
        seenTypes.has(t.type.type) &&
        ((nearestDate?.basis !== 'explicit' &&
          nearestDate?.basis !== 'relative' &&
          nearestDate?.basis !== 'weekday-relative') ||
          seenTypes.get(t.type.type) === nearestDate.date)
      )
        continue;
      seenTypes.set(t.type.type, nearestDate?.date ?? null);
      // A state named as a topic or a location ("on Syria", "in Russia", "in northwestern
      // Syria") does not take part.
      const contextOf = (a: ActorMention): ParticipantContext => ({
        text,
        sentence: s,
        trigger: t,
        type: t.type.type,
        mention: a,
        kind: actorOf(a.actorId)?.kind,
        ownDates,
        laterEvent,
        betweenPlaces: () => betweenPlaces(s, a),
        containsPlace: () =>
          s.places.some((p) => p.mention.container && overlaps(p.mention.container, a)),
        inPlaceApposition: () =>
          s.places.some((p) => /^,\s+(?:a|an)\s+$/i.test(text.slice(p.mention.end, a.start))),
        partyAfter: () =>
          s.actors.find(
            (b) => b.start >= a.end && b.start <= a.end + 40 && b !== a && b.actorId !== a.actorId,
          ),
      });
      let participants = s.actors.filter(
        (a) => outsideClause(a) && takesPart(contextOf(a), report.ctx.disabledRules),
      );
      // "Clashes erupted in El Fasher after RSF forces advanced": fighting no party of its own
      // clause takes part in is fought by the subject of the clause that set it off.
      // So does the party its deed was done to: "violence erupted when ELN fighters attacked
      // FARC dissidents".
      if (participants.length === 0 && t.type.type === 'FIGHT') {
        const inSetOff = (a: ActorMention) =>
          a.start >= t.end &&
          outsideClause(a) &&
          takesPart(contextOf(a), withoutSubordinateRule(report.ctx.disabledRules));
        const setOff = s.actors.find(
          (a) => inSetOff(a) && SET_OFF_BY.test(text.slice(Math.max(t.end, a.start - 12), a.start)),
        );
        if (setOff)
          participants = s.actors.filter(
            (a) =>
              a === setOff ||
              (a.start > setOff.end && inSetOff(a) && !OTHER_CLAUSE.test(between(text, setOff, a))),
          );
      }
      // "The military said it had withdrawn its troops": the speaker did it; "the ministry said
      // its forces had taken control": its state's armed forces did.
      // "Wagner claimed the capture of Krasna Hora": a claim of a deed is the claimant's deed.
      const doer =
        attribution && attribution.clause.end <= t.start
          ? (SPEAKER_DID.exec(text.slice(attribution.clause.end, t.start)) ??
            (/^claim/i.test(attribution.verb)
              ? CLAIMED_DEED.exec(text.slice(attribution.clause.end, t.start))
              : null))
          : null;
      // "… said it had killed a senior Hezbollah commander in a strike": who comes between the
      // speaker's deed and the trigger is what the deed was done to.
      let doneTo = (_a: Span) => false;
      if (attribution && doer) {
        const deedStart = attribution.clause.end;
        // Not one holding the trigger: "repelled an RSF attack" (the RSF attacked).
        doneTo = (a) =>
          a.start >= deedStart && a.end <= t.start && !/^\s*$/.test(text.slice(a.end, t.start));
        const code = doer[1] ? report.ctx.actors.countryOf(attribution.speaker) : undefined;
        const forces = code ? `${code.toLowerCase()}-armed-forces` : '';
        const actorId = report.ctx.actors.actors.has(forces) ? forces : attribution.speaker;
        if (!participants.some((a) => a.actorId === actorId))
          participants = [{ ...attribution.clause, actorId, text: '' }, ...participants];
      }
      // "… struck 85 targets, in retaliation for a drone attack that killed three U.S. soldiers":
      // the event retaliated for has only the parties named after the cue, and the
      // retaliation none of them.
      if (causeAt !== null)
        participants = participants.filter((a) => t.start >= causeAt === a.start >= causeAt);
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
        // "Since 23 September, 2,300 people have been killed": from that day on, not on it.
        if (SINCE.test(text.slice(Math.max(s.start, nearestDate.start - 12), nearestDate.start)))
          datePrecision = 'on-or-after';
      } else if (attributionDate || saidOn) {
        // Reported in a dated statement: it happened by then.
        const said = attributionDate ?? saidOn;
        date = said?.date ?? null;
        datePrecision = 'on-or-before';
        dateBasis = said?.basis ?? 'unknown';
      } else if ((continuation || followUp) && contextDate) {
        date = contextDate.date;
        datePrecision = followUp ? 'on-or-after' : contextDate.precision;
        dateBasis = 'context';
      } else if (reportDate) {
        date = reportDate;
        datePrecision = 'on-or-before';
        dateBasis = 'dateline';
      }
      // "Mali's junta has relied on Wagner since 2021": what a sentence tells of a year or
      // more before the event told last did not happen where that one did.
      const background =
        date !== null &&
        contextDate?.date != null &&
        // Not the dateline's day for a summary ("The Battle of Vuhledar was …"), by which it ended.
        contextDate.precision !== 'on-or-before' &&
        Date.parse(contextDate.date) - Date.parse(date) > BACKGROUND_DAYS * DAY_MS;
      const actors: ActorRole[] = [];
      for (const a of participants) {
        if (actors.some((r) => r.id === a.actorId)) continue;
        // An actor named with its weapon ("a Russian missile strike") holds the trigger: it acts.
        // Its role is read against the trigger of this type nearest to it: in "fighting spread
        // to Rakhine state, where the Arakan Army attacked police posts", it attacked.
        // The trigger of its type nearest the party, in the party's own clause: not "attacks" in
        // "killed two officials, who it said were responsible for attacks"; "attacked" in
        // "fighting spread to Rakhine, where the Arakan Army attacked".
        const candidates = triggers
          .filter((h) => h.type === t.type)
          .filter((h) => causeAt === null || h.start >= causeAt === t.start >= causeAt)
          .filter((h) => h === t || !OTHER_CLAUSE.test(between(text, h, a)));
        // "Following the battle, Russian forces … capturing": a phrase opening the sentence
        // names an event its clause's subject need not have suffered; read the clause's own.
        const inClause = candidates.filter(
          (h) => !(h.end <= a.start && OPENING_PHRASE.test(text.slice(s.start, h.start))),
        );
        const near = (inClause.length > 0 ? inClause : candidates).reduce((best, h) =>
          Math.abs(h.start - a.start) < Math.abs(best.start - a.start) ? h : best,
        );
        const toParty = text.slice(near.end, a.start);
        const role = !t.type.directed
          ? 'participant'
          : a.end > 0 && doneTo(a)
            ? 'target'
            : // "fighting between Sudan's army and the RSF", "clashes erupted in Marib between
              // Houthi fighters and tribal forces", "a conflict in Marawi, Lanao del Sur, that
              // started on 23 May, between government forces and militants": both are parties.
              PARTIES_BETWEEN.test(toParty)
              ? 'participant'
              : // "The army repelled an M23 advance": who is repelled attacked.
                a.start >= near.end && REPELLED.test(near.text)
                ? 'initiator'
                : // "Israel intercepted Iranian missiles": who intercepts is struck at; so are
                  // those killed ("Bagheri and Salami were killed in the first wave of attacks",
                  // "the deaths of peacekeepers from South Africa and Malawi in attacks").
                  a.start < near.start &&
                    (INTERCEPTED.test(text.slice(a.end, near.end)) ||
                      // "Walkie-talkies used by Hezbollah exploded": its own things were hit.
                      OWNED_BY.test(text.slice(Math.max(s.start, a.start - 30), a.start)) ||
                      UNDER_FIRE.test(text.slice(near.start, near.end)) ||
                      KILLED_AFTER.test(text.slice(a.end, near.end)) ||
                      ITS_THING_HIT.test(text.slice(a.end, s.end)) ||
                      KILLED_BEFORE.test(text.slice(Math.max(s.start, a.start - 200), a.start)) ||
                      KILLED_OBJECT_BEFORE.test(
                        text.slice(Math.max(s.start, a.start - 60), a.start),
                      ))
                  ? 'target'
                  : // "the missile strike carried out by the Russian armed forces": it struck;
                    // so did "the Congolese army" fighting alongside MONUSCO.
                    a.start < near.start ||
                      ITS_FIRE.test(text.slice(a.end, a.end + 40)) ||
                      BY_PARTY.test(toParty) ||
                      CLAIMED_BY.test(toParty) ||
                      // "In the deadliest attack, gunmen stopped vehicles": the subject after it.
                      (SUBJECT_AFTER_PHRASE.test(toParty) &&
                        IN_THE_EVENT.test(text.slice(s.start, near.start)) &&
                        !/^\s+(?:were|was)\b/.test(text.slice(a.end, a.end + 6))) ||
                      ALONGSIDE.test(text.slice(Math.max(s.start, a.start - 30), a.start)) ||
                      // "clashes erupted after RSF forces advanced": it set the fighting off.
                      SET_OFF_BY.test(text.slice(Math.max(s.start, a.start - 12), a.start))
                    ? 'initiator'
                    : 'target';
        actors.push({ id: a.actorId, role });
      }
      // "…, a journalist who visited the site said": a visit that describes someone, by no
      // party, is no meeting.
      if (
        /^visit/i.test(t.text) &&
        actors.length === 0 &&
        /\b(?:who|that)\s+(?:had\s+|has\s+|have\s+)?$/i.test(
          text.slice(Math.max(s.start, t.start - 12), t.start),
        )
      )
        continue;
      // Place: a call is where its parties sit; otherwise the place named nearest after the trigger.
      let placeKey: string | null = null;
      let seatKey: string | null = null;
      const alsoAt: string[] = [];
      const meeting = t.type.type === 'CONSULT' || t.type.type === 'AGREE';
      // "the Jeddah talks", "the Minsk agreements": a city naming a meeting is where it is.
      if (meeting) {
        const space = /\s+$/.exec(text.slice(Math.max(0, t.start - 8), t.start))?.[0].length ?? 0;
        const named = space > 0 ? modifierEndingAt.get(t.start - space) : undefined;
        if (named) placeKey = named;
      }
      // Where talks were held is a place after "in"/"at"; a place that is their subject is not.
      // So is the object of a visit: "Erdogan visited Kahramanmaras".
      const visited = (p: (typeof ownPlaces)[number]) =>
        /^visit/i.test(t.text) && VISITED_PLACE.test(text.slice(t.end, p.mention.start));
      const venuesAfter = meeting
        ? ownPlaces.filter(
            (p) =>
              (p.mention.locative || visited(p)) && !p.mention.topic && p.mention.start > t.start,
          )
        : ownPlaces;
      // None after it: where its parties are ("forces in Nagorno-Karabakh agreed") or where
      // the sentence opens ("In Doha, Israel and Hamas agreed").
      const venues =
        meeting && venuesAfter.length === 0
          ? ownPlaces.filter(
              (p) =>
                p.mention.locative &&
                !p.mention.topic &&
                p.mention.end <= t.start &&
                (OPENING_LOCATIVE.test(text.slice(s.start, p.mention.start)) ||
                  !/[,;:]/.test(between(text, p.mention, t))),
            )
          : venuesAfter;
      // "towns along the border with China": the country across a border is not where the
      // event is (the sentence's other places, or the context, are).
      const acrossBorder = (p: (typeof ownPlaces)[number]) =>
        namedAcrossBorder(text, s, p.entry.featureCode, p.mention);
      // "killed two Hamas officials, who it said were responsible for attacks in the West
      // Bank": a place in another clause about an event of its own is that event's.
      const otherEvents = (p: (typeof ownPlaces)[number]) => {
        if (p.mention.start < t.end) return false;
        // "struck sites in Yemen, in retaliation for attacks on shipping in the Red Sea": where
        // the event answered was.
        if (causeAt !== null && t.start < causeAt && p.mention.start >= causeAt) return true;
        // "…, forcing residents to flee to the nearby town of Saint-Marc": where it led.
        if (HANDING.test(between(text, t, p.mention))) return true;
        // "…, after Zambada's arrest in Texas in July", "weeks after Zambada was arrested in El
        // Paso": where an earlier event was.
        if (EARLIER_EVENT.test(between(text, t, p.mention))) return true;
        // "spoke with Ruto, who has called a summit in Nairobi": where the party did its own.
        if (ABOUT_A_PARTY.test(between(text, t, p.mention))) return true;
        const boundary = OTHER_CLAUSE.exec(between(text, t, p.mention));
        if (!boundary) return false;
        const from = t.end + boundary.index;
        return allTriggers.some((h) => h.start >= from && h.end <= p.mention.start);
      };
      // "has since cut key trade routes to China": a country something leads to is not where
      // the event is, unless the event is a move there ("advanced into", "crossed into").
      const leadsTo = (p: (typeof ownPlaces)[number]) =>
        p.entry.featureCode === 'PCLI' &&
        !MOVE_TRIGGER.test(t.text) &&
        /\b(?:to|towards?)\s+(?:the\s+)?$/i.test(
          text.slice(Math.max(s.start, p.mention.start - 12), p.mention.start),
        );
      const ownVenues = venues.filter(
        (p) => !laterEvent(p.mention) && !acrossBorder(p) && !otherEvents(p) && !leadsTo(p),
      );
      if (meeting && (PHONE.test(body) || ownVenues.length === 0) && actors.length > 0) {
        for (const r of actors) {
          const seat = seatOf(report, r.id);
          if (!seat) continue;
          const key = addPlace(report, seat, r.id);
          if (!placeKey) placeKey = seatKey = key;
          else if (key !== placeKey && !alsoAt.includes(key)) alsoAt.push(key);
        }
      }
      if (!placeKey && ownVenues.length > 0) {
        // The object of a directed trigger says where ("struck Beirut", "shelled residential
        // districts of El Fasher"), then "in Haifa" in the trigger's own clause; a locative of
        // another clause ("…, as both sides prepared for talks in Jeddah") says less.
        const where = (p: (typeof ownVenues)[number]) => {
          // "Hlyboke, 25 km north of Kharkiv": what a distance is measured from is not where.
          // So is a place that ties one the gazetteer lacks: "the village of Tafeghaghte, near
          // Marrakesh" (Tafeghaghte is placed by it, and names more).
          const lead = text.slice(Math.max(s.start, p.mention.start - 60), p.mention.start);
          if (OFFSET_BASE.test(lead)) return -1;
          // "carrying passengers from Quetta to Peshawar": the ends of a route are not where.
          // "23 people, most of them from Punjab province": where the dead came from, neither.
          if (
            ROUTE_END.test(lead) ||
            PEOPLE_FROM.test(lead) ||
            (/\bfrom\s+$/i.test(lead) && ROUTE_ONWARD.test(text.slice(p.mention.end, s.end)))
          )
            return -1;
          const near = NEAR_BASE.exec(lead);
          const tiedAt = near ? p.mention.start - lead.length + near.index : -1;
          // "the Banjska monastery near the town of Zvecan": a place the gazetteer has, close
          // to the one it is tied to, says more.
          if (
            near &&
            ownPlaces.some(
              (q) =>
                q.mention.end <= tiedAt &&
                TIED_BY_WORD.test(text.slice(q.mention.end, tiedAt)) &&
                (q.entry.featureCode === 'FORM'
                  ? report.placements.get(entryKey(q.entry))?.kind !== 'offset'
                  : q.entry.featureCode.startsWith('PPL') &&
                    distanceKm([q.entry.lon, q.entry.lat], [p.entry.lon, p.entry.lat]) <=
                      TIED_NEAR_KM),
            )
          )
            return -1;
          const gap = between(text, t, p.mention);
          if (t.type.directed && p.mention.start >= t.end && TRIGGER_OBJECT.test(gap)) return 2;
          return p.mention.locative && !OTHER_CLAUSE.test(gap) ? 1 : 0;
        };
        const ranked = [...ownVenues].sort((a, b) => {
          const da =
            a.mention.start >= t.start
              ? a.mention.start - t.start
              : (t.start - a.mention.start) * 2;
          const db =
            b.mention.start >= t.start
              ? b.mention.start - t.start
              : (t.start - b.mention.start) * 2;
          return where(b) - where(a) || da - db;
        });
        // "to protect the town, which lies about 40km north of Kaya": where only places a
        // distance is measured from, or a route's ends, are named, the story's place goes on.
        const onlyBases: boolean = where(ranked[0]) < 0 && contextPlace !== null && !background;
        // A place says more than a country, unless the country is what the trigger struck and
        // the place lies outside it: "struck Lebanon, hitting Tyre" is in Tyre, but strikes
        // "against targets in Yemen", after attacks "in the Red Sea", are in Yemen.
        // So does a town more than a river or a sea ("across the Nile bridges into central
        // Khartoum": the river's point lies 1,200 km away, in Egypt).
        const top = ranked[0];
        const notCountry = ranked.find(
          (p) =>
            !isVast(p.entry) &&
            (!isVast(top.entry) ||
              where(top) < 2 ||
              p.entry.country === top.entry.country ||
              where(p) >= where(top)),
        );
        // "In Ardamata, on the outskirts of El Geneina in West Darfur, the RSF killed": a region
        // named after a town of its own, in the town's phrase, says where the town is.
        const picked = notCountry ?? top;
        const head = REGION_CODES.has(picked.entry.featureCode)
          ? ranked.find(
              (p) =>
                // Not a town only a distance is measured from ("40km north of Kaya, the capital
                // of the Centre-Nord region"), but the point so placed.
                where(p) >= 0 &&
                (p.entry.featureCode.startsWith('PPL') ||
                  report.placements.get(entryKey(p.entry))?.kind === 'offset') &&
                p.entry.country === picked.entry.country &&
                // Its region by code, or near its point (codes of renamed regions may differ).
                ((p.entry.admin1 !== '' && p.entry.admin1 === picked.entry.admin1) ||
                  distanceKm([p.entry.lon, p.entry.lat], [picked.entry.lon, picked.entry.lat]) <=
                    HEAD_TOWN_KM) &&
                // Before it ("In Ardamata, … in West Darfur") or right after it ("In South
                // Darfur state capital Nyala").
                (p.mention.end < picked.mention.start
                  ? picked.mention.start - p.mention.end <= 80 &&
                    !/[;.]/.test(text.slice(p.mention.end, picked.mention.start)) &&
                    !OTHER_CLAUSE.test(text.slice(p.mention.end, picked.mention.start))
                  : p.mention.start > picked.mention.end &&
                    REGION_THEN_TOWN.test(text.slice(picked.mention.end, p.mention.start))),
            )
          : undefined;
        const chosen = (head ?? picked).entry;
        // A river alone says least of all: "air strikes reported across the Nile" are where the
        // story is (the river's point may lie in another country).
        const story: string | null = contextPlace ?? (mainPlace ? entryKey(mainPlace.entry) : null);
        placeKey = onlyBases
          ? contextPlace
          : chosen.featureCode === 'STM' &&
              story &&
              report.placeEntries.get(story)?.entry.featureCode !== 'STM'
            ? story
            : entryKey(chosen);
      }
      // "Gangs attacked the main airport in Haiti's capital": a capital described, not
      // named, says more than its country (and where nothing else does, where).
      const placed = placeKey ? report.placeEntries.get(placeKey)?.entry : undefined;
      if (!placed || isVast(placed)) {
        const capital = describedCapitals(report, s).find(
          (d) => outsideClause(d) && (d.start > t.end || !OTHER_CLAUSE.test(between(text, d, t))),
        );
        // "rallied in the capital", in a story placed in a country: that country's capital.
        const country = placed
          ? placed.featureCode === 'PCLI'
            ? placed.country
            : undefined
          : report.mainPlace?.entry.country;
        const bare = !capital && country ? bareCapital(report, s, country) : null;
        if (capital) placeKey = addDescribedPlace(report, capital);
        else if (bare && outsideClause(bare)) placeKey = addDescribedPlace(report, bare);
      }
      const here = ownPlaces.filter((p) => !acrossBorder(p) && !otherEvents(p) && !leadsTo(p));
      if (!placeKey && here.length > 0) placeKey = entryKey(here[0].entry);
      // "Kinshasa severed ties with Rwanda": a government named by its capital acts from there
      // (not in a fight: "fighting intensified as Moscow poured in reinforcements").
      if (!placeKey && !ON_THE_GROUND.has(t.type.type)) {
        const capitals = report.ctx.actors.capitals;
        const byCapital = participants.find(
          (a) => a.text !== '' && capitals.get(nameKey(a.text)) === a.actorId,
        );
        const seat = byCapital ? seatOf(report, byCapital.actorId) : null;
        if (byCapital && seat) placeKey = addPlace(report, seat, byCapital.actorId);
      }
      // "11:02 Ukrainian forces repelled attacks near Robotyne": a live blog's timed item stands
      // alone; the place of the item before it (Belgorod) or of the blog is not its place.
      const item = TIMED_ITEM.test(body);
      // "HAITI: Gang members attacked a police station", after a line on Sudan: a roundup's
      // line framed by a country is in that country, not at the place of the line before or
      // of the report (the map would put Haiti's attack in Darfur).
      const framed: string | null = placeKey ? null : framingCountry(s);
      const outside = (key: string | null) =>
        key !== null &&
        framed !== null &&
        report.placeEntries.get(key)?.entry.country !==
          report.placeEntries.get(framed)?.entry.country;
      if (
        framed &&
        (outside(contextPlace) ||
          (!contextPlace && mainPlace && outside(entryKey(mainPlace.entry))))
      )
        placeKey = framed;
      if (!placeKey && contextPlace && !item && !background) placeKey = contextPlace;
      // Nor at the story's town: in its country, where the report names that.
      if (!placeKey && mainPlace && !item && background)
        placeKey = namedCountryKey(report, mainPlace.entry.country);
      if (!placeKey && mainPlace && !item) placeKey = entryKey(mainPlace.entry);
      // "The European Union imposed sanctions on Russia": in a report that puts nothing
      // anywhere, the country its own sentence names; never one named elsewhere for its
      // government ("U.S. Secretary of State").
      if (!placeKey) placeKey = namedIn(s);
      if (!placeKey) continue;
      // "almost every building was destroyed", in a report on an earthquake and no fighting,
      // with no party: the hazard's damage, not a fight.
      const type =
        t.type.type === 'FIGHT' &&
        actors.length === 0 &&
        triggerStrength(t.type, t.text) === 'weak' &&
        eventTypes.has('DISASTER') &&
        !eventTypes.has('FIGHT') &&
        // The hazard's own sentence is left to its row ("an earthquake struck").
        !HAZARD.test(body)
          ? 'DISASTER'
          : t.type.type;
      // "At least 27 civilians were killed when shells struck the camp": the killing and the
      // shelling are one incident, not two dots with one excerpt. Violence of another type in
      // the same sentence and day, by the same parties, at the same place or one in the same
      // region, is the event already read.
      const sibling = VIOLENT.has(type)
        ? sentenceEvents.find(
            (e) =>
              VIOLENT.has(e.type) &&
              e.type !== type &&
              (placeWithin(report, placeKey, e.placeKey, false) ||
                placeWithin(report, e.placeKey, placeKey, false)) &&
              e.date === date &&
              e.datePrecision === datePrecision &&
              actors.length === e.actors.length &&
              actors.every((r) => e.actors.some((x) => x.id === r.id)),
          )
        : undefined;
      if (sibling) {
        // Where the other told it more closely ("killed … when shells struck the Zamzam camp",
        // in North Darfur), there.
        if (placeWithin(report, placeKey, sibling.placeKey, false)) sibling.placeKey = placeKey;
        continue;
      }
      const firm = (b: DateBasis) =>
        b === 'explicit' || b === 'weekday-relative' || b === 'relative';
      const firmKey =
        date !== null && firm(dateBasis) ? `${type}|${placeKey}|${date}|${datePrecision}` : null;
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
        type,
        trigger: t,
        // "Heavy gunfire and shelling": a word of its clause that names the type makes it firm.
        typeTrigger: triggers.some(
          (h) =>
            h.type === t.type &&
            triggerStrength(h.type, h.text) === 'strong' &&
            !NEW_CLAUSE.test(between(text, h, t)) &&
            !CONTRAST.test(between(text, h, t)),
        )
          ? 'strong'
          : triggerStrength(t.type, t.text),
        sentence: s,
        placeKey,
        alsoAt,
        date,
        datePrecision,
        dateBasis,
        actors,
        ...(placeKey !== null && placeKey === seatKey ? { atSeat: true as const } : {}),
      };
      events.push(ev);
      eventTypes.add(ev.type);
      if (firmKey && !firmEvents.has(firmKey)) firmEvents.set(firmKey, ev);
      sentenceEvents.push(ev);
    }
    if (sentenceEvents.length > 0) {
      const first = sentenceEvents[0];
      previousEvent = sentenceEvents[sentenceEvents.length - 1];
      // "Mirzoyan discussed it with Blinken by phone": the seat inferred for the call is
      // where no later sentence happens.
      contextPlace = sentenceEvents.find((e) => !e.atSeat)?.placeKey ?? contextPlace;
      contextDate = { date: first.date, precision: first.datePrecision };
    } else {
      // A sentence with no event moves the story only to where it says something is: not to
      // "the train to Peshawar", nor to where some fled ("to the city of Cucuta … and to
      // Ocana and Tibu", "crossed the border into Venezuela"): its last preposition says so.
      const where = ownPlaces.find((p) => {
        // "near the border with Venezuela": the border, not the country across it.
        if (!p.mention.locative || namedAcrossBorder(text, s, p.entry.featureCode, p.mention))
          return false;
        const before = text.slice(Math.max(s.start, p.mention.start - 80), p.mention.start);
        // "Speaking in Belgrade, he said the gunmen were Kosovo Serbs": where words were said.
        if (attribution && SPOKEN_IN.test(before)) return false;
        const last = [...before.matchAll(PLACE_PREPOSITION)].at(-1)?.[0].toLowerCase() ?? '';
        return !MOTION_PREPOSITION.has(last);
      });
      if (where) contextPlace = entryKey(where.entry);
    }
    bySentence.set(s.index, sentenceEvents);
    contextPlaceAfter.push(contextPlace);
  }
  // A headline tells in short what the story tells below: "Sudan: Clashes in El Fasher - Flash
  // Update No. 3 (12 May 2024)" is the fight of its first paragraph, not another one on the day
  // the update came out. A headline's event the story tells again, of the same type at the same
  // place or in the country the headline names ("Russian drones hit energy sites across
  // Ukraine"), is left to the story.
  const headline = sentences[0];
  if (headline && isHeadline(text, headline)) {
    const within = (inner: string | null, outer: string | null) =>
      placeWithin(report, inner, outer, true);
    const told = (e: DraftEvent) =>
      events.some(
        (o) => o.sentence !== headline && o.type === e.type && within(o.placeKey, e.placeKey),
      );
    const kept = (bySentence.get(headline.index) ?? []).filter((e) => !told(e));
    if (kept.length < (bySentence.get(headline.index) ?? []).length) {
      bySentence.set(headline.index, kept);
      const left = events.filter((e) => e.sentence !== headline || kept.includes(e));
      events.splice(0, events.length, ...left);
      events.forEach((e, i) => {
        e.id = `ev-${i + 1}`;
      });
    }
  }
  return { events, bySentence, contextPlaceAfter };
}

/**
 * The place `inner` is `outer`, or lies in it: a region's ("Attacks on villages in Al Jazirah
 * State"), or with `countries`, a country's.
 */
function placeWithin(
  report: Report,
  inner: string | null,
  outer: string | null,
  countries: boolean,
): boolean {
  if (inner === outer) return true;
  const o = outer ? report.placeEntries.get(outer)?.entry : undefined;
  const i = inner ? report.placeEntries.get(inner)?.entry : undefined;
  if (!o || !i || i.country !== o.country) return false;
  // A hand-compiled place has no region of its own ("the Zamzam camp"): in its country, any.
  return (
    (countries && o.featureCode === 'PCLI') ||
    (o.featureCode === 'ADM1' && (i.admin1 === o.admin1 || i.admin1 === ''))
  );
}

/** Words a section heading has at most ("Battle", "Humanitarian situation"). */
const HEADING_MAX_WORDS = 3;
/** Characters such a heading has at most. */
const HEADING_MAX_CHARS = 40;

/**
 * A line of its own, short, with no full stop, that names no place and no party: a section's
 * heading ("Battle", "Aftermath"), not a headline ("Clashes in El Fasher").
 */
export function isSectionHeading(text: string, s: Sentence): boolean {
  // Most sentences are long or name something: the cheap tests first.
  if (s.end - s.start > HEADING_MAX_CHARS || s.places.length > 0 || s.actors.length > 0)
    return false;
  const line = text.slice(s.start, s.end).trim();
  return (
    line.split(/\s+/).length <= HEADING_MAX_WORDS &&
    !/[.!?…:;"”’]$/.test(line) &&
    /(?:^|\n)[ \t]*$/.test(text.slice(Math.max(0, s.start - 200), s.start)) &&
    /^[ \t]*(?:\n|$)/.test(text.slice(s.end, s.end + 200))
  );
}

/** The text from the start of the clause holding `at` (after a comma, semicolon or dash) up to it. */
function clauseBefore(text: string, sentenceStart: number, at: number): string {
  const before = text.slice(sentenceStart, at);
  const cut = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(' - '));
  return before.slice(cut + 1);
}
