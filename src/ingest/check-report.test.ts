import { describe, expect, it } from 'vitest';
import { decodeReportBytes, MAX_REPORT_BYTES } from './check-report';

const problem = (bytes: Uint8Array) => {
  const r = decodeReportBytes(bytes);
  return 'problem' in r ? r.problem : null;
};
const utf16 = (text: string, le: boolean, bom: boolean) => {
  const out: number[] = bom ? (le ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  for (const c of text) {
    const u = c.charCodeAt(0);
    out.push(...(le ? [u & 255, u >> 8] : [u >> 8, u & 255]));
  }
  return new Uint8Array(out);
};

describe('decodeReportBytes', () => {
  const text = 'date 2020-03-05\nTurkish drones struck Saraqib on Thursday.';
  it('names UTF-16 (with or without a byte order mark) and says how to convert', () => {
    expect(problem(utf16(text, true, true))).toMatch(
      /^is UTF-16LE text, not UTF-8: save it as UTF-8/,
    );
    expect(problem(utf16(text, false, false))).toMatch(
      /^is UTF-16BE text.*iconv -f UTF-16BE -t UTF-8/,
    );
  });
  it('names binary, empty, oversized and invalid UTF-8 input', () => {
    expect(problem(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]))).toMatch(/binary/);
    expect(problem(new TextEncoder().encode('  \n'))).toBe('is empty');
    expect(problem(new Uint8Array(MAX_REPORT_BYTES + 1).fill(65))).toMatch(
      /^is too large \(2\.1 MB/,
    );
    expect(problem(new Uint8Array([0x61, 0xc3, 0x28]))).toBe('is not valid UTF-8 text');
  });
  it('accepts UTF-8 text, keeping a byte order mark as a character', () => {
    const r = decodeReportBytes(
      new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]),
    );
    expect('text' in r && r.text).toBe(`\uFEFF${text}`);
  });
});
