import { useEffect, useRef } from 'react';

/**
 * How long the view must stay as it is before the address follows it: a drag of the time
 * window or a word being typed changes it many times a second, and only where it stops is
 * worth a permalink.
 */
export const URL_QUIET_MS = 300;
/** Longest wait after that for an idle moment of the page before writing anyway. */
const IDLE_WAIT_MS = 250;

interface Writer {
  /** The hash to show. */
  wanted: string;
  /** Cancels the write waiting for its turn; null when none waits. */
  cancel: (() => void) | null;
}

function write(w: Writer): void {
  w.cancel = null;
  if (window.location.hash === w.wanted) return;
  window.history.replaceState(
    null,
    '',
    `${window.location.pathname}${window.location.search}${w.wanted}`,
  );
}

/** Writes once the hash has been still for {@link URL_QUIET_MS}, in an idle moment of the page. */
function schedule(w: Writer): void {
  w.cancel?.();
  const timer = window.setTimeout(() => {
    if (typeof window.requestIdleCallback !== 'function') return write(w);
    const handle = window.requestIdleCallback(() => write(w), { timeout: IDLE_WAIT_MS });
    w.cancel = () => window.cancelIdleCallback(handle);
  }, URL_QUIET_MS);
  w.cancel = () => window.clearTimeout(timer);
}

/**
 * Keeps the page address's hash at `hash` (a permalink of the view), off the path of the
 * interactions that change it. Each history update takes the main thread 1 to 14 ms (measured
 * while the map is drawn in software), and browsers throttle pages that update it too often,
 * so the address is written once the view has stopped changing for {@link URL_QUIET_MS}: at
 * the end of a drag or a typed word, not at each step or key. One still waiting is written
 * at once when the page is hidden or left.
 */
export function useUrlHash(hash: string): void {
  const writer = useRef<Writer>({ wanted: hash, cancel: null }).current;
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
    if (hash === writer.wanted && !writer.cancel && window.location.hash === hash) return;
    writer.wanted = hash;
    schedule(writer);
  }, [writer, hash]);
}
