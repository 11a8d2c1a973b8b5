import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { SituationCollection } from '../../src/model/situation';
import { ROOT, readSeedText, SEED_ID } from '../fixtures/seed';
import { placeOnScreen, servedViewer, waitForMapIdle } from './harness';

/** The viewer on the bundled data: geo/ as the ingest wrote it. */
const generated = JSON.parse(
  fs.readFileSync(path.join(ROOT, `geo/${SEED_ID}.geojson`), 'utf8'),
) as SituationCollection;
const seedText = readSeedText();
const placeByGazetteer = (id: number) =>
  generated.features.find((f) => f.properties.kind === 'place' && f.properties.gazetteerId === id);

const viewer = servedViewer();

async function clickPlace(page: Page, gazetteerId: number): Promise<string> {
  const close = page.locator('.maplibregl-popup-close-button');
  if (await close.count()) await close.click();
  const f = placeByGazetteer(gazetteerId);
  const { x, y } = await placeOnScreen(page, f?.geometry.coordinates as [number, number]);
  await page.mouse.click(x, y);
  const heading = page.locator('.maplibregl-popup .place-popup h2');
  await expect
    .poll(() => heading.textContent())
    .toBe(f?.properties.kind === 'place' ? f.properties.name : '');
  return (await page.locator('.maplibregl-popup .place-popup').textContent()) ?? '';
}

describe('the viewer on the generated dataset', () => {
  it('shows Idleb, Ankara and Moscow from the ingest output, with events, speakers and the contradiction', async () => {
    const page = await viewer.browser.newPage();
    await page.goto(viewer.server.url);
    await waitForMapIdle(page);
    const names = await page.locator('.place-list .place-name').allTextContents();
    expect(names).toEqual(expect.arrayContaining(['Idlib', 'Ankara', 'Moscow']));
    await page.screenshot({ path: path.join(ROOT, 'docs/screenshot.png') });

    const idlib = await clickPlace(page, 169389);
    expect(idlib).toContain('FIGHT');
    expect(idlib).toContain('2020-02-27');
    expect(idlib).toContain('2020-02-28');
    expect(idlib).toContain('Contradicting accounts');
    const sides = await page.locator('.maplibregl-popup .dispute-side strong').allTextContents();
    expect(sides.sort()).toEqual(['Russian Defense Ministry', 'Turkey']);
    await page.screenshot({ path: path.join(ROOT, 'docs/screenshot-popup.png') });

    const ankara = await clickPlace(page, 323786);
    expect(ankara).toContain('CONSULT');
    expect(ankara).toContain('Turkish Air Force');

    const moscow = await clickPlace(page, 524901);
    expect(moscow).toContain('Location inferred.');
    expect(moscow).toContain('Russian Foreign Ministry');

    await page
      .locator('.maplibregl-popup')
      .getByRole('button', { name: 'Read in source' })
      .first()
      .click();
    const mark = page.locator('.reader mark');
    await mark.waitFor();
    const start = Number(await mark.getAttribute('data-start'));
    const end = Number(await mark.getAttribute('data-end'));
    expect(await mark.textContent()).toBe(seedText.slice(start, end));
    await page.close();
  });

  it('lists a country named only for its government, counts its uses, and does not draw it', async () => {
    const page = await viewer.browser.newPage();
    await page.goto(viewer.server.url);
    await waitForMapIdle(page);
    const turkey = page.locator('.place-list button', { hasText: 'Turkey' });
    await turkey.click();
    const popup = page.locator('.maplibregl-popup .place-popup');
    await expect.poll(() => popup.locator('h2').textContent()).toBe('Turkey');
    const text = (await popup.textContent()) ?? '';
    expect(text).toMatch(/Named \d+ times: \d+ for its government or people/);
    expect(text).toContain('Not drawn on the map');
    // The map's place source holds the drawn places only: Idlib, not Turkey.
    const drawn = await page.evaluate(() =>
      (window.__viewer?.map.querySourceFeatures('places') ?? []).map((f) => f.properties?.name),
    );
    expect(drawn).toContain('Idlib');
    expect(drawn).not.toContain('Turkey');
    await page.close();
  });
});
