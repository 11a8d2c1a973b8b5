/**
 * Stage two of the ingest: every toponym mention, resolved with the whole report as context,
 * and the places the gazetteer lacks but the text names by their form.
 */
import type { PlaceSpan, Span } from '../model/situation';
import type { ActorMention } from './actors';
import type { Lexicon } from './lexicon';
import type { GazetteerEntry } from './gazetteer';
import { isVast, nameKey } from './gazetteer';
import {
  findPlaceMentions,
  lowerCaseWordsOf,
  surnamesOf,
  type PlaceMention,
  type PlaceUse,
  resolvePlaces,
  SETTLEMENT_AFTER,
} from './places';
import {
  actorOf,
  describedCapitals,
  entryKey,
  inWire as reportInWire,
  type Placement,
  type Report,
  type Sentence,
} from './report';
import {
  destination,
  type FormMention,
  type Offset,
  findFeaturesByForm,
  APPROXIMATELY,
  findOffsets,
  tieOf,
} from './rules/features-by-form';
import { namedAcrossBorder } from './rules/participants';
import { distanceKm } from '../spatial/distance';
import { overlaps, wholeNames } from './text';

/** Whether an entry is a region or a country, not a town. */
const isRegionEntry = (e: GazetteerEntry) =>
  e.featureCode === 'ADM1' || e.featureCode === 'ADM2' || e.featureCode.startsWith('PCL');

/** Farthest a place the text puts in a town or a city lies from its point. */
const IN_TOWN_KM = 50;
/** A town the text calls one, after its name or before it: "Guihulngan city", "the town of". */
const CALLED_TOWN_AFTER = /^\s+(?:city|town|municipality)\b/i;
const CALLED_TOWN_BEFORE = /\b(?:city|town|municipality)\s+of\s+$/i;
/** A region tie said with "in" (", in the northern Yatenga province"), not a list's comma. */
const IN_REGION = /^,\s+in\s/;
/** Below this population, a town before a comma and another country's region is in that region. */
const TOWN_IN_REGION = 100_000;
/** After a name, a list going on: "Saipan, Guam, Alaska", "Aleppo, Idlib and Hama". */
const LIST_GOES_ON = /^(?:,\s*\p{Lu}|\s+(?:and|or)\s)/u;
/** Between two names of one list: "Susa, Shahhat", "Shahhat and Al-Marj". */
const LISTED_BETWEEN = /^(?:,|,?\s+(?:and|or))\s+$/;

/** A place's word, and a demonym before it: "the eastern Libyan city of", "a Nigerian town". */
const PLACE_WORD = /\b(?:city|town|village|port|capital|province|region|state|coast|border)\b/g;
const DEMONYM_BEFORE = /\b(\p{Lu}\p{Ll}+)\s+$/u;

/** A place this large is no village, whatever the text calls a namesake. */
const CITY = 50_000;
const VILLAGE_AFTER = /^,\s+an?\s+(?:[\p{Ll}-]+\s+){0,2}?(?:village|hamlet)\b/u;
const VILLAGE_BEFORE = /\b(?:village|hamlet)s?\s+of\s+$/i;
/** Whether the text calls a mention a village: "X, a village near Y", "the village of X". */
function calledVillage(text: string, m: Span): boolean {
  return (
    VILLAGE_AFTER.test(text.slice(m.end, m.end + 40)) ||
    VILLAGE_BEFORE.test(text.slice(Math.max(0, m.start - 20), m.start))
  );
}

/** A name the gazetteer does not know, right after a distance: "100 km north of Boulkessi". */
const UNKNOWN_NAME = /^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}/u;
/** "the Maiduguri-Damboa road", "the Kabul-Jalalabad highway": a road named by its two ends. */
const ROAD_BETWEEN =
  /(\p{Lu}[\p{L}'’]*(?:\s\p{Lu}[\p{L}'’]*){0,2})[-‐–](\p{Lu}[\p{L}'’]*(?:\s\p{Lu}[\p{L}'’]*){0,2})\s+(road|highway|motorway|expressway|railway|railroad|rail line|route|supply route|corridor|axis)\b/gu;
/** The cheap test a sentence passes before {@link ROAD_BETWEEN} runs on it. */
const ROAD_CUE =
  /\b(?:road|highway|motorway|expressway|railway|railroad|rail line|route|corridor|axis)\b/;
/** Ends further apart than this name a route too long for its middle to say where. */
const ROAD_MAX_KM = 250;
/**
 * Between a name and the distance that places it: "Hlyboke, 25 km north of Kharkiv", "Zindajan
 * District, about 40 km northwest of Herat", "Mellit town, 60 km north of El Fasher".
 */
const APPOSITION = new RegExp(
  String.raw`^(?:\s+(?:district|province|governorate|county|municipality|region|oblast|raion|town|village|city))?,\s*(?:an?\s+(?:[a-z-]+\s+){0,2}?(?:town|village|city|locality|settlement|community|hamlet|camp|base)\s+)?(?:(?:${APPROXIMATELY})\s+)?$`,
  'i',
);
/** How far the nearest of a name's namesakes lies from where its form places it, in whole km. */
function nearestKm(
  namesakes: GazetteerEntry[] | undefined,
  at: GazetteerEntry,
): number | undefined {
  if (!namesakes) return undefined;
  const km = Math.min(...namesakes.map((e) => distanceKm([e.lon, e.lat], [at.lon, at.lat])));
  return Number.isFinite(km) ? km : undefined;
}

