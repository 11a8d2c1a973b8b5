import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { BASEMAP_STORAGE_KEY } from '../src/map/basemap-choice';
import { bootScript, CONTENT_SECURITY_POLICY, HEADER_POLICY, policyFor } from './csp';

/** Runs the boot script with a stored value; returns the policy it writes into the page. */
function policyWritten(stored: string | null, storageThrows = false): string {
  const appended: { httpEquiv?: string; content?: string }[] = [];
  const sandbox = {
    URL,
    JSON,
    localStorage: {
      getItem: (k: string) => {
        if (storageThrows) throw new Error('blocked');
        return k === BASEMAP_STORAGE_KEY ? stored : null;
      },
    },
    document: {
      createElement: () => ({}),
      head: { appendChild: (el: { httpEquiv?: string; content?: string }) => appended.push(el) },
    },
  };
  vm.runInNewContext(bootScript(), sandbox);
  expect(appended).toHaveLength(1);
  expect(appended[0].httpEquiv).toBe('Content-Security-Policy');
  return appended[0].content ?? '';
}

describe('Content-Security-Policy boot script', () => {
  it('writes the strict policy with no choice, a damaged one, or storage refused', () => {
    expect(policyWritten(null)).toBe(CONTENT_SECURITY_POLICY);
    expect(policyWritten('{oops')).toBe(CONTENT_SECURITY_POLICY);
    expect(policyWritten('{"kind":"style","url":"javascript:alert(1)"}')).toBe(
      CONTENT_SECURITY_POLICY,
    );
    expect(policyWritten('{"kind":"pmtiles","name":"a.pmtiles"}')).toBe(CONTENT_SECURITY_POLICY);
    expect(policyWritten(null, true)).toBe(CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).toContain("connect-src 'self';");
  });

  it('adds exactly the chosen style’s origin to fetches and images', () => {
    const p = policyWritten('{"kind":"style","url":"https://tiles.example.org:8443/a/style.json"}');
    expect(p).toBe(policyFor('https://tiles.example.org:8443'));
    expect(p).toContain("connect-src 'self' https://tiles.example.org:8443;");
    expect(p).toContain("img-src 'self' data: blob: https://tiles.example.org:8443;");
    expect(p).toContain("script-src 'self';");
    // A crafted URL cannot add directives: the origin has no spaces or semicolons.
    const crafted = policyWritten('{"kind":"style","url":"https://a.example/x;script-src *"}');
    expect(crafted).toContain("connect-src 'self' https://a.example;");
    expect(HEADER_POLICY).toContain("connect-src 'self' https: http:");
  });
});
