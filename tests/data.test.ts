import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { getIssues } from '@placemarkio/check-geojson';
import { describe, expect, it } from 'vitest';
import type { SituationCollection } from '../src/model/situation';
import { decodeReport, validateSituation } from '../src/model/validate-situation';
import { ROOT } from './fixtures/seed';

const situationFiles = (dir: string) =>
  fs
    .readdirSync(path.join(ROOT, dir))
    .filter((f) => f.endsWith('.geojson'))
    .map((f) => `${dir}/${f}`);
const geoFiles = [...situationFiles('geo'), ...situationFiles('tests/golden/handmade')];

/** The data check: every situation file in geo/ is valid and true to its report. */
describe.each(geoFiles)('%s', (file) => {
  const jsonText = fs.readFileSync(path.join(ROOT, file), 'utf8');
  const parsed = JSON.parse(jsonText) as SituationCollection;
  const bytes = fs.readFileSync(path.join(ROOT, parsed.source.file));

  it('is valid GeoJSON for the GeoJSON validator', () => {
    expect(getIssues(jsonText)).toEqual([]);
  });

  it('has every excerpt and span exactly at its offsets, and every reference resolved', () => {
    expect(validateSituation(jsonText, decodeReport(bytes)).problems).toEqual([]);
  });

  it('records the sha256 of its report bytes and its base name', () => {
    expect(parsed.source.sha256).toBe(crypto.createHash('sha256').update(bytes).digest('hex'));
    expect(path.basename(file, '.geojson')).toBe(parsed.source.id);
  });
});

describe('the seeds', () => {
  it('are unchanged copies of the shared reports where those exist', () => {
    const shared = path.join(ROOT, '../shared/seeds');
    if (!fs.existsSync(shared)) return;
    for (const f of fs.readdirSync(shared))
      if (fs.existsSync(path.join(ROOT, 'seeds', f)))
        expect(
          fs
            .readFileSync(path.join(ROOT, 'seeds', f))
            .equals(fs.readFileSync(path.join(shared, f))),
        ).toBe(true);
  });
});

/** The team's shared reviews, when there are any: each one checked and of a report in geo/. */
describe('geo/corrections.json', () => {
  const file = path.join(ROOT, 'geo/corrections.json');
  it.skipIf(!fs.existsSync(file))('holds only well-formed reviews of reports in geo/', async () => {
    const { correctionProblem } = await import('../src/state/corrections');
    const shas = new Set(
      situationFiles('geo').map(
        (f) => JSON.parse(fs.readFileSync(path.join(ROOT, f), 'utf8')).source.sha256,
      ),
    );
    const { corrections } = JSON.parse(fs.readFileSync(file, 'utf8'));
    for (const c of corrections) {
      expect(correctionProblem(c)).toBeNull();
      expect(shas.has(c.key.slice(0, c.key.indexOf('/')))).toBe(true);
    }
  });
});
