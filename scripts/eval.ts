/**
 * npm run eval: ingests the evaluation reports (tests/eval/reports) and scores them against
 * hand-made expectations (tests/eval/expected.json).
 *
 * - Toponyms: a found literal place mention counts when its span overlaps an expected mention
 *   and the place lies within 50 km of the expected point. Precision, recall, F1 over mentions.
 *   (Associative and metonymic mentions are scored on the public corpora: `--corpus`.)
 * - Actors: share of expected actors present in the output (by id, or by name for actors
 *   the registry does not know).
 * - Dates: share of expected date expressions resolved to the expected day.
 */
import fs from 'node:fs';
import path from 'node:path';
import { findDates } from '../src/ingest/dates';
import { foldLatin } from '../src/ingest/gazetteer';
import { type IngestContext, ingestReport } from '../src/ingest/ingest-report';
import { overlaps, parseDateline } from '../src/ingest/text';
import { distanceKm } from '../src/spatial/distance';
import type { SituationCollection, Span } from '../src/model/situation';
import { CORPUS_NAMES, type CorpusName } from './corpora';
import { runCorpus } from './eval-corpus';
import { loadIngestContext, ROOT } from './ingest-context';

export const EVAL_DIR = path.join(ROOT, 'tests/eval');
/** A found place within this distance of the expected one is right. */
const MAX_KM = 50;

interface ExpectedPlace {
  text: string;
  lat: number;
  lon: number;
  occurrences?: number[];
}
interface ExpectedReport {
  places: ExpectedPlace[];
  actors: (string | { name: string })[];
  dates: { text: string; date: string; occurrence?: number }[];
}

export interface ReportScore {
  file: string;
  tp: number;
  fp: number;
  fn: number;
  actorsFound: number;
  actorsExpected: number;
  datesRight: number;
  datesExpected: number;
  misses: string[];
}

/** Whole-word occurrences: "Syria" does not occur in "Syrian". */
/** A name as the actor check compares it: "Goïta" is "Goita". */
const fold = (name: string): string => foldLatin(name).toLowerCase();

function occurrences(text: string, needle: string): Span[] {
  const out: Span[] = [];
  const word = /[\p{L}\p{N}]/u;
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
    const before = text[i - 1] ?? ' ';
    const after = text[i + needle.length] ?? ' ';
    if (!word.test(before) && !word.test(after)) out.push({ start: i, end: i + needle.length });
  }
  return out;
}

/** Scores one report's output against its expectations. */
export function scoreReport(
  file: string,
  text: string,
  out: SituationCollection,
  expected: ExpectedReport,
): ReportScore {
  const misses: string[] = [];
  const expectedMentions: { span: Span; lat: number; lon: number; text: string; hit: boolean }[] =
    [];
  for (const p of expected.places) {
    const all = occurrences(text, p.text);
    const chosen = p.occurrences ? p.occurrences.map((n) => all[n - 1]).filter(Boolean) : all;
    for (const span of chosen)
      expectedMentions.push({ span, lat: p.lat, lon: p.lon, text: p.text, hit: false });
  }
  let tp = 0;
  let fp = 0;
  for (const f of out.features) {
    if (f.properties.kind !== 'place') continue;
    const [lon, lat] = f.geometry.coordinates;
    for (const m of f.properties.mentions) {
      // These reports' expectations are literal places: where things are or happen.
      if (m.use) continue;
      const match = expectedMentions.find(
        (e) => !e.hit && overlaps(e.span, m) && distanceKm([e.lon, e.lat], [lon, lat]) <= MAX_KM,
      );
      if (match) {
        match.hit = true;
        tp++;
      } else {
        fp++;
        misses.push(
          `extra place "${text.slice(m.start, m.end)}" -> ${f.properties.name}, ${f.properties.country}`,
        );
      }
    }
  }
  const fn = expectedMentions.filter((e) => !e.hit).length;
  for (const e of expectedMentions)
    if (!e.hit) misses.push(`missed place "${e.text}" at ${e.span.start}`);

  let actorsFound = 0;
  for (const a of expected.actors) {
    const found =
      typeof a === 'string'
        ? out.actors.some((x) => x.id === a)
        : out.actors.some((x) =>
            [x.name, ...(x.aliases ?? [])].some(
              (n) => fold(n).includes(fold(a.name)) || fold(a.name).includes(fold(n)),
            ),
          );
    if (found) actorsFound++;
    else misses.push(`missed actor ${typeof a === 'string' ? a : `"${a.name}"`}`);
  }

  const reportDate = parseDateline(text).date;
  const found = findDates(text, { start: 0, end: text.length }, reportDate);
  let datesRight = 0;
  for (const d of expected.dates) {
    const span = occurrences(text, d.text)[(d.occurrence ?? 1) - 1];
    const hit = span && found.find((f) => overlaps(f, span));
    if (hit && hit.date === d.date) datesRight++;
    else misses.push(`date "${d.text}": expected ${d.date}, got ${hit ? hit.date : 'nothing'}`);
  }
  return {
    file,
    tp,
    fp,
    fn,
    actorsFound,
    actorsExpected: expected.actors.length,
    datesRight,
    datesExpected: expected.dates.length,
    misses,
  };
}

