import fs from 'node:fs';
import path from 'node:path';
import { ActorMatcher, type ActorRegistry } from '../src/ingest/actors';
import { GAZETTEER_HEADER, Gazetteer } from '../src/ingest/gazetteer';
import type { IngestContext } from '../src/ingest/ingest-report';
import { createLexicon } from '../src/ingest/lexicon';
import { buildGazetteer, DEFAULT_GAZETTEER } from './build-gazetteer';

export const ROOT = path.resolve(import.meta.dirname, '..');
export const REGISTRY_FILE = path.join(ROOT, 'geo/actors.json');

function readHead(file: string): string {
  const fd = fs.openSync(file, 'r');
  try {
    const buf = Buffer.alloc(GAZETTEER_HEADER.length + 1);
    fs.readSync(fd, buf, 0, buf.length, 0);
    return buf.toString('utf8');
  } finally {
    fs.closeSync(fd);
  }
}

export interface LoadTimes {
  gazetteerMs: number;
  gazetteerHeapMB: number;
  totalMs: number;
}

/** Reads the gazetteer (building it first if missing) and the actor registry for the ingest. */
export async function loadIngestContext(
  gazetteerFile = DEFAULT_GAZETTEER,
): Promise<{ ctx: IngestContext; times: LoadTimes }> {
  const stale =
    !fs.existsSync(gazetteerFile) || readHead(gazetteerFile) !== `${GAZETTEER_HEADER}\n`;
  if (stale) {
    process.stderr.write('Building the offline gazetteer (first run, or after an update)...\n');
    await buildGazetteer(gazetteerFile);
  }
  const t0 = performance.now();
  const heap0 = process.memoryUsage().heapUsed;
  const gazetteer = new Gazetteer(fs.readFileSync(gazetteerFile, 'latin1'));
  const t1 = performance.now();
  const heap1 = process.memoryUsage().heapUsed;
  const registry = JSON.parse(fs.readFileSync(REGISTRY_FILE, 'utf8')) as ActorRegistry;
  const actors = new ActorMatcher(registry, gazetteer.countries.values());
  const lexicon = createLexicon(
    [...gazetteer.countries.values()].flatMap((c) => c.demonym.split('|')),
  );
  return {
    ctx: { gazetteer, actors, lexicon },
    times: {
      gazetteerMs: t1 - t0,
      gazetteerHeapMB: (heap1 - heap0) / 1e6,
      totalMs: performance.now() - t0,
    },
  };
}
