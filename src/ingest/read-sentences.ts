/**
 * Stage one of the ingest: the report's sentences, each with its tokens, the actors it names
 * (registered, unregistered, generic) and its dates.
 */
import { SETTLEMENT_AFTER } from './places';
import type { Span } from '../model/situation';
import { type ActorMention, INSURGENT_NAME } from './actors';
import { type DateMention, findDates } from './dates';
import { findUnregistered } from './find-unregistered';
import { nameKey } from './gazetteer';
import type { Lexicon } from './lexicon';
import {
  actorOf as reportActorOf,
  addUnregistered,
  inWire as reportInWire,
  type Report,
  type Sentence,
} from './report';
import { findGenericParties, mayNameGenericParty } from './rules/generic-parties';
import { inUnknownLongerName } from './rules/name-openers';
import { readName } from './rules/surname-or-organisation';
import { isHeadline, overlaps, splitSentences, type Token, tokenize, wholeNames } from './text';

/** An acronym in brackets right after a name: " (MNDAA)". */
/** Before a state named as a place, maybe after others: "the border with Mali and ". */
/** Words of a state body's name: such a body sits in its state's capital. */
const STATE_BODY =
  /\b(?:Ministry|Department|Police|Army|Forces|Guard|Navy|Council|Agency|Office|Committee|Commission|Authority|Service|Parliament|Assembly|Government|Presidency|Cabinet|Court|Directorate|Command|Bureau|Prosecutor|Gendarmerie|Military)\b/;
