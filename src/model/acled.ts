/**
 * Our event types in ACLED's vocabulary, for the CSV export. ACLED codes six event types and
 * their sub-event types (ACLED Codebook, 2023: "Event types and sub-event types"); they are
 * listed in {@link ACLED_SUB_EVENT_TYPES} as the codebook gives them, and a test checks that
 * the mapping gives nothing else. ACLED does not code talks, statements, sanctions, threats or
 * aid deliveries: those items get no ACLED type rather than a made-up one.
 */
export const ACLED_SUB_EVENT_TYPES = {
  Battles: ['Armed clash', 'Government regains territory', 'Non-state actor overtakes territory'],
  'Explosions/Remote violence': [
    'Chemical weapon',
    'Air/drone strike',
    'Suicide bomb',
    'Shelling/artillery/missile attack',
    'Remote explosive/landmine/IED',
    'Grenade',
  ],
  'Violence against civilians': ['Sexual violence', 'Attack', 'Abduction/forced disappearance'],
  Protests: ['Peaceful protest', 'Protest with intervention', 'Excessive force against protesters'],
  Riots: ['Violent demonstration', 'Mob violence'],
  'Strategic developments': [
    'Agreement',
    'Arrests',
    'Change to group/activity',
    'Disrupted weapons use',
    'Headquarters or base established',
    'Looting/property destruction',
    'Non-violent transfer of territory',
    'Other',
  ],
} as const;

export type AcledEventType = keyof typeof ACLED_SUB_EVENT_TYPES;

export interface AcledCoding {
  eventType: AcledEventType;
  /** One of the event type's sub-event types, or '' where the quote does not tell which. */
  subEventType: string;
}

/** What a mapping row looks at: our type, the quote, and whether the acting side is a state's. */
export interface AcledInput {
  type: string;
  quote: string;
  /** The acting actors' kinds (state, military, ministry... or armed_group and others). */
  actorKinds: string[];
}

interface AcledRule extends AcledCoding {
  /** Our event type the row applies to. */
  type: string;
  /** Words of the quote that choose this sub-event type; absent: the type's default. */
  words?: RegExp;
  /** For captures: who acts, a state's forces or a non-state group. */
  actor?: 'state' | 'non-state';
  /** A quote the row exists for; one test runs every row's example (acled.test.ts). */
  example: AcledInput;
}

const STATE_KINDS = new Set(['state', 'ministry', 'official', 'military']);