/** How far a namesake may lie from where a distance puts it and still be that place. */
const OFFSET_SLACK_KM = 25;
/** How far a place the text says is near another ("X, southeast of Y") may lie from it. */
const NEAR_SLACK_KM = 60;

/** After a name, the rest of a region's longer name: " Self-Administered Zone", " Autonomous Region". */
const REGION_NAME_TAIL =
  /^(?:\s+\p{Lu}[\p{L}-]*){1,3}\s+(?:Zone|Region|Territory|Province|District|Division|Oblast)\b/u;

/** Finds and resolves the report's places (fills `placeEntries`, `placements`, `mainPlace`). */
/** A place a feature the text names by its form can be near: not a country nor a sea. */
const anchorsFeature = (e: GazetteerEntry) =>
  e.featureCode !== 'PCLI' && e.country !== '' && !isVast(e);
/** Before a place, the end of a journey: "diverted to", "fled toward", "from Quetta to". */
const JOURNEY_END = /\b(?:to|towards?|into|from|via)\s+(?:the\s+)?$/i;
/** Right before a name, a settlement's form word: "the town of ", "the village of ". */
const FORM_WORD_BEFORE = /\b(?:town|village|settlement|hamlet|locality)\s+of\s+$/i;
/** Right after a name, a settlement's form word in lower case: " town", " village". */
const FORM_WORD_AFTER = /^\s+(?:town|village)\b/;
/** Kinds of places by form that are settlements of their own, not sites in a town. */
const SETTLEMENT_KINDS = new Set(['town', 'village', 'locality']);
/**
 * An object of a capture no place: a person ("Saddam Hussein": a word of it a given name or a
 * surname), a title, a common word or a demonym first ("Parliament", "Ukrainian positions").
 */
function isNoPlaceName(name: string, lexicon: Lexicon): boolean {
  const words = name.split(/\s+/).map(nameKey);
  return (
    words.some((w) => lexicon.isPersonName(w)) ||
    lexicon.isTitle(words[0]) ||
    lexicon.isCommonWord(words[0]) ||
    lexicon.isDemonym(words[0])
  );
}
/** Administrative areas named by form: "Lubero territory", "Ramree Township". */
const AREA_KINDS = new Set(['zone', 'township']);
/** Kinds a demonym names none of: "a Georgian town", "Chadian territory". */
const NO_DEMONYM_KINDS = new Set([...SETTLEMENT_KINDS, ...AREA_KINDS]);
/** Sentences back a feature looks for the place it is near when its own names none. */
const LOOK_BACK = 2;

/**
 * The last place a feature can be near in the sentences just before `s`, in its paragraph: its
 * last town or city if it names one.
 */
function lastPlaceBefore(report: Report, s: Sentence) {
  const { sentences } = report;
  for (let i = s.index - 1; i >= Math.max(0, s.index - LOOK_BACK); i--) {
    const earlier = sentences[i];
    // Across a paragraph's break only the sentence just before: a wire's paragraphs are
    // often one sentence long.
    if (!earlier || earlier.paragraph !== s.paragraph) return undefined;
    // The town before the region that holds it: "in El Fasher, the capital of North Darfur";
    // a capital described counts as named ("stormed a hotel in the Somali capital").
    // Not the end of a journey: "… while on a visit to Moscow. Troops recaptured the Mapandi
    // Bridge" is no bridge in Moscow.
    const anchors = [
      ...earlier.places
        .filter(
          (q) =>
            !JOURNEY_END.test(
              report.text.slice(Math.max(earlier.start, q.mention.start - 20), q.mention.start),
            ),
        )
        .map((q) => ({ entry: q.entry, start: q.mention.start })),
      ...describedCapitals(report, earlier),
    ]
      .filter((q) => anchorsFeature(q.entry))
      .sort((a, b) => a.start - b.start);
    const p = anchors.filter((q) => q.entry.featureCode.startsWith('PPL')).at(-1) ?? anchors.at(-1);
    if (p) return p;
  }
  return undefined;
}

