/**
 * The built page runs under a strict Content-Security-Policy (issue 15, finding 11): a person
 * loads it, opens a place, pastes a report, searches, exports and imports, and the browser
 * reports no violation of the policy and no request off the page's origin.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { servedViewer, waitForMapIdle, pasteReport } from './harness';

const viewer = servedViewer();

describe('Content-Security-Policy', () => {
  it('holds across load, popup, paste, search, export and import with no violation', async () => {
    const page = await viewer.browser.newPage();
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __csp: string[] }).__csp = seen;
      document.addEventListener('securitypolicyviolation', (e) =>
        seen.push(
          `${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}:${e.columnNumber}`,
        ),
      );
    });
    // Chromium also logs each refusal, from the page and from its workers.
    const refused: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) refused.push(m.text());
    });
    await page.goto(viewer.server.url);
    await waitForMapIdle(page);
    const policy = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("object-src 'none'");

    await page
      .getByRole('button', { name: /^Idlib/ })
      .first()
      .click();
    await page.locator('.maplibregl-popup .place-popup').waitFor();

    await pasteReport(
      page,
      'date 2020-03-06\nTurkish drones struck Syrian army positions near Saraqib on Thursday.',
    );

    await page.getByRole('searchbox').fill('turk');
    await expect.poll(() => page.locator('.event-list').textContent()).toMatch(/Turk/);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'GeoJSON' }).click(),
    ]);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'csp-')), 'export.geojson');
    await download.saveAs(file);
    await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'CSV' }).click(),
    ]);
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByRole('button', { name: 'Import…' }).click(),
    ]);
    await chooser.setFiles(file);
    await expect
      .poll(() => page.locator('.paste-message').textContent())
      .toMatch(/already on the map/);

    expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
    expect(refused).toEqual([]);
    expect(
      viewer.browser.requests.filter(
        (u) => !u.startsWith(viewer.server.url) && !u.startsWith('blob:') && !u.startsWith('data:'),
      ),
    ).toEqual([]);
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
    await page.close();
  });
});
