import {
  EXPORT_KIND,
  type SituationExport,
  splitSituationExport,
} from '../export/export-situation';
import { MAX_REPORT_BYTES } from '../ingest/check-report';
import { type Correction, correctionProblem } from '../state/corrections';
import { sha256Hex } from '../model/sha256';
import type { SituationCollection } from '../model/situation';
import { parseJson, validateSituationData } from '../model/validate-situation';

/**
 * Largest export file read. An export of 100,000 items with their reports is about 60 MB; a
 * file several times that would hold the tab's memory for seconds and can crash it.
 */
export const MAX_IMPORT_BYTES = 100 * 1024 * 1024;

export type ImportResult =
  | {
      ok: true;
      reports: { collection: SituationCollection; text: string }[];
      /** The analyst's reviews the export carries, each checked. */
      corrections: Correction[];
    }
  | { ok: false; problem: string };

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

/**
 * Reads and checks an export file before anything of it is shown: its size before reading,
 * then JSON, then for each report its text's size, its SHA-256 recomputed from the text (a
 * changed text with the old hash is refused), and every field and quote (the situation
 * validator). One bad report refuses the file, so nothing half-checked is loaded. Runs in a
 * worker in the page (`import-worker.ts`), so a large file never blocks the map.
 *
 * @returns the reports, or a problem that completes "<file name> …"
 */
export async function readImport(file: Blob): Promise<ImportResult> {
  const fail = (problem: string): ImportResult => ({ ok: false, problem });
  if (file.size > MAX_IMPORT_BYTES)
    return fail(
      `is too large to import (${mb(file.size)}; exports up to ${MAX_IMPORT_BYTES / 1024 / 1024} MB are read)`,
    );
  const parsed = parseJson(await file.text());
  if ('problem' in parsed)
    return fail(`is not JSON (${parsed.problem.replace(/^Invalid JSON: /, '')})`);
  const data = parsed.data as SituationExport | null;
  if (data?.kind !== EXPORT_KIND || !Array.isArray(data.reports) || !Array.isArray(data.features))
    return fail('is not an export of this viewer (it needs the report texts to check the quotes)');
  for (const [i, r] of data.reports.entries()) {
    if (typeof r?.text !== 'string' || typeof r?.source?.id !== 'string')
      return fail(`report #${i} has no source id or no text`);
  }
  const corrections = data.corrections ?? [];
  if (!Array.isArray(corrections)) return fail('has corrections that are not a list');
  for (const [i, c] of corrections.entries()) {
    const problem = correctionProblem(c);
    if (problem) return fail(`correction #${i}: ${problem}`);
  }
  const reports: { collection: SituationCollection; text: string }[] = [];
  for (const part of splitSituationExport(data)) {
    const id = part.collection.source.id;
    const bytes = new TextEncoder().encode(part.text);
    if (bytes.length > MAX_REPORT_BYTES)
      return fail(
        `report ${id}: its text is too large (${mb(bytes.length)}; reports up to ${MAX_REPORT_BYTES / 1024 / 1024} MB are accepted)`,
      );
    const result = validateSituationData(part.collection, part.text);
    if (!result.collection) return fail(`report ${id}: ${result.problems[0]}`);
    const sha = await sha256Hex(bytes);
    if (sha !== part.collection.source.sha256)
      return fail(
        `report ${id}: its text does not match its SHA-256 (the file says ${String(part.collection.source.sha256).slice(0, 12)}…, the text gives ${sha.slice(0, 12)}…), so it was changed after export`,
      );
    reports.push({ collection: result.collection, text: part.text });
  }
  return { ok: true, reports, corrections };
}
