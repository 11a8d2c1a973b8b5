import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCorpus } from '../../scripts/bench-corpus';
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
} from './harness';

/** Items per row of the map's flag texture (item-drawing.ts): the corpus spans three rows. */
const ROW = 2048;
const EVENTS = 3 * ROW;

let dir: string;
let server: Server;
let browser: Browser;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'viewer-scale-'));
  makeCorpus(EVENTS, dir);
  server = await serve(distWithData(path.join(dir, 'geo'), path.join(dir, 'seeds')));
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('a corpus of thousands of items', () => {
  it('draws the dots of a late time window, and only while they are in it', async () => {
    const page = await browser.newPage();
    await page.goto(server.url);
    await waitForMapIdle(page);
    // Generated reports hold 1,000 items each.
    expect(await page.locator('.status').textContent()).toMatch(
      new RegExp(`^${Math.ceil(EVENTS / 1000)} reports · 400 places`),
    );
    const setWindow = async (from: string, to: string) => {
      await page.getByLabel('Time window start').fill(from);
      await page.getByLabel('Time window end').fill(to);
      await waitForMapIdle(page);
    };
    await setWindow('2020-06-01', '2020-06-28');
    // The last shown item in time order is drawn last: nothing covers its dot.
    const last = await page.evaluate(() => {
      const v = window.__viewer;
      if (!v) return null;
      const shown = new Set(v.situationMap.itemsInView());
      const items = v.domain.sortedItems;
      for (let i = items.length - 1; i >= 0; i--)
        if (shown.has(items[i].key)) return { key: items[i].key, index: i };
      return null;
    });
    if (!last) throw new Error('no item in view');
    // Its flag is in the texture's third row.
    expect(last.index).toBeGreaterThanOrEqual(2 * ROW);
    const dot = await pixelsAroundDot(page, last.key, () => [[0, 0]]);
    if (!dot) throw new Error('the item has no dot');
    expect(distance(dot.pixels[0], dot.color)).toBeLessThan(40);
    // A window in January leaves it out; its dot is no longer drawn.
    await setWindow('2020-01-01', '2020-01-28');
    const at = await page.evaluate(
      (k) => window.__viewer?.situationMap.dotOnScreen(k) ?? null,
      last.key,
    );
    if (!at) throw new Error('the item has no dot');
    const [gone] = await canvasPixels(page, [[at.x, at.y]]);
    // Something else shows there now (the map, or a January item's dot).
    expect(distance(gone, dot.pixels[0])).toBeGreaterThan(30);
    // And back: drawn again.
    await setWindow('2020-06-01', '2020-06-28');
    const [again] = await canvasPixels(page, [[at.x, at.y]]);
    expect(distance(again, dot.color)).toBeLessThan(40);
    await page.close();
  });
});
