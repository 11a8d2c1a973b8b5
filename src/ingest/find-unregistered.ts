import type { Span } from '../model/situation';
import type { Gazetteer } from './gazetteer';
import { nameKey } from './gazetteer';
import type { Lexicon } from './lexicon';
import { APPOSITION_ROLE, GEO_FEATURE_WORDS, REGION_WORDS } from './places';
import { SHIP_PREFIXES, VESSEL_NOUNS } from './rules/vessels';
import { WEAPON_NAMES } from './rules/weapons';
import { overlaps, type Token } from './text';

/** A person or organisation named in the text that the actor registry does not know. */
export interface UnregisteredMention extends Span {
  name: string;
  kind: 'person' | 'organisation' | 'armed_group';
  /** The state a title ties the actor to ("Turkish Deputy Foreign Minister ..."), as a demonym or country key. */
  stateKey: string | null;
  /** Named right after a known office ("Iran's Foreign Minister Abbas Araqchi"): shares its side. */
  afterOffice?: boolean;
  /** A person named after a title: "Lt. Gen. Douglas Sims", "spokesman Abdifatah Aden Hassan". */
  titled?: true;
}

/** Last words of an organisation's name. */
const ORG_WORDS = new Set(
  'command council committee front army brigade brigades forces movement party group organisation organization agency office authority ministry framework coalition alliance union corps guard guards militia militias observatory commission mission service services battalion regiment division network institute centre center crescent society federation association foundation administration staff'.split(
    ' ',
  ),
);
/** First words of a state's offices, which an owner's possessive may stand before. */
const OFFICE_HEADS = new Set([
  'ministry',
  'department',
  'office',
  'council',
  'agency',
  'directorate',
  'commission',
  'committee',
  'bureau',
  'authority',
]);
/** Landforms that close a name and never a person's: "Second Thomas Shoal", "Johnson Reef". */
const LANDFORM_WORDS = new Set([
  'shoal',
  'reef',
  'atoll',
  'strait',
  'peninsula',
  'island',
  'islands',
]);
/** Before a name, a list of settlements it belongs to: "several towns in the region, including ". */
const TOWNS_INCLUDING =
  /\b(?:towns|villages|cities|settlements|localities|districts|neighbou?rhoods|camps)\b[^.;:]{0,80}\b(?:including|such as)\s+(?:(?:\p{Lu}[\p{L}'’-]*\s+){1,3}(?:,\s*|and\s+))*$/u;
/** After a name, the rest of a list of places and its plural: ", Abu Shouk and Al Salam camps". */
const PLACES_LIST_AFTER =
  /^(?:,\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3})*,?\s+and\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}\s+(?:camps|villages|towns|districts|neighbou?rhoods|suburbs|quarters|regions|provinces|states)\b/u;
/** What an office is of, after "of" in a title: "Chief of Staff", "Secretary of State". */
const OFFICE_OF =
  /^(?:the|Staff|State|Affairs|Defen[cs]e|Interior|Justice|Health|Finance|Foreign|General|Armed|Forces)$/;
/** Words after a name that make it an armed group: "M23 rebels". */
const GROUP_FOLLOWERS = new Set([
  'rebels',
  'militia',
  'militias',
  'fighters',
  'militants',
  'insurgents',
  'group',
  'movement',
  'forces',
  'militiamen',
  'gunmen',
  'gang',
  'gangs',
  'cartel',
]);
const CONNECTORS = new Set(['of', 'for', 'the', 'and', 'al', 'bin', 'ibn', 'de', 'el']);
/** Upper-case tokens that are not organisations. */
const NOT_ACRONYMS = new Set([
  'AM',
  'PM',
  // "MR MILLER:": a transcript's speaker label, in capitals.
  'MR',
  'MRS',
  'UTC',
  'GMT',
  'TV',
  'ID',
  'OK',
  'CEO',
  'COVID',
  'GDP',
  'NGO',
  'NGOS',
  'AFP',
  'AP',
  'BBC',
  'CNN',
  // "DR Congo": the start of a country's name.
  'DR',
  // "Jere LGA": a Nigerian local government area, a place's word.
  'LGA',
  'LGAS',
]);
/** Prepositions before a place, not a person: "in Matias Romero" ("to" and "from" take both). */
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'near', 'outside', 'inside', 'around', 'into']);
/**
 * Most words of an organisation's name, "of" and "the" counted: "Permanent Strategic Framework
 * for the Defence of the People of Azawad" has 11.
 */
