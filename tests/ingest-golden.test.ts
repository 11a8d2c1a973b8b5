import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeReport } from '../src/model/validate-situation';
import { ingestText } from './fixtures/ingest';
import { ROOT } from './fixtures/seed';

/**
 * Golden outputs of the ingest, one per report of seeds/ and tests/eval/reports/. They open in
 * any GeoJSON viewer. After an intended change, rewrite them with `REGEN=1 npx vitest run tests/ingest-golden.test.ts`
 * and read the diff.
 */
const GOLDEN = path.join(ROOT, 'tests/golden/ingest');
const inputs = ['seeds', 'tests/eval/reports'].flatMap((dir) =>
  fs
    .readdirSync(path.join(ROOT, dir))
    .filter((f) => f.endsWith('.txt'))
    .map((f) => path.join(dir, f)),
);

describe.each(inputs)('%s', (file) => {
  it('ingests to its golden output', async () => {
    const id = path.basename(file, '.txt');
    const text = decodeReport(fs.readFileSync(path.join(ROOT, file)));
    const { collection } = await ingestText(text, id);
    collection.source.file = file;
    const json = `${JSON.stringify(collection, null, 1)}\n`;
    const golden = path.join(GOLDEN, `${id}.geojson`);
    if (process.env.REGEN) {
      fs.mkdirSync(GOLDEN, { recursive: true });
      fs.writeFileSync(golden, json);
    }
    expect(json).toBe(fs.readFileSync(golden, 'utf8'));
  });
});

describe('geo/', () => {
  it('holds the current ingest output of every report in seeds/ (run npm run ingest after changing the ingest)', () => {
    for (const f of fs.readdirSync(path.join(ROOT, 'seeds')).filter((n) => n.endsWith('.txt'))) {
      const id = path.basename(f, '.txt');
      const golden = JSON.parse(fs.readFileSync(path.join(GOLDEN, `${id}.geojson`), 'utf8'));
      const geo = JSON.parse(fs.readFileSync(path.join(ROOT, 'geo', `${id}.geojson`), 'utf8'));
      expect(geo).toEqual(golden);
    }
  });
});
