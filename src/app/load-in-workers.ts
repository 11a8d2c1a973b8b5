import type { LoadedReport } from '../state/domain';
import {
  type FileProblem,
  type LoadResult,
  loadReport,
  mergeLoaded,
  readManifest,
} from './load-reports';
import type { LoadRequest, LoadResponse } from './load-worker';

/** Most workers to load with: one per core, as checking is all computation. */
const MAX_WORKERS = 4;

/**
 * Loads every report the manifest lists, as `loadReports` does, but reads and checks the
 * files in workers, the files dealt out among them: the page stays responsive while
 * thousands of items are checked, and on several cores they are checked side by side. Files
 * a worker could not take (no workers here, or one failed) are loaded on the page instead,
 * so the outcome is the same either way.
 */
export async function loadReportsInWorkers(): Promise<LoadResult> {
  const files = await readManifest();
  if (!Array.isArray(files)) return { reports: [], failures: [files] };
  const cores = typeof navigator === 'undefined' ? 1 : navigator.hardwareConcurrency || 1;
  const count = typeof Worker === 'undefined' ? 0 : Math.min(files.length, cores, MAX_WORKERS);
  if (count === 0) return mergeLoaded(await Promise.all(files.map((f) => loadReport(f))));
  // Dealt round-robin, so that each worker gets a share of big and small files.
  const shares = Array.from({ length: count }, (_, w) =>
    files.map((_, i) => i).filter((i) => i % count === w),
  );
  const results: (LoadedReport | FileProblem)[] = new Array(files.length);
  await Promise.all(
    shares.map(async (share) => {
      const mine = share.map((i) => files[i]);
      const loaded = await loadInWorker(mine).catch(() =>
        Promise.all(mine.map((f) => loadReport(f))),
      );
      share.forEach((i, k) => {
        results[i] = loaded[k];
      });
    }),
  );
  return mergeLoaded(results);
}

function loadInWorker(files: string[]): Promise<LoadResponse> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./load-worker.ts', import.meta.url), { type: 'module' });
    const done = () => worker.terminate();
    worker.onmessage = (e: MessageEvent<LoadResponse>) => {
      done();
      if (Array.isArray(e.data) && e.data.length === files.length) resolve(e.data);
      else reject(new Error('the load worker answered for other files'));
    };
    worker.onerror = (e) => {
      e.preventDefault();
      done();
      reject(new Error(`load worker: ${e.message}`));
    };
    const request: LoadRequest = { page: document.baseURI, files };
    worker.postMessage(request);
  });
}
