import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, readSeedText, readSituation, SEED_ID } from '../../tests/fixtures/seed';
import { decodeReport, validateSituation } from '../model/validate-situation';
import { buildDomain, type LoadedReport } from '../state/domain';
import { visibleItems } from '../state/selectors';
import { NO_FILTER } from '../state/view-filter';
import { exportSituation, splitSituationExport } from './export-situation';
import { CSV_COLUMNS, csvCell, exportCsv, exportKml } from './export-tables';
import { ingestText } from '../../tests/fixtures/ingest';

/** The cells of one CSV row (quoted cells may hold commas and doubled quotes). */
function parseCsvRow(row: string): string[] {
  const cells: string[] = [];
  const re = /("(?:[^"]|"")*"|[^,]*)(,|$)/g;
  for (let m = re.exec(row); m && m.index < row.length; m = re.exec(row)) {
    const v = m[1];
    cells.push(v.startsWith('"') ? v.slice(1, -1).replace(/""/g, '"') : v);
    if (!m[2]) break;
  }
  return cells;
}

const golden = (name: string): LoadedReport => {
  const collection = JSON.parse(
    fs.readFileSync(path.join(ROOT, 'tests/golden/ingest', `${name}.geojson`), 'utf8'),
  );
  return {
    file: name,
    collection,
    text: decodeReport(fs.readFileSync(path.join(ROOT, collection.source.file))),
  };
};
const reports = [
  { file: 'seed', collection: readSituation(), text: readSeedText() },
  golden('001_saraqib_wire'),
  golden('010_astana_talks'),
];
const domain = buildDomain(reports);

describe('GeoJSON export', () => {
  const filter = { ...NO_FILTER, query: 'turk' };
  const items = visibleItems(domain, filter);
  const data = exportSituation(domain, items, filter);

  it('carries for every item its quote, offsets, report id and the report sha256', () => {
    const exported = data.features.filter((f) => f.properties.kind !== 'place');
    expect(exported).toHaveLength(items.length);
    for (const f of exported) {
      const p = f.properties as unknown as {
        reportId: string;
        reportSha256: string;
        quote: string;
        excerpt: { start: number; end: number; text: string };
      };
      const report = data.reports.find((r) => r.source.id === p.reportId);
      expect(p.reportSha256).toBe(report?.source.sha256);
      expect(report?.text.slice(p.excerpt.start, p.excerpt.end)).toBe(p.quote);
    }
    expect(data.view.search).toBe('turk');
  });

  it('carries each item’s confidence and its reasons, and drops them again on import', () => {
    for (const f of data.features.filter((g) => g.properties.kind !== 'place')) {
      const p = f.properties as unknown as { confidence: string; confidenceReasons: string[] };
      expect(['high', 'medium', 'low']).toContain(p.confidence);
      expect(p.confidenceReasons.length).toBeGreaterThan(0);
    }
    const [part] = splitSituationExport(JSON.parse(JSON.stringify(data)));
    for (const f of part.collection.features)
      expect(Object.keys(f.properties)).not.toContain('confidence');
  });

  it('re-imports to the same items, each report valid against its text', () => {
    const parts = splitSituationExport(JSON.parse(JSON.stringify(data)));
    for (const part of parts)
      expect(validateSituation(JSON.stringify(part.collection), part.text).problems).toEqual([]);
    const again = buildDomain(
      parts.map((p) => ({ file: p.collection.source.id, collection: p.collection, text: p.text })),
    );
    expect(visibleItems(again, NO_FILTER).map((i) => i.key)).toEqual(items.map((i) => i.key));
  });
});

