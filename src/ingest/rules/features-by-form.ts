/**
 * Places the gazetteer does not know but the text names by their form ("the village of Kafr
 * Nabudah", "Shayrat airbase", "the Qminas district"), and distances from a known place ("five
 * kilometres north of Saraqib"). Each rule is a row with the example it exists for;
 * `features-by-form.test.ts` runs every example. Where such a place lies comes from what the
 * text ties it to (see `tieOf`), with ACLED's geo-precision: 2 near a named place, 3 only the
 * region.
 */
import { NUMBER_WORDS } from '../../model/number-words';
import type { Span } from '../../model/situation';

export interface FormRule {
  /** What the place is, for its type and reason: "village", "air base", "district". */
  kind: string;
  /** Finds the name; group 1 is the name. */
  pattern: RegExp;
  /** A sentence and the name the rule must find in it. */
  example: [string, string];
  /** The form word is part of the name: "Hamra Street", "South Hospital" (not "Shayrat airbase"). */
  named?: true;
  /** Group 1 is a list of names ("Shire and Adwa"), each a place of its own. */
  list?: true;
  /** Only a place where the text ties it to a known one ("in Ardamata, West Darfur"). */
  tiedOnly?: true;
  /** Only a place where its own sentence names a known one, tied to it or not. */
  inSentenceOnly?: true;
  /** A cheap test a sentence must pass before the rule's pattern runs on it. */
  cue?: RegExp;
  /** The name is a verb's object, so no name of a person or a party ("captured Saddam Hussein"). */
  capture?: true;
}

/**
 * A capitalised name of one to four words, with Arabic and European particles inside ("St.
 * Cloud", "Dar es Salaam", "Deir ez Zor").
 */
const NAME = String.raw`((?:St\.?\s+)?(?:al-|el-|ad-|as-|ash-|at-|az-|ar-|an-)?\p{Lu}[\p{L}'’-]+(?:\s+(?:al-|el-|ad-|as-|ash-|at-|az-|ar-|an-|de\s+|du\s+|la\s+|el\s+|al\s+|es\s+|ez\s+|ad\s+|ash\s+)?\p{Lu}[\p{L}'’-]+){0,3})`;

/**
 * Each word of an alternation also with a capital: "bridge" and "Bridge", "Medical Center",
 * "Air Base" (a letter after a backslash is a class: "\\s" stays).
 */
const eitherCase = (words: string) =>
  words.replace(
    /(^|[^a-zA-Z\\])([a-z])/g,
    (_, before: string, c: string) => `${before}[${c}${c.toUpperCase()}]`,
  );
/** "the village of X": the rule's pattern, and its form word as the cue the sentence must pass. */
const before = (words: string) => ({
  pattern: new RegExp(String.raw`\b(?:${eitherCase(words)})\s+of\s+${NAME}`, 'gu'),
  cue: new RegExp(String.raw`\b(?:${words})\s+of\b`, 'i'),
});
// Not "a drive-through": the form word is no part of a compound.
/** "Shayrat airbase": the rule's pattern, and its form word as the cue. */
const after = (words: string) => ({
  pattern: new RegExp(String.raw`${NAME}\s+(?:${eitherCase(words)})\b(?![-‐])`, 'gu'),
  cue: new RegExp(String.raw`\b(?:${words})\b`, 'i'),
});

/** {@link NAME} as a list's earlier item, not captured. */
const ITEM = NAME.replace('(', '(?:');
/** "the Delmas and Cité Soleil neighbourhoods": a list of names before a plural form word. */
const pluralList = (words: string) => ({
  pattern: new RegExp(
    String.raw`((?:${ITEM},\s+)*${ITEM},?\s+and\s+${ITEM})\s+(?:${words})\b`,
    'gu',
  ),
  cue: new RegExp(String.raw`\b(?:${words})\b`),
});
/** "the capital of", "the regional capital of", "the main town of": what ties a town to its region. */
const CAPITAL_OF =
  /the\s+(?:[\p{Ll}-]+\s+){0,2}?(?:capital|seat|main town|largest (?:city|town))\s+of\s+(?:the\s+)?/u;

/** After a town's name: ", the capital of (the) …". */
const CAPITAL_TIE = new RegExp(String.raw`^,\s+${CAPITAL_OF.source}`, 'u');

