/**
 * Speech verbs as rows: each one form, what it does, and the sentence it exists for. The
 * attribution stage builds its patterns from this table, and `speech-verbs.test.ts` ingests
 * every example and checks who speaks. Adding a speech verb is adding a row.
 */
export interface SpeechVerb {
  /** The form as written in the text (lower case; may be two words: "told reporters"). */
  form: string;
  /**
   * A reporting verb: it names the source of the sentence and wins over a reported one ("X
   * confirmed …, Y said": Y speaks). What it reports has a tense of its own.
   */
  reporting: boolean;
  /** Puts its speaker after it in reported speech ("…," said the ministry). */
  inverting: boolean;
  /** A sentence with the verb, and the actor id the ingest must find speaking in it. */
  example: string;
  speaker: string;
  /** What must follow the form for it to be a verb ("states that"; "Chin states," is a noun). */
  onlyBefore?: RegExp;
  /** What must come before it: a body's own "We" ("We call on"; "plans to call on" is a visit). */
  onlyAfter?: RegExp;
}

/** "We" opening a clause, maybe with an adverb: a body speaking in its own statement. */
export const WE =
  /(?:^|[.;:]\s+|\n)\s*We\s+(?:(?:also|again|once again|strongly|firmly|further|hereby|resolutely|categorically)\s+){0,2}$/;
/** A statement by a body, whose "we" the example's last sentence is. */
const STATEMENT_BY = 'Statement by the Turkish Foreign Ministry\n\n';

