/** Reports larger than this are refused: news reports are tens of kilobytes. */
export const MAX_REPORT_BYTES = 2 * 1024 * 1024;
/** Share of control characters above which a file is taken as binary. */
const MAX_CONTROL_SHARE = 0.01;

/**
 * Checks a report's bytes and decodes them: refuses empty, binary, oversized and non-UTF-8
 * input with a message saying which. A byte order mark is kept as a character, as
 * everywhere else, so offsets agree.
 */
export function tooLarge(size: number): string | null {
  return size > MAX_REPORT_BYTES
    ? `too large (${(size / 1e6).toFixed(1)} MB; reports up to ${MAX_REPORT_BYTES / 1024 / 1024} MB are accepted)`
    : null;
}

export function decodeReportBytes(bytes: Uint8Array): { text: string } | { problem: string } {
  const large = tooLarge(bytes.length);
  if (large) return { problem: large };
  let control = 0;
  let nul = false;
  for (const b of bytes) {
    if (b === 0) nul = true;
    if (b < 32 && b !== 9 && b !== 10 && b !== 13) control++;
  }
  if (nul || (bytes.length > 0 && control / bytes.length > MAX_CONTROL_SHARE))
    return { problem: 'looks like a binary file, not text' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return { problem: 'is not valid UTF-8 text' };
  }
  if (text.trim() === '') return { problem: 'is empty' };
  return { text };
}
