import { type Domain, isAreaMiddle, type ItemView } from '../state/domain';
import { itemInterval } from '../state/view-filter';
import { fatalitiesIn } from '../model/fatalities';
import { acledOf, claimantOf, claimants } from '../state/coding';

/**
 * ACLED's columns in ACLED's vocabulary (event_type and sub_event_type from the codebook's
 * lists, src/model/acled.ts, empty for what ACLED does not code; source the outlet; notes
 * the quote; fatalities as the quote states them, src/model/fatalities.ts), then ours: the
 * viewer's own type, who claims the fatalities, the evidence (report id, sha256, the quote's
 * offsets) and how sure the viewer is of the item with its reasons (src/model/confidence.ts).
 */
export const CSV_COLUMNS = [
  'event_date',
  'time_precision',
  'event_type',
  'sub_event_type',
  'actor1',
  'actor2',
  'location',
  'latitude',
  'longitude',
  'geo_precision',
  'source',
  'notes',
  'fatalities',
  'viewer_type',
  'fatalities_claimed_by',
  'report_id',
  'report_sha256',
  'excerpt_start',
  'excerpt_end',
  'confidence',
  'confidence_reasons',
  'review_status',
  'review_note',
  'original_values',
  'independent_sources',
  'other_reports',
] as const;

/** ACLED's time precision: 1 a day, 2 a range of days (a week), 3 a month or longer. */
function timePrecision(it: ItemView): number | '' {
  const iv = itemInterval(it.props);
  if (!iv) return '';
  const days = iv[1] - iv[0] + 1;
  return days === 1 ? 1 : days <= 7 ? 2 : 3;
}

/**
 * ACLED's geo precision: 1 the named town, 2 a region, an inferred place or a place the quote
 * does not name, 3 a country.
 */
function geoPrecision(domain: Domain, it: ItemView): number {
  const p = domain.places.get(it.placeKey);
  if (!p) return 3;
  if (isAreaMiddle(p.placeType)) return 3;
  // A place taken from the text around the quote, not from the quote, is at best "near".
  return p.basis === 'inferred' || p.placeType === 'region' || it.placeFrom === 'context' ? 2 : 1;
}

/**
 * A CSV cell: quoted, quotes doubled, and text never read as a formula by a spreadsheet. Only
 * text gets the formula guard; numbers stay numbers ("-77.03637", not "'-77.03637").
 */
export function csvCell(value: string | number): string {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const s = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(s) || s !== value ? `"${s.replace(/"/g, '""')}"` : s;
}

export function exportCsv(domain: Domain, items: ItemView[]): string {
  const rows: string[] = [CSV_COLUMNS.join(',')];
  const claims = claimants(domain);
  for (const it of items) {
    const p = it.props;
    const place = domain.places.get(it.placeKey);
    const report = domain.reports.get(it.reportId)?.collection.source;
    const name = (id: string | undefined) => (id ? (domain.actors.get(id)?.name ?? id) : '');
    const [a1, a2] =
      p.kind === 'event'
        ? [
            p.actors.find((a) => a.role !== 'target')?.id ?? p.actors[0]?.id,
            p.actors.find((a) => a.role === 'target')?.id ?? p.actors[1]?.id,
          ]
        : [p.speaker, undefined];
    const coding = acledOf(domain, it);
    const dead = fatalitiesIn(p.excerpt.text);
    const r = it.review;
    // A number of dead the analyst set replaces the one read from the quote, and says so.
    const deadCount = r?.correction.fatalities ?? dead?.count;
    const deadBy =
      r?.correction.fatalities !== undefined
        ? 'analyst correction'
        : dead
          ? claimantOf(domain, it, claims)
          : '';
    const cells: (string | number)[] = [
      p.date ?? '',
      timePrecision(it),
      coding?.eventType ?? '',
      coding?.subEventType ?? '',
      name(a1),
      name(a2),
      place?.name ?? '',
      place?.coordinates[1] ?? '',
      place?.coordinates[0] ?? '',
      geoPrecision(domain, it),
      report?.outlet ?? '',
      p.excerpt.text,
      deadCount ?? '',
      p.kind === 'event' ? p.type : 'SAID',
      deadBy,
      it.reportId,
      report?.sha256 ?? '',
      p.excerpt.start,
      p.excerpt.end,
      it.confidence.level,
      it.confidence.reasons.join('; '),
      r?.correction.status ?? '',
      r?.correction.note ?? '',
      r ? originalValues(domain, it) : '',
      it.corroboration?.independent ?? 1,
      (it.corroboration?.keys.slice(1) ?? [])
        .map((k) => domain.items.get(k)?.reportId ?? '')
        .join('; '),
    ];
    rows.push(cells.map(csvCell).join(','));
  }
  return `${rows.join('\r\n')}\r\n`;
}

