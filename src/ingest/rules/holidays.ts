/**
 * Named days a report dates things by: "on Christmas Day", "last Thanksgiving", "on the first
 * day of Eid al-Fitr". chrono-node reads none of them. Each row: the names (a regular-expression
 * source, matched with its capitals), the days it falls on in a Gregorian year, and the sentence
 * it exists for with the date it must give; `holidays.test.ts` runs every example.
 *
 * Only days that are one day everywhere the name is used are listed: "Independence Day" and
 * "Labour Day" differ by country, "Ramadan" is a month, "Christmas" alone is a season.
 */
export interface Holiday {
  names: string;
  /** The days (UTC midnight) it falls on in `year`: two for an Islamic feast in some years. */
  on: (year: number) => Date[];
  example: { dateline: string; text: string; date: string };
}

const fixed = (month: number, day: number) => (year: number) => [
  new Date(Date.UTC(year, month - 1, day)),
];

/** The `n`th (or last, n = -1) `weekday` (0 = Sunday) of `month` in `year`. */
const nthWeekday = (n: number, weekday: number, month: number) => (year: number) => {
  if (n > 0) {
    const first = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
    return [new Date(Date.UTC(year, month - 1, 1 + ((weekday - first + 7) % 7) + 7 * (n - 1)))];
  }
  const lastDay = new Date(Date.UTC(year, month, 0));
  const back = (lastDay.getUTCDay() - weekday + 7) % 7;
  return [new Date(Date.UTC(year, month - 1, lastDay.getUTCDate() - back))];
};

/** Western Easter Sunday (the anonymous Gregorian computus), shifted by `offset` days. */
const easter = (offset: number) => (year: number) => {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return [new Date(Date.UTC(year, month - 1, day + offset))];
};

/** Orthodox Easter Sunday (the Julian computus, moved to the Gregorian calendar). */
const orthodoxEaster = (year: number) => {
  const a = year % 4;
  const b = year % 7;
  const c = year % 19;
  const d = (19 * c + 15) % 30;
  const e = (2 * a + 4 * b - d + 34) % 7;
  const month = Math.floor((d + e + 114) / 31);
  const day = ((d + e + 114) % 31) + 1;
  const julianToGregorian = Math.floor(year / 100) - Math.floor(year / 400) - 2;
  return [new Date(Date.UTC(year, month - 1, day + julianToGregorian))];
};

const islamicDays = new Map<string, Date[]>();
/**
 * The days of `year` that are day `day` of Islamic month `month` in the Umm al-Qura calendar
 * (the browser's and Node's ICU). Observance differs by a day between countries.
 */
const islamic = (month: number, day: number) => (year: number) => {
  const key = `${year}-${month}-${day}`;
  const known = islamicDays.get(key);
  if (known) return known;
  const fmt = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura', {
    timeZone: 'UTC',
    month: 'numeric',
    day: 'numeric',
  });
  const out: Date[] = [];
  for (let t = Date.UTC(year, 0, 1); t < Date.UTC(year + 1, 0, 1); t += 86_400_000) {
    const parts = fmt.formatToParts(new Date(t));
    const m = Number(parts.find((p) => p.type === 'month')?.value);
    const d = Number(parts.find((p) => p.type === 'day')?.value);
    if (m === month && d === day) out.push(new Date(t));
  }
  islamicDays.set(key, out);
  return out;
};