/** A distance's number and unit, each a group of {@link OFFSET}: "20 km", "five kilometres". */
const DISTANCE_NUMBER = String.raw`\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|a few|several`;
export const DISTANCE_UNIT = 'km|kilometres?|kilometers?|miles?';
/** The start of a distance from a place: "20 km north of", "five kilometres south-east of". */
const OFFSET_START = String.raw`(?:${DISTANCE_NUMBER})\s*(?:-\s*)?(?:${DISTANCE_UNIT})\s`;
/** Words that round a distance: "about 60 km north of". */
export const APPROXIMATELY = 'about|some|around|roughly|nearly|approximately';

/** Verbs of taking ground, whose object is a place. */
const CAPTURE_VERBS =
  'captured|recaptured|retook|seized|overran|stormed|besieged|took control of|took over|gained control of|regained control of|entered|shelled|encircled';
const CAPTURE_CUE = new RegExp(String.raw`\b(?:${CAPTURE_VERBS})\s+\p{Lu}`, 'u');

/** {@link ITEM} with no owner's possessive in it ("Seoul's Jamsil Stadium"). */
const NEAR_ITEM = String.raw`(?!\S*['’]s\b)${ITEM}`;
/** "near" or "outside" before a capitalised name: see the rule for places fighting is near. */
const NEAR_NAME_CUE = /\b(?:near|outside)\s+\p{Lu}/u;

