/**
 * Every CSV and KML export of a hostile report parses: markup, formulas, control characters
 * that XML forbids, and coordinates west and south of zero (issue 15, findings 8 and 9).
 * Runs in jsdom for its strict XML parser.
 */
import { describe, expect, it } from 'vitest';
import { ingestText } from '../../tests/fixtures/ingest';
import { buildDomain } from '../state/domain';
import { visibleItems } from '../state/selectors';
import { NO_FILTER } from '../state/view-filter';
import { CSV_COLUMNS, exportCsv, exportKml } from './export-tables';

const CONTROLS = '\u000B\u0007\u001B\u001F\uFFFE\uFFFF';
const HOSTILE = `date 2024-03-06
=cmd|' /C calc'!A0 Police fired on protesters in Lima on Tuesday <img src=x onerror=alert(1)>${CONTROLS}, the interior ministry said.
-2+3 In Santiago, troops clashed with protesters on Monday, killing two, police said.
`;

/** RFC 4180 rows: quoted cells with doubled quotes, CRLF between rows. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  expect(quoted, 'an unclosed quote').toBe(false);
  return rows;
}

describe('exports of a hostile report', async () => {
  const { collection } = await ingestText(HOSTILE, 'hostile');
  const domain = buildDomain([{ file: 'hostile', collection, text: HOSTILE }]);
  const items = visibleItems(domain, NO_FILTER);

  it('has items to export, west and south of zero', () => {
    expect(items.length).toBeGreaterThanOrEqual(2);
    const lons = items.map((it) => domain.places.get(it.placeKey)?.coordinates[0] ?? 0);
    expect(Math.min(...lons)).toBeLessThan(-60);
  });

  it('writes CSV whose numbers stay numbers and whose text cannot run as a formula', () => {
    const rows = parseCsv(exportCsv(domain, items));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(items.length + 1);
    const col = (name: string) => CSV_COLUMNS.indexOf(name as (typeof CSV_COLUMNS)[number]);
    for (const [i, row] of rows.slice(1).entries()) {
      expect(row).toHaveLength(CSV_COLUMNS.length);
      const p = domain.places.get(items[i].placeKey);
      expect(Number(row[col('latitude')])).toBe(p?.coordinates[1]);
      expect(Number(row[col('longitude')])).toBe(p?.coordinates[0]);
      // A cell that starts like a formula is a number or carries the guard.
      for (const cell of row)
        if (!/^-?\d+(?:\.\d+)?$/.test(cell)) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
      expect(row[col('notes')].replace(/^'/, '')).toBe(items[i].props.excerpt.text);
    }
  });

  it('writes well-formed KML whose descriptions show markup as text in an HTML viewer', () => {
    const kml = exportKml(domain, items);
    const doc = new DOMParser().parseFromString(kml, 'application/xml');
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    const marks = [...doc.getElementsByTagName('Placemark')];
    expect(marks).toHaveLength(items.length);
    const lima = marks.find((m) => m.textContent?.includes('Lima'));
    const description = lima?.getElementsByTagName('description')[0]?.textContent ?? '';
    // What an HTML viewer receives: the markup escaped, so it shows as text.
    expect(description).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(description).not.toContain('<img');
    expect(
      new DOMParser().parseFromString(description, 'text/html').querySelector('img'),
    ).toBeNull();
    // Forbidden characters are replaced one for one: the quote keeps its length.
    expect(description).toContain('\uFFFD'.repeat(CONTROLS.length));
  });
});
