/**
 * Actors a sentence names that take no part in its event: an outlet that tells of it, a state
 * named as where or what it is about, who tells of it and to whom, a party of another event in
 * the same sentence. Each row: what it leaves out, the sentence it exists for and the actor it
 * leaves out there; `participants.test.ts` ingests every example with and without its row.
 */
import type { Span } from '../../model/situation';
import type { ActorMention } from '../actors';
import type { DateMention } from '../dates';
import { BORDER_PAIR_AFTER, BORDER_WORD_AFTER, WAY_THROUGH_WORDS } from '../places';

/** What a row may look at: the sentence, the event's trigger and the actor's mention. */
export interface ParticipantContext {
  text: string;
  sentence: Span;
  trigger: Span;
  /** The event's type (FIGHT, DISASTER…). */
  type: string;
  mention: ActorMention;
  /** The actor's kind (state, media, armed_group…). */
  kind: string | undefined;
  /** The sentence's dates outside its speaker's clause. */
  ownDates: DateMention[];
  /** Whether a span lies in a later clause about another, earlier event ("two weeks after …"). */
  laterEvent(x: Span): boolean;
  /** Whether the actor is a country paired with a place ("between Gaza and Egypt"). */
  betweenPlaces(): boolean;
  /** Whether the actor is a country named after a place it contains ("in Paris, France"). */
  containsPlace(): boolean;
  /** Whether the actor opens an apposition to a place just named: "Lalibela, a UNESCO …". */
  inPlaceApposition(): boolean;
  /** The next party the sentence names within a few words after the actor, if any. */
  partyAfter(): Span | undefined;
}

export interface ParticipantRule {
  id: string;
  excludes(c: ParticipantContext): boolean;
  /** A sentence (the report's first line is its date) and the actor the row leaves out. */
  example: string;
  actor: string;
  /** The day of the example's event the actor is left out of, where it has several. */
  day?: string;
}

/** After a line's label: "SUDAN: ", "Haiti – ". */
const LABEL_AFTER = /^\s*(?::|[-–—]\s)/;
/** An outlet's name a state's opens, before its dash: "Myanmar Now – ", "Kyiv Post – ". */
const OUTLET_REST_AFTER = /^\s+\p{Lu}[\p{L}]*\s+[-–—]\s/u;
/**
 * Whether a mention opens its sentence as a line's label: "SUDAN: Shelling killed …", or as
 * the first word of the outlet's name that opens a story: "Myanmar Now – Resistance forces …".
 */
export function isLineLabel(text: string, sentenceStart: number, m: Span): boolean {
  return (
    /^\s*$/.test(text.slice(sentenceStart, m.start)) &&
    (LABEL_AFTER.test(text.slice(m.end, m.end + 3)) ||
      OUTLET_REST_AFTER.test(text.slice(m.end, m.end + 24)))
  );
}
/**
 * Right before a party, who it backs: "rebels backed by ", "militias funded by the " (not
 * "supported by Turkish artillery", which fires with them).
 */
const BACKER_BEFORE = /\b(?:backed|armed|funded|financed|sponsored)\s+by\s+(?:the\s+)?$/i;
/** Before a party, an open relative clause: ", which the " (UN says …). */
const RELATIVE_OPEN_BEFORE = /,\s+(?:which|who|whom|whose|where)\s[^,;.]*$/i;
/** Right before a party, a time counted from its own event: "hours before the " (U.S. election). */
const TIME_FROM_BEFORE =
  /\b(?:(?:hours?|days?|weeks?|months?|minutes?|shortly)\s+(?:before|after)|ahead of|in the run-up to)\s+(?:the\s+)?$/i;
/** Right before a party, a picture of it: "tore down posters of " (Maduro). */
const PICTURE_OF =
  /\b(?:posters?|portraits?|pictures?|photos?|photographs?|images?|statues?|effig(?:y|ies)|banners?|murals?|billboards?)\s+of\s+(?:the\s+)?$/i;
/**
 * Before a party, a record and the event it is counted from: "the deadliest attack on Israeli
 * territory since the Oct. 7 attack by " (Hamas).
 */
const RECORD_SINCE_BEFORE =
  /\b(?:deadliest|worst|bloodiest|biggest|largest|heaviest|most\s+[\p{L}-]+)\s[^.;]{0,120}?\bsince\s+(?:the|a|an)\s[^;]{0,60}$/iu;
/** The same clause listing the subject's members, who act with it: ", which includes the ". */
const MEMBERS_OPEN_BEFORE =
  /,\s+(?:which|that)\s+(?:includes|included|comprises|comprised|consists of|is made up of|brings together|groups)\s[^,;.]*$/i;
