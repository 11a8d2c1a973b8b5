/**
 * `npm run eval -- --corpus tr-news|lgl|gwn|timebank [--verbose]`: scores the ingest on the
 * public corpora in ../shared/corpora (see its README). Prints dev and test figures; tune on
 * dev, quote test. `--verbose` lists misses of dev documents only, so test stays unseen.
 *
 * - Geotagging: precision, recall, F1 of toponym spans (overlap, one to one).
 * - Geocoding, on toponyms found: Acc@161km, median and mean error, AUC of the log error
 *   curve (Gritta et al.; lower is better). A place with the gold GeoNames id is right
 *   whatever its point; so is the same country or first-level region under the gold's name.
 * - TimeBank: share of gold day-precision DATE values found (overlap) and resolved to the
 *   same day against the document date; month and year values reported too.
 */
import fs from 'node:fs';
import { findDates } from '../src/ingest/dates';
import { type IngestContext, ingestReport } from '../src/ingest/ingest-report';
import { nameKey } from '../src/ingest/gazetteer';
import { overlaps, splitSentences } from '../src/ingest/text';
import { distanceKm } from '../src/spatial/distance';
import type { PlaceProps, SituationFeature, Span } from '../src/model/situation';
import {
  CORPORA_DIR,
  type CorpusName,
  type GoldToponym,
  isDev,
  readTimeBank,
  readToponymCorpus,
  type ToponymDoc,
} from './corpora';

/** GeoWebNews types counted as toponyms (its paper's convention, see the corpora README). */
export const GWN_COUNTED = new Set([
  'Literal',
  'Literal_Modifier',
  'Metonymic',
  'Mixed',
  'Coercion',
  'Embedded_Literal',
  'Embedded_Non_Lit',
  'Non_Literal_Modifier',
]);
const ACC_KM = 161;
/** Half the Earth's circumference: the largest possible error, for the AUC. */
const MAX_ERROR_KM = 20_039;

export interface Predicted extends Span {
  lat: number;
  lon: number;
  geonameId: number | null;
  name: string;
  featureCode: string | null;
}

export interface ToponymTally {
  tp: number;
  fp: number;
  fn: number;
  errorsKm: number[];
  correct161: number;
  /** Per GeoWebNews type: gold count and how many were found. */
  byType: Map<string, { gold: number; found: number }>;
}

const newTally = (): ToponymTally => ({
  tp: 0,
  fp: 0,
  fn: 0,
  errorsKm: [],
  correct161: 0,
  byType: new Map(),
});

