import { HEADER_POLICY } from '../../scripts/csp.ts';
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { preview } from 'vite';
import { afterAll, beforeAll } from 'vitest';
import { makeManifest } from '../../scripts/situation-data-plugin';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const DIST = path.join(ROOT, 'dist');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const OUTPUT = path.join(ROOT, 'tests/output');

/** Chromium flags for a headless, sandbox-less machine with no GPU and no network. */
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1',
];

export interface Server {
  url: string;
  close: () => Promise<void>;
}

/** Folders made by {@link distWithData}: removed when their server closes. */
const madeDists = new Set<string>();

/**
 * Serves a built viewer folder on 127.0.0.1 with vite's preview server, on a free port. A
 * folder made by {@link distWithData} is removed when the server closes.
 */
export async function serve(outDir: string = DIST): Promise<Server> {
  const server = await preview({
    configFile: false,
    root: ROOT,
    logLevel: 'silent',
    build: { outDir },
    // As `npm start` serves it: with the page's Content-Security-Policy as a header too.
    preview: {
      host: '127.0.0.1',
      port: 0,
      strictPort: false,
      open: false,
      headers: { 'Content-Security-Policy': HEADER_POLICY },
    },
  });
  const address = server.httpServer.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${address.port}/`,
    close: async () => {
      await server.close();
      if (madeDists.delete(outDir)) fs.rmSync(outDir, { recursive: true, force: true });
    },
  };
}

/**
 * Copies the built viewer into a temporary folder with other data: the situation files of
 * `geoDir` and the reports of `seedsDir`. Lets a test show broken or hostile input through
 * the real app without rebuilding it.
 */
export function distWithData(geoDir: string, seedsDir: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'viewer-dist-'));
  madeDists.add(dir);
  fs.cpSync(DIST, dir, { recursive: true });
  // The situation data are replaced; the gazetteer and the basemap's context stay.
  for (const folder of ['geo', 'seeds'])
    fs.rmSync(path.join(dir, 'data', folder), { recursive: true, force: true });
  fs.cpSync(geoDir, path.join(dir, 'data/geo'), { recursive: true });
  fs.cpSync(seedsDir, path.join(dir, 'data/seeds'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'data/manifest.json'), JSON.stringify(makeManifest(geoDir)));
  return dir;
}

export interface Browser {
  context: BrowserContext;
  /** Every URL the pages asked for, in order. */
  requests: string[];
  newPage: () => Promise<Page>;
  close: () => Promise<void>;
}

export interface LaunchOptions {
  /**
   * Draw WebGL in Chromium's GPU process (SwiftShader there) instead of `--disable-gpu`'s
   * software compositor, which reads every WebGL frame back on the page's main thread. Closer
   * to a browser with a GPU: drawing no longer blocks the page. Used by the benchmark.
   */
  gpuProcess?: boolean;
}

/** A screen a person may open the viewer on. */
export interface Screen {
  name: 'phone' | 'tablet' | 'desktop';
  width: number;
  height: number;
  /** A touch screen: taps and pinches, no hover. */
  touch: boolean;
}
export const SCREENS: Screen[] = [
  { name: 'phone', width: 390, height: 844, touch: true },
  { name: 'tablet', width: 820, height: 1180, touch: true },
  { name: 'desktop', width: 1400, height: 900, touch: false },
];

/** A browser context of its own for one screen: its size, touch and pixel ratio. */
export function launchScreen(screen: Screen): Promise<Browser> {
  return launchWith(CHROMIUM_ARGS, {
    viewport: { width: screen.width, height: screen.height },
    hasTouch: screen.touch,
    isMobile: screen.touch,
    deviceScaleFactor: screen.touch ? 2 : 1,
  });
}

export function launch(options: LaunchOptions = {}): Promise<Browser> {
  return launchWith(
    options.gpuProcess ? CHROMIUM_ARGS.filter((a) => a !== '--disable-gpu') : CHROMIUM_ARGS,
    { viewport: { width: 1400, height: 900 } },
  );
}

/** Chromium in a fresh profile, recording every request its pages make. */
async function launchWith(
  args: string[],
  context: Parameters<typeof chromium.launchPersistentContext>[1],
): Promise<Browser> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'viewer-chromium-'));
  const ctx = await chromium.launchPersistentContext(profile, {
    ...context,
    executablePath: CHROMIUM,
    args,
    env: { ...process.env, HOME: profile, XDG_CONFIG_HOME: profile, XDG_CACHE_HOME: profile },
  });
  const requests: string[] = [];
  ctx.on('request', (r) => requests.push(r.url()));
  return {
    context: ctx,
    requests,
    newPage: () => ctx.newPage(),
    close: async () => {
      await ctx.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * The built viewer served and a browser launched for a test file's tests, both closed after
 * them: `const viewer = servedViewer();` then `viewer.server.url`, `viewer.browser.newPage()`.
 */
export function servedViewer(): { server: Server; browser: Browser } {
  const handle = {} as { server: Server; browser: Browser };
  beforeAll(async () => {
    handle.server = await serve();
    handle.browser = await launch();
  });
  afterAll(async () => {
    await handle.browser?.close();
    await handle.server?.close();
  });
  return handle;
}

/** Waits until the viewer has loaded its data and the map has drawn everything. */
export async function waitForMapIdle(page: Page, timeout = 30_000): Promise<void> {
  await page.waitForFunction(() => window.__viewer !== undefined, null, { timeout });
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const map = window.__viewer?.map;
        if (!map) return resolve();
        if (map.loaded() && !map.isMoving() && map.areTilesLoaded()) {
          map.once('idle', () => resolve());
          map.triggerRepaint();
        } else map.once('idle', () => resolve());
      }),
  );
}

/** Screen position (page pixels) of a place on the map canvas. */
export async function placeOnScreen(
  page: Page,
  lngLat: [number, number],
): Promise<{ x: number; y: number }> {
  const p = await page.evaluate((ll) => {
    const map = window.__viewer?.map;
    if (!map) throw new Error('no map');
    const pt = map.project(ll);
    const rect = map.getCanvas().getBoundingClientRect();
    return { x: rect.left + pt.x, y: rect.top + pt.y };
  }, lngLat);
  return p;
}

/**
 * What a person sees: the RGB of the map canvas's pixels at the given points (CSS pixels from
 * the canvas's corner). Reads the canvas as drawn (the map keeps its drawing buffer).
 */
export function canvasPixels(page: Page, points: number[][]): Promise<number[][]> {
  return pixelsOf(page, null, points);
}

/**
 * The colours a person sees at points of the page (CSS pixels): read from a screenshot, so
 * what covers the map or fails to be composited counts, unlike {@link canvasPixels}. The
 * screenshot is decoded by the page itself.
 */
export async function screenPixels(page: Page, points: number[][]): Promise<number[][]> {
  return pixelsOf(page, (await page.screenshot()).toString('base64'), points);
}

/** Draws the map's canvas (`png` null) or a PNG screenshot onto a canvas in the page and reads `points`. */
function pixelsOf(page: Page, png: string | null, points: number[][]): Promise<number[][]> {
  return page.evaluate(
    async ([data, pts]) => {
      let source: CanvasImageSource | undefined = window.__viewer?.map.getCanvas();
      let scale = source ? source.width / source.clientWidth : 1;
      if (data !== null) {
        const img = new Image();
        img.src = `data:image/png;base64,${data}`;
        await img.decode();
        source = img;
        scale = img.naturalWidth / window.innerWidth;
      }
      if (!source) return [];
      const canvas = document.createElement('canvas');
      [canvas.width, canvas.height] = [Number(source.width), Number(source.height)];
      const ctx = canvas.getContext('2d');
      if (!ctx) return [];
      ctx.drawImage(source, 0, 0);
      return (pts as number[][]).map(([x, y]) => [
        ...ctx.getImageData(Math.round(x * scale), Math.round(y * scale), 1, 1).data.slice(0, 3),
      ]);
    },
    [png, points] as const,
  );
}

/** The largest difference between two colours in any channel (0 to 255). */
export function colorDistance(a: number[], b: number[]): number {
  return Math.max(...a.map((v, k) => Math.abs(v - b[k])));
}

/**
 * The pixels around an item's dot, at the given offsets (CSS pixels) from its centre, with
 * the dot's radius and colour; null for an item without a dot.
 */
export async function pixelsAroundDot(
  page: Page,
  key: string,
  offsets: (radius: number) => [number, number][],
): Promise<{ pixels: number[][]; color: number[] } | null> {
  const at = await page.evaluate((k) => window.__viewer?.situationMap.dotOnScreen(k) ?? null, key);
  if (!at) return null;
  const points = offsets(at.radius).map(([dx, dy]) => [at.x + dx, at.y + dy]);
  return { pixels: await canvasPixels(page, points), color: at.color };
}

/** Pastes a report into the add-a-report panel as a person would and waits until it is mapped. */
export async function pasteReport(page: Page, text: string): Promise<void> {
  await page.getByRole('button', { name: 'Add a report' }).click();
  await page.getByLabel(/Paste a report/).fill(text);
  await page.getByRole('button', { name: 'Map this report' }).click();
  await page.locator('.paste-message', { hasText: /^Added/ }).waitFor({ timeout: 60_000 });
}
