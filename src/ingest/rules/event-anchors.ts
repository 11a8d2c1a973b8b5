/**
 * Events a report dates once and then counts from: "Slepian was shot on Oct. 23. … A jogger saw
 * the car 10 days before the murder." A sentence that reports one of these events with a past
 * verb and a day records that day for its kind; a later "N days before/after the <noun>" counts
 * from it (src/ingest/dates.ts, `findDates`). Each row: the nouns that name the event again, the
 * past verbs that report it, and the story it exists for with the date the counted phrase must
 * give; `event-anchors.test.ts` runs every example.
 *
 * Only a definite noun ("the murder", "the vote") names an event the story has told; "a day after
 * a Hamas attack" names another one, dated from its own clause.
 */
export interface EventAnchor {
  kind: string;
  /** Nouns that name the event again after "the", "that" or a possessive. */
  nouns: string[];
  /** Past verbs that report it, with its day in the same sentence. */
  verbs: string[];
  example: { dateline: string; text: string; phrase: string; date: string };
}

export const EVENT_ANCHORS: EventAnchor[] = [
  {
    kind: 'killing',
    nouns: ['murder', 'killing', 'killings', 'slaying', 'assassination', 'shooting', 'massacre'],
    verbs: ['killed', 'murdered', 'slain', 'shot', 'assassinated', 'massacred', 'gunned down'],
    example: {
      dateline: '1999-05-05',
      text: 'The doctor was shot dead at his home on Oct. 23. A jogger saw the car near the house 10 days before the murder.',
      phrase: '10 days before',
      date: '1998-10-13',
    },
  },
  {
    kind: 'attack',
    nouns: [
      'attack',
      'attacks',
      'strike',
      'strikes',
      'airstrike',
      'raid',
      'bombing',
      'shelling',
      'ambush',
      'assault',
      'explosion',
      'blast',
    ],
    verbs: ['attacked', 'struck', 'raided', 'bombed', 'shelled', 'ambushed', 'stormed', 'exploded'],
    example: {
      dateline: '2024-03-10',
      text: 'Gunmen attacked a police post in Kidal on 3 March. Two days after the attack, the army sent reinforcements to the town.',
      phrase: 'Two days after',
      date: '2024-03-05',
    },
  },
  {
    kind: 'vote',
    nouns: ['vote', 'election', 'elections', 'referendum', 'ballot', 'poll', 'polls', 'runoff'],
    verbs: ['voted', 'elected', 're-elected'],
    example: {
      dateline: '2023-06-20',
      text: 'Turks voted in a runoff on May 28. A week after the vote, the new cabinet was sworn in.',
      phrase: 'A week after',
      date: '2023-06-04',
    },
  },
  {
    kind: 'invasion',
    nouns: ['invasion', 'incursion', 'offensive', 'takeover', 'coup'],
    verbs: ['invaded', 'seized', 'captured', 'overran'],
    example: {
      dateline: '1990-08-20',
      text: 'Iraq invaded Kuwait on Aug. 2. Ten days after the invasion, the embassy closed.',
      phrase: 'Ten days after',
      date: '1990-08-12',
    },
  },
  {
    kind: 'agreement',
    nouns: ['agreement', 'accord', 'deal', 'ceasefire', 'cease-fire', 'truce', 'signing'],
    verbs: ['signed', 'agreed'],
    example: {
      dateline: '2020-03-20',
      text: 'The two presidents agreed on a ceasefire on 5 March. Three days after the ceasefire, shelling resumed near the road.',
      phrase: 'Three days after',
      date: '2020-03-08',
    },
  },
  {
    kind: 'meeting',
    nouns: ['meeting', 'talks', 'summit', 'visit', 'conference'],
    verbs: ['met', 'visited'],
    example: {
      dateline: '2020-03-10',
      text: 'Erdogan met Putin in Moscow on 5 March. The day before the meeting, Turkish drones struck an airbase.',
      phrase: 'The day before',
      date: '2020-03-04',
    },
  },
  {
    kind: 'arrest',
    nouns: ['arrest', 'arrests', 'detention'],
    verbs: ['arrested', 'detained'],
    example: {
      dateline: '2021-02-20',
      text: 'Police arrested the opposition leader on Feb. 1. Two weeks after the arrest, his party called a strike.',
      phrase: 'Two weeks after',
      date: '2021-02-15',
    },
  },
  {
    kind: 'fall',
    nouns: ['plunge', 'crash', 'collapse', 'fall'],
    verbs: ['plunged', 'crashed', 'collapsed'],
    example: {
      dateline: '1989-10-30',
      text: 'Stock prices plunged on Oct. 13. The day before the plunge, the chairman sold his shares.',
      phrase: 'The day before',
      date: '1989-10-12',
    },
  },
  {
    kind: 'announcement',
    nouns: ['announcement', 'decision', 'declaration', 'statement'],
    verbs: ['announced', 'decided', 'declared'],
    example: {
      dateline: '2022-03-01',
      text: 'The president announced the mobilisation on 21 February. Three days after the announcement, troops crossed the border.',
      phrase: 'Three days after',
      date: '2022-02-24',
    },
  },
  {
    kind: 'disaster',
    nouns: [
      'earthquake',
      'quake',
      'flood',
      'floods',
      'flooding',
      'storm',
      'cyclone',
      'eruption',
      'landslide',
    ],
    verbs: ['struck', 'hit', 'erupted', 'flooded'],
    example: {
      dateline: '2023-02-28',
      text: 'An earthquake struck southern Turkey on 6 February. Ten days after the earthquake, rescuers were still digging.',
      phrase: 'Ten days after',
      date: '2023-02-16',
    },
  },
  {
    kind: 'release',
    nouns: ['release', 'exchange', 'handover'],
    verbs: ['released', 'freed', 'exchanged', 'handed over'],
    example: {
      dateline: '2023-12-01',
      text: 'Hamas released 13 hostages on Nov. 24. A day after the release, more trucks entered Gaza.',
      phrase: 'A day after',
      date: '2023-11-25',
    },
  },
];

