/**
 * Words that name an event but report none: a plan, a wish, a denial, a supposition, a
 * judgement of an event already told, or an event taken up again as the subject of what is
 * said of it. Each row: the sentence it exists for and the event type it keeps out of it;
 * `unreported-triggers.test.ts` ingests every example with and without its row.
 */
import {
  ACCIDENT,
  EVENT_TYPES,
  HAZARD,
  IRREALIS,
  IRREALIS_AFTER,
  IRREALIS_LATER,
  PLANNED_FOR,
  REPEL_WORDS,
  NEGATED,
  SUPPOSED,
} from '../event-types';

/** What a row may look at around a trigger. */
export interface TriggerContext {
  /** The sentence up to the trigger, and after it. */
  before: string;
  after: string;
  /** The trigger's clause up to it (after the last comma, semicolon or dash). */
  clause: string;
  /** The trigger word. */
  word: string;
  /** Whether an event of its type was reported earlier in the report. */
  reported: boolean;
  /** Whether the sentence has a speaker, and dates of its own (outside the speaker's clause). */
  spoken: boolean;
  ownDates: number;
  /** Whether the trigger's own place ("the capture of X") is one the report names here first. */
  newPlace: boolean;
}

export interface UnreportedRule {
  id: string;
  holds(c: TriggerContext): boolean;
  /** A report (first line its date) and the event type the row keeps out of its last sentence. */
  example: string;
  type: string;
}

/**
 * A verb judging what it names, with up to two words before the name ("condemned the strikes",
 * "welcomed the agreement", "condemned Monday's missile strikes").
 */
