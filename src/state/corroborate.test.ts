import { describe, expect, it } from 'vitest';
import { ingestText } from '../../tests/fixtures/ingest';
import { applyCorrections, type Correction, reviewKey } from './corrections';
import { corroborate, MERGED_KEY } from './corroborate';
import { buildDomain, type LoadedReport } from './domain';
import { visibleItems } from './selectors';
import { NO_FILTER } from './view-filter';

async function report(id: string, text: string): Promise<LoadedReport> {
  const { collection } = await ingestText(text, id);
  collection.source.outlet = id;
  return { file: id, collection, text };
}

const A =
  'date 2020-03-06\nTurkish drones struck Syrian army positions near Saraqib on Thursday, killing 9 soldiers.';
const B =
  'date 2020-03-06\nSyrian army positions near Saraqib were hit by Turkish drones on Thursday; 19 soldiers were killed.';
const C = 'date 2020-03-06\nTurkish drones struck Syrian army positions near Saraqib on Monday.';

describe('corroborate', () => {
  it('shows one event two reports tell, with both sources, and loses no quote', async () => {
    const domain = corroborate(buildDomain([await report('wire-a', A), await report('wire-b', B)]));
    const events = [...domain.items.values()].filter((i) => i.props.kind === 'event');
    const shown = events.filter((i) => !i.mergedInto);
    expect(shown).toHaveLength(1);
    expect(shown[0].corroboration).toMatchObject({ independent: 2 });
    expect(shown[0].corroboration?.keys).toHaveLength(2);
    const merged = events.find((i) => i.mergedInto);
    expect(merged?.confidenceKey).toBe(MERGED_KEY);
    expect(merged?.props.excerpt.text).toMatch(/19 soldiers/);
    const visible = visibleItems(domain, { ...NO_FILTER, hidden: new Set([MERGED_KEY]) });
    expect(visible.filter((i) => i.props.kind === 'event')).toHaveLength(1);
  });

  it('keeps apart events on other days, and what the analyst keeps separate', async () => {
    const days = corroborate(buildDomain([await report('wire-a', A), await report('wire-c', C)]));
    expect([...days.items.values()].some((i) => i.mergedInto)).toBe(false);
    const plain = buildDomain([await report('wire-a', A), await report('wire-b', B)]);
    const member = [...corroborate(plain).items.values()].find((i) => i.mergedInto);
    if (!member) throw new Error('expected a merge');
    const sha = plain.reports.get(member.reportId)?.collection.source.sha256 as string;
    const apart = corroborate(plain, new Set([reviewKey(sha, member)]));
    expect([...apart.items.values()].some((i) => i.mergedInto)).toBe(false);
  });

  it('keeps a telling under the shown one when the analyst verifies it', async () => {
    const merged = corroborate(buildDomain([await report('wire-a', A), await report('wire-b', B)]));
    const member = [...merged.items.values()].find((i) => i.mergedInto);
    if (!member) throw new Error('expected a merge');
    const sha = merged.reports.get(member.reportId)?.collection.source.sha256 as string;
    const key = reviewKey(sha, member);
    const verified = applyCorrections(
      merged,
      new Map([[key, { key, status: 'verified', at: '2026-11-29T12:00:00Z' } as Correction]]),
    );
    const after = verified.items.get(member.key);
    expect(after?.review?.correction.status).toBe('verified');
    expect(after?.confidenceKey).toBe(MERGED_KEY);
  });
});
