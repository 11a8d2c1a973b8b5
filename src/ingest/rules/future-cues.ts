/**
 * Words that put a clause in the future, so that a weekday or a day-month it names is the next
 * one, not the last: "talks will resume on Tuesday", "the strike begins Monday". Each row: the
 * words (a regular-expression source, matched without regard to capitals at word boundaries)
 * and the sentence it exists for, with its dateline and the date it must give;
 * `future-cues.test.ts` runs every example. A past-tense verb after the cue in the same clause
 * still makes the clause past ("will appeal … the decision was announced Wednesday").
 */
export interface FutureCue {
  words: string;
  /** Future only with no past verb before it: "lasted until Monday" is past. */
  keepsTense?: true;
  example: { dateline: string; text: string; date: string };
}

/** Before a base form, words that make it no verb of its own: "agreed to meet", "the open market". */
const NOT_A_VERB_BEFORE = '(?<!\\b(?:to|the|a|an|its|his|her|their|our|did|not)\\s)';

/** What a thing is ahead of is still to come (a row below; dates.ts reads it before a possessive). */
export const AHEAD_OF_WORDS =
  'ahead of|in the run-up to|in advance of|on the eve of|in preparation for|prepar(?:e|es|ed|ing) for';

export const FUTURE_CUES: FutureCue[] = [
  {
    words: 'will|would|shall',
    example: {
      dateline: '1998-03-04',
      text: 'Troops will begin withdrawing on Friday.',
      date: '1998-03-06',
    },
  },
  {
    words: 'is due|are due|due to',
    example: {
      dateline: '1998-03-04',
      text: 'Talks are due to be held on Thursday.',
      date: '1998-03-05',
    },
  },
  {
    words: 'is expected|are expected|expected to',
    example: {
      dateline: '1998-03-04',
      text: 'The envoy is expected in Damascus on Monday.',
      date: '1998-03-09',
    },
  },
  {
    // An expectation in the present is of what is to come ("expected" is past: not this row).
    words: 'expects?|anticipates?|predicts?|forecasts?',
    example: {
      dateline: '1998-02-10',
      text: 'Analysts expect the Fed to act Wednesday.',
      date: '1998-02-11',
    },
  },
  {
    words: 'scheduled|planned|plans? to|slated',
    example: {
      dateline: '1998-03-04',
      text: 'Elections are slated for Sunday.',
      date: '1998-03-08',
    },
  },
  {
    words: '(?:is|are) set (?:to|for)|set to',
    example: { dateline: '1998-03-04', text: 'A hearing is set for Thursday.', date: '1998-03-05' },
  },
  {
    // "is to visit": be with a to-infinitive is a plan.
    words: '(?:is|are) to (?!blame\\b)',
    example: {
      dateline: '1998-03-04',
      text: 'Both sides are to meet again Tuesday.',
      date: '1998-03-10',
    },
  },
  {
    words: 'to be held|next (?:week|month|year)|from today',
    example: {
      dateline: '1998-03-04',
      text: 'A second round is to be held on Sunday.',
      date: '1998-03-08',
    },
  },
  {
    // Right before the date only: "swept through Aleppo on Friday" is no span up to Friday.
    words: '(?:until|through)(?=\\s+(?:(?:the|early|late|mid)\\s+)*$)',
    keepsTense: true,
    example: {
      dateline: '1998-03-04',
      text: 'The curfew remains in force until Saturday.',
      date: '1998-03-07',
    },
  },
  {
    // News writes a coming event in the present: "the strike begins Monday".
    words:
      'begins|starts|opens|ends|resumes|returns|arrives|leaves|departs|meets|convenes|expires|visits|continues|takes effect|goes into effect',
    example: {
      dateline: '1998-03-04',
      text: 'The general strike begins Monday.',
      date: '1998-03-09',
    },
  },
  {
    words: `${NOT_A_VERB_BEFORE}(?:begin|start|open|resume|return|arrive|meet|convene|expire|continue|take effect|go into effect)`,
    example: { dateline: '1998-03-04', text: 'Talks continue Thursday.', date: '1998-03-05' },
  },
  {
    // A day a thing "is" on, right before the day: "the deadline is Friday".
    words: '(?:is|are)(?=\\s+(?:on\\s+|for\\s+)?$)',
    example: { dateline: '1998-03-04', text: 'The deadline is Friday.', date: '1998-03-06' },
  },
  {
    // "ahead of Sunday's election": what a thing is ahead of is still to come, even named
    // with its day's possessive (which otherwise names a day that has been).
    words: AHEAD_OF_WORDS,
    example: {
      dateline: '1998-03-04',
      text: "Security was tight ahead of Sunday's election.",
      date: '1998-03-08',
    },
  },
  {
    // A journey or a vote written in the present is one to come.
    words: `heads to|travels to|flies to|${NOT_A_VERB_BEFORE}(?:head|travel|fly) to|go(?:es)? to the polls`,
    example: {
      dateline: '1998-03-04',
      text: 'The president heads to Moscow on Friday.',
      date: '1998-03-06',
    },
  },
  {
    // "postponed to Friday": a day something is put off to is still to come.
    // "moved" and "extended" only before a time: "fighting moved to the industrial zone" is
    // no postponement.
    words:
      '(?:postponed|delayed|deferred|pushed back|put off|adjourned|rescheduled) (?:to|until|till|for)|(?:moved|extended) (?:to|until|till|for)(?=\\s*$|\\s+(?:next |the end of |early |mid-?|late )?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|September|October|November|December|\\d|next|later))',
    example: {
      dateline: '1998-03-04',
      text: 'The vote was moved to Friday.',
      date: '1998-03-06',
    },
  },
  {
    // A possibility or a duty is of what may still come; not "could not be reached", "may
    // have fled", "should have known". The month is no modal: "KHARTOUM, May 14 (Reuters) -
    // Fighting spread on Monday", "14 May", "in May" (its test).
    words:
      "(?:could|(?<!(?:\\d|\\b(?:in|of|since|until|by|early|late|mid|last|next|this))\\s*)may(?!\\s*\\d)|might|should|must)(?!\\s+(?:not|never|have|n't|also have)\\b)",
    example: {
      dateline: '1998-03-04',
      text: 'A decision could come as early as Tuesday.',
      date: '1998-03-10',
    },
  },
  {
    // An aim in the present is of what is to come ("hoped to" is past: not this row).
    words: '(?:hopes?|intends?|aims?|vows?) to|(?:is|are) likely|likely to',
    example: {
      dateline: '1998-03-04',
      text: 'Ministers intend to sign the accord on Saturday.',
      date: '1998-03-07',
    },
  },
  {
    // A day a thing is set for, right before the day: "The vote, set for Thursday, …".
    words: '(?:set|called|scheduled|planned|slated|fixed) for(?=\\s+(?:on\\s+)?$)',
    example: {
      dateline: '1998-03-04',
      text: 'The strike, called for Thursday, was later canceled.',
      date: '1998-03-05',
    },
  },
  {
    // A deadline for what is still to be done: "vowed to retaliate by Friday", "ordered to
    // leave by Sunday" (not "had withdrawn by Friday").
    words: 'to\\s+[a-z]+(?:\\s+[a-z]+){0,3}?\\s+by(?=\\s+$)',
    example: {
      dateline: '1998-03-04',
      text: 'The rebels vowed to retaliate by Friday.',
      date: '1998-03-06',
    },
  },
  {
    // A gathering called or set for a day, named before it: "has called an emergency summit
    // of East African leaders in Nairobi for Wednesday".
    words:
      '(?:summit|meeting|talks|session|conference|vote|referendum|rally|march|hearing|ceremony)\\b[^,.;:]{0,60}?\\bfor(?=\\s+(?:on\\s+)?$)',
    example: {
      dateline: '1998-03-04',
      text: 'Ruto has called an emergency summit of regional leaders in Nairobi for Monday.',
      date: '1998-03-09',
    },
  },
  {
    // A thing due on a day, right before the day: "The report, due Friday, was delayed".
    words: 'due(?=\\s+(?:on\\s+|out\\s+|back\\s+)?$)',
    example: {
      dateline: '1998-03-04',
      text: 'The report, due Friday, was delayed.',
      date: '1998-03-06',
    },
  },
  {
    // From a day on: "a strike starting Friday"; past after a past verb ("fighting that
    // erupted starting Friday").
    words: '(?:starting|beginning|effective)(?=\\s+(?:on\\s+|from\\s+)?$)',
    keepsTense: true,
    example: {
      dateline: '1998-03-04',
      text: 'A 48-hour strike starting Friday was called off.',
      date: '1998-03-06',
    },
  },
  {
    // More verbs news writes a coming event with in the present: "the Senate votes Thursday".
    words:
      'votes|rules|decides|testifies|hosts|launches|sails|lands|kicks off|wraps up|goes on trial',
    example: {
      dateline: '1998-03-04',
      text: 'The Senate votes Thursday on the bill.',
      date: '1998-03-05',
    },
  },
  {
    // A sum or a dividend "payable" on a day is paid on it.
    words: 'payable',
    example: {
      dateline: '1998-03-04',
      text: 'The dividend is payable Nov. 1.',
      date: '1998-11-01',
    },
  },
];
