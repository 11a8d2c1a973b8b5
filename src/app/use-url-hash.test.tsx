import { cleanup, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { URL_WRITE_MS, useUrlHash } from './use-url-hash';

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

  it('writes the first change once idle, then at most once per interval, always ending on the last', () => {
    const { rerender } = renderHook(({ hash }) => useUrlHash(hash), {
      initialProps: { hash: '#t=1' },
    });
    // Not in the task of the change itself: once the page is idle.
    expect(window.location.hash).toBe('');
    vi.advanceTimersByTime(1);
    expect(window.location.hash).toBe('#t=1');
    // A drag: twenty steps within one interval.
    for (let k = 2; k <= 21; k++) rerender({ hash: `#t=${k}` });
    expect(window.location.hash).toBe('#t=1');
    vi.advanceTimersByTime(URL_WRITE_MS);
    expect(window.location.hash).toBe('#t=21');
    expect(writes).toEqual(['/#t=1', '/#t=21']);
    // After a quiet spell the next change is written as soon as the page is idle again.
    vi.advanceTimersByTime(URL_WRITE_MS);
    rerender({ hash: '#q=idleb' });
    vi.advanceTimersByTime(1);
    expect(window.location.hash).toBe('#q=idleb');
    expect(writes).toHaveLength(3);
  });

  it('writes a waiting change when the page is left, and does not write an unchanged hash', () => {
    const { rerender, unmount } = renderHook(({ hash }) => useUrlHash(hash), {
      initialProps: { hash: '#t=1' },
    });
    vi.advanceTimersByTime(1);
    rerender({ hash: '#t=2' });
    expect(window.location.hash).toBe('#t=1');
    window.dispatchEvent(new Event('pagehide'));
    expect(window.location.hash).toBe('#t=2');
    vi.advanceTimersByTime(URL_WRITE_MS);
    rerender({ hash: '#t=2' });
    expect(writes).toEqual(['/#t=1', '/#t=2']);
    rerender({ hash: '#t=3' });
    rerender({ hash: '#t=4' });
    vi.advanceTimersByTime(1);
    unmount();
    expect(window.location.hash).toBe('#t=4');
  });
});
