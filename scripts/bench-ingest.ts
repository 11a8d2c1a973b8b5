/**
 * Ingest benchmark (npm run bench): prints, for a generated corpus of reports, the median ms
 * per report and words per second on one core after load, plus the gazetteer's load time and
 * heap, what compromise would cost if it tagged every sentence, and the time per MB of one
 * long report at 0.1, 0.5, 1 and 2 MB, which stays flat while the ingest is linear.
 *
 * The corpus is made by recombining sentences of the seed and evaluation reports under new
 * datelines with a fixed random seed, so every run measures the same text.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';
import { Gazetteer } from '../src/ingest/gazetteer';
import { ingestReport } from '../src/ingest/ingest-report';
import { splitSentences } from '../src/ingest/text';
import { DEFAULT_GAZETTEER } from './build-gazetteer';
import { median, mulberry32 } from './bench-util';
import { loadIngestContext, ROOT } from './ingest-context';

/** Reports in the generated corpus. */
const CORPUS_REPORTS = Number(process.env.BENCH_REPORTS ?? 1000);
/** Sentences per generated report, lower and upper bound. */
const MIN_SENTENCES = 6;
const MAX_SENTENCES = 24;
/** Loads of the gazetteer timed; the median is printed. */
const LOAD_RUNS = 5;
/** Sentences tagged by compromise to estimate its speed. */
const COMPROMISE_SAMPLE = 400;

const words = (t: string) => t.split(/\s+/).filter(Boolean).length;

/** A deterministic corpus of reports recombined from the bundled ones. */
export function makeCorpus(n: number, seed = 42): string[] {
  const texts = ['seeds', 'tests/eval/reports'].flatMap((dir) =>
    fs
      .readdirSync(path.join(ROOT, dir))
      .filter((f) => f.endsWith('.txt'))
      .map((f) => fs.readFileSync(path.join(ROOT, dir, f), 'utf8')),
  );
  const sentences = texts.flatMap((t) => {
    const body = t.replace(/^\s*date \d{4}-\d{2}-\d{2}/, '');
    return splitSentences(body).map((s) => body.slice(s.start, s.end));
  });
  const rand = mulberry32(seed);
  const corpus: string[] = [];
  for (let i = 0; i < n; i++) {
    const day = new Date(Date.UTC(2019, 0, 1) + Math.floor(rand() * 2000) * 86_400_000)
      .toISOString()
      .slice(0, 10);
    const count = MIN_SENTENCES + Math.floor(rand() * (MAX_SENTENCES - MIN_SENTENCES));
    const parts: string[] = [];
    for (let j = 0; j < count; j++) parts.push(sentences[Math.floor(rand() * sentences.length)]);
    corpus.push(`date ${day}\n${parts.join(rand() < 0.3 ? '\n\n' : ' ')}\n`);
  }
  return corpus;
}

/** Report sizes, in MB, for the time-per-MB figures: the ingest must stay linear up to its cap. */
const SCALE_SIZES = [0.1, 0.5, 1, 2];
/** Runs per size; the median is printed. */
const SCALE_RUNS = Number(process.env.BENCH_SCALE_RUNS ?? 3);

/**
 * One long report per size, cut from the same generated text, and the median ms per MB for
 * each: a step of the ingest that grows faster than the text shows as a rising figure.
 */
function timePerMb(ctx: Awaited<ReturnType<typeof loadIngestContext>>['ctx']): string[] {
  const body = makeCorpus(3000, 7)
    .map((t) => t.replace(/^date \S+\n/, ''))
    .join('\n\n');
  const reportOf = (mb: number) => `date 2020-03-05\n${body.slice(0, mb * 1e6)}`;
  const source = { id: 'long', file: 'seeds/long.txt', sha256: '0'.repeat(64) };
  // Warm-up: the first long report also compiles the code paths the short ones did not take.
  ingestReport(reportOf(SCALE_SIZES[0]), source, ctx);
  const perMb = SCALE_SIZES.map((mb) => {
    const text = reportOf(mb);
    const runs: number[] = [];
    for (let i = 0; i < SCALE_RUNS; i++) {
      const t0 = performance.now();
      ingestReport(text, source, ctx);
      runs.push(performance.now() - t0);
    }
    return median(runs) / mb;
  });
  const lines = SCALE_SIZES.map(
    (mb, i) =>
      `  ${`${mb} MB`.padEnd(8)}         ${Math.round(perMb[i]).toLocaleString('en-US')} ms per MB`,
  );
  lines.push(
    `  largest / smallest ${(Math.max(...perMb) / Math.min(...perMb)).toFixed(2)}x (linear is 1.00x; the target is within 1.50x)`,
  );
  return lines;
}

