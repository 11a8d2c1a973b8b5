/**
 * The event ontology: a small set of types, each a PLOVER event type, recognised from
 * trigger words in a sentence. Documented in docs/ingest.md. Order matters: the first type
 * whose trigger appears in a sentence wins over later ones at the same position.
 */
import { NUMBER_WORDS } from '../model/number-words';

export interface EventType {
  /** PLOVER event type; its name and gloss are in src/model/event-types.ts. */
  type: string;
  trigger: RegExp;
  /** Actors before the trigger act, those after it are acted upon; otherwise all take part. */
  directed: boolean;
  /** Sentences the trigger exists for: each must give an event of this type (event-types.test.ts). */
  examples: string[];
  /**
   * Trigger words of this type that have other senses ("struck a deal", "missile systems", "met
   * the demands"): an event typed by one of them is recorded with a weak trigger, which lowers
   * its confidence (src/model/confidence.ts). Each example must give such an event.
   */
  weak?: { words: RegExp; examples: string[] };
  /** A cheap test a sentence must pass before the trigger runs on it. */
  cue?: RegExp;
}

/**
 * A natural hazard, not in a figure of speech ("a flood of refugees", "a storm of criticism"):
 * the trigger of a disaster, and no party that fights where it "struck" or "destroyed".
 */
export const HAZARD =
  /\b(?:earthquakes?|quakes?|aftershocks?|floods?|flooding|flooded(?!\s+with\b)|floodwaters?|flash floods?|(?:heavy|torrential|monsoon) rains?|dam (?:collapse|burst|breach|failure)|(?:collapse|bursting|breach) of the (?:\S+ )?[Dd]am|cyclones?|hurricanes?|typhoons?|tropical storms?|storms?(?!\s+(?:the|a|an|its|their|his|her|two|three|four|five|several|dozens|hundreds|\d+)\b)|tsunamis?|landslides?|mudslides?|wildfires?|bushfires?|forest fires?|volcanic eruptions?|droughts?|heat ?waves?|avalanches?|tornado(?:e?s)?|blizzards?)\b(?!\s+of\b)/i;

/**
 * An accident: a crash, a capsizing, a derailment, a stampede, a fire that "broke out" (not a
 * market's crash, nor "accidentally", nor a fire set: "set fire to" is an assault).
 */
export const ACCIDENT =
  /\b(?:accidents?|(?<!(?:market|stock|price|currency|economic|financial)\s)crash(?:es|ed)?|collisions?|collided|derail(?:ed|ment)|capsiz(?:ed|ing)|overturned|stampedes?|(?:fire|blaze) broke out|caught fire|(?:building|bridge|mine|roof) collapsed|collapse of (?:a|the) (?:building|bridge|mine|roof))\b/i;

/** After "expelled", forces: "expelled government forces from the town" is fighting. */
const EXPELLED_FORCES = String.raw`\s+(?:[\w-]+\s+){0,2}(?:forces|troops|fighters|militants|rebels|soldiers|insurgents|jihadists)\b`;

