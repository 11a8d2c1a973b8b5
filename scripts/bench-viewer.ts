/**
 * Viewer benchmark (npm run bench:viewer): drives the built app in Chromium with generated
 * corpora of 1,000, 10,000 and 100,000 events and prints, per corpus, the time to the first
 * map idle and, for an actor toggle, a time-window drag step and a search keystroke, the
 * main-thread time of our own code (CPU profile samples in our bundles, React included,
 * apart from MapLibre and the browser's drawing) and the time to the next map idle. Our code's
 * time is given twice: as the profile samples it (wall time, which counts the time the page's
 * thread waits for a core while the software renderer holds both) and as thread time (each
 * sample weighted by its task's thread time over wall time, from a Chromium trace). Medians
 * of several interactions on several page loads; the first interaction of each kind on a
 * page, run before the JIT has optimised our code, is reported apart. Tasks over 50 ms are
 * counted while the window is dragged step by step, and in a sweep: mouse moves sent as fast
 * as the page takes them, without waiting for the map, as a hand drags.
 *
 * Usage: tsx scripts/bench-viewer.ts [sizes...]   (default 1000 10000 100000)
 * Environment: BENCH_RUNS=n page loads per corpus; BENCH_PROFILE=1 prints hot spots;
 * BENCH_DISABLE_GPU=1 runs Chromium with --disable-gpu as the browser tests do, where the
 * software compositor reads every WebGL frame back on the page's main thread, so drawing
 * shows up as long tasks. By default WebGL draws in Chromium's GPU process (SwiftShader, still
 * software, on the same two cores), as it does in a browser with a GPU.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { build } from 'vite';
import { DIST, distWithData, launch, ROOT, serve, waitForMapIdle } from '../tests/browser/harness';
import { makeCorpus } from './bench-corpus';
import { median } from './bench-util';

/** Page loads per corpus; each measures every interaction several times. */
const RUNS = 3;
/** Actor toggles per page load. */
const TOGGLES = 5;
/** Steps of the time-window drag per page load, each measured to the next map idle. */
const DRAG_STEPS = 6;
/**
 * A drag as a hand makes it: this many mouse moves, each sent as soon as the page has taken
 * the last one (and a frame's pause), without waiting for the map.
 */
const SWEEP_MOVES = 40;
const FRAME_MS = 16;
/** Typed into the search box one key at a time, each key measured. */
const QUERY = 'place 1';

interface Sample {
  /** Our code's main-thread time as the profile samples it (wall time). */
  ownMs: number;
  /** The same, counting only the time the thread ran on a core. */
  ownCpuMs: number;
  idleMs: number;
  /** The first of its kind on the page. */
  first: boolean;
}
/** Longest wait for a corpus to load: 100,000 events take minutes with software rendering. */
const LOAD_TIMEOUT_MS = 600_000;
/** Runs for the largest corpus, where one page load takes minutes in software rendering. */
const RUNS_LARGE = 2;
interface ProfileNode {
  id: number;
  callFrame: { url: string; functionName: string; lineNumber: number };
}

/**
 * With BENCH_PROFILE=1 the app is built unminified and each interaction's heaviest functions
 * of our own code, React included (self time, summed over runs), are printed: where to look next.
 */
const PROFILE = process.env.BENCH_PROFILE === '1';
const GPU_PROCESS = process.env.BENCH_DISABLE_GPU !== '1';
const hotspots = new Map<string, Map<string, number>>();

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string };
}

/**
 * Collects the page's main-thread tasks from a Chromium trace (started by the caller, ended
 * by Tracing.end) and resolves to a function giving, for an instant, the share of its task's
 * wall time that the thread spent on a core (thread time over wall time; 1 outside tasks).
 * A CPU profile sample counts wall time: when the software renderer holds the cores, the
 * page's thread waits inside our functions and the wait is counted as their time.
 */
