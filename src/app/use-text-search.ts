import { useEffect, useReducer, useRef, useState } from 'react';
import type { FilterIndex } from '../state/filter-index';
import { TextSearch } from '../state/text-search';

/**
 * The query to apply to `index` now, given the one `wanted`: with 100,000 items, scanning
 * every quote for a query takes longer than a frame, so a worker scans them and, until it
 * answers, the last query applied stays. An empty query, or one the worker cannot take,
 * applies at once; so does the first query for a new set of reports, and any query once the
 * worker has failed (the index then scans on the page).
 */
export function useTextSearch(
  index: FilterIndex | null,
  wanted: string,
): { query: string; pending: boolean } {
  const [failed, setFailed] = useState(false);
  const [worker, setWorker] = useState<{ index: FilterIndex; searcher: TextSearch } | null>(null);
  useEffect(() => {
    if (!index || failed || typeof Worker === 'undefined') return;
    const searcher = new TextSearch(index.texts());
    setWorker({ index, searcher });
    return () => searcher.dispose();
  }, [index, failed]);
  const searcher = worker?.index === index ? worker.searcher : null;
  // Re-render when the worker's answer has been handed to the index.
  const [, answered] = useReducer((n: number) => n + 1, 0);
  const last = useRef<{ index: FilterIndex; query: string } | null>(null);

  let query = wanted;
  if (index && searcher && index.canScanApart(wanted) && !index.hasTextMatches(wanted))
    if (last.current?.index === index) query = last.current.query;
  if (index) last.current = { index, query };
  const pending = query !== wanted;

  useEffect(() => {
    if (!pending || !searcher || !index) return;
    let live = true;
    searcher.search(wanted).then(
      (matches) => {
        if (!live) return;
        index.provideTextMatches(wanted, matches);
        answered();
      },
      () => {
        if (live) setFailed(true);
      },
    );
    return () => {
      live = false;
    };
  }, [pending, searcher, index, wanted]);

  return { query, pending };
}
