import type { Span } from '../model/situation';
import type { Gazetteer, GazetteerEntry } from './gazetteer';
import { nameKey, skeletonKey, translitKey } from './gazetteer';
import type { Lexicon } from './lexicon';
import { REGION_ABBREVIATIONS, WORD_ABBREVIATIONS } from './rules/region-abbreviations';
import { inUnknownLongerName } from './rules/name-openers';
import { VESSEL_NOUNS } from './rules/vessels';
import { overlaps, type Token, WIRE_DATELINE } from './text';

/**
 * What a toponym does in its sentence (GeoWebNews' taxonomy, coarsened): `literal`, where
 * something is or happens ("fighting in Idleb"); `associative`, a modifier, possessive or part
 * of a longer name ("Syria's Idleb region", "Madrid-based", "the Astana talks", "Environment
 * Canada"); `metonymic`, the place stands for its government or people ("Greece said",
 * "Moscow calls on Ankara"). Only literal mentions locate events.
 */
export type PlaceUse = 'literal' | 'associative' | 'metonymic';

export interface PlaceMention extends Span {
  text: string;
  use: PlaceUse;
  /** The place is what is talked about, not where: "the situation in Idleb", "the Idleb situation". */
  topic: boolean;
  key: string;
  candidates: GazetteerEntry[];
  /** Found by spelling skeleton, not by an exact name: needs the report's countries to agree. */
  fuzzy: boolean;
  /** A locative preposition stands before it ("in Idleb", "near Saraqib"). */
  locative: boolean;
  /** After a way into or out of it ("fleeing Lebanon"): a place, though nothing is there. */
  through?: boolean;
  /** A region word follows it ("Idleb province"). */
  regionWord: boolean;
  /** The text calls it a settlement: "the city of Derna", "Kharkiv city". */
  settlementWord?: true;
  /** The text calls it a part of a city: "the Delmas neighbourhood", "Delmas and Cité Soleil districts". */
  cityPart?: true;
  /** A name of one place, one word, that is also an English word or a person's name ("Christmas"). */
  wordLike?: true;
  /** Before a word for a body: "the Amal movement", "the Kataib party". */
  beforeBodyWord?: true;
  /** The word after it names an administrative division ("Shan state", "Hiiraan region"). */
  adminWord: boolean;
  /** Where the region's word a list of names shares ends: "the Kharkiv and Odesa regions". */
  listedTo?: number;
  /** "the" stands before it: a sea, region or feature ("the Red Sea", "the Sahel"), rarely a town. */
  article: boolean;
  /** The name right after it and a comma, which may contain it: "Paris, Texas", "Alexandria, La.". */
  container?: PlaceMention;
  /** The place the text puts in this division: "Moirang town in Bishnupur district". */
  holds?: PlaceMention;
  /** A name of two or more common words, which many places bear: "the Old City", "Green Zone". */
  commonWords?: boolean;
  /**
   * An unknown capitalised word follows it, which may make a longer name the gazetteer lacks
   * ("Ain Zara"): only a place in a country the report is about.
   */
  opensName?: true;
}

/** People who live in a place, before its name: "a resident of Lalibela", "the people of Gao". */
const PEOPLE_OF =
  /\b(?:residents?|inhabitants|people|villagers|natives?|townspeople|population|mayor)\s+of\s+$/i;

/** A locative before a settlement's word and "of": "in the town of", "near the border village of". */
const IN_THE_TOWN_OF =
  /\b(?:in|at|near|into|outside|inside|around|to|from|towards?)\s+the\s+(?:[a-z-]+\s+)?(?:town|city|village|hamlet|settlement|port|camp)\s+of\s+$/i;

/** After a word that is also a region's name, the words that make it the region's ("Northwest region"; not "Western State Hospital"). */
const NAMED_REGION_WORDS = new Set(['region', 'province', 'governorate', 'oblast', 'prefecture']);
/** After a place, the words that make "in the X …" a front or a stretch of land there. */
const FRONT_WORDS = new Set(['direction', 'axis', 'sector', 'front', 'countryside', 'outskirts']);
const IN_THE = /\b(?:in|on|along|across|near|around)\s+the\s+$/i;
/** The words of a border after a name or a pair of names: "the Niger border", "the Chad-Sudan border". */
const BORDER_WORDS = String.raw`(?:border|frontier|boundary)\b`;
const BORDER_WORDS_NEXT = new Set(['border', 'frontier', 'boundary']);
export const BORDER_WORD_AFTER = new RegExp(String.raw`^\s+${BORDER_WORDS}`);
export const BORDER_PAIR_AFTER = new RegExp(
  String.raw`^[-‐]\p{Lu}[\p{L}'’]*(?:\s\p{Lu}[\p{L}'’]*){0,2}\s+${BORDER_WORDS}`,
  'u',
);
const ON_THE_WORDS = String.raw`\b(?:on|along|across|near|at|astride|to|towards?|from|beyond|over)\s+the\s+`;
/** Before the first of such a pair: "on the ", "along the " (not "closed the"). */
const ON_THE = new RegExp(`${ON_THE_WORDS}$`, 'i');
/** Before the second: "on the Chad-". */
const ON_THE_PAIR = new RegExp(
  String.raw`${ON_THE_WORDS}\p{Lu}[\p{L}'’]*(?:\s\p{Lu}[\p{L}'’]*){0,2}[-‐]$`,
  'u',
);

/** A settlement's word and "of" before a name: "the eastern Libyan city of ". */
const SETTLEMENT_OF = /\b(?:city|town|village|hamlet|port)\s+of\s+$/i;
/** A settlement's word after a name: "Kharkiv city". */
const SETTLEMENT_WORDS = new Set(['city', 'town', 'village']);

/** " and Moscow blamed": another capital and the word after it. */
const CAPITAL_AND_CAPITAL = /^\s+and\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?)\s+(\p{Ll}+)/u;