/** Right before a party, who names another: "identified by the " (FBI as …). */
const IDENTIFIED_BY = /\b(?:identified|named)\s+by\s+(?:the\s+)?$/i;
/** Right before a party, a purpose of help: "to support President ", "to prop up the ". */
const SUPPORT_BEFORE =
  /\bto\s+(?:support|back|help|aid|assist|prop\s+up|shore\s+up|bolster)\s+(?:the\s+)?(?:(?:President|Prime\s+Minister|leader)\s+)?$/i;
/** A clause boundary of contrast: "…, but fighting resumed". */
export const CONTRAST_CLAUSE = /,\s+(?:but|yet|while|whereas)\s/i;
/** A date counted from another event: "two weeks after", "three days before". */
export const OFFSET_DATE = /\b(?:after|before)\W*$/i;
/** A participle opening a clause about what an event led to, not who took part in it. */
export const HANDING =
  /,\s+(?:handing|giving|leaving|allowing|letting|prompting|sparking|forcing|causing)\s/i;
/**
 * From an actor to a trigger: a reporting verb and "that" ("told President Putin that"), maybe
 * after an apposition's comma ("UNIFIL, said on Tuesday that").
 */
const REPORTING_FRAME =
  /^(?:[^,;]*,\s*){0,2}?[^,;]*?\b(?:told|said|says|informed|assured|briefed|announced)\b[^,;]*?\bthat\b|^[^,;]*?\bthat\b/i;
/**
 * From a speaker (maybe the rest of its name) to the party its words open with: " said ",
 * " Volodymyr Zelenskiy told reporters on Tuesday ".
 */