function startTaskTrace(cdp: CDPSession): Promise<(ts: number) => number> {
  const events: TraceEvent[] = [];
  const collect = (e: { value: object[] }) => {
    for (const ev of e.value) events.push(ev as TraceEvent);
  };
  cdp.on('Tracing.dataCollected', collect);
  return new Promise((resolve) =>
    cdp.once('Tracing.tracingComplete', () => {
      cdp.off('Tracing.dataCollected', collect);
      const main = new Set(
        events
          .filter(
            (e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain',
          )
          .map((e) => `${e.pid}:${e.tid}`),
      );
      const tasks = events
        .filter(
          (e) =>
            e.ph === 'X' &&
            e.name === 'ThreadControllerImpl::RunTask' &&
            (e.dur ?? 0) > 0 &&
            main.has(`${e.pid}:${e.tid}`),
        )
        .sort((a, b) => a.ts - b.ts);
      resolve((ts) => {
        // The last task starting at or before ts (tasks on one thread do not overlap).
        let lo = 0;
        let hi = tasks.length - 1;
        let found = -1;
        while (lo <= hi) {
          const mid = (lo + hi) >> 1;
          if (tasks[mid].ts <= ts) {
            found = mid;
            lo = mid + 1;
          } else hi = mid - 1;
        }
        const t = tasks[found];
        if (!t || ts > t.ts + (t.dur ?? 0) || t.tdur === undefined) return 1;
        return Math.min(1, t.tdur / (t.dur ?? 1));
      });
    }),
  );
}

/** Milliseconds of main-thread JavaScript in our own bundles during `action`, and until the map is idle: as sampled (wall time)
 * and as thread time (each sample weighted by its task's share of time on a core). */
async function measure(
  page: Page,
  cdp: CDPSession,
  action: () => Promise<void>,
  label = '',
): Promise<{ ownMs: number; ownCpuMs: number; idleMs: number }> {
  const trace = startTaskTrace(cdp);
  await cdp.send('Tracing.start', { categories: 'toplevel', transferMode: 'ReportEvents' });
  await cdp.send('Profiler.start');
  const t0 = Date.now();
  await action();
  // A search is applied once the worker has scanned the quotes: wait until what was typed is.
  await page.waitForFunction(
    () => document.querySelector('search')?.getAttribute('aria-busy') !== 'true',
  );
  // Two frames for React's effects to hand the filter to the map, then its next idle. A
  // keystroke that leaves the filter as it was (a trailing space) draws nothing: ask for a
  // frame so that an idle always follows.
  await page.evaluate(
    () =>
      new Promise<void>((resolve) =>
        requestAnimationFrame(() =>
          requestAnimationFrame(() => {
            const map = window.__viewer?.map;
            if (!map) return resolve();
            map.once('idle', () => resolve());
            map.triggerRepaint();
          }),
        ),
      ),
  );
  const idleMs = Date.now() - t0;
  const { profile } = (await cdp.send('Profiler.stop')) as {
    profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[]; startTime: number };
  };
  await cdp.send('Tracing.end');
  const cpuShareAt = await trace;
  const own = new Set(
    profile.nodes
      .filter((n) =>
        /\/assets\/(index|vendor|react|rolldown-runtime)-[^/]+\.js$/.test(n.callFrame.url),
      )
      .map((n) => n.id),
  );
  let us = 0;
  let cpuUs = 0;
  let at = profile.startTime;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const hot = hotspots.get(label) ?? new Map<string, number>();
  hotspots.set(label, hot);
  profile.samples.forEach((id, i) => {
    const dt = profile.timeDeltas[i] ?? 0;
    at += dt;
    if (own.has(id)) {
      us += dt;
      cpuUs += dt * cpuShareAt(at);
    }
    if (PROFILE && label && own.has(id)) {
      const f = byId.get(id)?.callFrame;
      const name = f
        ? `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}`
        : '?';
      hot.set(name, (hot.get(name) ?? 0) + dt);
    }
  });
  return { ownMs: us / 1000, ownCpuMs: cpuUs / 1000, idleMs };
}

/** Tasks over 50 ms: how many, the longest, and the time they ran past 50 ms (total blocking time). */
function tasksOver50(durations: number[]): string {
  if (durations.length === 0) return 'no task over 50 ms';
  const blocking = durations.reduce((sum, d) => sum + Math.max(0, d - 50), 0);
  return `${durations.length} tasks over 50 ms, longest ${Math.max(...durations).toFixed(0)} ms, blocking ${blocking.toFixed(0)} ms`;
}