/** What a correction replaced, as "type FIGHT; date 2020-02-27; place Idlib". */
function originalValues(domain: Domain, it: ItemView): string {
  const o = it.review?.original;
  if (!o) return '';
  return [
    o.type ? `type ${o.type}` : '',
    `date ${o.date ?? 'none'}`,
    `place ${domain.places.get(o.placeKey)?.name ?? o.placeKey}`,
  ]
    .filter(Boolean)
    .join('; ');
}

const ESCAPES: Record<string, string> = {
  '<': '&lt;',
  '>': '&gt;',
  '&': '&amp;',
  "'": '&apos;',
  '"': '&quot;',
};
/**
 * Characters XML 1.0 forbids (C0 controls but tab and newlines, U+FFFE, U+FFFF, a lone half of
 * a surrogate pair), each one UTF-16 unit: replaced one for one by U+FFFD, so that the quote
 * keeps the length its offsets give.
 */
const NOT_XML =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding the characters XML forbids is its purpose
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** Text as XML character data. */
const xml = (s: string) => s.replace(NOT_XML, '\uFFFD').replace(/[<>&'"]/g, (c) => ESCAPES[c]);
/**
 * Text for a KML description, which Google Earth and other viewers render as HTML: escaped for
 * HTML first (markup in a report shows as text), line breaks as <br>, then escaped for XML.
 */
const kmlHtml = (s: string) =>
  xml(s.replace(/[<>&'"]/g, (c) => ESCAPES[c]).replace(/\r?\n/g, '<br>'));

/** KML for Google Earth: one placemark per item, with its time span and the quote. */
export function exportKml(domain: Domain, items: ItemView[]): string {
  const marks = items.map((it) => {
    const p = it.props;
    const place = domain.places.get(it.placeKey);
    const iv = itemInterval(p);
    const when = iv
      ? iv[0] === iv[1]
        ? `<TimeStamp><when>${p.date}</when></TimeStamp>`
        : `<TimeSpan><begin>${new Date(iv[0] * 86_400_000).toISOString().slice(0, 10)}</begin><end>${new Date(iv[1] * 86_400_000).toISOString().slice(0, 10)}</end></TimeSpan>`
      : '';
    const who = p.kind === 'statement' ? (domain.actors.get(p.speaker)?.name ?? p.speaker) : p.type;
    const description = `${p.excerpt.text}\n\nReport ${it.reportId}, characters ${p.excerpt.start}-${p.excerpt.end}, sha256 ${domain.reports.get(it.reportId)?.collection.source.sha256 ?? ''}`;
    return `  <Placemark>
    <name>${xml(`${who}: ${p.summary}`)}</name>
    <description>${kmlHtml(description)}</description>
    ${when}
    <Point><coordinates>${place?.coordinates[0] ?? 0},${place?.coordinates[1] ?? 0}</coordinates></Point>
  </Placemark>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
<kml xmlns="http://www.opengis.net/kml/2.2">
<Document>
  <name>Situation viewer export</name>
${marks.join('\n')}
</Document>
</kml>
`;
}
