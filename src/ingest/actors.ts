import type { Side, Span } from '../model/situation';
import { type CountryInfo, nameKey } from './gazetteer';
import { type Token, tokenize } from './text';

/** Words of an armed movement's name, not a state's force: "People's Liberation Movement", "National Democratic Alliance Army". */
export const INSURGENT_NAME =
  /\b(?:Liberation|Revolutionary|Resistance|Rebels?|Insurgents?|Mujahideen|Jihad|Democratic Alliance|Patriotic Front|Popular Front|Free)\b/;

/** One actor of the registry (geo/actors.json). */
export interface RegistryActor {
  id: string;
  name: string;
  kind: string;
  side: string;
  /** Name of the place where the actor sits (resolved with the gazetteer), or null. */
  seat: string | null;
  color: string;
  aliases: string[];
  /** ISO 3166-1 alpha-2 of a state actor, which makes its institutions derivable. */
  country?: string;
  /**
   * Offices a person held, with dates: "the Russian President" in a report of March 2020 is
   * this person, so the office and its holder are one actor. `title` is the word a mention
   * must contain ("President"; a regular expression, "Defen[cs]e Minister"): a derived office
   * also answers to other titles ("Prime Minister") that name someone else. `to` absent:
   * holds it still.
   */
  holds?: OfficeTerm[];
}

export interface OfficeTerm {
  office: string;
  title: string;
  from: string;
  to?: string;
}

export interface ActorRegistry {
  sides: Side[];
  actors: RegistryActor[];
}

/** An actor the ingest knows of: from the registry, derived from a country, or found in text. */
export interface KnownActor extends RegistryActor {
  registered: boolean;
}

export interface ActorMention extends Span {
  actorId: string;
  text: string;
  /** A person the text names after a title ("police spokesman Abdifatah Aden Hassan"). */
  titled?: true;
}

/** Institutions every state has; ids are `<country code>-<suffix>` (`ru-defense-ministry`). */
const INSTITUTIONS: { suffix: string | null; kind: string; label: string; names: string[] }[] = [
  {
    suffix: 'foreign-ministry',
    kind: 'ministry',
    label: 'Foreign Ministry',
    names: [
      'Foreign Ministry',
      'Ministry of Foreign Affairs',
      'Foreign Affairs Ministry',
      'Foreign Office',
      'Department of Foreign Affairs',
      'Ministry of External Affairs',
      'MFA',
      'diplomats',
      'Foreign Minister',
    ],
  },
  {
    suffix: 'defense-ministry',
    kind: 'ministry',
    label: 'Defense Ministry',
    names: [
      'Defense Ministry',
      'Defence Ministry',
      'Ministry of Defense',
      'Ministry of Defence',
      'Defense Minister',
      'Defence Minister',
      'MoD',
    ],
  },
  {
    suffix: 'interior-ministry',
    kind: 'ministry',
    label: 'Interior Ministry',
    names: [
      'Interior Ministry',
      'Ministry of Interior',
      'Ministry of the Interior',
      'police',
      'National Police',
    ],
  },
  {
    suffix: 'air-force',
    kind: 'military',
    label: 'Air Force',
    names: [
      'Air Force',
      'Air Forces',
      'Aerospace Forces',
      'air task force',
      'warplanes',
      'jets',
      'fighter jets',
      'aircraft',
      'air strikes',
      'airstrikes',
      'air strike',
      'airstrike',
      'warplane',
      'fighter jet',
      'drones',
      'drone',
      'drone strike',
      'drone strikes',
    ],
  },
  {
    suffix: 'navy',
    kind: 'military',
    label: 'Navy',
    names: ['Navy', 'naval forces', 'warships', 'fleet'],
  },
  {
    suffix: 'armed-forces',
    kind: 'military',
    label: 'armed forces',
    names: [
      'army',
      'armed forces',
      'military',
      'troops',
      'soldiers',
      'soldier',
      'forces',
      'government forces',
      'servicemen',
      'military personnel',
      'air defences',
      'air defenses',
      'air defence',
      'air defense',
      'artillery',
      'army units',
      'units',
      // "Ukrainian brigades near Pokrovsk": the formations a state's army fights in.
      'brigades',
      'battalions',
      'paratroopers',
      'special forces',
      'ground forces',
      'infantry',
      'tanks',
      'tank',
      'government troops',
      'regime forces',
      'General Staff',
      'peacekeepers',
      'peacekeeping forces',
      'military police',
      'contingent',
      'security forces',
      // "the Ethiopian National Defense Force", "Uganda People's Defence Force".
      'National Defense Force',
      'National Defence Force',
      'National Defense Forces',
      'National Defence Forces',
      'Defense Forces',
      'Defence Forces',
      "People's Defence Force",
      "People's Defense Force",
      // "the South Sudan People's Defence Forces", not Myanmar's resistance of that name.
      "People's Defence Forces",
      "People's Defense Forces",
      // What the forces fire: "a Russian missile strike" is the Russian armed forces'.
      'missile',
      'missiles',
      'missile strike',
      'missile strikes',
      'rocket',
      'rockets',
      'shelling',
      'bombardment',
      'strike',
      'strikes',
      'attack',
      'attacks',
      'offensive',
    ],
  },
  {
    suffix: 'president',
    kind: 'official',
    label: 'President',
    names: ['President', 'Presidents', 'presidency', "President's office", 'leader'],
  },
  {
    // A head of government is no president: "the Malaysian Prime Minister" names no
    // "Malaysian President" (Malaysia has none).
    suffix: 'prime-minister',
    kind: 'official',
    label: 'Prime Minister',
    names: ['Prime Minister', 'premier', "Prime Minister's office"],
  },
  {
    suffix: null,
    kind: 'state',
    label: '',
    names: [
      'junta',
      'delegation',
      'government',
      'authorities',
      'officials',
      'official',
      'sources',
      'source',
      'side',
      'leadership',
      'state media',
      'Foreign Affairs',
      'diplomacy',
    ],
  },
];