/** Heap plus external memory (a large file read as latin1 is an external string), in MB. */
function heapMB(): number {
  (globalThis as { gc?: () => void }).gc?.();
  const m = process.memoryUsage();
  return (m.heapUsed + m.external) / 1e6;
}

async function main(): Promise<void> {
  const { ctx } = await loadIngestContext();
  // Gazetteer: read and index, as the ingest does at start, each time in a fresh process.
  const loads: number[] = [];
  const heaps: number[] = [];
  for (let i = 0; i < LOAD_RUNS; i++) {
    const out = execFileSync(
      process.execPath,
      ['--expose-gc', '--import', 'tsx', fileURLToPath(import.meta.url), '--load-only'],
      { encoding: 'utf8' },
    );
    const { ms, heapMB } = JSON.parse(out) as { ms: number; heapMB: number };
    loads.push(ms);
    heaps.push(heapMB);
  }
  const heap = median(heaps);
  const corpus = makeCorpus(CORPUS_REPORTS);
  const totalWords = corpus.reduce((n, t) => n + words(t), 0);
  // Warm up the JIT on a few reports, then time every report.
  for (const t of corpus.slice(0, 20))
    ingestReport(t, { id: 'w', file: 'seeds/w.txt', sha256: '0'.repeat(64) }, ctx);
  const perReport: number[] = [];
  const t0 = performance.now();
  for (const [i, t] of corpus.entries()) {
    const s = performance.now();
    ingestReport(t, { id: `r${i}`, file: `seeds/r${i}.txt`, sha256: '0'.repeat(64) }, ctx);
    perReport.push(performance.now() - s);
  }
  const total = performance.now() - t0;
  // What compromise would cost per sentence, for comparison with the lexicon-only use.
  const sample = corpus.slice(0, 50).join(' ');
  const sents = splitSentences(sample)
    .slice(0, COMPROMISE_SAMPLE)
    .map((s) => sample.slice(s.start, s.end));
  const c0 = performance.now();
  for (const s of sents) nlp(s).people();
  const compromiseWps = sents.reduce((n, s) => n + words(s), 0) / ((performance.now() - c0) / 1000);

  console.log(
    `ingest benchmark: ${corpus.length} generated reports, ${totalWords} words (node ${process.version}, one core)`,
  );
  console.log(
    `  median per report   ${median(perReport).toFixed(2)} ms   (p95 ${perReport.sort((a, b) => a - b)[Math.floor(perReport.length * 0.95)].toFixed(2)} ms)`,
  );
  console.log(
    `  throughput          ${Math.round(totalWords / (total / 1000)).toLocaleString('en-US')} words/s after load`,
  );
  console.log(
    `  gazetteer load      ${median(loads).toFixed(0)} ms median of ${LOAD_RUNS}, heap +${heap.toFixed(1)} MB (V8 heap and external strings), ${ctx.gazetteer.size.toLocaleString('en-US')} places`,
  );
  console.log(
    `  compromise tagging  ${Math.round(compromiseWps).toLocaleString('en-US')} words/s if run on every sentence (the ingest uses only its lexicon)`,
  );
  console.log(`time per MB of one long report (median of ${SCALE_RUNS}):`);
  for (const line of timePerMb(ctx)) console.log(line);
}

/** One cold load of the gazetteer: prints its time and the heap it holds, as JSON. */
function loadOnce(): void {
  const before = heapMB();
  const t0 = performance.now();
  const g = new Gazetteer(fs.readFileSync(DEFAULT_GAZETTEER, 'latin1'));
  const ms = performance.now() - t0;
  const heap = heapMB() - before;
  console.log(JSON.stringify({ ms, heapMB: heap, size: g.size }));
}

if (process.argv.includes('--load-only')) loadOnce();
else if (process.argv[1]?.endsWith('bench-ingest.ts')) await main();
