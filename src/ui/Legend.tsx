import { memo } from 'react';
import type { Side } from '../model/situation';
import { OTHER_SIDE_COLOR, SIDE_PALETTE } from '../state/colours';

interface Props {
  /** The sides of the loaded reports, with their map colours. */
  sides: Side[];
  /** Open at first (desktop); closed on a phone, where the map needs the room. */
  open: boolean;
}

/** One symbol of the map, drawn as the map draws it. */
function MapSymbol({ kind, color = '#0072b2' }: { kind: string; color?: string }) {
  const common = { cx: 12, cy: 12 };
  return (
    <svg width="24" height="24" viewBox="0 0 24 24" aria-hidden="true" className="legend-symbol">
      {kind === 'place' && (
        <circle {...common} r="8" fill={color} stroke={color} strokeWidth="1.5" />
      )}
      {kind === 'area' && (
        <circle {...common} r="9" fill={color} fillOpacity="0.3" stroke={color} strokeWidth="1.5" />
      )}
      {kind === 'inferred' && (
        <circle {...common} r="7" fill="#ffffff" stroke={color} strokeWidth="4" />
      )}
      {kind === 'faded' && (
        <circle
          {...common}
          r="8"
          fill="#9e9e9e"
          fillOpacity="0.3"
          stroke="#9e9e9e"
          strokeOpacity="0.3"
        />
      )}
      {kind === 'selected' && (
        <>
          <circle {...common} r="10" fill="none" stroke="#111111" strokeWidth="2.5" />
          <circle {...common} r="6" fill={color} />
        </>
      )}
      {kind === 'dots' && (
        <>
          <circle cx="12" cy="12" r="4" fill="#9e9e9e" />
          {[0, 1, 2, 3, 4].map((k) => {
            const a = k * 2.4 - Math.PI / 2;
            return (
              <circle
                key={k}
                cx={12 + 9 * Math.cos(a)}
                cy={12 + 9 * Math.sin(a)}
                r="2.6"
                fill={SIDE_PALETTE[k]}
                stroke="#ffffff"
                strokeWidth="1"
              />
            );
          })}
        </>
      )}
      {kind === 'arc' && (
        <path
          d="M2 20 Q 12 0 22 18"
          fill="none"
          stroke={color}
          strokeWidth="2"
          strokeOpacity="0.75"
        />
      )}
      {kind === 'town' && (
        <>
          <circle cx="6" cy="12" r="2.5" fill="#7d7d7d" />
          <rect x="11" y="10" width="11" height="4" rx="1" fill="#b0b0b0" />
        </>
      )}
      {kind === 'boundary' && (
        <path d="M2 12 H22" stroke="#a8a29a" strokeWidth="1.5" strokeDasharray="4 2.5" />
      )}
      {kind === 'water' && (
        <>
          <rect x="2" y="4" width="20" height="10" rx="3" fill="#c9dbe6" />
          <path d="M2 19 Q 8 15 14 19 T 22 18" fill="none" stroke="#9fc0d6" strokeWidth="1.5" />
        </>
      )}
    </svg>
  );
}

const SYMBOLS: { kind: string; text: string }[] = [
  {
    kind: 'place',
    text: 'A place a report names, coloured by the side most involved there; larger with more items',
  },
  {
    kind: 'area',
    text: 'A country or region as a whole, drawn at its middle: not a point where it happened',
  },
  { kind: 'inferred', text: 'An inferred place: no report names it (its popup says why)' },
  { kind: 'faded', text: 'Nothing left to show there under the current filters' },
  {
    kind: 'dots',
    text: 'One dot per event or statement, in its actor’s colour, always within 50 px of its place',
  },
  { kind: 'arc', text: 'Said in one place about another, or a call between two places' },
  { kind: 'selected', text: 'The place whose popup is open' },
];

/** The basemap's context: none of it comes from a report (scripts/build-context.ts). */
const CONTEXT_SYMBOLS: { kind: string; text: string }[] = [
  {
    kind: 'town',
    text: 'A town of the GeoNames gazetteer (20,000 people or more), shown for orientation; hidden where a report’s place stands',
  },
  {
    kind: 'boundary',
    text: 'A first-level boundary (province, governorate, state): Natural Earth',
  },
  { kind: 'water', text: 'Seas, lakes and rivers: Natural Earth' },
];

/**
 * What every symbol and colour of the map means. A disclosure, so a phone can fold it away.
 */
export const Legend = memo(function Legend({ sides, open }: Props) {
  const coloured = sides.filter((s) => s.color !== OTHER_SIDE_COLOR);
  const others = sides.length - coloured.length;
  return (
    <details className="legend" open={open}>
      <summary>Legend</summary>
      <ul className="legend-symbols">
        {SYMBOLS.map((s) => (
          <li key={s.kind}>
            <MapSymbol kind={s.kind} />
            <span>{s.text}</span>
          </li>
        ))}
      </ul>
      <h3>Basemap, not from the reports</h3>
      <ul className="legend-symbols">
        {CONTEXT_SYMBOLS.map((s) => (
          <li key={s.kind}>
            <MapSymbol kind={s.kind} />
            <span>{s.text}</span>
          </li>
        ))}
      </ul>
      {coloured.length > 0 && (
        <>
          <h3>Sides</h3>
          <ul className="legend-sides">
            {coloured.map((s) => (
              <li key={s.id}>
                <span className="swatch" style={{ background: s.color }} aria-hidden="true" />
                {s.name}
              </li>
            ))}
            {others > 0 && (
              <li>
                <span
                  className="swatch"
                  style={{ background: OTHER_SIDE_COLOR }}
                  aria-hidden="true"
                />
                {`${others} other ${others === 1 ? 'side' : 'sides'} (fewer items)`}
              </li>
            )}
          </ul>
          <p className="muted">An actor’s dots are a shade of its side’s colour.</p>
        </>
      )}
    </details>
  );
});
