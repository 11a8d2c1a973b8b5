import type { FilterSpecification } from 'maplibre-gl';
import type { ViewFilter } from '../state/view-filter';

/**
 * The layer filter that shows exactly the items a {@link ViewFilter} lets through, evaluated
 * by MapLibre's workers on the item features' `actorList`, `dated`, `t0`, `t1` and `search`
 * properties (see map-data.ts). The source is never rebuilt.
 */
export function itemFilterExpression(f: ViewFilter): FilterSpecification | null {
  const parts: unknown[] = [];
  for (const id of [...f.hidden].sort()) parts.push(['!', ['in', `,${id},`, ['get', 'actorList']]]);
  if (f.window) {
    const overlaps = [
      'all',
      ['<=', ['get', 't0'], f.window.to],
      ['>=', ['get', 't1'], f.window.from],
    ];
    parts.push(
      f.includeUndated
        ? ['any', ['!', ['get', 'dated']], overlaps]
        : ['all', ['get', 'dated'], overlaps],
    );
  }
  if (f.query) parts.push(['in', f.query, ['get', 'search']]);
  return parts.length === 0 ? null : (['all', ...parts] as FilterSpecification);
}
