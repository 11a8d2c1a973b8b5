/**
 * Words that open a place's name in many languages ("Puerto", "Kafr", "Fort"): a country's or a
 * town's name right after one is part of a longer name ("Puerto Jordan" is a town in Colombia,
 * not Jordan), whether or not the gazetteer knows the longer name. Each row: its words, the
 * report sentence it exists for and the state that sentence must not name as a party or a
 * place; `name-openers.test.ts` runs every example.
 */
import { type Gazetteer, nameKey } from '../gazetteer';
import type { Token } from '../text';

export interface NameOpenerRow {
  words: string[];
  /** The sentence, and the state (registry id and country code) it must not name. */
  example: { text: string; notState: string; country: string };
}

export const NAME_OPENERS: NameOpenerRow[] = [
  {
    // Spanish and Portuguese.
    words: ['Puerto', 'Porto', 'Villa', 'Ciudad', 'San', 'Santa', 'Santo', 'São', 'Nueva', 'Nuevo'],
    example: {
      text: 'date 2024-11-25\nThe guerrillas attacked the base in Puerto Jordan on Sunday.',
      notState: 'jordan',
      country: 'JO',
    },
  },
  {
    // English and French.
    words: ['Port', 'Fort', 'Cape', 'Mount', 'Saint', 'Sainte', 'Lake', 'Bay'],
    example: {
      text: 'date 2024-05-02\nFloods cut the road to Port Chad on Monday.',
      notState: 'chad',
      country: 'TD',
    },
  },
  {
    // Arabic: village, hill, spring, house, monastery, cape, valley, mountain, well.
    words: ['Kafr', 'Tell', 'Tal', 'Ain', 'Beit', 'Deir', 'Ras', 'Wadi', 'Jabal', 'Jebel', 'Bir'],
    example: {
      text: 'date 2024-05-02\nShelling hit Kafr Jordan overnight, residents said.',
      notState: 'jordan',
      country: 'JO',
    },
  },
];

const NAME_OPENER_WORDS: ReadonlySet<string> = new Set(NAME_OPENERS.flatMap((r) => r.words));

/**
 * Whether the name at text[start, end) goes on a word of the table right before it, into a
 * longer name the gazetteer does not know ("Puerto Jordan"; not "Mount Lebanon", which it
 * knows and finds whole).
 */
export function inUnknownLongerName(
  text: string,
  prev: Token | null | undefined,
  start: number,
  end: number,
  gazetteer: Gazetteer,
): boolean {
  return (
    prev != null &&
    NAME_OPENER_WORDS.has(prev.text) &&
    text.slice(prev.end, start) === ' ' &&
    gazetteer.lookup(nameKey(text.slice(prev.start, end))).length === 0
  );
}
