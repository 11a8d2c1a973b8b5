import type { SearchRequest, SearchResponse } from './search-worker';

/**
 * The page's side of the search worker: gives it the item texts once, then answers each
 * query with the items whose text holds it. Rejects if the worker fails, so the caller can
 * scan on the page instead.
 */
export class TextSearch {
  private readonly worker: Worker;
  private nextId = 0;
  /** Why the worker stopped, once it has failed: later searches fail at once. */
  private failure: Error | null = null;
  private readonly pending = new Map<
    number,
    { resolve: (m: Uint8Array) => void; reject: (e: Error) => void }
  >();

  constructor(texts: { text: string; at: Int32Array }) {
    this.worker = new Worker(new URL('./search-worker.ts', import.meta.url), { type: 'module' });
    this.worker.onmessage = (e: MessageEvent<SearchResponse>) => {
      this.pending.get(e.data.id)?.resolve(e.data.matches);
      this.pending.delete(e.data.id);
    };
    this.worker.onerror = (e) => {
      e.preventDefault();
      this.failure = new Error(`search worker: ${e.message}`);
      for (const p of this.pending.values()) p.reject(this.failure);
      this.pending.clear();
    };
    this.post({ type: 'texts', text: texts.text, at: texts.at });
  }

  private post(request: SearchRequest): void {
    this.worker.postMessage(request);
  }

  /** The items (by index) whose text holds `query`, as 1s. */
  search(query: string): Promise<Uint8Array> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.post({ type: 'search', id, query });
    });
  }

  dispose(): void {
    this.worker.terminate();
    this.failure = new Error('search stopped');
    for (const p of this.pending.values()) p.reject(this.failure);
    this.pending.clear();
  }
}