/** A given name, a quote and maybe an article before a nickname: 'Ismael "El '. */
const NICKNAME_OPENS = /\p{Lu}[\p{L}'’-]*\s+["“](?:(?:El|La|Al|The|Le)\s+)?$/u;
/** A quote and a capitalised surname after it. */
const NICKNAME_CLOSES = /^["”]\s+\p{Lu}/u;

/** Longest place name tried, in tokens ("Deir ez-Zor", "Ras al-Ain", "New York City"). */
const MAX_NAME_TOKENS = 5;
/** After a name, a word for a part of a city, maybe after another name: " and Cité Soleil neighbourhoods". */
const CITY_PART_AFTER =
  /^(?:\s+and\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})?\s+(?:neighbou?rhoods?|districts?|suburbs?|quarters?|communes?|boroughs?)\b/u;
/**
 * ", the rival prime minister," / ", a local official,": the role word closes the apposition
 * (not a clause: ", was attended by the Minister of …").
 */
export const APPOSITION_ROLE =
  /^,\s+(?!(?:was|were|is|are|has|have|had|will|would|who|which|said|says)\b)(?:(?:a|an|the)\s+)?(?:[\p{L}'’-]+\s+){0,4}?([\p{L}]+)(?:\s+(?:for|of|at|in|to|in charge of|responsible for)\s+[^,.;]{1,60}?)?\s*[,.;]/u;
const LOCATIVE = new Set([
  'in',
  'at',
  'near',
  'into',
  'from',
  'to',
  'across',
  'outside',
  'inside',
  'around',
  'towards',
  'toward',
  'through',
  'throughout',
  'off',
  'between',
  'via',
  'outskirts',
  'north',
  'south',
  'east',
  'west',
  'northern',
  'southern',
  'eastern',
  'western',
  'central',
]);
const STRONG_LOCATIVE = new Set([
  'in',
  'at',
  'near',
  'into',
  'outside',
  'inside',
  'around',
  'towards',
  'toward',
  'through',
  'throughout',
  'outskirts',
]);
/** Verbs of governments that the lexicon may read as plural nouns ("Moscow calls on Ankara"). */
const GOVERNMENT_VERBS = new Set([
  'says',
  'said',
  'calls',
  'called',
  'denies',
  'denied',
  'claims',
  'claimed',
  'insists',
  'warns',
  'warned',
  'accuses',
  'accused',
  'rejects',
  'rejected',
  'wants',
  'refuses',
  'demands',
  'demanded',
  'responded',
  'retaliated',
  'announced',
  'has',
  'had',
  'is',
  'was',
  'will',
  'would',
]);
/** Natural features often named after a region or town, when written with a capital. */
const NAMED_AFTER_A_PLACE = new Set(['river', 'lake', 'mountains', 'hills', 'creek', 'canal']);
/** After a town's name, its centre: "-centre" (Walikale-centre), "-ville". */
const TOWN_CENTRE_AFTER = /^[-‐](?:centre|center|centro|ville)\b/;
/** After a name, a word for a body it names: " movement", " party". */
const BODY_WORD_AFTER = /^\s+(?:movement|party|militia|brigades?|front|alliance)\b/i;
/** Between two places of a list: ", ", " and ", ", or ". */
const LISTED_AFTER = /^(?:,\s*|,?\s+(?:and|or)\s+)$/;
/** How large a town whose name is a word must be to be read as listed beside a place. */
const LISTED_TOWN_MIN_POPULATION = 10_000;
/** How near a place of the list such a town must lie (Lod and Acre are 110 km apart). */
const LISTED_TOWN_KM = 250;
/** Words between a locative and a place that only describe it: "in neighbouring Chad". */
const PASSED_OVER = new Set(['neighbouring', 'neighboring', 'nearby', 'war-torn', 'landlocked']);
/** Countries take a narrower set: "delegations from Russia" are actors, "troops in Syria" a place. */
const COUNTRY_LOCATIVE = new Set([
  'in',
  'into',
  'inside',
  'outside',
  // "war games around Taiwan".
  'around',
  'across',
  'throughout',
  'to',
  'near',
  'northern',
  'southern',
  'eastern',
  'western',
  'central',
  'northeastern',
  'northwestern',
  'southeastern',
  'southwestern',
  'north',
  'south',
  'east',
  'west',
  'northwest',
  'northeast',
  'southwest',
  'southeast',
  'north-west',
  'north-east',
  'south-west',
  'south-east',
  'north-western',
  'north-eastern',
  'south-western',
  'south-eastern',
]);
/**
 * A way into or out of a country: "fleeing Lebanon", "entered Syria", "reached Chad". The
 * country is a place there, but not where something is.
 */
export const WAY_THROUGH_WORDS =
  'fled|flee|flees|fleeing|left|leaving|entered|entering|reached|reaching|crossed|crossing';
const WAY_THROUGH = new Set(WAY_THROUGH_WORDS.split('|'));
/** Words after a place name that keep it a place: "Gaza Strip", "Makhmour mountains". */
export const GEO_FEATURE_WORDS = new Set([
  'strip',
  'valley',
  'river',
  'mountains',
  'mountain',
  'desert',
  'coast',
  'airport',
  'air',
  'base',
  'airbase',
  'airfield',
  'airstrip',
  'barracks',
  'port',
  'crossing',
  'highway',
  'road',
  'bridge',
  'square',
  'camp',
  'dam',
  'plain',
  'plains',
  'heights',
  'peninsula',
  'island',
  'islands',
  'gulf',
  'bay',
  'sea',
  'lake',
  'hills',
  'forest',
  'oasis',
  'basin',
]);
/** Region words that name an administrative division, never a town. */
const ADMIN_WORDS = new Set([
  'province',
  'governorate',
  'region',
  'oblast',
  'krai',
  'territory',
  'district',
  'state',
]);
export const REGION_WORDS = new Set([
  ...ADMIN_WORDS,
  'county',
  'area',
  'zone',
  'de-escalation',
  'countryside',
  'city',
  'town',
  'village',
  'enclave',
  'pocket',
  'front',
  'frontline',
  'border',
]);
/** A region's word in the plural after a list of names: "the Kharkiv and Odesa regions". */
const REGIONS_AFTER =
  /^(?:,\s*\p{Lu}[\p{L}'’-]*)*(?:,?\s+and\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?)?\s+(?:region|province|oblast|governorate|state|district)s\b/u;
/** Between a place and the one that contains it: a comma, after a region's word ("Oaxaca State, Mexico"). */
const CONTAINER_GAP = new RegExp(`^(?:\\s+(?:${[...REGION_WORDS].join('|')}))?,\\s*$`, 'i');
/** A party letter before a region's abbreviation: "Sen. Bob Casey, D-Pa.". */
const PARTY_LABEL = /(?:^|[^\p{L}])[DRI][-‐]$/u;
const isRegion = (e: GazetteerEntry) => e.featureCode === 'ADM1';
/** Name keys of the regions' news abbreviations ("pa" for "Pa."), and of those that are words. */
const ABBREVIATION_KEYS = new Set(
  REGION_ABBREVIATIONS.flatMap(([, ...names]) => names.map((n) => nameKey(n))),
);
const WORD_ABBREVIATION_KEYS = new Set([...WORD_ABBREVIATIONS].map((n) => nameKey(n)));
/** After a capital, a word for its government: "the Kyiv regime", "the Kabul authorities". */
const GOVERNMENT_NOUNS = new Set([
  'regime',
  'government',
  'authorities',
  'leadership',
  'administration',
  'junta',
]);
/** A place name followed by one of these names a thing, not a place: "the Astana talks". */
/** Workers whose field a place names: "Sahel researcher", "Moscow correspondent". */
const FIELD_OF_WORK = new Set([
  'researcher',
  'researchers',
  'analyst',
  'analysts',
  'correspondent',
  'correspondents',
  'expert',
  'experts',
  'specialist',
  'specialists',
  'watcher',
  'watchers',
  'editor',
]);
const NAMED_THING_WORDS = new Set([
  'talks',
  'process',
  'format',
  'agreement',
  'agreements',
  'accord',
  'accords',
  'memorandum',
  'deal',
  'declaration',
  'protocol',
  'protocols',
  'convention',
  'conventions',
  'summit',
  'group',
  'formula',
  'peace',
  'club',
  'university',
  'times',
  'post',
  'news',
  'club',
  'fc',
]);
/** Abbreviations that open place names, written with a dot: "St. Paul", "Mt. Pleasant", "Ft. Worth". */
const NAME_ABBREVIATIONS: Record<string, string> = {
  st: 'saint',
  ste: 'sainte',
  mt: 'mount',
  ft: 'fort',
  pt: 'point',
};

/** Words of sites that name towns when capitalised: "Lido Beach", "Highland Park". */
const SITE_WORDS = new Set(['beach', 'park', 'hotel', 'market', 'bridge', 'square']);
/** Curated roads and crossings: their names recur across countries ("Salah al-Din road"). */
const LOCAL_SITES = new Set(['RD', 'PSTB']);
/** Lower-case words that join the parts of one Romance name: "Mocimboa da Praia". */
const JOINING_PARTICLES = new Set([
  'da',
  'de',
  'do',
  'dos',
  'das',
  'del',
  'della',
  'di',
  'du',
  'des',
]);
/** Lower-case parts allowed inside a place name. */
/** Articles and links of Arabic, Romance and other names, never an English word. */
const NAME_ARTICLES = new Set(
  'al el ad ar ash az ez ed er ul ud bin ibn bani del di da du de la le'.split(' '),
);
const NAME_PARTICLES = new Set([
  'al',
  'el',
  'ad',
  'ar',
  'as',
  'ash',
  'at',
  'az',
  'ez',
  'es',
  'de',
  'del',
  'la',
  'le',
  'di',
  'da',
  'du',
  'bin',
  'ibn',
  'bani',
  'upon',
  'on',
  'sur',
  'am',
  'an',
  'der',
  'im',
  'of',
]);

/**
 * Short words that open Arabic place names ("Um Rawaba", "Abu Kamal", "Tel Rifaat", "Ras
 * al-Ain"): capitalised, the first word of a name spelled another way, not too short to
 * look up. Not particles: alone they are no name, and lower case they are other words.
 */
const NAME_OPENERS = new Set('um umm abu bir ain ayn tel tal ras bab'.split(' '));

/** Before "from" and a country, leaving it: "evacuated its citizens from", "withdrew from". */
const LEFT_FROM =
  /\b(?:evacuat(?:e|es|ed|ing)|fled|flee(?:s|ing)?|withdr(?:ew|aw|awn|awing|aws)|pull(?:s|ed|ing)?\s+out|expell(?:ed|ing)|deport(?:ed|ing)|escap(?:e|ed|ing)|airlift(?:ed|ing)|repatriat(?:ed|ing)|driven\s+out|crossed|cross(?:es|ing)?|return(?:s|ed|ing)?)\b[^.;:]{0,50}?\bfrom\s+(?:the\s+)?$/i;
/** After a country's name, words describing it as land: "is a disputed territory", "borders". */
const DESCRIBED_LAND =
  /^\s+(?:(?:is|was)\s+(?:an?|the)\s+(?:[\p{L}-]+\s+){0,3}(?:territory|region|country|nation|state|island|archipelago|peninsula|enclave|exclave|desert|kingdom|republic)\b|(?:lies|borders|stretches|covers|spans)\b)/u;

const isCapitalized = (t: string) => /^\p{Lu}/u.test(t);
const stripPossessive = (t: string) => t.replace(/['’]s$/u, '');
/** A Romance particle opening the rest of a name: " de l'Artibonite", " del Norte", " da Praia". */
const ROMANCE_PARTICLE_AFTER = /^ (?:de|du|des|del|della|da|do|dos|das)\s+(?:la\s+|l['’])?\p{Lu}/u;
const isParticleLed = (t: string) => /^(al|el|ad|ar|as|ash|at|az|ez|an)[-‐]/i.test(t);

/**
 * Place names in a sentence: capitalised word runs that the gazetteer knows, longest first,
 * outside the spans to skip (dates), and not common words, given names, weekdays, months or
 * demonyms. Every toponym is kept with its use (see {@link PlaceUse}): a name inside an
 * actor's name or a longer proper name ("Russia's Foreign Ministry", "Environment Canada")
 * is associative when it is a well-known place.
 */
export function findPlaceMentions(
  text: string,
  tokens: Token[],
  sentenceStart: number,
  gazetteer: Gazetteer,
  lexicon: Lexicon,
  skip: Span[],
  /** Receives capitals found standing for their governments ("Moscow calls on Ankara"). */
  metonyms: Span[] = [],
  /** Names of actors: a place inside one is part of the name ("Hay'at Tahrir al-Sham"). */
  embedding: Span[] = [],
  /** Words the report writes in lower case somewhere ("university", "christmas"). */
  lowerCaseWords: ReadonlySet<string> = new Set(),
): PlaceMention[] {
  const out: PlaceMention[] = [];
  let metonymyEnd = -1;
  const embeddingOf = (t: Span) => embedding.find((s) => overlaps(s, t));
  tokens = splitCompounds(tokens, gazetteer, text);
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i];
    if (!isCapitalized(first.text) && !isParticleLed(first.text)) continue;
    if (skip.some((s) => overlaps(s, first))) continue;
    let inside = embeddingOf(first);
    let best: { n: number; key: string; entries: GazetteerEntry[]; fuzzy?: boolean } | null = null;
    let key = '';
    for (let n = 0; n < MAX_NAME_TOKENS && i + n < tokens.length; n++) {
      const t = tokens[i + n];
      if (n > 0) {
        const gap = text.slice(tokens[i + n - 1].end, t.start);
        // "St. Petersburg", "Fort St. John": the dot of an abbreviation is inside the name.
        const abbreviated =
          gap === '. ' &&
          (NAME_ABBREVIATIONS[nameKey(tokens[i + n - 1].text)] !== undefined ||
            // "W. Va.": an initial inside a known name.
            (/^\p{Lu}$/u.test(tokens[i + n - 1].text) &&
              gazetteer.continues(nameKey(tokens[i + n - 1].text))));
        if ((gap.length > 1 && !abbreviated) || /[,;:()]/.test(gap)) break;
        // A lower-case word goes on only into a known longer name ("the Rafah crossing",
        // "the Zaporizhzhia nuclear plant").
        const lower =
          !isCapitalized(t.text) &&
          !NAME_PARTICLES.has(t.text.toLowerCase()) &&
          !isParticleLed(t.text);
        // "The meeting" at a sentence's start: an article and a noun, whatever the
        // gazetteer's alternate names say (Nenagh is also "the meeting").
        if (lower && key === 'the') break;
        if (lower) {
          const longer = `${key} ${nameKey(t.text)}`;
          const known = gazetteer.lookup(longer);
          if (known.length === 0 && !gazetteer.continues(longer)) break;
          // "Lido beach": a site's word in lower case names the site, not a town called so
          // (Lido Beach, New York); the form of the name places it.
          if (SITE_WORDS.has(t.text) && !known.some((e) => e.curated)) break;
        }
        if (skip.some((s) => overlaps(s, t))) break;
        // Out of an actor's name only into a known longer place name: "the M4 highway" is no
        // organisation "M4".
        if (embeddingOf(t) !== inside && !(inside && gazetteer.continues(key))) break;
      }
      const last = n > 0 || !/['’]s$/u.test(t.text) ? t.text : stripPossessive(t.text);
      const abbreviation = text[t.end] === '.' ? NAME_ABBREVIATIONS[nameKey(last)] : undefined;
      let part = abbreviation ?? nameKey(n === 0 ? last : stripPossessive(t.text));
      // A possessive inside a name: "Democratic People's Republic of Korea".
      const whole = nameKey(t.text);
      if (n > 0 && whole !== part && gazetteer.continues(`${key} ${whole}`)) part = whole;
      // "Cox's Bazar": a possessive opening a longer known name (not "America's", "Turkey's").
      const onward = tokens[i + 1];
      if (
        n === 0 &&
        /['’]s$/u.test(t.text) &&
        whole !== part &&
        onward &&
        gazetteer.continues(whole) &&
        (gazetteer.lookup(`${whole} ${nameKey(onward.text)}`).length > 0 ||
          gazetteer.continues(`${whole} ${nameKey(onward.text)}`))
      )
        part = whole;
      key = n === 0 ? part : `${key} ${part}`;
      const entries = gazetteer.lookup(key);
      if (entries.length > 0) best = { n: n + 1, key, entries };
      if (!gazetteer.continues(key)) break;
    }
    if (inside && best && tokens[i + best.n - 1].end > inside.end) inside = undefined;
    // "Bani Suhaila": a known name going on into an unknown capitalised word may be the start
    // of a longer name spelled another way (Bani Suhayla), not the place of the short name.
    const onward = best && !inside ? tokens[i + best.n] : undefined;
    if (
      best &&
      onward &&
      text.slice(tokens[i + best.n - 1].end, onward.start) === ' ' &&
      (isCapitalized(onward.text) || isParticleLed(onward.text)) &&
      gazetteer.lookup(nameKey(onward.text)).length === 0 &&
      !lexicon.isCommonWord(nameKey(onward.text))
    ) {
      const longer = fuzzyMatch(text, tokens, i, gazetteer, lexicon, [...skip, ...embedding]);
      if (longer && longer.n > best.n) best = longer;
    }
    if (!best) {
      if (inside) continue;
      // No exact name: try the spelling skeleton of one or two unknown capitalised words.
      const fuzzy = fuzzyMatch(text, tokens, i, gazetteer, lexicon, [...skip, ...embedding]);
      if (!fuzzy) continue;
      // "Fathi Bashagha": an unknown word before another capitalised word is a name, not a place.
      const after = tokens[i + fuzzy.n];
      if (
        after &&
        isCapitalized(after.text) &&
        text.slice(tokens[i + fuzzy.n - 1].end, after.start) === ' '
      )
        continue;
      best = fuzzy;
    }
    const start = first.start;
    const lastToken = tokens[i + best.n - 1];
    const end = /['’]s$/u.test(lastToken.text) ? lastToken.end - 2 : lastToken.end;
    const surface = text.slice(start, end);
    const prev = i > 0 ? tokens[i - 1] : null;
    const next = tokens[i + best.n];
    // "in neighbouring Burkina Faso": a word that only describes the place is passed over.
    const prevSeen =
      prev && PASSED_OVER.has(prev.text.toLowerCase()) && i > 1 ? tokens[i - 2] : prev;
    const prevWord = prevSeen?.text.toLowerCase() ?? '';
    const nextWord = next?.text.toLowerCase() ?? '';
    const single = best.n === 1;
    const word = nameKey(surface);
    // "Puerto Jordan", "Kafr Jordan": the name goes on a word before it; not this place.
    if (inUnknownLongerName(text, prev, start, end, gazetteer)) {
      i += best.n - 1;
      continue;
    }
    // Ismael "El Mayo" Zambada: a nickname between a person's names is no place.
    if (
      NICKNAME_CLOSES.test(text.slice(end, end + 4)) &&
      NICKNAME_OPENS.test(text.slice(Math.max(sentenceStart, start - 40), start))
    ) {
      i += best.n - 1;
      continue;
    }
    // "the Hwasong-19 missile", "a Shahed-136 drone": a name with a model number is a weapon's
    // (not a road's code in capitals: "US-24"); "its aircraft carrier Liaoning", "the tanker
    // Marlin Luanda": a ship's name is no place either.
    const modelNumber =
      /^\p{Lu}\p{Ll}/u.test(surface) &&
      (/^[-‐]\d/.test(text.slice(end, end + 2)) || /[-‐]\d/.test(lastToken.text));
    const shipName = prev && VESSEL_NOUNS.has(prev.text) && text.slice(prev.end, start) === ' ';
    if (modelNumber || shipName) {
      i += best.n - 1;
      continue;
    }
    // The first word of a longer name the gazetteer may not know: "Ain Zara", "Ain Issa",
    // "Ain el-Hilweh" (not "Ain" in France); a region's or a feature's word after it, or a large
    // place, goes on.
    const opensName =
      // "Petite Rivière de l'Artibonite": a particle and a name after it go on.
      ROMANCE_PARTICLE_AFTER.test(text.slice(end, end + 12)) ||
      (best.n === 1 &&
        next !== undefined &&
        (/^\p{Lu}\p{Ll}+$/u.test(next.text) ||
          (isParticleLed(next.text) && /^[\p{L}]+[-‐]\p{Lu}\p{Ll}+$/u.test(next.text))) &&
        text.slice(lastToken.end, next.start) === ' ' &&
        !REGION_WORDS.has(nextWord) &&
        !GEO_FEATURE_WORDS.has(nextWord) &&
        !SETTLEMENT_WORDS.has(nextWord) &&
        !ADMIN_WORDS.has(nextWord) &&
        !lexicon.isCommonWord(nextWord) &&
        !lexicon.isCalendarWord(nextWord) &&
        !gazetteer
          .lookup(nextWord)
          .some(
            (e) =>
              e.featureCode === 'PCLI' ||
              e.featureCode === 'PPLC' ||
              e.population >= EMBEDDED_MIN_POPULATION,
          ));
    const atSentenceStart =
      first.start === sentenceStart ||
      /^[“"‘(]$/.test(text.slice(sentenceStart, first.start).trim());
    // "Madrid-based", "Egyptian-US relations", "the Russia-Ukraine war": a modifier.
    // "on the Chad-Sudan border": a border between two places is where both are, literally.
    const onBorder =
      (/[-‐]/.test(text[end] ?? '') &&
        BORDER_PAIR_AFTER.test(text.slice(end, end + 60)) &&
        ON_THE.test(text.slice(Math.max(sentenceStart, start - 20), start))) ||
      (/[-‐]/.test(text[start - 1] ?? '') &&
        BORDER_WORD_AFTER.test(text.slice(end, end + 20)) &&
        ON_THE_PAIR.test(text.slice(Math.max(sentenceStart, start - 60), start)));
    // "towards the Niger border": a country's border (the country, not Nigeria's Niger State);
    // where something on it happened is left to the rest of the sentence (`namedAcrossBorder`).
    const countryBorder =
      BORDER_WORDS_NEXT.has(nextWord) &&
      best.entries.some((e) => e.featureCode === 'PCLI') &&
      BORDER_WORD_AFTER.test(text.slice(end, end + 20)) &&
      ON_THE.test(text.slice(Math.max(sentenceStart, start - 20), start));
    // "Walikale-centre": the town's own centre, where something is, not a modifier.
    const hyphened =
      !onBorder &&
      !TOWN_CENTRE_AFTER.test(text.slice(end, end + 8)) &&
      (/[-‐]/.test(text[start - 1] ?? '') || /[-‐]/.test(text[end] ?? ''));
    // "the Kharkiv and Odesa regions": each name of the list names a region.
    const listed = REGIONS_AFTER.exec(text.slice(end, end + 80));
    const push = (use: PlaceUse, locative = false) =>
      out.push({
        start,
        end,
        text: surface,
        use: hyphened ? 'associative' : use,
        topic: false,
        key: best.key,
        candidates: best.entries,
        fuzzy: best.fuzzy === true,
        locative,
        ...(WAY_THROUGH.has(prevWord) ? { through: true } : {}),
        ...(CITY_PART_AFTER.test(text.slice(end, end + 60)) ? { cityPart: true as const } : {}),
        // Asked only of a name with one place (see UNIQUE_LOCATIVE_LESS): three lookups.
        ...(single &&
        best.entries.length === 1 &&
        (lexicon.isCommonWord(word) || gazetteer.isWord(word) || lexicon.isPersonName(word))
          ? { wordLike: true as const }
          : {}),
        ...(BODY_WORD_AFTER.test(text.slice(end, end + 16))
          ? { beforeBodyWord: true as const }
          : {}),
        // "the Niger border" is a country's as well as a region's: no evidence for the region.
        regionWord: (REGION_WORDS.has(nextWord) && !countryBorder) || listed !== null,
        ...(SETTLEMENT_WORDS.has(nextWord) ||
        (prev?.text === 'of' &&
          SETTLEMENT_OF.test(text.slice(Math.max(sentenceStart, start - 20), start)))
          ? { settlementWord: true as const }
          : {}),
        adminWord: ADMIN_WORDS.has(nextWord) || listed !== null,
        ...(listed ? { listedTo: end + listed[0].length } : {}),
        article: prevWord === 'the',
        commonWords: !single && best.key.split(' ').every((w) => lexicon.isCommonWord(w)),
        ...(opensName ? { opensName: true as const } : {}),
      });
    /**
     * Only a well-known place is taken from inside a longer name ("Conference Board of Canada",
     * "Niger Delta Development Commission": a region of the hand-compiled list is one).
     */
    const wellKnown =
      !best.fuzzy &&
      (maxPopulation(best.entries) >= EMBEDDED_MIN_POPULATION ||
        best.entries.some((e) => e.curated));
    // "the EU", "an IRS audit", "(MOCA)": letters in capitals inside running text are an
    // acronym, not a town of that name (Eu, Eruh, Moca). A country's or a region's letters
    // ("US", "DRC", "PA") and hand-compiled ones ("DMZ") stay, and so does a dateline in
    // capitals ("GAO, Mali").
    if (single && ACRONYM.test(surface) && !inCapitals(text, start, end)) {
      best.entries = best.entries.filter(
        (e) => e.curated || isRegion(e) || e.featureCode.startsWith('PCL'),
      );
      if (best.entries.length === 0) continue;
    }
    // "Harrisburg, Pa.", "LOUISVILLE, KY", "D-Pa.": a region's abbreviation closing an address
    // or a party label is the region, though "pa" is a word. Elsewhere an abbreviation that is a
    // word is not the region ("the Mass was held", "Sold To Mass. Concert Promoter").
    if (single && ABBREVIATION_KEYS.has(best.key)) {
      const key = best.key;
      const address =
        (prev && isCapitalized(prev.text) && /^,\s*$/.test(text.slice(prev.end, start))) ||
        PARTY_LABEL.test(text.slice(Math.max(0, start - 3), start));
      const abbreviated = (e: GazetteerEntry) => isRegion(e) && nameKey(e.name) !== key;
      const regions = best.entries.filter(abbreviated);
      if (address && regions.length > 0) {
        push('literal');
        out[out.length - 1].candidates = regions;
        continue;
      }
      if (WORD_ABBREVIATION_KEYS.has(key) || lexicon.isCommonWord(key)) {
        best.entries = best.entries.filter((e) => !abbreviated(e));
        if (best.entries.length === 0) continue;
      }
    }
    // A person's name: given name before ("Vladimir Putin"), or title before it.
    if (
      single &&
      next &&
      isCapitalized(next.text) &&
      text.slice(lastToken.end, next.start) === ' ' &&
      lexicon.isGivenName(word)
    ) {
      i += 1;
      continue;
    }
    // "said Tirana Hassan, executive director at Human Rights Watch": a name and another with
    // a role after them are a person, whatever town the first also names.
    if (
      single &&
      next &&
      isCapitalized(next.text) &&
      text.slice(lastToken.end, next.start) === ' ' &&
      lexicon.isTitle(APPOSITION_ROLE.exec(text.slice(next.end, next.end + 120))?.[1] ?? '')
    ) {
      i += 1;
      continue;
    }
    if (
      prev &&
      // The title next to the name: "the minister, Slovenia's action" names no person, and
      // "former" opens a title, not a name ("former Atlanta Mayor Kasim Reed").
      ((lexicon.isTitle(prevWord) &&
        prevWord !== 'former' &&
        /^\.?\s+$/.test(text.slice(prev.end, first.start))) ||
        (isCapitalized(prev.text) &&
          text.slice(prev.end, first.start) === ' ' &&
          lexicon.isGivenName(nameKey(prev.text))) ||
        // "President Harry S. Truman", "Herbert N. Lattin": after an initial.
        (/^\p{Lu}$/u.test(prev.text) && text[prev.end] === '.'))
    )
      continue;
    // "US", "UK", "EU" in capitals name a country, not the pronoun or an adjective.
    const countryCode =
      /^\p{Lu}{2,3}$/u.test(surface) && best.entries.some((e) => e.featureCode === 'PCLI');
    // A demonym that is also a state's name is the state where something is in it ("in Vatican");
    // a state whose demonym is its own name is the state ("taken to Djibouti").
    const stateInIt = best.entries.some(
      (e) =>
        e.featureCode === 'PCLI' && (STRONG_LOCATIVE.has(prevWord) || nameKey(e.name) === word),
    );
    if (
      single &&
      !countryCode &&
      (lexicon.isCalendarWord(word) || (lexicon.isDemonym(word) && !stateInIt))
    )
      continue;
    const commonWord = !countryCode && lexicon.isCommonWord(word);
    // "the violence in Lod, Acre and other mixed cities": a word listed right after a place,
    // with a town of that very name in the same country, is that town.
    const lastOut = out.at(-1);
    const listedTown =
      single &&
      lastOut !== undefined &&
      lastOut.use === 'literal' &&
      start - lastOut.end <= 6 &&
      LISTED_AFTER.test(text.slice(lastOut.end, start)) &&
      best.entries.some(
        (e) =>
          e.featureCode.startsWith('PPL') &&
          e.population >= LISTED_TOWN_MIN_POPULATION &&
          nameKey(e.name) === word &&
          lastOut.candidates.some(
            (c) => c.country === e.country && distanceKm(c, e) <= LISTED_TOWN_KM,
          ),
      );
    // A person's name or a word written in lower case, in this text or in English ("Obama",
    // "Campbell", "Christmas", "University", "Metro"), is a small namesake place only where the
    // text puts something in it ("in Campbell").
    // Not before a possessive: "in Henry's absence" is in the absence, of a person.
    if (
      single &&
      !listedTown &&
      (!LOCATIVE.has(prevWord) || /['’]s$/u.test(lastToken.text)) &&
      !isMajorPlace(best.entries) &&
      (lexicon.isPersonName(word) ||
        lowerCaseWords.has(word) ||
        (gazetteer.isWord(word) &&
          !CALLED_A_PLACE.test(text.slice(Math.max(0, start - 30), start)) &&
          !opensDateline(text, start) &&
          !regionFollows(text, end, gazetteer)))
    ) {
      i += best.n - 1;
      continue;
    }
    if (inside) {
      // A name that is the whole actor name ("Hamas", not Hamm in Germany) is no toponym.
      const whole = inside.start >= start && inside.end <= end;
      if (wellKnown && !whole && !(single && commonWord)) push('associative');
      i += best.n - 1;
      continue;
    }
    const possessive = /['’]s$/u.test(lastToken.text);
    // "the Kyiv regime": the capital stands for its government.
    if (
      next &&
      GOVERNMENT_NOUNS.has(nextWord) &&
      !possessive &&
      best.entries.some((e) => e.featureCode === 'PPLC')
    ) {
      push('metonymic');
      i += best.n - 1;
      continue;
    }
    // "Tower 22", "Camp 5": a name with a number is a site's, not a small namesake town's.
    if (
      next &&
      !wellKnown &&
      /^\d{1,3}$/.test(next.text) &&
      text.slice(lastToken.end, next.start) === ' '
    ) {
      i += best.n - 1;
      continue;
    }
    // "senior Sahel researcher", "our Kyiv correspondent": a place that qualifies a field of
    // work is not where the worker is (a "Laurel County sheriff" is).
    if (next && FIELD_OF_WORK.has(nextWord) && text.slice(end, next.start) === ' ') {
      if (!(single && commonWord)) push('associative');
      i += best.n - 1;
      continue;
    }
    if (next && NAMED_THING_WORDS.has(nextWord) && !possessive) {
      if (wellKnown && !(single && commonWord)) push('associative');
      i += best.n - 1;
      continue;
    }
    // Inside a longer capitalised name that the gazetteer does not know ("Tahrir al-Sham");
    // not after a sentence's capitalised article ("The Rafah crossing").
    if (
      prev &&
      isCapitalized(prev.text) &&
      !/^(?:The|A|An)$/.test(prev.text) &&
      !/['’]s$/u.test(prev.text) &&
      !atSentenceStart &&
      text.slice(prev.end, tokens[i].start) === ' ' &&
      !LOCATIVE.has(prevWord) &&
      !skip.some((s) => overlaps(s, prev)) &&
      !embedding.some((s) => overlaps(s, prev))
    ) {
      if (wellKnown && !(single && commonWord)) push('associative');
      i += best.n - 1;
      continue;
    }
    // The end of a longer name joined by a particle: "Mocimboa da Praia" names no Praia in Cape
    // Verde ("Rio de Janeiro" is found whole before this).
    const beforeParticle = i > 1 ? tokens[i - 2] : null;
    if (
      prev &&
      beforeParticle &&
      JOINING_PARTICLES.has(prev.text) &&
      isCapitalized(beforeParticle.text) &&
      text.slice(beforeParticle.end, prev.start) === ' ' &&
      text.slice(prev.end, tokens[i].start) === ' '
    ) {
      // "the Tour de France": a country inside a name is still named.
      if (best.entries.some((e) => e.featureCode === 'PCLI')) push('associative');
      i += best.n - 1;
      continue;
    }
    const country = best.entries.some((e) => e.featureCode === 'PCLI');
    // A country in the possessive contains a place or owns an actor: "Syria's Idleb region".
    if (possessive && country) {
      push('associative');
      i += best.n - 1;
      continue;
    }
    // A river, lake or range named after a region or country ("the Ayeyarwady River"): not
    // the region, whose middle is far from it; its form finds it. (A town of a river's name
    // mostly lies on it.)
    if (
      next &&
      isCapitalized(next.text) &&
      text.slice(lastToken.end, next.start) === ' ' &&
      NAMED_AFTER_A_PLACE.has(nextWord) &&
      best.entries.every((e) => e.featureCode === 'ADM1' || e.featureCode === 'PCLI')
    ) {
      if (wellKnown) push('associative');
      i += best.n - 1;
      continue;
    }
    // The first word of a longer proper name: "the Munich Security Conference".
    if (
      next &&
      isCapitalized(next.text) &&
      text.slice(lastToken.end, next.start) === ' ' &&
      lexicon.isCommonWord(nameKey(next.text)) &&
      !REGION_WORDS.has(nextWord) &&
      !GEO_FEATURE_WORDS.has(nextWord)
    ) {
      if (wellKnown && !(single && commonWord)) push('associative');
      i += best.n - 1;
      continue;
    }
    const before = text.slice(Math.max(sentenceStart, start - 24), start).toLowerCase();
    // A capital standing for its government: "Moscow calls on Ankara", "a charge Kigali denies".
    const capital = best.entries.some((e) => e.featureCode === 'PPLC');
    const chained = metonymyEnd >= 0 && /^\s*(and|,)\s*$/.test(text.slice(metonymyEnd, start));
    // "Kyiv and Moscow blamed each other": a capital joined to another that acts.
    const pair = capital ? CAPITAL_AND_CAPITAL.exec(text.slice(end, end + 60)) : null;
    const pairActs =
      pair !== null &&
      (lexicon.isVerb(pair[2]) || GOVERNMENT_VERBS.has(pair[2])) &&
      gazetteer.lookup(nameKey(pair[1])).some((e) => e.featureCode === 'PPLC');
    if (
      capital &&
      !STRONG_LOCATIVE.has(prevWord) &&
      // The verb right after the name, not one after a comma ("in Bamako, killing 70").
      ((next &&
        /^\s+$/.test(text.slice(lastToken.end, next.start)) &&
        (lexicon.isVerb(nextWord) || GOVERNMENT_VERBS.has(nextWord))) ||
        chained ||
        pairActs ||
        /\b(calls? on|called on|urged?|accus\w+|warned|(relations|ties|talks|rapprochement|tensions|rift|dispute|normali[sz]ation|contacts) between|(mediated|brokered|backed|supported|sponsored|funded|imposed|proposed|rejected|condemned|welcomed) by)\s+$/.test(
          before,
        ))
    ) {
      metonymyEnd = end;
      metonyms.push({ start, end });
      push('metonymic');
      i += best.n - 1;
      continue;
    }
    const bordering = /\b(border|frontier|crossing|boundary)\s+with\s+$/.test(before);
    // "in Brussels, Belgium": the country that contains the place before it.
    const last = out[out.length - 1];
    const containing =
      country &&
      last !== undefined &&
      last.use === 'literal' &&
      !last.candidates.some((e) => e.featureCode === 'PCLI') &&
      CONTAINER_GAP.test(text.slice(last.end, start));
    // A heading that is only its name ("Mali", over a report's section) says where what
    // follows is.
    const heading = i === 0 && best.n === tokens.length;
    // "Western Sahara is a disputed territory", "Chad borders Sudan": the land described.
    const described = country && DESCRIBED_LAND.test(text.slice(end, end + 40));
    const locative =
      heading ||
      described ||
      // "evacuated its citizens from Niger", "troops withdrew from Mali": the land left.
      (country &&
        prevWord === 'from' &&
        LEFT_FROM.test(text.slice(Math.max(sentenceStart, start - 80), start))) ||
      bordering ||
      onBorder ||
      countryBorder ||
      containing ||
      (!country && PEOPLE_OF.test(before)) ||
      // "in the town of Yevlakh", "near the border village of Maroun al-Ras".
      (!country && IN_THE_TOWN_OF.test(text.slice(Math.max(sentenceStart, start - 40), start))) ||
      // "In the Kursk direction", "on the Pokrovsk axis": a front named by its place.
      (!country && FRONT_WORDS.has(nextWord) && IN_THE.test(before)) ||
      (country ? COUNTRY_LOCATIVE.has(prevWord) : LOCATIVE.has(prevWord)) ||
      (prevWord === 'and' &&
        out.length > 0 &&
        out[out.length - 1].locative &&
        /^\s*(,\s*)?(and\s*)?$/.test(
          text.slice(out[out.length - 1].end, start).replace(/^,?\s*[\w’'-]+\s*,/, ','),
        )) ||
      // "in Venezuela, Cuba and Norway": a country listed after one something is in.
      (country &&
        out.length > 0 &&
        out[out.length - 1].locative &&
        out[out.length - 1].candidates.some(isCountry) &&
        /^,\s*$/.test(text.slice(out[out.length - 1].end, start)));
    // A country is a place only where the text puts something in it: "in Syria", not "Syria said".
    if (country && single && !locative && !WAY_THROUGH.has(prevWord)) {
      push('metonymic');
      continue;
    }
    const topic =
      /\b(situation|developments|events|tensions|crisis|issue|question)\s+(in|around|on)\s+(the\s+)?$|\b(on|about|over|regarding)\s+(the\s+)?$/.test(
        before,
      ) || /^(situation|crisis|issue|file|question)$/.test(nextWord);
    // "Cameroon's Northwest region", "the Centre region": a word that is a region's name, with
    // the word for a region after it.
    const namedRegion =
      NAMED_REGION_WORDS.has(nextWord) &&
      // Not the last part of a compound: "the Centre-North region" is not Cameroon's North.
      !/[-‐]$/.test(text.slice(Math.max(0, start - 1), start)) &&
      !/^\s+\S+\s+\p{Lu}/u.test(text.slice(end, end + 40)) &&
      best.entries.some((e) => e.featureCode.startsWith('ADM') && nameKey(e.name) === best.key);
    if (
      single &&
      commonWord &&
      !namedRegion &&
      !listedTown &&
      !(
        (STRONG_LOCATIVE.has(prevWord) || prevWord === 'to' || prevWord === 'from') &&
        // A town of that very name ("in Reading"), not a region or an alternate name ("in
        // North London" is no "North" province).
        best.entries.some(
          (e) => e.population >= 50_000 && nameKey(e.name) === best.key && e.featureCode !== 'ADM1',
        )
      )
    )
      continue;
    if (atSentenceStart && single && commonWord) continue;
    push('literal', locative);
    out[out.length - 1].topic = topic;
    i += best.n - 1;
  }
  // "Paris, Texas", "Alexandria, La.", "Goma, Democratic Republic of Congo".
  // "Moirang town in Bishnupur district": the district holds the town.
  for (let k = 0; k + 1 < out.length; k++) {
    const between = text.slice(out[k].end, out[k + 1].start);
    // "Venezuela, Cuba, Mexico and Norway": a country's name beside another's is a list, not
    // a town of the second (there is a Venezuela in Cuba).
    if (/^,\s*$/.test(between)) {
      const countries = out[k].candidates.some(isCountry) && out[k + 1].candidates.some(isCountry);
      // "In Kyiv, Russia launched drones": the second name with its verb after it is the
      // clause's subject, not where the first is.
      const verb = /^\s+([a-z]+)\b/.exec(text.slice(out[k + 1].end, out[k + 1].end + 30))?.[1];
      if (!countries && !(verb !== undefined && lexicon.isVerb(verb)))
        out[k].container = out[k + 1];
    } else if (HELD_IN.test(between) && out[k + 1].adminWord) out[k + 1].holds = out[k];
  }
  return out;
}

const isCountry = (e: GazetteerEntry) => e.featureCode === 'PCLI';
/** Between a place and the division holding it: " town in ", " in the ". */
const HELD_IN = /^\s+(?:(?:town|city|village|area|camp)\s+)?in\s+(?:the\s+)?$/i;
/** Whether a wire dateline opens at `start` ("KYIV -", "GAO, Mali (AP) —"). */
const opensDateline = (text: string, start: number) =>
  WIRE_DATELINE.test(text.slice(start, start + 120));

/** A word in capitals short enough to be an acronym ("EU", "IRS", "MOCA"). */
const ACRONYM = /^\p{Lu}{2,4}$/u;

/**
 * Whether a word in capitals is written so because its line is: a dateline or a headline
 * ("GAO, Mali (AP) —", "HUME – Principal …"), where the line opens with it, a wire dateline
 * does, or a neighbouring word is in capitals too.
 */
function inCapitals(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  if (/^[\s"“]*$/.test(text.slice(lineStart, start))) return true;
  if (opensDateline(text, start)) return true;
  const before = /(\p{L}+)[^\p{L}\n]{1,3}$/u.exec(text.slice(Math.max(0, start - 40), start));
  const after = /^[^\p{L}\n]{1,3}(\p{L}+)/u.exec(text.slice(end, end + 40));
  const caps = (m: RegExpExecArray | null) => m !== null && /^\p{Lu}{2,}$/u.test(m[1]);
  return caps(before) || caps(after);
}

/** Before a name, words that call it a place: "the town of Sake". */
const CALLED_A_PLACE =
  /\b(?:town|city|village|district|province|county|region|port|suburb|commune|municipality|settlement|hamlet|township)\s+of\s+$/i;

/** Whether a region or a country follows the name after a comma: "Hurricane, W.Va.". */
function regionFollows(text: string, end: number, gazetteer: Gazetteer): boolean {
  const m = /^,\s*(\p{Lu}[\p{L}.]*)(?:\s(\p{Lu}[\p{L}.]*))?/u.exec(text.slice(end, end + 40));
  if (!m) return false;
  const keys = [nameKey(m[1]), ...(m[2] ? [nameKey(`${m[1]} ${m[2]}`)] : [])];
  return keys.some(
    (k) =>
      ABBREVIATION_KEYS.has(k) ||
      gazetteer.lookup(k).some((e) => isRegion(e) || e.featureCode === 'PCLI'),
  );
}

function isMajorPlace(entries: GazetteerEntry[]): boolean {
  return entries.some(
    (e) =>
      e.curated ||
      e.population >= EMBEDDED_MIN_POPULATION ||
      ['PCLI', 'ADM1', 'ADM2', 'PPLC', 'PPLA'].includes(e.featureCode),
  );
}

/** The words a text writes in lower case, for {@link findPlaceMentions}. */
export function lowerCaseWordsOf(text: string): Set<string> {
  return new Set(text.match(/(?<![\p{L}'’-])\p{Ll}[\p{Ll}'’-]{2,}/gu) ?? []);
}

/** After a name, an apposition that calls it a settlement: ", a town south of the city". */
export const SETTLEMENT_AFTER = /^,\s+an?\s+(?:[\p{Ll}-]+\s+){0,2}?(?:village|hamlet|town|city)\b/u;

/**
 * The last names of people the text names, for {@link findPlaceMentions}: the last word of a
 * capitalised run after a given name or a title ("Vernon Adkins", "Sgt. Mary Chisholm"), or
 * followed by an age ("Mevlut Mert Altintas, 22,"). Alone later on ("Adkins was arrested"),
 * such a word is the person, not a namesake town.
 */
export function surnamesOf(text: string, lexicon: Lexicon): Set<string> {
  const out = new Set<string>();
  for (const run of text.matchAll(NAME_RUN)) {
    const first = /^\S+/.exec(run[0])?.[0] ?? '';
    const end = run.index + run[0].length;
    const person =
      (first.length < run[0].length && lexicon.isGivenName(nameKey(first))) ||
      AGE_AFTER.test(text.slice(end, end + 8)) ||
      lexicon.isTitle(
        /(\S+)\s+$/.exec(text.slice(Math.max(0, run.index - 20), run.index))?.[1] ?? '',
      );
    if (person) out.add(nameKey(stripPossessive(/\S+$/.exec(run[0])?.[0] ?? '')));
  }
  return out;
}
/** One to four capitalised words, middle initials allowed: "Chisholm", "Harry S. Truman". */
const NAME_RUN =
  /(?<![\p{L}.])\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}(?:\.|[\p{Ll}'’-]+)){0,3}(?![\p{L}])/gu;
/** ", 40," after a name: the person's age. */
const AGE_AFTER = /^,\s*\d{1,3}\s*,/;

/** After a hyphenated pair, what shows it modifies no noun: a stop, a comma, "and", "in". */
const NO_NOUN_AFTER = /^(?:\s*[,.;:)]|\s*$|\s+(?:and|in|near|on|at|from|to|was|were|is|are)$)/;

/**
 * Hyphenated words that are no name of their own, in parts: "Egyptian-US", "Madrid-based",
 * "Gainesville-area". Names with a hyphen stay whole ("Guinea-Bissau", "Stoke-on-Trent"), even
 * where the gazetteer writes them without it ("Pétion-Ville"), and so do Arabic articles
 * ("al-Bab", "ez-Zor").
 */
function splitCompounds(tokens: Token[], gazetteer: Gazetteer, text: string): Token[] {
  if (!tokens.some((t) => /[-‐]/.test(t.text))) return tokens;
  const out: Token[] = [];
  for (const [i, t] of tokens.entries()) {
    const parts = t.text.split(/([-‐])/);
    const key = nameKey(t.text);
    if (
      parts.length < 3 ||
      // "the villages of Oleshnya and Nikolayevo-Darino, close to Sudzha": two capitalised
      // parts, one of them no place the gazetteer knows, that modify nothing after them are
      // one name (not "the Israel-Hamas war"; "Asia-Pacific" is two places).
      (parts.length === 3 &&
        /^\p{Lu}\p{Ll}/u.test(parts[0]) &&
        /^\p{Lu}\p{Ll}/u.test(parts[2]) &&
        (gazetteer.lookup(nameKey(parts[0])).length === 0 ||
          gazetteer.lookup(nameKey(parts[2])).length === 0) &&
        NO_NOUN_AFTER.test(text.slice(t.end, tokens[i + 1]?.end ?? t.end + 1))) ||
      isParticleLed(t.text) ||
      parts.some((p) => NAME_PARTICLES.has(p.toLowerCase())) ||
      gazetteer.lookup(key).length > 0 ||
      gazetteer.continues(key) ||
      // "Pétion-Ville": one name the gazetteer writes another way (Petionville), not "Ville".
      (/^\p{Lu}/u.test(t.text) && spellingMatches(gazetteer, key).length > 0)
    ) {
      out.push(t);
      continue;
    }
    let at = t.start;
    for (const part of parts) {
      if (part && !/^[-‐]$/.test(part)) out.push({ start: at, end: at + part.length, text: part });
      at += part.length;
    }
  }
  return out;
}

/** Least population of a place named inside a longer name (countries and regions count as large). */
const EMBEDDED_MIN_POPULATION = 100_000;

function fuzzyMatch(
  text: string,
  tokens: Token[],
  i: number,
  gazetteer: Gazetteer,
  lexicon: Lexicon,
  skip: Span[],
): { n: number; key: string; entries: GazetteerEntry[]; fuzzy: boolean } | null {
  let key = '';
  let found: { n: number; key: string; entries: GazetteerEntry[]; fuzzy: boolean } | null = null;
  /** Words of the name that are no article: "Deir al Balah" has two. */
  let words = 0;
  for (let n = 0; n < 3 && i + n < tokens.length; n++) {
    const t = tokens[i + n];
    if (
      n > 0 &&
      (text.slice(tokens[i + n - 1].end, t.start) !== ' ' || skip.some((s) => overlaps(s, t)))
    )
      break;
    const k = nameKey(stripPossessive(t.text));
    const particle = NAME_PARTICLES.has(k) || isParticleLed(t.text);
    const opener = n === 0 && NAME_OPENERS.has(k) && isCapitalized(t.text);
    if (
      (!isCapitalized(t.text) && !particle) ||
      (k.length < 4 && !particle && !opener) ||
      // An article inside a name ("Deir al Balah") is no common word; "on", "at" and "as" are.
      (!(particle && NAME_ARTICLES.has(k)) &&
        !opener &&
        (lexicon.isCommonWord(k) ||
          lexicon.isGivenName(k) ||
          lexicon.isDemonym(k) ||
          lexicon.isTitle(k)))
    )
      break;
    key = n === 0 ? k : `${key} ${k}`;
    if (!particle) words++;
    // Another transliteration of the article, the doubling or the ending: "ash-Shaddadi" for
    // "Ash Shadadi", "Raqqah" for "Raqqa".
    // An opener alone is no name.
    const translit = opener ? [] : gazetteer.lookupTranslit(translitKey(key));
    if (translit.length > 0) {
      found = { n: n + 1, key, entries: translit, fuzzy: true };
      continue;
    }
    // An acronym ("ISIL", "LGAs") is no other spelling of a place ("Isiolo", "Lagos").
    if (words > 2 || particle || found || /^\p{Lu}{2,5}s?$/u.test(t.text)) continue;
    const entries = spellingMatches(gazetteer, key);
    if (entries.length > 0) found = { n: n + 1, key, entries, fuzzy: true };
  }
  return found;
}

/**
 * Larger places spelled nearly as `key`: the same skeleton, and close letters too
 * ("Chinshwehaw" is no "Chi-nan-shih").
 */
function spellingMatches(gazetteer: Gazetteer, key: string): GazetteerEntry[] {
  return gazetteer
    .lookupSkeleton(skeletonKey(key))
    .filter(
      (e) =>
        similarity(key, nameKey(e.name).replace(/^(al|el|ad|ar|as|an) /, '')) >=
        FUZZY_MIN_SIMILARITY,
    );
}

/** Least share of letters two spellings must have in common (1 - edit distance / length). */
const FUZZY_MIN_SIMILARITY = 0.6;

/** 1 minus the Levenshtein distance over the longer length. */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return 1 - prev[b.length] / Math.max(a.length, b.length, 1);
}

function maxPopulation(entries: GazetteerEntry[]): number {
  let max = 0;
  for (const e of entries)
    max = Math.max(
      max,
      e.featureCode === 'PCLI' || e.featureCode === 'ADM1'
        ? 1e7
        : e.featureCode === 'ADM2'
          ? 1e5
          : e.curated
            ? 1e6
            : e.population,
    );
  return max;
}

/** The evidence that a candidate is the place a mention means (see `resolvePlaces`). */
export interface ResolverFeatures {
  /** Points for the kind of place ({@link FEATURE_SCORE}). */
  kind: number;
  /** log10 of its population, or of the size its kind counts as ({@link SIZE_OF_KIND}). */
  size: number;
  /** From the hand-compiled list: news mean the feature, not a namesake village. */
  curated: number;
  /** ...after "the": "the Red Sea" is the sea, not Sudan's state. */
  curatedArticle: number;
  /** A region, named with a region word ("Idlib province") or without. */
  regionWithWord: number;
  regionWithoutWord: number;
  /** A region, where the text calls the name a city, town or village ("the city of Derna"). */
  regionAsSettlement: number;
  /** A town, when the name is followed by an admin word and a region of that name exists. */
  adminWordElsewhere: number;
  /** A country name that is also a word or a name ("Chad", "Jordan"), not after a locative. */
  ambiguousCountry: number;
  /** In a country the report's actors or other places point to. */
  contextCountry: number;
  /** In a first-level region the report's other places point to. */
  contextRegion: number;
  /** In the region or country named right after it ("Paris, Texas"). */
  container: number;
  /** Found by an alternate name while another candidate has it as its own. */
  alternateName: number;
  /** Within 300 km of one of the report's anchor places. */
  nearAnchor: number;
  /** After "in", "near", "at"... */
  locative: number;
  /** Other names of the report with a likely place within 150 km (at most 3). */
  coherence: number;
}

/** What each piece of evidence is worth; a candidate's score is the weighted sum. */
export const RESOLVER_WEIGHTS: ResolverFeatures = {
  kind: 1,
  size: 0.8,
  curated: 3,
  curatedArticle: 2,
  regionWithWord: 1.5,
  regionWithoutWord: -0.5,
  regionAsSettlement: -3,
  adminWordElsewhere: -3,
  ambiguousCountry: -6,
  contextCountry: 4,
  contextRegion: 3,
  container: 5,
  alternateName: -1,
  nearAnchor: 2,
  locative: 1,
  coherence: 1,
};

/** For training and evaluating the weights (scripts/train-resolver.ts); the ingest passes none. */
export interface ResolverOptions {
  weights?: ResolverFeatures;
  /** Weights that choose among namesakes; by default {@link RANKING_WEIGHTS}. */
  ranking?: ResolverFeatures | null;
  /** Receives every mention's candidates with their evidence, as the final pass sees them. */
  observe?: (
    mention: PlaceMention,
    candidates: { entry: GazetteerEntry; features: ResolverFeatures }[],
  ) => void;
}

/**
 * Weights that choose among a name's candidates, learned from the dev halves of the public
 * corpora by scripts/train-resolver.ts (20 epochs of an averaged perceptron from
 * RESOLVER_WEIGHTS over 1,695 ambiguous dev mentions: right choice 0.854 -> 0.904). Features
 * no dev mention varied keep their hand-set weight. null: choose by RESOLVER_WEIGHTS.
 */
export const RANKING_WEIGHTS: ResolverFeatures | null = {
  kind: 0.08,
  size: 0.16,
  curated: 3,
  curatedArticle: 2,
  regionWithWord: 1.5,
  regionWithoutWord: 0.3,
  regionAsSettlement: -3,
  adminWordElsewhere: -3,
  ambiguousCountry: -6,
  contextCountry: 0.49,
  contextRegion: 0.14,
  container: 5,
  alternateName: -0.4,
  nearAnchor: 0.12,
  locative: 1,
  coherence: 0.12,
};

export function weigh(f: ResolverFeatures, w: ResolverFeatures = RESOLVER_WEIGHTS): number {
  let s = 0;
  for (const k of FEATURE_KEYS) s += w[k] * f[k];
  return s;
}
/** The evidence a score weighs, listed once (every weight table has them all). */
const FEATURE_KEYS = Object.keys(RESOLVER_WEIGHTS) as (keyof ResolverFeatures)[];

/** Points for the kind of place: capitals and seats are what news name most. */
const FEATURE_SCORE: Record<string, number> = {
  PCLI: 5,
  PPLC: 3,
  PPLA: 2,
  ADM1: 1.5,
  PPLA2: 1,
  PPLA3: 0.5,
  PPLG: 1,
  ADM2: 1,
};
/**
 * The size a place without a population counts as: a country like a capital ("Mexico" is the
 * country, not Mexico City), a region or a county like a large city, a hand-compiled region or feature (the Sahel, the Golan Heights, the M4
 * highway) like a city of a million, as news name them only when they matter.
 */
const SIZE_OF_KIND: Record<string, number> = {
  PCLI: 10_000_000,
  ADM1: 1_000_000,
  ADM2: 100_000,
};
const CURATED_SIZE = 1_000_000;
/** A place in no country the report points to needs this much more than MIN_SCORE. */
const UNANCHORED_EXTRA = 2;
/** Below this score a candidate is too doubtful to map. */
const MIN_SCORE = 3.5;
/** How much less a name with one place in the gazetteer, after a locative, needs. */
const UNIQUE_LOCATIVE_LESS = 1.5;
/** How large such a town must be, unless it is the seat of a district. */
const UNIQUE_TOWN_MIN_POPULATION = 5_000;
/** How near a likely place of another name must be to count as agreement. */
const COHERENCE_KM = 150;
/** Grid cell of the nearness search: 150 km is at most 1.4 degrees of latitude. */
const GRID_DEGREES = 1.5;
/** At most this many names count: a long local story does not outvote everything else. */
const COHERENCE_MAX_NAMES = 3;
/** A name's likely places: those scoring within this of its best, at most PLAUSIBLE_MAX. */
const PLAUSIBLE_WITHIN = 3;
const PLAUSIBLE_MAX = 5;
/** A place scoring this far above its namesakes anchors the report ("Texas": the state). */
const ANCHOR_MARGIN = 1.5;
/** An anchor place this near a candidate is evidence for it (`nearAnchor`). */
const NEAR_KM = 300;

function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const r = Math.PI / 180;
  const dLat = (b.lat - a.lat) * r;
  const dLon = (b.lon - a.lon) * r;
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * r) * Math.cos(b.lat * r) * Math.sin(dLon / 2) ** 2;
  return 12_742 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** What a report's other names say about one name's candidates. */
interface NameContext {
  /** An anchor of another name lies within {@link NEAR_KM} of the entry. */
  nearAnchor: (e: GazetteerEntry) => boolean;
  /** Countries the report is about, by its dateline, its text and the other names' anchors. */
  countries: { has(country: string): boolean; any: boolean };
  /** First-level regions (`country.admin1`) the other names' anchors lie in. */
  regions: { has(region: string): boolean };
}

/** Grid cell size for anchors, in degrees: at least {@link NEAR_KM} north to south. */
const ANCHOR_GRID = 3;
const ANCHOR_COLUMNS = 360 / ANCHOR_GRID;

/**
 * For each name, the context its report's other names give, without the name's own anchors.
 * Counts and a grid keep this linear in the report's length: a name asks about the anchors
 * near its candidates, not about every anchor of the report.
 */
function othersContext(
  anchoring: { entry: GazetteerEntry; key: string }[],
  contextCountries: Set<string>,
): (key: string) => NameContext {
  const regionOf = (e: GazetteerEntry) =>
    e.admin1 && e.featureCode !== 'PCLI' ? `${e.country}.${e.admin1}` : null;
  const count = (m: Map<string, number>, k: string | null) => {
    if (k) m.set(k, (m.get(k) ?? 0) + 1);
  };
  const countries = new Map<string, number>();
  const regions = new Map<string, number>();
  const own = new Map<string, { countries: Map<string, number>; regions: Map<string, number> }>();
  const grid = new Map<number, { entry: GazetteerEntry; key: string }[]>();
  const cellOf = (row: number, col: number) =>
    row * ANCHOR_COLUMNS + (((col % ANCHOR_COLUMNS) + ANCHOR_COLUMNS) % ANCHOR_COLUMNS);
  for (const a of anchoring) {
    const mine = own.get(a.key) ?? { countries: new Map(), regions: new Map() };
    own.set(a.key, mine);
    if (a.entry.country) {
      count(countries, a.entry.country);
      count(mine.countries, a.entry.country);
    }
    count(regions, regionOf(a.entry));
    count(mine.regions, regionOf(a.entry));
    if (a.entry.featureCode === 'PCLI') continue;
    const c = cellOf(Math.floor(a.entry.lat / ANCHOR_GRID), Math.floor(a.entry.lon / ANCHOR_GRID));
    const bucket = grid.get(c);
    if (bucket) bucket.push(a);
    else grid.set(c, [a]);
  }
  const others = (all: Map<string, number>, mine: Map<string, number> | undefined) => ({
    has: (k: string) => (all.get(k) ?? 0) > (mine?.get(k) ?? 0),
    any: [...all].some(([k, n]) => n > (mine?.get(k) ?? 0)),
  });
  const made = new Map<string, NameContext>();
  return (key) => {
    const known = made.get(key);
    if (known) return known;
    const mine = own.get(key);
    const otherCountries = others(countries, mine?.countries);
    const context: NameContext = {
      nearAnchor: (e) => {
        const row = Math.floor(e.lat / ANCHOR_GRID);
        // Columns narrow toward the poles: as many as cover NEAR_KM east and west.
        const kmPerColumn =
          111.32 *
          ANCHOR_GRID *
          Math.cos((Math.min(89, Math.abs(e.lat) + ANCHOR_GRID) * Math.PI) / 180);
        const span = Math.min(ANCHOR_COLUMNS / 2, Math.ceil(NEAR_KM / Math.max(1e-6, kmPerColumn)));
        const col = Math.floor(e.lon / ANCHOR_GRID);
        for (let dy = -1; dy <= 1; dy++)
          for (let dx = -span; dx <= span; dx++)
            for (const a of grid.get(cellOf(row + dy, col + dx)) ?? [])
              if (a.key !== key && a.entry !== e && distanceKm(a.entry, e) < NEAR_KM) return true;
        return false;
      },
      countries: {
        has: (c) => contextCountries.has(c) || otherCountries.has(c),
        any: contextCountries.size > 0 || otherCountries.any,
      },
      regions: others(regions, mine?.regions),
    };
    made.set(key, context);
    return context;
  };
}

/** A village: below this population, with no seat of its own, it is small enough to have namesakes. */
const VILLAGE_POPULATION = 10_000;
/** A village or a small town, a seat of a third-level division at most ("Susa", Italy). */
const isSmallPlace = (e: GazetteerEntry) =>
  !e.curated &&
  e.featureCode.startsWith('PPL') &&
  !['PPLA', 'PPLA2', 'PPLC'].includes(e.featureCode) &&
  e.population < VILLAGE_POPULATION;
const isVillage = (e: GazetteerEntry) => isSmallPlace(e) && !e.featureCode.startsWith('PPLA');

/**
 * Whether a village lies more than NEAR_KM from every town, city and region the report anchors
 * in its country and in no first-level region of theirs, while the report anchors some there.
 * Villages do not vouch for each other: a list of front villages all found as namesakes far
 * away still lies where the report's towns are.
 */
function villagesFarFromTowns(
  anchoring: { entry: GazetteerEntry }[],
): (e: GazetteerEntry) => boolean {
  // Each place once, by country: a long report names its towns many times.
  const townsIn = new Map<string, Map<number, GazetteerEntry>>();
  for (const { entry: t } of anchoring) {
    if (t.featureCode === 'PCLI' || isVillage(t)) continue;
    const towns = townsIn.get(t.country) ?? new Map<number, GazetteerEntry>();
    towns.set(t.index, t);
    townsIn.set(t.country, towns);
  }
  const known = new Map<number, boolean>();
  return (e) => {
    if (!isVillage(e)) return false;
    const cached = known.get(e.index);
    if (cached !== undefined) return cached;
    const inCountry = [...(townsIn.get(e.country)?.values() ?? [])];
    const far =
      inCountry.length > 0 &&
      inCountry.every((t) => (!t.admin1 || t.admin1 !== e.admin1) && distanceKm(t, e) >= NEAR_KM);
    known.set(e.index, far);
    return far;
  };
}

export interface ResolvedPlace {
  entry: GazetteerEntry;
  score: number;
  /** How many gazetteer entries share the name. */
  alternatives: number;
  /** How far the chosen entry scores above the next namesake. */
  margin: number;
}

/**
 * Chooses the gazetteer entry for each mention: by kind and size, by the countries the
 * report is about, and by nearness to the other places it names. Returns null for a mention
 * too doubtful to map.
 */
export function resolvePlaces(
  mentions: PlaceMention[],
  contextCountries: Set<string>,
  options: ResolverOptions = {},
): (ResolvedPlace | null)[] {
  const weights = options.weights ?? RESOLVER_WEIGHTS;
  const ranking = options.ranking ?? RANKING_WEIGHTS;
  // "the city of Derna" once: "Derna" elsewhere in the report, without a region word, is the
  // city too.
  const settlements = new Set(mentions.filter((m) => m.settlementWord).map((m) => m.key));
  const asSettlement = (m: PlaceMention) =>
    m.settlementWord === true || (!m.regionWord && settlements.has(m.key));
  const features = (m: PlaceMention, e: GazetteerEntry, context: NameContext): ResolverFeatures => {
    const { countries, regions } = context;
    const size = e.curated ? CURATED_SIZE : (SIZE_OF_KIND[e.featureCode] ?? e.population);
    const region = e.featureCode === 'ADM1';
    return {
      kind: FEATURE_SCORE[e.featureCode] ?? 0,
      size: Math.log10(size + 1),
      curated: e.curated ? 1 : 0,
      curatedArticle: e.curated && m.article ? 1 : 0,
      regionWithWord: region && m.regionWord && !m.settlementWord ? 1 : 0,
      regionWithoutWord: region && !m.regionWord ? 1 : 0,
      regionAsSettlement: region && asSettlement(m) ? 1 : 0,
      // "Shan state", "Hiiraan region": a town of that name elsewhere is not meant (a town of
      // the region's own name and country is still chosen below, as news put the dot there).
      adminWordElsewhere:
        !region && m.adminWord && m.candidates.some((c) => c.featureCode === 'ADM1') ? 1 : 0,
      ambiguousCountry:
        e.featureCode === 'PCLI' && e.ambiguous && !m.locative && m.use === 'literal' ? 1 : 0,
      contextCountry: countries.has(e.country) ? 1 : 0,
      contextRegion: e.admin1 && !region && regions.has(`${e.country}.${e.admin1}`) ? 1 : 0,
      container:
        m.container?.candidates.some(
          (c) =>
            c !== e &&
            c.country === e.country &&
            (c.featureCode === 'PCLI' || (c.featureCode === 'ADM1' && c.admin1 === e.admin1)),
        ) ||
        // A division with a town of the text in its region ("Bishnupur district" of Manipur,
        // which holds Moirang; not the town of West Bengal).
        (m.candidates.length > 1 &&
          m.holds?.candidates.some(
            (c) => c !== e && c.country === e.country && c.admin1 !== '' && c.admin1 === e.admin1,
          ))
          ? 1
          : 0,
      alternateName: m.candidates.length > 1 && nameKey(e.name) !== m.key ? 1 : 0,
      nearAnchor: context.nearAnchor(e) ? 1 : 0,
      locative: m.locative ? 1 : 0,
      coherence: Math.min(COHERENCE_MAX_NAMES, neighbours(m.key, e)),
    };
  };
  const score = (m: PlaceMention, e: GazetteerEntry, context: NameContext) =>
    weigh(features(m, e, context), weights);
  const pick = (m: PlaceMention, context: NameContext): ResolvedPlace | null => {
    // The ranking weights choose among namesakes; the weights' score says whether the choice
    // is sure enough to map and to anchor others.
    let best: GazetteerEntry | null = null;
    let bestRank = Number.NEGATIVE_INFINITY;
    let bestScore = Number.NEGATIVE_INFINITY;
    let secondScore = Number.NEGATIVE_INFINITY;
    const scores = m.candidates.map((e) => {
      const f = features(m, e, context);
      return { e, rank: ranking ? weigh(f, ranking) : weigh(f, weights), s: weigh(f, weights) };
    });
    for (const { e, rank, s } of scores)
      if (rank > bestRank || (rank === bestRank && best !== null && e.index < best.index)) {
        best = e;
        bestRank = rank;
        bestScore = s;
      }
    for (const { e, s } of scores) if (e !== best && s > secondScore) secondScore = s;
    // A name with one place in the whole gazetteer, where the text puts something in it ("in
    // Saravena"), needs less: no namesake can be meant instead.
    // Only a seat of a district or a town of some size: a hamlet's name is too often a word
    // ("at Christmas" is no Christmas, Florida).
    const unique =
      m.candidates.length === 1 &&
      m.locative &&
      !m.wordLike &&
      best !== null &&
      (/^PPLA\d?$/.test(best.featureCode) ||
        (best.featureCode.startsWith('PPL') && best.population >= UNIQUE_TOWN_MIN_POPULATION));
    if (!best || bestScore < MIN_SCORE - (unique ? UNIQUE_LOCATIVE_LESS : 0)) return null;
    return {
      entry: best,
      score: bestScore,
      alternatives: m.candidates.length - 1,
      margin: bestScore - secondScore,
    };
  };
  // Pass one: places that stand out among their namesakes anchor the report; pass two uses them.
  let neighbours = (_key: string, _e: GazetteerEntry) => 0;
  const alone: NameContext = {
    nearAnchor: () => false,
    countries: { has: (c) => contextCountries.has(c), any: contextCountries.size > 0 },
    regions: new Set<string>(),
  };
  const first = mentions.map((m) => pick(m, alone));
  // The report's other names, by their likelier places: a London near a St. Thomas and a
  // Middlesex is the one in Ontario.
  const plausible = new Map<string, GazetteerEntry[]>();
  for (const m of mentions) {
    if (plausible.has(m.key) || m.fuzzy) continue;
    const scored = m.candidates
      .filter((e) => e.featureCode !== 'PCLI' && e.country !== '')
      .map((e) => ({ e, s: score(m, e, alone) }))
      .sort((a, b) => b.s - a.s);
    const top = scored[0]?.s ?? 0;
    plausible.set(
      m.key,
      scored
        .filter((x) => x.s >= top - PLAUSIBLE_WITHIN)
        .slice(0, PLAUSIBLE_MAX)
        .map((x) => x.e),
    );
  }
  // A grid of the likely places, so a long report costs what a short one does per name.
  const cell = (lat: number, lon: number) =>
    `${Math.floor(lat / GRID_DEGREES)},${Math.floor(lon / GRID_DEGREES)}`;
  const grid = new Map<string, { key: string; e: GazetteerEntry }[]>();
  for (const [key, list] of plausible)
    for (const e of list) {
      const c = cell(e.lat, e.lon);
      const bucket = grid.get(c);
      if (bucket) bucket.push({ key, e });
      else grid.set(c, [{ key, e }]);
    }
  const nearCache = new Map<string, number>();
  neighbours = (key, e) => {
    const id = `${key}|${e.index}`;
    const known = nearCache.get(id);
    if (known !== undefined) return known;
    const names = new Set<string>();
    const [y, x] = [Math.floor(e.lat / GRID_DEGREES), Math.floor(e.lon / GRID_DEGREES)];
    for (let dy = -1; dy <= 1; dy++)
      for (let dx = -1; dx <= 1; dx++)
        for (const o of grid.get(`${y + dy},${x + dx}`) ?? [])
          if (o.key !== key && !names.has(o.key) && distanceKm(o.e, e) < COHERENCE_KM)
            names.add(o.key);
    nearCache.set(id, names.size);
    return names.size;
  };
  // Spelling-skeleton matches never anchor: they need the others to agree with them.
  const anchoring = first.flatMap((r, i) =>
    r !== null &&
    !mentions[i].fuzzy &&
    // A unique name taken on less evidence (UNIQUE_LOCATIVE_LESS) anchors nothing.
    r.score >= MIN_SCORE &&
    (r.alternatives === 0 ||
      r.score >= 8 ||
      r.margin >= ANCHOR_MARGIN ||
      r.entry.featureCode === 'PCLI')
      ? [{ entry: r.entry, key: mentions[i].key }]
      : [],
  );
  // What the other names of the report point to: a place does not vouch for itself ("Paris"
  // alone does not make a report about France).
  const contextOf = othersContext(anchoring, contextCountries);
  const farVillage = villagesFarFromTowns(anchoring);
  // Countries the report puts something in, with the names it places there literally ("in
  // Yemen" too).
  const placedCountries = new Map<string, Set<string>>();
  first.forEach((r, i) => {
    if (!r || mentions[i].fuzzy || mentions[i].use !== 'literal') return;
    const names = placedCountries.get(r.entry.country) ?? new Set<string>();
    placedCountries.set(r.entry.country, names.add(mentions[i].key));
  });
  const placedByOthers = (country: string, key: string) => {
    const names = placedCountries.get(country);
    return names !== undefined && names.size > (names.has(key) ? 1 : 0);
  };
  /** Countries where the report anchors a town (of another name than the one resolved). */
  const townAnchorCountries = new Set(
    anchoring.flatMap((a) => (a.entry.featureCode.startsWith('PPL') ? [a.entry.country] : [])),
  );
  const allCountries = new Set(contextCountries);
  for (const a of anchoring) allCountries.add(a.entry.country);
  return mentions.map((m) => {
    const context = contextOf(m.key);
    const { countries } = context;
    options.observe?.(
      m,
      m.candidates.map((e) => ({ entry: e, features: features(m, e, context) })),
    );
    const r = pick(m, context);
    if (!r) return null;
    // A spelling match needs the report's countries to agree ("Bafut" in Cameroon is no Bafata
    // of Guinea-Bissau, region or town); a weak one needs any anchor to.
    if (m.fuzzy && !countries.has(r.entry.country)) return null;
    // ... and a country the report puts something in, not one only named as a party ("China
    // sent rescue teams" makes "Chaung-U township" no Changyi).
    if (m.fuzzy && !placedCountries.has(r.entry.country)) return null;
    // ... and, for a town in a country where the report anchors towns, one of them near it or
    // its region named: "Sieverne" near Kharkiv is no Severnyy near Moscow because Belgorod is
    // named ("Hodeidah" in a report naming only Yemen stays Al Hudaydah).
    if (
      m.fuzzy &&
      r.entry.featureCode.startsWith('PPL') &&
      r.entry.featureCode !== 'PPLC' &&
      townAnchorCountries.has(r.entry.country) &&
      !context.nearAnchor(r.entry) &&
      !context.regions.has(`${r.entry.country}.${r.entry.admin1}`)
    )
      return null;
    // A part of a city ("the capital's Delmas and Cité Soleil neighbourhoods") in a country no
    // other name of the report points to is a namesake, however unique or large its name
    // ("Dar es Salaam neighbourhood", in Khartoum).
    if (
      m.cityPart &&
      countries.any &&
      !countries.has(r.entry.country) &&
      r.entry.featureCode !== 'PPLC'
    )
      return null;
    // A region and its same-named seat (Idlib governorate and Idlib): the city, where news put
    // the dot; not a namesake town elsewhere in the country (Nevada, Missouri for Nevada).
    if (r.entry.featureCode === 'ADM1') {
      const city = m.candidates.find(
        (e) =>
          e.country === r.entry.country &&
          ((e.featureCode === 'PPLA' && e.admin1 === r.entry.admin1) ||
            (nameKey(e.name) === m.key && (e.featureCode === 'PPLC' || e.population >= 1_000_000))),
      );
      if (city) return { ...r, entry: city };
    }
    if (m.fuzzy) return r;
    // A curated site with a common name in a country the report is not about: "the Salah
    // al-Din road" in a report on Tripoli is not Gaza's; its form places it.
    if (
      r.entry.curated &&
      LOCAL_SITES.has(r.entry.featureCode) &&
      countries.any &&
      !countries.has(r.entry.country)
    )
      return null;
    // Known by another name and in none of the countries the report's other names point to:
    // in a report on Sudan, "Al Wadi" is no El Oued (Algeria), "Tina" no Tena (Ecuador).
    if (
      countries.any &&
      !countries.has(r.entry.country) &&
      nameKey(r.entry.name) !== m.key &&
      !r.entry.curated &&
      !['PCLI', 'PPLC'].includes(r.entry.featureCode) &&
      r.entry.population < 1_000_000
    )
      return null;
    // The opening word of a longer name, in none of the countries the report's other names
    // point to: "Ain Zara" in a report on Tripoli is no Ain of France.
    if (
      m.opensName &&
      countries.any &&
      !countries.has(r.entry.country) &&
      !r.entry.curated &&
      !['PCLI', 'PPLC'].includes(r.entry.featureCode) &&
      r.entry.population < 1_000_000
    )
      return null;
    // A name of common words in none of the countries the report's other names point to: the
    // Old City of a report on Mosul is no quarter of Jerusalem. So is one before a word for a
    // body: "the Amal movement" of a report on Lebanon is no town of Sweden.
    if (
      (m.commonWords || m.beforeBodyWord) &&
      countries.any &&
      !countries.has(r.entry.country) &&
      !r.entry.curated &&
      !['PCLI', 'PPLC', 'ADM1'].includes(r.entry.featureCode) &&
      r.entry.population < 1_000_000
    )
      return null;
    // A village of the report's country in a part of it the report's towns and regions are far
    // from: the front villages of a report on Kharkiv are no namesakes near Odesa, even where
    // several of them are namesakes there. Its form or the report's main place places it.
    if (farVillage(r.entry)) return null;
    // A village with namesakes, in a country where the report places nothing else: in a
    // report on Libya's floods, "Susa" is no Italian village because Italy sent aid.
    if (
      isSmallPlace(r.entry) &&
      r.alternatives > 0 &&
      countries.any &&
      !placedByOthers(r.entry.country, m.key)
    )
      return null;
    // A name with no namesake anywhere ("Laurel County") needs no anchor.
    return allCountries.has(r.entry.country) ||
      r.alternatives === 0 ||
      r.score >= MIN_SCORE + UNANCHORED_EXTRA
      ? r
      : null;
  });
}
