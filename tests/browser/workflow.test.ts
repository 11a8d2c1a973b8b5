import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HANDMADE_DIR, ROOT, SEED_ID } from '../fixtures/seed';
import {
  type Browser,
  canvasPixels,
  colorDistance as distance,
  distWithData,
  launch,
  pixelsAroundDot,
  type Server,
  serve,
  waitForMapIdle,
  pasteReport,
} from './harness';

/** Several reports: the hand-made first report and ingest outputs of evaluation reports. */
const REPORTS = ['001_saraqib_wire', '003_avdiivka', '010_astana_talks'];

function multiReportData(): { geo: string; seeds: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'viewer-multi-'));
  const geo = path.join(dir, 'geo');
  const seeds = path.join(dir, 'seeds');
  fs.mkdirSync(geo);
  fs.mkdirSync(seeds);
  fs.copyFileSync(
    path.join(HANDMADE_DIR, `${SEED_ID}.geojson`),
    path.join(geo, `${SEED_ID}.geojson`),
  );
  fs.copyFileSync(path.join(ROOT, 'seeds', `${SEED_ID}.txt`), path.join(seeds, `${SEED_ID}.txt`));
  for (const name of REPORTS) {
    const c = JSON.parse(
      fs.readFileSync(path.join(ROOT, 'tests/golden/ingest', `${name}.geojson`), 'utf8'),
    );
    fs.copyFileSync(path.join(ROOT, c.source.file), path.join(seeds, `${name}.txt`));
    c.source.file = `seeds/${name}.txt`;
    fs.writeFileSync(path.join(geo, `${name}.geojson`), JSON.stringify(c));
  }
  return { geo, seeds };
}

let multi: Server;
let empty: Server;
let bundled: Server;
let browser: Browser;

beforeAll(async () => {
  const data = multiReportData();
  multi = await serve(distWithData(data.geo, data.seeds));
  const none = fs.mkdtempSync(path.join(os.tmpdir(), 'viewer-empty-'));
  fs.mkdirSync(path.join(none, 'geo'));
  fs.mkdirSync(path.join(none, 'seeds'));
  empty = await serve(distWithData(path.join(none, 'geo'), path.join(none, 'seeds')));
  // The served copies hold the files now.
  for (const dir of [path.dirname(data.geo), none])
    fs.rmSync(dir, { recursive: true, force: true });
  bundled = await serve();
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await Promise.all([multi?.close(), empty?.close(), bundled?.close()]);
});

async function open(server: Server, hash = ''): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(server.url + hash);
  await waitForMapIdle(page);
  return page;
}

const listCount = (page: Page) => page.locator('.event-list [role="option"]').count();
const listStatus = async (page: Page) =>
  (await page.locator('.event-list p[aria-live]').textContent()) ?? '';
/**
 * The items the map shows: their dots in view, or those with arcs; with their days, search
 * text and actors from the domain.
 */
async function rendered(page: Page, kind: 'dots' | 'arcs'): Promise<Record<string, unknown>[]> {
  await waitForMapIdle(page);
  return page.evaluate((k) => {
    const v = window.__viewer;
    if (!v) return [];
    const keys = k === 'dots' ? v.situationMap.itemsInView() : v.situationMap.itemsWithArcs();
    return keys.map((key) => {
      const it = v.domain.items.get(key);
      return {
        key,
        dated: !!it?.interval,
        t0: it?.interval?.[0] ?? 0,
        t1: it?.interval?.[1] ?? 0,
        search: it?.search ?? '',
        actorList: `,${it?.actorIds.join(',')},`,
      };
    });
  }, kind);
}

