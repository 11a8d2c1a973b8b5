import nlp from 'compromise';

/**
 * Word knowledge the place finder needs: which capitalised words are common English words,
 * given names, titles, weekdays and months, or demonyms. Given names and common words come
 * from compromise's lexicon (about 25,000 entries); the rest are short lists of our own.
 */
export interface Lexicon {
  isGivenName(key: string): boolean;
  /** A given name or a surname ("Truman", "Campbell", "Obama"). */
  isPersonName(key: string): boolean;
  isTitle(word: string): boolean;
  isCalendarWord(key: string): boolean;
  isDemonym(key: string): boolean;
  /** A common word that happens to be a place name somewhere ("Deputy", "Council", "May"). */
  isCommonWord(key: string): boolean;
  /** A verb form ("denies", "poured", "had"): a capital before it is a government acting. */
  isVerb(word: string): boolean;
}

const TITLES = (
  'president presidents minister ministers mr mrs ms dr gen general lt col colonel major maj capt captain sgt sergeant ' +
  'admiral commander chief spokesman spokeswoman spokesperson envoy ambassador secretary king queen prince princess ' +
  'sheikh emir sultan senator sen rep governor gov mayor premier chancellor pope cardinal bishop imam ayatollah judge ' +
  'deputy director head leader chairman chairwoman officer lieutenant marshal brigadier brig pm fm mp saint former ' +
  'adviser advisor aide negotiator ombudsman commissioner prosecutor sheriff coroner professor prof ' +
  'researcher analyst coordinator representative administrator correspondent ' +
  'rev reverend det detective const cst constable insp inspector supt superintendent cpl corporal trooper cabinet rear vice'
).split(' ');
const CALENDAR = (
  'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august ' +
  'september october november december jan feb mar apr jun jul aug sep sept oct nov dec today yesterday tomorrow'
).split(' ');
/** Tags of compromise's lexicon that mark a word as a name of a place or a proper noun. */
const PROPER_TAGS = new Set([
  'City',
  'Country',
  'Region',
  'Place',
  'ProperNoun',
  'Demonym',
  'Organization',
  'SportsTeam',
]);
const VERB_TAGS = new Set([
  'Verb',
  'PastTense',
  'PresentTense',
  'Infinitive',
  'Auxiliary',
  'Modal',
  'Copula',
  'Gerund',
  'Participle',
]);
const GIVEN_TAGS = new Set(['MaleName', 'FemaleName', 'FirstName', 'Person']);
const NAME_TAGS = new Set([
  'MaleName',
  'FemaleName',
  'FirstName',
  'Person',
  'LastName',
  'Honorific',
]);
/** Frequent words of news text that the lexicon lacks and that name towns somewhere. */
const EXTRA_COMMON = (
  'security council union forces force army police government ministry parliament court office state states ' +
  'republic kingdom national central north south east west northern southern eastern western new old ' +
  'independence liberty victory freedom unity hope progress justice peace march media news press ' +
  'reuters agency statement summary source sources officials minister deputy special friday said none'
).split(' ');

export function createLexicon(demonyms: Iterable<string> = []): Lexicon {
  const lexicon = (
    nlp as unknown as {
      world: () => { model: { one: { lexicon: Record<string, string | string[]> } } };
    }
  ).world().model.one.lexicon;
  const tags = (key: string): string[] => {
    const t = lexicon[key];
    return t === undefined ? [] : Array.isArray(t) ? t : [t];
  };
  const titles = new Set(TITLES);
  const calendar = new Set(CALENDAR);
  const extra = new Set(EXTRA_COMMON);
  const demonymSet = new Set<string>();
  for (const d of demonyms) if (d) demonymSet.add(d.toLowerCase());
  return {
    isGivenName: (key) => tags(key).some((t) => GIVEN_TAGS.has(t)),
    isPersonName: (key) => tags(key).some((t) => GIVEN_TAGS.has(t) || t === 'LastName'),
    isTitle: (word) => {
      // Asked of nearly every word of a report: no pattern, one lower-casing.
      const w = word.toLowerCase();
      return titles.has(w.endsWith('.') ? w.slice(0, -1) : w);
    },
    isCalendarWord: (key) => calendar.has(key),
    isDemonym: (key) => demonymSet.has(key) || tags(key).includes('Demonym'),
    isVerb: (word) => tags(word.toLowerCase()).some((t) => VERB_TAGS.has(t)),
    isCommonWord: (key) => {
      if (extra.has(key) || titles.has(key) || calendar.has(key)) return true;
      const t = tags(key);
      return t.length > 0 && !t.some((x) => PROPER_TAGS.has(x) || NAME_TAGS.has(x));
    },
  };
}
