/**
 * Installable and offline (issue 16, part 2): the page links a web app manifest with icons,
 * and after one visit its service worker has kept the app and its bundled data, so a reload
 * with the network off shows the first report on the map.
 */
import { describe, expect, it } from 'vitest';
import { servedViewer, waitForMapIdle } from './harness';

const viewer = servedViewer();

describe('installable and offline', () => {
  it('has a manifest with icons that load', async () => {
    const page = await viewer.browser.newPage();
    await page.goto(viewer.server.url);
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    const manifest = await (
      await page.request.get(new URL(href ?? '', viewer.server.url).href)
    ).json();
    expect(manifest).toMatchObject({ name: 'Situation viewer', display: 'standalone' });
    const sizes = manifest.icons.map((i: { sizes: string }) => i.sizes);
    expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']));
    for (const icon of manifest.icons) {
      const res = await page.request.get(new URL(icon.src, viewer.server.url).href);
      expect(res.headers()['content-type']).toBe('image/png');
    }
    await page.close();
  });

  it('opens with its bundled report after one visit, with the network off', async () => {
    const page = await viewer.browser.newPage();
    await page.goto(viewer.server.url);
    await waitForMapIdle(page);
    // The service worker has kept the app and the data when it is active.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await expect
      .poll(
        () =>
          page.evaluate(async () => {
            const cache = await caches.open('situation-viewer-v1');
            return (await cache.keys()).map((r) => new URL(r.url).pathname);
          }),
        { timeout: 60_000 },
      )
      .toEqual(
        expect.arrayContaining(['/data/manifest.json', '/index.html', '/data/gazetteer.txt']),
      );
    const before = await page.locator('.status').textContent();
    await viewer.browser.context.setOffline(true);
    try {
      await page.reload();
      await waitForMapIdle(page);
      expect(await page.locator('.status').textContent()).toBe(before);
      expect(before).toMatch(/^1 report · \d+ places/);
      expect(await page.locator('.place-list').textContent()).toContain('Idlib');
    } finally {
      await viewer.browser.context.setOffline(false);
    }
    await page.close();
  });
});
