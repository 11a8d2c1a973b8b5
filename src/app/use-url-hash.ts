import { useEffect, useRef } from 'react';

/** Least time between two writes of the address: dragging the time window changes it per step. */
export const URL_WRITE_MS = 250;

interface Writer {
  /** The hash to show. */
  wanted: string;
  lastWrite: number;
  /** Cancels the write waiting for its turn; null when none waits. */
  cancel: (() => void) | null;
}

function write(w: Writer): void {
  w.cancel = null;
  w.lastWrite = performance.now();
  if (window.location.hash === w.wanted) return;
  window.history.replaceState(
    null,
    '',
    `${window.location.pathname}${window.location.search}${w.wanted}`,
  );
}

/** Writes in `delay` ms, or, when that is now, once the page is idle (within an interval). */
function schedule(w: Writer, delay: number): void {
  if (delay <= 0 && typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(() => write(w), { timeout: URL_WRITE_MS });
    w.cancel = () => window.cancelIdleCallback(handle);
  } else {
    const timer = window.setTimeout(() => write(w), Math.max(0, delay));
    w.cancel = () => window.clearTimeout(timer);
  }
}

/**
 * Keeps the page address's hash at `hash` (a permalink of the view), off the path of the
 * interaction that changed it: each history update costs the main thread milliseconds (5 to
 * 22 measured while the map is drawn in software), and browsers throttle pages that update it
 * too often. The first change after a quiet spell is written once the page is idle, after the
 * interaction's frame; later ones at most every {@link URL_WRITE_MS}, and the last one always.
 * One still waiting is written when the page is hidden or left.
 */
export function useUrlHash(hash: string): void {
  const writer = useRef<Writer>({
    wanted: hash,
    lastWrite: Number.NEGATIVE_INFINITY,
    cancel: null,
  }).current;
  useEffect(() => {
    const flush = () => {
      if (!writer.cancel) return;
      writer.cancel();
      write(writer);
    };
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', flush);
      flush();
    };
  }, [writer]);
  useEffect(() => {
    writer.wanted = hash;
    if (writer.cancel) return;
    schedule(writer, writer.lastWrite + URL_WRITE_MS - performance.now());
  }, [writer, hash]);
}
