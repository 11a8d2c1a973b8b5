/**
 * A person can draw the reports over a basemap of their own (issue 16, part 5): a MapLibre
 * style URL, after which the page talks to that host and no other, or a PMTiles file on the
 * device, after which it talks to no host but its own. The offline basemap stays the default.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { singleTilePmtiles, solidPng } from '../fixtures/pmtiles';
import { canvasPixels, colorDistance, servedViewer, waitForMapIdle } from './harness';

const viewer = servedViewer();

/** The basemap's land colour, unlike anything the offline basemap draws. */
const LAND: [number, number, number] = [214, 170, 90];
const TILE: [number, number, number] = [200, 40, 200];
/** A host the style names for its icons: the page must not ask it for anything. */
const OTHER_HOST = 'http://127.0.0.2:9';

let tiles: http.Server;
let tilesOrigin: string;

/** A tile host on another origin: a style whose land is one polygon over the whole world. */
beforeAll(async () => {
  const style = {
    version: 8,
    sprite: `${OTHER_HOST}/sprite`,
    sources: { land: { type: 'geojson', data: 'land.geojson', attribution: 'Test tiles' } },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': '#203040' } },
      {
        id: 'land',
        type: 'fill',
        source: 'land',
        paint: { 'fill-color': `rgb(${LAND.join(',')})` },
      },
    ],
  };
  const land = {
    type: 'Feature',
    properties: {},
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [-179, -80],
          [179, -80],
          [179, 80],
          [-179, 80],
          [-179, -80],
        ],
      ],
    },
  };
  const files: Record<string, string> = {
    '/style.json': JSON.stringify(style),
    '/land.geojson': JSON.stringify(land),
  };
  tiles = http.createServer((req, res) => {
    const body = files[(req.url ?? '').split('?')[0]];
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.statusCode = body ? 200 : 404;
    res.end(body ?? 'not found');
  });
  await new Promise<void>((resolve) => tiles.listen(0, '127.0.0.1', resolve));
  tilesOrigin = `http://127.0.0.1:${(tiles.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => tiles?.close(() => resolve())));

/** Opens the basemap setting, makes a choice and waits for the page to reload with it. */
async function choose(
  page: Page,
  choice: (dialog: ReturnType<Page['getByRole']>) => Promise<void>,
) {
  await page.getByRole('button', { name: 'Basemap' }).click();
  const dialog = page.getByRole('dialog', { name: 'Basemap' });
  await choice(dialog);
  await Promise.all([
    page.waitForEvent('load'),
    dialog.getByRole('button', { name: 'Use this basemap' }).click(),
  ]);
  await waitForMapIdle(page);
}

/** The colour drawn in the map's top-left area, away from the reports' places. */
async function backdrop(page: Page): Promise<number[]> {
  const [pixel] = await canvasPixels(page, [[40, 300]]);
  return pixel;
}

const policyOf = (page: Page) =>
  page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');

describe('basemap setting', () => {
  it('draws a chosen online style, talking to its host and no other, and says so', async () => {
    const page = await viewer.browser.newPage();
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    await page.goto(viewer.server.url);
    await waitForMapIdle(page);
    expect(await policyOf(page)).toContain("connect-src 'self';");
    const before = viewer.browser.requests.length;

    await choose(page, async (dialog) => {
      await dialog.getByLabel('An online basemap: a MapLibre style URL').check();
      await dialog.getByLabel('MapLibre style URL', { exact: true }).fill('not a url');
      await dialog.getByRole('button', { name: 'Use this basemap' }).click();
      await expect.poll(() => dialog.getByRole('alert').textContent()).toMatch(/not a web address/);
      await dialog
        .getByLabel('MapLibre style URL', { exact: true })
        .fill(`${tilesOrigin}/style.json`);
    });

    expect(await policyOf(page)).toContain(`connect-src 'self' ${tilesOrigin};`);
    await expect
      .poll(() =>
        page.evaluate(
          () => window.__viewer?.map.queryRenderedFeatures({ layers: ['basemap:land'] }).length,
        ),
      )
      .toBeGreaterThan(0);
    expect(colorDistance(await backdrop(page), LAND)).toBeLessThanOrEqual(8);
    // The reports are still drawn over it.
    expect(
      await page.evaluate(
        () => window.__viewer?.map.queryRenderedFeatures({ layers: ['places-circle'] }).length,
      ),
    ).toBeGreaterThan(0);
    // The page says what it talks to: the notice names the host it refuses, the credit the one it uses.
    await expect.poll(() => page.locator('.basemap-notice').textContent()).toContain(OTHER_HOST);
    expect(await page.locator('.maplibregl-ctrl-attrib').textContent()).toContain(
      `Basemap: ${tilesOrigin}`,
    );
    await page.getByRole('button', { name: 'Basemap' }).click();
    expect(await page.getByRole('dialog', { name: 'Basemap' }).textContent()).toContain(
      `talks to its own host and to ${tilesOrigin}, and to no other`,
    );
    await page.keyboard.press('Escape');
    const hosts = new Set(
      viewer.browser.requests
        .slice(before)
        .filter((u) => /^https?:/.test(u))
        .map((u) => new URL(u).origin),
    );
    expect([...hosts].sort()).toEqual([new URL(viewer.server.url).origin, tilesOrigin].sort());
    // The icons' host was refused by the page's policy, not asked.
    expect(violations.some((v) => v.includes(OTHER_HOST.replace('http://', '')))).toBe(true);

    // Back to the offline basemap: the strict policy and the bundled land again.
    await choose(page, (dialog) => dialog.getByLabel(/The offline basemap/).check());
    expect(await policyOf(page)).toContain("connect-src 'self';");
    expect(colorDistance(await backdrop(page), LAND)).toBeGreaterThan(8);
    await page.close();
  });

  it('draws a PMTiles file from the device with no host at all, and keeps it after a reload', async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pmtiles-')), 'magenta.pmtiles');
    fs.writeFileSync(file, singleTilePmtiles(solidPng(TILE)));
    const page = await viewer.browser.newPage();
    await page.goto(viewer.server.url);
    await waitForMapIdle(page);
    const before = viewer.browser.requests.length;
    await choose(page, async (dialog) => {
      await dialog.getByLabel(/A PMTiles file on this device/).check();
      await dialog.getByLabel('PMTiles file', { exact: true }).setInputFiles(file);
    });
    await expect
      .poll(() => backdrop(page).then((p) => colorDistance(p, TILE)))
      .toBeLessThanOrEqual(8);
    expect(await page.locator('.maplibregl-ctrl-attrib').textContent()).toContain(
      'magenta.pmtiles (a file on this device)',
    );
    await page.reload();
    await waitForMapIdle(page);
    await expect
      .poll(() => backdrop(page).then((p) => colorDistance(p, TILE)))
      .toBeLessThanOrEqual(8);
    const hosts = new Set(
      viewer.browser.requests
        .slice(before)
        .filter((u) => /^https?:/.test(u))
        .map((u) => new URL(u).origin),
    );
    expect([...hosts]).toEqual([new URL(viewer.server.url).origin]);
    await choose(page, (dialog) => dialog.getByLabel(/The offline basemap/).check());
    await page.close();
  });

  it('falls back to the offline basemap, saying why, when the chosen style cannot be had', async () => {
    const page = await viewer.browser.newPage();
    await page.goto(viewer.server.url);
    await waitForMapIdle(page);
    await choose(page, async (dialog) => {
      await dialog.getByLabel('An online basemap: a MapLibre style URL').check();
      await dialog
        .getByLabel('MapLibre style URL', { exact: true })
        .fill(`${tilesOrigin}/missing.json`);
    });
    await expect
      .poll(() => page.locator('.basemap-notice').textContent())
      .toMatch(/could not be loaded \(the server answered 404.*\)\. The offline basemap is shown/);
    // The offline basemap and the reports are there.
    expect(
      await page.evaluate(
        () => window.__viewer?.map.queryRenderedFeatures({ layers: ['places-circle'] }).length,
      ),
    ).toBeGreaterThan(0);
    expect(
      await page.evaluate(
        () => window.__viewer?.map.queryRenderedFeatures({ layers: ['countries-fill'] }).length,
      ),
    ).toBeGreaterThan(0);
    await choose(page, (dialog) => dialog.getByLabel(/The offline basemap/).check());
    await page.close();
  });
});
