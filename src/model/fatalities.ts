/**
 * Numbers of dead a quote gives ("killing at least 12 civilians", "33 soldiers were killed",
 * "the death toll rose to 40"), for ACLED's `fatalities` column and the popup. Only numbers
 * the text states are read, in digits or words; "dozens" or "many" give none, since ACLED's
 * figure must be one the source gives. Each pattern is a row with its example; one test runs
 * them all (fatalities.test.ts).
 */
import { NUMBER_WORDS } from './number-words';

/** A number in digits ("1,200") or words ("twelve"), as the patterns below capture it. */
const N = `(\\d{1,3}(?:,\\d{3})+|\\d+|${Object.keys(NUMBER_WORDS).join('|')})`;
/** "at least", "more than"...: the number is still the one ACLED takes. */
const ABOUT = '(?:at least |more than |over |nearly |almost |about |around |some |up to )?';
/** Who died, between the number and the verb: "33 Turkish soldiers", "12 civilians". */
const WHO = "(?:[A-Za-z'’-]+ ){0,3}";

interface FatalityPattern {
  id: string;
  pattern: RegExp;
  example: string;
  /** The number the example gives. */
  count: number;
}

export const FATALITY_PATTERNS: FatalityPattern[] = [
  {
    id: 'killing-n',
    pattern: new RegExp(`\\bkill(?:ing|ed) ${ABOUT}${N}\\b`, 'i'),
    example: 'A car bomb exploded in Mogadishu, killing at least 12 civilians.',
    count: 12,
  },
  {
    id: 'n-were-killed',
    pattern: new RegExp(
      `\\b${ABOUT}${N} ${WHO}(?:were |have been |had been |was )?(?:killed|dead|died)\\b`,
      'i',
    ),
    example: '33 Turkish soldiers were killed in the strike.',
    count: 33,
  },
  {
    id: 'death-toll',
    pattern: new RegExp(`\\bdeath toll (?:\\w+ ){0,2}(?:to|of|at) ${ABOUT}${N}\\b`, 'i'),
    example: 'The death toll rose to 40 on Sunday.',
    count: 40,
  },
  {
    id: 'left-n-dead',
    pattern: new RegExp(`\\bleft ${ABOUT}${N} (?:\\w+ )?dead\\b`, 'i'),
    example: 'The shelling left five people dead in Saraqib.',
    count: 5,
  },
  {
    id: 'n-deaths',
    pattern: new RegExp(`\\b${ABOUT}${N} (?:deaths|fatalities)\\b`, 'i'),
    example: 'Officials reported 17 deaths after the attack.',
    count: 17,
  },
];

function numberOf(text: string): number {
  const word = NUMBER_WORDS[text.toLowerCase()];
  return word ?? Number(text.replace(/,/g, ''));
}

export interface Fatalities {
  count: number;
  /** The words that give it, as offsets into the quote. */
  start: number;
  end: number;
}

/**
 * The number of dead a quote states, or null. Where it gives several ("killed 12 ... the
 * death toll rose to 40"), the largest: tolls grow as a report goes on, and ACLED codes one
 * figure per event.
 */
export function fatalitiesIn(quote: string): Fatalities | null {
  let best: Fatalities | null = null;
  for (const { pattern } of FATALITY_PATTERNS) {
    const re = new RegExp(pattern.source, 'gi');
    for (let m = re.exec(quote); m; m = re.exec(quote)) {
      const count = numberOf(m[1]);
      if (Number.isFinite(count) && (!best || count > best.count))
        best = { count, start: m.index, end: m.index + m[0].length };
    }
  }
  return best;
}
