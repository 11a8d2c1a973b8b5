import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SituationCollection } from '../../src/model/situation';
import { ROOT, readSituation, readSituationText, SEED_ID } from '../fixtures/seed';
import { type Browser, distWithData, launch, type Server, serve, waitForMapIdle } from './harness';

const IMG = '<img src=x onerror="window.__xss=1">';
const SCRIPT = '<script>window.__xss=2</script>';
/** A word of 100,000 characters once made the reader 909,996 px wide. */
const LONG_WORD = 'x'.repeat(100_000);
/** A right-to-left override and a word joiner: shown marked, and search reads past them. */
const HIDDEN = 'Mos\u2060cow and \u202Eevil\u202C';
const HOSTILE_TEXT = `date 2020-03-05\nIn Aleppo ${IMG} fighters clashed ${SCRIPT} on Wednesday, the group said.\n${LONG_WORD}\n${HIDDEN}\n`;

/** A valid situation file whose every string from the report carries markup. */
function hostileSituation(): SituationCollection {
  const span = (s: string) => {
    const start = HOSTILE_TEXT.indexOf(s);
    return { start, end: start + s.length, text: s };
  };
  const sentence = span(
    `In Aleppo ${IMG} fighters clashed ${SCRIPT} on Wednesday, the group said.`,
  );
  const at = { type: 'Point' as const, coordinates: [37.16117, 36.20124] };
  return {
    type: 'FeatureCollection',
    source: {
      id: 'hostile',
      file: 'seeds/hostile.txt',
      date: '2020-03-05',
      outlet: `Outlet ${SCRIPT}`,
      sha256: crypto.createHash('sha256').update(HOSTILE_TEXT).digest('hex'),
    },
    actors: [
      {
        id: 'group',
        name: `Group ${IMG}`,
        kind: 'armed_group',
        side: 'group',
        seat: null,
        color: '#6a1b9a',
        mentions: [],
      },
    ],
    features: [
      {
        type: 'Feature',
        geometry: at,
        properties: {
          kind: 'place',
          id: 'aleppo',
          name: `Aleppo ${IMG}`,
          country: 'SY',
          gazetteerId: 170063,
          location: { basis: 'explicit', reason: SCRIPT },
          mentions: [{ start: 3, end: 9 }],
        },
      },
      {
        type: 'Feature',
        geometry: at,
        properties: {
          kind: 'event',
          id: 'clash',
          type: 'FIGHT',
          summary: `Clash ${SCRIPT}`,
          date: '2020-03-04',
          datePrecision: 'day',
          dateBasis: 'weekday-relative',
          placeId: 'aleppo',
          actors: [{ id: 'group', role: IMG }],
          excerpt: sentence,
        },
      },
      {
        type: 'Feature',
        geometry: at,
        properties: {
          kind: 'statement',
          id: 'said',
          speaker: 'group',
          summary: IMG,
          date: null,
          placeId: 'aleppo',
          about: { places: ['aleppo'], events: ['clash'] },
          disputes: [],
          excerpt: sentence,
        },
      },
    ],
  };
}

let server: Server;
let browser: Browser;