const ORG_NAME_MAX_TOKENS = 12;
/** Words after a name that make it a place's: "the Abu Salim district". */
const PLACE_NOUNS = new Set(
  'district neighbourhood neighborhood area camp quarter suburb province region town village city street square camps villages districts neighbourhoods neighborhoods'.split(
    ' ',
  ),
);
/** A creed, which describes fighters and names none: "Islamist", "Separatist", "Jihadi". */
const CREED = /(?:ists?|^jihadis?|^salafis?|^takfiris?)$/i;
/** A compound of who stands behind something: "Russian-installed", "Kremlin-backed", "Saudi-led", "Liberia-flagged". */
export const BACKED_BY =
  /[-‐](?:installed|backed|led|allied|aligned|linked|affiliated|inspired|controlled|held|based|run|appointed|sponsored|funded|supported|occupied|annexed|owned|flagged|operated)$/i;
/**
 * Words that end a division's or a street's name and never a person's: "Henry County",
 * "Jefferson Parish" and "Darby Street" are places, although Henry, Jefferson and Darby are
 * given names.
 */
const DIVISION_WORDS = new Set(
  'county parish borough township district province governorate region oblast municipality street avenue road boulevard highway parkway plaza square'.split(
    ' ',
  ),
);
/** Words after an acronym that make it the name of a building or site: "the SYL hotel". */
const FACILITY_WORDS = new Set(
  'hotel restaurant building market mall school hospital airport airbase base camp checkpoint station bridge road highway plant factory port'.split(
    ' ',
  ),
);
/** Words of a place's name, not a body's: "Areas", "Prison", "Republic", "Province". */
const PLACE_NAME_WORDS = new Set([
  ...GEO_FEATURE_WORDS,
  ...REGION_WORDS,
  ...PLACE_NOUNS,
  ...DIVISION_WORDS,
  ...LANDFORM_WORDS,
  ...FACILITY_WORDS,
  ...'areas territories republic kingdom emirates prison prisons'.split(' '),
]);
/** An acronym in brackets right after a name: " (VDP)". */
const ACRONYM_DEFINED = /^\s*\(\p{Lu}[\p{Lu}0-9-]{1,9}\)/u;
/** ", who led the delegation": only a person is "who" ("Redwan Hussien, who led …"). */
const WHO_AFTER = /^,\s+who\s+(?!(?:is|are|was|were)\s+(?:based|located|headquartered)\b)/;
const ACRONYM = /^(?=(?:.*[A-Z]){2}|.*\d\d)[A-Z][A-Z0-9]{1,5}$/;

