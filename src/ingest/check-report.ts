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
    ? `is too large (${(size / 1e6).toFixed(1)} MB; reports up to ${MAX_REPORT_BYTES / 1024 / 1024} MB are accepted)`
    : null;
}

export function decodeReportBytes(bytes: Uint8Array): { text: string } | { problem: string } {
  const large = tooLarge(bytes.length);
  if (large) return { problem: large };
  const utf16 = utf16Of(bytes);
  if (utf16)
    return {
      problem: `is ${utf16} text, not UTF-8: save it as UTF-8 (in most editors: Save As, encoding UTF-8; or iconv -f ${utf16} -t UTF-8) and add it again`,
    };
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

/**
 * "UTF-16LE" or "UTF-16BE" when the bytes are UTF-16 (as Windows editors often save): by the
 * byte order mark, or, without one, by zero bytes in every other place of the first kilobyte.
 */
function utf16Of(bytes: Uint8Array): 'UTF-16LE' | 'UTF-16BE' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'UTF-16LE';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'UTF-16BE';
  const n = Math.min(bytes.length, 1024) & ~1;
  if (n < 8) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const half = n / 2;
  if (odd > 0.9 * half && even < 0.1 * half) return 'UTF-16LE';
  if (even > 0.9 * half && odd < 0.1 * half) return 'UTF-16BE';
  return null;
}
