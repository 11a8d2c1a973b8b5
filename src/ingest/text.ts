import type { Span } from '../model/situation';

export interface Dateline {
  /** The report date, YYYY-MM-DD, or null when the report has no usable dateline. */
  date: string | null;
  /** Where `date YYYY-MM-DD` stands in the text. */
  span: Span | null;
  /** Where the report's own words begin. */
  bodyStart: number;
  /** Why the date is missing, when it is. */
  problem: string | null;
}

const DATELINE = /^\s*date\s+(\d{4})-(\d{2})-(\d{2})\b/i;
const DATELINE_LOOSE = /^\s*date\b[^\n]*/i;
/**
 * A wire service's dateline opening the story: "KYIV, May 12 (Reuters) - ", "MOGADISHU
 * (Reuters) - ", "BAKU/YEREVAN - ", "GOMA, Democratic Republic of Congo, Jan 28 (Reuters) - ",
 * "GENEVA, 14 November 2023 – ", and a rights group's "(Nairobi, April 25, 2024) – " or
 * "(Beirut) – ", and a ministry's "Tehran, 14 April 2024 - " (a date with its year). Where the reporter filed from, and when: not where or when
 * anything in the first sentence happened.
 */
export const WIRE_DATELINE =
  /^(?:\p{Lu}{2,}[\p{Lu}\s.'’/-]*?(?:,\s*\p{Lu}[\p{L}.'’ -]{2,40}?)?(?:,\s*(?:\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}|\d{1,2}\s+\p{Lu}\p{Ll}{2,8}\.?)(?:,?\s*\d{4})?)?\s*(?:\([^()\n]{1,40}\))?|\(\p{Lu}[\p{L}.'’ /-]{1,40}?(?:,\s*(?:\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}|\d{1,2}\s+\p{Lu}\p{Ll}{2,8}\.?),?\s*\d{4})?\)|\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){0,2},\s*(?:\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2},?|\d{1,2}\s+\p{Lu}\p{Ll}{2,8}\.?)\s*\d{4})\s*[-–—]{1,2}\s+/u;

/** The span of a wire dateline at `from` in `text`, if one opens the story there. */
export function wireDateline(text: string, from: number): { start: number; end: number } | null {
  // At the start of the story, or of a line after a headline and a byline.
  const lines = /[^\n]*\n?/g;
  lines.lastIndex = from;
  for (let n = 0; n < 4 && lines.lastIndex < text.length; n++) {
    const line = lines.exec(text);
    if (!line || line[0] === '') break;
    const at = line.index + (/^\s*/.exec(line[0])?.[0].length ?? 0);
    const m = WIRE_DATELINE.exec(text.slice(at, at + 120));
    if (m) return { start: at, end: at + m[0].length };
  }
  return null;
}

/** True when y-m-d is a real calendar day. */
export function isCalendarDate(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/**
 * Reads the `date YYYY-MM-DD` that starts a report. The date may be followed by the text
 * on the same line. A missing or malformed dateline is reported, not fatal.
 */
export function parseDateline(text: string): Dateline {
  const m = DATELINE.exec(text);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const start = m.index + m[0].indexOf(m[0].trimStart());
    const span = { start, end: m[0].length };
    if (!isCalendarDate(y, mo, d))
      return {
        date: null,
        span,
        bodyStart: span.end,
        problem: `dateline "${m[0].trim()}" is not a real date`,
      };
    return { date: `${m[1]}-${m[2]}-${m[3]}`, span, bodyStart: span.end, problem: null };
  }
  const loose = DATELINE_LOOSE.exec(text);
  if (loose)
    return {
      date: null,
      span: null,
      bodyStart: loose[0].length,
      problem: `malformed dateline ${JSON.stringify(loose[0].trim().slice(0, 40))} (expected "date YYYY-MM-DD")`,
    };
  return {
    date: null,
    span: null,
    bodyStart: 0,
    problem: 'no dateline (first line should start "date YYYY-MM-DD")',
  };
}

/** Words after which a full stop does not end a sentence. */
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof gen lt col maj capt sgt cpl adm brig cmdr gov sen rep st jr sr no vs etc ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n e.g i.e approx dept est fig inc ltd co corp'
  ).split(' '),
);

