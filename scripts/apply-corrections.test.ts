import { describe, expect, it } from 'vitest';
import type { Correction } from '../src/state/corrections';
import { mergeCorrections } from './apply-corrections';

const sha = 'a'.repeat(64);
const c = (id: string, at: string, note = ''): Correction => ({
  key: `${sha}/10-50/event/FIGHT/${id}`,
  status: 'corrected',
  note,
  at,
});

describe('apply-corrections', () => {
  it('adds the reviews of exports to the shared list, the newest review of an item winning', () => {
    const shared = [c('ev-1', '2026-01-01T00:00:00Z', 'old')];
    const merged = mergeCorrections(
      shared,
      [
        {
          file: 'a.geojson',
          data: {
            corrections: [
              c('ev-1', '2026-02-01T00:00:00Z', 'new'),
              c('ev-2', '2026-02-01T00:00:00Z'),
            ],
          },
        },
        { file: 'b.geojson', data: { corrections: [c('ev-1', '2025-12-01T00:00:00Z', 'older')] } },
      ],
      new Set([sha]),
    );
    expect(merged.map((x) => [x.key.split('/').at(-1), x.note])).toEqual([
      ['ev-1', 'new'],
      ['ev-2', ''],
    ]);
  });

  it('refuses, naming the file, a correction that is broken or of a report not in geo/', () => {
    expect(() => mergeCorrections([], [{ file: 'x.geojson', data: {} }], new Set([sha]))).toThrow(
      /^x\.geojson: no corrections list/,
    );
    expect(() =>
      mergeCorrections(
        [],
        [{ file: 'x.geojson', data: { corrections: [{ ...c('ev-1', 'x'), date: '2020-02-31' }] } }],
        new Set([sha]),
      ),
    ).toThrow(/^x\.geojson: correction #0: date "2020-02-31" is not a real day/);
    expect(() =>
      mergeCorrections(
        [],
        [{ file: 'x.geojson', data: { corrections: [c('ev-1', 'x')] } }],
        new Set(),
      ),
    ).toThrow(/not in geo\//);
  });
});
