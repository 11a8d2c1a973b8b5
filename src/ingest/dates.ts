import * as chrono from 'chrono-node';
import type { DateBasis, DatePrecision, Span } from '../model/situation';

export interface DateMention extends Span {
  text: string;
  /** YYYY-MM-DD: the day, or the first day of the month or year for coarser precision. */
  date: string;
  precision: DatePrecision;
  basis: DateBasis;
}

const DAY_MS = 86_400_000;
const iso = (d: Date) => d.toISOString().slice(0, 10);
const WEEKDAY_ONLY =
  /^(?:on\s+)?(?:(?:this|last|past)\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\s+(?:night|morning|evening|afternoon))?[,.]?$/i;
const YEAR_ONLY = /\b(?:in|since|during|of|by)\s+((?:19|20)\d{2})\b/g;
const MAYBE_DATE =
  /\d|\b(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|today|tonight|yesterday|tomorrow|week|month|year|ago|last|earlier|later|noon|midnight|morning|evening|night)/i;
/** Words that put the rest of a clause in the future. */
const FUTURE =
  /\b(will|would|shall|is due|are due|due to|is expected|are expected|expected to|scheduled|plans? to|planned|is set to|are set to|to be held|next)\b[^.;]*$/i;
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/**
 * Finds dates in a stretch of text and resolves them against the report date.
 * News usage: a bare weekday ("on Thursday") is the most recent such day on or before the
 * report date; a day and month without a year is the most recent one not after it.
 *
 * @param text the whole report text (offsets are into it)
 * @param span where to look
 * @param reportDate the dateline date, YYYY-MM-DD, or null: relative dates then stay unresolved
 */
export function findDates(text: string, span: Span, reportDate: string | null): DateMention[] {
  const slice = text.slice(span.start, span.end);
  const out: DateMention[] = [];
  // Most sentences carry no date; chrono is only asked about those that might.
  if (!MAYBE_DATE.test(slice)) return out;
  const ref = reportDate ? new Date(`${reportDate}T12:00:00Z`) : null;
  const results = chrono.en.parse(slice, ref ? { instant: ref, timezone: 0 } : undefined, {
    forwardDate: false,
  });
  for (const r of results) {
    const start = span.start + r.index;
    const mention = { start, end: start + r.text.length, text: r.text };
    const known = (k: 'year' | 'month' | 'day' | 'weekday') => r.start.isCertain(k);
    const weekday = WEEKDAY_ONLY.exec(r.text.trim());
    if (weekday) {
      if (!ref) continue;
      const target = WEEKDAYS.indexOf(weekday[1].toLowerCase());
      // "talks are due to be held on Thursday": a future weekday looks forward.
      const future = FUTURE.test(slice.slice(0, r.index));
      const shift = future
        ? (target - ref.getUTCDay() + 7) % 7 || 7
        : -((ref.getUTCDay() - target + 7) % 7);
      out.push({
        ...mention,
        date: iso(new Date(ref.getTime() + shift * DAY_MS)),
        precision: 'day',
        basis: 'weekday-relative',
      });
      continue;
    }
    if (ref && /^(last|past|previous) week$/i.test(r.text.trim())) {
      // The week before the report's week, from its Monday.
      const monday = new Date(ref.getTime() - (((ref.getUTCDay() + 6) % 7) + 7) * DAY_MS);
      out.push({ ...mention, date: iso(monday), precision: 'on-or-after', basis: 'relative' });
      continue;
    }
    const d = r.start.date();
    // "…, three days after a Hamas rocket attack": the attack is three days before the day of
    // the clause it hangs on (the sentence's date so far, else the report's).
    const offset = ref && /^\S+\s+(?:days?|weeks?)\s+(after|before)$/i.exec(r.text.trim());
    if (ref && offset) {
      const anchor = out.at(-1)?.date ?? iso(ref);
      const at = new Date(`${anchor}T12:00:00Z`).getTime() - (d.getTime() - ref.getTime());
      out.push({ ...mention, date: iso(new Date(at)), precision: 'day', basis: 'relative' });
      continue;
    }
    if (known('year') && known('month') && known('day')) {
      // "yesterday", "two days ago" come with all parts known but only from the reference.
      const explicit = /\d{4}/.test(r.text);
      if (!explicit && !ref) continue;
      out.push({
        ...mention,
        date: iso(d),
        precision: 'day',
        basis: explicit ? 'explicit' : 'relative',
      });
    } else if (known('month') && known('day')) {
      if (!ref) continue;
      const date = new Date(d);
      if (date.getTime() > ref.getTime() + DAY_MS) date.setUTCFullYear(date.getUTCFullYear() - 1);
      out.push({ ...mention, date: iso(date), precision: 'day', basis: 'explicit' });
    } else if (known('month')) {
      const relative = /\b(this|last|next|earlier|later)\b/i.test(r.text) || !known('year');
      if (relative && !ref) continue;
      const date = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1));
      if (ref && !known('year') && date.getTime() > ref.getTime())
        date.setUTCFullYear(date.getUTCFullYear() - 1);
      out.push({
        ...mention,
        date: iso(date),
        precision: 'month',
        basis: known('year') && !/\b(this|last)\b/i.test(r.text) ? 'explicit' : 'relative',
      });
    } else if (ref && /\bweek\b/i.test(r.text)) {
      out.push({ ...mention, date: iso(d), precision: 'on-or-after', basis: 'relative' });
    }
  }
  YEAR_ONLY.lastIndex = 0;
  for (let m = YEAR_ONLY.exec(slice); m; m = YEAR_ONLY.exec(slice)) {
    const start = span.start + m.index + m[0].indexOf(m[1]);
    if (out.some((o) => o.start <= start && start < o.end)) continue;
    out.push({
      start,
      end: start + 4,
      text: m[1],
      date: `${m[1]}-01-01`,
      precision: 'year',
      basis: 'explicit',
    });
  }
  return out.sort((a, b) => a.start - b.start);
}
