/**
 * `npm run train:resolver`: learns the weights of place resolution (RESOLVER_WEIGHTS in
 * src/ingest/places.ts) from the dev halves of the public corpora, with an averaged
 * perceptron started from the hand-set weights, and prints dev and test figures for both.
 * Trains on dev only (the corpora README); the weights it prints are copied into the table by
 * hand when they help test as well as dev.
 */
import fs from 'node:fs';
import { nameKey } from '../src/ingest/gazetteer';
import { ingestReport } from '../src/ingest/ingest-report';
import { RESOLVER_WEIGHTS, type ResolverFeatures, weigh } from '../src/ingest/places';
import { overlaps } from '../src/ingest/text';
import { distanceKm } from '../src/spatial/distance';
import { isDev, readToponymCorpus, CORPORA_DIR } from './corpora';
import { evaluateToponymCorpus, figures, GWN_COUNTED } from './eval-corpus';
import { loadIngestContext } from './ingest-context';

/** Passes over the training examples. */
const EPOCHS = 20;
/** Step of each correction. */
const RATE = 0.05;
/** A candidate this near the gold point is right. */
const RIGHT_KM = 161;

interface Example {
  candidates: ResolverFeatures[];
  right: boolean[];
}

if (!fs.existsSync(CORPORA_DIR)) {
  console.log(`No corpora at ${CORPORA_DIR}: nothing to train on.`);
  process.exit(0);
}
const { ctx } = await loadIngestContext();
const examples: Example[] = [];
for (const corpus of ['tr-news', 'lgl', 'gwn'] as const) {
  for (const doc of readToponymCorpus(corpus).filter(isDev)) {
    const head = `date ${doc.date ?? '2000-01-01'}\n`;
    const seen: {
      start: number;
      end: number;
      candidates: Example['candidates'];
      entries: {
        lat: number;
        lon: number;
        geonameId: number | null;
        name: string;
        featureCode: string;
      }[];
    }[] = [];
    ctx.resolver = {
      observe: (m, candidates) =>
        seen.push({
          start: m.start - head.length,
          end: m.end - head.length,
          candidates: candidates.map((c) => c.features),
          entries: candidates.map((c) => c.entry),
        }),
    };
    ingestReport(head + doc.text, { id: 'train', file: 'train', sha256: '0'.repeat(64) }, ctx);
    for (const g of doc.toponyms) {
      if (g.lat === null || g.lon === null) continue;
      if (corpus === 'gwn' && !(g.type && GWN_COUNTED.has(g.type))) continue;
      const m = seen.find((s) => overlaps(s, g));
      if (!m || m.candidates.length < 2) continue;
      const right = m.entries.map(
        (e) =>
          (g.geonameId !== null && e.geonameId === g.geonameId) ||
          (g.name !== null &&
            nameKey(e.name) === nameKey(g.name) &&
            ['PCLI', 'ADM1'].includes(e.featureCode)) ||
          distanceKm([e.lon, e.lat], [g.lon as number, g.lat as number]) <= RIGHT_KM,
      );
      if (right.some(Boolean) && !right.every(Boolean))
        examples.push({ candidates: m.candidates, right });
    }
  }
}
ctx.resolver = undefined;

const keys = Object.keys(RESOLVER_WEIGHTS) as (keyof ResolverFeatures)[];
const w = { ...RESOLVER_WEIGHTS };
const sum = Object.fromEntries(keys.map((k) => [k, 0])) as unknown as ResolverFeatures;
let steps = 0;
const argmax = (xs: ResolverFeatures[], mask?: boolean[]) => {
  let best = -1;
  let bestScore = Number.NEGATIVE_INFINITY;
  xs.forEach((f, i) => {
    if (mask && !mask[i]) return;
    const s = weigh(f, w);
    if (s > bestScore) {
      best = i;
      bestScore = s;
    }
  });
  return best;
};
const accuracy = (weights: ResolverFeatures) =>
  examples.filter((x) => {
    let best = 0;
    x.candidates.forEach((f, i) => {
      if (weigh(f, weights) > weigh(x.candidates[best], weights)) best = i;
    });
    return x.right[best];
  }).length / Math.max(1, examples.length);
console.log(
  `${examples.length} ambiguous dev mentions; hand weights pick right ${accuracy(RESOLVER_WEIGHTS).toFixed(3)}`,
);
for (let epoch = 0; epoch < EPOCHS; epoch++) {
  for (const x of examples) {
    const p = argmax(x.candidates);
    if (!x.right[p]) {
      const r = argmax(x.candidates, x.right);
      for (const k of keys) w[k] += RATE * (x.candidates[r][k] - x.candidates[p][k]);
    }
    for (const k of keys) sum[k] += w[k];
    steps++;
  }
}
const learned = Object.fromEntries(
  keys.map((k) => [k, Math.round((sum[k] / steps) * 100) / 100]),
) as unknown as ResolverFeatures;
console.log(`learned weights pick right ${accuracy(learned).toFixed(3)}`);
console.log(JSON.stringify(learned, null, 2));

for (const corpus of ['tr-news', 'lgl', 'gwn'] as const)
  for (const [label, weights] of [
    ['hand', null],
    ['learned', learned],
  ] as const) {
    ctx.resolver = { ranking: weights };
    const t = evaluateToponymCorpus(corpus, ctx);
    const line = (k: string) => {
      const f = t[k] && figures(t[k]);
      return f ? `${k} F1 ${f.f1.toFixed(3)} Acc@161 ${f.acc161.toFixed(3)}` : '';
    };
    const dev = corpus === 'gwn' ? 'dev' : 'dev no adjectival';
    const test = corpus === 'gwn' ? 'test' : 'test no adjectival';
    console.log(`${corpus.padEnd(8)} ${label.padEnd(8)} ${line(dev)} | ${line(test)}`);
  }
