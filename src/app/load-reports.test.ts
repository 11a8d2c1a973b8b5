import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, readSituation, SEED_ID } from '../../tests/fixtures/seed';
import { isSafeDataPath, loadReports, mergeLoaded, readManifest } from './load-reports';

/** A fetch that serves the given files under data/, and 404 for anything else. */
function fakeFetch(files: Record<string, string | Uint8Array<ArrayBuffer>>) {
  const asked: string[] = [];
  const fn = async (url: string) => {
    asked.push(url);
    const body = files[url.replace(/^data\//, '')];
    return body === undefined
      ? new Response('nope', { status: 404 })
      : new Response(body as BodyInit);
  };
  return { fn, asked };
}

const seedBytes = new Uint8Array(fs.readFileSync(path.join(ROOT, 'seeds', `${SEED_ID}.txt`)));
const good = JSON.stringify(readSituation());

describe('loadReports', () => {
  it('loads good files and names each broken file with its problem', async () => {
    const missingPlace = readSituation();
    missingPlace.source.id = 'missing-place';
    const ev = missingPlace.features.find((f) => f.properties.kind === 'event');
    if (ev?.properties.kind === 'event') ev.properties.placeId = 'nowhere';
    const changedReport = readSituation();
    changedReport.source = { ...changedReport.source, id: 'changed', file: 'seeds/changed.txt' };
    const { fn } = fakeFetch({
      'manifest.json': JSON.stringify({
        reports: [
          'geo/good.geojson',
          'geo/broken.geojson',
          'geo/missing-place.geojson',
          'geo/changed.geojson',
          'geo/gone.geojson',
        ],
      }),
      'geo/good.geojson': good,
      'geo/broken.geojson': '{"type": ',
      'geo/missing-place.geojson': JSON.stringify(missingPlace),
      'geo/changed.geojson': JSON.stringify(changedReport),
      [`seeds/${SEED_ID}.txt`]: seedBytes,
      'seeds/changed.txt': new Uint8Array([...seedBytes, 32]),
    });
    const result = await loadReports(fn);
    expect(result.reports.map((r) => r.file)).toEqual(['geo/good.geojson']);
    const byFile = Object.fromEntries(result.failures.map((f) => [f.file, f.problems.join(' | ')]));
    expect(byFile['geo/broken.geojson']).toMatch(/Invalid JSON/);
    expect(byFile['geo/missing-place.geojson']).toMatch(/refers to missing place "nowhere"/);
    expect(byFile['geo/changed.geojson']).toMatch(/sha256 differs/);
    expect(byFile['geo/gone.geojson']).toMatch(/HTTP 404/);
  });

  it('never asks for a report path that leaves the data folder', async () => {
    const evil = readSituation();
    evil.source.file = '../../etc/passwd';
    const { fn, asked } = fakeFetch({
      'manifest.json': JSON.stringify({
        reports: ['geo/evil.geojson', 'https://elsewhere.example/x.geojson'],
      }),
      'geo/evil.geojson': JSON.stringify(evil),
    });
    const result = await loadReports(fn);
    expect(result.reports).toEqual([]);
    expect(result.failures.map((f) => f.problems[0])).toEqual([
      expect.stringMatching(/not a path inside the data folder/),
      'not a file inside the data folder',
    ]);
    expect(asked).toEqual(['data/manifest.json', 'data/geo/evil.geojson']);
  });

  it('names the manifest when it cannot list the files', async () => {
    for (const [body, problem] of [
      ['{"reports": ', /not valid JSON/],
      ['{"reports": "geo/a.geojson"}', /not a list of file names/],
      ['{"reports": [1]}', /not a list of file names/],
    ] as const) {
      const result = await loadReports(fakeFetch({ 'manifest.json': body }).fn);
      expect(result.reports).toEqual([]);
      expect(result.failures).toEqual([
        { file: 'manifest.json', problems: [expect.stringMatching(problem)] },
      ]);
    }
    expect(await readManifest(fakeFetch({}).fn)).toEqual({
      file: 'manifest.json',
      problems: ['could not be read (HTTP 404)'],
    });
  });

  it('keeps the first file of a report id, in manifest order, and names the later one', () => {
    const collection = readSituation();
    const text = new TextDecoder().decode(seedBytes);
    const merged = mergeLoaded([
      { file: 'geo/b.geojson', problems: ['broken'] },
      { file: 'geo/a.geojson', collection, text },
      { file: 'geo/a-again.geojson', collection, text },
    ]);
    expect(merged.reports.map((r) => r.file)).toEqual(['geo/a.geojson']);
    expect(merged.failures).toEqual([
      { file: 'geo/b.geojson', problems: ['broken'] },
      {
        file: 'geo/a-again.geojson',
        problems: [`report id "${collection.source.id}" is already loaded from another file`],
      },
    ]);
  });

  it('accepts plain relative paths only', () => {
    expect(isSafeDataPath('seeds/a_b-1.txt')).toBe(true);
    for (const bad of ['/etc/passwd', '../x', 'a/../../x', 'http://x/y', '//host/x', 'a b'])
      expect(isSafeDataPath(bad)).toBe(false);
  });
});
