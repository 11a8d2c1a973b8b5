/**
 * Characters that change how text reads without being seen: joiners and spaces of no width,
 * and direction controls. A name written "Mos" + U+2060 + "cow" looks like Moscow but is no
 * word a reader or a gazetteer knows; a right-to-left override makes the page show text in
 * another order than it is stored. Each row: the code point, its Unicode name, a short label
 * for the reader, and the case it is listed for; `invisible.test.ts` runs every example.
 */
export interface InvisibleChar {
  char: string;
  name: string;
  label: string;
  example: string;
}

export const INVISIBLE_CHARS: InvisibleChar[] = [
  { char: '\u00AD', name: 'SOFT HYPHEN', label: 'SHY', example: 'Mos\u00ADcow' },
  { char: '\u061C', name: 'ARABIC LETTER MARK', label: 'ALM', example: 'Mos\u061Ccow' },
  { char: '\u180E', name: 'MONGOLIAN VOWEL SEPARATOR', label: 'MVS', example: 'Mos\u180Ecow' },
  { char: '\u200B', name: 'ZERO WIDTH SPACE', label: 'ZWSP', example: 'Mos\u200Bcow' },
  { char: '\u200C', name: 'ZERO WIDTH NON-JOINER', label: 'ZWNJ', example: 'Mos\u200Ccow' },
  { char: '\u200D', name: 'ZERO WIDTH JOINER', label: 'ZWJ', example: 'Mos\u200Dcow' },
  { char: '\u200E', name: 'LEFT-TO-RIGHT MARK', label: 'LRM', example: 'Mos\u200Ecow' },
  { char: '\u200F', name: 'RIGHT-TO-LEFT MARK', label: 'RLM', example: 'Mos\u200Fcow' },
  { char: '\u202A', name: 'LEFT-TO-RIGHT EMBEDDING', label: 'LRE', example: 'Mos\u202Acow' },
  { char: '\u202B', name: 'RIGHT-TO-LEFT EMBEDDING', label: 'RLE', example: 'Mos\u202Bcow' },
  { char: '\u202C', name: 'POP DIRECTIONAL FORMATTING', label: 'PDF', example: 'Mos\u202Ccow' },
  { char: '\u202D', name: 'LEFT-TO-RIGHT OVERRIDE', label: 'LRO', example: 'Mos\u202Dcow' },
  { char: '\u202E', name: 'RIGHT-TO-LEFT OVERRIDE', label: 'RLO', example: 'Mos\u202Ecow' },
  { char: '\u2060', name: 'WORD JOINER', label: 'WJ', example: 'Mos\u2060cow' },
  { char: '\u2061', name: 'FUNCTION APPLICATION', label: 'FA', example: 'Mos\u2061cow' },
  { char: '\u2062', name: 'INVISIBLE TIMES', label: 'IT', example: 'Mos\u2062cow' },
  { char: '\u2063', name: 'INVISIBLE SEPARATOR', label: 'IS', example: 'Mos\u2063cow' },
  { char: '\u2064', name: 'INVISIBLE PLUS', label: 'IP', example: 'Mos\u2064cow' },
  { char: '\u2066', name: 'LEFT-TO-RIGHT ISOLATE', label: 'LRI', example: 'Mos\u2066cow' },
  { char: '\u2067', name: 'RIGHT-TO-LEFT ISOLATE', label: 'RLI', example: 'Mos\u2067cow' },
  { char: '\u2068', name: 'FIRST STRONG ISOLATE', label: 'FSI', example: 'Mos\u2068cow' },
  { char: '\u2069', name: 'POP DIRECTIONAL ISOLATE', label: 'PDI', example: 'Mos\u2069cow' },
  // A byte order mark opening a file is kept and is no problem; inside the text it is invisible.
  { char: '\uFEFF', name: 'ZERO WIDTH NO-BREAK SPACE', label: 'ZWNBSP', example: 'Mos\uFEFFcow' },
];

const BY_CHAR = new Map(INVISIBLE_CHARS.map((c) => [c.char, c]));
/** Any listed character. */
export const INVISIBLE = new RegExp(`[${INVISIBLE_CHARS.map((c) => c.char).join('')}]`, 'g');

export function invisibleChar(ch: string): InvisibleChar | undefined {
  return BY_CHAR.get(ch);
}

/** The text without the listed characters (for search and matching). */
export function withoutInvisible(text: string): string {
  return text.search(INVISIBLE) < 0 ? text : text.replace(INVISIBLE, '');
}

export interface Stripped {
  /** The text without the characters. */
  clean: string;
  /** For each position of `clean` (and one past its end), the position in the original. */
  toOriginal: Int32Array;
  /** Each removed character and where it was in the original. */
  removed: { at: number; char: InvisibleChar }[];
}

/**
 * Removes the listed characters, keeping a map from the clean text's positions back to the
 * original's; null when there are none (the usual case: no copy is made). A byte order mark at
 * the very start is kept, as everywhere else.
 */
export function stripInvisible(text: string): Stripped | null {
  if (text.search(INVISIBLE) < 0) return null;
  const toOriginal = new Int32Array(text.length + 1);
  const removed: Stripped['removed'] = [];
  const parts: string[] = [];
  let n = 0;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = BY_CHAR.get(text[i]);
    if (!c || (i === 0 && c.char === '\uFEFF')) continue;
    parts.push(text.slice(from, i));
    for (let j = from; j < i; j++) toOriginal[n++] = j;
    removed.push({ at: i, char: c });
    from = i + 1;
  }
  if (removed.length === 0) return null;
  parts.push(text.slice(from));
  for (let j = from; j < text.length; j++) toOriginal[n++] = j;
  toOriginal[n] = text.length;
  return { clean: parts.join(''), toOriginal: toOriginal.subarray(0, n + 1), removed };
}

/**
 * A span of the clean text as a span of the original: from its first character to just after
 * its last, so the characters removed inside it are inside it again.
 */
export function spanInOriginal(
  s: Stripped,
  span: { start: number; end: number },
): { start: number; end: number } {
  const start = s.toOriginal[span.start];
  const end = span.end > span.start ? s.toOriginal[span.end - 1] + 1 : start;
  return { start, end };
}