describe('analyst workflow in Chromium', () => {
  it('loads every report, merges the same place across reports, and switches the reader between reports', async () => {
    const page = await open(multi);
    expect(await page.locator('.status').textContent()).toMatch(/^4 reports/);
    const idlib = page.locator('.place-list button').filter({ hasText: /^(Idleb|Idlib)/ });
    expect(await idlib.count()).toBe(1);
    await idlib.click();
    const reportsInPopup = await page
      .locator('.maplibregl-popup [data-item]')
      .evaluateAll((els) => [
        ...new Set(els.map((e) => (e.getAttribute('data-item') ?? '').split('/')[0])),
      ]);
    expect(reportsInPopup.length).toBeGreaterThanOrEqual(2);
    await page.getByRole('button', { name: 'Read reports' }).click();
    const select = page.getByRole('combobox', { name: /Report/ });
    await select.selectOption({ index: 2 });
    expect(await page.locator('.reader .report-text').textContent()).toContain('Avdiivka');
    await page.close();
  });

  it('a time window changes what the map, the list and the counts show, by date fields and by dragging', async () => {
    const page = await open(multi);
    const before = await listCount(page);
    const allItems = await rendered(page, 'dots');
    await page.getByLabel('Time window start').fill('2020-02-27');
    await page.getByLabel('Time window end').fill('2020-02-29');
    await expect.poll(() => listStatus(page)).toMatch(/of \d+ items shown/);
    const inWindow = await rendered(page, 'dots');
    expect(inWindow.length).toBeGreaterThan(0);
    expect(inWindow.length).toBeLessThan(allItems.length);
    const from = Math.floor(Date.parse('2020-02-27') / 86_400_000);
    const to = Math.floor(Date.parse('2020-02-29') / 86_400_000);
    for (const f of inWindow)
      if (f.dated) expect((f.t0 as number) <= to && (f.t1 as number) >= from).toBe(true);
    expect(await listCount(page)).toBeLessThanOrEqual(before);
    await expect.poll(() => page.url()).toContain('t=2020-02-27..2020-02-29');
    // Dragging across the chart sets a new window.
    const box = await page.locator('.timeline-chart').boundingBox();
    if (!box) throw new Error('no chart');
    await page.mouse.move(box.x + box.width * 0.1, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.5, box.y + box.height / 2, { steps: 5 });
    await page.mouse.up();
    const start = await page.getByLabel('Time window start').inputValue();
    expect(start).not.toBe('2020-02-27');
    expect(start).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // The map ends on the last window of the drag, showing what the list shows.
    const end = await page.getByLabel('Time window end').inputValue();
    const [dragFrom, dragTo] = [start, end].map((d) => Math.floor(Date.parse(d) / 86_400_000));
    const afterDrag = await rendered(page, 'dots');
    for (const f of afterDrag)
      if (f.dated) expect((f.t0 as number) <= dragTo && (f.t1 as number) >= dragFrom).toBe(true);
    const shownCount = Number((await listStatus(page)).match(/^(\d+) of/)?.[1]);
    expect(new Set(afterDrag.map((f) => f.key)).size).toBe(shownCount);
    // Grabbing the window in its middle moves it whole, and follows the pointer to the end of
    // the drag (a drag must not select page text, which would turn the next drag into a
    // text drag that the browser cancels).
    const win = await page.locator('.timeline-chart rect.window').boundingBox();
    if (!win) throw new Error('no window');
    await page.mouse.move(win.x + win.width / 2, win.y + win.height / 2);
    await page.mouse.down();
    await page.mouse.move(win.x + win.width / 2 - box.width * 0.1, win.y + win.height / 2, {
      steps: 8,
    });
    await page.mouse.up();
    const moved = await Promise.all(
      ['Time window start', 'Time window end'].map(async (label) =>
        Math.floor(Date.parse(await page.getByLabel(label).inputValue()) / 86_400_000),
      ),
    );
    expect(moved[1] - moved[0]).toBe(dragTo - dragFrom);
    expect(moved[0]).toBeLessThan(dragFrom - 1);
    expect(await page.evaluate(() => window.getSelection()?.toString() ?? '')).toBe('');
    await page.getByRole('button', { name: 'All time' }).click();
    await expect.poll(() => listCount(page)).toBe(before);
    await page.close();
  });

  it('the list and the map stay in step: hover marks the dot, Enter and click open the place, arrows move', async () => {
    const page = await open(multi);
    const list = page.getByRole('listbox', { name: /Events and statements/ });
    await list.focus();
    const first = await list.getAttribute('aria-activedescendant');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const third = await list.getAttribute('aria-activedescendant');
    expect(third).not.toBe(first);
    await page.keyboard.press('Enter');
    const heading = page.locator('.maplibregl-popup .place-popup h2');
    await heading.waitFor();
    const activeText = (await page.locator(`#${third}`).textContent()) ?? '';
    expect(activeText).toContain((await heading.textContent()) ?? '???');
    // The list is newest first; hover the first row whose dot is in view.
    const { key, index } = await page.evaluate(() => {
      const v = window.__viewer;
      if (!v) return { key: '', index: -1 };
      const sorted = v.domain.sortedItems;
      const dated = sorted.filter((i) => i.props.date !== null).reverse();
      const rows = [...dated, ...sorted.filter((i) => i.props.date === null)];
      const inView = new Set(v.situationMap.itemsInView());
      const index = rows.findIndex((i) => inView.has(i.key));
      return { key: rows[index]?.key ?? '', index };
    });
    expect(index).toBeGreaterThanOrEqual(0);
    const row = page.locator('.event-list [role="option"]').nth(index);
    await row.hover();
    // The hovered item's dot gets a dark ring: read the pixel just outside its usual white one.
    // Both sides, in case a neighbouring dot covers one.
    const ring = async () =>
      (
        await pixelsAroundDot(page, key, (r) => [
          [-r - 2, 0],
          [r + 2, 0],
        ])
      )?.pixels.map((px) => Math.max(...px));
    await expect.poll(async () => Math.min(...((await ring()) ?? [255]))).toBeLessThan(60);
    await page.mouse.move(5, 5);
    await expect.poll(async () => Math.min(...((await ring()) ?? [0]))).toBeGreaterThan(60);
    // Clicking the dot itself selects its item and opens its place.
    await page.keyboard.press('Escape');
    const dot = await page.evaluate((k) => window.__viewer?.situationMap.dotOnScreen(k), key);
    const canvas = await page.locator('.maplibregl-canvas').boundingBox();
    if (!dot || !canvas) throw new Error('no dot');
    await page.mouse.click(canvas.x + dot.x, canvas.y + dot.y);
    await expect.poll(() => decodeURIComponent(page.url())).toContain(`item=${key}`);
    await heading.waitFor();
    await page.close();
  });

  it('search filters the map and the list and marks the matches', async () => {
    const page = await open(multi);
    const all = (await rendered(page, 'dots')).length;
    await page.getByRole('searchbox').fill('Saraqib');
    await expect.poll(() => listStatus(page)).toMatch(/of \d+ items shown/);
    const rows = await page.locator('.event-list [role="option"]').allTextContents();
    expect(rows.length).toBeGreaterThan(0);
    const shown = await rendered(page, 'dots');
    expect(shown.length).toBeLessThan(all);
    for (const f of shown) expect(String(f.search)).toContain('saraqib');
    expect(await page.locator('.event-list mark.search-hit').first().textContent()).toBe('Saraqib');
    await expect.poll(() => page.url()).toContain('q=Saraqib');
    // The quotes were scanned off the page's main thread.
    expect(page.workers().map((w) => w.url())).toContainEqual(
      expect.stringMatching(/\/assets\/search-worker-[\w-]+\.js$/),
    );
    expect(await page.locator('search').getAttribute('aria-busy')).toBe('false');
    await page.close();
  });

  it('draws arcs from where things were said to where they are about, which follow the toggles and show distances', async () => {
    const page = await open(multi);
    const arcs = await rendered(page, 'arcs');
    expect(arcs.length).toBeGreaterThan(0);
    const mod = arcs.filter((a) => String(a.actorList).includes(',ru-defense-ministry,'));
    expect(mod.length).toBeGreaterThan(0);
    // The arc is drawn: the pixel at its middle is near its colour, and is not once it is gone.
    const arc = await page.evaluate(
      (k) => window.__viewer?.situationMap.arcOnScreen(k) ?? null,
      String(mod[0].key),
    );
    if (!arc) throw new Error('no arc on screen');
    const [drawn] = await canvasPixels(page, [[arc.x, arc.y]]);
    await page.getByRole('checkbox', { name: /^Russian Defense Ministry/ }).uncheck();
    const after = await rendered(page, 'arcs');
    expect(after.filter((a) => String(a.actorList).includes(',ru-defense-ministry,'))).toEqual([]);
    const [gone] = await canvasPixels(page, [[arc.x, arc.y]]);
    expect(distance(drawn, arc.color)).toBeLessThan(distance(gone, arc.color) - 40);
    await page
      .locator('.place-list button')
      .filter({ hasText: /^Moscow/ })
      .click();
    await expect
      .poll(async () => (await page.locator('.maplibregl-popup').textContent()) ?? '')
      .toMatch(/about (Idleb|Idlib|Ankara), [\d,]+ km away/);
    await page.close();
  });

  it('exports what is in view as GeoJSON and importing it elsewhere gives the same items', async () => {
    const page = await open(multi);
    await page.getByRole('searchbox').fill('turk');
    await expect.poll(() => listStatus(page)).toMatch(/of \d+ items shown/);
    const keys = await page.evaluate(() => {
      const d = window.__viewer?.domain;
      return d ? d.sortedItems.filter((i) => i.search.includes('turk')).map((i) => i.key) : [];
    });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'GeoJSON' }).click(),
    ]);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'export-')), 'export.geojson');
    await download.saveAs(file);
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'CSV' }).click(),
    ]);
    const csvText = fs.readFileSync((await csv.path()) as string, 'utf8');
    expect(csvText.trim().split('\r\n')).toHaveLength(keys.length + 1);
    // Its own export imported again: nothing new, and it says so.
    const importInto = async (p: Page, f: string) => {
      const [chooser] = await Promise.all([
        p.waitForEvent('filechooser'),
        p.getByRole('button', { name: 'Import…' }).click(),
      ]);
      await chooser.setFiles(f);
    };
    await importInto(page, file);
    await expect
      .poll(() => page.locator('.paste-message').textContent())
      .toBe('export.geojson holds only reports already on the map. Nothing new was imported.');
    await page.close();

    // A changed report text with its quotes changed to match but the old SHA-256: refused.
    const forged = JSON.parse(fs.readFileSync(file, 'utf8'));
    const report = forged.reports[0];
    report.text = report.text.replace(/Turk/g, 'Kurd');
    for (const f of forged.features) {
      const ex = f.properties.excerpt;
      if (!ex || f.properties.reportId !== report.source.id) continue;
      ex.text = report.text.slice(ex.start, ex.end);
      f.properties.quote = ex.text;
    }
    const forgedFile = path.join(path.dirname(file), 'forged.geojson');
    fs.writeFileSync(forgedFile, JSON.stringify(forged));
    const other = await open(empty);
    await importInto(other, forgedFile);
    await expect
      .poll(() => other.getByRole('alert').last().textContent())
      .toMatch(
        /^forged\.geojson report .*: its text does not match its SHA-256 .*Nothing was imported\.$/,
      );
    expect(await other.locator('.status').textContent()).toMatch(/^0 reports/);
    await other.close();

    const fresh = await open(empty);
    expect(await fresh.locator('.status').textContent()).toMatch(/^0 reports/);
    const [chooser] = await Promise.all([
      fresh.waitForEvent('filechooser'),
      fresh.getByRole('button', { name: 'Import…' }).click(),
    ]);
    await chooser.setFiles(file);
    const shownKeys = () =>
      fresh.evaluate(() => window.__viewer?.domain.sortedItems.map((i) => i.key) ?? []);
    await expect.poll(shownKeys).toEqual(keys);
    // Kept like a pasted report: once stored, a reload still shows it.
    const reportCount = JSON.parse(fs.readFileSync(file, 'utf8')).reports.length;
    await expect
      .poll(() =>
        fresh.evaluate(
          () =>
            new Promise<number>((resolve) => {
              const open = indexedDB.open('situation-viewer');
              open.onsuccess = () => {
                const count = open.result
                  .transaction('pasted-reports')
                  .objectStore('pasted-reports')
                  .count();
                count.onsuccess = () => resolve(count.result);
              };
            }),
        ),
      )
      .toBe(reportCount);
    await fresh.reload();
    await waitForMapIdle(fresh);
    await expect.poll(shownKeys).toEqual(keys);
    await fresh.close();
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  });

  it('a pasted report is mapped at once, survives a reload, and can be removed', async () => {
    const page = await open(bundled);
    const before = await page.evaluate(() => window.__viewer?.domain.items.size ?? 0);
    await pasteReport(
      page,
      'date 2020-03-06\nTurkish drones struck Syrian army positions near Saraqib on Thursday, the Turkish Defense Ministry said.',
    );
    await expect
      .poll(() => page.evaluate(() => window.__viewer?.domain.items.size ?? 0))
      .toBeGreaterThan(before);
    expect(await page.locator('.place-list').textContent()).toContain('Saraqib');
    await page.reload();
    await waitForMapIdle(page);
    await expect.poll(() => page.locator('.place-list').textContent()).toContain('Saraqib');
    await page.getByRole('button', { name: 'Add a report' }).click();
    await page.getByRole('button', { name: 'Remove' }).click();
    await expect
      .poll(() => page.evaluate(() => window.__viewer?.domain.items.size ?? 0))
      .toBe(before);
    await page.reload();
    await waitForMapIdle(page);
    expect(await page.locator('.place-list').textContent()).not.toContain('Saraqib');
    await page.close();
  });

  it('a long report shows its progress and can be cancelled, and the next one still maps', async () => {
    const page = await open(bundled);
    const before = await page.evaluate(() => window.__viewer?.domain.items.size ?? 0);
    const seed = fs.readFileSync(path.join(ROOT, 'seeds', `${SEED_ID}.txt`), 'utf8');
    const body = seed.replace(/^date \S+\n/, '');
    const long = `date 2020-03-06\n${Array.from({ length: Math.floor(1.5e6 / body.length) }, () => body).join('\n\n')}`;
    await page.getByRole('button', { name: 'Add a report' }).click();
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByRole('button', { name: 'Choose .txt files…' }).click(),
    ]);
    await chooser.setFiles({ name: 'long.txt', mimeType: 'text/plain', buffer: Buffer.from(long) });
    const bar = page.getByRole('progressbar');
    await expect
      .poll(() => bar.getAttribute('value').then(Number), { timeout: 60_000 })
      .toBeGreaterThan(0);
    expect(await page.locator('.paste-progress').textContent()).toMatch(/^Reading: [a-z ]+…/);
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect
      .poll(() => page.locator('.paste-message').textContent())
      .toBe('Stopped reading long.txt. Nothing was added.');
    expect(await bar.count()).toBe(0);
    await page
      .getByLabel(/Paste a report/)
      .fill(
        'date 2020-03-06\nTurkish drones struck Syrian army positions near Saraqib on Thursday.',
      );
    await page.getByRole('button', { name: 'Map this report' }).click();
    await expect
      .poll(() => page.locator('.paste-message').textContent(), { timeout: 60_000 })
      .toMatch(/^Added/);
    expect(await page.evaluate(() => window.__viewer?.domain.items.size ?? 0)).toBeGreaterThan(
      before,
    );
    // The panel closed on success, focus back on its button; reopen it to leave the stored
    // reports as they were for the other tests.
    const toggle = page.getByRole('button', { name: 'Add a report' });
    await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Add a report');
    await toggle.click();
    await page.getByRole('button', { name: 'Remove' }).click();
    await page.close();
  });

  it('the same text dropped twice at once is added once', async () => {
    const page = await open(bundled);
    await page.getByRole('button', { name: 'Add a report' }).click();
    const text = Buffer.from(
      'date 2020-03-06\nTurkish drones struck Syrian army positions near Saraqib on Friday.',
    );
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByRole('button', { name: 'Choose .txt files…' }).click(),
    ]);
    await chooser.setFiles([
      { name: 'first.txt', mimeType: 'text/plain', buffer: text },
      { name: 'copy.txt', mimeType: 'text/plain', buffer: text },
    ]);
    await expect
      .poll(() => page.locator('.paste-message').textContent(), { timeout: 60_000 })
      .toMatch(/^Added first\.txt/);
    await page.getByRole('button', { name: 'Add a report' }).click();
    expect(
      await page.getByRole('list', { name: 'Reports added here' }).getByRole('listitem').count(),
    ).toBe(1);
    await page.getByRole('button', { name: 'Remove' }).click();
    await page.close();
  });

  it('a dropped binary file gives a message and loses nothing', async () => {
    const page = await open(bundled);
    const before = await page.evaluate(() => window.__viewer?.domain.items.size ?? 0);
    await page.getByRole('button', { name: 'Add a report' }).click();
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByRole('button', { name: 'Choose .txt files…' }).click(),
    ]);
    await chooser.setFiles({
      name: 'photo.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2, 3, 0]),
    });
    await expect
      .poll(() => page.getByRole('alert').last().textContent())
      .toMatch(/photo\.txt looks like a binary file.*Nothing was added/);
    expect(await page.evaluate(() => window.__viewer?.domain.items.size ?? 0)).toBe(before);
    await page.close();
  });

  it('a permalink restores the time window and the search', async () => {
    const page = await open(multi, '#t=2020-02-27..2020-02-29&q=idl');
    expect(await page.getByLabel('Time window start').inputValue()).toBe('2020-02-27');
    expect(await page.getByRole('searchbox').inputValue()).toBe('idl');
    await expect.poll(() => listStatus(page)).toMatch(/of \d+ items shown/);
    await page.close();
  });

  it('a link pasted into an open tab applies, a link can be copied, and a skip link reaches the map', async () => {
    const page = await open(multi);
    await page.evaluate(() => {
      window.location.hash = '#q=saraqib';
    });
    await expect.poll(() => page.getByRole('searchbox').inputValue()).toBe('saraqib');
    await expect.poll(() => listStatus(page)).toMatch(/of \d+ items shown/);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect.poll(() => page.locator('.link-notice').textContent()).toBe('Link copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/#.*q=saraqib/);
    await page.close();
    // The first Tab stop of a fresh page skips to the map.
    const fresh = await open(multi);
    await fresh.keyboard.press('Tab');
    expect(await fresh.evaluate(() => document.activeElement?.textContent)).toBe('Skip to the map');
    await fresh.keyboard.press('Enter');
    expect(await fresh.evaluate(() => document.activeElement?.className)).toMatch(
      /maplibregl-canvas/,
    );
    await fresh.close();
  });

  it('a link to a report this browser does not have says which report is missing', async () => {
    const page = await open(multi, '#item=pasted-turkish-drones-0a1b2c3d/ev-1');
    await expect
      .poll(() => page.locator('.link-notice').textContent())
      .toMatch(/report "pasted-turkish-drones-0a1b2c3d", which is not loaded in this browser/);
    await page.close();
  });

  it('the add-a-report panel closes on Escape and gives the focus back to its button', async () => {
    const page = await open(bundled);
    const toggle = page.getByRole('button', { name: 'Add a report' });
    await toggle.click();
    await page.getByLabel(/Paste a report/).focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Add a report');
    await page.close();
  });

  it('switches an event type off like an actor, in the list, the map and the link', async () => {
    const page = await open(multi);
    const total = await page.evaluate(() => window.__viewer?.domain.items.size ?? 0);
    const said = await page.evaluate(
      () =>
        [...(window.__viewer?.domain.items.values() ?? [])].filter((i) => i.typeKey === 'type:SAID')
          .length,
    );
    expect(said).toBeGreaterThan(0);
    await page.getByRole('checkbox', { name: /^Statement SAID/ }).uncheck();
    await expect.poll(() => listStatus(page)).toBe(`${total - said} of ${total} items shown`);
    expect(await page.locator('.event-list .badge', { hasText: 'SAID' }).count()).toBe(0);
    await expect.poll(() => decodeURIComponent(page.url())).toContain('type:SAID');
    await page.reload();
    await waitForMapIdle(page);
    expect(await page.getByRole('checkbox', { name: /^Statement SAID/ }).isChecked()).toBe(false);
    await page.close();
  });
});
