import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SituationCollection } from '../../src/model/situation';
import { HANDMADE_DIR, ROOT, readSeedText, readSituation } from '../fixtures/seed';
import {
  type Browser,
  distWithData,
  canvasPixels,
  colorDistance,
  launch,
  pixelsAroundDot,
  placeOnScreen,
  type Server,
  serve,
  waitForMapIdle,
} from './harness';

const seedText = readSeedText();
const dataset: SituationCollection = readSituation();
const coords = (id: string) =>
  dataset.features.find((f) => f.properties.id === id)?.geometry.coordinates as [number, number];
const TURKEY_SIDE = dataset.actors.filter((a) => a.side === 'turkey').map((a) => a.id);

let server: Server;
let browser: Browser;

/** These tests run on the hand-made dataset of the first report; generated.test.ts on geo/. */
beforeAll(async () => {
  server = await serve(distWithData(HANDMADE_DIR, path.join(ROOT, 'seeds')));
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openViewer(hash = ''): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(server.url + hash);
  await waitForMapIdle(page);
  return page;
}

/** Closes any open popup the way a person would, then clicks the place's circle on the canvas. */
async function clickPlaceOnMap(page: Page, placeId: string): Promise<string> {
  const close = page.locator('.maplibregl-popup-close-button');
  if (await close.count()) {
    await close.click();
    await page.locator('.maplibregl-popup').waitFor({ state: 'detached' });
  }
  const { x, y } = await placeOnScreen(page, coords(placeId));
  await page.mouse.click(x, y);
  const name = dataset.features.find((f) => f.properties.id === placeId)?.properties;
  const heading = page.locator('.maplibregl-popup .place-popup h2');
  await expect.poll(() => heading.textContent()).toBe(name?.kind === 'place' ? name.name : '');
  return (await page.locator('.maplibregl-popup .place-popup').textContent()) ?? '';
}

/** Items whose dots the map shows in view, with their actor lists (`,a,b,`). */
async function renderedItems(page: Page): Promise<{ key: string; actorList: string }[]> {
  return page.evaluate(() => {
    const v = window.__viewer;
    if (!v) return [];
    return v.situationMap.itemsInView().map((key) => ({
      key,
      actorList: `,${v.domain.items.get(key)?.actorIds.join(',')},`,
    }));
  });
}

/** The pixel drawn at an item dot's centre, and the dot's colour. */
async function dotPixel(
  page: Page,
  key: string,
): Promise<{ drawn: number[]; color: number[] } | null> {
  const seen = await pixelsAroundDot(page, key, () => [[0, 0]]);
  return seen && { drawn: seen.pixels[0], color: seen.color };
}

const near = (a: number[], b: number[]) => colorDistance(a, b) <= 8;

describe('situation viewer in Chromium', () => {
  it('draws every item within 50 px of its place at every zoom from 2 to 12', async () => {
    const page = await openViewer();
    const worst: number[] = [];
    for (let zoom = 2; zoom <= 12; zoom++) {
      // Distances on screen do not depend on where the map is centred: one view per zoom.
      // Returns nothing: Playwright would serialise the map object jumpTo returns, for seconds.
      await page.evaluate(
        ({ center, zoom }) => void window.__viewer?.map.jumpTo({ center, zoom }),
        {
          center: coords('idleb'),
          zoom,
        },
      );
      const far = await page.evaluate(() => {
        const v = window.__viewer;
        if (!v) return [];
        return [...v.domain.items.values()].flatMap((it) => {
          const dot = v.situationMap.dotOnScreen(it.key);
          const at = v.domain.places.get(it.placeKey)?.coordinates;
          if (!dot || !at) return [];
          const p = v.map.project(at);
          return [Math.hypot(dot.x - p.x, dot.y - p.y)];
        });
      });
      expect(far.length).toBeGreaterThan(0);
      worst.push(Math.max(...far));
      // What is drawn is where the geometry says: the first dot at Idlib has its colour there.
      if (zoom % 4 === 0) {
        await waitForMapIdle(page);
        const key = await page.evaluate(
          () =>
            [...(window.__viewer?.domain.items.values() ?? [])].find(
              (it) => it.placeKey === 'gn169389',
            )?.key ?? '',
        );
        const seen = await dotPixel(page, key);
        expect(seen && near(seen.drawn, seen.color), `zoom ${zoom}`).toBe(true);
      }
    }
    expect(Math.max(...worst)).toBeLessThanOrEqual(50.5);
    await page.close();
  });

  it('opens on a map that fits the three places, asking only its own host', async () => {
    const page = await openViewer();
    await expect
      .poll(() => page.locator('.place-list button').allTextContents())
      .toEqual([
        expect.stringMatching(/^Ankara/),
        expect.stringMatching(/^Idleb/),
        expect.stringMatching(/^Moscow/),
      ]);
    const inView = await page.evaluate(
      (pts) => {
        const map = window.__viewer?.map;
        return pts.map((p) => map?.getBounds().contains(p));
      },
      [coords('idleb'), coords('ankara'), coords('moscow')],
    );
    expect(inView).toEqual([true, true, true]);
    const places = await page.evaluate(
      () => window.__viewer?.map.queryRenderedFeatures({ layers: ['places-circle'] }).length,
    );
    expect(places).toBe(3);
    const hosts = new Set(
      browser.requests.filter((u) => /^https?:/.test(u)).map((u) => new URL(u).host),
    );
    expect([...hosts]).toEqual([new URL(server.url).host]);
    await page.close();
  });

  it('shows basemap context (towns, first-level boundaries, water) but no town where a report’s place stands', async () => {
    const page = await openViewer('#map=8/35.8/36.7');
    const drawn = (layer: string) =>
      page.evaluate(
        (id) =>
          window.__viewer?.map
            .queryRenderedFeatures({ layers: [id] })
            .map((f) => String(f.properties?.name ?? f.geometry.type)) ?? [],
        layer,
      );
    await expect.poll(() => drawn('towns-label'), { timeout: 20_000 }).toContain('Sarāqib');
    expect(await drawn('admin1-line')).not.toEqual([]);
    expect(await drawn('regions-label')).toEqual(expect.arrayContaining(['Hama', 'Latakia']));
    // The report's Idleb is drawn by the situation; the gazetteer's Idlib is not drawn again.
    expect(await drawn('towns-label')).not.toContain('Idlib');
    // Zoomed out over the Euphrates and Lake Assad.
    await page.evaluate(() => void window.__viewer?.map.jumpTo({ center: [38.5, 35.8], zoom: 6 }));
    await waitForMapIdle(page);
    expect(await drawn('rivers-line')).not.toEqual([]);
    expect(await drawn('lakes-fill')).not.toEqual([]);
    await page.getByText('Legend').click();
    await expect.poll(() => page.getByText('Basemap, not from the reports').isVisible()).toBe(true);
    const hosts = new Set(
      browser.requests.filter((u) => /^https?:/.test(u)).map((u) => new URL(u).host),
    );
    expect([...hosts]).toEqual([new URL(server.url).host]);
    await page.close();
  });

  it('clicking Idleb, Ankara and Moscow on the map lists what happened and what was said there', async () => {
    const page = await openViewer();
    const idleb = await clickPlaceOnMap(page, 'idleb');
    expect(idleb).toContain('Militants launch a large-scale offensive in Idleb');
    expect(idleb).toContain('Syrian government strikes on militant positions');
    expect(idleb).toContain('Turkish Air Force strikes Syrian troops');
    expect(idleb).toContain('2020-02-27');
    expect(idleb).toContain('Contradicting accounts');
    const sides = await page.locator('.maplibregl-popup .dispute-side strong').allTextContents();
    expect(sides.sort()).toEqual(['Russian Defense Ministry', 'Turkey']);

    const ankara = await clickPlaceOnMap(page, 'ankara');
    expect(ankara).toMatch(/^Ankara/);
    expect(ankara).toContain('Russian-Turkish consultations on Syria in Ankara');
    expect(ankara).toContain('Putin and Erdogan discuss the Idleb situation by phone');
    expect(ankara).toContain('as Ankara claims, killed 33 Turkish soldiers');

    const moscow = await clickPlaceOnMap(page, 'moscow');
    expect(moscow).toMatch(/^Moscow/);
    expect(moscow).toContain('Location inferred.');
    expect(moscow).toContain('seat of the Russian Foreign Ministry');
    expect(moscow).toContain('The killed Turkish soldiers were among the advancing terrorists');
    expect(moscow).toContain('Russian Foreign Ministry');
    await page.close();
  });

  it('a source link highlights exactly the source text at its offsets and scrolls it into view', async () => {
    const page = await openViewer();
    await clickPlaceOnMap(page, 'idleb');
    const dispute = page
      .locator('.maplibregl-popup .dispute-side')
      .filter({ hasText: 'Russian Defense Ministry' });
    await dispute.getByRole('button', { name: 'Read in source' }).click();
    const mark = page.locator('.reader mark');
    await mark.waitFor();
    const start = Number(await mark.getAttribute('data-start'));
    const end = Number(await mark.getAttribute('data-end'));
    expect(await mark.textContent()).toBe(seedText.slice(start, end));
    expect(seedText.slice(start, end)).toBe(
      'The killed Turkish soldiers were among the advancing terrorists, the Russian Defense Ministry stated.',
    );
    const visible = await page.evaluate(() => {
      const m = document.querySelector('.reader mark')?.getBoundingClientRect();
      const r = document.querySelector('.reader')?.getBoundingClientRect();
      return !!m && !!r && m.top >= r.top && m.bottom <= r.bottom;
    });
    expect(visible).toBe(true);
    await page.close();
  });

  it('unticking Turkey removes its items from the drawn map and the lists, and a reload restores the view', async () => {
    const page = await openViewer();
    const before = await renderedItems(page);
    const turkish = before.filter((f) => TURKEY_SIDE.some((id) => f.actorList.includes(`,${id},`)));
    expect(turkish.length).toBeGreaterThan(0);
    // The pixels: a Turkish dot is drawn in its colour (one that no label covers), and is
    // gone once Turkey is unticked.
    let turkishDot: string | null = null;
    for (const f of turkish.filter((t) => TURKEY_SIDE.includes(t.actorList.split(',')[1]))) {
      const px = await dotPixel(page, f.key);
      if (px && near(px.drawn, px.color)) {
        turkishDot = f.key;
        break;
      }
    }
    if (!turkishDot) throw new Error('no Turkish dot drawn in its colour');
    await page.getByRole('checkbox', { name: /^Turkey · side of/ }).uncheck();
    await waitForMapIdle(page);
    const gone = await dotPixel(page, turkishDot);
    expect(gone && !near(gone.drawn, gone.color)).toBe(true);
    const after = await renderedItems(page);
    expect(after.length).toBeGreaterThan(0);
    expect(after.filter((f) => TURKEY_SIDE.some((id) => f.actorList.includes(`,${id},`)))).toEqual(
      [],
    );
    await page.getByRole('button', { name: /^Idleb/ }).click();
    const popup = page.locator('.maplibregl-popup .place-popup');
    await expect.poll(() => popup.textContent()).toContain('hidden by the actor layers');
    const text = (await popup.textContent()) ?? '';
    expect(text).not.toContain('as Ankara claims');
    expect(text).not.toContain('Turkish Air Force strikes');
    expect(text).not.toContain('Contradicting accounts');
    await popup.getByRole('button', { name: 'Read in source' }).first().click();
    await page.locator('.reader mark').waitFor();
    await waitForMapIdle(page);
    // The address follows the view within a quarter of a second.
    await expect.poll(() => page.url()).toMatch(/item=/);
    const url = page.url();
    expect(url).toMatch(/hide=.*turkey/);
    expect(url).toMatch(/place=gn169389/);
    expect(url).toMatch(/item=/);
    const viewBefore = await page.evaluate(() => window.__viewer?.map.getCenter().toArray());

    const again = await browser.newPage();
    await again.goto(url);
    await waitForMapIdle(again);
    expect(await again.getByRole('checkbox', { name: /^Turkey · side of/ }).isChecked()).toBe(
      false,
    );
    expect(await again.getByRole('checkbox', { name: /Recep Tayyip Erdogan/ }).isChecked()).toBe(
      false,
    );
    expect(await again.locator('.maplibregl-popup .place-popup h2').textContent()).toBe('Idleb');
    expect(await again.locator('.reader mark').textContent()).toBe(
      await page.locator('.reader mark').textContent(),
    );
    const viewAfter = await again.evaluate(() => window.__viewer?.map.getCenter().toArray());
    expect(viewAfter?.[0]).toBeCloseTo(viewBefore?.[0] ?? 0, 3);
    expect(viewAfter?.[1]).toBeCloseTo(viewBefore?.[1] ?? 0, 3);
    expect((await renderedItems(again)).filter((f) => f.actorList.includes(',turkey,'))).toEqual(
      [],
    );
    await again.close();
    await page.close();
  });

  it('draws the items and place colours again after the GPU context is lost and restored', async () => {
    const page = await openViewer();
    const keys = (await renderedItems(page)).map((f) => f.key);
    // Dots drawn in their colour (not under a label), and a place circle's colour.
    const drawn: string[] = [];
    for (const key of keys) {
      const px = await dotPixel(page, key);
      if (px && near(px.drawn, px.color)) drawn.push(key);
    }
    expect(drawn.length).toBeGreaterThan(3);
    const placePixel = async () => {
      const at = await page.evaluate(
        (ll) => window.__viewer?.map.project(ll) ?? { x: 0, y: 0 },
        coords('idleb'),
      );
      return (await canvasPixels(page, [[at.x, at.y]]))[0];
    };
    const placeBefore = await placePixel();
    await page.evaluate(async () => {
      const gl = window.__viewer?.map.getCanvas().getContext('webgl2');
      const ext = gl?.getExtension('WEBGL_lose_context');
      if (!ext) throw new Error('no WEBGL_lose_context');
      ext.loseContext();
      await new Promise((r) => setTimeout(r, 200));
      ext.restoreContext();
    });
    await page.waitForTimeout(500);
    await waitForMapIdle(page);
    for (const key of drawn) {
      const px = await dotPixel(page, key);
      expect(px && near(px.drawn, px.color)).toBe(true);
    }
    expect(near(await placePixel(), placeBefore)).toBe(true);
    await page.close();
  });

  it('reaches a place with the keyboard alone', async () => {
    const page = await openViewer();
    let focused = '';
    for (let i = 0; i < 16 && !focused.startsWith('Idleb'); i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => document.activeElement?.textContent ?? '');
    }
    expect(focused).toMatch(/^Idleb/);
    await page.keyboard.press('Enter');
    const heading = page.locator('.maplibregl-popup .place-popup h2');
    await heading.waitFor();
    expect(await heading.textContent()).toBe('Idleb');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Idleb');
    await page.keyboard.press('Tab');
    expect(
      await page.evaluate(() => document.activeElement?.closest('.place-popup') !== null),
    ).toBe(true);
    // Escape closes the popup and gives focus back to the place's button in the list.
    await page.keyboard.press('Escape');
    await page.locator('.maplibregl-popup').waitFor({ state: 'detached' });
    await expect
      .poll(() =>
        page.evaluate(() => {
          const el = document.activeElement;
          return `${el?.tagName} ${el?.closest('.place-list') ? 'in list' : ''} ${el?.textContent}`;
        }),
      )
      .toMatch(/^BUTTON in list Idleb/);
    await page.close();
  });

  it('has no serious or critical accessibility violations (axe-core), with a popup and the reader open', async () => {
    const page = await openViewer();
    await clickPlaceOnMap(page, 'idleb');
    await page
      .locator('.maplibregl-popup')
      .getByRole('button', { name: 'Read in source' })
      .first()
      .click();
    await page.locator('.reader mark').waitFor();
    const results = await new AxeBuilder({ page }).analyze();
    const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
      [],
    );
    await page.close();
  });

  it('labels the timeline with dates and reads out the day under the pointer', async () => {
    const page = await openViewer();
    const ticks = await page.locator('.timeline-axis span').allTextContents();
    expect(ticks.length).toBeGreaterThanOrEqual(2);
    for (const t of ticks)
      expect(t).toMatch(/^(?:\d{1,2} [A-Z][a-z]{2}|[A-Z][a-z]{2} \d{4}|\d{4})$/);
    const box = await page.locator('.timeline-chart').boundingBox();
    if (!box) throw new Error('no timeline');
    await page.mouse.move(box.x + box.width - 3, box.y + box.height / 2);
    await expect
      .poll(() => page.locator('.timeline-readout').textContent())
      .toMatch(/^\d{4}-\d{2}-\d{2}: \d+ items? dated that day/);
    await page.close();
  });

  it('folds items far before the main period into an "earlier" bin, zooms to a window and plays it through time', async () => {
    const page = await openViewer();
    const ticks = () => page.locator('.timeline-axis span').allTextContents();
    const inView = async () =>
      Number((await page.getByText(/ of \d+ items in view/).textContent())?.split(' ')[0]);
    // The treaty and agreement of earlier years are one bin, not a stretched axis.
    const earlier = page.locator('.fold-bin', { hasText: 'earlier' });
    expect(await earlier.textContent()).toMatch(/^\d+ items? earlier$/);
    expect((await ticks()).join(' ')).not.toMatch(/2017|2018/);

    // Playback moves the window forward step by step, and the map and lists follow it.
    const from = page.getByLabel('Time window start');
    await page.getByRole('button', { name: 'Play' }).click();
    const first = await from.inputValue();
    await expect.poll(() => from.inputValue(), { timeout: 10_000 }).not.toBe(first);
    await page.getByRole('button', { name: 'Pause' }).click();
    const paused = await from.inputValue();
    await page.waitForTimeout(1200);
    expect(await from.inputValue()).toBe(paused);

    // A window of three days, zoomed to: one tick per day.
    await from.fill('2020-02-27');
    await page.getByLabel('Time window end').fill('2020-02-29');
    await page.getByRole('button', { name: 'Zoom to window' }).click();
    await expect.poll(ticks).toEqual(['27 Feb', '28 Feb', '29 Feb']);
    expect(await inView()).toBeGreaterThan(0);
    expect(await page.locator('.fold-bin', { hasText: 'later' }).textContent()).toMatch(/later$/);

    // The earlier bin opens the whole span of dates.
    await page.locator('.fold-bin', { hasText: 'earlier' }).click();
    await expect.poll(() => ticks().then((t) => t.join(' '))).toMatch(/2018/);
    await page.getByRole('button', { name: 'Main period' }).click();
    await expect.poll(() => ticks().then((t) => t.join(' '))).not.toMatch(/2018/);
    await page.close();
  });

  it('shows each item’s confidence with its reasons, and hides a level of confidence like an actor', async () => {
    const page = await openViewer();
    const popup = await clickPlaceOnMap(page, 'idleb');
    expect(popup).toMatch(/(High|Medium|Low) confidence/);
    // The dead the quote states, with who claims them ("as Ankara claims, killed 33").
    expect(popup).toMatch(/33 deaths stated \(claimed by [A-Z]/);
    const line = page.locator('.maplibregl-popup .confidence-line').first();
    expect(await line.textContent()).toMatch(/confidence .*(place|date|actor|type)/);
    // Every row of the list carries its level; its reasons are its title.
    const levels = await page.evaluate(() => {
      const out: Record<string, number> = {};
      for (const it of window.__viewer?.domain.items.values() ?? [])
        out[it.confidence.level] = (out[it.confidence.level] ?? 0) + 1;
      return out;
    });
    const [level, count] = Object.entries(levels).sort((a, b) => a[1] - b[1])[0];
    const marks = page.locator('.event-list .confidence-mark');
    await expect.poll(() => marks.count()).toBeGreaterThan(0);
    expect(await marks.first().getAttribute('title')).toMatch(/confidence: /);
    // Unticking a level hides exactly its items.
    const total = Object.values(levels).reduce((a, b) => a + b, 0);
    const name = `${level[0].toUpperCase()}${level.slice(1)} confidence`;
    await page.getByRole('checkbox', { name: new RegExp(name) }).uncheck();
    await expect
      .poll(() => page.locator('.event-list .list-head').textContent())
      .toContain(`${total - count} of ${total} items shown`);
    await expect
      .poll(() => page.evaluate(() => window.location.hash))
      .toContain(`confidence%3A${level}`);
    await page.close();
  });
});
