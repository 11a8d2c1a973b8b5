import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { decodeReportBytes, tooLarge } from '../ingest/check-report';
import type { IngestRequest, IngestResponse } from '../ingest/ingest-worker';
import { validateSituation } from '../model/validate-situation';
import type { LoadedReport } from '../state/domain';
import type { ImportRequest, ImportResponse } from './import-worker';
import { DATA_BASE, type FileProblem } from './load-reports';
import { localDb, STORES } from './local-db';
import type { Correction } from '../state/corrections';

const STORE = STORES.reports;

interface StoredReport {
  id: string;
  text: string;
  collection: LoadedReport['collection'];
}

/** A report id for pasted text: its first words and a short hash, stable for the same text. */
export function pastedId(text: string): string {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619) >>> 0;
  const words = text
    .replace(/^\s*date\s+\d{4}-\d{2}-\d{2}/i, '')
    .toLowerCase()
    .match(/[a-z0-9]+/g)
    ?.slice(0, 4)
    .join('-');
  return `pasted-${words || 'report'}-${h.toString(16).padStart(8, '0')}`;
}

export interface AddedReports {
  reports: LoadedReport[];
  failures: FileProblem[];
  busy: boolean;
  /** How far the report being read has come (0 to 1) and what the ingest is doing. */
  progress: { share: number; stage: string } | null;
  /** Stops reading the report being read; nothing is added. */
  cancel: () => void;
  /** What happened last, for a live region. */
  message: { kind: 'info' | 'error'; text: string } | null;
  addText: (text: string, name?: string) => void;
  addFile: (file: File) => void;
  /** Imports an export; reports whose ids are in `loaded` are on the map already and skipped. */
  importFile: (
    file: File,
    loaded?: ReadonlySet<string>,
    onCorrections?: (list: Correction[]) => void,
  ) => void;
  remove: (reportId: string) => void;
}

function check(
  collection: LoadedReport['collection'],
  text: string,
  file: string,
): LoadedReport | FileProblem {
  const result = validateSituation(JSON.stringify(collection), text);
  return result.collection
    ? { file, collection: result.collection, text }
    : { file, problems: result.problems };
}

/**
 * Reports added in the page: pasted or dropped text, ingested in a worker and kept in
 * IndexedDB so a reload keeps them; and imported exports, kept the same way. Bad input
 * gives a message and changes nothing already loaded.
 */