/** "a.m." and "p.m.": a sentence may end after them, but not before a bracket. */
const TIME_OF_DAY = new Set(['a.m', 'p.m']);

const isUpper = (ch: string) => ch !== ch.toLowerCase() && ch === ch.toUpperCase();

/**
 * Splits text into sentence spans, trimmed of surrounding space. A sentence ends at . ! ?
 * (with closing quotes or brackets) followed by space and a capital, digit or opening quote,
 * or at a blank line; not after a known abbreviation or an initial.
 */
/** A list item's mark at the start of a line: "• ", "- ", "1. ", "2) ". */
const BULLET = /^(?:[•·▪◦‣●■*–—-]\s|\d{1,2}[.)]\s)/;
/** A byline on its own line after a headline: "By Staff Writer", "By Jane Doe and John Roe". */
const BYLINE = /^By\s+\p{Lu}[\p{L}.'’-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}.'’-]*){0,5}\s*(?:\n|$)/u;
/** A line in capitals with no sentence in it: a section heading. */
const HEADING = /^[^\p{Ll}\n]*\p{Lu}{3}[^\p{Ll}\n]*$/u;

/**
 * A short line with no closing stop before a line that opens with a capital: a section
 * heading ("Burkina Faso", "Humanitarian situation"), not a line of wrapped prose.
 */
