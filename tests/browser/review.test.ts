/**
 * An analyst confirms or corrects what the machine extracted (issue 17, part 3): a correction
 * made in the popup is kept in the browser, survives a reload and a re-ingest of the same
 * report, is in both exports, and an export carries it to another browser.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readSeedText } from '../fixtures/seed';
import { launch, pasteReport, servedViewer, waitForMapIdle } from './harness';

const viewer = servedViewer();

/** Opens a place's popup from the places list; returns the popup. */
async function openPlace(page: Page, name: string) {
  await page
    .locator('.place-list button')
    .filter({ hasText: new RegExp(`^${name}`) })
    .first()
    .click();
  const popup = page.locator('.maplibregl-popup .place-popup');
  await popup.waitFor();
  // The map eases to the place: clicks in the popup wait until it stands still.
  await waitForMapIdle(page);
  return popup;
}

const openIdlib = (page: Page) => openPlace(page, 'Idlib');

/** Runs `steps` on the viewer in a fresh profile (nothing reviewed yet), then closes it. */
async function inFreshBrowser(steps: (page: Page) => Promise<void>): Promise<void> {
  const browser = await launch();
  try {
    const page = await browser.newPage();
    await page.goto(viewer.server.url);
    await waitForMapIdle(page);
    await steps(page);
  } finally {
    await browser.close();
  }
}

/**
 * The popup's first item, pinned by its key: what a test reviews stays the item it found, where
 * another item may come before it later (a report still merging in, a review re-sorting).
 */
async function firstEntry(page: Page): Promise<Locator> {
  const items = page.locator('.maplibregl-popup .place-popup li.item');
  await items.first().waitFor();
  const key = await items.first().getAttribute('data-item');
  return page.locator(`.maplibregl-popup .place-popup li.item[data-item="${key}"]`);
}
/**
 * Opens an item's correction form and returns it, drawn. A click on a popup the map is still
 * moving can miss on a loaded machine: it is made again until the form is there.
 */
async function openCorrection(page: Page, entry: Locator): Promise<Locator> {
  const form = page
    .locator('.maplibregl-popup .place-popup')
    .getByRole('form', { name: 'Correct this item' });
  await clickUntil(entry.getByRole('button', { name: 'Correct…' }), form);
  return form;
}

/**
 * Clicks a button in the popup until what it brings is there: on a loaded machine a click on a
 * popup the map has just moved can miss, and a person would click again.
 */
async function clickUntil(button: Locator, brought: Locator | (() => Promise<boolean>)) {
  const done = typeof brought === 'function' ? brought : async () => (await brought.count()) > 0;
  await expect
    .poll(
      async () => {
        if (!(await done()) && (await button.count()) > 0)
          await button.click({ timeout: 5_000 }).catch(() => undefined);
        return done();
      },
      { timeout: 30_000, interval: 2_000 },
    )
    .toBe(true);
}

