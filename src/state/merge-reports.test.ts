import { describe, expect, it } from 'vitest';
import { readSeedText, readSituation } from '../../tests/fixtures/seed';
import { mergeReports } from './merge-reports';

describe('mergeReports', () => {
  const report = { file: 'geo/a.geojson', collection: readSituation(), text: readSeedText() };

  it('merges bundled and added reports, keeping the first of a report loaded twice', () => {
    const again = { ...report, file: 'pasted/a.geojson' };
    const broken = { file: 'geo/b.geojson', problems: ['Invalid JSON'] };
    const { domain, failures } = mergeReports([report], [again], [broken]);
    expect([...domain.reports.keys()]).toEqual([report.collection.source.id]);
    expect(failures).toEqual([
      broken,
      {
        file: 'pasted/a.geojson',
        problems: [`report "${report.collection.source.id}" is already loaded`],
      },
    ]);
  });

  it('gives an empty domain for no reports', () => {
    const { domain, failures } = mergeReports([], [], []);
    expect(domain.items.size).toBe(0);
    expect(failures).toEqual([]);
  });
});