export function useAddedReports(): AddedReports {
  const [pasted, setPasted] = useState<LoadedReport[]>([]);
  const [imported, setImported] = useState<LoadedReport[]>([]);
  const [failures, setFailures] = useState<FileProblem[]>([]);
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<AddedReports['progress']>(null);
  /** The request being read and its name, so that a cancel can say what it stopped. */
  const reading = useRef<{ requestId: number; name: string } | null>(null);
  /** Ids of the texts being read now. */
  const inFlight = useRef(new Set<string>());
  /**
   * Ids of the texts added, kept at once: a second file of one drop may be read after the
   * first is added but before the page has drawn it, when `pasted` does not yet hold it.
   */
  const added = useRef(new Set<string>());
  const [message, setMessage] = useState<AddedReports['message']>(null);
  const worker = useRef<Worker | null>(null);
  const nextRequest = useRef(1);

  useEffect(() => {
    let cancelled = false;
    localDb()
      .then((d) => d.getAll(STORE) as Promise<StoredReport[]>)
      .then((stored) => {
        if (cancelled) return;
        const ok: LoadedReport[] = [];
        const bad: FileProblem[] = [];
        for (const s of stored) {
          const r = check(s.collection, s.text, `pasted: ${s.id}`);
          if ('problems' in r) bad.push(r);
          else ok.push(r);
        }
        for (const r of ok) added.current.add(r.collection.source.id);
        setPasted(ok);
        if (bad.length) setFailures((f) => [...f, ...bad]);
      })
      .catch(() =>
        setMessage({
          kind: 'error',
          text: 'Pasted reports cannot be kept here: this browser has no IndexedDB.',
        }),
      );
    return () => {
      cancelled = true;
    };
  }, []);

  const addText = useCallback(
    (text: string, name?: string) => {
      const decoded = decodeReportBytes(new TextEncoder().encode(text));
      if ('problem' in decoded) {
        setMessage({
          kind: 'error',
          text: `${name ?? 'The pasted text'} ${decoded.problem}. Nothing was added.`,
        });
        return;
      }
      const id = pastedId(text);
      // The same text dropped twice at once: the second finds the first still being read.
      if (
        pasted.some((r) => r.collection.source.id === id) ||
        inFlight.current.has(id) ||
        added.current.has(id)
      ) {
        setMessage({
          kind: 'info',
          text: `${name ?? 'That report'} is already on the map or being read.`,
        });
        return;
      }
      inFlight.current.add(id);
      worker.current ??= new Worker(new URL('../ingest/ingest-worker.ts', import.meta.url), {
        type: 'module',
      });
      const requestId = nextRequest.current++;
      reading.current = { requestId, name: name ?? 'the pasted report' };
      setBusy(true);
      setProgress({ share: 0, stage: 'starting' });
      setMessage({ kind: 'info', text: `Reading ${name ?? 'the pasted report'}…` });
      const w = worker.current;
      const onMessage = (e: MessageEvent<IngestResponse>) => {
        if (e.data.requestId !== requestId) return;
        if ('progress' in e.data) {
          setProgress({ share: e.data.progress, stage: e.data.stage });
          return;
        }
        w.removeEventListener('message', onMessage);
        inFlight.current.delete(id);
        reading.current = null;
        setBusy(false);
        setProgress(null);
        if (!e.data.ok) {
          setMessage({
            kind: 'error',
            text: `${name ?? 'The pasted report'} could not be read: ${e.data.message}. Nothing was added.`,
          });
          return;
        }
        const r = check(e.data.collection, decoded.text, `pasted: ${id}`);
        if ('problems' in r) {
          setMessage({
            kind: 'error',
            text: `${name ?? 'The pasted report'} gave an invalid result: ${r.problems[0]}. Nothing was added.`,
          });
          return;
        }
        const c = r.collection;
        const count = (k: string) => c.features.filter((f) => f.properties.kind === k).length;
        added.current.add(id);
        setPasted((prev) => [...prev, r]);
        setMessage({
          kind: 'info',
          text: `Added ${name ?? 'the pasted report'}: ${count('place')} places, ${count('event')} events, ${count('statement')} statements.${e.data.warnings.length ? ` Note: ${e.data.warnings.join('; ')}.` : ''}`,
        });
        localDb()
          .then((d) =>
            d.put(STORE, { id, text: decoded.text, collection: c } satisfies StoredReport),
          )
          .catch(() =>
            setMessage({
              kind: 'error',
              text: 'The report is shown but could not be kept for the next visit.',
            }),
          );
      };
      w.addEventListener('message', onMessage);
      const request: IngestRequest = {
        requestId,
        dataBase: new URL(DATA_BASE, document.baseURI).href,
        id,
        text: decoded.text,
      };
      w.postMessage(request);
    },
    [pasted],
  );

  // The ingest runs to its end once started: stopping it means ending its worker. The next
  // report starts a new one, which loads the gazetteer again (about a second).
  const cancel = useCallback(() => {
    const stopped = reading.current;
    if (!stopped) return;
    worker.current?.terminate();
    worker.current = null;
    inFlight.current.clear();
    reading.current = null;
    setBusy(false);
    setProgress(null);
    setMessage({ kind: 'info', text: `Stopped reading ${stopped.name}. Nothing was added.` });
  }, []);

  const addFile = useCallback(
    (file: File) => {
      const large = tooLarge(file.size);
      if (large) {
        setMessage({ kind: 'error', text: `${file.name} ${large}. Nothing was added.` });
        return;
      }
      file
        .arrayBuffer()
        .then((buf) => {
          const decoded = decodeReportBytes(new Uint8Array(buf));
          if ('problem' in decoded)
            setMessage({
              kind: 'error',
              text: `${file.name} ${decoded.problem}. Nothing was added.`,
            });
          else addText(decoded.text, file.name);
        })
        .catch(() =>
          setMessage({ kind: 'error', text: `${file.name} could not be read. Nothing was added.` }),
        );
    },
    [addText],
  );

  const importer = useRef<Worker | null>(null);
  const importFile = useCallback(
    (
      file: File,
      loaded: ReadonlySet<string> = new Set(),
      onCorrections?: (list: Correction[]) => void,
    ) => {
      importer.current ??= new Worker(new URL('./import-worker.ts', import.meta.url), {
        type: 'module',
      });
      const w = importer.current;
      const requestId = nextRequest.current++;
      setMessage({ kind: 'info', text: `Checking ${file.name}…` });
      const onMessage = (e: MessageEvent<ImportResponse>) => {
        if (e.data.requestId !== requestId) return;
        w.removeEventListener('message', onMessage);
        const result = e.data;
        if (!result.ok) {
          setMessage({
            kind: 'error',
            text: `${file.name} ${result.problem}. Nothing was imported.`,
          });
          return;
        }
        const fresh = result.reports.filter((r) => !loaded.has(r.collection.source.id));
        const already = result.reports.length - fresh.length;
        // Reviews apply to reports already here too: a colleague's corrections of the same report.
        const reviews = result.corrections.length;
        if (reviews > 0) onCorrections?.(result.corrections);
        const reviewWords = reviews
          ? ` and ${reviews} ${reviews === 1 ? 'review' : 'reviews'} of items`
          : '';
        if (fresh.length === 0) {
          setMessage({
            kind: 'info',
            text: reviews
              ? `Imported ${reviews} ${reviews === 1 ? 'review' : 'reviews'} of items from ${file.name}; its ${already === 1 ? 'report was' : 'reports were'} already on the map.`
              : `${file.name} holds only ${already === 1 ? 'a report' : 'reports'} already on the map. Nothing new was imported.`,
          });
          return;
        }
        const ok = fresh.map((r) => ({
          file: `${file.name}: ${r.collection.source.id}`,
          collection: r.collection,
          text: r.text,
        }));
        setImported((prev) => [
          ...prev.filter((p) => !ok.some((o) => o.collection.source.id === p.collection.source.id)),
          ...ok,
        ]);
        setMessage({
          kind: 'info',
          text: `Imported ${file.name}: ${ok.length} ${ok.length === 1 ? 'report' : 'reports'}${reviewWords}${already ? ` (${already} already on the map, left as ${already === 1 ? 'it was' : 'they were'})` : ''}.`,
        });
        // Kept like pasted reports, so a reload keeps them (checked again when read back).
        localDb()
          .then((d) =>
            Promise.all(
              ok.map((r) =>
                d.put(STORE, {
                  id: r.collection.source.id,
                  text: r.text,
                  collection: r.collection,
                } satisfies StoredReport),
              ),
            ),
          )
          .catch(() =>
            setMessage({
              kind: 'error',
              text: `${file.name} is shown but could not be kept for the next visit.`,
            }),
          );
      };
      w.addEventListener('message', onMessage);
      w.postMessage({ requestId, file } satisfies ImportRequest);
    },
    [],
  );

  const remove = useCallback((reportId: string) => {
    added.current.delete(reportId);
    setPasted((prev) => prev.filter((r) => r.collection.source.id !== reportId));
    setImported((prev) => prev.filter((r) => r.collection.source.id !== reportId));
    localDb()
      .then((d) => d.delete(STORE, reportId))
      .catch(() => undefined);
    setMessage({ kind: 'info', text: 'Report removed.' });
  }, []);

  const reports = useMemo(() => [...pasted, ...imported], [pasted, imported]);
  return {
    reports,
    failures,
    busy,
    progress,
    cancel,
    message,
    addText,
    addFile,
    importFile,
    remove,
  };
}
