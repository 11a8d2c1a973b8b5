/// <reference lib="webworker" />
/**
 * Runs the ingest off the page's main thread. The gazetteer (13 MB) and the actor registry
 * are fetched from the app's own data folder on the first report, then kept.
 */
import { describeError } from '../app/describe-error';
import { sha256Hex } from '../model/sha256';
import type { SituationCollection } from '../model/situation';
import { ActorMatcher, type ActorRegistry } from './actors';
import { fetchGazetteer } from './gazetteer';
import { type IngestContext, ingestReport } from './ingest-report';
import { createLexicon } from './lexicon';

export interface IngestRequest {
  requestId: number;
  /** Absolute URL of the data folder (ends with `/`). */
  dataBase: string;
  id: string;
  text: string;
}

export type IngestResponse =
  | { requestId: number; ok: true; collection: SituationCollection; warnings: string[] }
  | { requestId: number; ok: false; message: string }
  /** How far the ingest has come, 0 to 1, and what it is doing: sent while it runs. */
  | { requestId: number; progress: number; stage: string };

/** Smallest step of progress worth a message. */
const PROGRESS_STEP = 0.02;

let context: Promise<IngestContext> | null = null;

async function loadContext(base: string): Promise<IngestContext> {
  const [gazetteer, registry] = await Promise.all([
    fetchGazetteer(base),
    fetch(`${base}geo/actors.json`).then((r) => {
      if (!r.ok) throw new Error(`the actor registry could not be loaded (HTTP ${r.status})`);
      return r.json() as Promise<ActorRegistry>;
    }),
  ]);
  return {
    gazetteer,
    actors: new ActorMatcher(registry, gazetteer.countries.values()),
    lexicon: createLexicon([...gazetteer.countries.values()].flatMap((c) => c.demonym.split('|'))),
  };
}

self.onmessage = async (e: MessageEvent<IngestRequest>) => {
  const { requestId, dataBase, id, text } = e.data;
  try {
    context ??= loadContext(dataBase);
    const ctx = await context.catch((err) => {
      context = null;
      throw err;
    });
    const sha256 = await sha256Hex(text);
    let sent = Number.NEGATIVE_INFINITY;
    let sentStage = '';
    const { collection, warnings } = ingestReport(
      text,
      { id, file: `pasted/${id}.txt`, sha256 },
      ctx,
      (progress, stage) => {
        if (progress - sent < PROGRESS_STEP && stage === sentStage) return;
        sent = progress;
        sentStage = stage;
        postMessage({ requestId, progress, stage } satisfies IngestResponse);
      },
    );
    postMessage({ requestId, ok: true, collection, warnings } satisfies IngestResponse);
  } catch (err) {
    postMessage({
      requestId,
      ok: false,
      message: describeError(err),
    } satisfies IngestResponse);
  }
};
