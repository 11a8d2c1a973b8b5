import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ingestContext } from '../../../tests/fixtures/ingest';
import { ingestReport } from '../ingest-report';
import { UNREPORTED_TRIGGERS } from './unreported-triggers';

/** The types of the events whose quote is the example's last sentence. */
async function typesOfLastSentence(example: string, disabled: string[] = []): Promise<string[]> {
  const ctx = { ...(await ingestContext()), disabledRules: new Set(disabled) };
  const sha256 = crypto.createHash('sha256').update(example).digest('hex');
  const { collection } = ingestReport(example, { id: 'test', file: 'test.txt', sha256 }, ctx);
  const lastStart = Math.max(
    example.lastIndexOf('. ', example.length - 2) + 2,
    example.indexOf('\n') + 1,
  );
  return collection.features.flatMap((f) =>
    f.properties.kind === 'event' && f.properties.excerpt.start >= lastStart
      ? [f.properties.type]
      : [],
  );
}

describe('triggers that report no event (one row each, with and without it)', () => {
  it.each(UNREPORTED_TRIGGERS.map((r) => [r.id, r]))('%s', async (_id, rule) => {
    expect(await typesOfLastSentence(rule.example)).not.toContain(rule.type);
    // Without its row the example's last sentence would give the event: no row is there for nothing.
    expect(await typesOfLastSentence(rule.example, [rule.id])).toContain(rule.type);
  });

  it('reads an event already told opening a sentence about what it stirred as no new event', async () => {
    expect(
      await typesOfLastSentence(
        'date 2023-11-09\nThe ELN kidnapped Luis Manuel Diaz in Barrancas on Oct. 28. The kidnapping sparked protests across Colombia.',
      ),
    ).not.toContain('ASSAULT');
  });

  it('reads a deployment requested as none made', async () => {
    expect(
      await typesOfLastSentence(
        'date 2023-08-28\nGangs attacked churchgoers in Port-au-Prince on Saturday. Prime Minister Ariel Henry has requested the deployment of a foreign armed force.',
      ),
    ).not.toContain('MOBILIZE');
  });

  it('reads an agreement declared over as no agreement made', async () => {
    expect(
      await typesOfLastSentence(
        'date 2024-06-01\nIn November 2020, Moroccan troops entered the buffer zone at Guerguerat, and the Polisario declared the ceasefire over.',
      ),
    ).not.toContain('AGREE');
  });

  it('ranks an event already told as the first in a span of time too', async () => {
    const report =
      'date 2024-11-18\nA strike on a building in central Beirut killed a Hezbollah spokesman on Sunday. It was the first strike in central Beirut in more than a month.';
    expect(await typesOfLastSentence(report)).toEqual([]);
  });
});