export const EVENT_TYPES: EventType[] = [
  {
    type: 'ASSAULT',
    trigger:
      /\b(massacre[ds]?|killings?(?= (?:of|by)\b)|(?:revenge|reprisal|retaliatory|sectarian|extrajudicial|summary|mass|targeted) killings?|suicide (?:bomb(?:ing|er)s?|attack)|car bomb(?:ing)?|abduct(?:ed|ion|s)?|kidnapp(?:ed|ing)|executed|beheaded|tortured|(?:took|taken|taking|held) hostages?|hostage-taking|(?:was|were|been|being) shot(?! down)|burst into(?<=\b(?:men|gunmen|assailants|attackers|militants)\s+burst into)|killed \d+ civilians|civilians(?:,[^,.;]{1,40},)? (?:were |had been |have been )?killed|blew up|blown up|torched|(?:houses|homes|huts|shops|villages?|buildings|churches|mosques) (?:were|was|had been|have been) (?:burned|burnt|torched|razed)|set (?:fire to|on fire|ablaze|alight)|burn(?:ed|t) down|loot(?:ed|ing))\b/i,
    directed: true,
    examples: [
      'Gunmen abducted 20 villagers near Kidal on Monday.',
      'A car bomb killed six people in Mogadishu on Friday.',
      'ISIL militants blew up the Great Mosque of al-Nuri in Mosul on 21 June.',
      'Gunmen carried out revenge killings in Baniyas and Jableh on Friday.',
      'Gunmen torched homes and looted shops in Nyala on Monday.',
      'Houses and churches were set on fire in Imphal on Wednesday.',
      'Houses were burned in the village of Chai, in Macomia district, on Friday.',
      'Guards were taken hostage at the prison in Cuenca on Sunday.',
      'Donald Trump was shot in the ear at a rally in Butler on Saturday.',
      'Armed men burst into a television studio in Guayaquil on Tuesday.',
      'Dozens of Rohingya civilians, including children, were killed near Maungdaw on Monday.',
      'Rights groups documented the killing of 45 civilians in Gondar on Monday.',
    ],
  },
  {
    type: 'FIGHT',
    trigger:
      /\b(offensives?|counter-?offensive|clash(?:es|ed)?|fighting|fought|battles?|(?:air ?)?strikes?|airstrikes?|shell(?:ing|ed)|bombard(?:ed|ment)|bomb(?:ed|ing)|attack(?:s|ed)?(?!\s+(?:helicopters?|groups?|units?|submarines?))|assault(?:s|ed)?(?!\s+(?:groups?|brigades?|units?|troops|teams?|rifles?|detachments?|companies|company|battalions?|squads?|vehicles?))|captured|captures?|capturing|seized(?! power|\s+(?:(?:a|an|the)\s+)?(?:(?:large|huge|big|major|significant|record)\s+)?(?:cache|haul|quantit|shipment|consignment|weapons|arms|ammunition|drugs|narcotics|cocaine|heroin|contraband|assets|documents|passports|phones))|seizes?(?! power|\s+(?:(?:a|an|the)\s+)?(?:(?:large|huge|big|major|significant|record)\s+)?(?:cache|haul|quantit|shipment|consignment|weapons|arms|ammunition|drugs|narcotics|cocaine|heroin|contraband|assets|documents|passports|phones))|seizing(?! power|\s+(?:(?:a|an|the)\s+)?(?:(?:large|huge|big|major|significant|record)\s+)?(?:cache|haul|quantit|shipment|consignment|weapons|arms|ammunition|drugs|narcotics|cocaine|heroin|contraband|assets|documents|passports|phones))|recaptured|recaptures?|liberated|(?:took|takes?|taken|taking|regained|regains?|retook|retakes?) (?:full |complete )?control of|struck|targeted|destroyed|re-?took|retaken|retake|retaking|recapturing|overran|overrun|storm(?:ed|ing)|storms?(?=\s+(?:the|a|an|its|their|his|her|two|three|four|five|several|dozens|hundreds|\d+)\b)|gunfights?|gun ?battles?|firefights?|shoot-?outs?|explosions? (?:were |was )?(?:heard|reported)|(?:heard|reported) (?:loud |heavy |several |multiple |powerful )?explosions?|(?:launched|launches|launching|began|begins) (?:an? |its |their |the )?["“]?operation\b(?=[^.;]{0,80}\b(?:against|targeting)\b)|exchang(?:ed|es|ing) (?:heavy |intense |sporadic |small-arms |artillery )?(?:fire|gunfire|shots)|gunfire|c(?:a|o)me under (?:(?:heavy|intense|sustained|rocket|mortar|drone|artillery|small-arms)\s+)?(?:fire|attack|shelling|bombardment)|coming under (?:(?:heavy|intense|sustained|rocket|mortar|drone|artillery|small-arms)\s+)?(?:fire|attack|shelling|bombardment)|shot down|open(?:ed|s)? fire(?<!\b(?:to|will|would|could|may|might) open(?:ed|s)? fire)|(?:cross-border )?incursions?(?! into (?:the )?(?:market|sector|business))|(?:military|security|army|ground|counter-?terrorism|counter-?insurgency) operations? (?:against|targeting)|repelled|repulsed|fended off|beat back|beaten back|expelled(?=\s+(?:[\w-]+\s+){0,2}(?:forces|troops|fighters|militants|rebels|soldiers|insurgents|jihadists)\b)|fired(?!\s+(?:(?:his|her|their|its|the)\s+)?(?:predecessor|successor|prime minister|ministers?|chief|head|director|coach|manager|staff|employees|workers|officials?|governor|cabinet))|rockets?|missiles?|drones?(?!\s+(?:bases?|programm?es?|factor(?:y|ies)|makers?|manufacturers?|industry|operators?|pilots?|footage))|drone strikes?|swept into|(?:advanc|push)(?:ed|es|ing) (?:(?:further |deeper )?(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:wards?)? )?(?:into|on|towards?|to(?=\s+(?:the\s+)?(?:(?:eastern|western|northern|southern)\s+)?(?:outskirts|edges?|cent(?:re|er)|village|town|city|gates)\b))|entered(?<=\b(?:forces|troops|units|soldiers|fighters|tanks|army|militants|rebels|group|militias?|militiamen|insurgents|jihadists)(?:,[^,.;]{1,80},)?\s+(?:had\s+|have\s+|also\s+|reportedly\s+)?entered)|occupied(?<=\b(?:had|have|has|forces|troops|units|soldiers|fighters|rebels|militants|they|army)\s+occupied)|hit(?<=\b(?:warplanes|jets|planes|aircraft|drones?|missiles?|rockets?|shells?|strikes?|airstrikes?|artillery|bombs?)\s+(?:(?:had|have|has|also|reportedly)\s+)?hit)|raid(?:s|ed)?(?!\s+(?:alerts?|sirens?|warnings?|shelters?))|ambush(?:ed)?|infighting|violence (?:erupted|broke out|flared)|hit (?:more than )?\d+ targets|inflict(?:ed|ing|s)? (?:[\w-]+ ){0,2}(?:losses|casualties) on|rammed|ramming|detonated|roadside bombs?|improvised explosive devices?|IEDs?|mortar (?:bombs?|rounds?|shells?|fire|attacks?)|(?:artillery|tank|sniper|machine-?gun|anti-aircraft|small-arms) fire|shellfire|(?:mortars?|shells?|bombs?|grenades?) (?:fell|landed|hit|struck|exploded|went off)|exploded(?<!\b(?:popularity|population|prices?|costs?|demand|sales|numbers?)\s+exploded)|explodes?(?=\s+(?:across|in|at|near|inside)\s)|(?:explosions?|blasts?)(?=\s+(?:also\s+)?(?:hit|rocked|struck|killed|tore|ripped|went off|shook))|crossed into(?<=\b(?:forces|troops|units|soldiers|fighters|tanks|army|militants|rebels)\s+(?:had\s+|have\s+|also\s+)?crossed into))\b/i,
    directed: true,
    examples: [
      'Syrian forces captured Saraqib on Thursday.',
      // A headline's present tense: "storm" with its object is an assault, not the weather.
      'Gangs storm two prisons in Port-au-Prince.',
      'The army launched a military operation against insurgents in Latakia on Thursday.',
      'The Congolese army repelled an M23 advance near Minova on 22 February.',
      'Walkie-talkies exploded across southern Lebanon on Wednesday.',
      // A timeline's present tense.
      'Sept. 17: Pagers used by Hezbollah members explode across Lebanon.',
      'Russian troops crossed into the Sumy region on Thursday.',
      'January 21: M23 rebels seize Minova, on the shore of Lake Kivu.',
      'Turkish drones struck Syrian positions near Idlib on Friday.',
      'The violence erupted on Sept. 9 between rival cartel factions in Culiacan.',
      'Clashes broke out in Tripoli on Saturday.',
      'M23 rebels advanced towards Goma on Tuesday.',
      'Russian forces advanced to the eastern outskirts of Kupiansk on October 13.',
      'On 25 September 2024, Russian troops entered the town of Vuhledar from the east.',
      // Its subject before a relative clause between commas.
      'The M23 armed group, which the UN says is backed by Rwanda, entered Bukavu on Sunday.',
      'On 11 November, Malian troops left Anefis and advanced north towards Kidal.',
      'In May 2014, the rebels expelled government forces from Kidal.',
      // An attempt happened: "tried to seize" is no plan.
      'Gangs tried to seize control of the airport in Port-au-Prince on Monday.',
      'M23 rebels pushed towards Goma on Thursday after seizing the town of Sake.',
      'Russian troops occupied the airport in Kherson on Tuesday.',
      'A mortar bomb fell on a displacement site near Goma on Tuesday.',
      'A U.N. convoy came under fire in South Sudan on Friday.',
      'Ukrainian forces pushed south, retaking Klishchiivka near Bakhmut in September 2023.',
      'Two shells landed near the hospital in Goma on Friday.',
      'Gangs opened fire on a plane landing in Port-au-Prince on Monday.',
      '11 November – Gangs open fire on a plane approaching the airport in Port-au-Prince.',
      'Russian units inflicted heavy losses on Ukrainian brigades near Pokrovsk on Monday.',
      'Chinese coast guard vessels rammed a Philippine boat near Second Thomas Shoal on Monday.',
      'Residents of Omdurman reported heavy artillery fire late on Tuesday.',
      'Al-Shabaab militants detonated a roadside bomb in Mogadishu on Tuesday.',
      'Three of the attackers were killed in a shootout near Zvecan on Sunday.',
      'Pakistani and Afghan forces exchanged heavy fire along the border near Torkham overnight.',
      'Residents in Jammu reported loud explosions overnight.',
      'Pakistan said it had launched "Operation Bunyan-um-Marsoos" against targets in Udhampur.',
    ],
    weak: {
      words:
        /^(?:struck|hit|targeted|fired|destroyed|rockets?|missiles?|drones?|liberated|gunfire)$/i,
      examples: [
        'Israeli warplanes hit a building in Beirut on Tuesday.',
        'Russian missiles hit Kharkiv on Monday.',
        'The army targeted supply routes near Goma on Friday.',
        'The Iraqi Army liberated eastern Mosul on 24 January 2017.',
        'Gunfire rang out across Goma on Tuesday.',
      ],
    },
  },
  {
    type: 'MOBILIZE',
    trigger:
      /\b(deploy(?:ed|ment|s|ing)?|reinforcements?|war games|(?:military|naval|joint|live-fire) (?:drills|exercises)|(?:held|holds|staged|stages|conducted|conducts|launched|launches|began|begins) (?:[\w-]+ ){0,2}(?:drills|exercises)|mobili[sz](?:ed|ation)|massing|military convoy|sent (?:another |more |additional |extra )?(?:[\d,]+ |hundreds of |thousands of )?(?:troops|soldiers|forces|police(?:men)?|(?:companies|battalions|units) of)|dispatched|(?:reinforced|bolstered|stepped up|beefed up) (?:its |their |the )?(?:military |security )?(?:presence|positions|garrisons?))\b/i,
    directed: false,
    examples: [
      'Turkey deployed reinforcements to Idlib on Sunday.',
      'A military convoy entered Idlib on Monday.',
      'The army sent 5,000 soldiers to Cucuta over the weekend.',
      'Brazil reinforced its military presence in Pacaraima on Tuesday.',
      'India sent another 50 companies of paramilitary police to Imphal on Saturday.',
      'China staged war games around Taiwan on Monday, deploying a record 153 aircraft.',
      'China held large-scale drills around Taiwan on Wednesday.',
    ],
  },
  {
    type: 'RETREAT',
    trigger:
      /\b(withdr(?:ew|awn|awal|aws|awing)|withdraw(?<=\b(?:ordered|forcing|forced) (?:[\w-]+ ){0,3}to withdraw)|retreat(?:ed|s)?|pulled (?:out|back))\b/i,
    directed: false,
    examples: [
      'Ukrainian troops withdrew from Avdiivka on Saturday.',
      'Rebels pulled out of Goma on Tuesday.',
    ],
  },
  {
    type: 'AGREE',
    trigger: /\b(agreed|agreements?|signed|memorand(?:um|a)|ceasefire|truce|accords?|deal)\b/i,
    directed: false,
    examples: [
      'Russia and Turkey agreed a ceasefire in Idlib on Thursday.',
      'The two sides signed a memorandum in Sochi on Monday.',
    ],
    weak: {
      words: /^(?:deal|accords?)$/i,
      examples: ['Kyiv and Warsaw reached a deal on grain transit in Warsaw on Tuesday.'],
    },
  },
  {
    type: 'CONSULT',
    trigger:
      /\b(consultations?|talks|negotiations?|met|meeting|discussed|phone call|over the phone|by phone|telephone conversation|visit(?:ed|s)?|held talks|have spoken|spoke by phone|spoke with)\b/i,
    directed: false,
    examples: [
      'Russian and Turkish officials held talks in Ankara on Monday.',
      'Erdogan met Putin in Moscow on Thursday.',
    ],
    weak: {
      words: /^(?:met|meeting|visit(?:ed|s)?|discussed)$/i,
      examples: ['Blinken visited Kyiv on Wednesday.'],
    },
  },
  {
    type: 'SANCTION',
    // Not forces expelled from a town: that is fighting (EXPELLED_FORCES).
    trigger: new RegExp(
      String.raw`\b(sanctions?|expelled(?!${EXPELLED_FORCES})|(?:severed|cut|broke off|suspended) (?:diplomatic )?(?:ties|relations)|embargo)\b`,
      'i',
    ),
    directed: true,
    examples: [
      'The European Union imposed sanctions on Russia on Friday.',
      'Niger expelled the French ambassador on Sunday.',
      'Algiers cut diplomatic ties with Rabat in August 2021.',
    ],
  },
  {
    type: 'COERCE',
    trigger:
      /\b(arrested|detained|blockade|curfew|besieged|siege|evacuation (?:orders?|warnings?)|ordered (?:residents|civilians|people|the population) to (?:leave|evacuate))\b/i,
    directed: true,
    examples: [
      'Police arrested 40 protesters in Tbilisi on Monday.',
      'The army imposed a curfew in Khartoum on Friday.',
      'The Israeli military issued an evacuation order for eastern Khan Younis in Gaza on Monday.',
    ],
  },
  {
    type: 'AID',
    trigger:
      /\b(aid (?:convoy|delivery|deliveries)|(?:delivered|distributed|airdropped) (?:humanitarian |emergency |life-saving )?(?:aid|food(?: aid| assistance| rations| parcels)?|medical supplies|relief(?: supplies)?)|evacuat(?:ed|ion)(?!\s+(?:orders?|warnings?)))\b/i,
    directed: false,
    examples: [
      'The UN delivered humanitarian aid to Idlib on Tuesday.',
      'An aid convoy reached Rafah on Monday.',
      'The World Food Programme delivered food to 40,000 people in El Fasher on 10 June.',
    ],
  },
  {
    type: 'PROTEST',
    trigger:
      /\b(protest(?:s|ed|ing)?|protesters|demonstrat(?:ions?|ors|ed|ing)|rall(?:y|ies|ied)|took to the streets|taking to the streets|sit-ins?|riots?(?! (?:police|gear|shields?|control))|rioting|rioted|rioters)\b/i,
    directed: false,
    examples: [
      'Thousands of protesters rallied in Beirut on Sunday.',
      'Riots broke out in prisons in Cuenca and Machala overnight.',
      'Demonstrators marched in Niamey on Saturday.',
      'Hundreds of residents protested in Omdurman on Wednesday.',
      'Thousands took to the streets of Bamako on Friday.',
      'Supporters of the junta rallied in Niamey on Wednesday.',
    ],
  },
  {
    type: 'THREATEN',
    trigger: /\b(threaten(?:ed|s)?|ultimatum)\b/i,
    directed: true,
    examples: [
      'Erdogan threatened to strike Syrian forces in Idlib on Wednesday.',
      'Turkey issued an ultimatum to Damascus on Monday.',
    ],
  },
  {
    type: 'DISASTER',
    trigger: HAZARD,
    directed: false,
    examples: [
      'A powerful earthquake struck near Marrakesh late on Friday.',
      'Storm Daniel caused catastrophic flooding in Derna on 10 September.',
      'The collapse of the Alau Dam on 10 September flooded about 40 per cent of Maiduguri.',
      'Heavy rains caused the dam to overflow near Maiduguri on 10 September.',
    ],
  },
  {
    // Harm no one is said to have meant: "killed in a car crash" is no assault (the killings
    // rows below are not read where this type is), and no fight where fighting brought the
    // aircraft down (rules/unreported-triggers.ts).
    type: 'ACCIDENT',
    trigger: ACCIDENT,
    directed: false,
    examples: [
      'Twelve people were killed in a road accident near Kano on Sunday.',
      'A boat carrying migrants capsized off Lampedusa on Tuesday.',
      'A passenger train derailed near Balasore on Friday evening.',
      'A fire broke out at a market in Omdurman on Monday, killing 20 people.',
    ],
  },
];

/** How many were killed: "at least 12", "six", "dozens of", "a", "the" (officer). */
const KILLED_COUNT = String.raw`(?:at least |more than |some |about |nearly |up to )?(?:\d[\d,]*|${Object.keys(
  NUMBER_WORDS,
).join('|')}|dozens of|scores of|hundreds of|several|a|an|the)`;
/** Up to two words between the count and the noun: "six unarmed men", "a village chief". */
const KILLED_MODIFIERS = String.raw`(?:[\p{L}-]+ ){0,2}`;
/** What every report of people killed says: the cue of the rows below. */
const KILLED_CUE =
  /\b(?:kill(?:s|ed|ing)?|shot dead|assassinated|wound(?:s|ed|ing)?|injur(?:es?|ed|ing)|eliminat(?:es?|ed|ing)|neutrali[sz](?:es?|ed|ing))\b/i;
/** People who bear no arms, as news counts them when they are killed. */
const UNARMED =
  'people|persons|villagers|residents|civilians|men|women|children|boys|girls|farmers|herders|fishermen|miners|worshippers|students|pupils|teachers|traders|passengers|workers|doctors|nurses|journalists|protesters|demonstrators|chiefs|pilgrims|refugees|migrants|man|woman|child|boy|girl|farmer|herder|teacher|student|journalist|chief|priest|imam|pastor|doctor|nurse|civilian|resident|villager|worker|trader';
/** Verbs of people killed or hurt, stems for -ed and -ing. */
const HARMED = ['kill', 'wound', 'injur'];
/** For people who bear arms, also the words of armies' communiqués: "40 servicemen were eliminated". */
const ARMED_HARMED = [...HARMED, 'eliminat', 'neutralis', 'neutraliz'];
/** People who bear arms. */
const ARMED =
  'soldiers|troops|servicemen|fighters|militants|insurgents|rebels|mercenaries|policemen|police officers|officers|gunmen|attackers|assailants|guards|peacekeepers|jihadists|terrorists|soldier|serviceman|fighter|militant|insurgent|rebel|policeman|police officer|officer|gunman|attacker|assailant|guard|peacekeeper';
/**
 * A timeline's present tense, not after a modal or "to": "Members of the Gran Grif gang kill
 * at least 115 people in Pont-Sondé" (not "threatened to kill").
 */
const PRESENT_OF: Record<string, string> = Object.fromEntries(
  Object.entries({
    kill: 'kills?',
    wound: 'wounds?',
    injur: 'injures?',
    eliminat: 'eliminates?',
    neutralis: 'neutralises?',
    neutraliz: 'neutralizes?',
  }).map(([stem, forms]) => [
    stem,
    `(?<!\\b(?:to|will|would|could|may|might|can|cannot|not|must|should) )(?:${forms})`,
  ]),
);
/**
 * "killed six men", "killing a village chief" or "civilians were killed", "a teacher was
 * killed", "a peacekeeper were among those killed".
 */
const killed = (nouns: string, verbs = HARMED) =>
  new RegExp(
    String.raw`\b(?:(?:${verbs.map((v) => `${v}ed|${v}ing|${PRESENT_OF[v]}`).join('|')}) ${KILLED_COUNT} ${KILLED_MODIFIERS}(?:${nouns})|(?:${nouns}|\d[\d,]* (?:[\p{L}-]+ )?\p{L}+s) (?:were|was|are|is|have been|has been|had been) (?:among those )?(?:${verbs.map((v) => `${v}ed`).join('|')}))\b`,
    'iu',
  );

/**
 * People reported killed or wounded where no other trigger says how ("At least 800 people were
 * killed in Ardamata", "two people were injured in Nyala"): an assault on them, or, where the killed bore arms ("killed dozens of Malian
 * soldiers"), a fight. Where the sentence names fighting too ("killed in clashes"), the
 * fighting is the event and these are not read.
 */
const CIVILIANS_KILLED: EventType = {
  cue: KILLED_CUE,
  type: 'ASSAULT',
  trigger: killed(UNARMED),
  directed: true,
  examples: [
    'At least 800 people were killed in Kadugli between 4 and 6 November.',
    'More than 100 Palestinians were killed in Gaza City on Thursday as they waited for an aid convoy.',
    'On 19 June, a school in Nuseirat refugee camp was hit, killing at least eight people.',
    'On 22 May, fighters from the Ambazonia Defence Forces killed a village chief in Bali Nyonga.',
    'On 16 April, soldiers killed six men in the village of Mbuluf, near Kumbo.',
    'Two people were injured in Nyala on Sunday.',
    '3 March – Members of the Gran Grif gang kill at least 115 people in Port-au-Prince.',
    '6–7 December – At least 184 people are killed in Cité Soleil.',
    'Three civilians were wounded in Bakhmut on Monday.',
  ],
};
const ARMED_KILLED: EventType = {
  cue: KILLED_CUE,
  type: 'FIGHT',
  trigger: killed(ARMED, ARMED_HARMED),
  directed: true,
  examples: [
    'Rebels killed dozens of Malian soldiers near Kidal on Saturday.',
    'Eleven soldiers were killed near Djibo on Sunday.',
    'An ambush near Djibo wounded four soldiers.',
    'In the Zaporozhye direction, up to 40 Ukrainian servicemen were eliminated near Orekhov.',
    'The army said it had neutralised 20 terrorists near Djibo on Sunday.',
    'Gunmen stormed the monastery near Zvecan on Sunday after killing the officer, Afrim Bunjaku.',
    'Three soldiers and a peacekeeper were among those killed near Sake on Friday.',
  ],
};
/**
 * A capitalised name of one to four words: "Hapilon", "Omar Maute". In the trigger each is
 * taken whole, once (a lookahead and its backreference): a list of names is not re-split.
 */
const PERSON_NAME = String.raw`\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,3}`;
/** People the text names, reported killed ("Hapilon and Omar Maute were killed"): an assault on them. */
const NAMED_KILLED: EventType = {
  cue: KILLED_CUE,
  type: 'ASSAULT',
  trigger: new RegExp(
    String.raw`\b(?=(${PERSON_NAME}))\1(?:(?:,| and) (?=(${PERSON_NAME}))\2)* (?:was|were|has been|had been|have been) (?:killed|shot dead|assassinated)\b`,
    'u',
  ),
  directed: true,
  examples: [
    'On 16 October 2017, Hapilon and Omar Maute were killed in a military operation in Marawi.',
  ],
};
export const CASUALTY_REPORTS: EventType[] = [CIVILIANS_KILLED, ARMED_KILLED, NAMED_KILLED];

/**
 * Something a named party did on a date the report gives, in words no trigger knows ("The
 * junta dissolved the electoral commission on Tuesday"). Not found by a trigger word but by
 * its form: see {@link findOtherAction}.
 */
export const OTHER_ACTION: EventType = {
  type: 'OTHER',
  trigger: /(?!)/,
  directed: true,
  examples: [
    'The Malian junta dissolved all political parties in Bamako on Wednesday.',
    'Hezbollah dismantled its positions near Tyre on Monday.',
  ],
};

/** Past-tense verbs that are no action of their subject: being, saying, seeming. */
const NOT_ACTIONS = new Set(
  'was were had did seemed appeared remained looked sounded felt needed wanted hoped planned expected used based called named aged reported added noted stated claimed warned denied confirmed declared accused alleged argued explained stressed insisted urged vowed pledged condemned announced informed quoted specified'.split(
    ' ',
  ),
);
const IRREGULAR_ACTIONS =
  'took|made|sent|gave|began|held|won|lost|fled|left|opened|closed|cut|shut|set|put|broke|built|blew|burnt|burned|drove|fell|froze|hid|led|met|paid|ran|rode|sold|sought|seized|shot|stole|struck|swept|threw|tore|went|withdrew|wrote';

const ACTION_AFTER_SUBJECT = new RegExp(
  String.raw`^\s+(?:(?:has|have|had)\s+)?(?:(?:also|again|then|later|reportedly)\s+)?([a-z]{3,}ed|${IRREGULAR_ACTIONS})\b`,
);

/**
 * The verb right after a sentence's subject, when it is a past-tense action: "The junta
 * dissolved", "Hezbollah has evacuated". `afterSubject` is the text after the subject's name.
 */
export function findOtherAction(afterSubject: string): { at: number; verb: string } | null {
  const m = ACTION_AFTER_SUBJECT.exec(afterSubject);
  if (!m || NOT_ACTIONS.has(m[1])) return null;
  return { at: m.index + m[0].length - m[1].length, verb: m[1] };
}

/** Words of an attack beaten off (in the fighting trigger too): who is repelled attacked. */
export const REPEL_WORDS = 'repelled|repulsed|fended off|beat back|beaten back';

/**
 * A trigger governed by one of these words is a plan or a wish, not something that happened;
 * "continued to attack", "began to shell" did happen, and so did what one "claimed to have
 * ambushed" (a perfect infinitive tells of the past). A noun of intent reaches further: "its
 * intention to conduct limited ground incursions".
 */
export const IRREALIS =
  /\b(goal|aim|plan(?:s|ned)?|need|would|will|could|should|might|may|intend(?:s|ed)?|ready|willing|seek(?:s|ing)?|hope|consider(?:ing)?|threaten(?:s|ed)?|(?<!\b(?:continued|continues|began|begun|started|kept|went on|proceeded|tried|attempted|trying|attempting|up|close)\s)to(?!\s+have\s))\s+(?:\w+\s+){0,2}(?:\w+-)?$|\b(?:intention|intent|readiness|plans?|decision)\s+to\s+(?:\w+\s+){0,4}$/i;

/** What follows a trigger that puts it in the future: "talks would resume", "talks are due to". */
export const IRREALIS_AFTER =
  /^\W*\s*(?:would|will|shall|are due|is due|are expected|is expected|are set|is set|are scheduled|is scheduled)\b/i;

/** After a meeting and what it is with, the day it is planned for: "talks with the United States planned for Sunday". */
export const PLANNED_FOR =
  /^[^,.;:]{0,60}?\b(?:planned|scheduled|slated|due|set)\s+(?:for|on|to\s+(?:be\s+held|take\s+place|begin|start|resume|open))\b/i;

/** Later in the trigger's clause, a future: "talks with the Karabakh Armenians would be held". */
export const IRREALIS_LATER =
  /^[^,.;:]{0,80}?\b(?:would|will|shall|is to|are to)\s+(?:be\s+held|take\s+place|begin|start|resume|open|convene)\b/i;

/**
 * "an assault on Rafah would be a disaster": an indefinite event with "would" is a supposition,
 * across an aside too ("an attack on El Fasher, where 1.5 million people shelter, would").
 */
export const SUPPOSED = {
  before: /\b(?:an?|any)\s+(?:[\p{L}-]+\s+)?$/iu,
  after: /^[^,.;:]{0,60}?(?:,(?:[^.;:,]|(?<=\d)[.,](?=\d)){1,100},[^,.;:]{0,20}?)?\bwould\b/i,
};

/** Denied before the trigger in its clause: "had not been involved in drafting the ceasefire", "no agreement". */
export const NEGATED = /(?:\b(?:not|never)\s+(?:[\w’'-]+\s+){0,5}|\bno\s+)$/i;

export interface TriggerHit {
  type: EventType;
  start: number;
  end: number;
  text: string;
}

/**
 * Whether an event's type came from a word that names it or from one with other senses (see
 * {@link EventType.weak}); an event found by its form alone ({@link OTHER_ACTION}) is weak.
 */
export function triggerStrength(type: EventType, word: string): 'strong' | 'weak' {
  if (type === OTHER_ACTION) return 'weak';
  return type.weak?.words.test(word.trim()) ? 'weak' : 'strong';
}

/** Each type's trigger as a global, case-blind pattern, made once: it runs on every sentence. */
const GLOBAL_TRIGGERS = EVENT_TYPES.map((type) => ({
  type,
  re: new RegExp(type.trigger.source, 'gi'),
}));

/** The event triggers in a sentence, first type per position, in text order. */
export function findTriggers(sentence: string, offset: number): TriggerHit[] {
  const hits: TriggerHit[] = [];
  for (const { type, re } of GLOBAL_TRIGGERS) {
    re.lastIndex = 0;
    for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
      const start = offset + m.index;
      if (hits.some((h) => h.start <= start && start < h.end)) continue;
      hits.push({ type, start, end: start + m[0].length, text: m[0] });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}