/** First matching row wins, so specific words come before a type's default. */
export const ACLED_RULES: AcledRule[] = [
  {
    type: 'FIGHT',
    words: /\b(?:chemical|chlorine|sarin|nerve agent)\b/i,
    eventType: 'Explosions/Remote violence',
    subEventType: 'Chemical weapon',
    example: { type: 'FIGHT', quote: 'A chlorine attack hit Douma on Saturday.', actorKinds: [] },
  },
  {
    type: 'FIGHT',
    words:
      /\b(?:air ?strikes?|airstrikes?|air raids?|drones?|warplanes?|aircraft|jets?|bombers?|helicopters?|air force)\b/i,
    eventType: 'Explosions/Remote violence',
    subEventType: 'Air/drone strike',
    example: {
      type: 'FIGHT',
      quote: 'Turkish drones struck Syrian positions near Idlib on Friday.',
      actorKinds: ['state'],
    },
  },
  {
    type: 'FIGHT',
    words:
      /\b(?:shell(?:s|ing|ed)?|artillery|mortars?|rockets?|missiles?|bombard(?:ed|ment)|barrage)\b/i,
    eventType: 'Explosions/Remote violence',
    subEventType: 'Shelling/artillery/missile attack',
    example: {
      type: 'FIGHT',
      quote: 'Russian missiles hit Kharkiv on Monday.',
      actorKinds: ['state'],
    },
  },
  {
    type: 'FIGHT',
    words:
      /\b(?:captured|seized|recaptured|retook|retaken|regained|overran|overrun|took (?:full |complete )?control|swept into)\b/i,
    actor: 'state',
    eventType: 'Battles',
    subEventType: 'Government regains territory',
    example: {
      type: 'FIGHT',
      quote: 'Syrian forces captured Saraqib on Thursday.',
      actorKinds: ['military'],
    },
  },
  {
    type: 'FIGHT',
    words:
      /\b(?:captured|seized|recaptured|retook|retaken|regained|overran|overrun|took (?:full |complete )?control|swept into)\b/i,
    actor: 'non-state',
    eventType: 'Battles',
    subEventType: 'Non-state actor overtakes territory',
    example: {
      type: 'FIGHT',
      quote: 'M23 rebels seized Goma on Monday.',
      actorKinds: ['armed_group'],
    },
  },
  {
    type: 'FIGHT',
    words:
      /\b(?:IEDs?|improvised explosive|roadside bombs?|car bombs?|landmines?|land mines?|mine (?:blast|explosion)s?|(?:hit|struck|stepped on) an? mine|explosive devices?)\b/i,
    eventType: 'Explosions/Remote violence',
    subEventType: 'Remote explosive/landmine/IED',
    example: {
      type: 'FIGHT',
      quote: 'A roadside bomb hit an army convoy near Gao on Tuesday.',
      actorKinds: [],
    },
  },
  {
    type: 'FIGHT',
    words: /\bgrenades?\b/i,
    eventType: 'Explosions/Remote violence',
    subEventType: 'Grenade',
    example: {
      type: 'FIGHT',
      quote: 'Gunmen threw a grenade at a checkpoint in Mogadishu on Friday.',
      actorKinds: ['armed_group'],
    },
  },
  {
    // "Strikes" is remote violence, but not which kind: from the air, by drone or by missile
    // the quote does not say, and the sub-event type is left empty rather than guessed.
    type: 'FIGHT',
    words: /\b(?:strikes?|struck|bombed|bombing|bombardments?)\b/i,
    eventType: 'Explosions/Remote violence',
    subEventType: '',
    example: {
      type: 'FIGHT',
      quote: 'Israeli strikes on Khan Younis killed 12 people on Sunday.',
      actorKinds: ['state'],
    },
  },
  {
    type: 'FIGHT',
    eventType: 'Battles',
    subEventType: 'Armed clash',
    example: { type: 'FIGHT', quote: 'Clashes broke out in Tripoli on Saturday.', actorKinds: [] },
  },
  {
    type: 'ASSAULT',
    words: /\b(?:suicide)\b/i,
    eventType: 'Explosions/Remote violence',
    subEventType: 'Suicide bomb',
    example: {
      type: 'ASSAULT',
      quote: 'A suicide bomber killed 12 people in Kabul on Friday.',
      actorKinds: [],
    },
  },
  {
    type: 'ASSAULT',
    words: /\b(?:car bomb(?:ing)?|roadside bomb|IEDs?|landmines?|explosive device)\b/i,
    eventType: 'Explosions/Remote violence',
    subEventType: 'Remote explosive/landmine/IED',
    example: {
      type: 'ASSAULT',
      quote: 'A car bomb killed six people in Mogadishu on Friday.',
      actorKinds: [],
    },
  },
  {
    type: 'ASSAULT',
    words: /\b(?:abduct(?:ed|ion|s)?|kidnapp(?:ed|ing))\b/i,
    eventType: 'Violence against civilians',
    subEventType: 'Abduction/forced disappearance',
    example: {
      type: 'ASSAULT',
      quote: 'Gunmen abducted 20 villagers near Kidal on Monday.',
      actorKinds: ['armed_group'],
    },
  },
  {
    type: 'ASSAULT',
    eventType: 'Violence against civilians',
    subEventType: 'Attack',
    example: {
      type: 'ASSAULT',
      quote: 'Militiamen massacred villagers in Ituri on Sunday.',
      actorKinds: ['armed_group'],
    },
  },
  {
    type: 'PROTEST',
    words: /\b(?:tear ?gas|dispersed|fired on|live ammunition|killed)\b/i,
    eventType: 'Protests',
    subEventType: 'Protest with intervention',
    example: {
      type: 'PROTEST',
      quote: 'Police dispersed protesters with tear gas in Tbilisi on Monday.',
      actorKinds: [],
    },
  },
  {
    type: 'PROTEST',
    eventType: 'Protests',
    subEventType: 'Peaceful protest',
    example: {
      type: 'PROTEST',
      quote: 'Thousands of protesters rallied in Beirut on Sunday.',
      actorKinds: [],
    },
  },
  {
    type: 'COERCE',
    words: /\b(?:arrested|detained)\b/i,
    eventType: 'Strategic developments',
    subEventType: 'Arrests',
    example: {
      type: 'COERCE',
      quote: 'Police arrested 40 protesters in Tbilisi on Monday.',
      actorKinds: [],
    },
  },
  {
    type: 'COERCE',
    eventType: 'Strategic developments',
    subEventType: 'Other',
    example: {
      type: 'COERCE',
      quote: 'The army imposed a curfew in Khartoum on Friday.',
      actorKinds: ['military'],
    },
  },
  {
    type: 'AGREE',
    eventType: 'Strategic developments',
    subEventType: 'Agreement',
    example: {
      type: 'AGREE',
      quote: 'Russia and Turkey agreed a ceasefire in Idlib on Thursday.',
      actorKinds: ['state', 'state'],
    },
  },
  {
    type: 'RETREAT',
    eventType: 'Strategic developments',
    subEventType: 'Non-violent transfer of territory',
    example: {
      type: 'RETREAT',
      quote: 'Ukrainian troops withdrew from Avdiivka on Saturday.',
      actorKinds: ['military'],
    },
  },
  {
    type: 'MOBILIZE',
    eventType: 'Strategic developments',
    subEventType: 'Change to group/activity',
    example: {
      type: 'MOBILIZE',
      quote: 'Turkey deployed reinforcements to Idlib on Sunday.',
      actorKinds: ['state'],
    },
  },
];

/** Our types ACLED does not code (talks, statements, sanctions, threats, aid, other actions, disasters, accidents). */
export const NOT_ACLED_TYPES = [
  'CONSULT',
  'SAID',
  'SANCTION',
  'THREATEN',
  'AID',
  'OTHER',
  'DISASTER',
  'ACCIDENT',
];

/** The ACLED event type and sub-event type of an item, or null when ACLED codes no such event. */
export function acledCoding(input: AcledInput): AcledCoding | null {
  const state = input.actorKinds.some((k) => STATE_KINDS.has(k));
  for (const rule of ACLED_RULES) {
    if (rule.type !== input.type) continue;
    if (rule.words && !rule.words.test(input.quote)) continue;
    if (rule.actor === 'state' && !state) continue;
    if (rule.actor === 'non-state' && state) continue;
    return { eventType: rule.eventType, subEventType: rule.subEventType };
  }
  return null;
}
