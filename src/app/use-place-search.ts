import { useCallback, useEffect, useRef } from 'react';
import { DATA_BASE } from './load-reports';
import type { PlaceHit, PlaceSearchRequest, PlaceSearchResponse } from './place-search-worker';

/** Fewest characters worth a gazetteer search (one or two letters match thousands of names). */
export const MIN_SEARCH_CHARS = 3;

/**
 * Gazetteer search for corrections: places whose name starts with what was typed, the
 * largest first, from a worker started on the first search and stopped with the page.
 */
export function usePlaceSearch(): (typed: string) => Promise<PlaceHit[]> {
  const worker = useRef<Worker | null>(null);
  const next = useRef(1);
  useEffect(
    () => () => {
      worker.current?.terminate();
      worker.current = null;
    },
    [],
  );
  return useCallback((typed: string) => {
    if (typed.trim().length < MIN_SEARCH_CHARS) return Promise.resolve([]);
    worker.current ??= new Worker(new URL('./place-search-worker.ts', import.meta.url), {
      type: 'module',
    });
    const w = worker.current;
    const requestId = next.current++;
    return new Promise<PlaceHit[]>((resolve, reject) => {
      const onMessage = (e: MessageEvent<PlaceSearchResponse>) => {
        if (e.data.requestId !== requestId) return;
        w.removeEventListener('message', onMessage);
        if (e.data.ok) resolve(e.data.places);
        else reject(new Error(e.data.message));
      };
      w.addEventListener('message', onMessage);
      const request: PlaceSearchRequest = {
        requestId,
        dataBase: new URL(DATA_BASE, document.baseURI).href,
        typed,
      };
      w.postMessage(request);
    });
  }, []);
}
