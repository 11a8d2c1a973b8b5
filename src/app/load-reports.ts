import { describeError } from './describe-error';
import { sha256Hex } from '../model/sha256';
import { decodeReport, parseJson, validateSituationData } from '../model/validate-situation';
import type { LoadedReport } from '../state/domain';
import type { FileProblem } from '../state/merge-reports';

export type { FileProblem };

/** Where the app finds its data, relative to the page. Written by the data plugin. */
export const DATA_BASE = 'data/';
export const MANIFEST_FILE = 'manifest.json';

export interface Manifest {
  /** Situation files, relative to the data folder, e.g. `geo/000_x.geojson`. */
  reports: string[];
}

export interface LoadResult {
  reports: LoadedReport[];
  failures: FileProblem[];
}

/** A relative path inside the data folder: no scheme, no host, no way out. */
export function isSafeDataPath(path: string): boolean {
  return /^[A-Za-z0-9_][A-Za-z0-9_.\-/]*$/.test(path) && !path.split('/').includes('..');
}

type Fetch = (url: string) => Promise<Response>;

/**
 * Loads one situation file and its report, and checks both. Never throws: every failure
 * becomes a problem naming what went wrong, so one broken file cannot stop the others.
 */
export async function loadReport(
  file: string,
  fetchFn: Fetch = fetch,
): Promise<LoadedReport | FileProblem> {
  const fail = (...problems: string[]): FileProblem => ({ file, problems });
  try {
    if (!isSafeDataPath(file)) return fail('not a file inside the data folder');
    const res = await fetchFn(DATA_BASE + file);
    if (!res.ok) return fail(`could not be read (HTTP ${res.status})`);
    const parsed = parseJson(await res.text());
    if ('problem' in parsed) return fail(parsed.problem);
    const reportFile = (parsed.data as { source?: { file?: unknown } } | null)?.source?.file;
    let text: string | null = null;
    let sha: string | null = null;
    const problems: string[] = [];
    if (typeof reportFile === 'string') {
      if (!isSafeDataPath(reportFile))
        problems.push(
          `source.file ${JSON.stringify(reportFile)} is not a path inside the data folder`,
        );
      else {
        const r = await fetchFn(DATA_BASE + reportFile);
        if (!r.ok) problems.push(`its report ${reportFile} could not be read (HTTP ${r.status})`);
        else {
          const bytes = new Uint8Array(await r.arrayBuffer());
          text = decodeReport(bytes);
          sha = await sha256Hex(bytes);
        }
      }
    }
    const result = validateSituationData(parsed.data, text);
    problems.push(...result.problems);
    if (result.collection && sha !== null && result.collection.source.sha256 !== sha)
      problems.push(
        `its report ${reportFile} has changed since this file was made (sha256 differs), so its excerpts cannot be trusted`,
      );
    if (problems.length > 0 || !result.collection || text === null)
      return fail(...(problems.length ? problems : ['no report text']));
    return { file, collection: result.collection, text };
  } catch (e) {
    return fail(`could not be loaded: ${describeError(e)}`);
  }
}

/** The situation files the manifest lists, or the manifest's problem. */
export async function readManifest(fetchFn: Fetch = fetch): Promise<string[] | FileProblem> {
  const fail = (problem: string): FileProblem => ({ file: MANIFEST_FILE, problems: [problem] });
  const res = await fetchFn(DATA_BASE + MANIFEST_FILE);
  if (!res.ok) return fail(`could not be read (HTTP ${res.status})`);
  let manifest: Manifest;
  try {
    manifest = (await res.json()) as Manifest;
  } catch {
    return fail('is not valid JSON');
  }
  const reports: unknown = manifest?.reports ?? [];
  if (!Array.isArray(reports) || !reports.every((f) => typeof f === 'string'))
    return fail('"reports" is not a list of file names');
  return reports;
}

/**
 * The loaded reports and the problems, from each file's outcome in manifest order: a report
 * id that an earlier file already brought is set aside too.
 */
export function mergeLoaded(results: (LoadedReport | FileProblem)[]): LoadResult {
  const out: LoadResult = { reports: [], failures: [] };
  const seen = new Set<string>();
  for (const r of results) {
    if ('problems' in r) out.failures.push(r);
    else if (seen.has(r.collection.source.id))
      out.failures.push({
        file: r.file,
        problems: [`report id "${r.collection.source.id}" is already loaded from another file`],
      });
    else {
      seen.add(r.collection.source.id);
      out.reports.push(r);
    }
  }
  return out;
}

/** Loads every report the manifest lists; reports with problems are set aside, not fatal. */
export async function loadReports(fetchFn: Fetch = fetch): Promise<LoadResult> {
  const files = await readManifest(fetchFn);
  if (!Array.isArray(files)) return { reports: [], failures: [files] };
  return mergeLoaded(await Promise.all(files.map((f) => loadReport(f, fetchFn))));
}