/** Around a nickname between a person's names: ' "' before it, '" ' after it. */
const NICKNAME_OPENS = /^ [“"‘']$/;
const NICKNAME_CLOSES = /^[”"’'] $/;
const isCap = (t: string) => /^\p{Lu}/u.test(t);
/** An Arabic article joined to a capitalised name inside a person's name: "al-Burhan". */
const isParticleName = (t: string) => /^(?:al|el|ad|ar|as|an|ash|at|az)-\p{Lu}/u.test(t);

/**
 * Finds people and organisations the registry does not know: a title or a given name before
 * capitalised words ("Commander Khalifa Haftar", "Joe Biden"), capitalised runs ending in an
 * organisation word ("Joint Operations Command"), acronyms ("CIA") and named armed groups
 * ("M23 rebels"). Skips what is already an actor or a place.
 */
export function findUnregistered(
  text: string,
  tokens: Token[],
  sentenceStart: number,
  lexicon: Lexicon,
  gazetteer: Gazetteer,
  skip: Span[],
): UnregisteredMention[] {
  const out: UnregisteredMention[] = [];
  const taken = (t: Token) => skip.some((s) => overlaps(s, t)) || out.some((o) => overlaps(o, t));
  // "Press Statement on the Situation in the Democratic Republic of the Congo": in a title in
  // capitals every noun has one, and "the Situation" names no one.
  const long = tokens.filter((t) => t.text.length > 3);
  const titleCase =
    long.length >= 4 && long.filter((t) => isCap(t.text)).length / long.length >= 0.75;
  // "STATEMENT OF THE DEPARTMENT ON THE INCIDENT AT AYUNGIN SHOAL": in a heading in capitals
  // every short word looks like an acronym ("OF", "AT"); none is read as one.
  // Asked only where an acronym is met (most sentences have none).
  let capsHeading: boolean | undefined;
  const allCaps = () => {
    if (capsHeading === undefined) {
      const worded = tokens.filter((t) => t.text.length > 1 && /\p{L}/u.test(t.text));
      capsHeading =
        worded.length >= 4 &&
        worded.filter((t) => t.text === t.text.toUpperCase()).length / worded.length >= 0.75;
    }
    return capsHeading;
  };
  const adjacent = (a: Token, b: Token) => /^[ ]$/.test(text.slice(a.end, b.start));
  /** "Lloyd J. Austin": a middle initial and its full stop inside a name. */
  const afterInitial = (a: Token, b: Token) =>
    /^\p{Lu}$/u.test(a.text) && text.slice(a.end, b.start) === '. ';
  const isPlace = (t: string) =>
    gazetteer.lookup(nameKey(t)).some((e) => e.population >= 50_000 || e.featureCode === 'PCLI');
  /** A person named by tokens `from` up to `to` (exclusive). */
  const person = (from: number, to: number): UnregisteredMention => ({
    start: tokens[from].start,
    end: tokens[to - 1].end,
    name: text.slice(tokens[from].start, tokens[to - 1].end),
    kind: 'person',
    stateKey: null,
  });
  /**
   * A nickname in quotes opening at token `k`, between a person's names ('Jimmy "Barbecue"
   * Chérizier'): the index of the name after it, or -1.
   */
  const nicknameTo = (k: number): number => {
    if (k < 1 || k >= tokens.length || !'“"‘\''.includes(text[tokens[k].start - 1])) return -1;
    if (!NICKNAME_OPENS.test(text.slice(tokens[k - 1].end, tokens[k].start))) return -1;
    for (let j = k; j < Math.min(k + 3, tokens.length - 1); j++) {
      const gap = text.slice(tokens[j].end, tokens[j + 1].start);
      if (NICKNAME_CLOSES.test(gap)) return isCap(tokens[j + 1].text) ? j + 1 : -1;
      if (!adjacent(tokens[j], tokens[j + 1])) return -1;
    }
    return -1;
  };
  /** A capitalised word that is no English word and no place's name: "Yi" in "Wang Yi". */
  const properAt = (k: number) =>
    k < tokens.length &&
    isCap(tokens[k].text) &&
    !lexicon.isCommonWord(nameKey(tokens[k].text)) &&
    gazetteer.lookup(nameKey(tokens[k].text)).length === 0;
  /**
   * Capitalised name words from token k on ("Hassan Sheikh Mohamud"); returns the end index.
   * After a title the first may be an English word where a proper one follows it: "Foreign
   * Minister Wang Yi", "General Said Ahmed".
   */
  const nameRun = (k0: number, titled = false): number => {
    let k = k0;
    /** Tokens of a nickname inside the name: they need not look like a name's. */
    let nickname = 0;
    while (k < tokens.length && k - k0 - nickname < 4) {
      const to = k > k0 && nickname === 0 ? nicknameTo(k) : -1;
      if (to > 0 && !taken(tokens[to])) {
        nickname = to - k;
        k = to + 1;
        continue;
      }
      if (
        !(
          (isCap(tokens[k].text) || (k > k0 && isParticleName(tokens[k].text))) &&
          !taken(tokens[k]) &&
          (k === k0 ||
            adjacent(tokens[k - 1], tokens[k]) ||
            afterInitial(tokens[k - 1], tokens[k])) &&
          (!lexicon.isCommonWord(nameKey(tokens[k].text)) ||
            // Inside a name, titles and short particles belong to it: "Hassan Sheikh Mohamud", "Zaw Min Tun".
            (k > k0 && (lexicon.isTitle(tokens[k].text) || tokens[k].text.length <= 3)) ||
            (titled &&
              k === k0 &&
              !titleCase &&
              !lexicon.isVerb(tokens[k].text) &&
              adjacent(tokens[k], tokens[k + 1] ?? tokens[k]) &&
              properAt(k + 1) &&
              // "Chief Lake Charles": no place's name together.
              gazetteer.lookup(nameKey(`${tokens[k].text} ${tokens[k + 1].text}`)).length === 0))
        )
      )
        break;
      k++;
    }
    // A trailing title word is not part of the name.
    while (k > k0 && lexicon.isTitle(tokens[k - 1].text)) k--;
    return k;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    // "the British-owned cargo ship", "Iran-aligned groups": an adjective, not a name.
    if (BACKED_BY.test(t.text)) continue;
    // "the tanker Marlin Luanda": a ship's kind, then its name, which names no party.
    if (VESSEL_NOUNS.has(t.text)) {
      i = Math.max(i, nameRun(i + 1) - 1);
      continue;
    }
    if (taken(t)) {
      // A known office, then a name: "Turkish Foreign Minister Hakan Fidan", "the junta's spokesman, Zaw Min Tun".
      const next = tokens[i + 1];
      if (
        lexicon.isTitle(t.text) &&
        next &&
        !taken(next) &&
        /^(?: |, )$/.test(text.slice(t.end, next.start))
      ) {
        const k = nameRun(i + 1, true);
        if (k - (i + 1) >= 2) {
          out.push({
            start: next.start,
            end: tokens[k - 1].end,
            name: text.slice(next.start, tokens[k - 1].end),
            kind: 'person',
            stateKey: null,
            afterOffice: true,
            titled: true,
          });
          i = k - 1;
        }
      }
      continue;
    }
    const word = t.text.toLowerCase();
    // Title run, then two or three capitalised name words: a person.
    if (lexicon.isTitle(word)) {
      let j = i;
      let stateKey: string | null = null;
      while (
        j < tokens.length &&
        (lexicon.isTitle(tokens[j].text) ||
          /^(foreign|defense|defence|interior|prime|deputy|vice|special|top|army|military)$/i.test(
            tokens[j].text,
          )) &&
        (j === i || adjacent(tokens[j - 1], tokens[j]))
      )
        j++;
      // "Chief of Staff Andriy Yermak", "Chief of the General Staff Valery Gerasimov": what the
      // office is of belongs to the title, not to the name.
      if (tokens[j]?.text === 'of' && j > i) {
        let m = j + 1;
        while (
          m < tokens.length &&
          m - j <= 3 &&
          (lexicon.isTitle(tokens[m].text) || OFFICE_OF.test(tokens[m].text)) &&
          adjacent(tokens[m - 1], tokens[m])
        )
          m++;
        const office = tokens.slice(j + 1, m).some((x) => x.text !== 'the');
        if (office && m < tokens.length && nameRun(m) - m >= 2) j = m;
      }
      // "Lebanese Transport Minister", "Iraqi Oil Minister": the state of the portfolio's title.
      let d = i - 1;
      while (
        d >= 0 &&
        i - d <= 3 &&
        isCap(tokens[d].text) &&
        !lexicon.isDemonym(nameKey(tokens[d].text)) &&
        adjacent(tokens[d], tokens[d + 1])
      )
        d--;
      if (
        d >= 0 &&
        lexicon.isDemonym(nameKey(tokens[d].text)) &&
        adjacent(tokens[d], tokens[d + 1])
      )
        stateKey = nameKey(tokens[d].text);
      const runAt = (at: number) =>
        at < tokens.length &&
        at > 0 &&
        /^(?: |, )$/.test(text.slice(tokens[at - 1].end, tokens[at].start))
          ? nameRun(at, true)
          : at;
      let k = runAt(j);
      // "Prime Minister Sheikh Hasina": a title that also opens names ("Sheikh", "Emir") is the
      // name's first word where the name is otherwise one word long.
      if (
        k - j === 1 &&
        j - i >= 2 &&
        /^\p{Lu}/u.test(tokens[j - 1].text) &&
        runAt(j - 1) - (j - 1) >= 2
      ) {
        j--;
        k = runAt(j);
      }
      if (k - j >= 2) {
        // "Managing Director, Niger Delta Development Commission": the body of the title.
        const body = ORG_WORDS.has(tokens[k - 1].text.toLowerCase());
        out.push({
          start: tokens[j].start,
          end: tokens[k - 1].end,
          name: text.slice(tokens[j].start, tokens[k - 1].end),
          ...(body
            ? { kind: 'organisation' as const, stateKey: null }
            : { kind: 'person' as const, stateKey, titled: true as const }),
        });
        i = k - 1;
        continue;
      }
    }
    // "The Three Brotherhood Alliance": the article opening a sentence is not in the name.
    if (!isCap(t.text) || t.text === 'The') continue;
    // "Fathi Bashagha, the rival prime minister, said": a name whose apposition gives a role.
    {
      const k = nameRun(i);
      const rest = k - i >= 2 ? text.slice(tokens[k - 1].end, tokens[k - 1].end + 70) : '';
      const role = APPOSITION_ROLE.exec(rest);
      const titled = role !== null && lexicon.isTitle(role[1]);
      if (
        (titled || (k - i <= 3 && WHO_AFTER.test(rest))) &&
        !tokens.slice(i, k).some((x) => taken(x)) &&
        // "Volker Türk": a surname may spell a place somewhere; a first name may not, unless a
        // role follows ("Tirana Hassan, executive director at Human Rights Watch").
        (titled || !isPlace(t.text)) &&
        !isPlace(text.slice(t.start, tokens[k - 1].end)) &&
        !lexicon.isCommonWord(nameKey(t.text))
      ) {
        out.push(person(i, k));
        i = k - 1;
        continue;
      }
    }
    // A given name and a surname: a person ('Jimmy "Barbecue" Chérizier': a nickname between).
    const nickname = lexicon.isGivenName(nameKey(t.text)) ? nicknameTo(i + 1) : -1;
    if (
      lexicon.isGivenName(nameKey(t.text)) &&
      tokens[i + 1] &&
      isCap(tokens[i + 1].text) &&
      (adjacent(t, tokens[i + 1]) || nickname > 0) &&
      !taken(tokens[i + 1])
    ) {
      let k = nickname > 0 && !taken(tokens[nickname]) ? nickname + 1 : i + 1;
      while (
        k < tokens.length &&
        k - i < 4 &&
        (isCap(tokens[k].text) || isParticleName(tokens[k].text)) &&
        (adjacent(tokens[k - 1], tokens[k]) || afterInitial(tokens[k - 1], tokens[k])) &&
        !taken(tokens[k]) &&
        // "the Marshall Islands-flagged tanker": who flags or backs it ends the name.
        !BACKED_BY.test(tokens[k].text) &&
        !lexicon.isCommonWord(nameKey(tokens[k].text))
      )
        k++;
      // "the Abu Salim district": a place's name, not a person's; so is "in Matias Romero" when
      // the gazetteer knows the whole name, and so is "Henry County".
      const after = tokens[k]?.text.toLowerCase() ?? '';
      const before = i > 0 ? tokens[i - 1].text.toLowerCase() : '';
      const placeThere =
        PLACE_PREPOSITIONS.has(before) &&
        gazetteer.lookup(nameKey(text.slice(t.start, tokens[k - 1].end))).length > 0;
      const division =
        DIVISION_WORDS.has(tokens[k - 1].text.toLowerCase()) ||
        // "Thomas Shoal", "Johnson Reef": a landform named after a person is no person.
        LANDFORM_WORDS.has(tokens[k - 1].text.toLowerCase());
      // "the town of Adan Yabaal": a place's name, though Adan is a given name.
      // So is a name a list of towns includes: "several towns …, including Adan Yabaal".
      const placeBefore =
        (i >= 2 &&
          tokens[i - 1].text === 'of' &&
          PLACE_NOUNS.has(tokens[i - 2].text.toLowerCase())) ||
        TOWNS_INCLUDING.test(text.slice(Math.max(sentenceStart, t.start - 100), t.start)) ||
        // "the Zamzam, Abu Shouk and Al Salam camps": an item of a list of places.
        PLACES_LIST_AFTER.test(text.slice(tokens[k - 1].end, tokens[k - 1].end + 80));
      // "the Abu Mansour dam", "the Kamal Adwan hospital": a feature or a building named after
      // its place or a person is no person.
      const featureAfter =
        (GEO_FEATURE_WORDS.has(after) || FACILITY_WORDS.has(after)) &&
        k < tokens.length &&
        adjacent(tokens[k - 1], tokens[k]);
      if (
        k - i >= 2 &&
        !PLACE_NOUNS.has(after) &&
        !featureAfter &&
        !VESSEL_NOUNS.has(after) &&
        !placeThere &&
        !division &&
        !placeBefore
      ) {
        out.push(person(i, k));
        i = k - 1;
        continue;
      }
    }
    // An organisation: capitalised words (with of/for/the inside) ending in an organisation word.
    let k = i;
    let lastOrg = -1;
    while (
      k < tokens.length &&
      k - i < ORG_NAME_MAX_TOKENS &&
      (k === i || adjacent(tokens[k - 1], tokens[k])) &&
      !taken(tokens[k]) &&
      (isCap(tokens[k].text) || CONNECTORS.has(tokens[k].text.toLowerCase()))
    ) {
      // "Movement-North": an organisation word with a qualifier after a hyphen.
      const head = tokens[k].text.toLowerCase().split(/[-‐]/)[0];
      if (isCap(tokens[k].text) && ORG_WORDS.has(head)) lastOrg = k;
      // "the Ta'ang National Liberation Army and the Arakan Army": two names, not one.
      if (tokens[k].text === 'and' && lastOrg === k - 1) break;
      k++;
    }
    // "Volunteers for the Defense of the Homeland (VDP)": a name the text gives an acronym in
    // brackets is a body's, whatever its last word.
    // Not a place's ("Federally Administered Tribal Areas (FATA)", "New Bilibid Prison (NBP)",
    // "Democratic People's Republic of Korea (DPRK)").
    if (
      lastOrg < 0 &&
      k - i >= 2 &&
      isCap(tokens[k - 1].text) &&
      ACRONYM_DEFINED.test(text.slice(tokens[k - 1].end, tokens[k - 1].end + 14)) &&
      !tokens.slice(i, k).some((w) => PLACE_NAME_WORDS.has(w.text.toLowerCase()))
    )
      lastOrg = k - 1;
    // "International Organization for Migration", "Office for the Coordination of Humanitarian
    // Affairs": what the organisation is of or for is part of its name.
    if (lastOrg > i && /^(?:of|for)$/.test(tokens[lastOrg + 1]?.text ?? '')) {
      for (let j = lastOrg + 1; j < k && tokens[j].text !== 'and'; j++)
        if (isCap(tokens[j].text)) lastOrg = j;
    }
    // "Statement of the Joint Operations Command": a common word and "of" opening the run are
    // about the organisation, not part of its name.
    // So is a sentence's opening word before "the": "But the Arakan Army continued".
    let first = i;
    // So is a plural opening a sentence: "Units of the Yug Group of Forces liberated".
    while (
      first + 2 < lastOrg &&
      /^(?:of|the)$/.test(tokens[first + 1].text) &&
      (lexicon.isCommonWord(nameKey(tokens[first].text)) ||
        (tokens[first].start === sentenceStart &&
          /^\p{Lu}\p{Ll}+[^s]s$/u.test(tokens[first].text))) &&
      !ORG_WORDS.has(tokens[first].text.toLowerCase())
    )
      first += tokens[first + 1].text === 'of' && tokens[first + 2].text === 'the' ? 3 : 2;
    // "the Government of National Unity's Ministry of Health": an office after its owner's
    // possessive is the one named (not "Sudan People's Liberation Movement").
    for (let j = lastOrg - 1; j >= first; j--)
      if (/['’]s$/.test(tokens[j].text)) {
        if (OFFICE_HEADS.has(tokens[j + 1].text.toLowerCase())) first = j + 1;
        break;
      }
    // "the Soviet Union": a name the gazetteer knows as a place is not an organisation's.
    const orgName = lastOrg > first ? text.slice(tokens[first].start, tokens[lastOrg].end) : '';
    if (lastOrg > first && gazetteer.lookup(nameKey(orgName)).length === 0) {
      // "the Libyan Red Crescent", "the Russian Security Council": a demonym opening the name
      // says whose body it is.
      const demonym = lexicon.isDemonym(nameKey(tokens[first].text));
      out.push({
        start: tokens[first].start,
        end: tokens[lastOrg].end,
        name: orgName,
        kind: 'organisation',
        stateKey: demonym ? nameKey(tokens[first].text) : null,
      });
      i = lastOrg;
      continue;
    }
    // A weapon's name or code ("ATACMS missiles", "the Kinzhal") names no party.
    if (WEAPON_NAMES.has(t.text)) continue;
    // "BRP Sierra Madre", "HMS Diamond": a ship's prefix and name, neither a party nor a person.
    if (SHIP_PREFIXES.has(t.text)) {
      i = Math.max(i, nameRun(i + 1) - 1);
      continue;
    }
    // An acronym or a code name ("CIA", "M23"), unless it is a place in capitals (a dateline).
    if (
      ACRONYM.test(t.text) &&
      !allCaps() &&
      !NOT_ACRONYMS.has(t.text) &&
      !isPlace(t.text) &&
      !(t.start === sentenceStart && gazetteer.lookup(nameKey(t.text)).length > 0)
    ) {
      const next = tokens[i + 1]?.text.toLowerCase() ?? '';
      // "the SYL hotel": a building's name, not an organisation.
      if (FACILITY_WORDS.has(next)) continue;
      // "the Federally Administered Tribal Areas (FATA)": a place's acronym.
      if (
        i > 0 &&
        text[t.start - 1] === '(' &&
        PLACE_NAME_WORDS.has(tokens[i - 1].text.toLowerCase())
      )
        continue;
      out.push({
        start: t.start,
        end: t.end,
        name: t.text,
        kind: GROUP_FOLLOWERS.has(next) ? 'armed_group' : 'organisation',
        stateKey: null,
      });
      continue;
    }
    // "local Fano militiamen", "Wagner fighters": a name before a word for fighters is an
    // armed group's (and no place: there is a Fano in Italy).
    // So is a name of two or three words before one: "the Gran Grif gang".
    let last = i;
    while (
      last - i < 2 &&
      tokens[last + 1] &&
      isCap(tokens[last + 1].text) &&
      adjacent(tokens[last], tokens[last + 1]) &&
      !taken(tokens[last + 1])
    )
      last++;
    const follower = tokens[last + 1]?.text.toLowerCase() ?? '';
    const nameWord = (w: Token) =>
      !lexicon.isCommonWord(nameKey(w.text)) &&
      !lexicon.isDemonym(nameKey(w.text)) &&
      !lexicon.isTitle(w.text) &&
      !lexicon.isCalendarWord(nameKey(w.text)) &&
      // "Separatist rebels", "Jihadi fighters": a creed describes fighters, it names none.
      !CREED.test(w.text) &&
      // "Islamic State-linked insurgents": fighters linked to a group are not that group.
      !BACKED_BY.test(w.text);
    if (
      GROUP_FOLLOWERS.has(follower) &&
      // "Separately, militants attacked": a comma ends the name's phrase.
      adjacent(tokens[last], tokens[last + 1]) &&
      follower !== 'group' &&
      follower !== 'movement' &&
      follower !== 'forces' &&
      tokens.slice(i, last + 1).every(nameWord) &&
      // "the FDLR, a Hutu militia": after "a", the word says what kind, and names no group.
      !/^an?$/i.test(tokens[i - 1]?.text ?? '')
    ) {
      const end = tokens[last].end;
      const name = text.slice(t.start, end);
      out.push({ start: t.start, end, name, kind: 'armed_group', stateKey: null });
      i = last;
      continue;
    }
    // "the Peshmerga": an unknown capitalised word after "the" that is no place and no common word
    // (nor after a preposition of place: "in the Dahiyeh" is where something is).
    const prev = tokens[i - 1];
    if (
      prev?.text === 'the' &&
      !PLACE_PREPOSITIONS.has(tokens[i - 2]?.text.toLowerCase() ?? '') &&
      !titleCase &&
      !lexicon.isCommonWord(nameKey(t.text)) &&
      !lexicon.isDemonym(nameKey(t.text)) &&
      // "the Russian-installed mayor", "the Iranian-backed militia": a modifier, not a name.
      !BACKED_BY.test(t.text) &&
      // "the Islamist group", "the Salafist movement": a creed describes a body, names none.
      !/ist$/i.test(t.text) &&
      // "the Mission's cameras", "the Council": a body named by its kind alone is one named
      // before, not another.
      !ORG_WORDS.has(t.text.toLowerCase().replace(/['’]s$/, '')) &&
      gazetteer.lookup(nameKey(t.text)).length === 0 &&
      // "the M4 highway": the start of a place's name.
      !gazetteer.continues(nameKey(t.text)) &&
      !(tokens[i + 1] && isCap(tokens[i + 1].text)) &&
      // "the Raghwan district", "the Qandil mountains", "the Katindo neighbourhood": a place's
      // name, though no known one.
      !REGION_WORDS.has(follower) &&
      !GEO_FEATURE_WORDS.has(follower) &&
      !PLACE_NOUNS.has(follower) &&
      // "the Office for the Coordination of Humanitarian Affairs": a word inside a longer name.
      !(CONNECTORS.has(tokens[i + 1]?.text ?? '') && isCap(tokens[i + 2]?.text ?? '')) &&
      !(CONNECTORS.has(tokens[i - 2]?.text ?? '') && isCap(tokens[i - 3]?.text ?? ''))
    ) {
      out.push({ start: t.start, end: t.end, name: t.text, kind: 'organisation', stateKey: null });
    }
  }
  // "Prime Minister Benjamin Netanyahu's office": the name is without the possessive.
  for (const m of out) {
    const possessive = /['’]s$/.exec(m.name);
    if (!possessive) continue;
    m.name = m.name.slice(0, possessive.index);
    m.end -= possessive[0].length;
  }
  return out;
}
