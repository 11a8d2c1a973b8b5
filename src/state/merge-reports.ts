import { buildDomain, type Domain, type LoadedReport } from './domain';

/** A file that could not be loaded, and why, in words a person can act on. */
export interface FileProblem {
  file: string;
  problems: string[];
}

/**
 * The bundled, imported and pasted reports as one domain. A report id loaded twice keeps the
 * first and names the second as a problem; every other file's problems are kept as they are.
 */
export function mergeReports(
  bundled: LoadedReport[],
  added: LoadedReport[],
  failures: FileProblem[],
): { domain: Domain; failures: FileProblem[] } {
  const seen = new Set<string>();
  const reports: LoadedReport[] = [];
  const dupes: FileProblem[] = [];
  for (const r of [...bundled, ...added]) {
    const id = r.collection.source.id;
    if (seen.has(id)) dupes.push({ file: r.file, problems: [`report "${id}" is already loaded`] });
    else {
      seen.add(id);
      reports.push(r);
    }
  }
  return { domain: buildDomain(reports), failures: [...failures, ...dupes] };
}
