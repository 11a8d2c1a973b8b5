/// <reference lib="webworker" />
/**
 * Looks places up in the gazetteer off the page's main thread, for an analyst correcting
 * where an item happened. The gazetteer (13 MB) is fetched on the first search, then kept.
 */
import { describeError } from './describe-error';
import { fetchGazetteer, type Gazetteer } from '../ingest/gazetteer';

export interface PlaceSearchRequest {
  requestId: number;
  /** Absolute URL of the data folder (ends with `/`). */
  dataBase: string;
  typed: string;
}

/** A gazetteer place offered for a correction. */
export interface PlaceHit {
  name: string;
  country: string;
  /** [lon, lat]. */
  coordinates: [number, number];
  gazetteerId: number | null;
  featureCode: string;
  population: number;
}

export type PlaceSearchResponse =
  | { requestId: number; ok: true; places: PlaceHit[] }
  | { requestId: number; ok: false; message: string };

let gazetteer: Promise<Gazetteer> | null = null;

self.onmessage = async (e: MessageEvent<PlaceSearchRequest>) => {
  const { requestId, dataBase, typed } = e.data;
  try {
    gazetteer ??= fetchGazetteer(dataBase);
    const g = await gazetteer.catch((err) => {
      gazetteer = null;
      throw err;
    });
    const places = g.search(typed).map((p) => ({
      name: p.name,
      country: p.country,
      coordinates: [p.lon, p.lat] as [number, number],
      gazetteerId: p.geonameId,
      featureCode: p.featureCode,
      population: p.population,
    }));
    postMessage({ requestId, ok: true, places } satisfies PlaceSearchResponse);
  } catch (err) {
    postMessage({
      requestId,
      ok: false,
      message: describeError(err),
    } satisfies PlaceSearchResponse);
  }
};
