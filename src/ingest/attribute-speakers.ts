/**
 * Stage three of the ingest: who said each sentence. Unqualified forces ("the army",
 * "government forces") are first given to a state; then each speech verb (rules/speech-verbs.ts)
 * finds its speaker: the actor next to it, a coreference ("the ministry", "it"), a capital, or
 * a name the registry does not know.
 */
import type { Span } from '../model/situation';
import { type ActorMention, INSURGENT_NAME, UNREGISTERED_SIDE } from './actors';
import { nameKey } from './gazetteer';
import { BACKED_BY } from './find-unregistered';
import {
  actorOf as reportActorOf,
  addUnregistered,
  entryKey,
  type Report,
  type Sentence,
} from './report';
import { isCourtesy } from './rules/courtesies';
import { INSTITUTION_PATTERN, INSTITUTIONS_BY_DESCRIPTION } from './rules/institutions';
import { BORDER_WITH, isLineLabel } from './rules/participants';
import {
  INVERTING_SPEECH,
  isSpeechVerbAt,
  REPORTING_SPEECH,
  SPEECH,
  WE,
} from './rules/speech-verbs';
import { overlaps } from './text';

/** A capitalised name and the opening parenthesis of its acronym: "the UN Office for … Affairs (". */
const ACRONYM_AFTER_NAME =
  /\p{Lu}[\p{L}'’.-]*(?:\s+(?:of|for|the|and|on|\p{Lu}[\p{L}'’.-]*))*\s+\($/u;
/** A copula right before a speech verb: the passive ("were reported", "is said to"). */
/** Before a speech verb, a relative clause opened after a name and not closed. */
const SAYING_IN_RELATIVE = /\p{L}[\p{L}.)]*,\s+(?:which|who|whom)\s+[^,;:“”"]{1,40}$/u;
/** Before a speech verb, a phrase opened by a participle after a comma and closed by one. */
const PARTICIPLE_PHRASE =
  /,\s+(?!(?:including|excluding|following|according|during|notably|citing)\b)\p{Ll}{3,}ing\b[^,;“”"]*,\s*$/u;
const PASSIVE_BEFORE = /\b(?:is|are|was|were|been|being|be)\s+(?:\w+ly\s+)?$/i;
/**
 * A role between commas after a name, before the verb: "Lt. Col. Jopy Ventura, commander of the
 * 6th Infantry Battalion, said" (group 1 must hold a title word).
 */
const ROLE_APPOSITION =
  /,\s+(?:the\s+|a\s+)?((?:[\p{L}.'’-]+\s+){1,4})(?:of|for|at|in)\s+[^,;“”"]*,\s*$/u;

/** Words that refer back to a speaker named before: "the ministry", "the rebel group", "it". */
const COREF =
  /\b(the (?:[a-z][a-z-]*\s+){0,2}?(ministry|statement|army|military|command|president|group|government|regime|junta|delegation|agency|spokesman|spokeswoman|office|militants|rebels|organi[sz]ation)|it|he|she)\s*$/i;
/** After an inverted speaker, the role that ends the sentence: ", senior researcher at HRW." */
const TRAILING_ROLE = /^,\s+[^,;“”"]{1,90}?(?=[.;]?\s*$)/;
/** Between a body and its speaker: " spokesperson ", "'s defence ministry spokeswoman ", " spokesperson Rear Admiral ". */
const TITLE_RUN = /^(?:['’]s)?\s+((?:[\p{Ll}-]+\s+){1,4})((?:\p{Lu}[\p{L}.]*\s+){0,3})$/u;
/** Before a body someone leads: "the head of the ", "a spokesman for ". */
const HEAD_OF =
  /\b(?:head|chief|director|commander|spokes(?:man|woman|person)|leader|chairman|chairwoman|chair|secretary|president)\s+(?:general\s+)?(?:of|for|at)\s+(?:the\s+)?$/i;
/** From that body to the name after its comma, maybe after a rank: ", Major General ". */
const BEFORE_APPOSED_NAME = /^,\s+(?:\p{Lu}[\p{L}.]*\s+){0,3}$/u;
/** After a day right after a speech verb, what makes the day its object: "declared Wednesday a day of mourning". */
export const DECLARED_DAY = /^\s+an?\s/i;
/**
 * Between a speech verb and the date of the saying, whom it was said to: "told the Munich
 * Security Conference on Saturday", "told reporters in Brussels on Monday" (names, articles
 * and prepositions only: no clause of what was said).
 */
const ADDRESSEE =
  /^\s+(?:(?:the|a|an|of|for|in|at|and|reporters|journalists|lawmakers|parliament|state|media|television|TV|radio)\s+|\p{Lu}[\p{L}'’.-]*\s+){1,8}$/u;
/** Characters a saying's date may stand after its verb, or after whom it was said to. */
const DATE_AFTER_VERB = 30;
const DATE_AFTER_ADDRESSEE = 80;
/** Kinds of actor "he" and "she" may be. */
const PEOPLE_KINDS = ['person', 'official'];
/** Before a name, a word for what kind of body it is: "rights group Foro Penal", "the NGO". */
const GROUP_BEFORE =
  /\b(?:group|organi[sz]ation|NGO|charity|watchdog|monitor|agency|party|movement|coalition|network|union)\s+$/i;
/**
 * Armed forces named without a country: they belong to the country the report is about. Not
 * "the military" as a modifier of what is done or owned: "the military operations", "the
 * army base".
 */
const UNQUALIFIED_FORCES =
  /\b((?:government|regime|pro-government|state) (?:forces|troops|soldiers)|(?<=\bthe )(?:army|military|armed forces|junta's forces|junta(?!['’]s|\s+(?:leaders?|chief|head|government|spokes\w+|officials?|said|says|announced|claimed|stated|denied|told|accused|warned|confirmed|declared)\b))(?!\s+(?:operations?|actions?|campaigns?|offensives?|aid|assistance|spending|budget|bases?|courts?|exercises?|drills?|presence|pressure|escalation|solution|options?|support|cooperation|ties|equipment|hardware|vehicles?|aircraft|installations?|targets?|facilit(?:y|ies)|sites?|rule|coup|service|intervention|build-?up|deployments?)\b))\b/gi;
/** Words for people in general that open no name: "Residents of Poonch said". */
const GENERIC_PEOPLE =
  /^(?:residents|witnesses|officials|sources|doctors|medics|villagers|locals|activists|analysts|diplomats|people|survivors|rescuers|police|soldiers|troops)\b/i;
const OUTLET =
  /\b(?:writes|reports|reported|told)\s+((?:the\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3})\s*[.,]?$/;

/**
 * ", a district commissioner,", ", known as Barbecue,", ", speaking in Tokyo,", ", on a visit to
 * Kyiv,": an apposition or a participle's phrase between a name and its verb.
 */
/** A visit's phrase after a speaker's name: ", on a visit to Kyiv,", ", during his trip to". */
const ON_A_VISIT = String.raw`(?:on|during)\s+(?:a|an|his|her|its|their)\s+(?:[a-z-]+\s+)?(?:visit|trip|tour)`;
const APPOSITION = new RegExp(
  String.raw`^,\s+(?:a|an|the|(?:also\s+|better\s+)?known\s+as|nicknamed|speaking|writing|visiting|addressing|talking|responding|answering|asked|${ON_A_VISIT})\s+[^,;“”"]{1,60},\s*$`,
);

export interface Attribution {
  speaker: string;
  /** The speech verb and the speaker's words around it. */
  clause: Span;
  verb: string;
  /** Where the words were said, when the clause says so ("said in Maputo"): a place key. */
  saidAt?: string;
  /** Others who say the same, named with the speaker ("Egypt, Qatar and Saudi Arabia said"). */
  together?: string[];
  /**
   * The speaker's own phrase away from the verb: "Zelensky, speaking at the Munich Security
   * Conference on Saturday, blamed … and urged": its date is when the words were said.
   */
  phrase?: Span;
}

/** A transcript's speaker label in capitals opening a line: "MR MILLER: ", "QUESTION: ". */
const SPEAKER_LABEL =
  /^(?:(?:MR|MS|MRS|DR)\.?\s+)?\p{Lu}[\p{Lu}'’-]+(?:\s+\p{Lu}[\p{Lu}'’-]+){0,2}:\s/u;
/** Words that say someone else speaks, in a labelled paragraph: "Israel says it struck". */
const SPEECH_CUE = /\b(?:says?|said|told|according to)\b/i;
/** After a speaker's name, a participle's phrase saying where and when it spoke. */
const SPEAKER_PHRASE = new RegExp(
  String.raw`^,\s+(?:speaking|addressing|talking|writing|${ON_A_VISIT})\b[^,;“”"]{1,80},`,
);

/** A state's possessive right before a body's name: "Lebanon's ", "the United States' ". */
const STATE_POSSESSIVE = /(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2})(?:['’]s|s['’])\s+$/u;
/** A title naming the body whose statement follows: "Statement by the Ministry of …". */
const STATEMENT_TITLE =
  /^(?:date\s+\S+\s+)?(?:(?:Press|Joint|Official)\s+)?(?:Statement|Communiqu[eé]|Press [Rr]elease|Declaration|Readout)\s+(?:by|of|from)\s+/i;
/** The body whose statement the report is, from its title: its first party not a state, else its state. */
function documentAuthor(report: Report): string | null {
  const title = report.sentences[0];
  if (!title || !STATEMENT_TITLE.test(report.text.slice(title.start, title.end))) return null;
  const kinds = title.actors.map((a) => ({
    id: a.actorId,
    kind: reportActorOf(report, a.actorId)?.kind,
  }));
  return (kinds.find((a) => a.kind !== 'state') ?? kinds[0])?.id ?? null;
}

/** Between two names of a list: ", ", " and ", ", and ". */
const LIST_JOIN = /^(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?$/;

/** A description opening a sentence, then the comma before the name it describes. */
const DESCRIBED_FIRST = /^\W*(?:the\s+|\p{Lu}[\p{L}.]*['’]s\s+)[^,;“”"]{0,60},\s+$/iu;
/** Before a state, a journey's preposition: "fled to ", "returned from ". */
const STATE_GONE_TO = /\b(?:to|into|from|towards?)\s+(?:the\s+)?$/i;
/** After a speech verb, a participle's phrase that says where: ", speaking at the summit in ". */
const SPEAKING_AFTER_VERB =
  /^(?:\s+(?:on|last)\s+\w+)?,\s+(?:speaking|talking|addressing)\s+(?:[^,;.]{0,60}?\s)?(?:in|at|from)\s+(?:the\s+)?$/i;
/** In a speaker's phrase before the verb, words that say where the speaker spoke: ", speaking in ". */
const SPEAKING_IN = new RegExp(
  String.raw`,\s+(?:(?:speaking|addressing\s+[^,]{1,30}?|talking|visiting|writing)\s+(?:[^,]{0,30}?\s)?(?:in|at|from)|${ON_A_VISIT}\s+(?:to|of|in))\s+(?:the\s+)?$`,
  'i',
);
/**
 * Between a speech verb and the place it was said in: "said in Maputo", "told reporters in
 * Juba", "said at a news conference in Pristina", "said in a statement from Brussels".
 */
const SAID_AT =
  /^\s+(?:(?:reporters|journalists|the press|supporters|lawmakers|parliament)\s+|(?:at|during|in)\s+(?:a|an|the)\s+(?:[\p{Ll}-]+\s+)?(?:news conference|press conference|briefing|statement|speech|interview|rally|meeting|summit|address|ceremony)\s+)?(?:in|from|at)\s+$|^\s[^,;.]{0,40}?\bin\s+(?:[\p{Ll}-]+\s+)?remarks\s+(?:from|in|at)\s+$/u;

/** Sentences back in which armed forces named count as "the army" of a later one. */
const FORCES_LOOKBACK = 3;

/** Finds each sentence's speaker and the outlet that wrote the report. */
export function attributeSpeakers(report: Report): {
  attributions: Map<number, Attribution>;
  outlet: string | null;
} {
  const { text, ctx, sentences, placeEntries, localActors } = report;
  const actorOf = (id: string) => reportActorOf(report, id);
  // "Government forces", "the army": the armed forces of the country the report is about.
  const countryWeight = new Map<string, number>();
  for (const { entry, literal } of placeEntries.values())
    countryWeight.set(entry.country, (countryWeight.get(entry.country) ?? 0) + literal);
  for (const s of sentences)
    for (const a of s.actors) {
      const actor = ctx.actors.actors.get(a.actorId);
      const code =
        actor?.country ?? (actor ? ctx.actors.actors.get(actor.side)?.country : undefined);
      if (code) countryWeight.set(code, (countryWeight.get(code) ?? 0) + 1);
    }
  const mainCountry = [...countryWeight.entries()].sort(
    (a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1),
  )[0]?.[0];
  /** A country's armed forces, where the registry derives them. */
  const forcesOf = (code: string | undefined): string | null => {
    const forces = code ? `${code.toLowerCase()}-armed-forces` : '';
    return ctx.actors.actors.has(forces) ? forces : null;
  };
  const homeForces = forcesOf(mainCountry);
  // "Three Israeli soldiers were killed …, the army said": the army is the one just named (in
  // this sentence or the last few: "Myanmar's military government … A spokesperson for the
  // military").
  // A branch counts as its state's forces: "Israeli air strikes killed … The military said".
  const forcesNamedNear = (
    s: Sentence,
    before: number,
    lookback = FORCES_LOOKBACK,
  ): string | null => {
    for (let i = s.index; i >= Math.max(0, s.index - lookback); i--)
      for (const a of [...sentences[i].actors].reverse()) {
        if (i === s.index && a.end > before) continue;
        if (a.actorId.endsWith('-armed-forces')) return a.actorId;
        if (ctx.actors.actors.get(a.actorId)?.kind !== 'military') continue;
        const own = forcesOf(ctx.actors.countryOf(a.actorId));
        if (own) return own;
      }
    return null;
  };
  /** "near the borders with India and Bangladesh": a neighbour named, not the state meant. */
  const afterBorderWith = (s: Sentence, m: Span) =>
    BORDER_WITH.test(text.slice(Math.max(s.start, m.start - 60), m.start));
  // "Israeli warplanes struck targets deep inside Lebanon, the military said": the forces a
  // branch of which the sentence names; else those of the state just named ("In neighbouring
  // Mali, the army said").
  const forcesOfStateBefore = (s: Sentence, before: number): string | null => {
    const branch = s.actors.find(
      (a) => a.end <= before && ctx.actors.actors.get(a.actorId)?.kind === 'military',
    );
    const own = branch ? forcesOf(ctx.actors.countryOf(branch.actorId)) : null;
    if (own) return own;
    const state = [...s.actors]
      .reverse()
      .find(
        (a) =>
          a.end <= before &&
          ctx.actors.actors.get(a.actorId)?.kind === 'state' &&
          !afterBorderWith(s, a),
      );
    return forcesOf(state ? ctx.actors.countryOf(state.actorId) : undefined);
  };
  // "In Pakistan, militants attacked a checkpoint … The military said": the forces of the
  // country the paragraph's sentences before put things in (a section of a regional summary).
  const forcesOfParagraph = (s: Sentence): string | null => {
    for (let i = s.index - 1; i >= Math.max(0, s.index - FORCES_LOOKBACK); i--) {
      const earlier = sentences[i];
      if (earlier.paragraph !== s.paragraph) break;
      const forces = forcesOf(
        earlier.places.find(
          (p) =>
            p.entry.featureCode === 'PCLI' &&
            p.mention.locative &&
            // "near the border with Venezuela": the neighbour, not where things are.
            !afterBorderWith(earlier, p.mention),
        )?.entry.country,
      );
      if (forces) return forces;
    }
    return null;
  };
  // "HAITI: Gang members attacked a police station … the police said": in a roundup, the
  // country the paragraph's label names (not the report's main one).
  const labels = new Map<number, string | undefined>();
  for (const first of sentences) {
    if (labels.has(first.paragraph)) continue;
    const label = first.actors.find(
      (a) =>
        ctx.actors.actors.get(a.actorId)?.kind === 'state' && isLineLabel(text, first.start, a),
    );
    labels.set(first.paragraph, label ? ctx.actors.countryOf(label.actorId) : undefined);
  }
  const labelCountry = (s: Sentence): string | undefined => labels.get(s.paragraph);
  // "Dissidents clashed with the army in the Cauca department": the forces of the country its
  // sentence puts things in.
  const forcesOfPlaceHere = (s: Sentence): string | null =>
    forcesOf(
      s.places.find(
        (p) =>
          p.mention.use === 'literal' && p.entry.country !== '' && !afterBorderWith(s, p.mention),
      )?.entry.country,
    );
  if (homeForces)
    for (const s of sentences) {
      const body = text.slice(s.start, s.end);
      for (const m of body.matchAll(UNQUALIFIED_FORCES)) {
        const start = s.start + (m.index ?? 0) + m[0].indexOf(m[1]);
        const span = { start, end: start + m[1].length };
        if (s.actors.some((a) => overlaps(a, span))) continue;
        const government = /\b(?:government|regime|state)\b/i.test(m[1]);
        // "Government forces" are of the country a roundup's paragraph is about ("In Somalia,
        // … Government forces said"), else of the report's.
        const actorId =
          (!government &&
            (forcesOfStateBefore(s, start) ?? forcesNamedNear(s, start) ?? forcesOfPlaceHere(s))) ||
          forcesOfParagraph(s) ||
          forcesOf(labelCountry(s)) ||
          homeForces;
        s.actors.push({ ...span, actorId, text: m[1] });
      }
      s.actors.sort((a, b) => a.start - b.start);
    }

  // "The country's parliament", "the National Assembly": the institution of the country the
  // report is about, with its state's side and seat.
  if (mainCountry)
    for (const s of sentences) {
      const homeState = ctx.gazetteer.countries.get(labelCountry(s) ?? mainCountry);
      const owner = homeState ? ctx.actors.actors.get(homeState.id) : undefined;
      if (!homeState || !owner) continue;
      const body = text.slice(s.start, s.end);
      for (const m of body.matchAll(INSTITUTION_PATTERN)) {
        const start = s.start + (m.index ?? 0);
        const span = { start, end: start + m[0].length };
        if (s.actors.some((a) => overlaps(a, span))) continue;
        const row = INSTITUTIONS_BY_DESCRIPTION[m.slice(2).findIndex((g) => g !== undefined)];
        if (!row) continue;
        const actorId = addUnregistered(
          report,
          `${homeState.name} ${row.name}`,
          'organisation',
          owner,
        );
        s.actors.push({ ...span, actorId, text: m[0] });
        s.actors.sort((a, b) => a.start - b.start);
      }
    }

  // Outlet: "... writes Al-Masdar." in the opening sentences.
  let outlet: string | null = null;
  for (const s of sentences.slice(0, 2)) {
    const m = OUTLET.exec(text.slice(s.start, s.end));
    const named = m ? ctx.actors.byAlias(m[1]) : undefined;
    if (m && (!named || ctx.actors.actors.get(named)?.kind === 'media')) {
      outlet = m[1].replace(/^the\s+/i, '');
      break;
    }
  }

  // Attribution: who said each sentence, if anyone.
  let lastSpeaker: string | null = null;
  /** The sentence the last speaker spoke in. */
  let lastSpeakerAt = -1;
  const attributions = new Map<number, Attribution>();
  // "Israeli military spokesperson Rear Admiral": capitalised words after the role are titles.
  const isTitleRun = (gap: string) => {
    const run = TITLE_RUN.exec(gap);
    const words = run ? `${run[1]}${run[2]}`.trim().split(/\s+/) : undefined;
    return (
      words !== undefined &&
      ctx.lexicon.isTitle(words[words.length - 1]) &&
      words.every((w) => /^\p{Ll}/u.test(w) || ctx.lexicon.isTitle(w))
    );
  };
  /** The first answer `pick` gives for the parties named last (up to three sentences back). */
  const recent = (
    s: Sentence,
    before: number,
    pick: (actorId: string) => string | undefined,
    skip?: (a: ActorMention, where: Sentence) => boolean,
  ): string | null => {
    for (let i = s.index; i >= Math.max(0, s.index - 3); i--) {
      const list = sentences[i].actors.filter(
        (a) => (i < s.index || a.end <= before) && !skip?.(a, sentences[i]),
      );
      for (let j = list.length - 1; j >= 0; j--) {
        const found = pick(list[j].actorId);
        if (found) return found;
      }
    }
    return null;
  };
  const recentOfKind = (
    s: Sentence,
    before: number,
    kinds: string[] | null,
    notKinds: string[] = [],
    skip?: (a: ActorMention, where: Sentence) => boolean,
  ): string | null =>
    recent(
      s,
      before,
      (id) => {
        const actor = actorOf(id);
        return actor && (!kinds || kinds.includes(actor.kind)) && !notKinds.includes(actor.kind)
          ? actor.id
          : undefined;
      },
      skip,
    );
  /** A state named as where someone went or came from: "fled to India". */
  const stateAsDestination = (a: ActorMention, where: Sentence) =>
    STATE_GONE_TO.test(text.slice(Math.max(where.start, a.start - 12), a.start));
  /** The state of the last party named (up to three sentences back) that has one. */
  const recentState = (
    s: Sentence,
    before: number,
    skip?: (a: ActorMention, where: Sentence) => boolean,
  ): string | null =>
    recent(
      s,
      before,
      (id) => {
        const code = ctx.actors.countryOf(id);
        return code ? ctx.actors.stateOf(code) : undefined;
      },
      skip,
    );
  // "Statement by the Ministry of Foreign Affairs of …": the body whose statement the text is,
  // who speaks where the text says "we".
  const author = documentAuthor(report);
  /** A transcript's speaker, from a label opening the paragraph ("MR MILLER: …"). */
  let labelled: { speaker: string | null; paragraph: number } | null = null;
  for (const s of sentences) {
    const body = text.slice(s.start, s.end);
    // "MR MILLER: We have made clear …": the label says who speaks the paragraph; "QUESTION:"
    // is a reporter's, and nobody's the report knows.
    const label = SPEAKER_LABEL.exec(body);
    if (label) {
      // A person only: "SUDAN: Shelling killed …" labels a roundup's line, and nobody speaks it.
      const named = s.actors.find(
        (a) =>
          a.start >= s.start + label.index &&
          a.end <= s.start + label[0].length &&
          PEOPLE_KINDS.includes(actorOf(a.actorId)?.kind ?? ''),
      );
      labelled = { speaker: named?.actorId ?? null, paragraph: s.paragraph };
      // "MR MILLER: Good afternoon, everyone.": said to the room, no statement.
      if (named && isCourtesy(body)) continue;
      if (named) {
        attributions.set(s.index, {
          speaker: named.actorId,
          clause: { start: s.start, end: s.start + label[0].length },
          verb: 'said',
        });
        continue;
      }
    } else if (labelled && labelled.paragraph !== s.paragraph) labelled = null;
    if (labelled?.speaker && !SPEECH_CUE.test(body)) {
      if (isCourtesy(body)) continue;
      attributions.set(s.index, {
        speaker: labelled.speaker,
        clause: { start: s.start, end: s.start },
        verb: 'said',
      });
      continue;
    }
    SPEECH.lastIndex = 0;
    const verbs: RegExpExecArray[] = [];
    for (let m = SPEECH.exec(body); m; m = SPEECH.exec(body))
      if (isSpeechVerbAt(m[1], body.slice(m.index + m[0].length), body.slice(0, m.index)))
        verbs.push(m);
    // "X confirmed ..., Y said": the reporting verb ("said") names the source, not the reported one.
    verbs.sort(
      (a, b) =>
        (REPORTING_SPEECH.test(b[1]) ? 1 : 0) - (REPORTING_SPEECH.test(a[1]) ? 1 : 0) ||
        a.index - b.index,
    );
    for (const m of verbs) {
      const verbStart = s.start + m.index;
      const verbEnd = verbStart + m[0].length;
      const verb = m[1].toLowerCase();
      const before = text.slice(s.start, verbStart);
      if (outlet && text.slice(verbEnd, s.end).trim().startsWith(outlet)) continue;
      // "Eritrean troops were reported in several areas": what is reported is not who reports.
      if (PASSIVE_BEFORE.test(before)) continue;
      // "The Resistance Front, which Indian officials say is a proxy of …, claimed": a saying
      // inside a relative clause describes the subject; it is not the sentence's source.
      if (
        before.includes(', wh') &&
        SAYING_IN_RELATIVE.test(before.slice(-80)) &&
        !/^\s*(?:that\b|[“"])/.test(text.slice(verbEnd, s.end))
      )
        continue;
      let speaker: string | null = null;
      let clause: Span = { start: verbStart, end: verbEnd };
      let roleAt: Sentence['places'][number] | undefined;
      /** Who speaks with the speaker, named before it in a list. */
      const together: string[] = [];
      // '…, said Lt. Gen. Douglas Sims': titles may come between the verb and the name.
      const untitled = (gap: string) =>
        gap.replace(/\S+/g, (w) => (ctx.lexicon.isTitle(w) && /^\p{Lu}/u.test(w) ? '' : w));
      /** '…, said Babagana Zulum's spokesman, Dauda Iliya': whose role it is, before the name. */
      const possessedRole = (gap: string) => {
        // Short and with a possessive, or no such phrase (a cheap test first).
        if (gap.length > 90 || !/['’]s\s/.test(gap)) return false;
        const role = POSSESSED_ROLE.exec(gap);
        return role !== null && ctx.lexicon.isTitle(role[1]);
      };
      const after = s.actors.find(
        (a) =>
          a.start >= verbEnd &&
          (a.start - verbEnd <= 5 ||
            untitled(text.slice(verbEnd, a.start)).trim() === '' ||
            possessedRole(text.slice(verbEnd, a.start))),
      );
      const roleApposition = (text: string) => {
        const m = ROLE_APPOSITION.exec(text);
        return m?.[1].split(/\s+/).some((w) => ctx.lexicon.isTitle(w)) ? m : null;
      };
      // "The Three Brotherhood Alliance, which includes the Arakan Army, said": the subject
      // stands before the relative clause.
      const relative =
        /,\s*(?:which|who|whose)\b[^,;“”"]*,\s*$/i.exec(before) ??
        // "The Government of National Unity led by Prime Minister Dbeibah said", "The MSS
        // mission, led by Kenya, said".
        /,?\s(?:led|headed|run|commanded|backed|supported|funded) by\s[^,;“”"]*(?:,\s*)?$/i.exec(
          before,
        ) ??
        // "Zelenskyy, speaking in Kyiv alongside visiting Secretary of State Antony Blinken,
        // said": a participle's phrase between commas tells of the subject before it.
        PARTICIPLE_PHRASE.exec(before) ??
        // "Jopy Ventura, commander of the 6th Infantry Battalion, said": so does a role.
        roleApposition(before);
      const subjectEnd = relative ? s.start + relative.index : verbStart;
      const prior = [...s.actors].reverse().find(
        (a) =>
          a.end <= subjectEnd &&
          (subjectEnd - a.end <= 25 ||
            // "Mohamed Abdi Warsame, a district commissioner, said": an apposition between.
            APPOSITION.test(text.slice(a.end, subjectEnd))) &&
          // "The UN mission in Libya called for": a country after "in" is where, not who.
          !(
            actorOf(a.actorId)?.kind === 'state' &&
            /\b(?:in|at|from|inside|across|throughout)\s+(?:the\s+)?(?:(?:north|south|east|west|central)[a-z-]*\s+)?$/i.test(
              text.slice(s.start, a.start),
            )
          ) &&
          // "… the Gaza Strip and Israel - reported impact | Day 257": a headline's dash or bar
          // ends the name's phrase.
          !/[|]|\s[-–—]\s|:\s/.test(text.slice(a.end, subjectEnd)) &&
          (!/[,;“”"]/.test(text.slice(a.end, subjectEnd)) ||
            APPOSITION.test(text.slice(a.end, subjectEnd)) ||
            // "the head of the centre, Major General Yuri Borenkov, told": a named person
            // closing an apposition right before the verb is its subject.
            (/^,\s*$/.test(text.slice(a.end, subjectEnd)) &&
              (['person', 'official'].includes(actorOf(a.actorId)?.kind ?? '') ||
                // "The Myanmar National Democratic Alliance Army, or MNDAA, said": the
                // other name of the subject closes the apposition.
                /,\s+(?:or|also called)\s+$/.test(
                  text.slice(Math.max(s.start, a.start - 16), a.start),
                ) ||
                // "NATO's peacekeeping force, KFOR, said", "The UN refugee agency, UNHCR,
                // said": the name after a description opening the sentence is its subject.
                DESCRIBED_FIRST.test(text.slice(s.start, a.start)))) ||
            // "The Pakistani Taliban, or Tehrik-e-Taliban Pakistan (TTP), denied": the
            // other name's acronym closes the apposition.
            (/^\),\s*$/.test(text.slice(a.end, subjectEnd)) &&
              /,\s+(?:or|also called|known as)\s+[^,;]*\($/.test(
                text.slice(Math.max(s.start, a.start - 80), a.start),
              ))),
      );
      const asClaim = /\bas\s*$/i.test(text.slice(s.start, prior?.start ?? verbStart));
      if (verb === 'according to' && after) {
        speaker = after.actorId;
        clause = { start: verbStart, end: after.end };
      } else if (
        /^(specifying|saying|adding|claiming|stating|noting|insisting)$/.test(verb) &&
        /,\s*(?:\w+ly\s+|later\s+|also\s+)?$/.test(before)
      ) {
        // ", later specifying that ...": the subject of the main clause speaks.
        const subject = s.actors.find((a) => a.end <= verbStart);
        if (subject) {
          speaker = subject.actorId;
          clause = { start: verbStart, end: verbEnd };
        }
      } else if (prior) {
        // "Blinken spoke with al-Burhan and Dagalo on Monday and urged them": a verb joined by
        // "and" to an earlier predicate has the sentence's subject.
        // "Russia attacked Ukraine and said": so does one right after the object of the first.
        const objectBefore =
          /^\s+(?:and|but)\s+$/.test(text.slice(prior.end, verbStart)) &&
          OBJECT_OF_VERB.test(
            untitled(text.slice(Math.max(s.start, prior.start - 60), prior.start)),
          );
        const subject =
          objectBefore || /\S\s+(?:and|but)\s+$/.test(text.slice(prior.end, verbStart))
            ? sentenceSubject(text, s.actors, s.start)
            : undefined;
        if (objectBefore && !subject) {
          // "Presidential guard detained President Mohamed Bazoum and announced a coup": the
          // object of the first predicate does not speak; its unknown subject does.
        } else if (subject && subject.end <= prior.start) {
          // The subject also did what the first predicate says ("spoke with …"): only the
          // verb is the attribution.
          speaker = subject.actorId;
          clause = { start: verbStart, end: verbEnd };
        } else {
          speaker = prior.actorId;
          // "the UN Office for the Coordination of Humanitarian Affairs (OCHA) said": the name
          // before the speaker's acronym is the speaker's too.
          const named = ACRONYM_AFTER_NAME.exec(text.slice(s.start, prior.start));
          // "The U.N. envoy to Sudan, Volker Perthes, said": so is the description opening the
          // sentence (the UN takes no part in what the envoy tells).
          let start =
            named && text[prior.end] === ')'
              ? s.start + named.index
              : DESCRIBED_FIRST.test(text.slice(s.start, prior.start))
                ? s.start
                : prior.start;
          // "Egypt, Qatar and Saudi Arabia condemned": each of a list speaks.
          if (!named)
            for (let head = prior; ; ) {
              const before = [...s.actors].reverse().find(
                (a) =>
                  a.end <= head.start &&
                  LIST_JOIN.test(text.slice(a.end, head.start)) &&
                  // A list ends with "and": "the envoy for Sudan, Tom Perriello," is none.
                  (head !== prior || /\band\b/.test(text.slice(a.end, head.start))) &&
                  a.actorId !== speaker &&
                  !together.includes(a.actorId),
              );
              if (!before) break;
              together.unshift(before.actorId);
              start = before.start;
              head = before;
            }
          clause = { start: asClaim ? start - 3 : start, end: verbEnd };
        }
      } else if (
        after &&
        INVERTING_SPEECH.test(verb) &&
        (/^\s*(?:the\s+)?$/.test(untitled(text.slice(verbEnd, after.start))) ||
          possessedRole(text.slice(verbEnd, after.start))) &&
        // Inverted after a quote or a clause ("…," said the ministry), not "He said Ukraine had".
        (before.trim() === '' || /[,”"’]\s*$/.test(before))
      ) {
        speaker = after.actorId;
        // '…," said Ilaria Allegrozzi, senior Sahel researcher at Human Rights Watch.': the
        // apposition that ends the sentence is the speaker's too.
        const role = TRAILING_ROLE.exec(text.slice(after.end, s.end));
        clause = { start: verbStart, end: after.end + (role ? role[0].length : 0) };
        // ", a resident of the Al-Salam neighbourhood": where the speaker is.
        roleAt = role
          ? s.places.find(
              (p) =>
                p.mention.start >= after.end &&
                p.mention.end <= clause.end &&
                /\b(?:in|of|from|at)\s+(?:the\s+)?$/.test(text.slice(after.end, p.mention.start)),
            )
          : undefined;
      } else if (
        JOINED_PREDICATE.test(before) &&
        sentenceSubject(text, s.actors, s.start) !== undefined
      ) {
        // "Zelenskiy did not mention the operation in his address but said": a verb joined
        // by "and" or "but" to the first predicate has the sentence's subject.
        speaker = sentenceSubject(text, s.actors, s.start)?.actorId ?? null;
        clause = { start: verbStart, end: verbEnd };
      } else if (author && WE.test(before)) {
        // "We call on the Armenian side to refrain": in a statement by a body, the body.
        speaker = author;
        clause = {
          start: verbStart - (WE.exec(before)?.[0].length ?? 0),
          end: verbEnd,
        };
      } else {
        const capital = /\b([A-Z][a-z]+)\s+$/.exec(before);
        const coref = COREF.exec(before);
        if (capital && ctx.actors.capitals.has(nameKey(capital[1]))) {
          speaker = ctx.actors.capitals.get(nameKey(capital[1])) ?? null;
          clause = { start: verbStart - capital[0].length, end: verbEnd };
        } else if (coref) {
          const what = (coref[2] ?? coref[1]).toLowerCase();
          clause = { start: verbStart - coref[0].length, end: verbEnd };
          /** Who spoke last, for "it" and "he" going on with them. */
          const last: { id: string; kind: string } | undefined = lastSpeaker
            ? actorOf(lastSpeaker)
            : undefined;
          if (what === 'statement') speaker = lastSpeaker;
          else if (what === 'ministry' || what === 'office' || what === 'agency')
            speaker = recentOfKind(s, verbStart, ['ministry']);
          else if (what === 'army' || what === 'military')
            speaker = forcesOfStateBefore(s, verbStart) ?? recentOfKind(s, verbStart, ['military']);
          else if (what === 'command')
            speaker = recentOfKind(s, verbStart, ['military', 'organisation']);
          else if (what === 'president' || what === 'spokesman' || what === 'spokeswoman')
            speaker = recentOfKind(s, verbStart, ['official', 'person']);
          else if (what === 'militants' || what === 'rebels')
            // "The rebels said", after "the United Nations said": the armed group named last.
            speaker =
              recentOfKind(s, verbStart, ['armed_group']) ??
              recentOfKind(s, verbStart, ['organisation', 'international_org']);
          else if (what === 'group' || what === 'organisation' || what === 'organization')
            speaker = recentOfKind(s, verbStart, [
              'armed_group',
              'organisation',
              'international_org',
            ]);
          else if (
            what === 'government' ||
            what === 'regime' ||
            what === 'junta' ||
            what === 'delegation'
          )
            // "Somali forces … recaptured the town …, the government said": the state of the
            // party named last, where no state is named.
            // Not a state someone fled to: "Hasina fled to India … the interim government said".
            speaker =
              recentOfKind(s, verbStart, ['state'], [], stateAsDestination) ??
              recentState(s, verbStart, stateAsDestination) ??
              // None named near: the state of the country the report is about.
              (mainCountry ? (ctx.actors.stateOf(mainCountry) ?? null) : null);
          else if (what === 'it') {
            // "The military said it had struck … It said it was reviewing reports": the last
            // sentence's speaker goes on; else an institution, never a person named since.
            speaker =
              last && lastSpeakerAt === s.index - 1 && !PEOPLE_KINDS.includes(last.kind)
                ? last.id
                : recentOfKind(s, verbStart, null, PEOPLE_KINDS);
          } else if (what === 'he' || what === 'she') {
            // '"Cambodia has violated the law," he told reporters': a person, and the one who
            // spoke last goes on, not a name in the quote or an organisation named since.
            speaker =
              last && lastSpeakerAt >= s.index - 2 && PEOPLE_KINDS.includes(last.kind)
                ? last.id
                : recentOfKind(s, verbStart, PEOPLE_KINDS);
          } else speaker = recentOfKind(s, verbStart, null);
        } else {
          // An organisation or person the registry does not know: "X said", "according to X".
          const run =
            verb === 'according to'
              ? /^\s*((?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:of|for|the|and|[A-Z][\w’'-]*)){0,6})/.exec(
                  text.slice(verbEnd, s.end),
                )
              : /((?:[A-Z][\w’'-]*\s+(?:of|for|the|and)\s+)*(?:[A-Z][\w’'-]*\s+){1,5})$/.exec(
                  // "the governor, Khamis Abakar, accused": the name before an appositive's comma.
                  before.slice(0, subjectEnd - s.start).replace(/,?\s*$/, ' '),
                );
          // "Houthi-run Al Masirah TV said": who runs it describes the body, and is not its name.
          const name = run?.[1]
            ?.trim()
            .replace(/^the\s+/i, '')
            .replace(/^(\S+)\s+(?=\p{Lu})/u, (w, first: string) => (BACKED_BY.test(first) ? '' : w))
            .replace(/\s+(?:of|for|the|and)$/i, '');
          const at0 = name ? text.indexOf(name, verb === 'according to' ? verbEnd : s.start) : -1;
          // "according to Kharkiv Oblast Governor Oleh Syniehubov": the person found in the
          // run after a title is the speaker, not the whole run.
          const inside =
            name && at0 >= 0
              ? s.actors.find((a) => a.start > at0 && a.end <= at0 + name.length)
              : undefined;
          // "Matthew Miller, Department Spokesperson, said": a role after a person's comma is
          // that person's, not a body's name.
          const roleOf =
            name && at0 >= 0 && ctx.lexicon.isTitle(name.split(/\s+/).at(-1) ?? '')
              ? s.actors.find(
                  (a) =>
                    /^,\s+$/.test(text.slice(a.end, at0)) &&
                    PEOPLE_KINDS.includes(actorOf(a.actorId)?.kind ?? ''),
                )
              : undefined;
          if (inside) speaker = inside.actorId;
          else if (roleOf) speaker = roleOf.actorId;
          else if (
            name &&
            name.split(/\s+/).length >= 2 &&
            !ctx.lexicon.isCalendarWord(nameKey(name)) &&
            /^[A-Z]/.test(name) &&
            // "Residents of Poonch said": people, not a name.
            !GENERIC_PEOPLE.test(name) &&
            // "partners in Tawila, North Darfur, reported": a place after a comma is where the
            // speaker is, not who.
            // "in Dhamar and Taizz, said …": nor is a list of places.
            !name.split(/\s+and\s+/).every((part) => ctx.gazetteer.lookup(nameKey(part)).length > 0)
          ) {
            // "Human rights group Foro Penal said": the word before the name says what it is.
            const kind =
              GROUP_BEFORE.test(text.slice(Math.max(s.start, at0 - 24), at0)) ||
              /\b(government|force|ministry|council|committee|agency|organi[sz]ation|observatory|office|commission|union|front|army|forces|party|movement|group|brigades?|corps|command|court|authority|service|guard|network|center|centre|news|times|post|project|programme|program|institute|foundation|initiative|fund|bank)\b/i.test(
                name,
              )
                ? 'organisation'
                : 'person';
            // "Lebanon's Ministry of Public Health said": a body after a state's possessive is
            // that state's, and named with it (another state's ministry is another body).
            const possessive =
              kind === 'organisation' && at0 >= 0
                ? STATE_POSSESSIVE.exec(text.slice(Math.max(s.start, at0 - 40), at0))
                : null;
            const owner = possessive
              ? ctx.actors.stateNames.get(nameKey(possessive[1]))
              : undefined;
            const at = owner && possessive ? at0 - possessive[0].length : at0;
            const fullName = owner ? text.slice(at, at0 + name.length) : name;
            if (owner) s.actors = s.actors.filter((a) => !overlaps(a, { start: at, end: at0 }));
            // "The Ethiopian National Defense Force said": a name opening with a demonym is
            // that state's.
            const state =
              owner ??
              (INSURGENT_NAME.test(name)
                ? undefined
                : ctx.actors.stateNames.get(nameKey(name.split(/\s+/)[0])));
            speaker = addUnregistered(
              report,
              fullName,
              kind,
              state && kind === 'organisation' ? ctx.actors.actors.get(state) : undefined,
            );
            if (at >= 0) {
              s.actors.push({
                start: at,
                end: at + fullName.length,
                actorId: speaker,
                text: fullName,
              });
              s.actors.sort((a, b) => a.start - b.start);
              // "The U.N. envoy to Sudan, Volker Perthes, said": the description opening the
              // sentence is the speaker's too.
              const from = DESCRIBED_FIRST.test(text.slice(s.start, at)) ? s.start : at;
              clause = {
                start: Math.min(from, verbStart),
                end: Math.max(at + fullName.length, verbEnd),
              };
            }
          }
        }
      }
      if (speaker) {
        // "the U.S. Central Command said": the country named before the speaker is the
        // speaker's, not a party to what is reported; an unregistered speaker takes its side.
        const named = s.actors.find((a) => a.actorId === speaker && overlaps(a, clause));
        const owner =
          named &&
          s.actors.find(
            (a) =>
              a.end <= named.start &&
              /^\.?\s*$/.test(text.slice(a.end, named.start)) &&
              actorOf(a.actorId)?.kind === 'state',
          );
        // "Thai army spokesperson Winthai Suvaree said": the body a speaker speaks for is in the
        // attribution, not a party to what is said.
        const body =
          named &&
          !owner &&
          s.actors.find(
            (a) =>
              a.end <= named.start &&
              a.actorId !== speaker &&
              (isTitleRun(text.slice(a.end, named.start)) ||
                // "the head of the Russian Centre for Reconciliation, Major General Yuri
                // Borenkov, told": the body the speaker heads, before the name's comma.
                (HEAD_OF.test(text.slice(Math.max(s.start, a.start - 40), a.start)) &&
                  BEFORE_APPOSED_NAME.test(text.slice(a.end, named.start)))),
          );
        if (body) clause = { start: Math.min(body.start, clause.start), end: clause.end };
        if (owner) {
          clause = { start: Math.min(owner.start, clause.start), end: clause.end };
          const local = localActors.get(speaker);
          // "The Myanmar National Democratic Alliance Army said": an insurgent's name holds a
          // country's, but the group is not that state's.
          if (local && local.side === UNREGISTERED_SIDE.id && !INSURGENT_NAME.test(local.name))
            local.side = actorOf(owner.actorId)?.side ?? local.side;
        }
        // "said at a news conference in Pristina": the place belongs to the saying too.
        // "Blinken, speaking in Tokyo, said": so does a place the speaker's phrase names.
        const at =
          roleAt ??
          s.places.find(
            (p) =>
              p.mention.end <= verbStart &&
              // "speaking at the Munich Security Conference": a meeting named by its city.
              p.mention.use !== 'metonymic' &&
              SPEAKING_IN.test(
                text.slice(Math.max(s.start, p.mention.start - 40), p.mention.start),
              ) &&
              // "Zelensky, speaking at the Munich Security Conference on Saturday, blamed …
              // and urged": the phrase may go on after the place, and the verb be a later one.
              /^[^,;]{0,40},/.test(text.slice(p.mention.end, verbStart)),
          ) ??
          (clause.end >= verbEnd
            ? s.places.find(
                (p) =>
                  p.mention.start >= clause.end &&
                  p.mention.use === 'literal' &&
                  (SAID_AT.test(text.slice(clause.end, p.mention.start)) ||
                    // "Guterres warned on Saturday, speaking at the African Union summit in
                    // Addis Ababa, that …": the phrase after the verb.
                    (p.mention.start - clause.end <= 90 &&
                      SPEAKING_AFTER_VERB.test(text.slice(clause.end, p.mention.start)))),
              )
            : undefined);
        if (at) clause = { start: clause.start, end: Math.max(clause.end, at.mention.end) };
        // "said in a statement on Saturday": the date belongs to the saying.
        const tail = s.dates.find(
          (d) =>
            d.start >= clause.end &&
            (d.start - clause.end <= DATE_AFTER_VERB ||
              (d.start - clause.end <= DATE_AFTER_ADDRESSEE &&
                ADDRESSEE.test(text.slice(clause.end, d.start)))) &&
            !/[,;]/.test(text.slice(clause.end, d.start)) &&
            !DECLARED_DAY.test(text.slice(d.end, d.end + 4)),
        );
        if (tail && clause.end >= verbEnd) clause = { start: clause.start, end: tail.end };
        const subject = s.actors.filter((a) => a.actorId === speaker && a.end <= verbStart).at(-1);
        const phrase = subject ? SPEAKER_PHRASE.exec(text.slice(subject.end, verbStart)) : null;
        attributions.set(s.index, {
          speaker,
          clause,
          verb,
          ...(subject && phrase && subject.end + phrase[0].length < clause.start
            ? { phrase: { start: subject.end, end: subject.end + phrase[0].length } }
            : {}),
          ...(at ? { saidAt: entryKey(at.entry) } : {}),
          ...(together.length > 0 ? { together } : {}),
        });
        lastSpeaker = speaker;
        lastSpeakerAt = s.index;
        break;
      }
    }
  }
  return { attributions, outlet };
}

/**
 * The actor a sentence opens with, as the head of its subject: "U.S. Secretary of State Antony
 * Blinken" is Blinken (actors joined only by capitalised words, "of" and dots).
 */
/** After an inverted speech verb, a role and whose it is, then a name: " Zulum's spokesman, ". */
const POSSESSED_ROLE =
  /^\s+(?:the\s+)?[^,;.“”"]{1,50}?['’]s\s+(?:[\p{L}-]+\s+){0,2}?([\p{L}-]+),?\s+$/u;

/** Before a verb, "and" or "but" joining it to the predicate before: "… but said", "and later told". */
const JOINED_PREDICATE = /[\p{L}\d.”"’)]\s+(?:and|but)\s+(?:(?:\w+ly|also|later|then)\s+)?$/u;

/** Before a party, a verb it is the object of: "detained " (President Mohamed Bazoum). */
const OBJECT_OF_VERB = /\s\p{Ll}{3,}ed\s+(?:the\s+)?$/u;

export function sentenceSubject(
  text: string,
  actors: readonly ActorMention[],
  sentenceStart: number,
): ActorMention | undefined {
  const sorted = [...actors].sort((a, b) => a.start - b.start);
  // "Niger: Presidential guard detained …": a line's label is not its subject.
  let from = sentenceStart;
  if (sorted[0] && isLineLabel(text, sentenceStart, sorted[0])) from = sorted.shift()?.end ?? from;
  let head = sorted[0];
  if (!head || !/^[\W\d]*(?:\p{Lu}[\p{L}.'’-]*\s+)*$/u.test(text.slice(from, head.start)))
    return undefined;
  for (const next of sorted.slice(1)) {
    if (
      !/^[.'’s]*\s+(?:(?:\p{Lu}[\p{L}.'’-]*|of|the)\s+)*$/u.test(text.slice(head.end, next.start))
    )
      break;
    head = next;
  }
  return head;
}