describe('CSV and KML export', () => {
  const items = visibleItems(domain, NO_FILTER);
  it('has ACLED-style columns, one row per item, with the evidence', () => {
    const csv = exportCsv(domain, items);
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toBe(CSV_COLUMNS.join(','));
    // ACLED's columns, in ACLED's order and vocabulary, then ours.
    expect(lines[0]).toMatch(
      /^event_date,time_precision,event_type,sub_event_type,actor1,actor2,location,latitude,longitude,geo_precision,source,notes,fatalities,viewer_type,/,
    );
    expect(csv).toContain(SEED_ID);
    const dated = lines.filter((l) => l.startsWith('2020-02-27,1,Battles,Armed clash'));
    expect(dated.length).toBeGreaterThan(0);
    // Talks and statements have no ACLED type: none is made up for them.
    const said = lines.filter((l) => l.includes(',SAID,'));
    expect(said.length).toBeGreaterThan(0);
    for (const l of said) expect(l).toMatch(/^[^,]*,[^,]*,,,/);
    // The level and its reasons, then the analyst's review (none here).
    expect(lines[0]).toMatch(
      /,confidence,confidence_reasons,review_status,review_note,original_values,independent_sources,other_reports$/,
    );
    for (const [i, it] of items.entries())
      expect(lines[i + 1]).toContain(`,${it.confidence.level},`);
  });
  it('gives the fatalities a quote states, with who claims them', async () => {
    const col = (row: string, name: string) =>
      parseCsvRow(row)[CSV_COLUMNS.indexOf(name as (typeof CSV_COLUMNS)[number])];
    // The first report: "which, as Ankara claims, killed 33 Turkish soldiers".
    const strikes = items.find((i) => i.reportId === SEED_ID && i.props.id === 'ev-syrian-strikes');
    const row = strikes ? exportCsv(domain, [strikes]).trim().split('\r\n')[1] : '';
    expect(col(row, 'fatalities')).toBe('33');
    expect(col(row, 'fatalities_claimed_by')).toBe('Turkey');
    // Two sides claiming different counts: each statement keeps its own figure and claimant.
    const { collection } = await ingestText(
      'date 2020-03-01\nThe Turkish Defence Ministry said 33 soldiers were killed in Idlib on Thursday. The Russian Defence Ministry said five Turkish soldiers were killed in Idlib on Thursday.',
      'two-claims',
    );
    const claims = buildDomain([{ file: 'x', collection, text: collection.source.id }]);
    const rows = exportCsv(claims, visibleItems(claims, NO_FILTER)).trim().split('\r\n').slice(1);
    const said = rows
      .filter((r) => col(r, 'viewer_type') === 'SAID')
      .map((r) => [col(r, 'fatalities_claimed_by'), col(r, 'fatalities')]);
    expect(said).toEqual(
      expect.arrayContaining([
        [expect.stringMatching(/Turk/), '33'],
        [expect.stringMatching(/Russia/), '5'],
      ]),
    );
  });
  it('gives geo_precision 1 to a town its quote names, 2 to one taken from the text around', () => {
    const precision = (id: string) => {
      const it = items.find((i) => i.reportId === SEED_ID && i.props.id === id);
      const row = it ? exportCsv(domain, [it]).trim().split('\r\n')[1] : '';
      return row.split(',')[CSV_COLUMNS.indexOf('geo_precision')];
    };
    // "The tensions in Syria’s Idleb region escalated … after militants launched …": named.
    expect(precision('ev-offensive')).toBe('1');
    // "the Syrian government forces conducted strikes on their positions": Idleb from before.
    expect(precision('ev-syrian-strikes')).toBe('2');
  });
  it('quotes cells and defuses spreadsheet formulas', () => {
    expect(csvCell('a, "b"')).toBe('"a, ""b"""');
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('-1')).toBe(`"'-1"`);
    // Numbers stay numbers: a western longitude is no formula.
    expect(csvCell(-77.03637)).toBe('-77.03637');
    expect(csvCell(Number.NaN)).toBe('');
  });
  it('writes KML with escaped text and time spans', () => {
    const kml = exportKml(domain, items);
    expect(kml.match(/<Placemark>/g)).toHaveLength(items.length);
    expect(kml).toContain('<TimeStamp><when>2020-02-27</when></TimeStamp>');
    expect(kml).toContain('<TimeSpan>');
    expect(kml).not.toMatch(/<description>[^<]*[<>][^<]*<\/description>/);
  });
});
