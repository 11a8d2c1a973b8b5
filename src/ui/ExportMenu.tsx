import { useRef } from 'react';
import { exportSituation } from '../export/export-situation';
import { exportCsv, exportKml } from '../export/export-tables';
import type { Domain } from '../state/domain';
import type { ItemList } from '../state/filter-index';
import type { ViewFilter } from '../state/view-filter';

interface Props {
  domain: Domain;
  /** The items in view: what the export holds. */
  items: ItemList;
  filter: ViewFilter;
  onImport: (file: File) => void;
  /** On a phone: folded behind one "Export" button, so the header stays one row. */
  compact?: boolean;
}

function download(name: string, type: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Exports exactly what is in view (GeoJSON with quotes and hashes, ACLED-style CSV, KML), and imports an export. */
export function ExportMenu({ domain, items, filter, onImport, compact = false }: Props) {
  const fileInput = useRef<HTMLInputElement>(null);
  const stamp = 'situation-export';
  const menu = (
    <fieldset className="export-menu">
      <legend className="muted">Export {items.length} in view:</legend>
      <button
        type="button"
        onClick={() =>
          download(
            `${stamp}.geojson`,
            'application/geo+json',
            JSON.stringify(exportSituation(domain, items.toArray(), filter), null, 1),
          )
        }
      >
        GeoJSON
      </button>
      <button
        type="button"
        onClick={() => download(`${stamp}.csv`, 'text/csv', exportCsv(domain, items.toArray()))}
      >
        CSV
      </button>
      <button
        type="button"
        onClick={() =>
          download(
            `${stamp}.kml`,
            'application/vnd.google-earth.kml+xml',
            exportKml(domain, items.toArray()),
          )
        }
      >
        KML
      </button>
      <button type="button" onClick={() => fileInput.current?.click()}>
        Import…
      </button>
      <input
        ref={fileInput}
        type="file"
        accept=".geojson,.json,application/geo+json"
        hidden
        aria-label="Import an export"
        onChange={(e) => {
          const f = e.target.files?.[0];
          if (f) onImport(f);
          e.target.value = '';
        }}
      />
    </fieldset>
  );
  if (!compact) return menu;
  return (
    <details className="export-compact">
      <summary>Export</summary>
      {menu}
    </details>
  );
}
