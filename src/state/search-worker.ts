/// <reference lib="webworker" />
/**
 * Scans the item texts for a query off the page's main thread (see text-search.ts): with
 * 100,000 items the scan takes longer than a frame.
 */
import { scanTexts } from './text-scan';

export type SearchRequest =
  | { type: 'texts'; text: string; at: Int32Array }
  | { type: 'search'; id: number; query: string };

export interface SearchResponse {
  id: number;
  query: string;
  /** 1 for each item whose text holds the query. */
  matches: Uint8Array;
}

let text = '';
let at: Int32Array = new Int32Array(1);

self.onmessage = (e: MessageEvent<SearchRequest>) => {
  const request = e.data;
  if (request.type === 'texts') {
    ({ text, at } = request);
    return;
  }
  const matches = new Uint8Array(at.length - 1);
  scanTexts(text, at, request.query, matches);
  const response: SearchResponse = { id: request.id, query: request.query, matches };
  self.postMessage(response, [matches.buffer]);
};
