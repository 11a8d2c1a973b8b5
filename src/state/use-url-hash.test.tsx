import { cleanup, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { URL_QUIET_MS, useUrlHash } from './use-url-hash';

describe('useUrlHash', () => {
  let writes: string[];
  beforeEach(() => {
    vi.useFakeTimers();
    window.history.replaceState(null, '', '/');
    writes = [];
    const replace = window.history.replaceState.bind(window.history);
    vi.spyOn(window.history, 'replaceState').mockImplementation((data, unused, url) => {
      writes.push(String(url));
      replace(data, unused, url);
    });
  });
  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
    vi.useRealTimers();
  });

  /** Past the quiet time and the longest wait for an idle moment. */
  const SETTLED_MS = URL_QUIET_MS + 250;

  it('writes once the hash has stopped changing, never in the task of a change', () => {
    const { rerender } = renderHook(({ hash }) => useUrlHash(hash), {
      initialProps: { hash: '#t=1' },
    });
    // Not in the task of the change itself, nor before the view has been still a while.
    expect(window.location.hash).toBe('');
    vi.advanceTimersByTime(URL_QUIET_MS - 1);
    expect(window.location.hash).toBe('');
    vi.advanceTimersByTime(SETTLED_MS);
    expect(window.location.hash).toBe('#t=1');
    // A drag: twenty steps 50 ms apart, a second in all: nothing is written until it stops.
    for (let k = 2; k <= 21; k++) {
      rerender({ hash: `#t=${k}` });
      vi.advanceTimersByTime(50);
    }
    expect(window.location.hash).toBe('#t=1');
    vi.advanceTimersByTime(SETTLED_MS);
    expect(window.location.hash).toBe('#t=21');
    expect(writes).toEqual(['/#t=1', '/#t=21']);
    // A change and its undoing within the quiet time write nothing.
    rerender({ hash: '#q=idleb' });
    vi.advanceTimersByTime(100);
    rerender({ hash: '#t=21' });
    vi.advanceTimersByTime(SETTLED_MS);
    expect(writes).toHaveLength(2);
  });

  it('writes a waiting change when the page is left, and does not write an unchanged hash', () => {
    const { rerender, unmount } = renderHook(({ hash }) => useUrlHash(hash), {
      initialProps: { hash: '#t=1' },
    });
    vi.advanceTimersByTime(SETTLED_MS);
    rerender({ hash: '#t=2' });
    expect(window.location.hash).toBe('#t=1');
    window.dispatchEvent(new Event('pagehide'));
    expect(window.location.hash).toBe('#t=2');
    vi.advanceTimersByTime(SETTLED_MS);
    rerender({ hash: '#t=2' });
    expect(writes).toEqual(['/#t=1', '/#t=2']);
    rerender({ hash: '#t=3' });
    rerender({ hash: '#t=4' });
    vi.advanceTimersByTime(1);
    expect(window.location.hash).toBe('#t=2');
    unmount();
    expect(window.location.hash).toBe('#t=4');
  });
});