export const SPEECH_VERBS: SpeechVerb[] = [
  {
    form: 'said',
    reporting: true,
    inverting: true,
    example: '“The talks failed,” said the Turkish Foreign Ministry.',
    speaker: 'tr-foreign-ministry',
  },
  {
    form: 'says',
    reporting: true,
    inverting: true,
    example: 'Turkey says its troops will stay in Idlib.',
    speaker: 'turkey',
  },
  {
    form: 'say',
    reporting: true,
    inverting: false,
    example: 'Russian officials say the convoy was attacked near Idlib.',
    speaker: 'russia',
  },
  {
    form: 'stated',
    reporting: true,
    inverting: true,
    example: 'The Russian Foreign Ministry stated that the talks in Ankara had ended.',
    speaker: 'ru-foreign-ministry',
  },
  {
    form: 'states',
    reporting: true,
    inverting: false,
    // "in Rakhine and Chin states, according to …", "Gulf states said": the noun.
    onlyBefore: /^\s*(?:that\b|[“"]|:)/,
    example: 'The Kremlin states that the talks in Ankara will go on.',
    speaker: 'russia',
  },
  {
    form: 'told reporters',
    reporting: true,
    inverting: false,
    example: 'Erdogan told reporters in Ankara that Turkey would not retreat.',
    speaker: 'erdogan',
  },
  {
    form: 'told',
    reporting: true,
    inverting: false,
    example: 'Lavrov told a news conference in Moscow that the talks had failed.',
    speaker: 'lavrov',
  },
  {
    form: 'tells',
    reporting: true,
    inverting: false,
    example: 'Erdogan tells parliament in Ankara that Turkey will act.',
    speaker: 'erdogan',
  },
  {
    form: 'announced',
    reporting: true,
    inverting: false,
    example: 'The Turkish Defence Ministry announced that two soldiers died in Idlib.',
    speaker: 'tr-defense-ministry',
  },
  {
    form: 'announces',
    reporting: false,
    inverting: false,
    example: 'Turkey announces new measures in Idlib.',
    speaker: 'turkey',
  },
  {
    form: 'claimed',
    reporting: true,
    inverting: true,
    example:
      'The Russian Defence Ministry claimed that the soldiers were among militants in Idlib.',
    speaker: 'ru-defense-ministry',
  },
  {
    form: 'claims',
    reporting: true,
    inverting: false,
    example: 'Ankara claims the strike in Idlib killed no civilians.',
    speaker: 'turkey',
  },
  {
    form: 'claim',
    reporting: true,
    inverting: false,
    example: 'Turkish officials claim the convoy in Idlib was struck.',
    speaker: 'turkey',
  },
  {
    form: 'reported',
    reporting: true,
    inverting: true,
    example: 'The Syrian Observatory for Human Rights reported fighting in Saraqib.',
    speaker: 'sohr',
  },
  {
    form: 'informed',
    reporting: true,
    inverting: false,
    example: 'The Russian Defence Ministry informed journalists that Saraqib had been retaken.',
    speaker: 'ru-defense-ministry',
  },
  {
    form: 'wrote',
    reporting: true,
    inverting: true,
    example: 'Erdogan wrote on social media that Turkey would respond in Idlib.',
    speaker: 'erdogan',
  },
  {
    form: 'writes',
    reporting: true,
    inverting: true,
    example: 'Erdogan writes that Turkey will respond in Idlib.',
    speaker: 'erdogan',
  },
  {
    form: 'reads',
    reporting: true,
    inverting: true,
    example:
      'The statement of the Turkish Foreign Ministry reads that Turkey will respond in Idlib.',
    speaker: 'tr-foreign-ministry',
  },
  {
    form: 'according to',
    reporting: true,
    inverting: false,
    example: 'Two soldiers died in Idlib, according to the Turkish Defence Ministry.',
    speaker: 'tr-defense-ministry',
  },
  {
    form: 'quoted',
    reporting: true,
    inverting: false,
    example: 'Lavrov was quoted as saying that the talks in Ankara had failed.',
    speaker: 'lavrov',
  },
  {
    form: 'noted',
    reporting: false,
    inverting: true,
    example: 'Lavrov noted that the talks in Ankara had failed.',
    speaker: 'lavrov',
  },
  {
    form: 'added',
    reporting: false,
    inverting: true,
    example: 'Erdogan added that Turkey would not leave Idlib.',
    speaker: 'erdogan',
  },
  {
    form: 'stressed',
    reporting: false,
    inverting: true,
    example: 'Lavrov stressed that the talks in Ankara must go on.',
    speaker: 'lavrov',
  },
  {
    form: 'insisted',
    reporting: false,
    inverting: true,
    example: 'Erdogan insisted that Turkey would stay in Idlib.',
    speaker: 'erdogan',
  },
  {
    form: 'denied',
    reporting: false,
    inverting: false,
    example: 'The Russian Defence Ministry denied that its aircraft struck Idlib.',
    speaker: 'ru-defense-ministry',
  },
  {
    form: 'denies',
    reporting: false,
    inverting: false,
    example: 'Moscow denies that its aircraft struck Idlib.',
    speaker: 'russia',
  },
  {
    form: 'warned',
    reporting: false,
    inverting: false,
    example: 'Erdogan warned that Turkey would strike in Idlib.',
    speaker: 'erdogan',
  },
  {
    form: 'confirmed',
    reporting: false,
    inverting: true,
    example: 'The Turkish Defence Ministry confirmed that two soldiers died in Idlib.',
    speaker: 'tr-defense-ministry',
  },
  {
    form: 'declared',
    reporting: false,
    inverting: true,
    // "declared a state of emergency", "declared a curfew": an act, not a saying.
    onlyBefore:
      /^(?!\s+(?:(?:a|an|the|its|their)\s+)?(?:[\w-]+\s+){0,3}?(?:state of (?:emergency|siege|alert|war)|emergency|curfew|martial law|war|ceasefire|truce|lockdown|mourning|disaster zone|no-fly zone|(?:national\s+)?holiday)\b)/i,
    example: 'Erdogan declared that Turkey would stay in Idlib.',
    speaker: 'erdogan',
  },
  {
    // "called the incursion “a large-scale provocation”": what a thing is called, quoted.
    form: 'called',
    reporting: false,
    inverting: false,
    onlyBefore: /^\s+(?:[\p{L}'’-]+\s+){1,6}?[“"]/u,
    example: 'Putin called the incursion “a large-scale provocation” in Moscow.',
    speaker: 'putin',
  },
  {
    form: 'accused',
    reporting: false,
    inverting: false,
    example: 'The Turkish Defence Ministry accused Syria of shelling its posts in Idlib.',
    speaker: 'tr-defense-ministry',
  },
  {
    form: 'alleged',
    reporting: false,
    inverting: false,
    example: 'Lavrov alleged that militants in Idlib had drones.',
    speaker: 'lavrov',
  },
  {
    form: 'argued',
    reporting: false,
    inverting: false,
    example: 'Lavrov argued that the talks in Ankara had failed.',
    speaker: 'lavrov',
  },
  {
    form: 'explained',
    reporting: false,
    inverting: true,
    example: 'Lavrov explained that the talks in Ankara had failed.',
    speaker: 'lavrov',
  },
  {
    form: 'specified',
    reporting: false,
    inverting: false,
    example: 'Lavrov specified that the talks in Ankara had ended.',
    speaker: 'lavrov',
  },
  {
    form: 'specifying',
    reporting: false,
    inverting: false,
    example: 'Lavrov spoke of the talks in Ankara, specifying that they had ended.',
    speaker: 'lavrov',
  },
  {
    form: 'saying',
    reporting: false,
    inverting: false,
    example: 'Erdogan spoke in Ankara, saying that Turkey would act in Idlib.',
    speaker: 'erdogan',
  },
  {
    form: 'adding',
    reporting: false,
    inverting: false,
    example: 'Lavrov spoke in Moscow, adding that the talks had failed.',
    speaker: 'lavrov',
  },
  {
    form: 'claiming',
    reporting: false,
    inverting: false,
    example: 'Lavrov spoke in Moscow, claiming that the talks had failed.',
    speaker: 'lavrov',
  },
  {
    form: 'stating',
    reporting: false,
    inverting: false,
    example: 'Lavrov spoke in Moscow, stating that the talks had failed.',
    speaker: 'lavrov',
  },
  {
    form: 'noting',
    reporting: false,
    inverting: false,
    example: 'Lavrov spoke in Moscow, noting that the talks had failed.',
    speaker: 'lavrov',
  },
  {
    form: 'insisting',
    reporting: false,
    inverting: false,
    example: 'Erdogan spoke in Ankara, insisting that Turkey would stay.',
    speaker: 'erdogan',
  },
  {
    form: 'urged',
    reporting: false,
    inverting: false,
    example: 'Guterres urged both sides to halt the fighting in Idlib.',
    speaker: 'guterres',
  },
  {
    form: 'urges',
    reporting: false,
    inverting: false,
    example: 'Guterres urges both sides to halt the fighting in Idlib.',
    speaker: 'guterres',
  },
  {
    form: 'vowed',
    reporting: false,
    inverting: false,
    example: 'Erdogan vowed to respond in Idlib.',
    speaker: 'erdogan',
  },
  {
    form: 'pledged',
    reporting: false,
    inverting: false,
    example: 'Erdogan pledged to keep troops in Idlib.',
    speaker: 'erdogan',
  },
  {
    form: 'condemned',
    reporting: false,
    inverting: false,
    example: 'Guterres condemned the shelling of Idlib.',
    speaker: 'guterres',
  },
  {
    form: 'condemns',
    reporting: false,
    inverting: false,
    example: 'Guterres condemns the shelling of Idlib.',
    speaker: 'guterres',
  },
  {
    form: 'welcomed',
    reporting: false,
    inverting: false,
    example: 'Guterres welcomed the ceasefire in Idlib.',
    speaker: 'guterres',
  },
  {
    form: 'welcomes',
    reporting: false,
    inverting: false,
    example: 'Turkey welcomes the ceasefire in Idlib.',
    speaker: 'turkey',
  },
  {
    form: 'reaffirmed',
    reporting: false,
    inverting: false,
    example: 'Erdogan reaffirmed that Turkey would stay in Idlib.',
    speaker: 'erdogan',
  },
  {
    form: 'reaffirms',
    reporting: false,
    inverting: false,
    example: 'Chad reaffirms its support for mediation in Khartoum.',
    speaker: 'chad',
  },
  {
    // "expressed concern", "expressed regret": a view said; not "expressed mail".
    form: 'expressed',
    reporting: false,
    inverting: false,
    onlyBefore:
      /^\s+(?:(?:its|his|her|their|deep|grave|serious|great)\s+)*(?:concern|alarm|regret|hope|support|solidarity|condolences|sorrow|outrage|dismay)\b/,
    example: 'The Turkish Foreign Ministry expressed deep concern over the shelling of Idlib.',
    speaker: 'tr-foreign-ministry',
  },
  {
    form: 'deplored',
    reporting: false,
    inverting: false,
    example: 'Guterres deplored the shelling of Idlib.',
    speaker: 'guterres',
  },
  {
    // A body's statement in its own words: "The European Union is gravely concerned by …".
    form: 'is gravely concerned',
    reporting: false,
    inverting: false,
    example: 'The European Union is gravely concerned by the violence in Israel and Gaza.',
    speaker: 'eu',
  },
  {
    form: 'is deeply concerned',
    reporting: false,
    inverting: false,
    example:
      'The International Committee of the Red Cross is deeply concerned by the shelling of Goris.',
    speaker: 'icrc',
  },
  {
    form: 'called on',
    reporting: false,
    inverting: false,
    example: 'Guterres called on both sides to halt the fighting in Idlib.',
    speaker: 'guterres',
  },
  {
    form: 'calls on',
    reporting: false,
    inverting: false,
    example: 'Guterres calls on both sides to halt the fighting in Idlib.',
    speaker: 'guterres',
  },
  {
    form: 'appealed for',
    reporting: false,
    inverting: false,
    example: 'Guterres appealed for calm in Idlib.',
    speaker: 'guterres',
  },
  {
    form: 'appealed to',
    reporting: false,
    inverting: false,
    example: 'Guterres appealed to both sides to spare civilians in Idlib.',
    speaker: 'guterres',
  },
  {
    form: 'called for',
    reporting: false,
    inverting: false,
    example: 'Guterres called for a ceasefire in Idlib.',
    speaker: 'guterres',
  },
  {
    form: 'calls for',
    reporting: false,
    inverting: false,
    example: 'Guterres calls for a ceasefire in Idlib.',
    speaker: 'guterres',
  },
];

// A body's own voice in its statement: "We call on both sides", "We strongly condemn".
SPEECH_VERBS.push(
  ...[
    'call on both sides to halt the shelling of Idlib.',
    'condemn the shelling of Idlib.',
    'urge both sides to stop the shelling of Idlib.',
    'reiterate our support for the ceasefire in Idlib.',
    'welcome the ceasefire in Idlib.',
    'demand an end to the shelling of Idlib.',
    'reject the claims about Idlib.',
    'express concern over the shelling of Idlib.',
  ].map((words) => ({
    form: words.startsWith('call on') ? 'call on' : words.split(' ')[0],
    reporting: false,
    inverting: false,
    example: `${STATEMENT_BY}We ${words}`,
    speaker: 'tr-foreign-ministry',
    onlyAfter: WE,
  })),
);

const alternation = (rows: SpeechVerb[]) =>
  rows
    .map((r) => r.form)
    .sort((a, b) => b.length - a.length)
    .join('|');

/**
 * Right before a speech verb, a denial that anything was said: "has not said whether he will
 * attend", "declined to say", "would not comment".
 */
export const NOT_SAID =
  /\b(?:not|never|n[’']t|declined to|refused to|yet to)\s+(?:(?:yet|publicly|immediately|officially|formally|directly)\s+)?$/i;

/**
 * Whether a speech verb's form found in the text is the verb there, by what follows it and
 * what stands before it: no saying that is denied.
 */
export function isSpeechVerbAt(form: string, after: string, before = ''): boolean {
  const row = SPEECH_VERBS.find((r) => r.form === form.toLowerCase());
  return (
    !NOT_SAID.test(before.slice(-40)) &&
    (!row?.onlyBefore || row.onlyBefore.test(after)) &&
    (!row?.onlyAfter || row.onlyAfter.test(before))
  );
}

/**
 * Any speech verb, as a whole word (global: for `exec` loops). In lower case only ("Said" is a
 * name), but for "According to", which opens sentences.
 */
export const SPEECH = new RegExp(`\\b(${alternation(SPEECH_VERBS)}|According to)\\b`, 'g');
/** A reporting verb, the whole match. */
export const REPORTING_SPEECH = new RegExp(
  `^(${alternation(SPEECH_VERBS.filter((r) => r.reporting))})$`,
  'i',
);
/** A verb that puts its speaker after it, the whole match. */
export const INVERTING_SPEECH = new RegExp(
  `^(${alternation(SPEECH_VERBS.filter((r) => r.inverting))})$`,
);
