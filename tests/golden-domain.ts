import fs from 'node:fs';
import path from 'node:path';
import type { SituationCollection } from '../src/model/situation';
import { buildDomain, type Domain } from '../src/state/domain';

const GOLDEN = path.resolve(import.meta.dirname, 'golden/ingest');

/**
 * Every golden ingest output, merged, for tests of filtering: real actors, places shared
 * between reports, exact and ranged dates; with `undatedCopy`, the first of them again with
 * every other item's date taken away.
 */
export function domainOfGoldenReports({ undatedCopy = false } = {}): Domain {
  const reports = fs
    .readdirSync(GOLDEN)
    .filter((f) => f.endsWith('.geojson'))
    .sort()
    .map((f) => ({
      file: `geo/${f}`,
      collection: JSON.parse(fs.readFileSync(path.join(GOLDEN, f), 'utf8')) as SituationCollection,
      text: '',
    }));
  if (!undatedCopy) return buildDomain(reports);
  const undated = structuredClone(reports[0]);
  undated.collection.source.id = 'undated';
  undated.collection.features.forEach((f, i) => {
    if (f.properties.kind !== 'place' && i % 2 === 0) f.properties.date = null;
  });
  return buildDomain([...reports, undated]);
}
