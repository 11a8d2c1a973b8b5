/**
 * Words a speaker says to the room, not about the world: a transcript's "Good afternoon,
 * everyone." or "Thank you." is no statement, though the label before it says who speaks.
 * Each row: the words (a regular-expression source, matched without regard to capitals as the
 * whole sentence, after any speaker label, with the names or "everyone" it is said to) and the
 * sentence it exists for; `courtesies.test.ts` runs every example.
 */
export interface Courtesy {
  words: string;
  example: string;
}

export const COURTESIES: Courtesy[] = [
  {
    words: 'good (?:morning|afternoon|evening|day)',
    example: 'MR MILLER: Good afternoon, everyone.',
  },
  {
    words: 'thanks?(?: you)?(?: (?:so |very )?much)?(?: for (?:having|joining) (?:me|us))?',
    example: 'Thank you so much, Matt.',
  },
  { words: 'hello|hi|welcome(?: back)?', example: 'MS JEAN-PIERRE: Hello, everybody.' },
  {
    words: 'go ahead|next question|(?:one|a|the) last (?:one|question)|okay|all right',
    example: 'MR PATEL: Go ahead, Said.',
  },
  {
    words: "nice to (?:see|meet) you(?: all)?|(?:it is|it’s|it's) good to be (?:here|back)",
    example: "It's good to be back.",
  },
];

/** Who a courtesy is said to: "everyone", "all", a name or two ("Matt", "Mr. Secretary"). */
const SAID_TO =
  "(?:,?\\s+(?:everyone|everybody|all|folks|guys|sir|ma['’]am|(?:mr|ms|mrs|dr)\\.?\\s+\\p{Lu}\\p{L}+|\\p{Lu}\\p{L}+(?:\\s+\\p{Lu}\\p{L}+)?))?";
/** A speaker label opening the line: "MR MILLER: ". */
const LABEL =
  "(?:(?:(?:MR|MS|MRS|DR)\\.?\\s+)?\\p{Lu}[\\p{Lu}'’-]+(?:\\s+\\p{Lu}[\\p{Lu}'’-]+){0,2}:\\s+)?";

const COURTESY = new RegExp(
  `^\\s*${LABEL}(?:(?:${COURTESIES.map((c) => c.words).join('|')})${SAID_TO}[.!,]?\\s*)+$`,
  'iu',
);

/** Whether a sentence says nothing but a courtesy to the room. */
export function isCourtesy(sentence: string): boolean {
  return sentence.length < 80 && COURTESY.test(sentence);
}
