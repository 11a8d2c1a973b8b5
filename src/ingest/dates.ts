import * as chrono from 'chrono-node';
import type { DateBasis, DatePrecision, Span } from '../model/situation';
import { HOLIDAY_PATTERN, HOLIDAYS } from './rules/holidays';
import { NUMBER_WORDS } from '../model/number-words';
import {
  ANCHOR_VERB_CUE,
  ANCHOR_VERBS,
  eventNamedAgain,
  eventNamedIn,
} from './rules/event-anchors';
import { AHEAD_OF_WORDS, FUTURE_CUES } from './rules/future-cues';

export interface DateMention extends Span {
  text: string;
  /** YYYY-MM-DD: the day, or the first day of the month or year for coarser precision. */
  date: string;
  precision: DatePrecision;
  basis: DateBasis;
}

export const DAY_MS = 86_400_000;
const iso = (d: Date) => d.toISOString().slice(0, 10);
const WEEKDAY_ONLY =
  /^(?:on\s+)?(?:(?:this|last|past|next)\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\s+(?:night|morning|evening|afternoon))?[,.]?$/i;
const YEAR_ONLY =
  /\b(?:in|since|during|of|by|fiscal|early|late|mid|mid-|until|from)\s*((?:19|20)\d{2})\b(?![,.]?\d)/g;
/**
 * The later year of a span ("from 1991 to 1997", "between 2010 and 2015"), and a year closing a
 * phrase after "for" ("expectations for 1989.", not "for 2000 soldiers").
 */
