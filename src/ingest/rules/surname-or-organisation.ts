/**
 * A one-word name of an organisation that is also someone's surname ("Wagner"): read by its
 * context. Each row is one context, with the sentence it exists for and what the name is there;
 * `surname-or-organisation.test.ts` ingests every example. A context that names the
 * organisation ("Wagner fighters") wins over one that names a person.
 */
import type { Lexicon } from '../lexicon';
import type { Token } from '../text';

export type NameReading = 'person' | 'organisation';

export interface NameContext {
  id: string;
  reading: NameReading;
  /** Does this context hold for the name at `tokens[i]`? */
  holds(tokens: Token[], i: number, facts: NameFacts): boolean;
  example: string;
}

/** What the rules may ask about words around the name. */
export interface NameFacts {
  lexicon: Lexicon;
  /** Surnames of people the report has named in full before this sentence. */
  knownSurname(word: string): boolean;
}

/** Nouns after an organisation's name that make it the organisation: "Wagner fighters". */
const MEMBERS =
  /^(?:group|groups|fighters?|mercenar(?:y|ies)|forces?|troops|units?|commanders?|chief|boss|founder|contractors?|pmc|members?|militants?|men|personnel|soldiers?|operatives?|instructors?|presence|deployment)$/i;

const previous = (tokens: Token[], i: number): Token | undefined =>
  i > 0 && tokens[i].start - tokens[i - 1].end === 1 ? tokens[i - 1] : undefined;

const capitalised = (t: Token | undefined): t is Token => !!t && /^\p{Lu}/u.test(t.text);

export const NAME_CONTEXTS: NameContext[] = [
  {
    id: 'members after the name',
    reading: 'organisation',
    holds: (tokens, i) => MEMBERS.test(tokens[i + 1]?.text ?? ''),
    example:
      'German Foreign Minister Johann Wagner visited Bamako on Monday. Wagner fighters attacked the village of Moura on Sunday.',
  },
  {
    id: 'a title before the name',
    reading: 'person',
    holds: (tokens, i, { lexicon }) => {
      const p = previous(tokens, i);
      return capitalised(p) && lexicon.isTitle(p.text);
    },
    example: 'In Berlin, Minister Wagner said on Monday that the ceasefire must hold.',
  },
  {
    id: 'a given name before the name',
    reading: 'person',
    holds: (tokens, i, { lexicon }) => {
      const p = previous(tokens, i);
      // "Will Hamas accept": a capitalised auxiliary is no given name.
      return (
        capitalised(p) &&
        lexicon.isGivenName(p.text.toLowerCase()) &&
        !lexicon.isVerb(p.text) &&
        !lexicon.isDemonym(p.text.toLowerCase())
      );
    },
    example:
      'German Foreign Minister Johann Wagner said at the UN in New York that the ceasefire must hold.',
  },
  {
    id: 'the surname of a person named before',
    reading: 'person',
    holds: (tokens, i, { knownSurname }) => knownSurname(tokens[i].text),
    example:
      'German Foreign Minister Johann Wagner arrived in New York on Monday. Wagner said the ceasefire must hold.',
  },
];

/**
 * How the context reads a one-word organisation name at `tokens[i]`: the first organisation
 * context that holds, else the first person context, else null (no context: the registry's
 * reading stands).
 */
export function readName(tokens: Token[], i: number, facts: NameFacts): NameReading | null {
  const held = NAME_CONTEXTS.filter((c) => c.holds(tokens, i, facts));
  if (held.some((c) => c.reading === 'organisation')) return 'organisation';
  return held.length > 0 ? 'person' : null;
}