export const HOLIDAYS: Holiday[] = [
  {
    names: "New Year['’]s Day",
    on: fixed(1, 1),
    example: {
      dateline: '2024-01-03',
      text: "Shelling hit the market on New Year's Day.",
      date: '2024-01-01',
    },
  },
  {
    names: "New Year['’]s Eve",
    on: fixed(12, 31),
    example: {
      dateline: '2024-01-03',
      text: "Drones struck the port on New Year's Eve.",
      date: '2023-12-31',
    },
  },
  {
    names: "International Women[’']s Day",
    on: fixed(3, 8),
    example: {
      dateline: '2023-03-09',
      text: "Police dispersed a march on International Women's Day.",
      date: '2023-03-08',
    },
  },
  {
    names: 'May Day',
    on: fixed(5, 1),
    example: {
      dateline: '2023-04-20',
      text: 'Unions will march on May Day.',
      date: '2023-05-01',
    },
  },
  {
    names: 'Bastille Day',
    on: fixed(7, 14),
    example: {
      dateline: '2016-07-15',
      text: 'A truck drove into the crowd on Bastille Day.',
      date: '2016-07-14',
    },
  },
  {
    names: 'Halloween',
    on: fixed(10, 31),
    example: {
      dateline: '2022-11-01',
      text: 'The crowd crush happened on Halloween.',
      date: '2022-10-31',
    },
  },
  {
    names: 'Armistice Day|Veterans Day|Remembrance Day',
    on: fixed(11, 11),
    example: {
      dateline: '2018-11-12',
      text: 'Leaders met in Paris on Armistice Day.',
      date: '2018-11-11',
    },
  },
  {
    names: 'Christmas Eve',
    on: fixed(12, 24),
    example: {
      dateline: '2023-12-27',
      text: 'An air strike hit the camp on Christmas Eve.',
      date: '2023-12-24',
    },
  },
  {
    names: 'Christmas Day',
    on: fixed(12, 25),
    example: {
      dateline: '2024-01-02',
      text: 'The truce collapsed on Christmas Day.',
      date: '2023-12-25',
    },
  },
  {
    names: 'Boxing Day',
    on: fixed(12, 26),
    example: {
      dateline: '2004-12-28',
      text: 'The tsunami struck on Boxing Day.',
      date: '2004-12-26',
    },
  },
  {
    names: 'Good Friday',
    on: easter(-2),
    example: {
      dateline: '1998-04-12',
      text: 'The agreement was signed on Good Friday.',
      date: '1998-04-10',
    },
  },
  {
    names: 'Easter Sunday|Easter Day',
    on: easter(0),
    example: {
      dateline: '2019-04-22',
      text: 'Bombs hit three churches on Easter Sunday.',
      date: '2019-04-21',
    },
  },
  {
    names: 'Easter Monday',
    on: easter(1),
    example: {
      dateline: '2024-03-28',
      text: 'Talks will resume on Easter Monday.',
      date: '2024-04-01',
    },
  },
  {
    names: 'Orthodox Easter',
    on: orthodoxEaster,
    example: {
      dateline: '2023-04-17',
      text: 'A truce was declared for Orthodox Easter.',
      date: '2023-04-16',
    },
  },
  {
    names: 'Memorial Day',
    on: nthWeekday(-1, 1, 5),
    example: {
      dateline: '2024-05-29',
      text: 'The governor spoke at a ceremony on Memorial Day.',
      date: '2024-05-27',
    },
  },
  {
    // The American spelling names the American day ("Labour Day" differs by country).
    names: 'Labor Day',
    on: nthWeekday(1, 1, 9),
    example: {
      dateline: '1998-09-10',
      text: 'The strike began after Labor Day.',
      date: '1998-09-07',
    },
  },
  {
    names: 'Columbus Day',
    on: nthWeekday(2, 1, 10),
    example: {
      dateline: '1989-10-27',
      text: 'Markets were thin on Columbus Day.',
      date: '1989-10-09',
    },
  },
  {
    names: "Presidents['’]? Day",
    on: nthWeekday(3, 1, 2),
    example: {
      dateline: '1998-02-27',
      text: 'Federal offices were closed on Presidents Day.',
      date: '1998-02-16',
    },
  },
  {
    names: "Martin Luther King(?: Jr\\.?)?['’]?s? Day",
    on: nthWeekday(3, 1, 1),
    example: {
      dateline: '1998-01-22',
      text: 'Marches were held on Martin Luther King Day.',
      date: '1998-01-19',
    },
  },
  {
    names: "Valentine['’]s Day",
    on: fixed(2, 14),
    example: {
      dateline: '2000-02-20',
      text: 'The couple married on Valentine’s Day.',
      date: '2000-02-14',
    },
  },
  {
    names: "St\\.? Patrick['’]s Day",
    on: fixed(3, 17),
    example: {
      dateline: '1998-03-20',
      text: 'The parade on St. Patrick’s Day drew thousands.',
      date: '1998-03-17',
    },
  },
  {
    names: 'Thanksgiving(?: Day)?',
    on: nthWeekday(4, 4, 11),
    example: {
      dateline: '2000-02-10',
      text: 'The plant has been closed since last Thanksgiving.',
      date: '1999-11-25',
    },
  },
  {
    names: 'Eid al-Fitr|Eid ul-Fitr|Eid el-Fitr|Eid-al-Fitr',
    on: islamic(10, 1),
    example: {
      dateline: '2024-04-12',
      text: 'Strikes continued on Eid al-Fitr.',
      date: '2024-04-10',
    },
  },
  {
    names: 'Eid al-Adha|Eid ul-Adha|Eid el-Adha|Eid-al-Adha',
    on: islamic(12, 10),
    example: {
      dateline: '2023-07-01',
      text: 'A ceasefire was called for Eid al-Adha.',
      date: '2023-06-28',
    },
  },
];

/**
 * Any listed name, with what stands before it: "last", "next", "this" and "the first day of"
 * are read; "Thanksgiving weekend" or "Christmas Day truce talks" still name the day.
 */
export const HOLIDAY_PATTERN = new RegExp(
  `\\b(?:(last|past|next|this)\\s+)?(${HOLIDAYS.map((h) => `(${h.names})`).join('|')})\\b(?!\\s+(?:weekend|week|season|holidays?|period|Island))`,
  'g',
);
