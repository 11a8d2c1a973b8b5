/// <reference lib="webworker" />
/**
 * Loads and checks situation files off the page's main thread (see load-in-workers.ts):
 * parsing and checking 100,000 items takes seconds, and the page should stay responsive.
 */
import { type FileProblem, loadReport } from './load-reports';
import type { LoadedReport } from '../state/domain';

export interface LoadRequest {
  /** The page's address: the data folder's paths are relative to it, not to this worker. */
  page: string;
  files: string[];
}

export type LoadResponse = (LoadedReport | FileProblem)[];

self.onmessage = async (e: MessageEvent<LoadRequest>) => {
  const { page, files } = e.data;
  const fetchFromPage = (url: string) => fetch(new URL(url, page));
  const results: LoadResponse = await Promise.all(files.map((f) => loadReport(f, fetchFromPage)));
  self.postMessage(results);
};