export const FORM_RULES: FormRule[] = [
  {
    kind: 'locality',
    pattern: new RegExp(String.raw`\b(?:in|at|near|outside|around|into|from)\s+${NAME},\s`, 'gu'),
    example: ['Fighting continued in Ardamata, West Darfur, on Sunday.', 'Ardamata'],
    tiedOnly: true,
    cue: /,\s/,
  },
  {
    // What forces take or lay siege to is a place: "captured Um Rawaba", "took control of Kuraz"
    // (a capitalised name right after the verb; not a person the lexicon knows).
    kind: 'locality',
    pattern: new RegExp(
      String.raw`\b(?:${CAPTURE_VERBS})\s+${NAME}(?=\s*(?:[,.;:]|\s(?:on|in|at|near|overnight|after|from|late|early|last|this|and|as|,)\b|$))`,
      'gu',
    ),
    cue: CAPTURE_CUE,
    example: ['The RSF said its fighters had captured Um Rawaba overnight.', 'Um Rawaba'],
    capture: true,
  },
  {
    kind: 'village',
    ...before('village|hamlet|settlement'),
    example: ['Shelling hit the village of Kafr Nabudah on Monday.', 'Kafr Nabudah'],
  },
  {
    kind: 'village',
    pattern: new RegExp(
      String.raw`${NAME},\s+an?\s+(?:[\p{Ll}-]+\s+){0,2}?(?:village|hamlet|settlement|town|community|locality)\b`,
      'gu',
    ),
    cue: /,\s+an?\s/,
    example: [
      'Shelling hit Tal Rifaat al-Jadida, a village near Aleppo, on Monday.',
      'Tal Rifaat al-Jadida',
    ],
  },
  {
    kind: 'town',
    pattern: new RegExp(String.raw`${NAME},\s+${CAPITAL_OF.source}`, 'gu'),
    cue: /\b(?:capital|seat|main town|largest city|largest town)\s+of\b/,
    example: ['Fighting continued near Laukkai, the capital of the Kokang region.', 'Laukkai'],
  },
  {
    // Each name of a list: "the towns of Shire and Adwa", "the villages of Nuli, Avnevi and Tamarasheni".
    kind: 'town',
    pattern: new RegExp(
      String.raw`\b(?:towns|townships|villages|cities)\s+of\s+((?:${ITEM},\s+)*(?:${ITEM},?\s+and\s+)?${ITEM})`,
      'gu',
    ),
    cue: /\b(?:towns|townships|villages|cities)\s+of\b/,
    example: ['Fighting continued around the towns of Shire and Adwa.', 'Adwa'],
    list: true,
  },
  {
    // Each name a list of settlements includes: "several towns in the Middle Shabelle region,
    // including Adan Yabaal", "towns and villages including Khan al-Asal and Urum al-Kubra".
    kind: 'town',
    pattern: new RegExp(
      String.raw`\b(?:towns|villages|cities|settlements|localities)\b[^.;:]{0,80}?\b(?:including|such as)\s+((?:${ITEM},\s+)*(?:${ITEM},?\s+and\s+)?${ITEM})`,
      'gu',
    ),
    cue: /\b(?:including|such as)\b/,
    example: [
      'Al-Shabaab retook several towns in the region, including Adan Yabaal.',
      'Adan Yabaal',
    ],
    list: true,
  },
  {
    // Each name of a list before a plural: "the Delmas and Cité Soleil neighbourhoods".
    kind: 'district',
    ...pluralList('neighbou?rhoods|districts|suburbs|quarters'),
    example: [
      "Police patrolled the capital's Delmas and Cité Soleil neighbourhoods.",
      'Cité Soleil',
    ],
    list: true,
  },
  {
    kind: 'camp',
    // "Zaina and Mugunga displacement sites": a humanitarian report's camps are its sites.
    ...pluralList('camps|(?:displacement|IDP|refugee) (?:camps|sites)|sites'),
    example: ['People fled from the Zamzam, Abu Shouk and Al Salam camps.', 'Abu Shouk'],
    list: true,
  },
  {
    kind: 'village',
    ...pluralList('villages'),
    example: ['Militias burned the Kigoma and Ntoto villages on Monday.', 'Ntoto'],
    list: true,
  },
  {
    kind: 'town',
    ...before('town|township|locality|commune|municipality|port'),
    example: ['Troops entered the town of Maaret Hurma.', 'Maaret Hurma'],
  },
  {
    kind: 'district',
    ...before('district|neighbou?rhood|suburb|quarter'),
    example: ['Fighting reached the district of Sheikh Maqsoud.', 'Sheikh Maqsoud'],
  },
  {
    // The Philippines' smallest unit, its word before the name: "in Barangay Limpongo".
    kind: 'village',
    pattern: new RegExp(String.raw`\b(?:Barangay|Brgy\.)\s+${NAME}`, 'gu'),
    cue: /\b(?:Barangay|Brgy\.)\s/,
    example: ['Soldiers came under fire in Barangay Limpongo on Sunday.', 'Limpongo'],
  },
  {
    kind: 'village',
    ...after('village'),
    example: ['Drones struck Qaminas village at dawn.', 'Qaminas'],
  },
  {
    // In lower case ("Grants Town" is a name of its own); not a town's hall or council ("the
    // Macomia town council" names a body), nor a region's town of another ("the Urals town of
    // Pervouralsk").
    kind: 'town',
    pattern: new RegExp(
      String.raw`${NAME}\s+town\b(?![-‐]|\s+(?:of|hall|council|centre|center|square|clerk|meeting|board|manager|house|limits|line|officials|residents)s?\b)`,
      'gu',
    ),
    cue: /\btown\b/i,
    example: ['The attack on Macomia town began at dawn.', 'Macomia'],
  },
  {
    kind: 'district',
    ...after('district|neighbou?rhood|suburb|quarter'),
    // A sentence's opening preposition is no part of the name.
    example: ['In Chiure district, insurgents attacked a village.', 'Chiure'],
  },
  {
    // An administrative area named by its word in lower case: "Lubero territory", "West
    // Gojjam zone", "Kwaya Kusar local government area" (not a demonym's: "Chadian territory").
    kind: 'zone',
    pattern: new RegExp(
      String.raw`${NAME}\s+(?:zone|territory|woreda|[Cc]ounty|sub-county|division|local government area|LGA)\b(?![-‐])`,
      'gu',
    ),
    cue: /\b(?:zone|territory|woreda|[Cc]ounty|division|local government area|LGA)\b/,
    example: ['Fighting spread to Lubero territory on Sunday.', 'Lubero'],
  },
  {
    // Myanmar's third-level division, with its word as a name's ("Ramree Township") or in
    // lower case ("Minbya and Ramree townships").
    kind: 'township',
    pattern: new RegExp(String.raw`${NAME}\s+[Tt]ownship\b(?![-‐])`, 'gu'),
    cue: /\b[Tt]ownship\b/,
    example: ['An airstrike hit a village in Ramree Township on 8 February.', 'Ramree'],
  },
  {
    kind: 'township',
    ...pluralList('townships'),
    example: ['Shelling killed 12 civilians in Minbya and Ramree townships.', 'Ramree'],
    list: true,
  },

  {
    // "repelled attacks near Bohdanivka and Andriivka in the Donetsk region": what fighting is
    // near is a place, the gazetteer's or not (not a person or a party: the capture guard; no
    // owner's possessive: "near Seoul's Jamsil Stadium"), placed only by a place its sentence
    // names (with none, the report's main place may be another country's).
    kind: 'locality',
    pattern: new RegExp(
      String.raw`\b(?:near|outside)\s+((?:${NEAR_ITEM},\s+)*${NEAR_ITEM}(?:,?\s+and\s+${NEAR_ITEM})?)(?=\s*(?:[,.;:]|\s(?:on|in|at|after|overnight|during|late|early|last|this)\b|$))`,
      'gu',
    ),
    cue: NEAR_NAME_CUE,
    example: [
      'Units repelled attacks near Bohdanivka and Andriivka in the Donetsk region.',
      'Andriivka',
    ],
    list: true,
    capture: true,
    inSentenceOnly: true,
  },
  {
    // "Lyptsi, 20 km north of Kharkiv": a name the text measures from a known place (after
    // the rules that name its kind: "the village of X, 60 km from Y" is a village).
    kind: 'locality',
    pattern: new RegExp(
      String.raw`${NAME}(?:\s+(?:town|village|locality|settlement))?,\s+(?:(?:${APPROXIMATELY})\s+)?(?=${OFFSET_START})`,
      'gu',
    ),
    // "Mellit town, 60 km north of El Fasher": with the word of its kind.
    example: ['Shelling hit Lyptsi, 20 km north of Kharkiv, on Sunday.', 'Lyptsi'],
    tiedOnly: true,
    cue: /\b(?:km|kilomet|mile)/i,
  },
  {
    kind: 'region',
    pattern: new RegExp(String.raw`\b[Tt]he\s+${NAME}\s+region\b`, 'gu'),
    cue: /\bregion\b/,
    example: ['The ELN launched attacks in the Catatumbo region on Thursday.', 'Catatumbo'],
  },
  {
    kind: 'air base',
    ...after('air\\s?base|airbase|airfield|air field|military airport'),
    example: ['Missiles struck Shayrat airbase overnight.', 'Shayrat'],
  },
  {
    kind: 'airport',
    ...after('airport|international airport'),
    example: ['Rebels captured Abu al-Duhur airport on Monday.', 'Abu al-Duhur'],
  },
  {
    kind: 'base',
    ...after('military base|base|barracks|garrison'),
    example: ['A drone hit the Rumeilan base on Sunday.', 'Rumeilan'],
  },
  {
    kind: 'crossing',
    ...after('border crossing|crossing|checkpoint'),
    example: ['Trucks waited at the Kerem Abu Salem crossing.', 'Kerem Abu Salem'],
  },
  {
    kind: 'camp',
    ...after('refugee camp|displacement camp|camp'),
    example: ['Strikes hit the Zamzam camp on Friday.', 'Zamzam'],
  },
  {
    kind: 'dam',
    ...after('dam'),
    example: ['Shelling damaged the Nova Kamianka dam.', 'Nova Kamianka'],
  },
  {
    kind: 'plant',
    ...after('power plant|power station|plant|refinery|mill|factory'),
    example: ['A fire broke out at the Baiji refinery on Monday.', 'Baiji'],
  },
  {
    kind: 'bridge',
    ...after('bridge'),
    example: ['Troops blew up the Antonivskyi bridge.', 'Antonivskyi'],
  },
  {
    kind: 'street',
    ...after(
      'street|avenue|road|boulevard|lane|drive|square|plaza|highway|parkway|roundabout|junction',
    ),
    example: ['Protesters marched along Hamra Street on Monday.', 'Hamra Street'],
    named: true,
  },
  {
    // A road by its code: "the N-65 highway", "the A1 motorway".
    kind: 'road',
    pattern: /\b(\p{Lu}{1,2}-?\d{1,3}\p{Lu}?)\s+(?:highway|motorway|expressway|road)\b/gu,
    cue: /\b(?:highway|motorway|expressway|road)\b/,
    example: [
      'In Balochistan, the N-65 highway linking Quetta with Sindh was cut.',
      'N-65 highway',
    ],
    named: true,
  },
  {
    // In lower case: "Treasure Beach" may be a horse's name.
    kind: 'beach',
    pattern: new RegExp(String.raw`${NAME}\s+beach\b(?![-‐])`, 'gu'),
    cue: /\bbeach\b/,
    example: ['Gunmen attacked Lido beach on Friday night.', 'Lido beach'],
    named: true,
  },
  {
    kind: 'river',
    ...after('river|creek'),
    example: ['The Neches River rose overnight.', 'Neches River'],
    named: true,
  },
  {
    kind: 'river',
    pattern: new RegExp(String.raw`\b(River\s+${ITEM})`, 'gu'),
    example: ['Flood warnings were issued for the River Lune.', 'River Lune'],
    named: true,
  },
  {
    kind: 'lake',
    pattern: new RegExp(String.raw`\b(Lake\s+${ITEM})`, 'gu'),
    example: ['A body was found on the shore of Lake Opechee.', 'Lake Opechee'],
    named: true,
  },
  {
    kind: 'building',
    ...after(
      'hospital|medical center|medical centre|health center|health centre|detention center|detention centre|church|cathedral|mosque|synagogue|temple|stadium|arena|school|high school|university|college|museum|library|hotel|prison|jail|courthouse|city hall|market|mall|park|station',
    ),
    example: ['Shells hit the Al-Shifa hospital on Tuesday.', 'Al-Shifa hospital'],
    named: true,
  },
  {
    kind: 'landmark',
    ...after('castle|palace|chapel|tower|gardens|racecourse|concert hall|campus'),
    example: ['Drones struck near the Republican Palace in Khartoum.', 'Republican Palace'],
    named: true,
  },
];

