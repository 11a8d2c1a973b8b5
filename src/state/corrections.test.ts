import { describe, expect, it } from 'vitest';
import { readSeedText, readSituation } from '../../tests/fixtures/seed';
import {
  applyCorrections,
  type Correction,
  correctionProblem,
  reviewKey,
  splitCorrections,
} from './corrections';
import { buildDomain } from './domain';
import { visibleItems } from './selectors';
import { NO_FILTER } from './view-filter';

const collection = readSituation();
const domain = buildDomain([{ file: 'seed', collection, text: readSeedText() }]);
const sha = collection.source.sha256;
const event = [...domain.items.values()].find((i) => i.props.kind === 'event');
if (!event) throw new Error('no event in the first report');
const key = reviewKey(sha, event);
const at = '2026-11-29T12:00:00Z';

describe('corrections', () => {
  it('keys an item by its report’s hash, its quote’s offsets and what it is', () => {
    const p = event.props;
    expect(key).toBe(
      `${sha}/${p.excerpt.start}-${p.excerpt.end}/event/${p.kind === 'event' ? p.type : ''}/${p.id}`,
    );
  });

  it('applies a corrected type, date and place over the extracted ones, keeping them', () => {
    const other = [...domain.places.keys()].find((k) => k !== event.placeKey) as string;
    const c: Correction = {
      key,
      status: 'corrected',
      type: 'ASSAULT',
      date: '2020-02-20',
      placeKey: other,
      note: 'checked with a second source',
      at,
    };
    const fixed = applyCorrections(domain, new Map([[key, c]]));
    const it = fixed.items.get(event.key);
    expect(it?.props).toMatchObject({ type: 'ASSAULT', date: '2020-02-20' });
    expect(it?.typeKey).toBe('type:ASSAULT');
    expect(it?.placeKey).toBe(other);
    expect(it?.review?.original).toEqual({
      type: event.props.kind === 'event' ? event.props.type : undefined,
      date: event.props.date,
      placeKey: event.placeKey,
    });
    expect(fixed.itemsByPlace.get(other)).toContain(it);
    // The extracted domain is not changed.
    expect(domain.items.get(event.key)).toBe(event);
  });

  it('files a rejected item under its own key, so it can be hidden', () => {
    const fixed = applyCorrections(
      domain,
      new Map([[key, { key, status: 'rejected', at } as Correction]]),
    );
    expect(fixed.items.get(event.key)?.confidenceKey).toBe('confidence:rejected');
    const shown = visibleItems(fixed, { ...NO_FILTER, hidden: new Set(['confidence:rejected']) });
    expect(shown.map((i) => i.key)).not.toContain(event.key);
  });

  it('puts an item at a gazetteer place no report names, adding the place', () => {
    const place = {
      name: 'Saraqib',
      country: 'SY',
      coordinates: [36.8, 35.86] as [number, number],
      gazetteerId: 163270,
    };
    const c: Correction = { key, status: 'corrected', place, at };
    expect(correctionProblem(c)).toBeNull();
    const fixed = applyCorrections(domain, new Map([[key, c]]));
    expect(fixed.places.get('gn163270')).toMatchObject({
      name: 'Saraqib',
      coordinates: place.coordinates,
    });
    expect(fixed.items.get(event.key)?.placeKey).toBe('gn163270');
    expect(fixed.items.get(event.key)?.review?.original.placeKey).toBe(event.placeKey);
    expect(fixed.itemsByPlace.get('gn163270')?.map((i) => i.key)).toEqual([event.key]);
    // The extracted domain is not changed.
    expect(domain.places.has('gn163270')).toBe(false);
    expect(correctionProblem({ ...c, place: { ...place, coordinates: [200, 35] } })).toMatch(
      /place/,
    );
  });

  it('keeps time order without a sort when no date changes, and re-sorts when one does', () => {
    const verified = applyCorrections(
      domain,
      new Map([[key, { key, status: 'verified', at } as Correction]]),
    );
    expect(verified.sortedItems.map((i) => i.key)).toEqual(domain.sortedItems.map((i) => i.key));
    expect(verified.sortedItems).toContain(verified.items.get(event.key));
    const moved = applyCorrections(
      domain,
      new Map([[key, { key, status: 'corrected', date: '1999-01-01', at } as Correction]]),
    );
    expect(moved.sortedItems[0].key).toBe(event.key);
  });

  it('finds nothing for a key whose quote no longer matches (another ingest of the text)', () => {
    const stale = key.replace(/\/(\d+)-/, (_m, s) => `/${Number(s) + 1}-`);
    const c = { key: stale, status: 'verified', at } as Correction;
    expect(applyCorrections(domain, new Map([[stale, c]]))).toBe(domain);
  });

  it('tells reviews that can change what is one event from those that cannot', () => {
    const all = new Map<string, Correction>([
      ['a', { key: 'a', status: 'verified', note: 'seen', at }],
      ['b', { key: 'b', status: 'corrected', fatalities: 3, at }],
      ['c', { key: 'c', status: 'rejected', at }],
      ['d', { key: 'd', status: 'separate', at }],
      ['e', { key: 'e', status: 'corrected', date: '2020-02-20', at }],
    ]);
    const { grouping, rest, signature } = splitCorrections(all);
    expect([...grouping.keys()].sort()).toEqual(['c', 'd', 'e']);
    expect([...rest.keys()].sort()).toEqual(['a', 'b']);
    // A new verification leaves the grouping signature as it was; a new rejection does not.
    all.set('f', { key: 'f', status: 'verified', at });
    expect(splitCorrections(all).signature).toBe(signature);
    all.set('g', { key: 'g', status: 'rejected', at });
    expect(splitCorrections(all).signature).not.toBe(signature);
  });

  it('names what is wrong with a stored or imported correction', () => {
    expect(correctionProblem({ key, status: 'verified', at })).toBeNull();
    expect(correctionProblem({ key, status: 'maybe' })).toBe('no status');
    expect(correctionProblem({ key, status: 'corrected', date: '2020-02-30' })).toMatch(/real day/);
    expect(correctionProblem({ key, status: 'corrected', fatalities: -1 })).toMatch(/whole number/);
    expect(correctionProblem(null)).toBe('not an object');
  });
});