function shortHeading(line: string, next: string | undefined): boolean {
  const t = line.trim();
  return (
    t.length > 0 &&
    t.length <= 50 &&
    t.split(/\s+/).length <= 6 &&
    /^\p{Lu}/u.test(t) &&
    /[\p{L}\d]$/u.test(t) &&
    next !== undefined &&
    /[\p{Lu}\d“"]/u.test(next)
  );
}

/**
 * A line in title case with no closing stop before a line that opens with a capital: a title
 * ("Statement of the Ministry of Defence of the Russian Federation"), however long; wrapped
 * prose has words in lower case.
 */
function titleLine(line: string, next: string | undefined): boolean {
  const t = line.trim();
  const long = t.split(/\s+/).filter((w) => w.length > 3);
  return (
    t.length <= 120 &&
    long.length >= 3 &&
    long.every((w) => /^[\p{Lu}\d“"(]/u.test(w)) &&
    /[\p{L}\d)]$/u.test(t) &&
    next !== undefined &&
    /[\p{Lu}\d“"]/u.test(next)
  );
}

/** Whether a line opens its text or a paragraph, or follows a finished sentence. */
function opensParagraph(text: string, lineStart: number, from: number): boolean {
  return (
    lineStart <= from ||
    // The first line after the date line ("date 2023-05-21\n"): the text opens there.
    text.slice(from, lineStart).trim() === '' ||
    /(?:\n[ \t\r]*|[.!?:][ \t\r]*)\n$/.test(text.slice(Math.max(from, lineStart - 6), lineStart))
  );
}

export function splitSentences(text: string, from = 0, to = text.length): Span[] {
  const spans: Span[] = [];
  let start = from;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s])) s++;
    // A list item's mark is no part of its sentence.
    const mark =
      (s === 0 || text[s - 1] === '\n' || /\n[ \t]*$/.test(text.slice(Math.max(0, s - 8), s))) &&
      BULLET.exec(text.slice(s, s + 4));
    if (mark) s += mark[0].length;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) spans.push({ start: s, end: e });
    start = end;
  };
  for (let i = from; i < to; i++) {
    const ch = text[i];
    if (ch === '\n') {
      // A line break ends a sentence when the line is a paragraph end (blank line follows or not).
      let j = i + 1;
      while (j < to && (text[j] === ' ' || text[j] === '\t' || text[j] === '\r')) j++;
      const lineStart = Math.max(from, text.lastIndexOf('\n', i - 1) + 1);
      if (
        j >= to ||
        text[j] === '\n' ||
        i === from ||
        /[.!?:"”’)]\s*$/.test(text.slice(Math.max(from, i - 3), i)) ||
        // A list item starts on its own line ("• Heavy fighting …"), and a heading in capitals
        // ("HIGHLIGHTS", "SITUATION OVERVIEW") is a line of its own.
        BULLET.test(text.slice(j, j + 4)) ||
        BYLINE.test(text.slice(j, j + 40)) ||
        HEADING.test(text.slice(lineStart, i)) ||
        (opensParagraph(text, lineStart, from) &&
          (shortHeading(text.slice(lineStart, i), text[j]) ||
            titleLine(text.slice(lineStart, i), text[j])))
      ) {
        push(i);
      }
      continue;
    }
    if (ch !== '.' && ch !== '!' && ch !== '?') continue;
    let j = i + 1;
    while (j < to && /["”’)\]]/.test(text[j])) j++;
    if (j < to && !/\s/.test(text[j])) continue;
    let k = j;
    while (k < to && /\s/.test(text[k])) k++;
    if (k >= to) continue;
    const next = text[k];
    if (!(isUpper(next) || /[0-9"“‘(]/.test(next))) continue;
    if (ch === '.') {
      let w = i - 1;
      while (w >= from && /[A-Za-z.]/.test(text[w])) w--;
      const word = text.slice(w + 1, i).toLowerCase();
      if (ABBREVIATIONS.has(word) || /^[a-z]$/.test(word)) continue;
      // "at 4 p.m. (Sanaa time) on Feb. 3": a time's bracket goes on with the sentence.
      if (TIME_OF_DAY.has(word) && next === '(') continue;
    }
    push(j);
  }
  push(to);
  return spans;
}

/** A word-like token: letters (any script), digits, inner apostrophes and hyphens. */
export interface Token extends Span {
  text: string;
}

/** A letter or digit of any script (outside ASCII, asked of the whole code point). */
const WORD_CHAR = /^[\p{L}\p{N}]$/u;
/** Inside a word, joining two runs of letters: apostrophes and hyphens. */
const JOINERS = new Set(["'", '’', '-', '‐']);

/** The length of the letter or digit at `i` (2 for one outside the BMP), or 0 for none. */
function wordCharAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 0;
  if (Number.isNaN(c)) return 0;
  const cp = text.codePointAt(i) ?? c;
  const len = cp > 0xffff ? 2 : 1;
  return WORD_CHAR.test(text.slice(i, i + len)) ? len : 0;
}

/**
 * The words of text[from, to): runs of letters and digits (any script), joined by inner
 * apostrophes and hyphens ("Hay’at", "al-Sham"). Read character by character: this runs on
 * every sentence, and a Unicode pattern was a twentieth of the ingest's time.
 */
export function tokenize(text: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  let i = from;
  const end = text.length;
  while (i < end) {
    let n = wordCharAt(text, i);
    if (n === 0) {
      i++;
      continue;
    }
    const start = i;
    i += n;
    for (;;) {
      n = wordCharAt(text, i);
      if (n > 0) i += n;
      else if (JOINERS.has(text[i]) && wordCharAt(text, i + 1) > 0) i++;
      else break;
    }
    // A word running past `to` ends the words of the stretch, as one starting after it does.
    if (start >= to || i > to) break;
    out.push({ start, end: i, text: text.slice(start, i) });
  }
  return out;
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Any of `names` as written, as a whole word: longest first, so "Tel Aviv" wins over "Tel". */
export function wholeNames(names: Iterable<string>): RegExp {
  const sorted = [...names].sort((a, b) => b.length - a.length);
  return new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${sorted.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![\\p{L}\\p{N}])`,
    'gu',
  );
}

/** A report's first line standing alone, with no full stop: a headline. */
export function isHeadline(text: string, s: Span): boolean {
  const line = text.slice(s.start, s.end);
  return (
    !/\n/.test(line.trim()) && !/[.!?…"”’]\s*$/.test(line) && /^[ \t]*\n/.test(text.slice(s.end))
  );
}