/** Capitalised office names that need a country to be an actor, to their institution suffix. */
const INSTITUTION_BY_NAME = new Map<string, string>();
for (const inst of INSTITUTIONS)
  if (inst.suffix)
    for (const n of inst.names)
      if (/^\p{Lu}/u.test(n) && n.includes(' ')) INSTITUTION_BY_NAME.set(nameKey(n), inst.suffix);

/** A country's name that takes "the": "the Philippines", "the Netherlands", "the Gambia". */
const NAME_WITH_THE = /s$|^United |Republic|^Gambia$/;

/** A state's formal name among its aliases: "Russian Federation", "Syrian Arab Republic". */
/** Styles a state's formal name opens with, before "of" and its name: "Republic of Chad". */
const STATE_STYLES = ['Republic', 'Federal Republic', 'Islamic Republic', 'Kingdom', 'State'];
const FORMAL_NAME = /^\p{Lu}\S*(?: \S+)* (?:Federation|Republic|Kingdom|Emirates)$/u;

/** Side and colour of actors found in text that the registry does not know. */
export const UNREGISTERED_SIDE: Side = {
  id: 'unaffiliated',
  name: 'Unaffiliated or unknown',
  color: '#757575',
};

/** Deterministic colour from an id, for derived actors without a registry colour. */
export function colorFor(id: string): string {
  let h = 0;
  for (let i = 0; i < id.length; i++) h = (h * 31 + id.charCodeAt(i)) >>> 0;
  const hue = h % 360;
  // HSL(hue, 55%, 40%) to hex: dark enough for white halos and text.
  const s = 0.55;
  const l = 0.4;
  const k = (n: number) => (n + hue / 30) % 12;
  const a = s * Math.min(l, 1 - l);
  const f = (n: number) => l - a * Math.max(-1, Math.min(k(n) - 3, 9 - k(n), 1));
  return `#${[f(0), f(8), f(4)]
    .map((x) =>
      Math.round(x * 255)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

/**
 * The registry compiled for matching: every alias (and every derived form such as
 * "Russia's Foreign Ministry", "the Turkish delegation") as a name key to an actor id.
 */
/** Before a people's name that is not its state's: "ethnic Armenian", "ethnic Albanian". */
const ETHNIC = /\bethnic\s+$/i;

/** An acronym in brackets inside a name: "(MSS)". */
const ACRONYM_TOKEN = /^\p{Lu}{2,6}$/u;
/** An acronym short enough to be a word too: "WHO", "IS". */
const SHORT_ACRONYM = /^\p{Lu}{2,3}$/u;
/** An acronym word before a space ("UN Support Mission"), to be written dotted as well. */
const ACRONYM_WORD = /\b(\p{Lu}{2,3})\b(?=\s)/gu;
/** The cheap test before ACRONYM_WORD: most aliases have no two capitals in a row. */
const TWO_CAPITALS = /\p{Lu}\p{Lu}/u;

export class ActorMatcher {
  readonly actors = new Map<string, KnownActor>();
  readonly sides = new Map<string, Side>();
  private readonly aliases = new Map<string, string>();
  private readonly lowerCaseNames = new Set<string>();
  /**
   * Short acronyms ("WHO", "IS", "AP"): only in capitals, as a word of the text they are words
   * ("Who was Hassan Nasrallah?").
   */
  private readonly capitalsOnly = new Set<string>();
  /** Aliases "the" + a capitalised name, which text must write with the capital. */
  private readonly capitalAfterThe = new Set<string>();
  /** Names of several words written with capitals ("Security Council"): not met in lower case. */
  private readonly properNames = new Set<string>();
  private maxTokens = 1;
  /** Every alias key's leading words, so a scan stops as soon as no alias can go on. */
  private readonly prefixes = new Set<string>();
  /** Capital city name key to state actor id, for "Ankara claims". */
  readonly capitals = new Map<string, string>();
  /** Demonym and country name keys to state actor id. */
  readonly stateNames = new Map<string, string>();
  /** State actor ids by country code. */
  private readonly statesByCode = new Map<string, string>();
  /** Institutions derived from a country ("ru-president"), which are no people. */
  private readonly offices = new Set<string>();
  /** Office actor id to the people who held it, with their terms. */
  private readonly holders = new Map<string, (OfficeTerm & { actorId: string; re: RegExp })[]>();

  /**
   * Who held an office on a day, when the mention names it by the holder's title ("the Russian
   * President", not "the Russian Prime Minister"): the holder's id, or null (no one known then,
   * another title, or no date to tell).
   */
  holderOf(officeId: string, mentionText: string, day: string | null): string | null {
    if (!day) return null;
    for (const t of this.holders.get(officeId) ?? [])
      if (t.re.test(mentionText) && t.from <= day && (!t.to || day < t.to)) return t.actorId;
    return null;
  }

  constructor(registry: ActorRegistry, countries: Iterable<CountryInfo>) {
    for (const s of registry.sides) this.sides.set(s.id, s);
    const byCountry = new Map<string, RegistryActor>();
    for (const a of registry.actors) {
      this.actors.set(a.id, { ...a, registered: true });
      if (a.kind === 'state' && a.country) byCountry.set(a.country, a);
      for (const term of a.holds ?? []) {
        const list = this.holders.get(term.office) ?? [];
        list.push({ ...term, actorId: a.id, re: new RegExp(`\\b(?:${term.title})s?\\b`, 'i') });
        this.holders.set(term.office, list);
      }
    }
    // Countries with a registered state first: a demonym or a derived name two countries share
    // ("French": France and the French Southern Territories) goes to the one news mean.
    const ordered = [...countries].sort(
      (a, b) => (byCountry.has(b.code) ? 1 : 0) - (byCountry.has(a.code) ? 1 : 0),
    );
    for (const c of ordered) {
      const state = byCountry.get(c.code);
      const stateId = state?.id ?? c.id;
      if (!state) {
        this.actors.set(stateId, {
          id: stateId,
          name: c.name,
          kind: 'state',
          side: stateId,
          seat: c.capital || null,
          color: colorFor(stateId),
          aliases: [],
          country: c.code,
          registered: true,
        });
      }
      const side = this.actors.get(stateId)?.side ?? stateId;
      if (!this.sides.has(side))
        this.sides.set(side, {
          id: side,
          name: c.name,
          color: this.actors.get(stateId)?.color ?? colorFor(side),
        });
      const seat = this.actors.get(stateId)?.seat ?? (c.capital || null);
      const demonyms = c.demonym ? c.demonym.split('|') : [];
      const heads = [c.name, `${c.name}’s`, `${c.name}'s`, ...demonyms];
      this.stateNames.set(nameKey(c.name), stateId);
      this.statesByCode.set(c.code, stateId);
      for (const d of demonyms)
        if (!this.stateNames.has(nameKey(d))) this.stateNames.set(nameKey(d), stateId);
      if (c.capital) this.capitals.set(nameKey(c.capital), stateId);
      this.addAlias(c.name, stateId);
      this.addAlias(`${c.name}’s`, stateId);
      // "the Republic of Chad": a state by the style of its formal name (the registry's own
      // formal names, "Syrian Arab Republic", come with it).
      const styled = STATE_STYLES.map((style) => `${style} of ${c.name}`);
      for (const name of styled) this.addAlias(name, stateId, false);
      for (const inst of INSTITUTIONS) {
        let id = stateId;
        if (inst.suffix) {
          id = `${c.code.toLowerCase()}-${inst.suffix}`;
          if (!this.actors.has(id)) {
            this.offices.add(id);
            this.actors.set(id, {
              id,
              name: `${demonyms[0] || c.name} ${inst.label}`,
              kind: inst.kind,
              side,
              seat,
              color: colorFor(id),
              aliases: [],
              registered: true,
            });
          }
        }
        // "Islamabad's foreign office": a ministry named by its capital's possessive.
        const ministryHeads =
          inst.suffix?.endsWith('-ministry') && c.capital
            ? [`${c.capital}’s`, `${c.capital}'s`]
            : [];
        for (const n of inst.names) {
          for (const h of [...heads, ...ministryHeads]) this.addAlias(`${h} ${n}`, id, false);
          this.addAlias(`${n} of ${c.name}`, id, false);
          // "the Armed Forces of the Philippines": of a country whose name takes "the".
          if (NAME_WITH_THE.test(c.name)) this.addAlias(`${n} of the ${c.name}`, id, false);
          // "the Ministry of Defence of the Russian Federation": of the state's formal name.
          if (/^\p{Lu}.* of /u.test(n))
            for (const formal of state?.aliases.filter((x) => FORMAL_NAME.test(x)) ?? [])
              this.addAlias(`${n} of the ${formal}`, id, false);
          // "the Ministry of Foreign Affairs of the Republic of Chad", "the Government of …"
          // (only these: every name in every style would double the aliases).
          if (/^\p{Lu}.* of /u.test(n) || n === 'government')
            for (const name of styled) this.addAlias(`${n} of the ${name}`, id, false);
        }
      }
    }
    // Registry aliases last: they win over derived forms.
    for (const a of registry.actors) {
      this.addAlias(a.name, a.id);
      for (const alias of a.aliases) this.addAlias(alias, a.id);
    }
  }

  /**
   * The surname a mention names a registered person by ("Boris Johnson", "President Xi
   * Jinping"), or undefined: an organisation, an office ("the Russian President", even when
   * its holder is known), or a mention without the surname ("Xi").
   */
  surnameIn(mention: ActorMention): string | undefined {
    const a = this.actors.get(mention.actorId);
    if (a?.kind !== 'official' || this.offices.has(a.id)) return undefined;
    const surname = a.name.split(' ').at(-1);
    return surname && (mention.text === surname || mention.text.endsWith(` ${surname}`))
      ? surname
      : undefined;
  }

  /** The institution an office name stands for without a country ("the Defense Ministry"). */
  institutionSuffix(name: string): string | null {
    return INSTITUTION_BY_NAME.get(nameKey(name)) ?? null;
  }

  /** The country code an actor belongs to: its own, or its side's state's. */
  countryOf(actorId: string): string | undefined {
    const a = this.actors.get(actorId);
    return a?.country ?? (a ? this.actors.get(a.side)?.country : undefined);
  }

  /** The state actor of a country code ("SO" → "somalia"), if any. */
  stateOf(code: string): string | undefined {
    return this.statesByCode.get(code);
  }

  private addAlias(alias: string, id: string, override = true): void {
    // "UN Support Mission in Libya" is also written "U.N. Support Mission in Libya".
    if (TWO_CAPITALS.test(alias)) {
      const dotted = alias.replace(ACRONYM_WORD, (w) => `${w.split('').join('.')}.`);
      if (dotted !== alias) this.addAlias(dotted, id, override);
    }
    const key = nameKey(alias);
    if (!key || (!override && this.aliases.has(key))) return;
    this.aliases.set(key, id);
    // Names written in lower case ("al-Shabaab") may match lower-case text.
    if (/^\p{Ll}/u.test(alias) && !/\s/.test(alias)) this.lowerCaseNames.add(key);
    if (SHORT_ACRONYM.test(alias)) this.capitalsOnly.add(key);
    // "the Alliance", "the Observatory": a name only with its capital ("the alliance" is any).
    if (/^the \p{Lu}/u.test(alias)) this.capitalAfterThe.add(key);
    else this.capitalAfterThe.delete(key);
    if (/\s/.test(alias) && /\p{Lu}/u.test(alias)) this.properNames.add(key);
    else this.properNames.delete(key);
    // Each leading run of words, cut at each space: 137,000 aliases are added at start.
    let words = 1;
    for (let at = key.indexOf(' '); at !== -1; at = key.indexOf(' ', at + 1)) {
      this.prefixes.add(key.slice(0, at));
      words++;
    }
    this.maxTokens = Math.max(this.maxTokens, words);
  }

  /** The actor id of an exact alias, if any. */
  byAlias(text: string): string | undefined {
    return this.aliases.get(nameKey(text));
  }

  /**
   * Registry and derived actors named in a stretch of text, longest match first, no overlaps.
   * Lower-case generic forms ("soldiers") only count with a country before them.
   */
  findMentions(
    text: string,
    span: Span,
    tokens: Token[] = tokenize(text, span.start, span.end),
  ): ActorMention[] {
    const out: ActorMention[] = [];
    for (let i = 0; i < tokens.length; ) {
      let matched = 0;
      let id: string | undefined;
      /** Characters of a possessive ending left out of the mention. */
      let trim = 0;
      // Keys are built from nameKey of each token so "Russia’s" meets "russias".
      let key = '';
      const keys: string[] = [];
      /** The token each key ends on: an acronym in brackets inside a name is passed over. */
      const lastToken: number[] = [];
      let skipped = false;
      for (let t = i; keys.length < this.maxTokens && t < tokens.length; t++) {
        // "SUDAN: Attacks on villages", "SUDAN - Shelling killed", "across Ukraine, President
        // Zelenskyy said": punctuation between words ends a name.
        if (t > i) {
          const [from, to] = [tokens[t - 1].end, tokens[t].start];
          const gap = text.slice(from, to);
          // "the Multinational Security Support (MSS) mission": the name goes on after its
          // acronym.
          if (
            !skipped &&
            gap === ' (' &&
            ACRONYM_TOKEN.test(tokens[t].text) &&
            text.slice(tokens[t].end, tokens[t + 1]?.start) === ') '
          ) {
            skipped = true;
            continue;
          }
          const afterAcronym = skipped && lastToken.at(-1) === t - 2 && gap === ') ';
          // A single space is the usual gap; anything else is read.
          if (
            !afterAcronym &&
            (to - from !== 1 || text.charCodeAt(from) !== 32) &&
            (to - from > 3 || /[:;|–—,()]|\s-|-\s/.test(gap))
          )
            break;
        }
        key = t === i ? nameKey(tokens[i].text) : `${key} ${nameKey(tokens[t].text)}`;
        keys.push(key);
        lastToken.push(t);
        if (!this.prefixes.has(key)) break;
      }
      for (let n = keys.length; n > 0; n--) {
        // "President Xi Jinping's visit": a name in the possessive is the name.
        let hit = this.aliases.get(keys[n - 1]);
        trim = 0;
        if (!hit && /['’]s$/.test(tokens[lastToken[n - 1]].text)) {
          hit = this.aliases.get(keys[n - 1].slice(0, -1));
          trim = hit ? 2 : 0;
        }
        if (hit) {
          // A single lower-case word (a common noun) is not a name.
          const first = tokens[i].text[0];
          if (n === 1 && first === first.toLowerCase() && !this.lowerCaseNames.has(keys[0]))
            continue;
          if (
            n === 1 &&
            this.capitalsOnly.has(keys[0]) &&
            /\p{Ll}/u.test(tokens[i].text.replace(/['’]s$/, ''))
          )
            continue;
          const second = tokens[lastToken[1] ?? i + 1]?.text[0] ?? '';
          if (n > 1 && this.capitalAfterThe.has(keys[n - 1]) && second === second.toLowerCase())
            continue;
          // "the Libyan Red Crescent", "the Russian Security Council": a demonym before an
          // international body's name names the country's own body.
          const prev = tokens[i - 1];
          if (
            prev &&
            text.slice(prev.end, tokens[i].start) === ' ' &&
            /^\p{Lu}/u.test(prev.text) &&
            this.actors.get(hit)?.kind === 'international_org' &&
            /\p{Ll}/u.test(tokens[i].text) &&
            this.stateNames.has(nameKey(prev.text))
          )
            continue;
          // "Karabakh's ethnic Armenian authorities": a people's name, not its state's.
          if (ETHNIC.test(text.slice(Math.max(0, tokens[i].start - 12), tokens[i].start))) continue;
          // "his security council": a proper name's words in lower case are a common noun.
          if (
            n > 1 &&
            this.properNames.has(keys[n - 1]) &&
            !/\p{Lu}/u.test(text.slice(tokens[i].start, tokens[lastToken[n - 1]].end))
          )
            continue;
          // "the Alliance Fleuve Congo": a common word's name going on is another name.
          const next = tokens[lastToken[n - 1] + 1];
          if (
            n > 1 &&
            this.capitalAfterThe.has(keys[n - 1]) &&
            next &&
            /^\p{Lu}/u.test(next.text) &&
            text.slice(tokens[lastToken[n - 1]].end, next.start) === ' '
          )
            continue;
          id = hit;
          matched = n;
          break;
        }
      }
      if (id && matched > 0) {
        const start = tokens[i].start;
        const end = tokens[lastToken[matched - 1]].end - trim;
        out.push({ start, end, actorId: id, text: text.slice(start, end) });
        i = lastToken[matched - 1] + 1;
      } else i++;
    }
    return out;
  }
}
