import { useEffect, useRef } from 'react';
import type { LoadedReport } from '../state/domain';
import { Highlighted, VisibleText } from './Highlighted';

interface Props {
  reports: LoadedReport[];
  report: LoadedReport | null;
  /** The passage to highlight, with a label saying what it is evidence of. */
  highlight: { start: number; end: number; label: string } | null;
  /** Search text to mark in the report. */
  query?: string;
  onChooseReport: (reportId: string) => void;
  onClose: () => void;
}

/**
 * The whole report as text, with the selected passage marked and scrolled into view.
 * The text is only ever passed to React as strings: it is never parsed as HTML.
 */
export function ReaderPanel({
  reports,
  report,
  highlight,
  query = '',
  onChooseReport,
  onClose,
}: Props) {
  const markRef = useRef<HTMLElement>(null);
  useEffect(() => {
    if (highlight) markRef.current?.scrollIntoView({ block: 'center', behavior: 'instant' });
  }, [highlight]);
  if (!report) return null;
  const { text, collection } = report;
  const s = collection.source;
  return (
    <aside className="panel reader" aria-labelledby="reader-heading">
      <div className="reader-head">
        <h2 id="reader-heading">Source report</h2>
        <button
          type="button"
          className="link"
          onClick={onClose}
          aria-label="Close the source report"
        >
          ×
        </button>
      </div>
      {reports.length > 1 && (
        <label className="report-choice">
          Report{' '}
          <select value={s.id} onChange={(e) => onChooseReport(e.target.value)}>
            {reports.map((r) => (
              <option key={r.collection.source.id} value={r.collection.source.id}>
                {r.collection.source.date ?? 'undated'} ·{' '}
                {r.collection.source.title ?? r.collection.source.id}
              </option>
            ))}
          </select>
        </label>
      )}
      <dl className="source-meta">
        <dt>Outlet</dt>
        <dd>{s.outlet ?? 'unknown'}</dd>
        <dt>Date</dt>
        <dd>{s.date ?? 'no dateline'}</dd>
        <dt>File</dt>
        <dd>
          <code>{s.file}</code>
        </dd>
        <dt>SHA-256</dt>
        <dd>
          <code title={s.sha256}>{s.sha256.slice(0, 16)}…</code>
        </dd>
      </dl>
      {highlight && (
        <p className="muted highlight-label">
          Highlighted: {highlight.label} (characters {highlight.start}–{highlight.end})
        </p>
      )}
      <div className="report-text">
        {highlight ? (
          <>
            <Highlighted text={text.slice(0, highlight.start)} query={query} />
            <mark ref={markRef} data-start={highlight.start} data-end={highlight.end}>
              <VisibleText text={text.slice(highlight.start, highlight.end)} />
            </mark>
            <Highlighted text={text.slice(highlight.end)} query={query} />
          </>
        ) : (
          <Highlighted text={text} query={query} />
        )}
      </div>
    </aside>
  );
}