/** "five kilometres north of Saraqib": a distance and a bearing from a named place. */
export const OFFSET = new RegExp(
  String.raw`\b(${DISTANCE_NUMBER})\s*(?:-\s*)?(${DISTANCE_UNIT})\s+(?:\([^()\n]{1,20}\)\s+)?(?:to\s+the\s+)?(north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+of\s+(?:the\s+(?:town|city|village)\s+of\s+)?`,
  'giu',
);

/** Number words, and the vague ones a distance may take ("a few kilometres"). */
const DISTANCE_WORDS: Record<string, number> = { ...NUMBER_WORDS, 'a few': 3, several: 5 };
const BEARING: Record<string, number> = {
  north: 0,
  northeast: 45,
  east: 90,
  southeast: 135,
  south: 180,
  southwest: 225,
  west: 270,
  northwest: 315,
};
const KM_PER_MILE = 1.609344;

/** Every word a rule ends or opens with (checked by the test against FORM_RULES). */
export const FORM_CUE =
  /\b(?:(?:capital|seat|main town|largest city|largest town|towns|townships|villages|cities) of|km|kilomet(?:re|er)s?|miles?|villages?|hamlet|town|townships?|locality|settlement|commune|municipality|districts?|region|neighbou?rhoods?|suburbs?|quarters?|air\s?base|airbase|airfield|air field|airport|base|barracks|garrison|crossing|checkpoint|camps?|sites|dam|plant|power station|refinery|mill|factory|bridge|street|avenue|road|boulevard|lane|drive|square|plaza|highway|motorway|expressway|parkway|roundabout|junction|hospital|(?:medical|health|detention) cent(?:er|re)|church|cathedral|mosque|synagogue|temple|stadium|arena|school|university|college|museum|library|hotel|prison|jail|courthouse|city hall|market|mall|park|station|castle|palace|chapel|tower|gardens|racecourse|concert hall|campus|river|creek|lake|beach|port|zone|territory|woreda|county|local government area|lga|barangay|brgy)\b/i;

