import type { Correction } from '../state/corrections';
import { MERGED_KEY } from '../state/corroborate';
import type {
  Actor,
  PlaceProps,
  Side,
  SituationCollection,
  SituationFeature,
  SourceInfo,
} from '../model/situation';
import type { Domain, ItemView, LoadedReport } from '../state/domain';
import { isoOfDay, type ViewFilter } from '../state/view-filter';

/** Marks an export file, so the importer knows what it holds. */
export const EXPORT_KIND = 'situation-export';

/** An export: what the analyst was looking at, with every quote's report and offsets. */
export interface SituationExport {
  type: 'FeatureCollection';
  kind: typeof EXPORT_KIND;
  formatVersion: 1;
  /** The filters in force when it was made, as words. */
  view: {
    hiddenActors: string[];
    window: { from: string; to: string } | null;
    includeUndated: boolean;
    search: string;
  };
  /** Each report the items come from, with its full text: the quotes can be checked against it. */
  reports: { source: SourceInfo; text: string; sides: Side[]; actors: Actor[] }[];
  features: SituationFeature[];
  /** The analyst's reviews of the exported items (src/state/corrections.ts), for an import. */
  corrections?: Correction[];
}

/**
 * The visible items as GeoJSON: each item keeps its excerpt (the quote and its offsets) and
 * gains `reportId`, `reportSha256` and `quote`; the places they use come along. Re-importing
 * the file with {@link importSituationExport} gives back the same items.
 */
export function exportSituation(
  domain: Domain,
  items: ItemView[],
  filter: ViewFilter,
): SituationExport {
  const byReport = new Map<string, ItemView[]>();
  // An event told by several reports goes out with every telling: merging loses no quote.
  const withSources = new Map(items.map((it) => [it.key, it]));
  for (const it of items)
    for (const k of it.corroboration?.keys ?? []) {
      const other = domain.items.get(k);
      if (other && !withSources.has(k)) withSources.set(k, other);
    }
  for (const it of withSources.values()) {
    const list = byReport.get(it.reportId) ?? [];
    list.push(it);
    byReport.set(it.reportId, list);
  }
  const reports: SituationExport['reports'] = [];
  const features: SituationFeature[] = [];
  /** By key: two copies of one report (bundled and pasted) share their reviews. */
  const corrections = new Map<string, Correction>();
  for (const [reportId, list] of [...byReport.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const report = domain.reports.get(reportId) as LoadedReport;
    const c = report.collection;
    const used = new Set<string>();
    const actorIds = new Set<string>();
    for (const it of list) {
      const p = it.props;
      used.add(p.placeId);
      if (p.kind === 'event') {
        for (const id of p.alsoAt ?? []) used.add(id);
        for (const a of p.actors) actorIds.add(a.id);
      } else {
        for (const id of p.about.places) used.add(id);
        actorIds.add(p.speaker);
      }
    }
    const keep = new Map(list.map((it) => [it.props.id, it]));
    for (const f of c.features) {
      const p = f.properties;
      if (p.kind === 'place' && !used.has(p.id)) continue;
      if (p.kind !== 'place' && !keep.has(p.id)) continue;
      const confidence = p.kind === 'place' ? undefined : keep.get(p.id)?.confidence;
      const item = p.kind === 'place' ? undefined : keep.get(p.id);
      const review = item?.review;
      const extra =
        p.kind === 'place'
          ? { reportId }
          : {
              reportId,
              reportSha256: c.source.sha256,
              quote: p.excerpt.text,
              // How sure the viewer is, and why: derived, so an import recomputes it.
              confidence: confidence?.level,
              confidenceReasons: confidence?.reasons,
              // The reports that tell the same event, and under which item it is shown.
              ...(item?.corroboration
                ? {
                    sources: item.corroboration.keys,
                    independentSources: item.corroboration.independent,
                  }
                : {}),
              ...(item?.mergedInto ? { shownUnder: item.mergedInto } : {}),
              // The analyst's review, beside the extracted values (which stay as they were).
              ...(review ? { review: { ...review.correction, original: review.original } } : {}),
            };
      if (review)
        corrections.set(review.correction.key, { ...review.correction, shared: undefined });
      // Statements about events that are not exported keep only what is there.
      const props =
        p.kind === 'statement'
          ? {
              ...p,
              about: { ...p.about, events: p.about.events.filter((e) => keep.has(e)) },
              disputes: p.disputes.filter((d) => keep.has(d)),
            }
          : p;
      features.push({ ...f, properties: { ...props, ...extra } as SituationFeature['properties'] });
    }
    for (const a of c.actors) if (a.seat && actorIds.has(a.id)) used.add(a.seat);
    reports.push({
      source: c.source,
      text: report.text,
      sides: c.sides ?? [],
      actors: c.actors
        .filter((a) => actorIds.has(a.id))
        .map((a) => ({ ...a, seat: a.seat && used.has(a.seat) ? a.seat : null })),
    });
  }
  return {
    type: 'FeatureCollection',
    kind: EXPORT_KIND,
    formatVersion: 1,
    view: {
      hiddenActors: [...filter.hidden].filter((k) => k !== MERGED_KEY).sort(),
      window: filter.window
        ? { from: isoOfDay(filter.window.from), to: isoOfDay(filter.window.to) }
        : null,
      includeUndated: filter.includeUndated,
      search: filter.query,
    },
    reports,
    features,
    ...(corrections.size > 0 ? { corrections: [...corrections.values()] } : {}),
  };
}

/** Splits an export back into one situation collection per report, with its text. */
export function splitSituationExport(
  data: SituationExport,
): { collection: SituationCollection; text: string }[] {
  return data.reports.map((r) => {
    const features = data.features
      .filter((f) => (f.properties as { reportId?: string }).reportId === r.source.id)
      .map((f) => {
        const {
          reportId: _r,
          reportSha256: _s,
          quote: _q,
          confidence: _c,
          confidenceReasons: _cr,
          review: _rv,
          sources: _so,
          independentSources: _is,
          shownUnder: _su,
          ...props
        } = f.properties as SituationFeature['properties'] & {
          reportId?: string;
          reportSha256?: string;
          quote?: string;
          confidence?: string;
          confidenceReasons?: string[];
          review?: unknown;
          sources?: unknown;
          independentSources?: unknown;
          shownUnder?: unknown;
        };
        return { ...f, properties: props as SituationFeature['properties'] };
      });
    const placeIds = new Set(
      features
        .filter((f) => f.properties.kind === 'place')
        .map((f) => (f.properties as PlaceProps).id),
    );
    return {
      collection: {
        type: 'FeatureCollection',
        formatVersion: 1,
        source: r.source,
        sides: r.sides,
        actors: r.actors.map((a) => ({
          ...a,
          seat: a.seat && placeIds.has(a.seat) ? a.seat : null,
        })),
        features,
      },
      text: r.text,
    };
  });
}