const STATE_AS_PLACE =
  /\b(?:in|into|near|from|to|with|across|between|inside|towards?)\s+(?:(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*\s*(?:,\s*|\s+and\s+))*(?:the\s+)?$/u;
/** An office named in lower case after "the": "the defence ministry", "the ministry of defence". */
const OFFICE_IN_LOWER_CASE =
  /\bthe\s+((?:[a-z]+\s+){1,2}(?:ministry|minister)|ministry\s+of\s+(?:the\s+)?[a-z]+(?:\s+affairs)?)\b/g;

/** Bodies of a state's people, named "of" the state and who they are: "Committee of Sudan Doctors". */
const BODY_OF =
  /^(?:Committee|Association|Union|Federation|Confederation|Network|Syndicate|Alliance|Coalition|League|Society|Chamber|Forum|Collective|Observatory|Guild|Congress)$/;

const ACRONYM_AFTER = /^\s*\(([A-Z][A-Za-z0-9-]{1,9})\)/;

/** After a state's name, the words of armed parties fighting in it: "Myanmar rebels". */
const INSURGENTS_AFTER = /^(\s+)(?:rebels?|insurgents|militants|jihadists)\b/;

/** A former office before a name, a few words back: "former Lebanese Prime Minister Saad Hariri". */
const FORMER = /\b(?:former|ex-|then-)\s*(?:\S+\s+){0,5}$/i;

/**
 * A one-word name of an organisation or a state that is someone's surname in this context
 * ("Foreign Minister Johann Wagner"): the person named before by that surname, or nothing (the
 * unregistered-people finder then reads the person). Otherwise the mention as it is.
 */
function asSurname(
  a: ActorMention,
  tokens: Token[],
  surnames: Map<string, string>,
  report: Report,
): ActorMention[] {
  const i = tokens.findIndex((t) => t.start === a.start);
  if (i < 0 || tokens[i].end !== a.end) return [a];
  if (report.ctx.actors.actors.get(a.actorId)?.kind === 'official') return [a];
  const reading = readName(tokens, i, {
    lexicon: report.ctx.lexicon,
    knownSurname: (w) => surnames.has(w),
  });
  if (reading !== 'person') return [a];
  const person = surnames.get(a.text);
  return person ? [{ ...a, actorId: person }] : [];
}

/**
 * A state's name inside a longer name the gazetteer knows ("Lake Chad", "Mount Lebanon",
 * "the Gulf of Mexico", "Mexico City"): part of a place's name, not the state.
 */
function inLongerPlaceName(report: Report, a: ActorMention, tokens: Token[]): boolean {
  const { text, ctx } = report;
  if (reportActorOf(report, a.actorId)?.kind !== 'state') return false;
  const i = tokens.findIndex((t) => t.start === a.start);
  const j = tokens.findIndex((t) => t.end === a.end);
  if (i < 0 || j < 0) return false;
  const joined = (x: Token, y: Token) => text.slice(x.end, y.start) === ' ';
  const capital = (t: Token | undefined) => t !== undefined && /^\p{Lu}/u.test(t.text);
  const longer: string[] = [];
  const prev = tokens[i - 1];
  // "Puerto Jordan": a word that opens place names makes the name another place's, one the
  // gazetteer does not know (those it knows are read below).
  if (inUnknownLongerName(text, prev, a.start, a.end, ctx.gazetteer)) return true;
  // "Port Sudan", "Guatemala City": a town named with the state's name and a word of its own.
  const town = (n: string) =>
    ctx.gazetteer.lookup(nameKey(n)).some((e) => e.featureCode.startsWith('PPL'));
  if (capital(prev) && joined(prev, tokens[i])) {
    if (town(text.slice(prev.start, a.end))) return true;
    longer.push(text.slice(prev.start, a.end));
  }
  if (prev?.text === 'of' && capital(tokens[i - 2]) && joined(tokens[i - 2], prev))
    longer.push(text.slice(tokens[i - 2].start, a.end));
  const next = tokens[j + 1];
  // "the Central Committee of Sudan Doctors": a body of the state's people, named with it.
  if (
    prev?.text === 'of' &&
    BODY_OF.test(tokens[i - 2]?.text ?? '') &&
    capital(next) &&
    joined(tokens[j], next)
  )
    return true;
  if (capital(next) && joined(tokens[j], next)) {
    if (next.text === 'City' && town(text.slice(a.start, next.end))) return true;
    longer.push(text.slice(a.start, next.end));
  }
  // A town or a province may share the name's words with the state ("New Mexico"): only a
  // feature of nature or a region the hand-compiled list holds is surely no state.
  return longer.some((n) =>
    ctx.gazetteer
      .lookup(nameKey(n))
      .some((e) => !e.featureCode.startsWith('PPL') && !e.featureCode.startsWith('ADM')),
  );
}

/** A name in capitals, as a transcript's speaker label writes it: "MILLER". */
const ALL_CAPS_NAME = /^\p{Lu}{3,}$/u;
/** A year a headline names: "2024 in Haiti", "Sudan's war in 2023". */
const HEADING_YEAR =
  /(?<![\d,.])\b((?:19|20)\d{2})\b(?![\d,.]|\s*(?:people|dead|killed|km|troops))/;
/** Right before a body named with its demonym, another demonym joined to it: "Pakistani and ". */
const DEMONYM_AND = /(\p{Lu}[\p{L}-]+)\s+and\s+$/u;

/**
 * "Pakistani and Afghan forces exchanged fire": the first demonym names its state's forces
 * too, which are as much a party as the second's.
 */
function coordinatedDemonyms(report: Report, actors: ActorMention[]): ActorMention[] {
  const { text, ctx } = report;
  const out: ActorMention[] = [];
  for (const a of actors) {
    const space = a.text.indexOf(' ');
    if (space < 0 || !ctx.lexicon.isDemonym(nameKey(a.text.slice(0, space)))) continue;
    const m = DEMONYM_AND.exec(text.slice(Math.max(0, a.start - 30), a.start));
    if (!m || !ctx.lexicon.isDemonym(nameKey(m[1]))) continue;
    const id = ctx.actors.byAlias(`${m[1]}${a.text.slice(space)}`);
    // Forces only: "Russian and Turkish Presidents Vladimir Putin and Recep Tayyip Erdogan" name
    // their people after.
    if (!id || id === a.actorId || ctx.actors.actors.get(id)?.kind !== 'military') continue;
    const start = a.start - m[0].length;
    const span = { start, end: start + m[1].length };
    if (!actors.some((b) => overlaps(b, span))) out.push({ ...span, actorId: id, text: m[1] });
  }
  return out;
}

/** Splits the report into sentences and finds their actors and dates (fills `report.sentences`). */
export function readSentences(report: Report): void {
  const { text, ctx, wire, reportDate, sentences } = report;
  const inWire = (x: Span) => reportInWire(report, x);
  const actorOf = (id: string) => reportActorOf(report, id);
  /** Generic armed parties ("rebels"), resolved once every named group is known. */
  const generic: {
    mention: ActorMention;
    sentence: number;
    name: string;
    unidentified?: true;
  }[] = [];
  /** Surnames of the people named so far, to their actor ids. */
  const surnames = new Map<string, string>();
  /** Acronyms the report gives in brackets after an unregistered name, to its actor. */
  const acronyms = new Map<string, string>();
  /** The last day the text has named: what "the next day" counts from. */
  let storyDay: string | null = null;
  /** The day the report gave each kind of event, for "10 days before the murder". */
  const eventDays = new Map<string, string>();
  /** The name before each remembered surname: "Thurein" for "Tun". */
  const namesBefore = new Map<string, string>();
  const rememberSurname = (name: string, actorId: string) => {
    const words = name.split(' ');
    const surname = words.at(-1);
    if (surname && surname.length >= 3 && !ctx.lexicon.isCommonWord(nameKey(surname))) {
      surnames.set(surname, actorId);
      namesBefore.set(surname, words.at(-2) ?? '');
    }
  };
  // Sentences with their paragraph numbers. Paragraphs end at a blank line; in a text with
  // none, at a line break (a paragraph a line, as text copied from a web page comes).
  const spans = splitSentences(text, report.bodyStart);
  const breakRe = /\n\s*\n/.test(text.slice(report.bodyStart)) ? /\n\s*\n/ : /\n/;
  let paragraph = 0;
  let prevEnd = report.bodyStart;
  for (const [index, s] of spans.entries()) {
    if (breakRe.test(text.slice(prevEnd, s.start))) paragraph++;
    prevEnd = s.end;
    const tokens = tokenize(text, s.start, s.end);
    // "KYIV, May 12 (Reuters) - ": the wire's name is no actor of the story.
    const actors = ctx.actors
      .findMentions(text, s, tokens)
      .filter((a) => !inWire(a) && !inLongerPlaceName(report, a, tokens))
      // "near Costa Rica, a town south of the city": a town of the state's name, no state.
      .filter(
        (a) =>
          ctx.actors.actors.get(a.actorId)?.kind !== 'state' ||
          !SETTLEMENT_AFTER.test(text.slice(a.end, a.end + 40)),
      )
      .flatMap((a) => asSurname(a, tokens, surnames, report));
    actors.push(...coordinatedDemonyms(report, actors));
    // "The Russian President" in March 2020 is Vladimir Putin: one actor, not two.
    for (const a of actors) {
      a.actorId = ctx.actors.holderOf(a.actorId, a.text, reportDate) ?? a.actorId;
      // "Boris Johnson … Johnson said": a registered person named in full, then by surname.
      if (/\s/.test(a.text) && ctx.actors.surnameIn(a)) rememberSurname(a.text, a.actorId);
    }
    // "Prime Minister Ariel Henry …. Henry, who was in Kenya": a person named in full before is
    // named again by surname (and is then no place: there is a Henry in Virginia).
    for (const [k, t] of tokens.entries()) {
      // "Zaw Min Tun" after "Thurein Tun": the last of another's names is no one's surname.
      const prev = tokens[k - 1];
      if (
        prev &&
        namesBefore.has(t.text) &&
        text.slice(prev.end, t.start) === ' ' &&
        /^\p{Lu}/u.test(prev.text) &&
        !ctx.lexicon.isTitle(prev.text) &&
        namesBefore.get(t.text) !== prev.text
      )
        continue;
      // "Abdifatah Aden Hassan … President Hassan Sheikh Mohamud": a surname opening another's
      // name is that one's given name.
      const next = tokens[k + 1];
      if (
        next &&
        surnames.has(t.text) &&
        text.slice(t.end, next.start) === ' ' &&
        /^\p{Lu}\p{Ll}/u.test(next.text) &&
        !ctx.lexicon.isCalendarWord(nameKey(next.text))
      )
        continue;
      // "Spencer's views": the surname in the possessive is the person too.
      const possessive = /['’]s$/.exec(t.text);
      const bare = possessive ? t.text.slice(0, possessive.index) : t.text;
      // "MR MILLER:": a transcript's label writes the surname in capitals.
      const id =
        surnames.get(bare) ??
        (ALL_CAPS_NAME.test(bare)
          ? surnames.get(bare[0] + bare.slice(1).toLowerCase())
          : undefined);
      const span = possessive ? { ...t, end: t.end - 2, text: t.text.slice(0, -2) } : t;
      if (id && !actors.some((a) => overlaps(a, span))) actors.push({ ...span, actorId: id });
    }
    const dates: DateMention[] = findDates(text, s, reportDate, storyDay, eventDays).filter(
      (d) => !inWire(d),
    );
    for (const d of dates) if (d.precision === 'day') storyDay = d.date;
    // "2024 in Haiti": a headline's year is the story's, from its first day, for a timeline's
    // "28 February –" below (not the nearest 28 February to a report dated 31 December).
    const headingYear: RegExpExecArray | null =
      index === 0 && !storyDay && isHeadline(text, s)
        ? HEADING_YEAR.exec(text.slice(s.start, s.end))
        : null;
    if (headingYear) storyDay = `${headingYear[1]}-01-01`;
    // "the Ethiopian National Defense Force (ENDF)": the acronym after a known actor's name is
    // that actor, here and later.
    for (const a of actors) {
      const acronym = ACRONYM_AFTER.exec(text.slice(a.end, a.end + 16));
      if (acronym && !acronyms.has(acronym[1])) acronyms.set(acronym[1], a.actorId);
    }
    // "the Armed Forces of the Philippines (AFP) … the AFP said": an acronym the report defines
    // is what it defines there, not a registry namesake (the news agency).
    for (const a of actors) {
      const defined = acronyms.get(text.slice(a.start, a.end));
      if (defined) a.actorId = defined;
    }
    const unregistered = findUnregistered(text, tokens, s.start, ctx.lexicon, ctx.gazetteer, [
      ...actors,
      ...dates,
      ...(wire ? [wire] : []),
    ]);
    // "the defence ministry said": an office in lower case, of the state the story names.
    const body = text.slice(s.start, s.end);
    for (const m of body.includes('minist') ? body.matchAll(OFFICE_IN_LOWER_CASE) : []) {
      const start = s.start + (m.index ?? 0) + m[0].length - m[1].length;
      const span = { start, end: start + m[1].length };
      // "the health ministry said": a ministry the registry derives no institution for is a
      // body all the same (not "the relevant ministry").
      const anyMinistry =
        /ministry/.test(m[1]) &&
        !/^(?:former|then|new|same|relevant|respective|said|other)\s/.test(m[1]);
      if (
        (ctx.actors.institutionSuffix(m[1]) || anyMinistry) &&
        !actors.some((a) => overlaps(a, span)) &&
        !unregistered.some((u) => overlaps(u, span))
      )
        unregistered.push({ ...span, name: m[1], kind: 'organisation', stateKey: null });
    }
    unregistered.sort((a, b) => a.start - b.start);
    for (const u of unregistered) {
      // "Therese Kayikwamba Wagner": a registered name closing a person's is her surname, not
      // the Wagner group.
      const surname =
        u.kind === 'person'
          ? actors.find(
              (a) =>
                text.slice(u.end, a.start) === ' ' &&
                !/\s/.test(a.text) &&
                actorOf(a.actorId)?.kind !== 'person',
            )
          : undefined;
      if (surname) {
        actors.splice(actors.indexOf(surname), 1);
        u.end = surname.end;
        u.name = text.slice(u.start, u.end);
      }
      // "Sudan People's Liberation Movement-North": a state's name opening an armed movement's
      // is part of it, and the state takes no part in what the movement does.
      const opener =
        u.kind !== 'person' && INSURGENT_NAME.test(u.name)
          ? actors.find(
              (a) => text.slice(a.end, u.start) === ' ' && actorOf(a.actorId)?.kind === 'state',
            )
          : undefined;
      if (opener) {
        actors.splice(actors.indexOf(opener), 1);
        u.start = opener.start;
        u.name = text.slice(opener.start, u.end);
      }
      // "the Palestine Red Crescent Society": a country's name opening an organisation's is
      // part of it, and says whose body it is (not an institution the registry derives).
      const national =
        !opener && u.kind === 'organisation' && !ctx.actors.institutionSuffix(u.name)
          ? actors.find(
              (a) =>
                text.slice(a.end, u.start) === ' ' &&
                actorOf(a.actorId)?.kind === 'state' &&
                ctx.gazetteer.lookup(nameKey(a.text)).some((e) => e.featureCode === 'PCLI'),
            )
          : undefined;
      if (national) {
        actors.splice(actors.indexOf(national), 1);
        u.start = national.start;
        u.name = text.slice(national.start, u.end);
        u.stateKey ??= nameKey(national.text);
      }
      // "representatives of the Defense Ministry": the ministry of the state just named.
      const suffix = u.kind === 'organisation' ? ctx.actors.institutionSuffix(u.name) : null;
      if (suffix) {
        // Not a state named as where something is: "near the border with Mali and Burkina
        // Faso, the defence ministry said" is Niger's ministry.
        const near = [...actors]
          .reverse()
          .find(
            (a) =>
              a.end <= u.start &&
              ctx.actors.countryOf(a.actorId) &&
              !(
                actorOf(a.actorId)?.kind === 'state' &&
                STATE_AS_PLACE.test(text.slice(Math.max(s.start, a.start - 80), a.start))
              ),
          );
        const earlier = near
          ? undefined
          : [...sentences]
              .reverse()
              .flatMap((p) => [...p.actors].reverse())
              .find((a) => ctx.actors.countryOf(a.actorId));
        const code = ctx.actors.countryOf((near ?? earlier)?.actorId ?? '');
        const id = code ? `${code.toLowerCase()}-${suffix}` : '';
        if (ctx.actors.actors.has(id)) {
          actors.push({ start: u.start, end: u.end, actorId: id, text: u.name });
          continue;
        }
      }
      // Whom a person speaks for: the state of a title ("Turkish Deputy Foreign Minister ..."),
      // the office just before the name ("Iran's Foreign Minister Abbas Araqchi"), or the
      // actor whose title it is ("Lebanon's caretaker Prime Minister Najib Mikati", "Houthi
      // spokesman Mohammed Abdulsalam"). The person takes its side and, to say where its
      // words were spoken, its seat.
      const former = FORMER.test(text.slice(Math.max(s.start, u.start - 80), u.start));
      // "Lebanon's Health Ministry": a body after a state's possessive is that state's, and
      // named with it (another state's ministry is another body).
      const possessor =
        u.kind === 'organisation'
          ? actors.find(
              (a) =>
                actorOf(a.actorId)?.kind === 'state' &&
                /^['’]s\s+$/.test(text.slice(a.end - 2, u.start)),
            )
          : undefined;
      if (possessor) {
        u.name = text.slice(possessor.start, u.end);
        u.start = possessor.start;
      }
      // "Venezuelan President Nicolas Maduro": the office right before the name is the person
      // the registry does not know; one actor, who holds the office's side and seat.
      const office = u.afterOffice
        ? actors.find((a) => a.end <= u.start && u.start - a.end <= 2)
        : undefined;
      if (office && !former && actorOf(office.actorId)?.kind === 'official')
        actors.splice(actors.indexOf(office), 1);
      const owner = former
        ? undefined
        : (possessor?.actorId ??
          (u.stateKey ? ctx.actors.stateNames.get(u.stateKey) : undefined) ??
          office?.actorId ??
          (u.kind === 'person'
            ? (titleOwner(text, actors, u, ctx.lexicon) ??
              roleOwnerAfter(text, actors, u, ctx.lexicon))
            : undefined));
      // "The Myanmar National Democratic Alliance Army (MNDAA) … the MNDAA": one actor.
      // A body of the state sits in its capital; one only named after its country ("the
      // Libyan Red Crescent") takes its side, not its seat.
      const ownerActor = owner ? ctx.actors.actors.get(owner) : undefined;
      const seated =
        ownerActor && u.kind === 'organisation' && !STATE_BODY.test(u.name)
          ? { ...ownerActor, seat: null }
          : ownerActor;
      const actorId = acronyms.get(u.name) ?? addUnregistered(report, u.name, u.kind, seated);
      const acronym =
        u.kind === 'person' ? null : ACRONYM_AFTER.exec(text.slice(u.end, u.end + 16));
      if (acronym && !acronyms.has(acronym[1])) {
        acronyms.set(acronym[1], actorId);
        // "Somali National Army (SNA)": the acronym in its brackets is this body, not a
        // registry namesake (the Syrian National Army).
        for (const b of actors)
          if (b.start > u.end && b.start <= u.end + 3 && text.slice(b.start, b.end) === acronym[1])
            b.actorId = actorId;
      }
      actors.push({
        start: u.start,
        end: u.end,
        actorId,
        text: u.name,
        ...(u.titled ? { titled: true as const } : {}),
      });
      if (u.kind === 'person') rememberSurname(u.name, actorId);
    }
    // "Rebels attacked", "non-State armed groups": parties the text names only by what they are
    // (resolved below to an armed group the report names, if it names one).
    // "Myanmar rebels", "Syrian insurgents": rebels in the state, not the state. Its name is
    // where they are; the party is generic.
    for (const a of [...actors]) {
      if (actorOf(a.actorId)?.kind !== 'state') continue;
      const after = INSURGENTS_AFTER.exec(text.slice(a.end, Math.min(s.end, a.end + 30)));
      if (!after) continue;
      const [g] = findGenericParties(text, a.end + after[1].length, s.end);
      if (!g || g.start !== a.end + after[1].length) continue;
      actors.splice(actors.indexOf(a), 1);
      const mention = { start: g.start, end: g.end, actorId: '', text: text.slice(g.start, g.end) };
      generic.push({ mention, sentence: index, name: g.party.name });
      actors.push(mention);
    }
    // "Syrian rebels", "Malian jihadists": a demonym the registry names no body with.
    const mayBeGeneric = mayNameGenericParty(text.slice(s.start, s.end));
    for (const [k, t] of mayBeGeneric ? tokens.entries() : []) {
      const next = tokens[k + 1];
      if (!next || text.slice(t.end, next.start) !== ' ' || !ctx.lexicon.isDemonym(nameKey(t.text)))
        continue;
      if (actors.some((a) => overlaps(a, t) || overlaps(a, next))) continue;
      const [g] = findGenericParties(text, next.start, s.end);
      if (!g || g.start !== next.start) continue;
      const mention = { start: g.start, end: g.end, actorId: '', text: text.slice(g.start, g.end) };
      generic.push({ mention, sentence: index, name: g.party.name });
      actors.push(mention);
    }
    for (const g of findGenericParties(text, s.start, s.end)) {
      if (inWire(g) || actors.some((a) => overlaps(a, g))) continue;
      const mention = { start: g.start, end: g.end, actorId: '', text: text.slice(g.start, g.end) };
      generic.push({
        mention,
        sentence: index,
        name: g.party.name,
        unidentified: g.unidentified || g.allied,
      });
      actors.push(mention);
    }
    actors.sort((a, b) => a.start - b.start);
    sentences.push({
      ...s,
      index,
      paragraph,
      tokens,
      actors,
      places: [],
      dates,
    });
  }

  nameGroupsAgain(report);

  // "militants launched an offensive … Hay'at Tahrir al-Sham": a generic party is the armed
  // group the report names nearest before it (three sentences back), else the only one it
  // names; only a report that names none gets a party "militants".
  // A group that fights for a state (Wagner, the PMF) is no "rebels" or "militants".
  const forAState = (id: string) => actorOf(actorOf(id)?.side ?? '')?.kind === 'state';
  // So is a body the report does not know whose fighters its sentence names: "The Strategic
  // Framework for the Defence of the People of Azawad said its fighters had ambushed".
  const armed = (s: Sentence, a: ActorMention) =>
    actorOf(a.actorId)?.kind === 'armed_group' ||
    (report.localActors.has(a.actorId) &&
      actorOf(a.actorId)?.kind === 'organisation' &&
      ITS_FIGHTERS.test(text.slice(a.end, s.end)));
  const namedGroups = sentences.flatMap((s) =>
    s.actors
      .filter((a) => a.actorId && armed(s, a) && !forAState(a.actorId))
      .map((a) => ({ sentence: s.index, at: a.start, id: a.actorId })),
  );
  const distinctGroups = [...new Set(namedGroups.map((g) => g.id))];
  // A sentence opens another story after "Separately, …", or a roundup's section after "In
  // Nigeria, …": a generic party after it is not a group named before it.
  const opensStory = (s: Sentence) =>
    ANOTHER_STORY.test(text.slice(s.start, s.end)) ||
    s.actors.some(
      (a) =>
        actorOf(a.actorId)?.kind === 'state' &&
        SECTION_COUNTRY_BEFORE.test(text.slice(s.start, a.start)) &&
        text.startsWith(',', a.end),
    );
  const opens = sentences.map(opensStory);
  /** For each sentence, the next one after it that opens another story. */
  const nextApart: number[] = new Array(sentences.length).fill(-1);
  for (let i = sentences.length - 2; i >= 0; i--)
    nextApart[i] = opens[i + 1] ? i + 1 : nextApart[i + 1];
  const groupsIn = new Map<number, string[]>();
  const firstSentenceOf = new Map<string, number>();
  for (const n of namedGroups) {
    const list = groupsIn.get(n.sentence);
    if (list) list.push(n.id);
    else groupsIn.set(n.sentence, [n.id]);
    if (!firstSentenceOf.has(n.id)) firstSentenceOf.set(n.id, n.sentence);
  }
  for (const g of generic) {
    // "Unidentified gunmen", "allied militias": no group the report names.
    if (g.unidentified) {
      g.mention.actorId = addUnregistered(report, g.name, 'armed_group');
      continue;
    }
    // A group its own sentence names is another party: "rebels said they had killed … Wagner
    // mercenaries", "Wagner fighters clashed with rebels".
    const inSentence = new Set(groupsIn.get(g.sentence) ?? []);
    let before: string | undefined;
    for (
      let i = g.sentence - 1;
      i >= Math.max(0, g.sentence - 3) &&
      !before &&
      sentences[i].paragraph === sentences[g.sentence].paragraph &&
      !opens[i + 1];
      i--
    )
      before = (groupsIn.get(i) ?? []).filter((id) => !inSentence.has(id)).at(-1);
    // The only group the story names ("militants launched an offensive … Hay'at Tahrir
    // al-Sham"), not one named first after "Separately," (another story: "Gunmen abducted
    // pupils … Separately, Boko Haram fighters abducted women").
    const apart = nextApart[g.sentence] ?? -1;
    const only = distinctGroups.length === 1 ? distinctGroups[0] : undefined;
    const storyGroup =
      only && !inSentence.has(only) && (apart < 0 || (firstSentenceOf.get(only) ?? apart) < apart)
        ? only
        : undefined;
    g.mention.actorId = before ?? storyGroup ?? addUnregistered(report, g.name, 'armed_group');
  }
  // One party once per sentence: "militants of HTS" names HTS once; of two generic mentions
  // of one party ("gangs … Gangs"), the first stays.
  const genericMentions = new Set(generic.map((g) => g.mention));
  for (const { sentence } of generic) {
    const s = sentences[sentence];
    s.actors = s.actors.filter(
      (a, i) =>
        !genericMentions.has(a) ||
        !s.actors.some(
          (b, j) => b.actorId === a.actorId && (j < i || (j !== i && !genericMentions.has(b))),
        ),
    );
  }
}

/** After a body's name, its fighters: "said its fighters had", "and its forces". */
const ITS_FIGHTERS =
  /^[^.;]{0,40}?\bits\s+(?:fighters|forces|militants|troops|gunmen|men|combatants|militiamen)\b/;

/** A sentence opening another story of the report: "Separately,", "Elsewhere,", "In another attack". */
/** Before a state's name and its comma, the opening of a roundup's section: "In ", "In the ". */
const SECTION_COUNTRY_BEFORE = /^\s*In\s+(?:the\s+)?$/;
const ANOTHER_STORY = /^\s*(?:Separately|Elsewhere|Meanwhile|In (?:a )?separate\b|In another\b)/;

/**
 * "a local militia known as Fano … Fano fighters": an armed group the registry does not
 * know, once the report names it by its form, is that group wherever the
 * report names it, before or after (and no place there: there is a Fano in Italy). A name that
 * is also a country, a region, a capital or a city of {@link LARGE_PLACE} people stays what the
 * sentence makes it ("Darfur rebels" do not make every Darfur a group).
 */
function nameGroupsAgain(report: Report): void {
  const { text, sentences, ctx } = report;
  const named = new Map<string, string>();
  for (const s of sentences)
    for (const a of s.actors) {
      const actor = reportActorOf(report, a.actorId);
      if (
        !actor ||
        actor.registered ||
        actor.kind !== 'armed_group' ||
        a.text !== actor.name ||
        named.has(a.text) ||
        ctx.gazetteer
          .lookup(nameKey(a.text))
          .some(
            (e) =>
              e.curated ||
              e.population >= LARGE_PLACE ||
              ['PCLI', 'ADM1', 'PPLC'].includes(e.featureCode),
          )
      )
        continue;
      named.set(a.text, a.actorId);
    }
  if (named.size === 0) return;
  const again = wholeNames(named.keys());
  for (const s of sentences) {
    let added = false;
    for (const m of text.slice(s.start, s.end).matchAll(again)) {
      const start = s.start + (m.index ?? 0);
      const span = { start, end: start + m[0].length };
      if (
        reportInWire(report, span) ||
        s.actors.some((a) => overlaps(a, span)) ||
        s.dates.some((d) => overlaps(d, span))
      )
        continue;
      s.actors.push({ ...span, actorId: named.get(m[0]) ?? '', text: m[0] });
      added = true;
    }
    if (added) s.actors.sort((a, b) => a.start - b.start);
  }
}
/** People of a place whose name no group's name takes over (see `nameGroupsAgain`). */
const LARGE_PLACE = 100_000;

/** Between a person's name and the body of its role: ", the " (ICRC's regional director). */
const ROLE_OWNER_BEFORE = /^,\s+(?:the\s+)?$/;
/** After that body, its possessive and the role: "'s regional director". */
const ROLE_AFTER_OWNER = /^['’]s\s+((?:[\p{L}-]+\s*){1,4})/u;
/** Between a person's name and the body after the role: ", senior Sahel researcher at ". */
const ROLE_THEN_OWNER =
  /^,\s+(?:the\s+|a\s+)?((?:[\p{L}-]+\s+){1,4})(?:at|of|for|with)\s+(?:the\s+)?$/u;

/**
 * The body a person's role after its name belongs to: "Ariane Bauer, the ICRC's regional
 * director", "Ilaria Allegrozzi, senior Sahel researcher at Human Rights Watch".
 */
function roleOwnerAfter(
  text: string,
  actors: readonly ActorMention[],
  person: Span,
  lexicon: Lexicon,
): string | undefined {
  const hasTitle = (words: string) => words.split(/\s+/).some((w) => lexicon.isTitle(w));
  for (const a of actors) {
    if (a.start <= person.end || a.start - person.end > 60) continue;
    const gap = text.slice(person.end, a.start);
    if (ROLE_OWNER_BEFORE.test(gap)) {
      const role = ROLE_AFTER_OWNER.exec(text.slice(a.end, a.end + 60));
      if (role && hasTitle(role[1])) return a.actorId;
    }
    const role = ROLE_THEN_OWNER.exec(gap);
    if (role && hasTitle(role[1])) return a.actorId;
  }
  return undefined;
}

/**
 * The actor a person's title belongs to, named just before it: "Lebanon's caretaker Prime
 * Minister Najib Mikati", "Houthi spokesman Mohammed Abdulsalam", "Rwanda's government
 * spokeswoman Yolande Makolo", "Mali's junta leader, Colonel Assimi Goita". Between the
 * actor and the name: a possessive and up to five words, one of them a title.
 */
function titleOwner(
  text: string,
  actors: readonly ActorMention[],
  person: Span,
  lexicon: Lexicon,
): string | undefined {
  let before: ActorMention | undefined;
  for (const a of actors) if (a.end <= person.start && (!before || a.end > before.end)) before = a;
  if (!before) return undefined;
  // "U.S. Secretary of State Antony Blinken": the actor's name may end before its last dot.
  const gap = /^\.?(?:['’]s)? ((?:[\p{L}.-]+,? ){1,5})$/u.exec(
    text.slice(before.end, person.start),
  );
  if (!gap) return undefined;
  const words = gap[1].trim().replace(/,/g, '').split(' ');
  return words.some((w) => lexicon.isTitle(w)) ? before.actorId : undefined;
}