export interface FormMention extends Span {
  name: string;
  kind: string;
  tiedOnly?: true;
  inSentenceOnly?: true;
  capture?: true;
}

/** "in Ardamata, West Darfur": a capitalised name after a locative and before a comma. */
const TIE_CUE = /\b(?:in|at|near|outside|around|into|from)\s+\p{Lu}[^,.;:!?]{0,60},\s/u;

/** Whether a sentence may name a place by its form: one cheap test before the rules. */
export function hasFormCue(slice: string): boolean {
  return (
    FORM_CUE.test(slice) ||
    TIE_CUE.test(slice) ||
    CAPTURE_CUE.test(slice) ||
    NEAR_NAME_CUE.test(slice)
  );
}

/**
 * The rules that name a place's kind before the one that only ties a name to a region ("in
 * Jere LGA, …" is a local government area; "near Costa Rica, a town …" a town).
 */
const RULES_IN_ORDER = [
  ...FORM_RULES.filter((r) => !r.tiedOnly && !r.inSentenceOnly),
  ...FORM_RULES.filter((r) => r.tiedOnly),
  // Last, a name with no word of its kind ("near Spencer Street and Eldorado Lane" are streets).
  ...FORM_RULES.filter((r) => r.inSentenceOnly),
];

/** Names found by their form in a sentence, outside the spans already taken. */
export function findFeaturesByForm(text: string, sentence: Span, taken: Span[]): FormMention[] {
  const slice = text.slice(sentence.start, sentence.end);
  const out: FormMention[] = [];
  // Most sentences name no such place: one cheap test before the rules.
  if (!hasFormCue(slice)) return out;
  for (const rule of RULES_IN_ORDER) {
    if (rule.cue && !rule.cue.test(slice)) continue;
    rule.pattern.lastIndex = 0;
    for (const m of slice.matchAll(rule.pattern)) {
      // "The village of X" at a sentence's start: "The" is no name.
      if (/^(?:The|A|An|This|That)$/.test(m[1])) continue;
      // "After school, he …": a sentence's first word and a lower-case noun are no name.
      if (rule.named && (m.index ?? 0) === 0 && !/\s/.test(m[1]) && /\s\p{Ll}/u.test(m[0]))
        continue;
      // "a Coptic church", "a Main Street home": a kind of thing, not its name.
      if (rule.named && /\b(?:a|an)\s+$/i.test(slice.slice(0, m.index))) continue;
      for (const { name, at } of namesOf(rule, m)) {
        const span = { start: sentence.start + at, end: sentence.start + at + name.length };
        const clash = (s: Span) => s.start < span.end && span.start < s.end;
        if (taken.some(clash) || out.some(clash)) continue;
        // A name wrapped over two lines is one name.
        out.push({
          ...span,
          name: name.replace(/\s+/g, ' '),
          kind: rule.kind,
          ...(rule.tiedOnly ? { tiedOnly: true as const } : {}),
          ...(rule.inSentenceOnly ? { inSentenceOnly: true as const } : {}),
          ...(rule.capture ? { capture: true as const } : {}),
        });
      }
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Before a name, what is no part of it: an owner, a sentence's article or preposition. */
const SENTENCE_OPENER =
  /^(?:\S+['’]s|The|In|At|On|From|Near|Outside|Around|Across|Inside|Throughout|Across|Within)\s+/u;

/** The names a rule's match gives, each with where it starts in the sentence. */
function namesOf(rule: FormRule, m: RegExpMatchArray): { name: string; at: number }[] {
  const group = (m.index ?? 0) + m[0].indexOf(m[1]);
  if (rule.list)
    return [...m[1].matchAll(LIST_ITEM)].map((x) => ({ name: x[0], at: group + (x.index ?? 0) }));
  // "Seoul's Jamsil Stadium": the owner's name is no part of the place's, nor is a sentence's
  // "The" or its preposition ("The Neches River rose", "In Chiure district, …").
  const owner = SENTENCE_OPENER.exec(m[1])?.[0].length ?? 0;
  const name = rule.named ? m[0].slice(m[0].indexOf(m[1]) + owner) : m[1].slice(owner);
  return [{ name, at: group + owner }];
}
const LIST_ITEM = new RegExp(ITEM, 'gu');

export interface Offset extends Span {
  km: number;
  /** Degrees clockwise from north. */
  bearing: number;
  /** Where the named place it is measured from starts. */
  from: number;
}

/** "five kilometres north of Saraqib", "3 miles southwest of the town of Kherson". */
export function findOffsets(text: string, sentence: Span): Offset[] {
  const slice = text.slice(sentence.start, sentence.end);
  const out: Offset[] = [];
  OFFSET.lastIndex = 0;
  for (const m of slice.matchAll(OFFSET)) {
    const n = DISTANCE_WORDS[m[1].toLowerCase()] ?? Number(m[1]);
    const km = /mile/i.test(m[2]) ? n * KM_PER_MILE : n;
    const bearing = BEARING[m[3].toLowerCase().replace('-', '')];
    const start = sentence.start + (m.index ?? 0);
    if (!Number.isFinite(km) || bearing === undefined) continue;
    out.push({ start, end: start + m[0].length, km, bearing, from: start + m[0].length });
  }
  return out;
}

/** The point `km` from `lat`, `lon` on `bearing` (degrees clockwise from north), on a sphere. */
export function destination(
  lat: number,
  lon: number,
  km: number,
  bearing: number,
): { lat: number; lon: number } {
  const r = Math.PI / 180;
  const d = km / 6371;
  const b = bearing * r;
  const la = lat * r;
  const la2 = Math.asin(Math.sin(la) * Math.cos(d) + Math.cos(la) * Math.sin(d) * Math.cos(b));
  const lo2 =
    lon * r +
    Math.atan2(
      Math.sin(b) * Math.sin(d) * Math.cos(la),
      Math.cos(d) - Math.sin(la) * Math.sin(la2),
    );
  return {
    lat: Math.round((la2 / r) * 1e5) / 1e5,
    lon: Math.round((((lo2 / r + 540) % 360) - 180) * 1e5) / 1e5,
  };
}

/** Where in a region: "in the northern Yatenga province". */
const PART_OF_REGION = String.raw`(?:(?:far\s+)?(?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+)?`;
const REGION_TIE = new RegExp(
  String.raw`^,\s+(?:(?:in|${APPROXIMATELY})\s+)?(?:the\s+)?${PART_OF_REGION}`,
  'u',
);

/**
 * What the text ties a place to, read after its name: "X, Hama Governorate" (the region), "X
 * near Y", "X, outside Y", "X, north of Y" (the place). Returns where the tied name starts and
 * whether it is a region tie.
 */
export function tieOf(
  text: string,
  end: number,
  sentenceEnd: number,
): { at: number; near: boolean } | null {
  const rest = text.slice(end, Math.min(sentenceEnd, end + 80));
  // "Mellit town, 60 km north of El Fasher", "the Nevatim air base in the Negev": past the
  // word of its kind.
  const kind =
    /^\s+(?:town|village|locality|settlement|air\s?base|airbase|airfield|airport|base|barracks|crossing|camp|dam|bridge|hospital|prison|district|county|zone|territory)(?=,|\s+in\s)/u.exec(
      rest,
    );
  if (kind) return tieOf(text, end + kind[0].length, sentenceEnd);
  // "X, a village near Y": past what X is, to where it is.
  const what =
    /^,\s+an?\s+(?:[\p{Ll}-]+\s+){0,3}?(?:village|hamlet|settlement|town|community|locality)\b/u.exec(
      rest,
    );
  if (what) {
    const tie = tieOf(text, end + what[0].length, sentenceEnd);
    return tie ?? null;
  }
  // "X, the capital of the Kokang region": in the region.
  const capital = CAPITAL_TIE.exec(rest);
  if (capital) return { at: end + capital[0].length, near: false };
  const near =
    /^,?\s+(?:near|outside|close to|on the (?:(?:north|south|east|west)(?:ern)?\s+)?(?:outskirts|edge|fringes?) of|in the countryside of|(?:just\s+)?(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+of)\s+(?:the\s+(?:town|city|village)\s+of\s+)?/iu.exec(
      rest,
    );
  if (near) return { at: end + near[0].length, near: true };
  // "X, about 60 km north of Y": tied to where the distance points, which starts at its number.
  const region = REGION_TIE.exec(rest);
  if (region) return { at: end + region[0].length, near: false };
  const inside = /^\s+in\s+(?:the\s+)?/u.exec(rest);
  if (inside) return { at: end + inside[0].length, near: false };
  return null;
}
