import { memo, useEffect, useId, useRef, useState } from 'react';
import type { LoadedReport } from '../state/domain';

interface Props {
  busy: boolean;
  /** How far the report being read has come, while one is read. */
  progress: { share: number; stage: string } | null;
  onCancel: () => void;
  message: { kind: 'info' | 'error'; text: string } | null;
  added: LoadedReport[];
  onAdd: (text: string) => void;
  onAddFile: (file: File) => void;
  onRemove: (reportId: string) => void;
}

/**
 * Paste a report or drop a .txt file: it is read in the browser and mapped at once. Drawn
 * again only when its own props change, not on every step of a time-window drag.
 */
export const PastePanel = memo(function PastePanel({
  busy,
  progress,
  onCancel,
  message,
  added,
  onAdd,
  onAddFile,
  onRemove,
}: Props) {
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [over, setOver] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const id = useId();
  const close = () => {
    setOpen(false);
    toggle.current?.focus();
  };
  // A report mapped: the panel has done its work and closes, focus back on its button.
  const addedCount = useRef(added.length);
  useEffect(() => {
    if (added.length > addedCount.current) {
      setOpen(false);
      toggle.current?.focus();
    }
    addedCount.current = added.length;
  }, [added.length]);
  return (
    <div className="paste">
      <button
        ref={toggle}
        type="button"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
      >
        Add a report
      </button>
      {busy && progress && (
        <div className="paste-progress">
          <label>
            {`Reading: ${progress.stage}… `}
            <progress max={1} value={progress.share} />
          </label>
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        </div>
      )}
      <p
        className={`paste-message ${message?.kind ?? ''}`}
        role={message?.kind === 'error' ? 'alert' : 'status'}
      >
        {message?.text ?? ''}
      </p>
      {open && (
        <section
          id={id}
          className={`paste-panel${over ? ' over' : ''}`}
          aria-label="Add a report"
          onKeyDown={(e) => {
            if (e.key !== 'Escape') return;
            e.stopPropagation();
            close();
          }}
          onDragOver={(e) => {
            e.preventDefault();
            setOver(true);
          }}
          onDragLeave={() => setOver(false)}
          onDrop={(e) => {
            e.preventDefault();
            setOver(false);
            for (const f of e.dataTransfer.files) onAddFile(f);
          }}
        >
          <label htmlFor={`${id}-text`}>
            Paste a report (first line may be "date YYYY-MM-DD"), or drop .txt files here
          </label>
          <textarea
            id={`${id}-text`}
            rows={6}
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
          <div className="paste-actions">
            <button
              type="button"
              disabled={busy || text.trim() === ''}
              onClick={() => {
                onAdd(text);
                setText('');
              }}
            >
              {busy ? 'Reading…' : 'Map this report'}
            </button>
            <button type="button" onClick={() => fileInput.current?.click()}>
              Choose .txt files…
            </button>
            <input
              ref={fileInput}
              type="file"
              accept=".txt,text/plain"
              multiple
              hidden
              aria-label="Choose report files"
              onChange={(e) => {
                for (const f of e.target.files ?? []) onAddFile(f);
                e.target.value = '';
              }}
            />
          </div>
          {added.length > 0 && (
            <ul className="added-list" aria-label="Reports added here">
              {added.map((r) => (
                <li key={r.collection.source.id}>
                  <span>{r.collection.source.id}</span>{' '}
                  <button
                    type="button"
                    className="link"
                    onClick={() => onRemove(r.collection.source.id)}
                  >
                    Remove
                  </button>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </div>
  );
});