const COMMENTARY =
  /\b(?:(?:horrified|appalled|shocked|outraged|saddened|dismayed)\s+(?:by|at)|condemn(?:s|ed)?|denounc(?:es|ed)|welcom(?:es|ed)|critici[sz](?:es|ed)|prais(?:es|ed)|hail(?:s|ed)|deplor(?:es|ed)|slam(?:s|med))\s+(?:(?:the|this|these|that|those|its|their|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day['’]s|recent|latest)\s+)*(?:[\p{L}-]+\s+){0,2}$/iu;
/**
 * A danger, a fear or a threat of what follows, or a bid to avert it, with up to two words
 * between: "the risk of clashes", "fears of a renewed offensive", "residents fear an imminent
 * assault", "to prevent further attacks";
 * not one that "failed to prevent the attack".
 */
const DANGER_OF =
  /\b(?:(?:risks?|threats?|fears?|dangers?|spectre|specter|prospects?|possibility|likelihood|brink|warnings?)\s+of|warn(?:s|ed|ing)?\s+(?:of|against)|fear(?:s|ed|ing)?|dread(?:s|ed|ing)?|(?<!\b(?:failed|unable|powerless|too late) to\s)(?:avert|avoid|prevent|forestall|deter)(?:s|ed|ing)?)\s+(?:(?:a|an|the|further|new|renewed|more|possible|wider|full-scale|all-out|imminent|looming)\s+)*(?:[\p{L}-]+\s+)?$/iu;
/** A beating off of an event named with "the" or "this": "repelled the attack". */
const REPELLED_TOLD = new RegExp(
  String.raw`^(?:${REPEL_WORDS})\s+(?:the|this|that|these|those)\s+(?:[\p{L}-]+\s+)?(?:attacks?|assaults?|offensives?|advances?|incursions?|raids?)\b`,
  'iu',
);
/** "ordered troops to withdraw": an order reported, not a plan. */
const ORDERED = /\b(?:ordered|forcing|forced)\s+(?:[\w-]+\s+){0,3}to\s+$/i;
/** A condition up to the trigger, in its clause: "if a ceasefire was", "unless the talks". */
const CONDITION =
  /\b(?:if|unless|provided that|in case|in the event that)\s+(?:[\p{L}\d'’-]+\s+){0,4}$/iu;
/** A copula or passive right after an event's name: the event is spoken of, not reported. */
const TAKEN_UP =
  /^\s+(?:was|were|is|are|has been|have been|had been|took place|occurred|happened)\b/i;
/**
 * After an event's name opening its sentence, where and when it was, then a copula or a
 * passive: "The attack on Tuesday in the town of Mansila, near the border with Niger, was
 * claimed by". No verb of its own on the way ("The attack on Tuesday killed 20 and the town
 * was" tells a new thing).
 */
const TAKEN_UP_AFTER_PHRASE =
  /^\s+(?:on|in|at|near|outside|against)\s(?:(?!\b(?:and|but|while|killed|hit|struck|left|\p{Ll}+ed)\b)[^.;]){0,140}?,?\s+(?:was|were|has been|have been|had been|took place|occurred|happened)\b/iu;
/** After "threatened", a process or a state of things: "peace talks", "the fragile ceasefire". */
const PROCESS_THREATENED =
  /^\s+(?:to\s+(?:derail|undermine|wreck|unravel|upend|collapse)\s+)?(?:(?:the|a|an|its|their)\s+)?(?:[\p{L}-]+\s+){0,2}(?:talks|process|negotiations|ceasefire|truce|deal|agreement|accord|stability|economy|future|recovery|relations|ties|peace|elections?|transition)\b/u;
/** Later in the clause, a year something has gone on since: "… people since 2017". */
const SINCE_YEAR =
  /^[^.;]{0,100}?\bsince\s+(?:(?:early|late|mid-?)\s*)?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?(?:1[89]|20)\d\d\b/;
/** After an event's name, a toll it has taken since a year: "has killed 40,000 … since 1969". */
const TOLL_SINCE_YEAR = new RegExp(
  String.raw`^[^.;]{0,80}?\b(?:has|have)\s+(?:now\s+)?(?:killed|claimed|left|displaced|cost)\b${SINCE_YEAR.source.slice(1)}`,
);
/** After "captured" or "seized", things rather than ground: "weapons", "large quantities of ammunition". */
const SPOILS =
  /^\s+(?:(?:large|huge|significant|a)\s+)?(?:(?:quantities|quantity|amounts?|caches?|stocks?|stockpiles?|haul)\s+of\s+)?(?:[\p{Ll}-]+\s+)?(?:weapons|arms|ammunition|munitions|equipment|vehicles|materiel|explosives|drugs|cocaine|heroin|documents|rifles|guns|motorbikes|motorcycles)\b/u;
/** "called the strikes", "calls Monday's attack": what it names it is said next. */
const NAMED_AS =
  /\bcall(?:s|ed|ing)\s+(?:(?:the|this|these|that|those|its|their|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day['’]s|recent|latest)\s+)+(?:[\p{L}-]+\s+){0,2}$/iu;
/** Keeping or breaking an agreement, up to its name: "uphold the 1974 disengagement". */
const KEPT_OR_BROKEN =
  /\b(?:uph[oe]ld(?:s|ing)?|respect(?:s|ed|ing)?|hono(?:u)?r(?:s|ed|ing)?|abid(?:e|es|ing) by|adher(?:e|es|ed|ing) to|compl(?:y|ies|ied|ying) with|implement(?:s|ed|ing|ation of)?|violat(?:e|es|ed|ing|ions? of)|breach(?:es|ed|ing)?(?: of)?|breaking|broke|withdr(?:ew|aw|awn|awing) from|pull(?:ed|ing)? out of)\s+(?:(?:the|its|their|this|that|a)\s+)?(?:[\p{L}\d-]+\s+){0,3}$/iu;
/**
 * Ending an agreement, up to its name: "ended a military cooperation", "scrapped the" (not
 * across a subordinator, which starts another clause: "suspended since insurgents attacked").
 */
const ENDED =
  /\b(?:end(?:s|ed|ing)?|scrap(?:s|ped|ping)?|terminat(?:e|es|ed|ing)|revok(?:e|es|ed|ing)|cancel(?:s|led|ed|ling)?|tore up|tear(?:s|ing)? up|suspend(?:s|ed|ing)?|quit(?:s|ting)?|renounc(?:e|es|ed|ing)|denounc(?:e|es|ed|ing))\s+(?:(?:the|its|their|this|that|a|an)\s+)?(?:(?!(?:since|after|before|when|as|because|while|and|but|until|then)\s)[\p{L}\d-]+\s+){0,3}$/iu;
/** Asking for something, up to its name: "called for an immediate", "urged a". */
const ASKED_FOR =
  /\b(?:call(?:s|ed|ing)?\s+for|urg(?:e|es|ed|ing)|demand(?:s|ed|ing)?|request(?:s|ed|ing)?|ask(?:s|ed|ing)?\s+for|appeal(?:s|ed|ing)?\s+for|push(?:es|ed|ing)?\s+for|press(?:es|ed|ing)?\s+for|seek(?:s|ing)?|sought)\s+(?:(?:an?|the)\s+)?(?:[\p{L}-]+\s+){0,2}$/iu;
/** Asking a party to end something, up to its name: "demanded that the RSF halt its", "urged both sides to stop the". */
const END_ASKED_FOR =
  /\b(?:call(?:s|ed|ing)?\s+on|urg(?:e|es|ed|ing)|demand(?:s|ed|ing)?|ask(?:s|ed|ing)?|press(?:es|ed|ing)?)\b[^.;:]{0,60}?\b(?:halt|stop|end|lift|cease|suspend|abandon|call off)\s+(?:(?:its|their|the|all|his|her)\s+)?(?:[\p{L}-]+\s+){0,2}$/iu;
/**
 * After an agreement's name, its end in the same clause: "broke down", "collapsed", "between
 * the two sides expired" (the parties may come between), "declared the ceasefire over".
 */
const BROKE_DOWN =
  /^(?:\s+(?:between|with|of|in)\b[^,.;:]{1,80}?)?\s+(?:had\s+|has\s+)?(?:broke down|broken down|collapsed|fell apart|fallen apart|expired|unravel(?:l?ed)|was broken|was violated|ended|(?:over|void|null and void|dead)(?=\s*(?:[,.;:]|$)))\b/i;
/** The words of an agreement, whose end BROKE_DOWN reads. */
const AGREEMENT_WORD = /^(?:ceasefire|truce|deal|agreements?|accords?|memorand(?:um|a)|pact)$/i;
/**
 * A judgement of an event, the event then named: "ruled that the deployment was
 * unconstitutional", "found the strikes were disproportionate".
 */
const JUDGED = {
  before:
    /\b(?:ruled|rules|found|finds|declared|declares|judged|deemed|held)\b[^.;]{0,30}?\s(?:that\s+)?(?:the|this|these|its|their|such)\s+(?:[\p{L}-]+\s+){0,2}$/iu,
  after:
    /^\s+(?:was|were|is|are|would be|had been|to be)\s+(?:not\s+)?(?:un)?(?:constitutional|lawful|legal|illegal|valid|invalid|void|justified|proportionate|disproportionate|excessive|necessary|premature|a (?:violation|breach|war crime|crime))\b/i,
};
/** "these strikes", "those attacks": an event the text points back to. */
const DEMONSTRATIVE = /\b(?:these|those|such)\s+(?:[\p{L}-]+\s+)?$/iu;
/** Right before an event's name, what is counted from it: "since the ", "since Monday's ". */
const COUNTED_FROM =
  /\bsince\s+(?:the|this|that|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day['’]s|last\s+\w+['’]s)\s+(?:[\p{L}-]+\s+)?$/iu;
/**
 * A record and the event it is counted from, before that event: "the deadliest attack on
 * Israeli territory since the Oct. 7 " (attack by Hamas). Told or not, that event is only a
 * yardstick here.
 */
const RECORD_SINCE =
  /\b(?:deadliest|worst|bloodiest|biggest|largest|heaviest|most\s+[\p{L}-]+)\s[^.;]{0,120}?\bsince\s+(?:the|a|an)\s+(?:[\p{L}\d.'’-]+\s+){0,3}$/iu;
/** A clause between commas describing a place before it: ", where … ,", around what is inside. */
export const WHERE_CLAUSE = {
  before: /,\s+where\s[^,;.]*$/i,
  after: /^[^,;.]*,\s/,
};
/** "the attack", "the missile strikes": a definite event, one already known. */
const DEFINITE = /\bthe\s+(?:[\p{L}-]+\s+){0,2}$/iu;

/** After a hazard's name, what it qualifies: "earthquake survivors", "flood-hit", "quake zone". */
const HAZARD_MODIFIER =
  /^(?:[-‐](?:hit|affected|stricken|ravaged|damaged|prone)|\s+(?:survivors?|victims?|zones?|areas?|relief|aid|response|damage|toll|recovery|reconstruction|appeal|fund|risk|season|warning))\b/i;
/** A speech verb and whom it was told to, right before "by phone": "told Reuters", "said in an interview". */
const PRESS_BY_PHONE =
  /\b(?:told|tells|telling|said|says|speaking|spoke|talking)\s+(?:(?:to|with)\s+)?(?:[\p{Lu}][\p{L}.]*\s+){0,3}(?:(?:the\s+)?(?:reporters|journalists|media|press|news\s+agency)\s+)?$/u;
/** Talks and what they are about, up to the trigger: "Talks on a", "negotiations over the". */
const TALKS_ON =
  /\b(?:talks|negotiations|discussions|consultations|meeting|summit)\s+(?:on|about|over|regarding|for)\s+(?:(?:a|an|the)\s+)?(?:[\p{L}-]+\s+){0,2}$/iu;
/** A relative clause giving a party's part in an event: ", which co-hosts the", ", who brokered the". */
const PART_IN =
  /,\s+(?:which|who)\s+(?:co-)?(?:hosts?|hosted|mediates?|mediated|sponsors?|sponsored|brokers?|brokered|facilitates?|facilitated|chairs?|chaired)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}$/u;
/** "The battle", "The two-week offensive" opening a sentence: an event already named, as subject. */
const OPENING_DEFINITE = /^\s*the\s+(?:[\p{L}-]+\s+){0,2}$/iu;
/**
 * After an event already told opening its sentence, what it struck, maybe after when or where:
 * "The strike hit a main square in Finote Selam", "The attacks on Saturday targeted a wedding".
 */
const STRUCK_AFTER =
  /^\s+(?:(?:on|in|at|near)\s[^.;,]{0,40}?\s)?(?:hit|struck|targeted|tore through|ripped through)\b/i;
/** The verb of such a sentence, and what comes before it: "The attacks on Saturday " (targeted). */
const STRUCK_VERB = /^(?:hit|struck|targeted)$/i;
const TOLD_OPENING_BEFORE =
  /^\s*the\s+(?:[\p{L}-]+\s+){0,2}?(?:strikes?|attacks?|raids?|bombings?|blasts?|explosions?|shelling)\s+(?:(?:on|in|at|near)\s[^.;,]{0,40}?\s)?$/iu;
/** After an event already told, words that set it beside another: "came as", "came days after". */
const CAME_AS =
  /^\s+(?:came|comes|unfolded)\s+(?:(?:just|only|shortly|(?:(?:just|only|a|an|one|two|three|four|five|six|several|a few|some|\d+)\s+)?(?:hours?|days?|weeks?|months?|years?))\s+)?(?:as|amid|while|when|after|before|despite|ahead of)\b/i;
/** What such an event did to people or places: "displaced", "left", "forced", "drove". */
const WHAT_IT_DID =
  /^\s+(?:(?:also|has|had|have|reportedly)\s+)?(?:displaced|uprooted|left|forced|drove|sent|caused|prompted|destroyed|damaged|devastated|reduced|turned|lasted|threatened|threatens|jeopardi[sz]ed|overshadowed|derailed|complicated|strained|undermined|sparked|triggered|drew|raised|stoked|fu?elled|fueled|heightened|deepened|shocked|angered|underscored|highlighted)\b/i;

/** "… is among the deadliest", "was one of the worst": an event ranked, not reported again. */
const RANKED =
  /^[^.;]{0,100}?\s(?:is|was|has been|had been|ranks as)\s+(?:among|one of|the\s+(?:deadliest|worst|bloodiest|largest|biggest|most))\b/i;
/** "denies its troops are fighting", "denied that it had attacked": what is denied, not reported. */
const DENIES =
  /\b(?:den(?:y|ies|ied|ying)|rejected claims|dismissed claims)\s+(?:that\s+)?(?:[\p{L}'’-]+\s+){0,5}$/iu;
/** "This is one of the deadliest attacks": an event ranked, named after the ranking. */
const RANKED_BEFORE =
  /\b(?:is|was|has been|had been|ranks as|marks)\s+(?:one of|among)\s+the\s+(?:[\p{L}-]+\s+){0,2}$/iu;
/** "was the first major attack … since 2016": before the trigger, and after it. */
const FIRST_SINCE = {
  before:
    /\b(?:is|was|has been|had been|marks?|marked)\s+the\s+(?:first|latest|largest|biggest|deadliest|worst)\s+(?:[\p{L}-]+\s+){0,2}$/iu,
  after:
    /^[^.;]*\b(?:since|in (?:(?:more than|over|nearly|almost|about)\s+)?(?:(?:a|an|two|three|four|five|six|several|many)\s+)?(?:years?|decades?|months?|weeks?))\b/i,
};
/** "claimed responsibility for the attack", "No group claimed that attack": who did an event already told, not another one. */
const CLAIMED =
  /\b(?:(?:claimed|claiming|claims|claim|denied|denies|accepted|took)\s+responsibility\s+for|(?:claimed|claims|denied|denies)(?=\s+(?:the|this|that|these)\s))\s+(?:the\s+|this\s+|that\s+|these\s+)?(?:[\p{L}-]+\s+){0,2}$/iu;

/** "fired the army chief", "fired Defence Minister Shoigu": a dismissal, not a shot. */
const DISMISSED =
  /^\s+(?:(?:the|its|his|her|their|a)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:director|chief|head|coach|manager|ministers?|commander|spokes(?:man|woman|person)|staff|employees?|workers?|editor|aide|adviser|advisor|ceo|president|secretary|general|governor|mayor|prosecutor|judge|officials?)\b/iu;
/** "was fired from his post", "was fired as coach" (not "missiles were fired from Lebanon"). */
const DISMISSED_PASSIVE = {
  before: /\b(?:was|were|been|be|being|got|gets?)\s+$/i,
  after: /^\s+(?:from\s+(?:his|her|their)\s|as\s)/i,
};

/** Right before a trigger, a determiner of any such event: "any deliberate attack". */
const ANY_SUCH = /\b(?:any|every|no)\s+(?:[\p{L}-]+\s+){0,2}$/iu;
/** After it, what such an event is or would be: "is a grave violation", "could lead to a slaughter". */
const RULE_OF = /^[^.;]*?\b(?:is|are|would|will|could|may|might|constitutes?|amounts? to)\b/i;

/** The triggers of violence: a crash in a sentence that tells of it is what the violence did. */
const VIOLENCE = EVENT_TYPES.filter((t) => t.type === 'FIGHT' || t.type === 'ASSAULT').map(
  (t) => t.trigger,
);

export const UNREPORTED_TRIGGERS: UnreportedRule[] = [
  {
    id: 'a crash the violence caused',
    holds: (c) =>
      ACCIDENT.test(c.word) && VIOLENCE.some((v) => v.test(c.before) || v.test(c.after)),
    example:
      'date 2024-03-02\nA rebel missile shot down an army helicopter, which crashed near Kidal on Friday.',
    type: 'ACCIDENT',
  },
  {
    id: 'a natural hazard named as a modifier',
    holds: (c) => HAZARD.test(c.word) && HAZARD_MODIFIER.test(c.after),
    example: 'date 2023-02-08\nAid agencies said earthquake survivors in Idlib needed tents.',
    type: 'DISASTER',
  },
  {
    id: 'a natural hazard striking',
    holds: (c) => HAZARD.test(c.clause),
    example: 'date 2023-09-12\nA powerful earthquake struck near Marrakesh late on Friday.',
    type: 'FIGHT',
  },
  {
    id: 'a dismissal',
    holds: (c) => /^fired$/i.test(c.word) && DISMISSED.test(c.after),
    example: 'date 2024-02-09\nZelensky fired the army chief in Kyiv on Thursday.',
    type: 'FIGHT',
  },
  {
    id: 'a dismissal in the passive',
    holds: (c) =>
      /^fired$/i.test(c.word) &&
      DISMISSED_PASSIVE.before.test(c.before) &&
      DISMISSED_PASSIVE.after.test(c.after),
    example:
      'date 2009-03-20\nThe emergency director was fired from his post in London on Tuesday.',
    type: 'FIGHT',
  },
  {
    id: 'an overrun of costs',
    holds: (c) =>
      /^overrun$/i.test(c.word) && /\b(?:cost|budget|spending|schedule)\s+$/i.test(c.before),
    example: 'date 2009-03-20\nAuditors in London found a cost overrun on Tuesday.',
    type: 'FIGHT',
  },
  {
    id: 'a plan or a wish',
    holds: (c) => IRREALIS.test(c.before) && !ORDERED.test(c.before),
    example: 'date 2024-03-06\nTurkey plans to strike Kurdish positions in northern Syria.',
    type: 'FIGHT',
  },
  {
    // "warned of the risk of clashes", "fears of renewed fighting", "to avert an offensive":
    // a danger named or averted is not an event that happened.
    // "residents fear an imminent assault": so is one feared.
    id: 'a danger warned of or averted',
    holds: (c) => DANGER_OF.test(c.before),
    example:
      'date 2025-01-20\nELN fighters attacked Tibu on Thursday. The Ombudsman had warned in November of the risk of clashes between the two groups in Tibu.',
    type: 'FIGHT',
  },
  {
    id: 'a future after the trigger',
    holds: (c) => IRREALIS_AFTER.test(c.after),
    example: 'date 2024-03-06\nTalks are expected to ease tensions between Armenia and Azerbaijan.',
    type: 'CONSULT',
  },
  {
    id: 'a future later in the clause',
    holds: (c) => IRREALIS_LATER.test(c.after),
    example:
      'date 2024-03-06\nTalks with the Karabakh Armenians in Yevlakh would be held after the ceasefire.',
    type: 'CONSULT',
  },
  {
    id: 'a meeting planned for a day',
    holds: (c) => PLANNED_FOR.test(c.after),
    example:
      'date 2025-06-14\nAraqchi said in Tehran that talks with the United States planned for Sunday in Muscat were now meaningless.',
    type: 'CONSULT',
  },
  {
    // "called for an immediate ceasefire": what is asked for is not agreed.
    id: 'an agreement asked for',
    holds: (c) => ASKED_FOR.test(c.before.slice(-50)),
    example:
      'date 2025-05-13\nClashes broke out in Tripoli on Monday. The UN mission in Libya (UNSMIL) called for an immediate ceasefire and urged all parties to protect civilians.',
    type: 'AGREE',
  },
  {
    // "demanded that the RSF halt its siege": an end asked for tells of no new event.
    id: 'an end asked for',
    holds: (c) => END_ASKED_FOR.test(c.before.slice(-120)),
    example:
      'date 2024-09-22\nThe RSF shelled El Fasher on Saturday. The Security Council demanded that the RSF halt its siege of El Fasher.',
    type: 'COERCE',
  },
  {
    id: 'a denial',
    holds: (c) => NEGATED.test(c.clause),
    example: 'date 2024-03-06\nThe army said it had not shelled Kramatorsk on Monday.',
    type: 'FIGHT',
  },
  {
    id: 'a denial by a speech verb',
    holds: (c) => DENIES.test(c.before),
    example:
      "date 2025-01-28\nRwanda's government denies its troops are fighting alongside the rebels near Goma.",
    type: 'FIGHT',
  },
  {
    id: 'a judgement of an event already told',
    holds: (c) => c.reported && COMMENTARY.test(c.before.slice(-40)),
    example:
      'date 2024-03-06\nRussian missiles struck Kharkiv on Monday. Ukraine condemned Monday’s missile strikes on Kharkiv.',
    type: 'FIGHT',
  },
  {
    id: 'an event already told, named as something',
    holds: (c) => c.reported && NAMED_AS.test(c.before.slice(-40)),
    example:
      'date 2025-05-07\nIndia struck nine sites in Pakistan on Wednesday. Prime Minister Shehbaz Sharif called the strikes an act of war in Islamabad.',
    type: 'FIGHT',
  },
  {
    id: 'an event already told, pointed back to',
    holds: (c) => c.reported && DEMONSTRATIVE.test(c.clause),
    example:
      'date 2024-02-04\nUS forces struck Houthi targets in Yemen on Saturday. "These strikes are intended to disrupt the Houthis," the Pentagon said.',
    type: 'FIGHT',
  },
  {
    // "The army said its forces repelled the attack": beating off an attack already told is
    // that fight told again, from the other side.
    id: 'an attack already told, repelled',
    holds: (c) => c.reported && REPELLED_TOLD.test(c.word + c.after),
    example:
      'date 2024-06-03\nRSF fighters attacked El Fasher on Saturday. The army said its forces repelled the attack and killed dozens of fighters.',
    type: 'FIGHT',
  },
  {
    // "The first aid convoy since the quake crossed": the event counted from is one told.
    id: 'an event already told, counted from',
    holds: (c) => c.reported && COUNTED_FROM.test(c.before),
    example:
      'date 2023-02-08\nAn earthquake struck southern Turkey on Monday. The first aid convoy since the quake crossed into Syria on Wednesday.',
    type: 'DISASTER',
  },
  {
    id: 'an event a record is counted from',
    holds: (c) => RECORD_SINCE.test(c.before),
    example:
      'date 2024-07-28\nA rocket killed 12 children in Majdal Shams on Saturday. It was the deadliest attack on Israeli territory since the October 7 attack by Hamas.',
    type: 'FIGHT',
  },
  {
    // "… carried out strikes across Yemen. Explosions were reported in Sanaa": what was heard
    // of an attack already told is that attack, whose places the first telling gave.
    id: 'explosions heard after an attack already told',
    holds: (c) =>
      c.reported && /\bexplosions?\b/i.test(c.word) && /\b(?:heard|reported)\b/i.test(c.word),
    example:
      'date 2024-01-12\nThe United States carried out strikes on Houthi targets across Yemen early on Friday. Explosions were reported in Sanaa and Hodeidah, witnesses said.',
    type: 'FIGHT',
  },
  {
    // "In Russia's Kursk region, where Ukrainian forces have held ground since an incursion in
    // August, Moscow said …": a clause describing a place tells what is known of it.
    id: 'an event in a clause describing a place',
    holds: (c) => WHERE_CLAUSE.before.test(c.before) && WHERE_CLAUSE.after.test(c.after),
    example:
      "date 2024-12-28\nIn Russia's Kursk region, where Ukrainian forces have held ground since an incursion in August, residents said power had been restored.",
    type: 'FIGHT',
  },
  {
    // "Why did Iran attack?": an explainer's question heading asks, and reports nothing.
    id: 'a question',
    holds: (c) => /\?\s*$/.test(c.after),
    example:
      'date 2024-04-14\nIran launched drones at Israel on Saturday. Did Hezbollah fire rockets at Haifa on Sunday?',
    type: 'FIGHT',
  },
  {
    id: 'a condition',
    holds: (c) => CONDITION.test(c.clause),
    example:
      'date 2024-10-03\nStrikes hit Beirut. The foreign minister told AFP that the country was ready to send its army south of the Litani river if a ceasefire was agreed.',
    type: 'AGREE',
  },
  {
    // "Any deliberate attack on peacekeepers is a grave violation": a rule, no event.
    id: 'any such event, told of as a rule',
    holds: (c) => ANY_SUCH.test(c.clause) && RULE_OF.test(c.after),
    example:
      'date 2024-10-11\nAny deliberate attack on peacekeepers in southern Lebanon is a grave violation of international law, UNIFIL said.',
    type: 'FIGHT',
  },
  {
    id: 'a supposition',
    holds: (c) => SUPPOSED.before.test(c.clause) && SUPPOSED.after.test(c.after),
    example: 'date 2024-03-06\nAn assault on Rafah would be a disaster, the UN said.',
    type: 'FIGHT',
  },
  {
    id: 'an event taken up again as a subject',
    holds: (c) => retellsEvent(c),
    example:
      'date 2024-10-02\nIran fired missiles at Israel on Tuesday. Most of the missiles were intercepted over Jerusalem.',
    type: 'FIGHT',
  },
  {
    id: 'an event already told opening a sentence about what it did',
    holds: (c) => c.reported && OPENING_DEFINITE.test(c.before) && WHAT_IT_DID.test(c.after),
    example:
      'date 2024-01-10\nIraqi forces stormed Mosul on 16 October 2016. The battle displaced a million people to camps near Erbil.',
    type: 'FIGHT',
  },
  {
    // "The offensive came as army chief al-Burhan was in New York": when it happened, told by
    // another event, not a new one where that other is.
    id: 'an event already told, set beside another in time',
    holds: (c) => c.reported && OPENING_DEFINITE.test(c.before) && CAME_AS.test(c.after),
    example:
      "date 2024-09-27\nSudan's army launched an offensive on Khartoum on Thursday. The offensive came as army chief Abdel Fattah al-Burhan was in New York for the UN General Assembly.",
    type: 'FIGHT',
  },
  {
    id: 'an event already told opening a sentence that ranks it',
    holds: (c) => c.reported && OPENING_DEFINITE.test(c.before) && RANKED.test(c.after),
    example:
      'date 2024-06-14\nJihadists attacked an army base in Djibo on Tuesday. The attack in the Soum province, near the border with Mali, is among the deadliest since 2015.',
    type: 'FIGHT',
  },
  {
    id: 'an event already told, ranked among others',
    holds: (c) => c.reported && RANKED_BEFORE.test(c.before),
    example:
      'date 2023-10-06\nRussian missiles struck a cafe in Kharkiv on 5 October, killing 52 civilians. This is one of the deadliest attacks on civilians in Kharkiv since the invasion began.',
    type: 'FIGHT',
  },
  {
    // "It was the first major attack in the Malian capital since 2016": the year is the last
    // such attack's, and the attack the one told.
    id: 'an event already told, ranked as the first in a while',
    holds: (c) =>
      c.reported && FIRST_SINCE.before.test(c.before) && FIRST_SINCE.after.test(c.after),
    example:
      'date 2024-09-20\nOn 17 September, JNIM fighters attacked a gendarmerie school in Bamako, killing more than 70 people. It was the first major attack in the Malian capital since 2016.',
    type: 'FIGHT',
  },
  {
    id: 'responsibility claimed for an event already told',
    // Not "Wagner claimed the capture of Krasna Hora", a place named here first.
    holds: (c) => c.reported && CLAIMED.test(c.before) && !c.newPlace,
    example:
      'date 2024-06-14\nJihadists attacked an army base in Djibo on Tuesday. JNIM claimed responsibility for the attack in Djibo on Wednesday.',
    type: 'FIGHT',
  },
  {
    // "a resident of Lalibela told Reuters by phone": how a source spoke to the press is no
    // talks between parties.
    id: 'a source speaking to the press by phone',
    holds: (c) => PRESS_BY_PHONE.test(c.before) && /phone/i.test(c.word),
    example:
      'date 2023-08-09\n"The militia took control of the town this morning," a resident of Lalibela told Reuters by phone.',
    type: 'CONSULT',
  },
  {
    // "Talks on a ceasefire are expected to resume": what talks are about is not yet agreed.
    id: 'what talks are about',
    holds: (c) => TALKS_ON.test(c.before),
    example:
      'date 2024-05-27\nTalks on a ceasefire and the release of hostages are expected to resume in Cairo this week, an Egyptian official said.',
    type: 'AGREE',
  },
  {
    // "Saudi Arabia, which co-hosts the talks, did not comment": a party's part in an event
    // already told describes the party.
    id: "a party's part in an event",
    holds: (c) => PART_IN.test(c.before),
    example:
      'date 2024-05-15\nThe RSF shelled El Fasher on Monday. Saudi Arabia, which co-hosts the talks, did not comment.',
    type: 'CONSULT',
  },
  {
    // "Netanyahu said Israel would strike Hezbollah if the truce failed": in a statement
    // with no date of its own, "the truce" is the one already reported.
    id: 'an event already told, named in a statement without a date',
    holds: (c) =>
      c.reported &&
      DEFINITE.test(c.clause) &&
      c.spoken &&
      c.ownDates === 0 &&
      !/ed$/i.test(c.word) &&
      // "Wagner claimed the capture of Krasna Hora": a place named here first is a new event's.
      !c.newPlace,
    example:
      'date 2024-11-27\nA ceasefire between Israel and Hezbollah took effect in Lebanon on Wednesday. Netanyahu said the ceasefire left Israel free to act against Hezbollah in Lebanon.',
    type: 'AGREE',
  },
  {
    // "the junta ended a military cooperation agreement": an agreement undone is no agreement.
    id: 'an agreement ended',
    holds: (c) => ENDED.test(c.before.slice(-60)),
    example:
      'date 2024-03-22\nTroops left Niamey on Monday. On Tuesday, the junta in Niamey ended a military cooperation agreement with the United States.',
    type: 'AGREE',
  },
  {
    // "The kidnapping threatened peace talks": a danger to a process, no threat made to a party.
    id: 'a process endangered',
    holds: (c) => /^threat/i.test(c.word) && PROCESS_THREATENED.test(c.after),
    example:
      'date 2023-11-09\nThe ELN kidnapped Luis Manuel Diaz in Barrancas on Oct. 28. The kidnapping threatened peace talks between the group and the government.',
    type: 'THREATEN',
  },
  {
    // "Fighting … has killed more than 6,000 people since 2017": a toll over years is the
    // background of the story, no event at one place and day; so is "Wagner has been fighting
    // alongside Mali's army since 2021".
    id: 'a toll over years',
    holds: (c) =>
      TOLL_SINCE_YEAR.test(c.after) ||
      (/\b(?:has|have)\s+(?:now\s+)?(?:been\s+)?$/i.test(c.before) && SINCE_YEAR.test(c.after)),
    example:
      'date 2023-10-12\nTroops killed six rebels near Bamenda on Wednesday. Fighting between the army and separatists has killed more than 6,000 people since 2017.',
    type: 'FIGHT',
  },
  {
    // "said it had captured weapons and ammunition": things seized are the spoils of a fight
    // told, not a place taken.
    id: 'things captured, not ground',
    holds: (c) => /^(?:captur|seiz)/i.test(c.word) && SPOILS.test(c.after),
    example:
      'date 2024-06-10\nJihadi fighters attacked an army base in Djibo on Sunday. JNIM said it had captured weapons and ammunition.',
    type: 'FIGHT',
  },
  {
    id: 'an event judged',
    holds: (c) => JUDGED.before.test(c.before) && JUDGED.after.test(c.after),
    example:
      'date 2024-03-05\nIn Nairobi, a Kenyan court ruled in January that the deployment was unconstitutional.',
    type: 'MOBILIZE',
  },
  {
    // "after a year-long ceasefire between the AA and the army broke down": an agreement that
    // ends in its own clause is one made before, not one made now.
    id: 'an agreement breaking down',
    holds: (c) => AGREEMENT_WORD.test(c.word) && BROKE_DOWN.test(c.after),
    example:
      'date 2023-11-20\nOn 13 November, fighting resumed in Rakhine State after a year-long informal ceasefire between the Arakan Army and the military broke down.',
    type: 'AGREE',
  },
  {
    // "must uphold the agreement", "in violation of the truce": an agreement kept or broken is
    // one made before, not one made now (one the sentence dates, "the memorandum dated May 4,
    // 2017", is the one made then).
    id: 'an agreement kept or broken',
    holds: (c) =>
      KEPT_OR_BROKEN.test(c.before.slice(-60)) && !/ed$/i.test(c.word) && c.ownDates === 0,
    example:
      'date 2024-12-10\nIsraeli troops entered the buffer zone in Syria on Monday. The UN said Israel and Syria must uphold the disengagement agreement.',
    type: 'AGREE',
  },
  {
    // "wrecking ceasefire efforts", "a truce proposal": an agreement named as what is sought.
    id: 'an agreement sought',
    holds: (c) => /^(?:ceasefire|truce|deal)$/i.test(c.word) && SOUGHT_AFTER.test(c.after),
    example:
      'date 2024-05-07\nIsraeli tanks seized the crossing on Tuesday after an overnight push into eastern Rafah that Hamas said was aimed at wrecking ceasefire efforts.',
    type: 'AGREE',
  },
];

/**
 * After an agreement's word, a noun that makes it one sought: "ceasefire efforts", "truce
 * talks" (a proposal can be accepted: "accepted a ceasefire proposal" is agreed).
 */
const SOUGHT_AFTER =
  /^[-\s]+(?:efforts?|bids?|push|hopes?|prospects?|mediation|drafts?|negotiations?|talks)\b/i;

/** "The attacks took place on Monday": an event already told, taken up again as a subject. */
export function retellsEvent(c: TriggerContext): boolean {
  return (
    c.reported &&
    ((DEFINITE.test(c.clause) && TAKEN_UP.test(c.after)) ||
      (OPENING_DEFINITE.test(c.before) && TAKEN_UP_AFTER_PHRASE.test(c.after)) ||
      retellsStruck(c))
  );
}

/**
 * An event already told opening its sentence on what it struck: "A drone strike … killed 26
 * people. The strike hit a main square in Finote Selam" tells it again, with its place.
 */
export function retellsStruck(c: TriggerContext): boolean {
  return (
    c.reported &&
    ((OPENING_DEFINITE.test(c.before) && STRUCK_AFTER.test(c.after)) ||
      // … and its verb: "The strike hit", "The attacks on Saturday targeted".
      (STRUCK_VERB.test(c.word) && TOLD_OPENING_BEFORE.test(c.before)))
  );
}

/** Whether a trigger reports an event; `disabled`: rows left out. */
export function reportsEvent(c: TriggerContext, disabled?: ReadonlySet<string>): boolean {
  return !UNREPORTED_TRIGGERS.some((r) => !disabled?.has(r.id) && r.holds(c));
}
