import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ingestContext } from '../../../tests/fixtures/ingest';
import { ingestReport } from '../ingest-report';
import { NOT_PARTICIPANTS } from './participants';

/** The actors taking part in the example's events, with the given rows left out. */
async function participants(
  example: string,
  day: string | undefined,
  disabled: string[] = [],
): Promise<string[]> {
  const ctx = { ...(await ingestContext()), disabledRules: new Set(disabled) };
  const sha256 = crypto.createHash('sha256').update(example).digest('hex');
  const { collection } = ingestReport(example, { id: 'test', file: 'test.txt', sha256 }, ctx);
  expect(collection.features.some((f) => f.properties.kind === 'event')).toBe(true);
  return collection.features.flatMap((f) =>
    f.properties.kind === 'event' && (!day || f.properties.date === day)
      ? f.properties.actors.map((a) => a.id)
      : [],
  );
}

describe('actors that take no part in an event (one row each, with and without it)', () => {
  it.each(NOT_PARTICIPANTS.map((r) => [r.id, r]))('%s', async (_id, rule) => {
    expect(await participants(rule.example, rule.day)).not.toContain(rule.actor);
    // Without its row the example's actor would take part: no row is there for nothing.
    expect(await participants(rule.example, rule.day, [rule.id])).toContain(rule.actor);
  });
});

describe('a party of a clause after a subordinator', () => {
  it('takes no part in the event before it, whether its clause tells what it did or what it was to do', async () => {
    const example =
      'date 2025-03-10\nRussian drones struck energy facilities in the Kharkiv region overnight, officials said Monday, hours before U.S. and Ukrainian delegations were due to meet in Jeddah.';
    expect(await participants(example, '2025-03-10')).not.toContain('united-states');
  });
});

describe('a state after a place and a comma', () => {
  it('takes part as the subject of its verb ("In Kyiv, Russia launched"), not as the place holding the one before', async () => {
    expect(
      await participants('date 2024-09-20\nIn Kyiv, Russia launched drones at Kharkiv.', undefined),
    ).toEqual(['russia']);
    expect(
      await participants(
        'date 2018-03-02\nTalks took place in Paris, France, on Monday.',
        undefined,
      ),
    ).toEqual([]);
  });
});

describe('a state named across a border', () => {
  it('takes no part, after "the border with" or "bordering"', async () => {
    for (const example of [
      'date 2024-11-18\nThe Arakan Army captured a base in Rakhine state, the region bordering Bangladesh, on Sunday.',
      'date 2024-11-18\nThe Arakan Army captured a base in Maungdaw, near the border with Bangladesh, on Sunday.',
    ])
      expect(await participants(example, undefined)).toEqual(['arakan-army']);
  });
});