/** The place mentions an ingest found in a text, shifted back by `offset` characters. */
export function predictedToponyms(
  text: string,
  date: string | null,
  ctx: IngestContext,
): Predicted[] {
  const head = `date ${date ?? '2000-01-01'}\n`;
  const { collection } = ingestReport(
    head + text,
    { id: 'corpus', file: 'corpus', sha256: '0'.repeat(64) },
    ctx,
  );
  const out: Predicted[] = [];
  for (const f of collection.features) {
    if (f.properties.kind !== 'place') continue;
    const p = (f as SituationFeature<PlaceProps>).properties;
    const [lon, lat] = f.geometry.coordinates;
    for (const m of p.mentions)
      out.push({
        start: m.start - head.length,
        end: m.end - head.length,
        lat,
        lon,
        geonameId: p.gazetteerId,
        name: p.name,
        featureCode: p.placeType ?? null,
      });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** True when the gold phrase is an adjective of a place ("Turkish"), not its name. */
export type IsAdjectival = (g: GoldToponym) => boolean;

/** Scores one document's predictions against its gold toponyms, adding to `tally`. */
export function scoreToponyms(
  doc: ToponymDoc,
  predicted: Predicted[],
  tally: ToponymTally,
  opts: {
    counted: (g: GoldToponym) => boolean;
    sameFeature: (g: GoldToponym, p: Predicted) => boolean;
  },
  misses?: string[],
): void {
  const gold = doc.toponyms;
  const used = new Set<number>();
  for (const g of gold) {
    if (!opts.counted(g)) continue;
    if (g.type) {
      const t = tally.byType.get(g.type) ?? { gold: 0, found: 0 };
      t.gold++;
      tally.byType.set(g.type, t);
    }
    const i = predicted.findIndex((p, j) => !used.has(j) && overlaps(p, g));
    if (i < 0) {
      tally.fn++;
      misses?.push(`  miss  "${g.phrase}" ${g.type ?? ''} @${g.start}: …${context(doc.text, g)}…`);
      continue;
    }
    used.add(i);
    tally.tp++;
    if (g.type) {
      const t = tally.byType.get(g.type);
      if (t) t.found++;
    }
    const p = predicted[i];
    if (g.lat === null || g.lon === null) continue;
    const same = opts.sameFeature(g, p);
    const err = same ? 0 : distanceKm([g.lon as number, g.lat as number], [p.lon, p.lat]);
    tally.errorsKm.push(err);
    if (err <= ACC_KM) tally.correct161++;
    else misses?.push(`  far   "${g.phrase}" -> ${p.name} (${Math.round(err)} km)`);
  }
  predicted.forEach((p, j) => {
    if (used.has(j)) return;
    // A prediction over a toponym that is not counted (a demonym, an expression) is neither.
    if (gold.some((g) => overlaps(g, p))) return;
    tally.fp++;
    misses?.push(
      `  extra "${doc.text.slice(p.start, p.end)}" -> ${p.name}: …${context(doc.text, p)}…`,
    );
  });
}

function context(text: string, s: Span): string {
  return text
    .slice(Math.max(0, s.start - 40), Math.min(text.length, s.end + 40))
    .replace(/\s+/g, ' ');
}

export interface ToponymFigures {
  precision: number;
  recall: number;
  f1: number;
  acc161: number;
  medianKm: number;
  meanKm: number;
  auc: number;
  resolved: number;
}

export function figures(t: ToponymTally): ToponymFigures {
  const precision = t.tp / Math.max(1, t.tp + t.fp);
  const recall = t.tp / Math.max(1, t.tp + t.fn);
  const e = [...t.errorsKm].sort((a, b) => a - b);
  const median = e.length === 0 ? 0 : e[Math.floor((e.length - 1) / 2)];
  return {
    precision,
    recall,
    f1: precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0,
    acc161: t.correct161 / Math.max(1, e.length),
    medianKm: median,
    meanKm: e.reduce((s, x) => s + x, 0) / Math.max(1, e.length),
    auc:
      e.reduce((s, x) => s + Math.log(1 + x) / Math.log(MAX_ERROR_KM), 0) / Math.max(1, e.length),
    resolved: e.length,
  };
}

/** Same country or first-level region under the gold's GeoNames name, or the same GeoNames id. */
function sameFeature(g: GoldToponym, p: Predicted): boolean {
  if (g.geonameId !== null && p.geonameId !== null) return g.geonameId === p.geonameId;
  if (p.featureCode !== 'country' && p.featureCode !== 'region') return false;
  // The same region under another list's name: "Idlib Governorate" and GeoNames' "Idlib".
  const bare = (name: string) => nameKey(name).replace(ADMIN_SUFFIX, '');
  const goldName = bare(g.name ?? g.phrase);
  return goldName !== '' && bare(p.name) === goldName;
}
const ADMIN_SUFFIX =
  / (?:governorate|province|region|oblast|krai|district|state|prefecture|department|county|municipality|raion|voivodeship|parish)$/;

const f3 = (x: number) => x.toFixed(3);

function printToponyms(name: string, label: string, t: ToponymTally) {
  const f = figures(t);
  console.log(
    `${name.padEnd(8)} ${label.padEnd(24)} P ${f3(f.precision)} R ${f3(f.recall)} F1 ${f3(f.f1)} | Acc@161 ${f3(f.acc161)} median ${f.medianKm.toFixed(0)} km mean ${f.meanKm.toFixed(0)} km AUC ${f3(f.auc)} (n=${f.resolved})`,
  );
}

export function evaluateToponymCorpus(
  name: 'tr-news' | 'lgl' | 'gwn',
  ctx: IngestContext,
  verbose = false,
): Record<string, ToponymTally> {
  const docs = readToponymCorpus(name);
  const adjectival: IsAdjectival = (g) => {
    const key = nameKey(g.phrase);
    return ctx.lexicon.isDemonym(key) && ctx.gazetteer.lookup(key).length === 0;
  };
  const tallies: Record<string, ToponymTally> = {};
  const variants: [string, (g: GoldToponym) => boolean][] =
    name === 'gwn'
      ? [['', (g) => g.type !== null && GWN_COUNTED.has(g.type)]]
      : [
          ['no adjectival', (g) => !adjectival(g)],
          ['all', () => true],
        ];
  for (const doc of docs) {
    const predicted = predictedToponyms(doc.text, doc.date, ctx);
    const split = isDev(doc) ? 'dev' : 'test';
    for (const [variant, counted] of variants) {
      const key = variant ? `${split} ${variant}` : split;
      tallies[key] ??= newTally();
      const misses: string[] | undefined =
        verbose && isDev(doc) && variant === variants[0][0] ? [] : undefined;
      scoreToponyms(doc, predicted, tallies[key], { counted, sameFeature }, misses);
      if (misses && misses.length > 0)
        console.log(`doc ${doc.n} (${doc.id})\n${misses.join('\n')}`);
    }
  }
  return tallies;
}

export interface DateTally {
  day: { gold: number; found: number; right: number };
  month: { gold: number; found: number; right: number };
  year: { gold: number; found: number; right: number };
}

export function evaluateTimeBank(verbose = false): Record<string, DateTally> {
  const out: Record<string, DateTally> = {};
  for (const doc of readTimeBank()) {
    const split = isDev(doc) ? 'dev' : 'test';
    out[split] ??= {
      day: { gold: 0, found: 0, right: 0 },
      month: { gold: 0, found: 0, right: 0 },
      year: { gold: 0, found: 0, right: 0 },
    };
    const t = out[split];
    // Sentence by sentence as the ingest reads a report, with the last day named so far.
    let storyDay: string | null = null;
    const eventDays = new Map<string, string>();
    const found = splitSentences(doc.text).flatMap((span) => {
      const dates = findDates(doc.text, span, doc.dct, storyDay, eventDays);
      for (const d of dates) if (d.precision === 'day') storyDay = d.date;
      return dates;
    });
    for (const g of doc.dates) {
      const kind = /^\d{4}-\d{2}-\d{2}$/.test(g.value)
        ? 'day'
        : /^\d{4}-\d{2}$/.test(g.value)
          ? 'month'
          : /^\d{4}$/.test(g.value)
            ? 'year'
            : null;
      if (!kind) continue;
      t[kind].gold++;
      const hit = found.find((f) => overlaps(f, g));
      if (!hit) {
        if (verbose && isDev(doc))
          console.log(
            `  miss ${doc.id} "${doc.text.slice(g.start, g.end)}" ${g.value} (dct ${doc.dct})`,
          );
        continue;
      }
      t[kind].found++;
      const got =
        kind === 'day' ? hit.date : kind === 'month' ? hit.date.slice(0, 7) : hit.date.slice(0, 4);
      const precisionOk =
        kind === 'day'
          ? hit.precision === 'day'
          : kind === 'month'
            ? hit.precision === 'month'
            : hit.precision === 'year';
      if (got === g.value && precisionOk) t[kind].right++;
      else if (verbose && isDev(doc))
        console.log(
          `  wrong ${doc.id} "${doc.text.slice(g.start, g.end)}" gold ${g.value}, got ${hit.date} ${hit.precision} (dct ${doc.dct})`,
        );
    }
  }
  return out;
}

/** Runs one corpus and prints its table; returns false when the corpora are absent. */
export async function runCorpus(
  name: CorpusName,
  loadCtx: () => Promise<IngestContext>,
  verbose: boolean,
): Promise<boolean> {
  if (!fs.existsSync(CORPORA_DIR)) {
    console.log(`No corpora at ${CORPORA_DIR}: skipping --corpus ${name}.`);
    return false;
  }
  if (name === 'timebank') {
    const r = evaluateTimeBank(verbose);
    for (const split of ['dev', 'test']) {
      const t = r[split];
      if (!t) continue;
      const line = (k: keyof DateTally) =>
        `${k} ${f3(t[k].right / Math.max(1, t[k].gold))} (found ${t[k].found}/${t[k].gold}, right ${t[k].right})`;
      console.log(
        `timebank ${split.padEnd(5)} ${line('day')} | ${line('month')} | ${line('year')}`,
      );
    }
    return true;
  }
  const ctx = await loadCtx();
  const t0 = performance.now();
  const tallies = evaluateToponymCorpus(name, ctx, verbose);
  for (const key of Object.keys(tallies).sort()) printToponyms(name, key, tallies[key]);
  for (const split of ['dev', 'test']) {
    const t = tallies[split];
    if (!t || t.byType.size === 0) continue;
    const parts = [...t.byType.entries()]
      .sort((a, b) => b[1].gold - a[1].gold)
      .map(([type, c]) => `${type} ${f3(c.found / Math.max(1, c.gold))} (${c.gold})`);
    console.log(`${name.padEnd(8)} ${split} recall by type: ${parts.join(', ')}`);
  }
  console.log(`(${((performance.now() - t0) / 1000).toFixed(1)} s)`);
  return true;
}