export interface EvalSummary {
  precision: number;
  recall: number;
  f1: number;
  actorRecall: number;
  dateAccuracy: number;
  reports: ReportScore[];
}

/** Ingests and scores every report of the evaluation set. */
export function evaluate(ctx: IngestContext, dir = EVAL_DIR): EvalSummary {
  const expected = JSON.parse(fs.readFileSync(path.join(dir, 'expected.json'), 'utf8')) as Record<
    string,
    ExpectedReport
  >;
  const reports: ReportScore[] = [];
  for (const [file, exp] of Object.entries(expected)) {
    if (file === 'about') continue;
    const text = fs.readFileSync(path.join(dir, 'reports', file), 'utf8');
    const { collection } = ingestReport(
      text,
      {
        id: file.replace(/\.txt$/, ''),
        file: `tests/eval/reports/${file}`,
        sha256: '0'.repeat(64),
      },
      ctx,
    );
    reports.push(scoreReport(file, text, collection, exp));
  }
  const sum = (k: keyof ReportScore) => reports.reduce((n, r) => n + (r[k] as number), 0);
  const tp = sum('tp');
  const precision = tp / Math.max(1, tp + sum('fp'));
  const recall = tp / Math.max(1, tp + sum('fn'));
  return {
    precision,
    recall,
    f1: precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0,
    actorRecall: sum('actorsFound') / Math.max(1, sum('actorsExpected')),
    dateAccuracy: sum('datesRight') / Math.max(1, sum('datesExpected')),
    reports,
  };
}

if (process.argv[1]?.endsWith('scripts/eval.ts')) {
  const verbose = process.argv.includes('--verbose');
  const holdout = process.argv.includes('--holdout');
  const corpusAt = process.argv.indexOf('--corpus');
  if (corpusAt >= 0) {
    const name = process.argv[corpusAt + 1];
    const names = name === 'all' ? CORPUS_NAMES : [name];
    if (!names.every((n): n is CorpusName => CORPUS_NAMES.includes(n as CorpusName))) {
      console.error(
        `--corpus takes one of ${CORPUS_NAMES.join(', ')} or all (got ${name ?? 'nothing'})`,
      );
      process.exit(2);
    }
    const load = async () => (await loadIngestContext()).ctx;
    for (const n of names) await runCorpus(n, load, verbose);
    process.exit(0);
  }
  const { ctx } = await loadIngestContext();
  const s = evaluate(ctx, holdout ? path.join(EVAL_DIR, 'holdout') : EVAL_DIR);
  console.log(holdout ? 'held-out set (tests/eval/holdout)' : 'evaluation set (tests/eval)');
  for (const r of s.reports) {
    console.log(
      `${r.file.padEnd(28)} places tp ${r.tp} fp ${r.fp} fn ${r.fn} | actors ${r.actorsFound}/${r.actorsExpected} | dates ${r.datesRight}/${r.datesExpected}`,
    );
    if (verbose) for (const m of r.misses) console.log(`    ${m}`);
  }
  const pct = (x: number) => x.toFixed(3);
  console.log(
    `\ntoponyms: precision ${pct(s.precision)} recall ${pct(s.recall)} F1 ${pct(s.f1)} | actor recall ${pct(s.actorRecall)} | date accuracy ${pct(s.dateAccuracy)} | ${s.reports.length} reports`,
  );
}
