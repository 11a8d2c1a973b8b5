import { useEffect, useRef } from 'react';

/** Least time between two writes of the address: dragging the time window changes it per step. */
export const URL_WRITE_MS = 250;

interface Writer {
  /** The hash to show. */
  wanted: string;
  lastWrite: number;
  /** A write waiting for its turn, or 0. */
  timer: number;
}

function write(w: Writer): void {
  w.timer = 0;
  w.lastWrite = performance.now();
  if (window.location.hash === w.wanted) return;
  window.history.replaceState(
    null,
    '',
    `${window.location.pathname}${window.location.search}${w.wanted}`,
  );
}

/**
 * Keeps the page address's hash at `hash` (a permalink of the view), without writing it on
 * every step of a drag: each history update costs the main thread milliseconds, and browsers
 * throttle pages that update it too often. The first change after a quiet spell is written at
 * once, later ones at most every {@link URL_WRITE_MS} and the last one always; one still
 * waiting is written when the page is hidden or left.
 */
export function useUrlHash(hash: string): void {
  const writer = useRef<Writer>({
    wanted: hash,
    lastWrite: Number.NEGATIVE_INFINITY,
    timer: 0,
  }).current;
  useEffect(() => {
    const flush = () => {
      if (!writer.timer) return;
      clearTimeout(writer.timer);
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
    if (writer.timer) return;
    const wait = writer.lastWrite + URL_WRITE_MS - performance.now();
    if (wait <= 0) write(writer);
    else writer.timer = window.setTimeout(() => write(writer), wait);
  }, [writer, hash]);
}