export function findReportPlaces(report: Report): void {
  const { text, ctx, sentences, placeEntries, placements } = report;
  const inWire = (x: Span) => reportInWire(report, x);
  // Places: find in every sentence, resolve with the whole report as context.
  const allMentions: { sentence: Sentence; mention: PlaceMention }[] = [];
  // Words the report uses otherwise than as a name: in lower case, or as a person's last name.
  const otherUses = new Set([...lowerCaseWordsOf(text), ...surnamesOf(text, ctx.lexicon)]);
  for (const s of sentences) {
    // A place inside a registered person's name is no place ("Xi Jinping"); inside an
    // organisation's it is part of the name ("Russia's Foreign Ministry", "Hay'at Tahrir
    // al-Sham"). People found by form keep the looser rule: their names are guessed.
    const namesPerson = (a: ActorMention) => ctx.actors.surnameIn(a) !== undefined;
    // So are the later names of one the text names after a title ("police spokesman
    // Abdifatah Aden Hassan": no Aden, no Hassan); its first may still be a place's, where the
    // title's owner went into the name ("former Atlanta Mayor Kasim Reed").
    const laterNames = s.actors.flatMap((a) => {
      // Not an organisation after a title ("Managing Director, Niger Delta Development
      // Commission"): its words may name a place.
      const person = ['person', 'official'].includes(actorOf(report, a.actorId)?.kind ?? '');
      const first = a.titled && person ? /^\S+\s+/.exec(a.text) : null;
      return first ? [{ start: a.start + first[0].length, end: a.end }] : [];
    });
    // An organisation named by its seat ("Brussels" for the EU) is a capital all the same.
    const namedBySeat = (a: ActorMention) =>
      ctx.gazetteer.lookup(nameKey(a.text)).some((e) => e.featureCode === 'PPLC');
    const embedding: Span[] = s.actors.filter(
      (a) => actorOf(report, a.actorId)?.kind !== 'state' && !namesPerson(a) && !namedBySeat(a),
    );
    const metonyms: Span[] = [];
    const found = findPlaceMentions(
      text,
      s.tokens,
      s.start,
      ctx.gazetteer,
      ctx.lexicon,
      [...s.dates, ...s.actors.filter(namesPerson), ...laterNames],
      metonyms,
      embedding,
      otherUses,
    );
    for (const m of metonyms) {
      const state = ctx.actors.capitals.get(nameKey(text.slice(m.start, m.end)));
      // A capital in the dateline ("KYIV, May 12 (Reuters) -") is where the story was filed.
      if (state && !inWire(m) && !s.actors.some((a) => overlaps(a, m)))
        s.actors.push({ ...m, actorId: state, text: text.slice(m.start, m.end) });
    }
    s.actors.sort((a, b) => a.start - b.start);
    for (const m of found) {
      // A country named as an actor ("Russia and Turkey agreed") stands for its state; inside
      // a longer actor name ("Turkey's Air Force") it is part of the name.
      const asActor = s.actors.find((a) => overlaps(a, m));
      const use: PlaceUse =
        m.use === 'literal' &&
        asActor &&
        !m.locative &&
        !m.through &&
        asActor.start <= m.start &&
        asActor.end >= m.end
          ? asActor.start === m.start && asActor.end === m.end
            ? 'metonymic'
            : 'associative'
          : m.use;
      allMentions.push({ sentence: s, mention: use === m.use ? m : { ...m, use } });
      // "talks in Brussels": where they are, not who takes part.
      if (asActor && m.locative && use === 'literal' && namedBySeat(asActor))
        s.actors.splice(s.actors.indexOf(asActor), 1);
    }
  }
  const contextCountries = new Set<string>();
  for (const s of sentences)
    for (const a of s.actors) {
      const actor = ctx.actors.actors.get(a.actorId);
      const code =
        actor?.country ?? (actor ? ctx.actors.actors.get(actor.side)?.country : undefined);
      if (code) contextCountries.add(code);
    }
  // "the eastern Libyan city of Derna": the report is about a place in Libya.
  for (const w of text.matchAll(PLACE_WORD)) {
    const at = w.index ?? 0;
    const m = DEMONYM_BEFORE.exec(text.slice(Math.max(0, at - 24), at));
    // The registry's state names hold every country's demonyms.
    const state =
      m && ctx.lexicon.isDemonym(nameKey(m[1]))
        ? ctx.actors.stateNames.get(nameKey(m[1]))
        : undefined;
    const code = state ? ctx.actors.countryOf(state) : undefined;
    if (code) contextCountries.add(code);
  }
  const resolved = resolvePlaces(
    allMentions.map((m) => m.mention),
    contextCountries,
    ctx.resolver,
  );
  const offsetsOf = new Map<Sentence, ReturnType<typeof findOffsets>>();
  /** Each mention's index, by where it starts. */
  const indexAt = new Map(allMentions.map(({ mention }, i) => [mention.start, i]));
  /** Names whose gazetteer namesake lies too far from where the text puts them, and how far. */
  const tooFar = new Map<string, number>();
  /** Names with gazetteer namesakes, none of which was taken. */
  const unplaced = new Map<string, GazetteerEntry[]>();
  /** Names dropped for a namesake far from the place the text says they are near, by sentence. */
  const nearTied = new Map<Sentence, FormMention[]>();
  /** Gazetteer entries the text puts a name in another country than. */
  const notThere = new Set<string>();
  allMentions.forEach(({ sentence, mention }, i) => {
    // "Severne, a village near Lastochkyne": no namesake city of 200,000; the form places it.
    if (resolved[i] && resolved[i].entry.population >= CITY && calledVillage(text, mention))
      resolved[i] = null;
    // "near Costa Rica, a town south of the city": no country; the form places it.
    if (
      resolved[i] &&
      isRegionEntry(resolved[i].entry) &&
      SETTLEMENT_AFTER.test(text.slice(mention.end, mention.end + 40))
    )
      resolved[i] = null;
    // "Hlyboke, 25 km north of Kharkiv": no namesake 500 km away; the distance places it.
    const r0 = resolved[i];
    if (r0 && r0.entry.featureCode !== 'PCLI') {
      const offsets = offsetsOf.get(sentence) ?? findOffsets(text, sentence);
      offsetsOf.set(sentence, offsets);
      const o = offsets.find((x) => APPOSITION.test(text.slice(mention.end, x.start)));
      const base = o && resolved[indexAt.get(o.from) ?? -1];
      if (o && base) {
        const at = destination(base.entry.lat, base.entry.lon, o.km, o.bearing);
        const off = distanceKm([r0.entry.lon, r0.entry.lat], [at.lon, at.lat]);
        if (off > Math.max(OFFSET_SLACK_KM, o.km)) {
          resolved[i] = null;
          tooFar.set(mention.key, off);
          // "Palma, about 60 km north of Mocimboa da Praia … attacked Palma": not Palma in
          // Spain where the name comes again either.
          if (r0.entry.country !== base.entry.country) notThere.add(entryKey(r0.entry));
        }
      }
    }
    // "Novooleksiivka, southeast of Pokrovsk": no namesake 300 km away; placed near Pokrovsk
    // by its form below.
    const r1 = resolved[i];
    // A river or a sea is long: its one point, far from a town the text puts it near, is no
    // namesake elsewhere ("the Euphrates river, east of Manbij").
    if (r1 && !isRegionEntry(r1.entry) && !isVast(r1.entry) && mention.use === 'literal') {
      const tie = tieOf(text, mention.end, sentence.end);
      const base = tie ? resolved[indexAt.get(tie.at) ?? -1] : null;
      const baseEnd = tie ? (allMentions[indexAt.get(tie.at) ?? -1]?.mention.end ?? 0) : 0;
      const off = base
        ? distanceKm([r1.entry.lon, r1.entry.lat], [base.entry.lon, base.entry.lat])
        : 0;
      // "Soro, in the northern Yatenga province": no Soro of India, whose region the text
      // does not name; placed in Yatenga by its form below.
      // "the village of Trinidad in Guihulngan city": no Trinidad 120 km away, in another
      // province; a town the text calls a town or a city holds what it puts in it.
      const inTown =
        tie !== null &&
        !tie.near &&
        base !== null &&
        base !== undefined &&
        base.entry.featureCode.startsWith('PPL') &&
        (CALLED_TOWN_AFTER.test(text.slice(baseEnd, baseEnd + 16)) ||
          CALLED_TOWN_BEFORE.test(text.slice(Math.max(0, tie.at - 30), tie.at)));
      const elsewhere = tie?.near
        ? off > NEAR_SLACK_KM
        : inTown
          ? off > IN_TOWN_KM
          : base &&
            r1.entry.featureCode.startsWith('PPL') &&
            isRegionEntry(base.entry) &&
            base.entry.country !== r1.entry.country &&
            (IN_REGION.test(text.slice(mention.end, tie?.at)) ||
              // "Tawila, North Darfur": a town before a comma and a region of another country is
              // in that region, unless it is a city of its own (a list: "Lyon, Bavaria and …").
              (/^,\s+$/.test(text.slice(mention.end, tie?.at)) &&
                r1.entry.population < TOWN_IN_REGION &&
                base.entry.featureCode.startsWith('ADM') &&
                !LIST_GOES_ON.test(text.slice(baseEnd, baseEnd + 12))));
      if (base && elsewhere) {
        resolved[i] = null;
        tooFar.set(mention.key, off);
        const list = nearTied.get(sentence) ?? [];
        list.push({ start: mention.start, end: mention.end, name: mention.text, kind: 'locality' });
        nearTied.set(sentence, list);
        if (!tie?.near) notThere.add(entryKey(r1.entry));
      }
    }
  });
  // "Floods also hit Susa, Shahhat and Al-Marj": a name the resolver would not place, listed
  // beside a place it did, is a locality of the list, placed by its form below (the namesakes
  // it has lie elsewhere).
  // The list's place must be sure: in a country where the report places other names too
  // ("BAIN and Grants Town", the Bahamas, is no list of French places for one Bain-de-Bretagne).
  const namesIn = new Map<string, Set<string>>();
  allMentions.forEach(({ mention }, i) => {
    const r = resolved[i];
    if (!r || mention.use !== 'literal') return;
    namesIn.set(r.entry.country, (namesIn.get(r.entry.country) ?? new Set()).add(mention.key));
  });
  allMentions.forEach(({ sentence, mention }, i) => {
    if (resolved[i] || !mention.candidates.length || mention.use !== 'literal' || mention.opensName)
      return;
    const listedWith = (j: number) => {
      const o = allMentions[j];
      const r = resolved[j];
      if (
        !o ||
        o.sentence !== sentence ||
        !r ||
        isRegionEntry(r.entry) ||
        (namesIn.get(r.entry.country)?.size ?? 0) < 2
      )
        return false;
      const [a, b] = j < i ? [o.mention, mention] : [mention, o.mention];
      return LISTED_BETWEEN.test(text.slice(a.end, b.start));
    };
    if (!listedWith(i - 1) && !listedWith(i + 1)) return;
    const list = nearTied.get(sentence) ?? [];
    list.push({ start: mention.start, end: mention.end, name: mention.text, kind: 'locality' });
    nearTied.set(sentence, list);
  });
  // A namesake the text puts in another country once is not the place where the name comes
  // again: there the name is the place its form gave it (below).
  allMentions.forEach((_, i) => {
    const r = resolved[i];
    if (r && notThere.has(entryKey(r.entry))) resolved[i] = null;
  });
  // "In March 2021, insurgents seized the town of Palma" in a story on Mozambique: a town named
  // by its form word, the only place of its namesake's country (no other place, no state of
  // it taking part), is a town of the story's country the gazetteer lacks (placed by its form
  // below), not Palma in Spain.
  const storyCountry = [...namesIn]
    .filter(([c]) => c !== '')
    .sort(([, a], [, b]) => b.size - a.size)[0];
  if (storyCountry && storyCountry[1].size >= 2) {
    const statesActing = new Set(
      sentences.flatMap((s) => s.actors.map((a) => ctx.actors.countryOf(a.actorId) ?? '')),
    );
    allMentions.forEach(({ mention }, i) => {
      const e = resolved[i]?.entry;
      if (
        e?.featureCode.startsWith('PPL') &&
        e.country !== storyCountry[0] &&
        namesIn.get(e.country)?.size === 1 &&
        !statesActing.has(e.country) &&
        (FORM_WORD_BEFORE.test(text.slice(Math.max(0, mention.start - 30), mention.start)) ||
          FORM_WORD_AFTER.test(text.slice(mention.end, mention.end + 12)))
      )
        resolved[i] = null;
    });
  }
  allMentions.forEach(({ sentence, mention }, i) => {
    const r = resolved[i];
    if (!r) {
      // Namesakes the resolver would not take (a village far from all the report's towns):
      // the reason of a form placement says how far the nearest lies.
      if (mention.candidates.length && !unplaced.has(mention.key))
        unplaced.set(mention.key, mention.candidates);
      return;
    }
    const literal = mention.use === 'literal';
    // A dateline's place is named in the report, and is no place of the story's events.
    // A continent is named, but is where nothing is drawn: "the worst defeats for the
    // mercenaries in Africa" puts no fight in the middle of Africa.
    if (!inWire(mention) && literal && r.entry.featureCode !== 'CONT')
      sentence.places.push({ mention, entry: r.entry });
    const key = entryKey(r.entry);
    const span: PlaceSpan =
      mention.use === 'literal'
        ? { start: mention.start, end: mention.end }
        : { start: mention.start, end: mention.end, use: mention.use };
    let known = placeEntries.get(key);
    if (known) {
      known.mentions.push(span);
      if (literal) known.literal++;
    } else {
      known = { entry: r.entry, mentions: [span], literal: literal ? 1 : 0, surface: mention.text };
      placeEntries.set(key, known);
    }
    // "the Kharkiv region": a town's name with a region word names the region it is the seat of.
    if (literal && mention.adminWord && !isRegionEntry(r.entry)) {
      const word = /^\s+[\p{L}-]+/u.exec(text.slice(mention.end, mention.end + 30))?.[0] ?? '';
      known.asRegion ??= {
        count: 0,
        surface: text.slice(mention.start, mention.listedTo ?? mention.end + word.length),
      };
      known.asRegion.count++;
    }
  });

  // The main place, where a place without its own tie goes: in the country the story names
  // most literally (of countries named as often, the story's first), the place named most (a
  // region before its own towns where even, else the first named). A place only ever named for its government ("U.S.
  // Secretary of State") is where nothing is; a dateline's ("BEIRUT -") is where the story was
  // filed, and leads only a story naming no other.
  // A capital described ("in the Somali capital") is named there as much as by its name.
  const described = new Map<string, number[]>();
  for (const s of sentences)
    for (const d of describedCapitals(report, s)) {
      const key = entryKey(d.entry);
      described.set(key, [...(described.get(key) ?? []), d.start]);
    }
  const ranked = (inStory: boolean) => {
    const named = [...placeEntries.values()].flatMap((p) => {
      if (p.entry.featureCode === 'CONT') return [];
      // "near the border with Serbia" names the country across it, not where the story is.
      const literal = p.mentions.filter(
        (m) =>
          !m.use &&
          !(inStory && inWire(m)) &&
          !namedAcrossBorder(text, { start: 0, end: text.length }, p.entry.featureCode, m),
      );
      const filed = p.mentions.some((m) => inWire(m));
      const starts = [...literal.map((m) => m.start), ...(described.get(entryKey(p.entry)) ?? [])];
      return starts.length > 0
        ? [{ p, count: starts.length, first: Math.min(...starts), filed }]
        : [];
    });
    const countries = new Map<string, { count: number; first: number }>();
    for (const n of named) {
      const c = countries.get(n.p.entry.country);
      if (!c) countries.set(n.p.entry.country, { count: n.count, first: n.first });
      else c.count += n.count;
    }
    const country = [...countries].sort(
      ([, a], [, b]) => b.count - a.count || a.first - b.first,
    )[0]?.[0];
    // Named as often: a region before a town in it, then a place (not a country) the dateline
    // names too ("PORT-AU-PRINCE, Haiti (AP) — … in Croix-des-Bouquets … return to Haiti …
    // which includes Port-au-Prince"), else the one the story names first.
    const regionOf = (r: GazetteerEntry, t: GazetteerEntry) =>
      r.featureCode === 'ADM1' && t.featureCode !== 'ADM1' && r.admin1 === t.admin1;
    return named
      .filter((n) => n.p.entry.country === country)
      .sort(
        (a, b) =>
          b.count - a.count ||
          (regionOf(a.p.entry, b.p.entry) ? -1 : regionOf(b.p.entry, a.p.entry) ? 1 : 0) ||
          Number(b.filed && !isVast(b.p.entry)) - Number(a.filed && !isVast(a.p.entry)) ||
          a.first - b.first,
      )
      .map((n) => n.p);
  };
  const inStory = ranked(true);
  const inMainCountry = inStory.length > 0 ? inStory : ranked(false);
  const mainPlace = inMainCountry[0];
  report.mainPlace = mainPlace;
  // A place named by its form and tied to nothing goes to the main place, or, where that is a
  // country, to the region the story names most in it ("the border town of Chinshwehaw" in a
  // story about Myanmar's Shan State); never to a town elsewhere in the country.
  const formFallback =
    mainPlace?.entry.featureCode === 'PCLI'
      ? inMainCountry.find((p) => p.entry.featureCode === 'ADM1' || p.entry.featureCode === 'ADM2')
      : mainPlace;
  // Places the gazetteer lacks but the text names by their form ("the village of X", "X
  // airbase") or measures from a known place ("five kilometres north of Saraqib"): put where
  // the text ties them, with ACLED's precision and the reason.
  const formEntries = new Map<string, GazetteerEntry>();
  /** Names placed by their form, with where they went: their later mentions go there too. */
  const byForm = new Map<
    string,
    { target: GazetteerEntry; placement: Placement; entry: GazetteerEntry }
  >();
  const addFormPlace = (
    sentence: Sentence,
    span: Span,
    name: string,
    at: { lat: number; lon: number },
    tiedTo: GazetteerEntry,
    placement: Placement,
  ): GazetteerEntry => {
    const id = `${name}|${at.lat},${at.lon}`;
    let entry = formEntries.get(id);
    if (!entry) {
      entry = {
        ...tiedTo,
        index: -1 - formEntries.size,
        geonameId: null,
        name,
        lat: at.lat,
        lon: at.lon,
        population: 0,
        featureCode: 'FORM',
        ambiguous: false,
        curated: false,
      };
      formEntries.set(id, entry);
      placements.set(entryKey(entry), placement);
    }
    const prevWord =
      /(\S+)\s*$/.exec(text.slice(sentence.start, span.start))?.[1]?.toLowerCase() ?? '';
    const mention: PlaceMention = {
      ...span,
      text: text.slice(span.start, span.end),
      use: 'literal',
      topic: false,
      key: nameKey(name),
      candidates: [entry],
      fuzzy: false,
      locative:
        /^(?:in|at|near|into|outside|around|on|of|hit|struck|captured|seized|entered|shelled|stormed)$/.test(
          prevWord,
        ),
      regionWord: false,
      adminWord: false,
      article: prevWord === 'the',
    };
    if (!inWire(span)) sentence.places.push({ mention, entry });
    const key = entryKey(entry);
    const known = placeEntries.get(key);
    if (known) {
      known.mentions.push({ start: span.start, end: span.end });
      known.literal++;
    } else
      placeEntries.set(key, {
        entry,
        mentions: [{ start: span.start, end: span.end }],
        literal: 1,
        surface: mention.text,
      });
    return entry;
  };
  /** Takes a place's mentions in one sentence back, and the place if it has no other. */
  const dropFromSentence = (sentence: Sentence, entry: GazetteerEntry) => {
    const gone = new Set(
      sentence.places.filter((p) => p.entry === entry).map((p) => p.mention.start),
    );
    sentence.places = sentence.places.filter((p) => p.entry !== entry);
    const key = entryKey(entry);
    const known = placeEntries.get(key);
    if (!known) return;
    known.mentions = known.mentions.filter((m) => !gone.has(m.start));
    known.literal -= gone.size;
    if (known.mentions.length === 0) placeEntries.delete(key);
  };
  /** The place a distance after it measures ("Sake" in "Sake, about 25 km west of Goma"). */
  const measuredPlace = (s: Sentence, o: Offset) =>
    s.places.find(
      (p) => p.mention.end <= o.start && APPOSITION.test(text.slice(p.mention.end, o.start)),
    );
  /**
   * "Douentza, about 100 km north of Boulkessi", Boulkessi unknown: the distance read the other
   * way places it, 100 km south of the known town (precision 2).
   */
  const placeFromOffset = (s: Sentence, o: Offset) => {
    const name = UNKNOWN_NAME.exec(text.slice(o.from, s.end))?.[0];
    const known = measuredPlace(s, o);
    if (!name || !known || !anchorsFeature(known.entry) || known.entry.featureCode === 'FORM')
      return;
    const key = nameKey(name);
    if (
      placedNames.has(key) ||
      ctx.lexicon.isCommonWord(key) ||
      ctx.lexicon.isDemonym(key) ||
      s.actors.some((a) => a.start <= o.from && o.from < a.end)
    )
      return;
    const phrase = text.slice(o.start, o.from + name.length).replace(/\s+/g, ' ');
    const placement: Placement = {
      precision: 2,
      kind: 'offset',
      reason: `Not in the gazetteer: the report puts ${known.entry.name} ${phrase}, so ${name} is placed that far the other way from ${known.entry.name}; the distance and direction are the report's, rounded as it rounds them.`,
    };
    const at = destination(known.entry.lat, known.entry.lon, o.km, (o.bearing + 180) % 360);
    const span = { start: o.from, end: o.from + name.length };
    const entry = addFormPlace(s, span, name, at, known.entry, placement);
    if (!byForm.has(name)) byForm.set(name, { target: entry, placement, entry });
  };
  // Every resolved toponym mention of a sentence is taken for the rules below; one the
  // gazetteer could not place with confidence may still be placed by its form ("the towns of
  // Shire and Adwa").
  const mentionsOf = new Map<Sentence, Span[]>();
  const placedNames = new Set<string>();
  /** Resolved mentions that open a longer name of a region ("Kokang Self-Administered Zone"). */
  const regionOpeners = new Map<number, GazetteerEntry>();
  for (const [i, { sentence, mention }] of allMentions.entries()) {
    const r = resolved[i];
    if (!r) continue;
    if (REGION_NAME_TAIL.test(text.slice(mention.end, mention.end + 60)))
      regionOpeners.set(mention.start, r.entry);
    placedNames.add(mention.key);
    const list = mentionsOf.get(sentence);
    if (list) list.push(mention);
    else mentionsOf.set(sentence, [mention]);
  }
  // "on the Maiduguri-Damboa road": a road between two towns the gazetteer knows is somewhere
  // between them; placed midway (precision 2), the towns stay modifiers of its name.
  const resolvedAt = new Map<number, GazetteerEntry>();
  allMentions.forEach(({ mention }, i) => {
    const r = resolved[i];
    if (r) resolvedAt.set(mention.start, r.entry);
  });
  for (const s of sentences) {
    const slice = text.slice(s.start, s.end);
    if (!ROAD_CUE.test(slice)) continue;
    for (const m of slice.matchAll(ROAD_BETWEEN)) {
      const start = s.start + (m.index ?? 0);
      const from = resolvedAt.get(start);
      const to = resolvedAt.get(start + m[1].length + 1);
      if (!from || !to || from === to || isVast(from) || isVast(to)) continue;
      const km = distanceKm([from.lon, from.lat], [to.lon, to.lat]);
      if (km > ROAD_MAX_KM) continue;
      const name = m[0].replace(/\s+/g, ' ');
      addFormPlace(
        s,
        { start, end: start + m[0].length },
        name,
        {
          lat: Math.round(((from.lat + to.lat) / 2) * 1e5) / 1e5,
          lon: Math.round(((from.lon + to.lon) / 2) * 1e5) / 1e5,
        },
        from,
        {
          precision: 2,
          kind: 'road',
          reason: `Not in the gazetteer: the report names the ${m[3].toLowerCase()} between ${from.name} and ${to.name} (${Math.round(km)} km apart), not where on it; placed midway between them.`,
        },
      );
    }
  }
  for (const s of sentences) {
    const placeAt = (at: number) => s.places.find((p) => p.mention.start === at);
    // "Laukkai, the capital of the Kokang Self-Administered Zone": a region's longer name ties
    // too, though the name in it is only a modifier there.
    const tiedAt = (at: number) => {
      const opener = regionOpeners.get(at);
      return placeAt(at) ?? (opener ? { entry: opener } : undefined);
    };
    for (const o of findOffsets(text, s)) {
      const base = placeAt(o.from);
      if (!base) {
        placeFromOffset(s, o);
        continue;
      }
      // "near Sake, about 25 km west of Goma": the gazetteer's Sake, kept because it lies
      // near where the distance points, is the place; the distance draws no second point.
      const named = measuredPlace(s, o)?.entry.featureCode;
      if (named && named !== 'FORM' && named !== 'PCLI') continue;
      const span = { start: o.start, end: base.mention.end };
      const phrase = text.slice(span.start, span.end);
      addFormPlace(
        s,
        span,
        phrase,
        destination(base.entry.lat, base.entry.lon, o.km, o.bearing),
        base.entry,
        {
          precision: 2,
          kind: 'offset',
          reason: `Not in the gazetteer: placed ${phrase.replace(/\s+/g, ' ')} (${base.entry.name}), as the report says; the distance and direction are the report's, rounded as it rounds them.`,
        },
      );
    }
    const taken: Span[] = [
      ...s.actors,
      ...s.dates,
      ...s.places.map((p) => p.mention),
      ...(mentionsOf.get(s) ?? []),
    ];
    const tiedHere = nearTied.get(s) ?? [];
    for (const f of [...tiedHere, ...findFeaturesByForm(text, s, [...taken, ...tiedHere])]) {
      // A name the gazetteer placed elsewhere in the report is that place; one it knows but
      // could not place ("Tawila": At Tawilah in Yemen, in a report on Sudan) goes by its form.
      // "the Georgian town": a demonym names no settlement.
      if (
        inWire(f) ||
        placedNames.has(nameKey(f.name)) ||
        (NO_DEMONYM_KINDS.has(f.kind) && ctx.lexicon.isDemonym(nameKey(f.name))) ||
        // "captured Saddam Hussein", "seized Parliament": a person or a common word is no place.
        (f.capture && isNoPlaceName(f.name, ctx.lexicon)) ||
        // "Instead county law enforcement": a common word opening a sentence names no area.
        (AREA_KINDS.has(f.kind) &&
          f.name.split(/\s+/).every((w) => ctx.lexicon.isCommonWord(nameKey(w))))
      )
        continue;
      const tie = tieOf(text, f.end, s.end);
      // Tied to a place named or placed by its form earlier ("Severne, a village near
      // Lastochkyne" after "the village of Lastochkyne, west of Avdiivka").
      const tied = tie
        ? (tiedAt(tie.at) ?? [...byForm].find(([name]) => text.startsWith(name, tie.at))?.[1])
        : undefined;
      if (f.tiedOnly && !tied) continue;
      // Untied, it is near the closest place its sentence names, not a country nor the end of
      // a journey ("Mitiga airport … diverted to Misrata"); none at all, and a site is near the
      // last place the sentences before named ("… besieged El Fasher. Shelling hit the Saudi
      // hospital").
      const inSentence = tied
        ? undefined
        : s.places
            .filter(
              (p) =>
                anchorsFeature(p.entry) &&
                !JOURNEY_END.test(
                  text.slice(Math.max(s.start, p.mention.start - 20), p.mention.start),
                ),
            )
            .sort(
              (a, b) => Math.abs(a.mention.start - f.start) - Math.abs(b.mention.start - f.start),
            )[0];
      if (f.inSentenceOnly && !tied && !inSentence) continue;
      // In a sentence that names only its country, no nearer place is known.
      if (!tied && !inSentence && s.places.some((p) => p.entry.featureCode === 'PCLI')) continue;
      // A settlement is no part of the town named before it (the story's region holds it).
      const before =
        tied || inSentence || SETTLEMENT_KINDS.has(f.kind) ? undefined : lastPlaceBefore(report, s);
      const nearest = tied ?? inSentence ?? before;
      const target = nearest?.entry ?? formFallback?.entry;
      if (!target || target.featureCode === 'PCLI' || target.country === '') continue;
      // "Hlybokez, 25 km north of Kharkiv": tied to a distance, it is near where that points.
      const atOffset = tied && placements.get(entryKey(target))?.kind === 'offset';
      const region =
        !atOffset &&
        (!tied || target.featureCode === 'ADM1' || target.featureCode === 'ADM2' || !tie?.near);
      const how = atOffset
        ? `${target.name}, as the text puts it`
        : tied
          ? tie?.near
            ? `near ${target.name}, as the text puts it`
            : `in ${target.name}, which the text names with it`
          : inSentence
            ? `at ${target.name}, the place its sentence names`
            : before
              ? `at ${target.name}, the place the text names just before`
              : `at ${target.name}, the place the report names most`;
      const far = tooFar.get(nameKey(f.name)) ?? nearestKm(unplaced.get(nameKey(f.name)), target);
      const why =
        far === undefined
          ? 'Not in the gazetteer'
          : `The gazetteer's “${f.name}” lies ${far} km from where the text puts it`;
      const placement: Placement = {
        precision: region ? 3 : 2,
        kind: f.kind,
        reason: `${why}: the ${f.kind} “${f.name}” is placed ${how} (precision ${region ? 3 : 2}: ${region ? 'the region' : 'near'}).`,
      };
      const entry = addFormPlace(s, f, f.name, target, target, placement);
      if (!byForm.has(f.name)) byForm.set(f.name, { target, placement, entry });
      // "Tawila, about 60 km west of El Fasher": the name is the place the distance points to,
      // and the distance's phrase no second place beside it.
      if (atOffset) dropFromSentence(s, target);
    }
  }
  // A place named by its form is the same place where the report names it again alone: "in
  // Ardamata, West Darfur … killed in Ardamata".
  if (byForm.size === 0) return;
  const again = wholeNames(byForm.keys());
  for (const s of sentences) {
    const taken: Span[] = [...s.actors, ...s.dates, ...s.places.map((p) => p.mention)];
    for (const m of text.slice(s.start, s.end).matchAll(again)) {
      const span = { start: s.start + (m.index ?? 0), end: s.start + (m.index ?? 0) + m[0].length };
      const known = byForm.get(m[0]);
      if (!known || inWire(span) || taken.some((t) => overlaps(t, span))) continue;
      addFormPlace(s, span, m[0], known.target, known.target, known.placement);
    }
  }
  // "the town of Merawi in Amhara region … Merawi, about 30 km south of Bahir Dar": one town,
  // drawn where the text puts it most closely, not two points of one name.
  const byName = new Map<string, string[]>();
  /** Keys of the places merged away, and the entry each now is. */
  const mergedInto = new Map<string, GazetteerEntry>();
  for (const [key, p] of placeEntries)
    if (p.entry.featureCode === 'FORM')
      byName.set(p.entry.name, [...(byName.get(p.entry.name) ?? []), key]);
  for (const keys of byName.values()) {
    if (keys.length < 2) continue;
    const precision = (k: string) => placements.get(k)?.precision ?? 3;
    const [best, ...rest] = [...keys].sort((a, b) => precision(a) - precision(b));
    const kept = placeEntries.get(best);
    if (!kept) continue;
    for (const k of rest) {
      const other = placeEntries.get(k);
      if (!other) continue;
      kept.mentions.push(...other.mentions);
      kept.literal += other.literal;
      placeEntries.delete(k);
      mergedInto.set(k, kept.entry);
    }
    kept.mentions.sort((a, b) => a.start - b.start);
  }
  if (mergedInto.size > 0)
    for (const s of sentences)
      for (const p of s.places) p.entry = mergedInto.get(entryKey(p.entry)) ?? p.entry;
}