describe('corrections in exports', () => {
  it('go out in GeoJSON (beside the extracted values) and CSV, and come back from the export', async () => {
    const { exportSituation, splitSituationExport } = await import('../export/export-situation');
    const { exportCsv, CSV_COLUMNS } = await import('../export/export-tables');
    const c: Correction = {
      key,
      status: 'corrected',
      type: 'ASSAULT',
      fatalities: 4,
      note: 'second source',
      at,
    };
    const fixed = applyCorrections(domain, new Map([[key, c]]));
    const items = visibleItems(fixed, NO_FILTER);
    const data = JSON.parse(JSON.stringify(exportSituation(fixed, items, NO_FILTER)));
    expect(data.corrections).toEqual([c]);
    const f = data.features.find(
      (g: { properties: { id: string } }) => g.properties.id === event.props.id,
    );
    // The extracted type stays in the item; the review carries the correction and the original.
    expect(f.properties.type).toBe(event.props.kind === 'event' ? event.props.type : undefined);
    expect(f.properties.review).toMatchObject({
      status: 'corrected',
      type: 'ASSAULT',
      note: 'second source',
    });
    for (const part of splitSituationExport(data))
      for (const g of part.collection.features)
        expect(Object.keys(g.properties)).not.toContain('review');
    const row = exportCsv(fixed, [fixed.items.get(event.key) as (typeof items)[number]])
      .trim()
      .split('\r\n')[1];
    expect(row).toContain(',ASSAULT,analyst correction,');
    expect(row).toContain(',corrected,second source,type ');
    expect(CSV_COLUMNS).toContain('original_values');
  });
});
