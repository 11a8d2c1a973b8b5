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
    expect(lines[0]).toMatch(
      /^event_date,time_precision,event_type,actor1,actor2,location,latitude,longitude,geo_precision,source,notes/,
    );
    expect(csv).toContain(SEED_ID);
    const dated = lines.filter((l) => l.startsWith('2020-02-27,1,FIGHT'));
    expect(dated.length).toBeGreaterThan(0);
    // The last two columns: the level and its reasons.
    expect(lines[0]).toMatch(/,confidence,confidence_reasons$/);
    for (const [i, it] of items.entries())
      expect(lines[i + 1]).toContain(`,${it.confidence.level},`);
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
