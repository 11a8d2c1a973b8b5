import {
  type BasemapChoice,
  BASEMAP_STORAGE_KEY,
  choiceOrigin,
  type PreparedBase,
  prepareBaseStyle,
} from '../map/basemap-choice';
import { describeError } from './describe-error';
import { localDb, STORES } from './local-db';

/** How long a chosen style may take to arrive before the offline basemap is drawn instead. */
const STYLE_TIMEOUT_MS = 15_000;

const PMTILES_KEY = 'pmtiles';

export interface ResolvedBase {
  /** The chosen basemap, ready to draw; absent: the offline one. */
  base?: { prepared: PreparedBase; credit: string };
  /** What the person should know about it: a failure, or parts of it the page will not fetch. */
  notice: string | null;
}

/** A list of origins in words: "a", "a and b", "a, b and c". */
function listed(items: string[]): string {
  return items.length <= 1
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

async function styleBase(url: string): Promise<ResolvedBase> {
  const origin = choiceOrigin({ kind: 'style', url });
  const res = await fetch(url, {
    credentials: 'omit',
    signal: AbortSignal.timeout(STYLE_TIMEOUT_MS),
  });
  if (!res.ok) throw new Error(`the server answered ${res.status} ${res.statusText}`.trim());
  const prepared = prepareBaseStyle(await res.json(), url, origin);
  const notice =
    prepared.otherOrigins.length > 0
      ? `The basemap style also asks for ${listed(prepared.otherOrigins)}. This page talks only to ${origin}, so those parts of the basemap are not loaded.`
      : null;
  return { base: { prepared, credit: `Basemap: ${origin}` }, notice };
}

async function pmtilesFileBase(name: string): Promise<ResolvedBase> {
  const stored = (await localDb().then((db) => db.get(STORES.basemapFiles, PMTILES_KEY))) as
    | { name: string; blob: Blob }
    | undefined;
  if (!stored) throw new Error(`${name} is no longer kept in this browser; choose it again`);
  const { pmtilesBase } = await import('../map/pmtiles-base');
  const prepared = await pmtilesBase(new File([stored.blob], stored.name));
  return {
    base: { prepared, credit: `Basemap: ${stored.name} (a file on this device)` },
    notice: null,
  };
}

/**
 * Gets the chosen basemap ready before the map is made. Any failure (offline, a server
 * refusing, not a style, a file gone) gives the offline basemap and says why; the viewer
 * works the same over either.
 */
export async function resolveBase(choice: BasemapChoice): Promise<ResolvedBase> {
  if (choice.kind === 'offline') return { notice: null };
  const what =
    choice.kind === 'style' ? `The basemap at ${choice.url}` : `The basemap file ${choice.name}`;
  try {
    return choice.kind === 'style'
      ? await styleBase(choice.url)
      : await pmtilesFileBase(choice.name);
  } catch (e) {
    const reason =
      e instanceof DOMException && e.name === 'TimeoutError'
        ? 'no answer in 15 s'
        : describeError(e);
    return { notice: `${what} could not be loaded (${reason}). The offline basemap is shown.` };
  }
}

/**
 * Saves a new choice (a PMTiles file into IndexedDB, the rest in localStorage, where the
 * page's boot script reads it to write the page's policy) and reloads the page, the one way
 * its policy can change.
 */
export async function saveChoice(choice: BasemapChoice, file?: File): Promise<void> {
  if (choice.kind === 'pmtiles') {
    if (!file) throw new Error('no file chosen');
    const db = await localDb();
    await db.put(STORES.basemapFiles, { id: PMTILES_KEY, name: file.name, blob: file });
  }
  localStorage.setItem(BASEMAP_STORAGE_KEY, JSON.stringify(choice));
  window.location.reload();
}