describe('review and correction', () => {
  it('keeps a correction made in the popup through a reload and a re-ingest, in both exports, and into another browser', async () => {
    const page = await viewer.browser.newPage();
    await page.goto(viewer.server.url);
    await waitForMapIdle(page);
    await openIdlib(page);
    const entry = await firstEntry(page);
    const quote = (await entry.locator('.summary, blockquote').first().textContent()) ?? '';
    const form = await openCorrection(page, entry);
    if (await form.getByLabel('Type').count())
      await form.getByLabel('Type').selectOption('ASSAULT');
    await form.getByLabel('Dead').fill('7');
    await form.getByLabel('Note').fill('checked against a second source');
    // Only the corrected item has a status line.
    const statusLine = page.locator('.maplibregl-popup .place-popup .review-status').first();
    await clickUntil(form.getByRole('button', { name: 'Save correction' }), statusLine);
    const status = () => statusLine.textContent();
    await expect.poll(status).toMatch(/^Corrected by you.*7 dead.*checked against a second source/);

    // After a reload: still there, from IndexedDB.
    await page.reload();
    await waitForMapIdle(page);
    await openIdlib(page);
    await expect.poll(status).toMatch(/^Corrected by you/);

    // The same report ingested again (pasted): its item is the one corrected.
    await pasteReport(page, readSeedText());
    const corrected = await page.evaluate(
      () =>
        [...(window.__viewer?.domain.items.values() ?? [])].filter(
          (i) => i.review?.correction.status === 'corrected',
        ).length,
    );
    expect(corrected).toBe(2);

    // Both exports carry it.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'review-'));
    const [geo] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'GeoJSON' }).click(),
    ]);
    const file = path.join(dir, 'reviewed.geojson');
    await geo.saveAs(file);
    const data = JSON.parse(fs.readFileSync(file, 'utf8'));
    expect(data.corrections).toEqual([
      expect.objectContaining({
        status: 'corrected',
        fatalities: 7,
        note: 'checked against a second source',
      }),
    ]);
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'CSV' }).click(),
    ]);
    const rows = fs.readFileSync((await csv.path()) as string, 'utf8').split('\r\n');
    // The pasted copy tells the same events as the bundled report: shown once, in one row.
    expect(
      rows.filter((r) => r.includes(',corrected,checked against a second source,')),
    ).toHaveLength(1);
    await page.close();

    // Another browser (a fresh profile) imports the export, corrections included.
    const other = await launch();
    try {
      const p = await other.newPage();
      await p.goto(viewer.server.url);
      await waitForMapIdle(p);
      const [chooser] = await Promise.all([
        p.waitForEvent('filechooser'),
        p.getByRole('button', { name: 'Import…' }).click(),
      ]);
      await chooser.setFiles(file);
      await expect
        .poll(() => p.locator('.paste-message').textContent())
        .toMatch(/1 review of items/);
      await openIdlib(p);
      const reviewed = p.locator('.maplibregl-popup .place-popup li.item', {
        has: p.locator('.review-status'),
      });
      await expect
        .poll(() => reviewed.first().locator('.review-status').textContent())
        .toMatch(/^Corrected by you.*7 dead/);
      // Undo: the item is as extracted again.
      await clickUntil(
        reviewed.first().getByRole('button', { name: 'Undo' }),
        async () => (await reviewed.count()) === 0,
      );
      await expect.poll(() => reviewed.count()).toBe(0);
      expect(quote.length).toBeGreaterThan(0);
    } finally {
      await other.close();
    }
  });

  it('rejects an item, which the Confidence group can then hide', async () => {
    await inFreshBrowser(async (page) => {
      await openIdlib(page);
      const entry = await firstEntry(page);
      await clickUntil(
        entry.getByRole('button', { name: 'Reject' }),
        entry.locator('.review-status'),
      );
      await expect
        .poll(() => entry.locator('.review-status').textContent())
        .toMatch(/^Rejected by you/);
      const total = await page.evaluate(() => window.__viewer?.domain.items.size ?? 0);
      await page.getByRole('checkbox', { name: /^Rejected/ }).uncheck();
      await expect
        .poll(() => page.locator('.event-list .list-head').textContent())
        .toContain(`${total - 1} of ${total} items shown`);
    });
  });

  it('shows one strike two reports tell as one item with two sources, each with its quote and toll', async () => {
    await inFreshBrowser(async (page) => {
      await pasteReport(
        page,
        'date 2020-03-06\nTurkish drones struck Syrian army positions near Saraqib on Thursday, killing 9 soldiers.',
      );
      await pasteReport(
        page,
        'date 2020-03-06\nSyrian army positions near Saraqib were hit by Turkish drones on Thursday; 19 soldiers were killed.',
      );
      const popup = await openPlace(page, 'Saraqib');
      await expect.poll(() => popup.locator('li.item').count()).toBe(1);
      const text = (await popup.textContent()) ?? '';
      expect(text).toMatch(/2 independent sources/);
      // Both tolls, each with its claimant: the sources disagree and both are shown.
      expect(text).toMatch(/\b9 (deaths|dead) stated/);
      expect(text).toMatch(/\b19 (deaths|dead) stated/);
      // Kept apart by the analyst: two items again.
      await clickUntil(
        popup.getByRole('button', { name: 'Keep separate' }),
        popup.locator('li.item').nth(1),
      );
      await expect.poll(() => popup.locator('li.item').count()).toBe(2);
    });
  });

  it('moves an item to a place no report names, found in the gazetteer, kept after a reload', async () => {
    await inFreshBrowser(async (page) => {
      await openIdlib(page);
      const entry = await firstEntry(page);
      const form = await openCorrection(page, entry);
      const place = form.getByLabel('Place');
      await place.fill('Saraq');
      // The gazetteer answers from a worker: Saraqib, Syria is offered.
      const offered = form.locator('datalist option[value="Saraqib, Syria"]');
      await expect.poll(() => offered.count(), { timeout: 20_000 }).toBe(1);
      await place.fill('Saraqib, Syria');
      await clickUntil(
        form.getByRole('button', { name: 'Save correction' }),
        page.locator('.place-list button').filter({ hasText: /^Saraqib/ }),
      );
      // The item is now at Saraqib: listed there, drawn there, with where it was before.
      const saraqib = () =>
        page
          .locator('.place-list button')
          .filter({ hasText: /^Saraqib/ })
          .count();
      await expect.poll(saraqib).toBe(1);
      await page.reload();
      await waitForMapIdle(page);
      await expect.poll(saraqib).toBe(1);
      const popup = await openPlace(page, 'Saraqib');
      await expect
        .poll(() => popup.locator('.review-status').first().textContent())
        .toMatch(/^Corrected by you · place Saraqib \(was Idlib\)/);
      const drawn = await page.evaluate(() => {
        const map = window.__viewer?.map;
        return (map?.querySourceFeatures('places') ?? []).some(
          (f) => f.properties?.name === 'Saraqib',
        );
      });
      expect(drawn).toBe(true);
    });
  });

  it('verifies and rejects from the list with the keyboard, shown in the row', async () => {
    await inFreshBrowser(async (page) => {
      const list = page.getByRole('listbox', { name: /Events and statements/ });
      await list.focus();
      await page.keyboard.press('v');
      const marks = page.locator('.event-list .list-row .confidence-mark');
      await expect.poll(() => marks.first().textContent()).toBe('verified by you');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('x');
      await expect.poll(() => marks.nth(1).textContent()).toBe('rejected by you');
      expect(await page.locator('.event-list .key-hint').textContent()).toMatch(
        /V verify, X reject/,
      );
    });
  });
});
