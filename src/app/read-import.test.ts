import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readSeedText, readSituation } from '../../tests/fixtures/seed';
import { exportSituation } from '../export/export-situation';
import { MAX_REPORT_BYTES } from '../ingest/check-report';
import { buildDomain } from '../state/domain';
import { visibleItems } from '../state/selectors';
import { NO_FILTER } from '../state/view-filter';
import { MAX_IMPORT_BYTES, readImport } from './read-import';

const domain = buildDomain([{ file: 'seed', collection: readSituation(), text: readSeedText() }]);
const exported = () =>
  JSON.parse(JSON.stringify(exportSituation(domain, visibleItems(domain, NO_FILTER), NO_FILTER)));
const blob = (data: unknown) => new Blob([JSON.stringify(data)]);

describe('readImport', () => {
  it('accepts an export as written', async () => {
    const r = await readImport(blob(exported()));
    expect(r.ok && r.reports.map((x) => x.collection.source.id)).toEqual([
      readSituation().source.id,
    ]);
  });

  it('refuses a report whose text and quote were changed but whose SHA-256 was kept', async () => {
    const data = exported();
    const report = data.reports[0];
    const item = data.features.find(
      (f: { properties: { kind: string } }) => f.properties.kind === 'event',
    );
    const { start, end } = item.properties.excerpt;
    const forged = `${report.text.slice(start, end - 4)}XXXX`;
    report.text = report.text.slice(0, start) + forged + report.text.slice(end);
    // Every quote made to agree with the changed text: only the hash can tell.
    for (const f of data.features) {
      const ex = f.properties.excerpt;
      if (!ex) continue;
      ex.text = report.text.slice(ex.start, ex.end);
      if ('quote' in f.properties) f.properties.quote = ex.text;
    }
    const r = await readImport(blob(data));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.problem).toMatch(
      /its text does not match its SHA-256 .* changed after export/,
    );
  });

  it('refuses a file over the size cap before reading it', async () => {
    let read = false;
    const huge = {
      size: MAX_IMPORT_BYTES + 1,
      text: async () => {
        read = true;
        return '';
      },
    } as unknown as Blob;
    const r = await readImport(huge);
    expect(!r.ok && r.problem).toMatch(/^is too large to import \(104\.9 MB; exports up to 100 MB/);
    expect(read).toBe(false);
  });

  it('refuses a report text larger than the ingest accepts', async () => {
    const data = exported();
    data.reports[0].text += ' '.repeat(MAX_REPORT_BYTES);
    const r = await readImport(blob(data));
    expect(!r.ok && r.problem).toMatch(/its text is too large \(2\.\d MB; reports up to 2 MB/);
  });

  it('names what is not JSON and what is not an export', async () => {
    const notJson = await readImport(new Blob(['{"kind": ']));
    expect(!notJson.ok && notJson.problem).toMatch(/^is not JSON \(Unexpected end/);
    const notExport = await readImport(blob({ type: 'FeatureCollection', features: [] }));
    expect(!notExport.ok && notExport.problem).toMatch(/^is not an export of this viewer/);
    const noText = exported();
    delete noText.reports[0].text;
    const r = await readImport(blob(noText));
    expect(!r.ok && r.problem).toBe('report #0 has no source id or no text');
  });

  it('refuses any change to a report text that keeps the hash, and any other hash (property-based)', async () => {
    const base = exported();
    const length = base.reports[0].text.length;
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: length - 1 }),
        fc.string({ minLength: 1, maxLength: 3 }),
        fc.stringMatching(/^[0-9a-f]{64}$/),
        fc.boolean(),
        async (at, insert, hash, changeText) => {
          const data = structuredClone(base);
          const r = data.reports[0];
          if (changeText) r.text = r.text.slice(0, at) + insert + r.text.slice(at);
          else r.source.sha256 = hash;
          const result = await readImport(blob(data));
          expect(result.ok).toBe(false);
          // It names the report and the field: a quote that no longer matches, or the hash.
          expect(!result.ok && result.problem).toMatch(
            /^report 000_dee46f734d1436c5: (?:.*(?:excerpt|span|mention).*|its text does not match its SHA-256.*)$/,
          );
        },
      ),
      { numRuns: 60 },
    );
  });
});
