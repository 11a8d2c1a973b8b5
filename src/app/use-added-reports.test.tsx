import crypto from 'node:crypto';
import { act, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ingestContext } from '../../tests/fixtures/ingest';
import { ingestReport } from '../ingest/ingest-report';
import type { IngestRequest, IngestResponse } from '../ingest/ingest-worker';
import { useAddedReports } from './use-added-reports';

/** A worker that ingests in this thread and answers on the next turn, as the real one does. */
class FakeWorker extends EventTarget {
  postMessage(request: IngestRequest) {
    void ingestContext().then((ctx) => {
      const sha256 = crypto.createHash('sha256').update(request.text).digest('hex');
      const { collection, warnings } = ingestReport(
        request.text,
        { id: request.id, file: `pasted/${request.id}.txt`, sha256 },
        ctx,
      );
      const data: IngestResponse = { requestId: request.requestId, ok: true, collection, warnings };
      this.dispatchEvent(new MessageEvent('message', { data }));
    });
  }
  terminate() {}
}

afterEach(() => vi.unstubAllGlobals());

describe('reports added in the page', () => {
  it('adds the same text once, even when the second file is read after the first is added', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const { result } = renderHook(() => useAddedReports());
    const text =
      'date 2020-03-06\nTurkish drones struck Syrian army positions near Saraqib on Friday.';
    // One drop of two files calls the same addText twice; the second may come after the first
    // is added but before the page has drawn it.
    const add = result.current.addText;
    act(() => add(text, 'first.txt'));
    // The first ingest loads the gazetteer and the actor registry: seconds on a busy host, more
    // than waitFor's one-second default.
    await waitFor(() => expect(result.current.reports).toHaveLength(1), { timeout: 20_000 });
    act(() => add(text, 'copy.txt'));
    expect(result.current.reports).toHaveLength(1);
    expect(result.current.message?.text).toMatch(/copy\.txt is already on the map/);
  });
});