const words = (list: string[]) => list.map((w) => w.replace(/[-\s]/g, '[-\\s]')).join('|');

/** Each kind's past verbs as one pattern, made once: it runs on every dated sentence. */
export const ANCHOR_VERBS = EVENT_ANCHORS.map((a) => ({
  kind: a.kind,
  re: new RegExp(`\\b(?:${words(a.verbs)})\\b`, 'i'),
}));

/** Every kind's verbs in one pattern: most dated sentences have none, and one test is cheaper. */
export const ANCHOR_VERB_CUE = new RegExp(
  `\\b(?:${words(EVENT_ANCHORS.flatMap((a) => a.verbs))})\\b`,
  'i',
);

const NOUN_KIND = new Map(EVENT_ANCHORS.flatMap((a) => a.nouns.map((n) => [n, a.kind] as const)));

/**
 * A definite noun phrase opening `after` that names an event again ("the murder", "the stock
 * market plunge", "Sunday's vote"), with its kind; null for anything else.
 */
const NAMED_AGAIN = new RegExp(
  `^\\s+(?:the|that|this|his|her|their|its|[\\p{Lu}][\\p{L}.-]*['’]s)\\s+(?:[\\p{L}'’.-]+\\s+){0,3}?(${words(EVENT_ANCHORS.flatMap((a) => a.nouns))})\\b`,
  'iu',
);

export function eventNamedAgain(after: string): string | null {
  const m = NAMED_AGAIN.exec(after);
  return m ? (NOUN_KIND.get(m[1].toLowerCase().replace(/\s/g, '-')) ?? null) : null;
}

/** {@link NAMED_AGAIN} anywhere in a text, with figures among its words ("the magnitude 6.8 quake"). */
const NAMED_AGAIN_ANYWHERE = new RegExp(
  `\\b(?:the|that|this|his|her|their|its|[\\p{Lu}][\\p{L}.-]*['’]s)\\s+(?:[\\p{L}\\d'’.-]+\\s+){0,3}?(${words(EVENT_ANCHORS.flatMap((a) => a.nouns))})\\b`,
  'giu',
);

/**
 * The kind of the last event a text names again with a definite noun ("The magnitude 6.8 quake
 * hit at 11:11 p.m.": the quake), or null.
 */
export function eventNamedIn(text: string): string | null {
  let kind: string | null = null;
  for (const m of text.matchAll(NAMED_AGAIN_ANYWHERE))
    kind = NOUN_KIND.get(m[1].toLowerCase().replace(/\s/g, '-')) ?? kind;
  return kind;
}
