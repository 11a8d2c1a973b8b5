import { useCallback, useEffect, useRef, useState } from 'react';
import { type Correction, correctionProblem } from '../state/corrections';
import { DATA_BASE } from './load-reports';
import { localDb, STORES } from './local-db';

/**
 * The analyst's reviews, kept in IndexedDB so they survive a reload and a re-ingest of the
 * same report (see reviewKey). Without IndexedDB they last the session. Records that do not
 * pass the check when read back are left out.
 */
export function useCorrections() {
  const [corrections, setCorrections] = useState<ReadonlyMap<string, Correction>>(new Map());
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    const checked = (rows: unknown[]) =>
      rows.filter((r) => correctionProblem(r) === null) as Correction[];
    // The team's shared reviews (npm run apply-corrections), then this browser's over them.
    const shared = fetch(`${DATA_BASE}geo/corrections.json`)
      .then((res) => (res.ok ? res.json() : { corrections: [] }))
      .then((d: { corrections?: unknown }) =>
        checked(Array.isArray(d.corrections) ? d.corrections : []).map((c) => ({
          ...c,
          shared: true,
        })),
      )
      .catch(() => [] as Correction[]);
    const own = localDb()
      .then((db) => db.getAll(STORES.corrections) as Promise<unknown[]>)
      .then(checked)
      .catch(() => [] as Correction[]);
    Promise.all([shared, own]).then(([team, mine]) => {
      if (cancelled || team.length + mine.length === 0) return;
      setCorrections(
        (prev) => new Map([...team, ...mine, ...prev.values()].map((c) => [c.key, c])),
      );
    });
    return () => {
      cancelled = true;
    };
  }, []);

  /** Saves reviews (one made in the popup, or many from an import) and shows them at once. */
  const save = useCallback((list: Correction[]) => {
    setCorrections((prev) => {
      const next = new Map(prev);
      for (const c of list) next.set(c.key, c);
      return next;
    });
    localDb()
      .then(async (db) => {
        const tx = db.transaction(STORES.corrections, 'readwrite');
        await Promise.all([...list.map((c) => tx.store.put(c)), tx.done]);
      })
      .catch(() => setProblem('Your review is shown but could not be kept for the next visit.'));
  }, []);

  /** Undoes a review: the item is shown as extracted again. */
  const remove = useCallback((key: string) => {
    setCorrections((prev) => {
      const next = new Map(prev);
      next.delete(key);
      return next;
    });
    localDb()
      .then((db) => db.delete(STORES.corrections, key))
      .catch(() => undefined);
  }, []);

  return { corrections, save, remove, problem };
}

/**
 * `value` as first given while `signature` stays the same: a memo keyed by content rather than
 * by identity, for values rebuilt on every change of something larger.
 */
export function useSameWhile<T>(signature: string, value: T): T {
  const kept = useRef<{ signature: string; value: T } | null>(null);
  if (kept.current?.signature !== signature) kept.current = { signature, value };
  return kept.current.value;
}