const TELLS_OF =
  /^(?:\s+\p{Lu}[\p{L}'’-]*){0,3},?\s+(?:(?:also|later|earlier)\s+)?(?:said|says|told\s+(?:\w+\s+){0,2}?|claimed|alleged|stated|added|announced|insisted)\s+(?:(?:on|late|early)\s+\w+\s+)?(?:that\s+)?(?:the\s+)?$/iu;
/**
 * Before a country named across a border, maybe after another: "the border with ", "near the
 * borders with India and ", "the region bordering ".
 */
export const BORDER_WITH =
  /\b(?:(?:borders?|frontiers?|boundar(?:y|ies)|crossings?)\s+with|bordering|that borders|which borders)\s+(?:(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*\s*(?:,\s*|\s+and\s+))*(?:the\s+)?$/u;
/** Whether a place is a country named across a border: "towns along the border with China". */
export function namedAcrossBorder(text: string, s: Span, featureCode: string, m: Span): boolean {
  return (
    featureCode === 'PCLI' &&
    (BORDER_WITH.test(text.slice(Math.max(s.start, m.start - 60), m.start)) ||
      // "near the Niger border" (not "on the Chad-Sudan border": that is the first's too).
      (BORDER_WORD_AFTER.test(text.slice(m.end, m.end + 20)) &&
        !/[-‐]$/.test(text.slice(Math.max(s.start, m.start - 1), m.start))))
  );
}

/** Words before a state named as a topic or a location: "on Syria", "in northwestern Syria". */
/** Before a party, who asked for or brokered an act, maybe after others of a list. */
const ON_REQUEST_OF =
  /\b(?:at the (?:request|invitation|behest|urging) of|(?:mediated|brokered) by|through the mediation of|with the mediation of)\s+(?:the\s+)?(?:(?:\p{Lu}[\p{L}'’.-]*|of|the)\s+)*(?:(?:,\s*|\s*and\s+)(?:the\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+)*)*$/u;
/** Right after a body's name, a party of its own it names: "Al-Qaeda affiliate ", "Rwanda-backed ". */
const AFFILIATE_AFTER =
  /^(?:\s+(?:affiliate|offshoot|branch|franchise|proxy|ally)\s|-(?:linked|affiliated|aligned|allied|backed|sponsored|supported)\s)/i;
const TOPIC_OR_LOCATION =
  /\b(on|about|over|regarding|in|into|from|to|across|inside|near|along|around|towards?|(?:border|crossing|frontier)s?\s+with(?:\s+the)?)\s+(?:the\s+)?(?:(?:north|south|east|west)[a-z-]*\s+|central\s+|neighbou?ring\s+)?$/i;
/** A locative, then the other places of a list, up to its last: "to Mali, Burkina Faso and " (not "from": "delegations from Russia, Turkey and Iran" are parties). */
const LOCATION_LIST =
  /\b(?:to|in|into|across|inside|near|towards?)\s+(?:(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*,\s*)*(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*,?\s+and\s+(?:the\s+)?$/u;
/** A middle item of such a list, after a comma: "to Mali, " before "Burkina Faso and Niger". */
const LIST_ITEM_BEFORE =
  /\b(?:to|in|into|across|inside|near|towards?)\s+(?:(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*,\s*)+(?:the\s+)?$/u;
/** After a middle item, the list going on: ", Niger", " and Niger". */
const LIST_GOES_ON = /^(?:,\s*|,?\s+and\s+)(?:the\s+)?\p{Lu}/u;
/** After a body's name in an apposition, the kind of place it is: "World Heritage site", "-run school". */
const PLACE_KIND_AFTER =
  /^[-\s](?:[\p{L}-]+\s+){0,3}?(?:site|school|hospital|clinic|camp|compound|facility|shelter|centre|center|town|city|village|zone|area|reserve|park)\b/iu;
/** Right before a state, a compass point that makes it a part of the land: "northern Yemen". */
const COMPASS_BEFORE = /\b(?:(?:north|south)(?:-?(?:east|west))?|east|west|central)(?:ern)?\s+$/i;
/** Before a state, a part of it: "region of", "the north of", "parts of". */
const PART_OF =
  /\b(?:region|province|state|district|governorate|oblast|county|prefecture|department|zone|area|areas|parts?|north|south|east|west|centre|center|interior|rest|coast)\s+of\s+(?:the\s+)?$/i;
/** A way into or out of a state, up to its name: "fleeing", "crossed into". */
const WAY_THROUGH = new RegExp(String.raw`\b(?:${WAY_THROUGH_WORDS})\s+$`, 'i');
/** A state in the possessive before a place: "parts of Syria's second-largest city". */
const OWNS_A_PLACE =
  /^[^'’\s]+['’]s\s+(?:[\w-]+\s+){0,2}(?:city|capital|town|region|province|border|territory|airspace|coast|side|mountains|islands?|valley|desert|countryside)\b/i;

/** A word of belonging, looked for before the slower {@link LINKED_TO}. */
const LINKED_WORD = /\b(?:linked|affiliated|allied|tied|loyal|close|aligned)\s+(?:with|to)\b/;
/**
 * Before a body a party belongs to, maybe after others: "linked to Al-Qaeda and the ", "loyal
 * to ousted President ".
 */
const LINKED_TO =
  /\b(?:linked|affiliated|allied|tied|loyal|close|aligned)\s+(?:with|to)\s+(?:(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:[\s-]+\p{Lu}[\p{L}'’-]*)*\s*(?:,\s*|\s+and\s+))*(?:the\s+)?(?:(?:former|ousted|deposed|late|exiled|toppled)\s+\p{Lu}[\p{L}.]*\s+)?$/u;
/** A voice raised about an event: "expressed deep concern over", "condemned", "called on". */
const CONCERN =
  /\b(?:follow(?:s|ed|ing)?|watch(?:es|ed|ing)?|view(?:s|ed|ing)?)\s+with\s+(?:(?:great|deep|grave|serious|growing|increasing)\s+)?(?:concern|alarm|anxiety|dismay)\b|\b(?:expressed|voiced|raised)\s+(?:\w+\s+){0,2}(?:concern|alarm|outrage|regret)\b|\b(?:is|was|are|were)\s+(?:\w+ly\s+)?(?:alarmed|concerned|appalled|shocked|horrified|saddened)\s+(?:by|at|over|about)\b|\b(?:condemn(?:s|ed)?|deplor(?:es|ed)|denounc(?:es|ed)|call(?:s|ed)?\s+(?:up)?on|urg(?:es|ed)|appeal(?:s|ed)?\s+to)\b/i;
/** A call, then whom it is addressed to: "call on the international community, … to". */
const CALL_ON = /\b(?:call(?:s|ed)?\s+(?:up)?on|urg(?:es|ed)|appeal(?:s|ed)?\s+to)\s+[^.;]*$/i;

/** Words that open a clause of its own, with its own parties. */
const SUBORDINATORS = 'after|before|when|while|until|because|since';
/**
 * A clause of its own, with a subject and a verb, opening with a subordinator: "after the
 * rebel group launched", "before gunmen stormed" (not "after months of fighting").
 */
const SUBORDINATE_CLAUSE = new RegExp(
  String.raw`\b(?:${SUBORDINATORS})\s+(?:[\p{L}'’-]+\s+){1,4}?(?:had\s+|has\s+|have\s+|were\s+|was\s+)?(?:[a-z]+ed|took|made|fired|struck|stormed|blew|fought|seized|shot|went|began|came|hit|broke)\b`,
  'u',
);
/** A subordinator and a subject closing the gap before a trigger that is a verb: "after Hezbollah " (fired). */
const SUBJECT_BEFORE_TRIGGER = new RegExp(
  String.raw`\b(?:${SUBORDINATORS})\s+(?:[\p{L}'’-]+\s+){1,4}(?:had\s+|has\s+|have\s+)?$`,
  'u',
);
/**
 * A clause with its verb, then ", and" and a named subject before the trigger, a noun too:
 * "captured Saraqib on Thursday, and Turkish " (drones struck); not "Russian, Syrian, and
 * Iranian " (forces attacked), where no verb comes first.
 */
const AND_NAMED_SUBJECT =
  /\b(?:[a-z]+ed|took|fought|struck|seized|shot|hit)\b[^;]*,\s+and\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*\s+(?:[\p{L}'’-]+\s+){0,2}$/u;
/** ", and" then a subject and its verb: "observed a minute of silence, and state railway officials said". */
const AND_SUBJECT_VERB =
  /,\s+and\s+(?:[\p{L}'’-]+\s+){1,3}(?:said|says|told|reported|announced|[a-z]+ed)\b/u;
/** A trigger that is a verb in the past: "fired", "struck" (not "fighting", "attacks"). */
const PAST_VERB = /^(?:[a-z]+ed|struck|fought|shot|hit|took|blew|seized|stormed|fired|overran)$/i;
/** A subordinator right before a party, its clause's subject: "after Hezbollah", "as M23 rebels". */
const SUBORDINATOR_BEFORE = new RegExp(
  String.raw`\b(?:${SUBORDINATORS}|as)\s+(?:the\s+)?(?:(?:Prime\s+)?(?:President|Minister|Premier|Governor|General|Gen\.|Col\.|Colonel|Commander|Mayor)\s+)?$`,
  'i',
);
/**
 * A party's verb right after it, or after a party joined to it: "Hezbollah fired", "al-Shabaab
 * gunmen stormed", "the army and the RSF prepared", what it was to do: "U.S. and Ukrainian
 * delegations were due to meet", or where it was: "while Prime Minister Ariel Henry was abroad".
 */
const VERB_AFTER =
  /^\.?\s+(?:and\s+(?:the\s+)?\p{Lu}[\p{L}-]*\s+)?(?:[\p{L}-]+\s+){0,2}?(?:(?:had\s+|has\s+|have\s+|were\s+|was\s+)?(?:[a-z]+ed|took|made|fired|struck|stormed|blew|fought|seized|shot|went|began|came|hit|broke)|(?:will|would|(?:were|was|are|is)\s+(?:due|set|expected|scheduled)\s+to)\s+[a-z]+|(?:was|were)\s+(?:abroad|away|absent|out of the country|in|at|on)\b)/u;

/**
 * Between a party and an event named by a noun after a subordinator, the party's own verb:
 * "Petro declared a state of commotion in Norte de Santander after " (fighting between …).
 */
const OWN_VERB_THEN_EVENT =
  /\b(?:[a-z]{3,}ed|said|made|took|held|met|sent|gave|went|came)\b[^,;]*\b(?:after|before|following|amid|despite)\s+(?:(?:the|a|an|heavy|fierce|renewed|deadly)\s+)*(?:[\p{Ll}-]+\s+){0,2}$/u;

/** The party and the trigger in their text order, and the text between them. */
function apart(c: ParticipantContext): { after: boolean; gap: string } {
  const after = c.mention.start >= c.trigger.end;
  const [a, b] = after ? [c.trigger, c.mention] : [c.mention, c.trigger];
  return { after, gap: c.text.slice(a.end, b.start) };
}

/**
 * Whether a party and a trigger lie in different clauses, one subordinate to the other: "Petro
 * suspended talks after the rebel group launched attacks", "struck Beirut after Hezbollah
 * fired", "After Hezbollah fired rockets, Israeli jets struck".
 */
function acrossSubordinator(c: ParticipantContext): boolean {
  const { after, gap } = apart(c);
  // The trigger is the subordinate clause's verb, after its own subject: "… after Hezbollah fired".
  const triggerIsVerb = PAST_VERB.test(c.text.slice(c.trigger.start, c.trigger.end));
  if (SUBORDINATE_CLAUSE.test(gap) || (!after && triggerIsVerb && SUBJECT_BEFORE_TRIGGER.test(gap)))
    return true;
  if (!SUBORDINATOR_BEFORE.test(before(c, 30))) return false;
  return after ? VERB_AFTER.test(c.text.slice(c.mention.end, c.sentence.end)) : gap.includes(',');
}

/**
 * Whether a party and a trigger lie in two clauses joined by ", and", each with its subject:
 * "Rebels captured Saraqib …, and Turkish drones struck", "parliament observed a minute of
 * silence, and railway officials said … after shelling".
 */
function acrossAnd(c: ParticipantContext): boolean {
  const { after, gap } = apart(c);
  if (!after) return AND_NAMED_SUBJECT.test(gap) || AND_SUBJECT_VERB.test(gap);
  return (
    /,\s+and\s+(?:the\s+)?$/i.test(before(c, 30)) &&
    VERB_AFTER.test(c.text.slice(c.mention.end, c.sentence.end))
  );
}

const before = (c: ParticipantContext, chars: number) =>
  c.text.slice(Math.max(c.sentence.start, c.mention.start - chars), c.mention.start);

/** Before a state, people of its nationality, maybe after others in a list: "citizens of Britain, ". */
const NATIONALS_OF =
  /\b(?:citizens?|nationals?|natives?|passport holders|dual nationals?)\s+of\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*\s*(?:,\s*|\s+and\s+))*(?:and\s+)?(?:the\s+)?$/u;
const ACROSS_SUBORDINATOR = 'a party of the clause across a subordinator';

export const NOT_PARTICIPANTS: ParticipantRule[] = [
  {
    id: 'a party of a natural hazard',
    excludes: (c) => c.type === 'DISASTER',
    example: 'date 2023-02-07\nA powerful earthquake struck Turkey and Syria on Monday.',
    actor: 'turkey',
  },
  {
    // "M23 rebels backed by Rwanda seized the town": who backs a party is named, not said to
    // take part (ACLED codes the fighters).
    id: 'the backer of a party',
    excludes: (c) => BACKER_BEFORE.test(before(c, 30)),
    example: 'date 2024-02-08\nM23 rebels backed by Rwanda seized the town of Shasha on Wednesday.',
    actor: 'rwanda',
  },
  {
    // "The M23 armed group, which the UN says is backed by Rwanda, entered Bukavu": a party
    // inside a relative clause between commas, before the trigger, tells about the subject.
    id: 'a party of a relative clause before the event',
    excludes: (c) =>
      c.mention.end <= c.trigger.start &&
      RELATIVE_OPEN_BEFORE.test(before(c, 100)) &&
      !MEMBERS_OPEN_BEFORE.test(before(c, 100)) &&
      /^[^,;.]*,\s/.test(c.text.slice(c.mention.end, c.trigger.start)),
    example:
      'date 2025-02-18\nThe M23 armed group, which the UN says is backed by Rwanda, entered Bukavu on Sunday.',
    actor: 'un',
  },
  {
    // "… killed 12 children, the deadliest attack since the Oct. 7 attack by Hamas": a party of
    // the event a record is counted from takes no part in the event told.
    id: 'a party of the event a record is counted from',
    excludes: (c) =>
      c.mention.start >= c.trigger.end &&
      RECORD_SINCE_BEFORE.test(c.text.slice(c.trigger.end, c.mention.start)),
    example:
      'date 2024-07-28\nA rocket strike killed 12 children in Majdal Shams on Saturday, the deadliest attack on Israeli territory since the Oct. 7 attack by Hamas.',
    day: '2024-07-27',
    actor: 'hamas',
  },
  {
    // "fired missiles into the East Sea …, hours before the U.S. presidential election": the
    // party of the event a time is counted from takes no part.
    id: 'a party of the event a time is counted from',
    excludes: (c) => TIME_FROM_BEFORE.test(before(c, 40)),
    example:
      'date 2024-11-05\nNorth Korea fired several missiles into the East Sea on Tuesday, hours before the U.S. presidential election.',
    actor: 'united-states',
  },
  {
    // "Protesters tore down posters of Maduro and clashed with troops": whose picture it is
    // takes no part.
    id: 'a party pictured',
    excludes: (c) => PICTURE_OF.test(before(c, 30)),
    example:
      'date 2024-07-30\nProtesters tore down posters of Vladimir Putin and clashed with police in Tbilisi on Monday.',
    actor: 'putin',
  },
  {
    // "The gunman, identified by the FBI as 20-year-old Thomas Matthew Crooks": who names the
    // party takes no part.
    id: 'who identifies a party',
    excludes: (c) => IDENTIFIED_BY.test(before(c, 40)),
    example:
      'date 2024-07-14\nThe gunman, identified by the FBI as Thomas Crooks, fired several shots at the rally in Butler, Pennsylvania, on Saturday.',
    actor: 'x-fbi',
  },
  {
    // "sent fighters to Syria to support President Bashar al-Assad": whom a party goes to
    // help fights on its side, and is not what it fights.
    id: 'whom a party goes to support',
    excludes: (c) => SUPPORT_BEFORE.test(before(c, 50)),
    example:
      'date 2024-09-28\nHezbollah fought Israel in 2006 and sent fighters to Syria to support President Bashar al-Assad.',
    actor: 'assad',
  },
  {
    // "Al-Qaeda affiliate JNIM claimed to have ambushed a convoy", "Rwanda-backed M23 rebels
    // seized": the body a party is an offshoot of, or backed by, is named to say what it is.
    id: 'the body a party named next belongs to',
    excludes: (c) =>
      AFFILIATE_AFTER.test(c.text.slice(c.mention.end, c.mention.end + 24)) &&
      c.partyAfter() !== undefined,
    example:
      'date 2024-07-29\nAl-Qaeda affiliate JNIM ambushed a convoy near Tinzaouaten on Saturday.',
    actor: 'al-qaeda',
  },
  {
    // "the operations had ended at the request of Qatar and Saudi Arabia", "a truce brokered
    // by Egypt": who asks for or brokers what the parties do is no party of it.
    id: 'who asked for or brokered it',
    excludes: (c) => ON_REQUEST_OF.test(before(c, 60)),
    example:
      'date 2025-10-12\nFighting between Pakistani and Afghan forces near Torkham ended at midnight at the request of Qatar and Saudi Arabia.',
    actor: 'qatar',
  },
  {
    // "killed seven aid workers, including citizens of Britain, Poland and Australia": whose
    // nationals the victims were, not a party to the strike.
    id: 'a state whose citizens are named',
    excludes: (c) => c.kind === 'state' && NATIONALS_OF.test(before(c, 80)),
    example:
      'date 2024-04-02\nAn Israeli airstrike killed seven aid workers, including citizens of Britain, Poland and Australia, in Deir al-Balah on Monday.',
    actor: 'poland',
  },
  {
    id: 'an outlet tells of an event',
    excludes: (c) => c.kind === 'media',
    example: 'date 2024-03-06\nReuters journalists saw Russian drones strike Kharkiv on Monday.',
    actor: 'reuters',
  },
  {
    id: 'a state named as a topic or a location',
    excludes: (c) =>
      c.kind === 'state' &&
      (TOPIC_OR_LOCATION.test(before(c, 30)) ||
        BORDER_WITH.test(before(c, 60)) ||
        // "deployed instructors to Mali, Burkina Faso and Niger": each of a list of places.
        LOCATION_LIST.test(before(c, 80)) ||
        (LIST_ITEM_BEFORE.test(before(c, 80)) &&
          LIST_GOES_ON.test(c.text.slice(c.mention.end, c.mention.end + 40)))),
    example: 'date 2024-03-06\nTurkish drones struck Kurdish fighters in Syria on Monday.',
    actor: 'syria',
  },
  {
    // A roundup's line opens with the country it is about: "SUDAN: Shelling killed …",
    // "Sudan - Shelling killed …" (where, not who; nor the state's forces it may be read as).
    id: 'a state labelling a line',
    excludes: (c) => isLineLabel(c.text, c.sentence.start, c.mention),
    example:
      'date 2024-03-05\nSUDAN: Shelling killed five civilians in El Fasher on Monday, local monitors said.',
    actor: 'sudan',
  },
  {
    // "at the Niger border", "on the Chad-Sudan border": where, not who (after "on the", "in
    // the", "near the" a state is a place already: "on the Russian side of the border").
    id: 'a state whose border is named',
    excludes: (c) =>
      c.kind === 'state' &&
      (BORDER_WORD_AFTER.test(c.text.slice(c.mention.end, c.mention.end + 20)) ||
        BORDER_PAIR_AFTER.test(c.text.slice(c.mention.end, c.mention.end + 60))),
    example: 'date 2024-03-20\nClashes erupted in Dori, at the Niger border, on Monday.',
    actor: 'niger',
  },
  {
    // "seized Lalibela, a UNESCO World Heritage site": the body describes the place.
    id: "a body in a place's apposition",
    excludes: (c) =>
      c.inPlaceApposition() &&
      PLACE_KIND_AFTER.test(c.text.slice(c.mention.end, c.mention.end + 60)),
    example:
      'date 2023-08-10\nFighting spread in the Amhara region of Ethiopia. Fano fighters seized Lalibela, a UNESCO World Heritage site, on Wednesday.',
    actor: 'x-unesco',
  },
  {
    // "who control much of northern Yemen": a part of a country named by its compass point is
    // land, never a party.
    id: 'a state named with a compass point',
    excludes: (c) => c.kind === 'state' && COMPASS_BEFORE.test(before(c, 20)),
    example:
      'date 2024-01-12\nThe Houthis, rulers of much of northern Yemen, attacked ships in the Red Sea on Friday.',
    actor: 'yemen',
  },
  {
    id: 'a state left or entered',
    excludes: (c) => c.kind === 'state' && WAY_THROUGH.test(before(c, 30)),
    example:
      'date 2024-10-03\nIn Syria, the Masnaa crossing, used by thousands fleeing Lebanon, was hit by an Israeli strike on Friday.',
    actor: 'lebanon',
  },
  {
    // "the Amhara region of Ethiopia" (not "parts of Syria's second city": a row below).
    id: 'a state a part of which is named',
    excludes: (c) =>
      c.kind === 'state' &&
      PART_OF.test(before(c, 30)) &&
      !/['’]s$/.test(c.text.slice(c.mention.start, c.mention.end)) &&
      !/^['’]s\b/.test(c.text.slice(c.mention.end)),
    example:
      'date 2023-08-10\nHeavy fighting spread in the Amhara region of Ethiopia on Wednesday.',
    actor: 'ethiopia',
  },
  {
    id: 'a state containing the place before it',
    excludes: (c) => c.kind === 'state' && c.containsPlace(),
    example: 'date 2018-03-02\nTalks took place in Paris, France, on Monday.',
    actor: 'france',
  },
  {
    id: 'a state paired with a place',
    excludes: (c) => c.kind === 'state' && c.betweenPlaces(),
    example:
      'date 2024-05-08\nIsraeli tanks seized the Rafah border crossing between Gaza and Egypt on Tuesday.',
    actor: 'egypt',
  },
  {
    id: 'a state owning a place',
    excludes: (c) =>
      c.kind === 'state' && OWNS_A_PLACE.test(c.text.slice(c.mention.start, c.mention.end + 48)),
    example:
      "date 2024-11-30\nSyrian rebels led by Hayat Tahrir al-Sham swept into Aleppo on Friday, forcing government troops to withdraw from parts of Syria's second-largest city.",
    actor: 'syria',
  },
  {
    // "Sudan's paramilitary Rapid Support Forces": the state says whose the party is.
    id: 'a state owning a party',
    excludes: (c) => {
      if (c.kind !== 'state') return false;
      const next = c.partyAfter();
      if (!next) return false;
      // The mention may hold its "'s" ("Sudan's") or stop before it ("Saudi Arabia").
      const owned = /^['’]s\s+(?:[\p{L}-]+\s+){0,2}$/u;
      return (
        owned.test(c.text.slice(c.mention.end, next.start)) ||
        owned.test(c.text.slice(c.mention.end - 2, next.start))
      );
    },
    example:
      "date 2024-05-15\nSudan's paramilitary Rapid Support Forces shelled El Fasher on Tuesday.",
    actor: 'sudan',
  },
  {
    // "attacks by jihadists linked to Al-Qaeda and the Islamic State group": a party's
    // affiliation, not a party of its own.
    id: 'a body a party is linked to',
    excludes: (c) => {
      const b = before(c, 80);
      return LINKED_WORD.test(b) && LINKED_TO.test(b);
    },
    example:
      'date 2024-03-22\nAttacks by jihadists linked to Al-Qaeda killed 20 people in Tillaberi on Monday.',
    actor: 'al-qaeda',
  },
  {
    id: 'a party of what the event led to',
    excludes: (c) =>
      c.mention.start > c.trigger.end && HANDING.test(c.text.slice(c.trigger.end, c.mention.start)),
    example:
      'date 2024-02-19\nUkrainian troops withdrew from the eastern town of Avdiivka on Saturday, handing Russia its biggest gain since the fall of Bakhmut in May last year.',
    actor: 'russia',
  },
  {
    id: 'a party of an earlier event counted from',
    excludes: (c) => c.laterEvent(c.mention),
    example:
      'date 2024-10-02\nIsrael struck Beirut on Sunday, two days after an attack by Hezbollah on the Golan Heights.',
    actor: 'hezbollah',
    day: '2024-09-29',
  },
  {
    id: 'a party named before the date an event is counted from',
    excludes: (c) =>
      c.ownDates.some(
        (d) => d.end <= c.trigger.start && c.mention.end <= d.start && OFFSET_DATE.test(d.text),
      ),
    example:
      'date 2024-10-02\nHezbollah fired rockets at Haifa on Friday; two days after that, Israeli jets struck Beirut.',
    actor: 'hezbollah',
    day: '2024-09-29',
  },
  {
    id: 'who tells of an event, and to whom',
    excludes: (c) =>
      c.mention.end <= c.trigger.start &&
      REPORTING_FRAME.test(c.text.slice(c.mention.start, c.trigger.start)),
    example:
      'date 2024-02-19\nRussian Defence Minister Sergei Shoigu told President Vladimir Putin that Russian forces had taken full control of Avdiivka in eastern Ukraine, the Kremlin said on Sunday.',
    actor: 'putin',
  },
  {
    id: 'who tells of what another party did, without "that"',
    excludes: (c) => {
      const next = c.partyAfter();
      return (
        next !== undefined &&
        next.end <= c.trigger.start &&
        TELLS_OF.test(c.text.slice(c.mention.end, next.start))
      );
    },
    example:
      'date 2023-06-07\nUkrainian President Volodymyr Zelenskiy said Russian forces had blown up the Kakhovka dam on Tuesday.',
    actor: 'zelensky',
  },
  {
    id: 'who voices concern over an event or calls for action on it',
    excludes: (c) =>
      c.mention.end <= c.trigger.start &&
      CONCERN.test(c.text.slice(c.mention.end, c.trigger.start)),
    example:
      'date 2024-04-19\nThe Security Council voiced deep concern over reports of attacks by the Rapid Support Forces on villages west of El Fasher since 13 April.',
    actor: 'unsc',
  },
  {
    id: 'whom a call is addressed to',
    excludes: (c) =>
      c.mention.end <= c.trigger.start &&
      CALL_ON.test(before(c, 80)) &&
      /\bto\s/.test(c.text.slice(c.mention.end, c.trigger.start)),
    example:
      "date 2020-10-04\nArmenia struck Ganja with missiles on Sunday. We call on the OSCE to take a stand against Armenia's attacks on civilians in Ganja, Tartar and Barda.",
    actor: 'osce',
  },
  {
    id: 'a party of the clause across ", and"',
    excludes: acrossAnd,
    example:
      'date 2020-03-03\nRebels captured Saraqib on Thursday after heavy fighting, and Turkish drones struck government positions on Friday.',
    actor: 'tr-air-force',
    day: '2020-02-27',
  },
  {
    id: ACROSS_SUBORDINATOR,
    excludes: acrossSubordinator,
    example:
      'date 2024-10-02\nIsraeli jets struck Beirut on Sunday after Hezbollah fired rockets at Haifa on Friday.',
    actor: 'il-air-force',
    day: '2024-09-27',
  },
  {
    id: 'a party of the clause before an event named after a subordinator',
    excludes: (c) => {
      const { after, gap } = apart(c);
      // "advanced on Goma after heavy fighting with the army": the subject fought.
      const withOther = /^\s+with\b/.test(c.text.slice(c.trigger.end, c.trigger.end + 8));
      return !after && !withOther && OWN_VERB_THEN_EVENT.test(gap);
    },
    example:
      'date 2025-01-20\nColombian President Gustavo Petro on Monday declared a state of emergency in Norte de Santander after fighting between ELN rebels and FARC dissidents.',
    actor: 'x-gustavo-petro',
  },
  {
    id: 'a party of the clause across "but"',
    excludes: (c) => {
      const [a, b] =
        c.mention.end <= c.trigger.start ? [c.mention, c.trigger] : [c.trigger, c.mention];
      return CONTRAST_CLAUSE.test(c.text.slice(a.end, b.start));
    },
    example:
      'date 2024-08-05\nChina brokered a ceasefire in Lashio in January, but fighting resumed in Lashio in late June.',
    actor: 'china',
    day: '2024-06-01',
  },
  {
    // After the event or opening its sentence: "According to the World Health Organization
    // (WHO), Kamal Adwan Hospital was struck"; "according to the army's Eighth Division", "to a
    // local People's Defence Force (PDF)".
    id: 'whom the event is told according to',
    excludes: (c) =>
      /\b(?:[Aa]ccording\s+to|as\s+reported\s+by|citing)\s+(?:(?:the|an?)\s+)?(?:\p{Ll}+(?:['’]s)?\s+)?(?:(?:\p{Lu}[\p{L}'’.-]*|for|of|the|and)\s+){0,8}\(?$/u.test(
        before(c, 90),
      ),
    example:
      'date 2024-05-12\nShelling hit the South Hospital in El Fasher, according to Médecins Sans Frontières (MSF).',
    actor: 'msf',
  },
  {
    id: 'who says so after the event',
    excludes: (c) =>
      c.mention.start > c.trigger.end &&
      // "…, the UN human rights office (OHCHR) said": the teller's name may run on. Not a
      // passive: "clashes between the army and the CSP-PSD were reported".
      /^,?\s*(?:[\p{L}-]+\s+){0,4}?(?<!\b(?:was|were|is|are|been|being|be)\s+)(?:\([^()]{1,20}\)\s+)?(?:said|says|stated|told|reported)\b/iu.test(
        c.text.slice(c.mention.end, c.sentence.end),
      ),
    example:
      'date 2024-02-19\nRussian Defence Minister Sergei Shoigu told President Vladimir Putin that Russian forces had taken full control of Avdiivka in eastern Ukraine, the Kremlin said on Sunday.',
    actor: 'russia',
  },
];

/** Whether an actor the sentence names takes part in its event; `disabled`: rows left out. */
/**
 * Right before a party, the start of the clause that set an event off: "erupted after RSF ",
 * "violence erupted on Thursday when ELN ".
 */
export const SET_OFF_BY = /\b(?:after|when)\s+(?:the\s+)?$/i;
/** The rules switched off, and the one that keeps a subordinate clause's parties out. */
export function withoutSubordinateRule(disabled?: ReadonlySet<string>): ReadonlySet<string> {
  return new Set([...(disabled ?? []), ACROSS_SUBORDINATOR]);
}

export function takesPart(c: ParticipantContext, disabled?: ReadonlySet<string>): boolean {
  return !NOT_PARTICIPANTS.some((r) => !disabled?.has(r.id) && r.excludes(c));
}