async function benchCorpus(events: number): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `bench-${events}-`));
  makeCorpus(events, dir);
  const server = await serve(distWithData(path.join(dir, 'geo'), path.join(dir, 'seeds')));
  const browser = await launch({ gpuProcess: GPU_PROCESS });
  try {
    const firstIdle: number[] = [];
    // Per interaction, the first of each page load (code not yet optimised by the JIT) and
    // the ones after it, apart.
    const toggle: Sample[] = [];
    const drag: Sample[] = [];
    const search: Sample[] = [];
    const longTasks: number[] = [];
    /** Per page load: tasks over 50 ms during the sweep, its time per move, and from its last move to idle. */
    const sweeps: { long: number[]; perMoveMs: number; settleMs: number }[] = [];
    let phases = '';
    const runs = Number(process.env.BENCH_RUNS) || (events >= 100_000 ? RUNS_LARGE : RUNS);
    for (let run = 0; run < runs; run++) {
      const page = await browser.newPage();
      const t0 = Date.now();
      await page.goto(server.url, { timeout: LOAD_TIMEOUT_MS });
      await waitForMapIdle(page, LOAD_TIMEOUT_MS);
      firstIdle.push(Date.now() - t0);
      if (run === 0)
        // A string, not a function: the bundler's name helpers do not exist in the page.
        phases = await page.evaluate(`(() => {
          const at = (m) => performance.getEntriesByName(m)[0]?.startTime ?? NaN;
          const start = at('viewer:load-start');
          return 'reports fetched and checked ' + (at('viewer:reports-loaded') - start).toFixed(0) + ' ms, domain ' +
            (at('viewer:domain-built') - at('viewer:reports-loaded')).toFixed(0) + ' ms, sources ' +
            (at('viewer:sources-set') - at('viewer:domain-built')).toFixed(0) + ' ms';
        })()`);
      process.stderr.write(
        `  ${events} events, run ${run + 1}: first idle after ${firstIdle.at(-1)} ms\n`,
      );
      // As an analyst looks at the map before her first click: the page's warm-up after
      // loading (run in idle time) has run, and is not counted as the first toggle's work.
      await page.waitForFunction(() => window.__viewer?.warm === true, null, {
        timeout: LOAD_TIMEOUT_MS,
      });
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      const box = page.getByRole('checkbox', { name: /^russia-0/ });
      for (let k = 0; k < TOGGLES; k++)
        toggle.push({
          ...(await measure(page, cdp, () => box.click(), k === 0 ? 'toggle, first' : 'toggle')),
          first: k === 0,
        });
      // An odd number of clicks leaves the actor off; switch it back on.
      if (TOGGLES % 2 === 1) {
        await box.click();
        await waitForMapIdle(page);
      }
      await page.getByLabel('Time window start').fill('2020-02-01');
      await page.getByLabel('Time window end').fill('2020-03-01');
      await waitForMapIdle(page);
      const chart = await page.locator('.timeline-chart').boundingBox();
      if (!chart) throw new Error('no timeline');
      // Long tasks while dragging the window across the chart.
      const watchLongTasks = () =>
        page.evaluate(() => {
          const w = window as unknown as { __long: number[]; __watch?: PerformanceObserver };
          w.__long = [];
          w.__watch?.disconnect();
          w.__watch = new PerformanceObserver((list) => {
            for (const e of list.getEntries()) w.__long.push(e.duration);
          });
          w.__watch.observe({ type: 'longtask', buffered: false });
        });
      const longTasksSeen = () =>
        page.evaluate(() => (window as unknown as { __long: number[] }).__long);
      await watchLongTasks();
      // The window is grabbed in its middle and moved whole, a month across the half-year.
      const win = await page.locator('.timeline-chart rect.window').boundingBox();
      if (!win) throw new Error('no time window');
      const y = chart.y + chart.height / 2;
      const x0 = win.x + win.width / 2;
      await page.mouse.move(x0, y);
      await page.mouse.down();
      for (let step = 1; step <= DRAG_STEPS; step++)
        drag.push({
          first: step === 1,
          ...(await measure(
            page,
            cdp,
            () => page.mouse.move(x0 + step * chart.width * 0.03, y),
            step === 1 ? 'drag, first' : 'drag',
          )),
        });
      await page.mouse.up();
      longTasks.push(...(await longTasksSeen()));
      // A drag that did not move the window would measure nothing.
      const windowStart = () => page.getByLabel('Time window start').inputValue();
      const stepped = await windowStart();
      if (stepped <= '2020-02-01') throw new Error(`the drag left the window at ${stepped}`);
      await waitForMapIdle(page);
      // The sweep: the window moved back over a fifth of the chart, as a hand drags it.
      await watchLongTasks();
      const x1 = x0 + DRAG_STEPS * chart.width * 0.03;
      await page.mouse.move(x1, y);
      await page.mouse.down();
      const sweepStart = Date.now();
      for (let k = 1; k <= SWEEP_MOVES; k++) {
        await page.mouse.move(x1 - (k * chart.width * 0.2) / SWEEP_MOVES, y);
        await page.waitForTimeout(FRAME_MS);
      }
      await page.mouse.up();
      const swept = Date.now();
      await waitForMapIdle(page, LOAD_TIMEOUT_MS);
      if ((await windowStart()) >= stepped) throw new Error('the sweep did not move the window');
      sweeps.push({
        long: await longTasksSeen(),
        perMoveMs: (swept - sweepStart) / SWEEP_MOVES,
        settleMs: Date.now() - swept,
      });
      const input = page.getByRole('searchbox');
      await input.focus();
      for (const [k, key] of [...QUERY].entries())
        search.push({
          first: k === 0,
          ...(await measure(
            page,
            cdp,
            () => page.keyboard.type(key),
            k === 0 ? 'search, first' : 'search',
          )),
        });
      await page.close();
    }
    const fmt = (xs: Sample[]) => {
      const first = xs.filter((x) => x.first);
      const later = xs.filter((x) => !x.first);
      const ms = (ys: Sample[], k: 'ownMs' | 'ownCpuMs' | 'idleMs', digits: number) =>
        median(ys.map((y) => y[k])).toFixed(digits);
      const most = (k: 'ownMs' | 'ownCpuMs') => Math.max(...xs.map((x) => x[k])).toFixed(1);
      return `own JS ${ms(later, 'ownMs', 1)} ms sampled, ${ms(later, 'ownCpuMs', 1)} ms on a core (first of a page ${ms(first, 'ownMs', 1)}/${ms(first, 'ownCpuMs', 1)} ms, most ${most('ownMs')}/${most('ownCpuMs')} ms), next idle ${ms(later, 'idleMs', 0)} ms`;
    };
    const top = [...hotspots].map(
      ([label, m]) =>
        `  ${label}: ${[...m]
          .sort((a, b) => b[1] - a[1])
          .slice(0, 12)
          .map(([f, us]) => `${f} ${(us / 1000).toFixed(0)} ms`)
          .join(', ')}`,
    );
    hotspots.clear();
    return [
      ...(PROFILE ? top : []),
      `${events.toLocaleString('en-US')} events: first map idle ${median(firstIdle).toFixed(0)} ms (${phases})`,
      `  actor toggle        ${fmt(toggle)}`,
      `  time-window drag    ${fmt(drag)} (per step); ${tasksOver50(longTasks)}`,
      `  drag sweep          ${SWEEP_MOVES} moves, ${median(sweeps.map((w) => w.perMoveMs)).toFixed(0)} ms apart; per page load: ${sweeps.map((w) => tasksOver50(w.long)).join('; ')}; map idle ${median(sweeps.map((w) => w.settleMs)).toFixed(0)} ms after the last move`,
      `  search keystroke    ${fmt(search)}`,
    ].join('\n');
  } finally {
    await browser.close();
    await server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);
if (!fs.existsSync(path.join(DIST, 'index.html')) || process.env.REBUILD !== '0')
  await build({ root: ROOT, logLevel: 'warn', build: { minify: !PROFILE } });
console.log(
  `viewer benchmark (Chromium, software WebGL ${GPU_PROCESS ? 'in the GPU process' : 'with --disable-gpu'}, ${os.cpus().length} cores; medians)`,
);
for (const n of sizes.length ? sizes : [1000, 10_000, 100_000]) console.log(await benchCorpus(n));
