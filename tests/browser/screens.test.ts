/**
 * The viewer on a phone (390x844, touch), a tablet (820x1180, touch) and a desktop (1400x900),
 * as a person uses it (issue 16, part 1): how much of the screen is map, nothing scrolling
 * sideways, a tap on Idlib opening its popup fully on screen, pinch and drag moving the map,
 * the panels reachable, axe at each size, and a screenshot of each in docs/screenshots.
 */
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Browser,
  launchScreen,
  placeOnScreen,
  ROOT,
  SCREENS,
  screenPixels,
  type Server,
  serve,
  waitForMapIdle,
} from './harness';

/** Least share of the screen that is map, by screen. */
const MIN_MAP_SHARE = { phone: 0.75, tablet: 0.45, desktop: 0.38 };
const IDLIB: [number, number] = [36.63393, 35.93062];

let server: Server;
beforeAll(async () => {
  server = await serve();
});
afterAll(async () => {
  await server?.close();
});

const viewOf = (page: Page) =>
  page.evaluate(() => {
    const map = window.__viewer?.map;
    return { zoom: map?.getZoom() ?? 0, center: map?.getCenter().toArray() ?? [0, 0] };
  });

describe.each(SCREENS)('on a $name ($width x $height)', (screen) => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    browser = await launchScreen(screen);
    page = await browser.newPage();
    await page.goto(server.url);
    await waitForMapIdle(page);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('gives the map its share of the screen, with nothing scrolling sideways', async () => {
    const box = await page.locator('.map').boundingBox();
    const share = ((box?.width ?? 0) * (box?.height ?? 0)) / (screen.width * screen.height);
    console.log(`map share on the ${screen.name}: ${share.toFixed(3)}`);
    expect(share).toBeGreaterThanOrEqual(MIN_MAP_SHARE[screen.name]);
    const widths = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      body: document.body.scrollWidth,
    }));
    expect(widths.page).toBeLessThanOrEqual(screen.width);
    expect(widths.body).toBeLessThanOrEqual(screen.width);
    await page.screenshot({ path: path.join(ROOT, 'docs/screenshots', `${screen.name}.png`) });
  });

  it('reaches the export, basemap and add-a-report controls, each on screen', async () => {
    if (screen.name === 'phone') await page.getByText('Export', { exact: true }).click();
    for (const name of ['GeoJSON', 'CSV', 'KML', 'Import…', 'Basemap', 'Add a report']) {
      const box = await page.getByRole('button', { name, exact: true }).boundingBox();
      expect(box, name).not.toBeNull();
      if (!box) continue;
      expect(box.x >= 0 && box.x + box.width <= screen.width, name).toBe(true);
      expect(box.y >= 0 && box.y + box.height <= screen.height, name).toBe(true);
    }
    if (screen.name === 'phone') await page.getByText('Export', { exact: true }).click();
    await page.getByRole('button', { name: 'Basemap' }).click();
    const dialog = page.getByRole('dialog', { name: 'Basemap' });
    const box = await dialog.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= screen.width).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
  });

  it('opens the popup of a tapped place fully on screen, and closes it', async () => {
    const at = await placeOnScreen(page, IDLIB);
    if (screen.touch) await page.touchscreen.tap(at.x, at.y);
    else await page.mouse.click(at.x, at.y);
    const popup = page.locator('.place-popup');
    await popup.waitFor();
    expect(await popup.locator('h2').textContent()).toMatch(/^Idlib/);
    const holder =
      screen.name === 'desktop' ? page.locator('.maplibregl-popup') : page.locator('.place-sheet');
    const box = await holder.boundingBox();
    expect(box).not.toBeNull();
    if (!box) return;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(screen.width + 0.5);
    expect(box.y + box.height).toBeLessThanOrEqual(screen.height + 0.5);
    await waitForMapIdle(page);
    if (screen.name === 'phone') {
      // The tapped place stays in sight above the sheet.
      const place = await placeOnScreen(page, IDLIB);
      expect(place.y).toBeLessThan(box.y);
      expect(place.y).toBeGreaterThan(0);
      // And the map there is drawn as a person sees it: with the sheet taller than about two
      // thirds of the map, Chromium composited the map above it blank white.
      const mapTop = (await page.locator('.map').boundingBox())?.y ?? 0;
      const grid = [0.2, 0.4, 0.6, 0.8].flatMap((fx) =>
        [0.25, 0.5, 0.75].map((fy) => [screen.width * fx, mapTop + (box.y - mapTop) * fy]),
      );
      const blank = (await screenPixels(page, grid)).filter(
        ([r, g, b]) => r > 252 && g > 252 && b > 252,
      );
      expect(blank.length, 'points of the map above the sheet that are blank white').toBeLessThan(
        grid.length / 3,
      );
    }
    await page.screenshot({
      path: path.join(ROOT, 'docs/screenshots', `${screen.name}-popup.png`),
    });
    const results = await new AxeBuilder({ page }).analyze();
    const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
      [],
    );
    await page.keyboard.press('Escape');
    await expect.poll(() => popup.count()).toBe(0);
  });

  it('reaches every panel: places, actors, events, reader', async () => {
    if (screen.name === 'desktop') {
      for (const name of ['Places', 'Actors', 'Events and statements'])
        await expect.poll(() => page.getByRole('heading', { name, exact: true }).count()).toBe(1);
      return;
    }
    for (const [tab, heading] of [
      ['Actors', 'Actors'],
      ['Events', 'Events and statements'],
      ['Places', 'Places'],
    ]) {
      await page.getByRole('tab', { name: tab }).tap();
      await expect
        .poll(() =>
          page.getByRole('tabpanel').getByRole('heading', { name: heading, exact: true }).count(),
        )
        .toBe(1);
    }
    await page.getByRole('tab', { name: 'Reader' }).tap();
    await page.getByRole('tabpanel').getByRole('button', { name: 'Read reports' }).tap();
    await expect.poll(() => page.locator('.reader .report-text').count()).toBe(1);
    const results = await new AxeBuilder({ page }).analyze();
    const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
      [],
    );
  });

  it.runIf(screen.name === 'phone')(
    'keeps a place opened from the list in sight above the sheet',
    async () => {
      await page.getByRole('tab', { name: 'Places' }).tap();
      await page
        .getByRole('tabpanel')
        .getByRole('button', { name: /^Idlib/ })
        .first()
        .tap();
      const sheet = page.locator('.place-sheet');
      await sheet.waitFor();
      await waitForMapIdle(page);
      const top = (await sheet.boundingBox())?.y ?? 0;
      const mapTop = (await page.locator('.map').boundingBox())?.y ?? 0;
      const place = await placeOnScreen(page, IDLIB);
      expect(place.y).toBeLessThan(top);
      expect(place.y).toBeGreaterThan(mapTop);
      await page.keyboard.press('Escape');
      await expect.poll(() => sheet.count()).toBe(0);
    },
  );

  it.runIf(screen.touch)('pinches to zoom and drags to pan', async () => {
    const cdp = await page.context().newCDPSession(page);
    const box = await page.locator('.map').boundingBox();
    if (!box) throw new Error('no map');
    const middle = { x: box.x + box.width / 2, y: box.y + box.height / 3 };
    const before = await viewOf(page);
    await cdp.send('Input.synthesizePinchGesture', {
      ...middle,
      scaleFactor: 2,
      gestureSourceType: 'touch',
    });
    await expect.poll(async () => (await viewOf(page)).zoom).toBeGreaterThan(before.zoom + 0.5);
    const zoomed = await viewOf(page);
    // A finger drawn 120 px to the right, in steps: the map follows it west.
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', x: number) =>
      cdp.send('Input.dispatchTouchEvent', {
        type,
        touchPoints: type === 'touchEnd' ? [] : [{ x, y: middle.y }],
      });
    await touch('touchStart', middle.x);
    for (let dx = 10; dx <= 120; dx += 10) await touch('touchMove', middle.x + dx);
    await touch('touchEnd', middle.x + 120);
    await expect.poll(async () => (await viewOf(page)).center[0]).toBeLessThan(zoomed.center[0]);
  });
});
