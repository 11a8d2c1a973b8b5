/**
 * Ingest speed of this checkout against another, in one process (npm run bench:compare --
 * <other checkout>): both ingests read the same generated reports in alternating batches, so
 * a busy or throttled machine slows both alike and their ratio holds where words per second
 * alone do not (on a shared 2-core host, runs of `bench:ingest` on one commit spread ±20%).
 *
 * The other checkout needs its dependencies (a `node_modules`, or a link to this one's) and
 * its gazetteer built (`npm run gazetteer` in it). Prints the words per second of each, the
 * ratio of their total times and the median of the per-batch ratios.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { median } from './bench-util';
import { makeCorpus } from './bench-ingest';

const HERE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** Reports per batch: long enough to time, short enough that both see the same machine. */
const BATCH = 50;
const PASSES = Number(process.env.BENCH_PASSES ?? 3);
const REPORTS = Number(process.env.BENCH_REPORTS ?? 1000);

type Ingest = (text: string, i: number) => void;

/** The ingest of the checkout at `root`, with its own gazetteer and registry loaded. */
async function ingestOf(root: string): Promise<Ingest> {
  const { loadIngestContext } = await import(path.join(root, 'scripts/ingest-context.ts'));
  const { ingestReport } = await import(path.join(root, 'src/ingest/ingest-report.ts'));
  const { ctx } = await loadIngestContext();
  return (text, i) => {
    ingestReport(text, { id: `r${i}`, file: `seeds/r${i}.txt`, sha256: '0'.repeat(64) }, ctx);
  };
}

async function main(): Promise<void> {
  const other = process.argv[2];
  if (!other) {
    console.error('usage: npm run bench:compare -- <path to another checkout of this project>');
    process.exit(2);
  }
  const base = await ingestOf(path.resolve(other));
  const mine = await ingestOf(HERE);
  const corpus = makeCorpus(REPORTS);
  const words = corpus.reduce((n, t) => n + t.split(/\s+/).filter(Boolean).length, 0);
  // Warm-up: both compile the paths the reports take.
  for (const [i, t] of corpus.slice(0, BATCH).entries()) {
    base(t, i);
    mine(t, i);
  }
  const times = { base: [] as number[], mine: [] as number[] };
  for (let pass = 0; pass < PASSES; pass++)
    for (let s = 0; s < corpus.length; s += BATCH) {
      const batch = corpus.slice(s, s + BATCH);
      // Each goes first in turn: neither always meets a cache the other left warm.
      const order =
        (s / BATCH + pass) % 2 === 0 ? (['base', 'mine'] as const) : (['mine', 'base'] as const);
      for (const which of order) {
        const run = which === 'base' ? base : mine;
        const t0 = performance.now();
        for (const [i, t] of batch.entries()) run(t, s + i);
        times[which].push(performance.now() - t0);
      }
    }
  const total = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const wps = (xs: number[]) => Math.round((words * PASSES) / (total(xs) / 1000));
  const ratios = times.base.map((b, i) => b / times.mine[i]);
  console.log(
    `ingest speed, this checkout against ${other}: ${REPORTS} generated reports, ${words} words, ${PASSES} passes in batches of ${BATCH} (node ${process.version})`,
  );
  console.log(`  other checkout   ${wps(times.base).toLocaleString('en-US')} words/s`);
  console.log(`  this checkout    ${wps(times.mine).toLocaleString('en-US')} words/s`);
  console.log(
    `  speed ratio      ${(total(times.base) / total(times.mine)).toFixed(3)} (total times), ${median(ratios).toFixed(3)} (median of ${ratios.length} batches); above 1 is faster here`,
  );
}

await main();