beforeAll(async () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'viewer-bad-'));
  const geo = path.join(tmp, 'geo');
  const seeds = path.join(tmp, 'seeds');
  fs.mkdirSync(geo);
  fs.mkdirSync(seeds);
  fs.copyFileSync(path.join(ROOT, 'seeds', `${SEED_ID}.txt`), path.join(seeds, `${SEED_ID}.txt`));
  fs.writeFileSync(path.join(geo, `${SEED_ID}.geojson`), readSituationText());
  fs.writeFileSync(path.join(seeds, 'hostile.txt'), HOSTILE_TEXT);
  fs.writeFileSync(path.join(geo, 'hostile.geojson'), JSON.stringify(hostileSituation()));
  fs.writeFileSync(path.join(geo, 'bad-json.geojson'), '{"type": "FeatureCollection", ');
  const badGeo = readSituation();
  badGeo.source.id = 'bad-geo';
  (badGeo.features[0].geometry as { coordinates: number[] }).coordinates = [36.6];
  fs.writeFileSync(path.join(geo, 'bad-geo.geojson'), JSON.stringify(badGeo));
  const badExcerpt = readSituation();
  badExcerpt.source.id = 'bad-excerpt';
  const ev = badExcerpt.features.find((f) => f.properties.kind === 'event');
  if (ev?.properties.kind === 'event') ev.properties.excerpt.start += 3;
  fs.writeFileSync(path.join(geo, 'bad-excerpt.geojson'), JSON.stringify(badExcerpt));
  const badActor = readSituation();
  badActor.source.id = 'bad-actor';
  const st = badActor.features.find((f) => f.properties.kind === 'statement');
  if (st?.properties.kind === 'statement') st.properties.speaker = 'ghost-ministry';
  fs.writeFileSync(path.join(geo, 'bad-actor.geojson'), JSON.stringify(badActor));
  // Finding 1 of issue 15: one place at latitude 95 blanked every load.
  const badLat = readSituation();
  badLat.source.id = 'bad-lat';
  for (const f of badLat.features) f.geometry.coordinates = [36.6, 95];
  fs.writeFileSync(path.join(geo, 'bad-lat.geojson'), JSON.stringify(badLat));
  // Finding 4: a colour that is a URL made the page fetch from another host.
  const badColour = readSituation();
  badColour.source.id = 'bad-colour';
  badColour.actors[0].color = 'url(http://other-host.invalid/pixel.png)';
  badColour.sides = [{ id: 'x', name: 'X', color: 'url(http://other-host.invalid/side.png)' }];
  fs.writeFileSync(path.join(geo, 'bad-colour.geojson'), JSON.stringify(badColour));
  server = await serve(distWithData(geo, seeds));
  // The served copy holds the files now.
  fs.rmSync(tmp, { recursive: true, force: true });
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('bad and hostile input in Chromium', () => {
  it('names each broken file and its problem, and still shows the good reports', async () => {
    const page = await browser.newPage();
    await page.goto(server.url);
    await waitForMapIdle(page);
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('6 files were not loaded');
    const items = await alert.locator(':scope > ul > li').allTextContents();
    const byFile = (f: string) => items.find((t) => t.startsWith(f)) ?? '';
    expect(byFile('geo/bad-json.geojson')).toMatch(/Invalid JSON/);
    expect(byFile('geo/bad-geo.geojson')).toMatch(
      /invalid GeoJSON at features\[\d+\]\.geometry\.coordinates: Too small/,
    );
    expect(byFile('geo/bad-excerpt.geojson')).toMatch(/excerpt does not match the report/);
    expect(byFile('geo/bad-actor.geojson')).toMatch(/refers to missing actor "ghost-ministry"/);
    expect(byFile('geo/bad-lat.geojson')).toMatch(/coordinates 36.6, 95 are off the globe/);
    expect(byFile('geo/bad-colour.geojson')).toMatch(/color must be #rrggbb, not "url\(http/);
    expect(browser.requests.filter((u) => !u.startsWith(server.url))).toEqual([]);
    expect(await page.locator('.status').textContent()).toMatch(/^2 reports · 4 places/);
    await page.close();
  });

  it('shows markup from a report as text and runs none of it', async () => {
    const page = await browser.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(server.url);
    await waitForMapIdle(page);
    await page.getByRole('button', { name: /^Aleppo/ }).click();
    const popup = page.locator('.maplibregl-popup .place-popup');
    await popup.waitFor();
    expect(await popup.locator('h2').textContent()).toBe(`Aleppo ${IMG}`);
    expect(await popup.textContent()).toContain(`Clash ${SCRIPT}`);
    await popup.getByRole('button', { name: 'Read in source' }).first().click();
    const mark = page.locator('.reader mark');
    await mark.waitFor();
    expect(await mark.textContent()).toContain(`${IMG} fighters clashed ${SCRIPT}`);
    expect(await page.locator('.reader').textContent()).toContain(`Outlet ${SCRIPT}`);
    expect(await page.getByRole('checkbox', { name: /Group <img/ }).count()).toBe(1);
    const injected = await page.evaluate(() => ({
      xss: (window as unknown as { __xss?: number }).__xss,
      imgs: document.querySelectorAll('#root img, .maplibregl-popup img').length,
      scripts: [...document.querySelectorAll('script')].filter((s) =>
        s.textContent?.includes('__xss'),
      ).length,
    }));
    expect(injected).toEqual({ xss: undefined, imgs: 0, scripts: 0 });
    expect(dialogs).toEqual([]);
    await page.close();
  });

  it('still shows the reports when a link names a day or a view that does not exist', async () => {
    for (const hash of ['#t=2020-13-45..2020-99-99', '#map=24/90/1e308', '#map=3/1e308/1e308']) {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`${server.url}${hash}`);
      await waitForMapIdle(page);
      expect(await page.locator('.status').textContent(), hash).toMatch(/^2 reports/);
      // A reload keeps the page working: the bad part is not written back.
      await page.reload();
      await waitForMapIdle(page);
      expect(await page.locator('.status').textContent(), hash).toMatch(/^2 reports/);
      expect(errors, hash).toEqual([]);
      await page.close();
    }
  });

  it('still shows the reports in a browser without IndexedDB', async () => {
    for (const script of [
      'delete window.indexedDB; Object.defineProperty(window, "indexedDB", { value: undefined });',
      'IDBFactory.prototype.open = function () { throw new DOMException("blocked", "SecurityError"); };',
    ]) {
      const page = await browser.newPage();
      await page.addInitScript(script);
      await page.goto(server.url);
      await waitForMapIdle(page);
      expect(await page.locator('.status').textContent(), script).toMatch(/^2 reports/);
      await page.close();
    }
  });

  it('wraps a 100,000-character word and marks invisible characters in the reader', async () => {
    const page = await browser.newPage();
    await page.goto(server.url);
    await waitForMapIdle(page);
    await page.getByRole('button', { name: /^Aleppo/ }).click();
    const popup = page.locator('.maplibregl-popup .place-popup');
    await popup.waitFor();
    await popup.getByRole('button', { name: 'Read in source' }).first().click();
    const reader = page.locator('.reader');
    await reader.locator('mark').waitFor();
    const size = await reader.evaluate((el) => ({
      scroll: el.scrollWidth,
      client: el.clientWidth,
    }));
    expect(size.scroll).toBeLessThanOrEqual(size.client + 1);
    const marks = await reader
      .locator('.invisible-char')
      .evaluateAll((els) =>
        els.map((e) => `${e.getAttribute('data-label')} ${e.getAttribute('title')}`),
      );
    expect(marks).toEqual([
      'WJ U+2060 WORD JOINER',
      'RLO U+202E RIGHT-TO-LEFT OVERRIDE',
      'PDF U+202C POP DIRECTIONAL FORMATTING',
    ]);
    // The page holds the source's characters as they are: a copy is exact.
    expect(await reader.locator('.report-text').textContent()).toContain(HIDDEN);
    await page.close();
  });
});
