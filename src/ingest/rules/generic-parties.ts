/**
 * Armed parties news name without a name: "rebels", "armed gangs", "non-State armed groups".
 * Each row: the words (lower case, as a pattern), the actor they give, and the sentence it
 * exists for. A generic party after "the", "these", "its"... refers back to one already named
 * ("the rebels" after "M23"), and one after a name or a demonym is that name's ("Houthi
 * rebels"): neither is taken here. `generic-parties.test.ts` runs every example.
 */
export interface GenericParty {
  /** Regular-expression source of the words, lower case. */
  words: string;
  /** The actor's name (its id is `x-` + the name in kebab case). */
  name: string;
  example: string;
}

export const GENERIC_PARTIES: GenericParty[] = [
  {
    words: 'rebels|rebel (?:fighters|forces|groups?)',
    name: 'rebels',
    example: 'Rebels attacked an army post near Goma on Monday.',
  },
  {
    words: 'militias|militiamen|militia fighters|armed militias',
    name: 'militias',
    example: 'Militias clashed with soldiers in Tripoli on Friday.',
  },
  {
    words: 'armed gangs|gangs|gang members',
    name: 'gangs',
    example: 'Armed gangs attacked a police station in Port-au-Prince on Tuesday.',
  },
  {
    words: 'non-[Ss]tate armed groups|armed groups',
    name: 'armed groups',
    example: 'Non-State armed groups attacked villages near Djibo on Sunday.',
  },
  {
    words: 'insurgents',
    name: 'insurgents',
    example: 'Insurgents ambushed a convoy near Mocimboa da Praia on Sunday.',
  },
  {
    words: 'militants',
    name: 'militants',
    example: 'Militants attacked a checkpoint in North Sinai on Saturday.',
  },
  {
    words: 'jihadists|jihadis|jihadi(?:st)? fighters',
    name: 'jihadists',
    example: 'Jihadi fighters attacked a military base near Djibo on Thursday.',
  },
  {
    words: '(?:unidentified |masked )?gunmen|armed men',
    name: 'gunmen',
    example: 'Gunmen abducted 20 passengers near Kaduna on Monday.',
  },
  {
    words: 'bandits',
    name: 'bandits',
    example: 'Bandits attacked a village in Zamfara on Wednesday.',
  },
  {
    words: 'separatists|separatist fighters',
    name: 'separatists',
    example: 'Separatists attacked a school near Bamenda on Friday.',
  },
  {
    words: 'paramilitaries|paramilitary fighters',
    name: 'paramilitaries',
    example: 'Paramilitaries stormed a village near El Geneina on Tuesday.',
  },
];

/** Words before a generic party that make it a reference or a name's: "the rebels", "Houthi rebels". */
const NOT_GENERIC_BEFORE =
  /(?:\b(?:the|these|those|its|their|his|her|our|your|this|that|such)\s+(?:[\p{Ll}-]+\s+){0,2}|\p{Lu}[\p{L}'’-]*\s+|\bpro-[\p{L}-]+\s+|[\p{L}]+-(?:backed|aligned|allied)\s+)$/u;

/** A creed before a generic party describes it, capitalised or not: "Separatist rebels", "Islamist fighters". */
const CREED = /(?:^|[^\p{L}])\p{L}+ists?\s+$/u;

/**
 * A tie to a group or a people before a generic party: "Islamic State-linked",
 * "al-Qaeda-affiliated", "Tuareg-led" (rebels, still unnamed).
 */
const LINKED = /[\p{L}]-(?:linked|affiliated|inspired|led)\s+$/u;

/** Words of doubt or description before a generic party: "suspected", "alleged", "armed". */
const DOUBTED =
  /(?:^|[^\p{L}])(?:[Ss]uspected|[Aa]lleged|[Uu]nidentified|[Hh]eavily armed|[Aa]rmed)\s+$/u;

const PATTERN = new RegExp(
  `\\b(?:${GENERIC_PARTIES.map((p) => `(${p.words})`).join('|')})\\b`,
  'gi',
);

/**
 * Words that say whose side a party is on, not which group it is: "troops and allied
 * militias" are no rebel group named before them.
 */
const ALLIED = /\b(?:allied|loyalist|friendly)\s+$/i;

/** Words that say who they are is not known: "unidentified gunmen", "unknown assailants". */
const UNIDENTIFIED = /\b(?:unidentified|unknown|unnamed|masked)\s+(?:\S+\s+)?\S+$/i;

export interface GenericMention {
  start: number;
  end: number;
  party: GenericParty;
  /** "Unidentified gunmen": the text says it does not know who; no named group is them. */
  unidentified?: true;
  /** "Allied militias": on the side of another party; no named group is them either. */
  allied?: true;
}

/** Whether a stretch of text may name a generic party: a cheap test before the loops. */
const CUE = new RegExp(PATTERN.source, 'i');
export function mayNameGenericParty(text: string): boolean {
  return CUE.test(text);
}

/** Generic armed parties in a stretch of text, with the row each comes from. */
export function findGenericParties(text: string, from: number, to: number): GenericMention[] {
  const out: GenericMention[] = [];
  const slice = text.slice(from, to);
  for (const m of slice.matchAll(PATTERN)) {
    const at = m.index ?? 0;
    const before = slice.slice(Math.max(0, at - 40), at);
    // A capital opening the sentence is no name: "Rebels attacked" is generic; nor is a word
    // of doubt ("Suspected jihadists killed …").
    // "Islamic State-linked insurgents": fighters tied to a group, still unnamed.
    if (
      NOT_GENERIC_BEFORE.test(before) &&
      !DOUBTED.test(before) &&
      !CREED.test(before) &&
      !LINKED.test(before)
    )
      continue;
    // "Militants of Hayat Tahrir al-Sham": the name follows.
    if (
      /^\s+(?:of|from|loyal to|allied (?:to|with))\s+(?:the\s+)?\p{Lu}/u.test(
        slice.slice(at + m[0].length),
      )
    )
      continue;
    const row = m.slice(1).findIndex((g) => g !== undefined);
    out.push({
      start: from + at,
      end: from + at + m[0].length,
      party: GENERIC_PARTIES[row],
      ...(UNIDENTIFIED.test(`${before} ${m[0]}`) ? { unidentified: true as const } : {}),
      ...(ALLIED.test(before) ? { allied: true as const } : {}),
    });
  }
  return out;
}