const YEAR_CLOSING =
  /(?:\b(?:from|between)\s+(?:19|20)\d{2}\s+(?:to|and|until|through)\s+|\bfor\s+)((?:19|20)\d{2})\b(?=\s*(?:[.,;:"”')]|$))/g;
/** A year labelling a line of a timeline: "1988 – Karabakh's legislature votes …", "2016: …". */
const YEAR_LABEL = /^\s*((?:19|20)\d{2})(?=\s*[–—:]\s|\s+-\s)/g;
/**
 * A year before what happened in it: "the 2016 peace deal", "the 2015 Minsk agreement", "its
 * 2019 election" (not a count: "the 2000 soldiers").
 */
const YEAR_OF_EVENT =
  /\b(?:the|its|their|his|her|a|an)\s+(?:\p{Ll}+\s+)?((?:19|20)\d{2})\s+(?=(?:[\p{L}-]+\s+){0,2}?(?:deal|agreement|accord|ceasefire|truce|treaty|peace|elections?|vote|referendum|war|invasion|coup|offensive|attacks?|bombings?|massacre|uprising|revolution|protests|crisis|crash|earthquake|floods?|summit|talks|constitution|law|resolution|census|operation|campaign|[Oo]lympics|[Gg]ames|season|budget)\b)/gu;
/** Tens and units as words, for years said aloud. */
const SAID_TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const SAID_UNITS = 'one|two|three|four|five|six|seven|eight|nine';
const SAID_TEENS =
  'ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
/**
 * A year said aloud, as broadcast transcripts write it: "nineteen ninety-six", "twenty
 * twenty-two", "nineteen oh five", "the year two thousand" (after "the year" or a preposition
 * only: "two thousand troops" is a count).
 */
const SAID_YEAR = new RegExp(
  `\\b(?:(nineteen|twenty)[\\s-](?:(${Object.keys(SAID_TENS).join('|')})(?:[\\s-](${SAID_UNITS}))?|(${SAID_TEENS})|oh[\\s-](${SAID_UNITS}))|(?<=\\b(?:year|in|since|by|until|of|from|before|after)\\s+)two thousand(?:[\\s-](?:and[\\s-])?(?:(${SAID_TEENS})|(${SAID_UNITS})))?)\\b(?!-|[\\s-]+(?:(?:${SAID_UNITS})[\\s-]+)?(?:people|percent|per cent|dollars|men|women|soldiers|troops|hundred|thousand)\\b)`,
  'gi',
);

const SAID_YEAR_CUE = /nineteen|twenty|thousand/i;
/** A mention of a whole year. */
function yearMention(
  start: number,
  end: number,
  text: string,
  year: number,
  basis: DateBasis,
): DateMention {
  return { start, end, text, date: `${year}-01-01`, precision: 'year', basis };
}

/** The year a {@link SAID_YEAR} match says. */
function saidYear(m: RegExpMatchArray): number {
  const n = (w: string | undefined) => (w ? NUMBER_WORDS[w.toLowerCase()] : 0);
  if (!m[1]) return 2000 + n(m[6]) + n(m[7]);
  const century = m[1].toLowerCase() === 'nineteen' ? 1900 : 2000;
  return century + (m[2] ? SAID_TENS[m[2].toLowerCase()] + n(m[3]) : n(m[4]) + n(m[5]));
}

/**
 * Years said aloud: a month or day-month right before one takes its year ("January nineteen
 * ninety-seven", "March fifth, nineteen ninety-eight"); alone it is a year.
 */
function saidYears(out: DateMention[], text: string, span: Span): void {
  const slice = text.slice(span.start, span.end);
  // Most sentences say no year aloud: one cheap test first.
  if (!SAID_YEAR_CUE.test(slice)) return;
  for (const m of slice.matchAll(SAID_YEAR)) {
    const start = span.start + (m.index ?? 0);
    const end = start + m[0].length;
    if (out.some((o) => o.start < end && start < o.end)) continue;
    const year = saidYear(m);
    const i = out.findIndex(
      (o) =>
        (o.precision === 'month' || o.precision === 'day') &&
        !/\d{4}/.test(o.text) &&
        /^,?\s+(?:of\s+)?$/.test(text.slice(o.end, start)),
    );
    if (i >= 0) {
      const o = out[i];
      out[i] = {
        ...o,
        end,
        text: text.slice(o.start, end),
        date: `${year}${o.date.slice(4)}`,
        basis: 'explicit',
      };
      continue;
    }
    out.push(yearMention(start, end, m[0], year, 'explicit'));
  }
}

/** A year named from the report's: "last year", "earlier this year", "next year". */
const RELATIVE_YEAR =
  /\b(?:(?:earlier|later)\s+)?(last|this|next|past|previous|coming|current)\s+(?:fiscal\s+|calendar\s+)?year\b(?!['’]s?\s+(?:\w+\s+)?(?:quarter|month|week))|\b(year)-(?:earlier|ago)\b/gi;
/** A year named as the one the story is in: "that year", "the same year". */
const THAT_YEAR = /\b(?:that|the same)\s+year\b(?![-'’])/gi;
/** Periods from the report's, by the word before them: "last year", "next week". */
const PERIOD_SHIFT: Record<string, number> = {
  last: -1,
  past: -1,
  previous: -1,
  this: 0,
  current: 0,
  next: 1,
  coming: 1,
};
/**
 * Words or figures without which a sentence names no date: most sentences name none, and the
 * date parser is only asked about those that might (a count, "may" or "market" alone is not
 * enough).
 */
const MAYBE_DATE =
  /\b(?:(?:1[89]|20)\d{2}s?|(?:nineteen|twenty)[\s-](?:oh|[a-z]+teen|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b|two thousand|\d{1,2}\s*[:/.]\s*\d{1,2}|\d{1,2}(?:st|nd|rd|th)|\d+\s*(?:a\.?m|p\.?m|gmt|utc|hrs|hours?|h)|overnight|christmas|halloween|easter|thanksgiving|eid|bastille|armistice|veterans|remembrance|boxing day|good friday|memorial day|women.s day|labor day|columbus day|presidents.? day|king.{0,6} day|valentine.s day|patrick.s day|(?:mon|tues?|wed|wednes|thu|thur|thurs|fri|sat|satur|sun)(?:day)?|weekends?|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|today|tonight|yesterday|tomorrow|days?|weeks?|months?|years?|ago|earlier|later|noon|midnight|midday|morning|mornings|afternoon|evening|night)\b/i;
/** A span counted back from the report date: "a year ago", "three days earlier". */
const AGO =
  /^(?:(?:almost|nearly|about|some|more than)\s+)?(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(years?|months?|weeks?|days?)\s+(?:ago|earlier|before)$/i;

/** "in the week", "in the month": a stretch of the story ("in the week ended Friday"), no date. */
const IN_THE_PERIOD = /^(?:in|within|during)\s+the\s+(?:day|week|month|year)$/i;

/** A count: a number in words or figures ("a" and "an" are one). */
const COUNT_WORD = `(?:an?|${Object.keys(NUMBER_WORDS).join('|')}|\\d{1,3})`;
/**
 * "five months after", "a year before": a span from something the clause goes on to name (days
 * and weeks after something hang on a day the sentence names: see `hangingOffsets`).
 */
const ANCHORED_SPAN = new RegExp(`^${COUNT_WORD}\\s+(?:months?|years?)\\s+(?:after|before)$`, 'i');
/** "two days after", "the day before": a day counted from another (see `findDates`). */
const DAYS_OFFSET = new RegExp(
  `^(?:the\\s+day|${COUNT_WORD}\\s+(?:days?|weeks?))\\s+(after|before)$`,
  'i',
);
/** "the days before", "the weeks after": a stretch of time next to an event, no day. */
const PERIOD_BEFORE = /^the\s+(?:days|weeks|months)\s+(?:after|before|following|leading up to)$/i;

/**
 * The tense of the clause a date closes: `future` when a modal or a plan stands before it in
 * its clause with no past-tense verb after it ("will begin withdrawing on Friday", "set to
 * resume Monday"; not "will appeal … the decision was announced Wednesday"), `past` when a
 * past-tense verb does ("the year ended March 31", "Adams said Sunday"), else `unknown`.
 */
export function tenseBefore(before: string, after = ''): 'future' | 'past' | 'unknown' {
  const clause = CLAUSE_TAIL.exec(before)?.[1] ?? before;
  const future = [...clause.matchAll(FUTURE_CUE)].at(-1);
  // "will be held": a participle after a modal is no past tense.
  const rest = (future ? clause.slice((future.index ?? 0) + future[0].length) : clause).replace(
    PARTICIPLE,
    ' ',
  );
  if (PAST_VERB.test(rest)) return 'past';
  // "fighting continued until Sunday": "until" goes on in the tense of the verb before it.
  if (
    future &&
    KEEPS_TENSE.test(clause.slice(future.index)) &&
    PAST_VERB.test(clause.slice(0, future.index))
  )
    return 'past';
  if (future) return 'future';
  // "In January, the company hired …": the clause the date opens.
  const next = CLAUSE_HEAD.exec(after)?.[0] ?? '';
  const f = next.search(FUTURE_CUE);
  const p = next.replace(PARTICIPLE, ' ').search(PAST_VERB);
  if (f >= 0 && (p < 0 || f < p)) return 'future';
  if (p >= 0) return 'past';
  // "is scheduled to land in Dar es Salaam, her first stop Tuesday morning": a clause with no
  // verb of its own, cut off by a comma, is in the tense of the clause before it.
  const cut = before.length - clause.length;
  // Not a phrase that opens the sentence ("Just ahead of the trip, the ministry on Sunday …").
  const earlier = before.slice(0, cut).replace(/,\s*$/, '');
  if (cut > 0 && earlier.length < cut && !SOME_VERB.test(clause) && !OPENING_PHRASE.test(earlier))
    return tenseBefore(earlier);
  return 'unknown';
}
/** A word that is surely a verb: a clause with none is a fragment ("her first stop Tuesday"). */
const SOME_VERB =
  /\b(?:[a-z]{2,}ed|is|are|was|were|be|has|have|had|do|does|did|to|met|held|began|took|made|went|came|saw|spoke|fought|struck|won|fell|rose|sold|bought|paid|said|told|gave|sent|kept|brought|fled|ran|(?:and|then) (?:set|put|cut|hit|let|shut))\b/i;
const OPENING_PHRASE =
  /^\W*(?:(?:just|shortly|even|well|long)\s+)?(?:ahead|after|before|in|on|at|during|following|despite|amid|with|without|as|since|by|for|from|under|over|to)\b[^,;:]*$/i;
const PARTICIPLE = /\b(?:be|been|being|have|has)\s+\w+/g;
/** The start of the clause after a date, up to the next one. */
const CLAUSE_HEAD = /^[,\s]*[^;:.]*/;
/**
 * The end of a clause: after the last comma, semicolon, colon, "that" or reporting verb (the
 * tense of "said" is not that of what was said: "the company said the offer expires Dec. 15").
 */
const CLAUSE_TAIL =
  /(?:^|[,;:]\s*|\b(?:that|said|says|told|tells|announced|reported|added|stated)\s+)((?:(?!\b(?:that|said|says|told|tells|announced|reported|added|stated)\b)[^,;:])*)$/;
/** The words of a plan or a coming event, one row each in rules/future-cues.ts. */
const FUTURE_CUE = new RegExp(`\\b(?:${FUTURE_CUES.map((c) => c.words).join('|')})\\b`, 'gi');
/** A cue of `keepsTense` rows opening the rest of the clause (its words may look ahead). */
const KEEPS_TENSE = new RegExp(
  `^(?:${FUTURE_CUES.filter((c) => c.keepsTense)
    .map((c) => c.words)
    .join('|')})`,
  'i',
);
const PAST_VERB =
  /\b(?:was|were|had|did|met|held|began|took|made|went|came|saw|left|spoke|fought|struck|won|lost|fell|rose|sold|bought|paid|since|ago|earlier|last|[a-z]{2,}ed)\b(?!\s+(?:to|by)\b)/;

/** A past-tense verb or "since" right before a date: "the year ended March 31", "since the Oct. 23 slaying". */
function justAfterPast(before: string): boolean {
  return JUST_AFTER_PAST.test(before);
}
const JUST_AFTER_PAST =
  /\b(?:ended|since|began|started|was|were)\s+(?:(?:on|in|the|shortly|after)\s+){0,3}$/;

/** The date with `monthDay`'s month and day (any year) that a clause of `tense` means. */
function inYearOf(
  monthDay: number,
  ref: Date,
  tense: 'future' | 'past' | 'unknown',
  nearWins?: number,
): Date {
  const md = new Date(monthDay);
  const y = ref.getUTCFullYear();
  const at = (year: number) => new Date(Date.UTC(year, md.getUTCMonth(), md.getUTCDate()));
  return pickDay([at(y - 1), at(y), at(y + 1)], ref, tense, nearWins);
}

/**
 * A day-month without a year in a story told of a time far from the report's: the one nearest
 * the story's last day, when that is within half a year of it and no such day-month lies within
 * NEAR_DAYS of the report ("On the evening of 23 May" after "on 23 May 2017", in a text of
 * 2023-11-20). A day-month near the report's day is the report's, whatever the story told;
 * in a past clause only one before it is ("encircled the city by 1 March", in a text of
 * 15 January).
 */
function inStoryYear(
  monthDay: number,
  story: Date,
  ref: Date,
  tense: 'future' | 'past' | 'unknown',
): Date | null {
  // A story of the past goes on in the past where its clause names no future.
  const nearReport = inYearOf(
    monthDay,
    ref,
    tense === 'unknown' && story.getTime() < ref.getTime() ? 'past' : tense,
  );
  if (Math.abs(nearReport.getTime() - ref.getTime()) <= NEAR_DAYS * DAY_MS) return null;
  const nearStory = inYearOf(monthDay, story, 'unknown');
  return Math.abs(nearStory.getTime() - story.getTime()) <= STORY_FAR_DAYS * DAY_MS
    ? nearStory
    : null;
}

/**
 * Of the days a name can mean (the same day-month or feast in several years), the one a clause
 * of `tense` means: the next in the future, the last in the past, else the nearest. A day
 * within `nearWins` days of the report is the nearest whatever the tense says.
 */
function pickDay(
  candidates: Date[],
  ref: Date,
  tense: 'future' | 'past' | 'unknown',
  nearWins?: number,
): Date {
  const day = (d: Date) => Math.floor(d.getTime() / DAY_MS);
  const today = day(ref);
  const sorted = [...candidates].sort((a, b) => a.getTime() - b.getTime());
  const nearest = sorted.reduce((best, c) =>
    Math.abs(day(c) - today) < Math.abs(day(best) - today) ? c : best,
  );
  if (nearWins !== undefined && Math.abs(day(nearest) - today) <= nearWins) return nearest;
  if (tense === 'future') return sorted.find((c) => day(c) >= today) ?? nearest;
  if (tense === 'past') return sorted.filter((c) => day(c) <= today).at(-1) ?? nearest;
  return nearest;
}

/** Before a date, the start of its line: nothing but spaces since the last line break. */
const LINE_START = /(?:^|\n)[ \t]*$/;
/** After a date opening its line, a label's colon or dash: "July 27: …", "Oct. 1 – …". */
const LABEL_AFTER_DATE = /^\s*(?::|[–—]|-\s)/;
/** Right after a month or a day-month, its year named from the report's: " last year", " of this year". */
const YEAR_NAMED_AFTER = /^\s*(?:of\s+)?(last|this|next|previous|coming)\s+year\b/i;

/** The year `YEAR_NAMED_AFTER` names at the start of `after`, and how many characters name it. */
function yearNamedAfter(after: string, ref: Date): { year: number; length: number } | null {
  const m = YEAR_NAMED_AFTER.exec(after);
  if (!m) return null;
  return { year: ref.getUTCFullYear() + PERIOD_SHIFT[m[1].toLowerCase()], length: m[0].length };
}

/** After a fraction, what it is a fraction of: "1/2 hours", "3/4 of the town". */
const FRACTION_OF =
  /^\s*(?:of\b|percent|per cent|%|(?:hours?|minutes?|days?|weeks?|months?|years?|miles?|kilomet(?:er|re)s?|km|meters?|metres?|feet|foot|inch(?:es)?|pounds?|tons?|tonnes?|times|cups?|points?|liters?|litres?|gallons?|acres?|hectares?)\b)/i;

/**
 * In a future clause, right before a day's possessive, what makes the day still to come:
 * "ahead of Sunday's vote", "hope to reach a deal before Sunday's deadline".
 */
const POSSESSIVE_AHEAD = new RegExp(`\\b(?:${AHEAD_OF_WORDS}|before|by|until)\\s+$`, 'i');

/** Before a weekday, words that count it from the story's day: "the following Monday". */
const STORY_WEEKDAY = /\bthe\s+(following|next|previous|preceding)\s+$/i;

/** Weeks counted before a day: "a week ago Friday", "two weeks from today". */
const WEEKS_BEFORE_DAY = new RegExp(
  `\\b(${COUNT_WORD})\\s+weeks?\\s+(ago|from)(?:\\s+on)?\\s+$`,
  'i',
);
/** The days such a count may stand before. */
const DAY_AFTER_WEEKS =
  /^(?:on\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|tomorrow|yesterday)$/i;

/**
 * "a week ago Friday" is the Friday a week before the last one, "a week from today" the day a
 * week after the report's: the day read, moved by the weeks before it. chrono reads "a week
 * ago" as a date of its own and "a week from" not at all; both become part of the day's date.
 */
function weeksFromADay(out: DateMention[], text: string, ref: Date): void {
  for (let i = 0; i < out.length; i++) {
    const day = out[i];
    if (day.precision !== 'day' || !DAY_AFTER_WEEKS.test(day.text)) continue;
    const counted = WEEKS_BEFORE_DAY.exec(text.slice(Math.max(0, day.start - 40), day.start));
    if (!counted) continue;
    const [count, way] = [counted[1].toLowerCase(), counted[2].toLowerCase()];
    const weeks = /^an?$/.test(count) ? 1 : (NUMBER_WORDS[count] ?? Number(count));
    const start = day.start - counted[0].length;
    // "from Friday": the weekday still to come (or today), whatever the clause's tense.
    let at = new Date(`${day.date}T12:00:00Z`).getTime();
    if (way === 'from' && at < ref.getTime() - DAY_MS / 2) at += 7 * DAY_MS;
    const date = iso(new Date(at + (way === 'ago' ? -7 : 7) * weeks * DAY_MS));
    out[i] = { ...day, start, text: text.slice(start, day.end), date };
    // chrono's own reading of "a week ago" is now part of the day's.
    const j = out.findIndex((o) => o !== out[i] && o.start >= start && o.end <= day.start);
    if (j >= 0) {
      out.splice(j, 1);
      if (j < i) i--;
    }
  }
}

/** A day of the month before "of": "the 15th of", "the fifteenth of". */
const DAY_OF =
  /\b(?:the\s+)?((?:\d{1,2}(?:st|nd|rd|th))|(?:(?:twenty|thirty)-)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth))\s+of\s+$/i;
const MONTH_NAMES =
  'January February March April May June July August September October November December'.split(
    ' ',
  );

/**
 * "the 15th of this month", "the first of next month": chrono reads the month only; the day
 * before "of" makes it a day. chrono reads the day of the month, given the month's name.
 */
function dayOfNamedMonth(
  out: DateMention[],
  text: string,
  parse: (t: string) => chrono.ParsedResult[],
): void {
  for (let i = 0; i < out.length; i++) {
    const month = out[i];
    if (month.precision !== 'month' || !/^(?:this|next|last|the)\s+month$/i.test(month.text))
      continue;
    const day = DAY_OF.exec(text.slice(Math.max(0, month.start - 30), month.start));
    if (!day) continue;
    const [year, m] = month.date.split('-').map(Number);
    const read = parse(`${day[1]} of ${MONTH_NAMES[m - 1]} ${year}`)[0];
    if (!read?.start.isCertain('day')) continue;
    const start = month.start - day[0].length;
    const date = iso(read.start.date());
    if (date.slice(0, 7) !== month.date.slice(0, 7)) continue;
    out[i] = { ...month, start, text: text.slice(start, month.end), date, precision: 'day' };
  }
}

/** "last" before a count: a verb of duration ("to last a week"), not "last week". */
const LAST_AS_VERB = new RegExp(`^last\\s+(?:${COUNT_WORD}|several|few)\\s`, 'i');

/** A span counted back to now: "the past 48 hours", "the last three weeks": no day of its own. */
const SPAN_TO_NOW = new RegExp(
  `^(?:the\\s+)?(?:past|last|previous)\\s+(?:(?:few|several)|${COUNT_WORD})\\s+(?:hours?|days?|weeks?|months?)$`,
  'i',
);
/** Before a count of time, what makes it a duration: "occupying the town for two days". */
const FOR_DURATION = /\bfor\s+(?:(?:about|some|nearly|almost|more than|over|at least)\s+)?$/i;
/** A duration chrono reads with its "for": "for several weeks", "for a few days". */
const DURATION = new RegExp(
  `^for\\s+(?:(?:about|some|nearly|almost|more than|over|at least)\\s+)?(?:several|a few|few|many|${COUNT_WORD})\\s+(?:hours?|days?|weeks?|months?|years?)$`,
  'i',
);

/** A span of time from now: "after a week", "within 48 hours", "in two months". */
const SPAN_FROM_NOW = new RegExp(
  `^(?:after|within|in)\\s+(?:(?:about|some|nearly|almost|more than|less than|just)\\s+)?${COUNT_WORD}\\s+(?:hours?|days?|weeks?|months?|years?)$`,
  'i',
);

/** Days from the report within which a day-month is the nearest such day whatever the tense. */
const NEAR_DAYS = 120;
/** Days from the report beyond which the story's last day, not the report's, gives a year. */
const STORY_FAR_DAYS = 183;

/** A date right after "the day before": counted from that date ("the day before last Tuesday"). */
const DATE_AFTER =
  '\\s+(?:yesterday|tomorrow|today|last|next|this|the|\\d|(?:mon|tues|wednes|thurs|fri|satur|sun)day|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)';

/**
 * Days named from the day the story was at ("On Monday, talks opened. The next day, ..."):
 * each row its words, the days it counts from that day, and the sentences it exists for (the
 * first gives the day it counts from); dates.test.ts runs every example.
 */
export const DAYS_FROM_CONTEXT: {
  words: string;
  /** Days from the story's day, or `counted`: as many as the words count ("three days later"). */
  shift: number | 'counted';
  example: [string, string];
}[] = [
  {
    words: `the (?:next|following) (?:day|morning|afternoon|evening|night)|the day after(?!${DATE_AFTER})`,
    shift: 1,
    example: ['Talks opened in Ankara on Monday.', 'The next day, the delegations met again.'],
  },
  {
    words: `the (?:previous|preceding) (?:day|morning|afternoon|evening|night)|(?:the day|the night) before(?!${DATE_AFTER})`,
    shift: -1,
    example: ['The ceasefire took effect on Friday.', 'The previous day, shelling hit Idlib.'],
  },
  {
    words: '(?:that|the same) (?:day|morning|afternoon|evening|night)',
    shift: 0,
    example: ['Drones struck Kharkiv on Sunday.', 'Later that day, the mayor spoke.'],
  },
  {
    // A roundup's telegraphic style, with no article.
    words: '(?<!\\bthe )same day',
    shift: 0,
    example: [
      'ECOWAS 30 July gave the junta one week to reinstate Bazoum.',
      'Thousands of junta supporters same day rallied in Niamey.',
    ],
  },
  {
    // chrono read "in the day" as the day after the report's.
    words: '(?:earlier|later) in the day',
    shift: 0,
    example: ['Drones struck Kharkiv on Sunday.', 'Earlier in the day, shelling hit Izium.'],
  },
  {
    // chrono counted "a week later" from the report's date, and "two days earlier" too.
    words: `${COUNT_WORD} (?:days?|weeks?) (?:later|earlier)`,
    shift: 'counted',
    example: ['Talks opened in Ankara on Monday.', 'Three days later, the delegations met again.'],
  },
];

/** The days a row of DAYS_FROM_CONTEXT counts for `words`: "two weeks earlier" is -14. */
export function daysCounted(shift: number | 'counted', words: string): number {
  if (shift !== 'counted') return shift;
  const [count, unit, way] = words.toLowerCase().split(/\s+/);
  const n = /^an?$/.test(count) ? 1 : (NUMBER_WORDS[count] ?? Number(count));
  return n * (unit.startsWith('week') ? 7 : 1) * (way === 'earlier' ? -1 : 1);
}
const FROM_CONTEXT = new RegExp(
  `\\b(?:${DAYS_FROM_CONTEXT.map((r) => `(${r.words})`).join('|')})\\b`,
  'gi',
);

/** Days named from the story's day (DAYS_FROM_CONTEXT): their spans and shifts, unresolved. */
function daysFromContext(slice: string, offset: number): (DateMention & { shift: number })[] {
  const out: (DateMention & { shift: number })[] = [];
  FROM_CONTEXT.lastIndex = 0;
  for (let m = FROM_CONTEXT.exec(slice); m; m = FROM_CONTEXT.exec(slice)) {
    const row = DAYS_FROM_CONTEXT[m.slice(1).findIndex((g) => g !== undefined)];
    const start = offset + m.index;
    const end = start + m[0].length;
    out.push({
      start,
      end,
      text: m[0],
      date: '',
      precision: 'day',
      basis: 'context',
      shift: daysCounted(row.shift, m[0]),
    });
  }
  return out;
}

/**
 * The dates found, with the days named from the story's day added: "Talks opened on Monday and
 * the next day …" counts from a day named earlier in the sentence; none, and from the last day
 * the text named before; none, and "the next day" is left unread rather than counted from the
 * report's date. In text order.
 */
function countFromContext(
  found: DateMention[],
  fromContext: (DateMention & { shift: number })[],
  contextDay: string | null,
): DateMention[] {
  const out = [...found].sort((a, b) => a.start - b.start);
  for (const m of fromContext) {
    let from = contextDay;
    for (const o of out) if (o.end <= m.start && o.precision === 'day') from = o.date;
    if (!from) continue;
    const { shift, ...mention } = m;
    const day = new Date(`${from}T12:00:00Z`).getTime() + shift * DAY_MS;
    out.push({ ...mention, date: iso(new Date(day)) });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** A number of two digits closing what chrono read, after a comma or a day and month: "19 June, 62", "19 June 62" (people). */
const COUNT_AFTER_COMMA = /(?:,\s*|(?<=\b\d{1,2}\s+\p{L}+\.?)\s+)\d{1,2}$/u;
/**
 * "on the 12th" with no month: a day, unless a noun follows ("the 12th century", "the 5th
 * Brigade", "the 3rd time").
 */
const ORDINAL_DAY =
  /\b[Oo]n\s+the\s+(\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?:of\b|century|anniversary|floor|round|time|minute|hour|day|week|month|year|birthday|consecutive|straight|place|edition|session|amendment|term|grade|largest|biggest|most|[A-Z]))/g;
/** A date written with dots, day first: "10.06.2024". */
const DOTTED_DATE = /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/g;
/**
 * "29 February", "Feb. 29th" without a year: chrono gives it the year nearest the report and
 * drops it when that year has none ("on 29 February", in a report of 2025-03-10).
 */
const LEAP_DAY =
  /\b(?:29(?:th)?\s+(?:of\s+)?Feb(?:ruary\b|\.|\b)|Feb(?:ruary\b|\.|\b)\s*29(?:th)?\b)(?!,?\s*\d)/g;
/**
 * A month named from the report's: "last May" is the last May before the report's month,
 * "next May" the first after it, "this May" the one of its year. Read here: chrono reads
 * "last March" as the coming March and "last May" not at all.
 */
const MONTH_FROM_REPORT =
  /\b(last|past|next|this|coming)\s+(January|February|March|April|May|June|July|August|September|October|November|December)\b(?!\s+\d)/gi;
/**
 * A month's name in lower case is a word of its own ("urged his followers to march", "an
 * august body"): English writes months with a capital. chrono reads them in any case.
 */
const LOWER_CASE_MONTH =
  /\b(?:january|february|march|april|may|june|july|august|september|october|november|december)\b/g;
/** A part of a month before its name: "early May", "mid-April". */
const PART_OF_MONTH =
  /\b(?:early|mid|late)(?:-|\s+)(?=(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)/g;
/** A range of dates in words: "Sept. 14 to Thursday", "today through Nov. 17". */
const RANGE = /^(.+?)\s+(?:to|through|until|till)\s+(.+)$/i;
/** A day's number alone, maybe after a part of the day: "12", "night of 12", "the 12th". */
const DAY_NUMBER =
  /^(?:from\s+|(?:night|morning|evening|afternoon|dawn|early hours)\s+of\s+)?(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?$/i;
/** Days written as a span in one month: "12 to 14 May", "from 12-14 May". */
const SPAN_OF_DAYS =
  /^(?:from\s+)?(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s*(?:to|through|until|till|-|–)\s*(?:the\s+)?\d{1,2}\b/i;
/** Before a span of days, a night: "the night of 12 to 13 May" is the night that opens the 12th. */
const NIGHT_OF = /\bnight\s+of\s+(?:the\s+)?$/i;
/** A part of a day opening a date: "night of 14 March", "morning of March 3"; or "from" opening a span of days. */
const PART_OF_DAY =
  /^(?:(?:night|morning|evening|afternoon|dawn|early hours)\s+of\s+(?:the\s+)?|from\s+(?=\d{1,2}(?:st|nd|rd|th)?\s*(?:to|through|until|till|-|–)\s*\d))/i;
/** Nothing but a preposition before a date in its sentence. */
const OPENS_SENTENCE = /^\W*(?:(?:by|on|until|till|from|starting|as of)\s+)?$/i;
/** A reporting verb and what follows it: what was said has a tense of its own. */
const REPORTED_REST = /\b(?:said|says|told|tells|announced|reported|added|stated)\b[\s\S]*$/i;
const WEEKDAY_NAME = /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i;
/** A week named from the report's, beside a weekday: "Tuesday last week". */
const WEEK_NAMED = /\b(this|last|past|previous|next)\s+week\b/i;
/** Night words chrono does not read: "drones struck overnight" is on the report's day. */
const OVERNIGHT =
  /\b(?:overnight|late last night|(?:early |earlier |later )?this (?:morning|afternoon|evening)|earlier today|later today)\b/gi;
/** "over the weekend", "last weekend", "next weekend": from the weekend's Saturday. */
const WEEKEND = /\b(?:(the|this|last|past|next|coming)\s+)weekend\b/gi;
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
/** The day of the month after a weekday: "Friday the 13th". */
const WEEKDAY_ORDINAL =
  /^\s+the\s+(\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?:century|anniversary))(\s+of\b)?/i;

/**
 * The `date`th of a month that falls on `weekday` (0 is Sunday): the last one up to `ref`, or
 * the first from it when `ahead`; null when none does within a year (no weekday fits a 31st
 * that month after month).
 */
function weekdayOnDay(ref: Date, weekday: number, date: number, ahead: boolean): Date | null {
  for (let k = 0; k <= 12; k++) {
    const month = ref.getUTCMonth() + (ahead ? k : -k);
    const d = new Date(Date.UTC(ref.getUTCFullYear(), month, date, 12));
    if (d.getUTCDate() !== date || d.getUTCDay() !== weekday) continue;
    if (
      ahead ? d.getTime() >= ref.getTime() - DAY_MS / 2 : d.getTime() <= ref.getTime() + DAY_MS / 2
    )
      return d;
  }
  return null;
}

/**
 * Finds dates in a stretch of text and resolves them against the report date.
 * News usage: a bare weekday ("on Thursday") is the most recent such day on or before the
 * report date; a day and month without a year is the most recent one not after it.
 *
 * @param text the whole report text (offsets are into it)
 * @param span where to look
 * @param reportDate the dateline date, YYYY-MM-DD, or null: relative dates then stay unresolved
 */
export function findDates(
  text: string,
  span: Span,
  reportDate: string | null,
  /** The last day the text named before this span, for "the next day" (see DAYS_FROM_CONTEXT). */
  contextDay: string | null = null,
  /**
   * The day the story gave each kind of event so far (rules/event-anchors.ts), for "10 days
   * before the murder": read here, and this sentence's events are added to it.
   */
  eventDays?: Map<string, string>,
): DateMention[] {
  const found = readDates(text, span, reportDate, contextDay, eventDays);
  if (eventDays) noteEventDays(text, span, found, eventDays);
  return found;
}

/**
 * Records the day of each event kind a sentence reports with a past verb ("was shot on Oct.
 * 23"): the day-precision date nearest the verb, counted ones ("two days after") left aside.
 */
function noteEventDays(
  text: string,
  span: Span,
  dates: DateMention[],
  eventDays: Map<string, string>,
): void {
  const days = dates.filter((d) => d.precision === 'day' && !DAYS_OFFSET.test(d.text));
  if (!days.length) return;
  const slice = text.slice(span.start, span.end);
  if (!ANCHOR_VERB_CUE.test(slice)) return;
  for (const { kind, re } of ANCHOR_VERBS) {
    const verb = re.exec(slice);
    if (!verb) continue;
    const at = span.start + verb.index;
    const nearest = days.reduce((a, b) =>
      Math.abs(b.start - at) < Math.abs(a.start - at) ? b : a,
    );
    eventDays.set(kind, nearest.date);
  }
}

function readDates(
  text: string,
  span: Span,
  reportDate: string | null,
  contextDay: string | null,
  eventDays: Map<string, string> | undefined,
): DateMention[] {
  const slice = text.slice(span.start, span.end);
  const out: DateMention[] = [];
  /** "The next day": counted from the day before it in the sentence, else from `contextDay`. */
  const fromContext = daysFromContext(slice, span.start);
  // Most sentences carry no date; chrono is only asked about those that might.
  if (!MAYBE_DATE.test(slice))
    return fromContext.length ? countFromContext(out, fromContext, contextDay) : out;
  const ref = reportDate ? new Date(`${reportDate}T12:00:00Z`) : null;
  const parse = (t: string) =>
    chrono.en.parse(t, ref ? { instant: ref, timezone: 0 } : undefined, { forwardDate: false });
  // "from Sept. 14 to Thursday": each end of a range is a date of its own.
  // "in early May": chrono reads "May" after a preposition only; the part of the month is
  // no part of its date.
  // "10.06.2024": with dots, the day comes first (chrono reads it month first); read here,
  // as is "last May" (MONTH_FROM_REPORT).
  const readHere: DateMention[] = [];
  for (const m of slice.matchAll(DOTTED_DATE)) {
    const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const d = new Date(Date.UTC(year, month - 1, day));
    if (d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) continue;
    const start = span.start + (m.index ?? 0);
    readHere.push({
      start,
      end: start + m[0].length,
      text: m[0],
      date: iso(d),
      precision: 'day',
      basis: 'explicit',
    });
  }
  if (ref)
    for (const m of slice.matchAll(MONTH_FROM_REPORT)) {
      const month = MONTH_NAMES.findIndex((n) => n.toLowerCase() === m[2].toLowerCase());
      const which = m[1].toLowerCase();
      const reportMonth = ref.getUTCMonth();
      const year =
        ref.getUTCFullYear() +
        (which === 'this'
          ? 0
          : which === 'next' || which === 'coming'
            ? month > reportMonth
              ? 0
              : 1
            : month < reportMonth
              ? 0
              : -1);
      const start = span.start + (m.index ?? 0);
      readHere.push({
        start,
        end: start + m[0].length,
        text: m[0],
        date: iso(new Date(Date.UTC(year, month, 1))),
        precision: 'month',
        basis: 'relative',
      });
    }
  const masked = slice
    .replace(PART_OF_MONTH, (m) => ' '.repeat(m.length))
    .replace(DOTTED_DATE, (m) => ' '.repeat(m.length))
    .replace(MONTH_FROM_REPORT, (m) => ' '.repeat(m.length))
    .replace(LOWER_CASE_MONTH, (m) => ' '.repeat(m.length));
  out.push(...readHere);
  const results = parse(masked).flatMap((found) => {
    // "On 19 June, 62 Palestinians were killed": a count after the comma is no year ('62).
    const count = COUNT_AFTER_COMMA.exec(found.text);
    const after = slice.slice(found.index + found.text.length);
    const shorter =
      count && /^\s+\p{L}/u.test(after)
        ? parse(found.text.slice(0, count.index)).find((p) => p.index === 0)
        : undefined;
    const raw = shorter
      ? { index: found.index, text: shorter.text, start: shorter.start, end: shorter.end }
      : found;
    const range = raw.end ? RANGE.exec(raw.text) : null;
    // "the night of 12 to 13 May": a day number alone opens a span of days in the month after
    // it, one date that chrono reads from its first day.
    if (!range || DAY_NUMBER.test(range[1])) return [raw];
    const rightAt = raw.text.length - range[2].length;
    // "from 12 May": chrono reads "from 12" as an hour; the left end is what follows "from".
    const leftAt = /^from\s+/i.exec(range[1])?.[0].length ?? 0;
    return [
      ...parse(range[1].slice(leftAt)).map((p) => ({
        index: raw.index + leftAt + p.index,
        text: p.text,
        start: p.start,
      })),
      ...parse(range[2]).map((p) => ({
        index: raw.index + rightAt + p.index,
        text: p.text,
        start: p.start,
      })),
    ];
  });
  if (ref)
    for (const m of slice.matchAll(LEAP_DAY)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      if (results.some((r) => r.index < end && r.index + r.text.length > start)) continue;
      // The 29 February of the leap years either side of the report: the last one in a past
      // clause, the next in a future one, else the nearest.
      const y = ref.getUTCFullYear();
      const leapYears = [-4, -3, -2, -1, 0, 1, 2, 3, 4]
        .map((k) => y + k)
        .filter((year) => new Date(Date.UTC(year, 1, 29)).getUTCMonth() === 1);
      const tense = tenseBefore(slice.slice(0, start), slice.slice(end));
      const day = pickDay(
        leapYears.map((year) => new Date(Date.UTC(year, 1, 29))),
        ref,
        tense,
      );
      out.push({
        start: span.start + start,
        end: span.start + end,
        text: m[0],
        date: iso(day),
        precision: 'day',
        basis: 'explicit',
      });
    }
  /** Offsets with no date before them in the sentence, to hang on one after it if any. */
  const hangingOffsets: { at: number; shift: number; clause: boolean }[] = [];
  /** Dates counted from another ("two weeks after"): no anchor for the next such. */
  const offsets = new Set<DateMention>();
  /** Times of day read alone ("at about 11:00"), on the report's day unless a day is named. */
  const timesAlone = new Set<DateMention>();
  /** The year a date opening the sentence wrote out: "In January 2024, … on 29 January". */
  let statedYear: number | null = null;
  // "The battle began on 23 May 2017 … On the evening of 23 May": a story told of a time far
  // from the report's (half a year or more) keeps that time for a day or month without a year.
  const storyDay = contextDay ? new Date(`${contextDay}T12:00:00Z`) : null;
  const farFromReport = (day: Date | null) =>
    day && ref && Math.abs(day.getTime() - ref.getTime()) > STORY_FAR_DAYS * DAY_MS ? day : null;
  // "The siege began on 24 February 2022 and lasted until 20 May": a date with its year earlier
  // in the sentence is the story's day too.
  let storyFar = farFromReport(storyDay);
  for (const raw of results) {
    // Named from the story's day ("the next day"): read below, not by chrono from the report's.
    const rawStart = span.start + raw.index;
    if (fromContext.some((o) => o.start < rawStart + raw.text.length && rawStart < o.end)) continue;
    // "the night of 14 March": chrono reads "night" and drops the date; read what follows "of".
    const skip = PART_OF_DAY.exec(raw.text)?.[0].length ?? 0;
    const inner = skip > 0 ? parse(raw.text.slice(skip))[0] : undefined;
    const r = inner
      ? { index: raw.index + skip + inner.index, text: inner.text, start: inner.start }
      : raw;
    // "expected to last a week": "last" is the verb of a duration, no date.
    if (LAST_AS_VERB.test(r.text) || IN_THE_PERIOD.test(r.text.trim())) continue;
    // "Myanmar Now", "Democracy Now": a capitalised "Now" after a name ends the name.
    if (/^Now$/.test(r.text.trim()) && /\p{Lu}[\p{L}'’.-]*\s+$/u.test(slice.slice(0, r.index)))
      continue;
    // "5 1/2 hours", "3/4 of the town": a fraction, no month and day.
    if (
      /^\d{1,2}\/\d{1,2}$/.test(r.text.trim()) &&
      (/\d\s+$/.test(slice.slice(0, r.index)) ||
        FRACTION_OF.test(slice.slice(r.index + r.text.length)))
    )
      continue;
    // "struck 350 targets in the past 48 hours": a span up to the report, no day of its own;
    // "occupying the town for two days before withdrawing": a duration.
    if (
      SPAN_TO_NOW.test(r.text.trim()) ||
      DURATION.test(r.text.trim()) ||
      (FOR_DURATION.test(slice.slice(0, r.index)) &&
        new RegExp(`^${COUNT_WORD}\\s`, 'i').test(r.text))
    )
      continue;
    // "five months after the siege began": counted from what the clause names, not from the
    // report's day.
    if (
      ANCHORED_SPAN.test(r.text.trim()) &&
      /^\s+\p{L}/u.test(slice.slice(r.index + r.text.trimEnd().length))
    )
      continue;
    // "the town fell after 10 days of siege": a span of time, a day only in a future clause
    // ("elections will be held in two weeks").
    if (
      SPAN_FROM_NOW.test(r.text.trim()) &&
      tenseBefore(slice.slice(0, r.index), slice.slice(r.index + r.text.length)) !== 'future'
    )
      continue;
    const start = span.start + r.index;
    // chrono may take the comma after a weekday ("recorded Friday, he said"): not the date's.
    const written = r.text.replace(/[\s,;:]+$/, '');
    const mention = { start, end: start + written.length, text: written };
    const known = (k: 'year' | 'month' | 'day' | 'weekday' | 'hour') => r.start.isCertain(k);
    // "on Thursday", and a weekday with a time of day: "went into effect Saturday at noon".
    // "Tuesday last week", "this week, on Tuesday": that weekday of the week named.
    const week = ref && WEEK_NAMED.exec(r.text);
    const dayOfWeek = week && WEEKDAY_NAME.exec(r.text);
    if (ref && week && dayOfWeek) {
      const monday = ref.getTime() - ((ref.getUTCDay() + 6) % 7) * DAY_MS;
      const weeks = PERIOD_SHIFT[week[1].toLowerCase()];
      const days = (WEEKDAYS.indexOf(dayOfWeek[1].toLowerCase()) + 6) % 7;
      out.push({
        ...mention,
        date: iso(new Date(monday + (weeks * 7 + days) * DAY_MS)),
        precision: 'day',
        basis: 'weekday-relative',
      });
      continue;
    }
    const weekday =
      WEEKDAY_ONLY.exec(r.text.trim()) ??
      (known('weekday') && !known('day') ? WEEKDAY_NAME.exec(r.text) : null);
    if (weekday) {
      if (!ref) continue;
      const target = WEEKDAYS.indexOf(weekday[1].toLowerCase());
      // "talks are due to be held on Thursday": a future weekday looks forward; the report's
      // own weekday is its day, unless "last Wednesday" says a week before.
      // "Wednesday's ruling" names a day that has been; otherwise the clause's tense decides.
      const possessive = /^['’]s\b/.test(slice.slice(r.index + r.text.length));
      const said = r.text.trim().toLowerCase();
      // "next Monday" is ahead; "this Friday" is in the report's week, either side of its day.
      const next = /^(?:on\s+)?next\s/.test(said);
      const thisWeek = /^(?:on\s+)?this\s/.test(said);
      // A weekday opening the sentence ("By Thursday, aid should reach …") is in the tense of
      // the clause it opens, up to a reporting verb ("On Tuesday, the rebels said they would").
      const opens = OPENS_SENTENCE.test(slice.slice(0, r.index));
      const head = opens ? slice.slice(r.index + r.text.length).replace(REPORTED_REST, '') : '';
      const tense = thisWeek ? 'unknown' : tenseBefore(slice.slice(0, r.index), head);
      const future =
        next ||
        (thisWeek && target > ref.getUTCDay()) ||
        (tense === 'future' && (!possessive || POSSESSIVE_AHEAD.test(slice.slice(0, r.index))));
      const last = /^(?:on\s+)?(?:last|past)\s/.test(said);
      // "The following Monday", "the previous Sunday": from the story's day, not the report's.
      const fromStory = contextDay ? STORY_WEEKDAY.exec(slice.slice(0, r.index)) : null;
      if (fromStory && contextDay) {
        const at = new Date(`${contextDay}T12:00:00Z`);
        const ahead = /^(?:following|next)$/i.test(fromStory[1]);
        const days = ahead
          ? (target - at.getUTCDay() + 7) % 7 || 7
          : -((at.getUTCDay() - target + 7) % 7 || 7);
        const start = span.start + r.index - fromStory[0].length;
        out.push({
          start,
          end: mention.end,
          text: text.slice(start, mention.end),
          date: iso(new Date(at.getTime() + days * DAY_MS)),
          precision: 'day',
          basis: 'relative',
        });
        continue;
      }
      // "Friday the 13th": the last such day (the next, in a future clause).
      const ordinal = WEEKDAY_ORDINAL.exec(slice.slice(r.index + r.text.length));
      // "Friday the 13th of October": the date after it is read on its own.
      if (ordinal?.[2]) continue;
      if (ordinal) {
        const day = weekdayOnDay(ref, target, Number(ordinal[1]), future);
        if (day) {
          const end = mention.end + ordinal[0].length;
          out.push({
            start: mention.start,
            end,
            text: text.slice(mention.start, end),
            date: iso(day),
            precision: 'day',
            basis: 'weekday-relative',
          });
        }
        continue;
      }
      const shift = future
        ? (target - ref.getUTCDay() + 7) % 7 || (next ? 7 : 0)
        : -((ref.getUTCDay() - target + 7) % 7 || (last ? 7 : 0));
      out.push({
        ...mention,
        date: iso(new Date(ref.getTime() + shift * DAY_MS)),
        precision: 'day',
        basis: 'weekday-relative',
      });
      continue;
    }
    if (ref && /^(last|past|previous) week$/i.test(r.text.trim())) {
      // The week before the report's week, from its Monday.
      const monday = new Date(ref.getTime() - (((ref.getUTCDay() + 6) % 7) + 7) * DAY_MS);
      out.push({ ...mention, date: iso(monday), precision: 'on-or-after', basis: 'relative' });
      continue;
    }
    const d = r.start.date();
    // "at midnight", "at noon": a time of day alone is on the story's day (the last the text
    // named: "Monday's earthquake … The quake struck at 4:17 a.m."), else on the report's,
    // unless the sentence names its day ("On 18 June, at about 11:00, Israeli forces struck").
    // Where the sentence names again an event the story dated, that event's day: "… an
    // earthquake that struck late Friday rose to 2,000 on Sunday. The quake hit at 11:11 p.m."
    if (ref && !known('day') && !known('weekday') && !known('month') && known('hour')) {
      const named = eventDays?.get(eventNamedIn(slice.slice(0, r.index)) ?? '');
      const time = {
        ...mention,
        date: named ?? contextDay ?? iso(ref),
        precision: 'day' as const,
        basis: 'relative' as const,
      };
      timesAlone.add(time);
      out.push(time);
      continue;
    }
    // "a year ago", "two weeks earlier": the same day that long before the report; "10 days
    // before the murder" is counted from the murder (below).
    const ago = ref && AGO.exec(r.text.trim());
    const beforeWhat =
      /before$/i.test(r.text.trim()) && /^\s+\p{L}/u.test(slice.slice(r.index + r.text.length));
    if (ref && ago && !beforeWhat) {
      // As precise as its unit: "five years ago" is a year, "three days ago" a day.
      const unit = ago[1].toLowerCase();
      const precision = unit.startsWith('year')
        ? 'year'
        : unit.startsWith('month')
          ? 'month'
          : 'day';
      const date =
        precision === 'year'
          ? `${iso(d).slice(0, 4)}-01-01`
          : precision === 'month'
            ? `${iso(d).slice(0, 7)}-01`
            : iso(d);
      out.push({ ...mention, date, precision, basis: 'relative' });
      continue;
    }
    // "…, three days after a Hamas rocket attack": the attack is three days before the day of
    // the clause it hangs on (the sentence's date so far; a sentence that opens with it hangs
    // on a date after it, else on the report's). "Two days after that, jets struck": what
    // follows is two days after the date before.
    // "The attack came a day after … and a week after …": offsets side by side each hang on
    // the clause, not on one another; a sentence with no day of its own hangs on the
    // story's.
    // "in the days before the shooting": a stretch before it, no day.
    if (PERIOD_BEFORE.test(r.text.trim())) continue;
    const offset = ref && DAYS_OFFSET.exec(r.text.trim());
    if (ref && offset) {
      const shift = d.getTime() - ref.getTime();
      const rest = slice.slice(r.index + r.text.length);
      // "10 days before the murder": counted from the day the story gave the murder, if it did
      // (rules/event-anchors.ts); such a phrase dates its own clause, as "two days after that".
      const namedAgain = eventNamedAgain(rest);
      const told = namedAgain ? eventDays?.get(namedAgain) : undefined;
      const anaphoric = told !== undefined || /^\s*(?:that|this)\b/i.test(rest);
      const before = out.filter((o) => !offsets.has(o)).at(-1)?.date;
      // "Three days after the vote, on Monday, …": an offset opening the sentence hangs on
      // the day its main clause names; after a subject ("The incident came six days after
      // Iran launched …, after a strike on April 1") a later day is another event's.
      const opens = /^\W*$/.test(slice.slice(0, r.index));
      if (namedAgain && told === undefined) {
        // "Oct. 12, the day before the plunge": the phrase is the day of its clause, the one
        // the sentence named (the plunge, a day later, is recorded for what follows); "The
        // day before the meeting, on Monday, …": the day after it. "He left the day before the
        // plunge", with neither: nothing to count from (the report's day would put it after
        // the report).
        const clauseDay: DateMention = {
          ...mention,
          date: before ?? iso(ref),
          precision: 'day',
          basis: 'relative',
        };
        if (before) {
          out.push(clauseDay);
          offsets.add(clauseDay);
          eventDays?.set(
            namedAgain,
            iso(new Date(new Date(`${before}T12:00:00Z`).getTime() - shift)),
          );
        } else if (opens) {
          hangingOffsets.push({ at: out.length, shift: 0, clause: true });
          out.push(clauseDay);
          offsets.add(clauseDay);
        }
        continue;
      }
      const anchor = told ?? before ?? contextDay ?? iso(ref);
      const at = new Date(`${anchor}T12:00:00Z`).getTime() + (anaphoric ? shift : -shift);
      if (!before && !anaphoric && opens)
        hangingOffsets.push({ at: out.length, shift, clause: false });
      const counted: DateMention = {
        ...mention,
        date: iso(new Date(at)),
        precision: 'day',
        basis: 'relative',
      };
      offsets.add(counted);
      out.push(counted);
      continue;
    }
    // Only a date opening the sentence frames it: not "who were invited in July 1997, will
    // join on March 12".
    if (
      known('year') &&
      /\b(?:19|20)\d{2}\b/.test(r.text) &&
      /^\W*(?:(?:in|on|by|during|since|from|until|between)\s+)?$/i.test(slice.slice(0, r.index))
    )
      statedYear = d.getUTCFullYear();
    if (known('year') && known('month') && known('day')) {
      // "yesterday", "two days ago" come with all parts known but only from the reference.
      const explicit = /\d{4}/.test(r.text);
      if (!explicit && !ref) continue;
      out.push({
        ...mention,
        date: iso(d),
        precision: 'day',
        basis: explicit ? 'explicit' : 'relative',
      });
      if (explicit) storyFar = farFromReport(d) ?? storyFar;
    } else if (known('month') && known('day')) {
      if (!ref) continue;
      // "on 12 August last year": the year named after the day is its year.
      const yearAfter = yearNamedAfter(slice.slice(r.index + written.length), ref);
      if (yearAfter) {
        out.push({
          ...mention,
          end: mention.end + yearAfter.length,
          text: written + slice.substr(r.index + written.length, yearAfter.length),
          date: iso(new Date(Date.UTC(yearAfter.year, d.getUTCMonth(), d.getUTCDate()))),
          precision: 'day',
          basis: 'relative',
        });
        continue;
      }
      // "on March 5" without a year: the next one in a future clause, the last one in a past
      // clause ("the year ended March 31"), else the one nearest the report date.
      const monthDay = Date.UTC(2000, d.getUTCMonth(), d.getUTCDate());
      const afterPast = justAfterPast(slice.slice(0, r.index));
      const tense = afterPast
        ? 'past'
        : tenseBefore(slice.slice(0, r.index), slice.slice(r.index + r.text.length));
      // A timeline's line label ("July 27: A rocket kills …") after dated lines: the first such
      // day on or after the line before, not after the report.
      const timeline =
        storyDay &&
        ref &&
        LINE_START.test(slice.slice(0, r.index)) &&
        LABEL_AFTER_DATE.test(slice.slice(r.index + r.text.length, r.index + r.text.length + 3))
          ? inYearOf(monthDay, storyDay, 'future')
          : null;
      const date =
        statedYear !== null
          ? new Date(Date.UTC(statedYear, d.getUTCMonth(), d.getUTCDate()))
          : (timeline && timeline.getTime() <= ref.getTime() ? timeline : null) ||
            (storyFar && inStoryYear(monthDay, storyFar, ref, tense)) ||
            inYearOf(monthDay, ref, tense, afterPast ? undefined : NEAR_DAYS);
      out.push({ ...mention, date: iso(date), precision: 'day', basis: 'explicit' });
    } else if (known('month')) {
      const relative = /\b(this|last|next|earlier|later)\b/i.test(r.text) || !known('year');
      if (relative && !ref) continue;
      // "in August last year", "in October of this year": the year named after the month.
      const yearAfter =
        ref && !known('year') ? yearNamedAfter(slice.slice(r.index + written.length), ref) : null;
      if (yearAfter) {
        out.push({
          ...mention,
          end: mention.end + yearAfter.length,
          text: written + slice.substr(r.index + written.length, yearAfter.length),
          date: `${yearAfter.year}-${iso(d).slice(5, 7)}-01`,
          precision: 'month',
          basis: 'relative',
        });
        continue;
      }
      // "in April" without a year: the April nearest the report date ("last April" is before it).
      const ownYear = known('year') || /\b(?:year|\d{4})\b/i.test(r.text);
      const date =
        ref && !ownYear
          ? inYearOf(
              Date.UTC(2000, d.getUTCMonth(), 1),
              ref,
              /\blast\b/i.test(r.text)
                ? 'past'
                : tenseBefore(slice.slice(0, r.index), slice.slice(r.index + r.text.length)),
            )
          : new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1));
      date.setUTCDate(1);
      out.push({
        ...mention,
        date: iso(date),
        precision: 'month',
        basis: known('year') && !/\b(this|last)\b/i.test(r.text) ? 'explicit' : 'relative',
      });
    } else if (ref && /\bweek\b/i.test(r.text)) {
      out.push({ ...mention, date: iso(d), precision: 'on-or-after', basis: 'relative' });
    }
  }
  for (const { at, shift, clause } of [...hangingOffsets].reverse()) {
    const later = out.slice(at + 1).find((o) => o.precision === 'day' && !offsets.has(o));
    if (later)
      out[at] = {
        ...out[at],
        date: iso(new Date(new Date(`${later.date}T12:00:00Z`).getTime() - shift)),
      };
    // A phrase that dates its clause, and the clause names no day: no date.
    else if (clause) out.splice(at, 1);
  }
  if (ref) weeksFromADay(out, text, ref);
  if (ref) dayOfNamedMonth(out, text, parse);
  if (ref)
    for (const m of slice.matchAll(OVERNIGHT)) {
      const start = span.start + (m.index ?? 0);
      const end = start + m[0].length;
      if (out.some((o) => o.start < end && start < o.end)) continue;
      // "overnight into Tuesday", "overnight on November 19 to 20": the day named after it
      // dates the night.
      const into = /^\s+(?:(?:into|to|on|of)\s+)?/i.exec(slice.slice((m.index ?? 0) + m[0].length));
      // ("overnight on Saturday": the weekday's mention may hold its "on").
      if (into && out.some((o) => o.start >= end && o.start <= end + into[0].length)) continue;
      out.push({ start, end, text: m[0], date: iso(ref), precision: 'day', basis: 'relative' });
    }
  if (ref)
    for (const m of slice.matchAll(WEEKEND)) {
      const start = span.start + (m.index ?? 0);
      const end = start + m[0].length;
      if (out.some((o) => o.start < end && start < o.end)) continue;
      // The weekend the report is in or has just had; the next one in a future clause.
      const which = m[1].toLowerCase();
      const back = (ref.getUTCDay() + 1) % 7;
      const future =
        which === 'next' ||
        which === 'coming' ||
        (which !== 'last' &&
          which !== 'past' &&
          back > 1 &&
          tenseBefore(slice.slice(0, m.index), slice.slice((m.index ?? 0) + m[0].length)) ===
            'future');
      const saturday = new Date(ref.getTime() + (future ? 7 - back : -back) * DAY_MS);
      out.push({
        start,
        end,
        text: m[0],
        date: iso(saturday),
        precision: 'on-or-after',
        basis: 'relative',
      });
    }
  if (ref) out.push(...findHolidays(slice, span.start, ref, out));
  if (ref)
    for (const m of slice.matchAll(RELATIVE_YEAR)) {
      const start = span.start + (m.index ?? 0);
      const end = start + m[0].length;
      if (out.some((o) => o.start < end && start < o.end)) continue;
      // "the past year" is the twelve months before, not last calendar year.
      if (/^past$/i.test(m[1] ?? '') && /\bthe\s+$/i.test(slice.slice(0, m.index))) continue;
      // "the year-earlier period", "year-ago sales": the year before the report's.
      const year = ref.getUTCFullYear() + (m[2] ? -1 : PERIOD_SHIFT[m[1].toLowerCase()]);
      out.push(yearMention(start, end, m[0], year, 'relative'));
    }
  saidYears(out, text, span);
  const years = [
    ...slice.matchAll(YEAR_ONLY),
    ...slice.matchAll(YEAR_OF_EVENT),
    ...slice.matchAll(YEAR_CLOSING),
    ...slice.matchAll(YEAR_LABEL),
  ];
  for (const m of years) {
    const start = span.start + (m.index ?? 0) + m[0].indexOf(m[1]);
    if (out.some((o) => o.start <= start && start < o.end)) continue;
    out.push(yearMention(start, start + 4, m[1], Number(m[1]), 'explicit'));
  }
  // "that year", "the same year": the year of the date named before it in the sentence, else of
  // the story's day; with neither, none.
  for (const m of slice.matchAll(THAT_YEAR)) {
    const start = span.start + (m.index ?? 0);
    const end = start + m[0].length;
    if (out.some((o) => o.start < end && start < o.end)) continue;
    const before = out
      .filter((o) => o.end <= start)
      .sort((x, y) => x.end - y.end)
      .at(-1);
    const earlier = before?.date ?? contextDay;
    if (earlier) out.push(yearMention(start, end, m[0], Number(earlier.slice(0, 4)), 'context'));
  }
  // "Shelling on the 12th killed five": a day of the report's month, or of the month before
  // when that day is still to come.
  if (ref)
    for (const m of slice.matchAll(ORDINAL_DAY)) {
      const start = span.start + (m.index ?? 0) + m[0].indexOf('the');
      const end = span.start + (m.index ?? 0) + m[0].length;
      const day = Number(m[1]);
      if (day < 1 || day > 31 || out.some((o) => o.start < end && start < o.end)) continue;
      const y = ref.getUTCFullYear();
      // The last such day, or in a future clause the next: "the vote is set for the 10th".
      const future = tenseBefore(slice.slice(0, m.index)) === 'future';
      const month =
        ref.getUTCMonth() +
        (future ? (day < ref.getUTCDate() ? 1 : 0) : day > ref.getUTCDate() ? -1 : 0);
      const date = new Date(Date.UTC(y, month, day));
      if (date.getUTCDate() !== day) continue;
      out.push({
        start,
        end,
        text: text.slice(start, end),
        date: iso(date),
        precision: 'day',
        basis: 'relative',
      });
    }
  readDayRanges(text, span, out);
  readDatePairs(text, span, out);
  const named = out.some((o) => !timesAlone.has(o) && o.precision === 'day');
  return countFromContext(
    named ? out.filter((o) => !timesAlone.has(o)) : out,
    fromContext,
    contextDay,
  );
}

/** "between 4 and 6 November": the day after "between", before the day chrono read. */
const RANGE_START_BEFORE =
  /(?:\bbetween\s+(?:the\s+(?:afternoons?|mornings?|evenings?|nights?)\s+of\s+)?|(?<![\d.,]\s?))\b(\d{1,2})(?:\s+and\s+|\s*[/&]\s*)$/i;
/** "between November 4 and 6": the day chrono read, and the end after it. */
const RANGE_END_AFTER =
  /^\s+and\s+\d{1,2}\b(?!\s*(?:[-:.,]\d|%|\s*(?:people|percent|per cent|km|miles)))/i;

/**
 * A span of days ("between 4 and 6 November", "between November 4 and 6", "12 to 14 May") is on
 * or after its first day: chrono reads one end of it, which alone would claim one day. The
 * night of two days is the first ("the night of 12 to 13 May").
 */
function readDayRanges(text: string, span: Span, out: DateMention[]): void {
  for (const [i, d] of out.entries()) {
    if (d.precision !== 'day' || d.basis === 'weekday-relative') continue;
    if (SPAN_OF_DAYS.test(d.text)) {
      if (!NIGHT_OF.test(text.slice(Math.max(span.start, d.start - 16), d.start)))
        out[i] = { ...d, precision: 'on-or-after' };
      continue;
    }
    const before = RANGE_START_BEFORE.exec(text.slice(Math.max(span.start, d.start - 40), d.start));
    if (before) {
      const first = Number(before[1]);
      const day = Number(d.date.slice(8, 10));
      if (first < 1 || first >= day) continue;
      // "8 and 9 June", "5/6 June": from the first day; "the night of 5/6 June" is the 5th.
      const start = d.start - before[0].length;
      const night = NIGHT_OF.test(text.slice(Math.max(span.start, start - 16), start));
      out[i] = {
        ...d,
        start,
        text: text.slice(start, d.end),
        date: `${d.date.slice(0, 8)}${String(first).padStart(2, '0')}`,
        precision: night ? 'day' : 'on-or-after',
      };
      continue;
    }
    const lead = /\bbetween\s+$/i.exec(text.slice(Math.max(span.start, d.start - 12), d.start));
    const after = lead && RANGE_END_AFTER.exec(text.slice(d.end, Math.min(span.end, d.end + 16)));
    if (lead && after) {
      const start = d.start - lead[0].length;
      const end = d.end + after[0].length;
      out[i] = { ...d, start, end, text: text.slice(start, end), precision: 'on-or-after' };
    }
  }
}

/** Before the first of two dates, "between" and maybe a part of its day: "between the afternoon of ". */
const PAIR_LEAD =
  /\bbetween\s+(?:the\s+(?:afternoon|morning|evening|night|end|start)s?\s+of\s+)?$/i;
/** From the first date to the second: " and ", " and 11:00 on ", " and the morning of ". */
const PAIR_JOIN =
  /^\s*and\s+(?:(?:the\s+(?:afternoon|morning|evening|night|end|start)s?\s+of|[\d:.]+(?:\s*[ap]\.?m\.?)?\s+on)\s+)?$/i;

/**
 * Two whole dates joined as a span ("between the afternoon of 10 June and 11:00 on 12 June")
 * are one mention, on or after the first: read alone, the second would claim its day for
 * what the span holds.
 */
function readDatePairs(text: string, span: Span, out: DateMention[]): void {
  out.sort((a, b) => a.start - b.start);
  for (let i = 0; i + 1 < out.length; i++) {
    const [a, b] = [out[i], out[i + 1]];
    // "Between 10 June and 12 June": the span read already holds the second date's day.
    if (a.precision === 'on-or-after' && b.start < a.end) {
      out.splice(i + 1, 1);
      i--;
      continue;
    }
    // Two written dates: "between now and Feb. 10" is a time up to a deadline.
    if (
      a.precision !== 'day' ||
      (b.precision !== 'day' && b.precision !== 'on-or-before') ||
      !/\d/.test(a.text) ||
      !/\d/.test(b.text)
    )
      continue;
    const lead = PAIR_LEAD.exec(text.slice(Math.max(span.start, a.start - 40), a.start));
    if (!lead || !PAIR_JOIN.test(text.slice(a.end, b.start)) || b.date <= a.date) continue;
    const start = a.start - lead[0].length;
    out.splice(i, 2, {
      ...a,
      start,
      end: b.end,
      text: text.slice(start, b.end),
      precision: 'on-or-after',
    });
  }
}

const HOLIDAY_WORD = /\b(?:Day|Eve|Halloween|Easter|Eid|Thanksgiving|Friday)\b/;

/** Named days ("on Christmas Day", "since last Thanksgiving") that no other reading took. */
function findHolidays(slice: string, offset: number, ref: Date, taken: DateMention[]) {
  const out: DateMention[] = [];
  // Every holiday's name holds one of these words: most sentences hold none.
  if (!HOLIDAY_WORD.test(slice)) return out;
  const y = ref.getUTCFullYear();
  for (const m of slice.matchAll(HOLIDAY_PATTERN)) {
    const start = offset + (m.index ?? 0);
    const end = start + m[0].length;
    if (taken.some((o) => o.start < end && start < o.end)) continue;
    const row = HOLIDAYS[m.slice(3).findIndex((g) => g !== undefined)];
    if (!row) continue;
    const candidates = [y - 1, y, y + 1].flatMap((year) => row.on(year));
    const shift = m[1]?.toLowerCase();
    const day = (d: Date) => Math.floor(d.getTime() / DAY_MS);
    const today = day(ref);
    const date =
      shift === 'last' || shift === 'past'
        ? candidates.filter((c) => day(c) < today).at(-1)
        : shift === 'next'
          ? candidates.find((c) => day(c) > today)
          : pickDay(
              candidates,
              ref,
              shift === 'this'
                ? 'unknown'
                : tenseBefore(slice.slice(0, m.index), slice.slice((m.index ?? 0) + m[0].length)),
              NEAR_DAYS,
            );
    if (!date) continue;
    out.push({ start, end, text: m[0], date: iso(date), precision: 'day', basis: 'relative' });
  }
  return out;
}
