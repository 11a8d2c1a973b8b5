/// <reference lib="webworker" />
/** Reads an import off the page's main thread: see {@link readImport}. */
import { describeError } from './describe-error';
import { type ImportResult, readImport } from './read-import';

export interface ImportRequest {
  requestId: number;
  file: File;
}
export type ImportResponse = ImportResult & { requestId: number };

self.onmessage = async (e: MessageEvent<ImportRequest>) => {
  const { requestId, file } = e.data;
  let result: ImportResult;
  try {
    result = await readImport(file);
  } catch (err) {
    result = { ok: false, problem: `could not be read: ${describeError(err)}` };
  }
  postMessage({ ...result, requestId } satisfies ImportResponse);
};
