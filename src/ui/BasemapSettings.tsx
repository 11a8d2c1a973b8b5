import { type FormEvent, memo, useId, useRef, useState } from 'react';
import { type BasemapChoice, choiceOrigin, styleUrlProblem } from '../map/basemap-choice';

interface Props {
  /** The basemap in use now. */
  current: BasemapChoice;
  /** Saves a new choice; the page then reloads (its security policy can change no other way). */
  onChoose: (choice: BasemapChoice, file?: File) => Promise<void>;
}

/** What the page talks to with a choice: said in the settings and under the map. */
export function talksTo(choice: BasemapChoice): string {
  const origin = choiceOrigin(choice);
  if (origin)
    return `Online basemap from ${origin}: this page talks to its own host and to ${origin}, and to no other.`;
  if (choice.kind === 'pmtiles')
    return `Basemap from the file ${choice.name}, read on this device: this page talks to no host but its own.`;
  return 'Offline basemap, shipped with the viewer: this page talks to no host but its own.';
}

/**
 * The basemap setting: the offline basemap (the default), a MapLibre style URL, or a PMTiles
 * file on the device. A native dialog: Escape closes it and focus returns to its button.
 */
export const BasemapSettings = memo(function BasemapSettings({ current, onChoose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [kind, setKind] = useState<BasemapChoice['kind']>(current.kind);
  const [url, setUrl] = useState(current.kind === 'style' ? current.url : '');
  const [file, setFile] = useState<File | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const ids = useId();

  const submit = (e: FormEvent) => {
    e.preventDefault();
    let choice: BasemapChoice = { kind: 'offline' };
    if (kind === 'style') {
      const p = styleUrlProblem(url);
      if (p) return setProblem(p);
      choice = { kind: 'style', url: url.trim() };
    } else if (kind === 'pmtiles') {
      if (!file) return setProblem('Choose a .pmtiles file first.');
      choice = { kind: 'pmtiles', name: file.name };
    }
    setProblem(null);
    setSaving(true);
    onChoose(choice, file ?? undefined).catch((err: unknown) => {
      setSaving(false);
      setProblem(`Could not keep that choice: ${err instanceof Error ? err.message : String(err)}`);
    });
  };

  return (
    <>
      <button
        type="button"
        className="basemap-button"
        aria-haspopup="dialog"
        onClick={() => dialog.current?.showModal()}
      >
        Basemap
      </button>
      <dialog ref={dialog} className="basemap-dialog" aria-labelledby={`${ids}-title`}>
        <form onSubmit={submit} noValidate>
          <h2 id={`${ids}-title`}>Basemap</h2>
          <p className="basemap-now">{talksTo(current)}</p>
          <fieldset>
            <legend>Draw the reports over</legend>
            <label>
              <input
                type="radio"
                name="basemap"
                checked={kind === 'offline'}
                onChange={() => setKind('offline')}
              />
              The offline basemap (countries, regions, towns, water), no network needed
            </label>
            <label>
              <input
                type="radio"
                name="basemap"
                checked={kind === 'style'}
                onChange={() => setKind('style')}
              />
              An online basemap: a MapLibre style URL
            </label>
            {kind === 'style' && (
              <input
                type="url"
                className="basemap-url"
                aria-label="MapLibre style URL"
                placeholder="https://host/style.json"
                value={url}
                onChange={(e) => setUrl(e.target.value)}
              />
            )}
            <label>
              <input
                type="radio"
                name="basemap"
                checked={kind === 'pmtiles'}
                onChange={() => setKind('pmtiles')}
              />
              A PMTiles file on this device (vector or raster), kept in this browser
            </label>
            {kind === 'pmtiles' && (
              <input
                type="file"
                accept=".pmtiles"
                aria-label="PMTiles file"
                onChange={(e) => setFile(e.target.files?.[0] ?? null)}
              />
            )}
          </fieldset>
          {kind === 'style' && (
            <p className="muted">
              The page will then fetch the style, its tiles, fonts and icons from that address’s
              host, and from no other. The page reloads to apply it.
            </p>
          )}
          {problem && (
            <p className="basemap-problem" role="alert">
              {problem}
            </p>
          )}
          <div className="dialog-actions">
            <button type="submit" disabled={saving}>
              {saving ? 'Reloading…' : 'Use this basemap'}
            </button>
            <button type="button" onClick={() => dialog.current?.close()}>
              Cancel
            </button>
          </div>
        </form>
      </dialog>
    </>
  );
});
