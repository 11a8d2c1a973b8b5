import { describe, expect, it } from 'vitest';
import { ingestText } from '../../tests/fixtures/ingest';
import { CASUALTY_REPORTS, EVENT_TYPES, OTHER_ACTION } from './event-types';
import { EVENT_TYPE_INFO } from '../model/event-types';

describe('event types (each example gives an event of its type)', () => {
  it.each(
    [...EVENT_TYPES, OTHER_ACTION, ...CASUALTY_REPORTS].flatMap((t) =>
      t.examples.map((e) => [t.type, e]),
    ),
  )('%s: %s', async (type, example) => {
    const { collection } = await ingestText(`date 2024-03-06\n${example}`);
    const types = collection.features.flatMap((f) =>
      f.properties.kind === 'event' ? [f.properties.type] : [],
    );
    expect(types).toContain(type);
  });
});

describe('trigger strength (each weak example gives an event typed by a weak trigger)', () => {
  const eventsOf = async (sentence: string) => {
    const { collection } = await ingestText(`date 2024-03-06\n${sentence}`);
    return collection.features.flatMap((f) =>
      f.properties.kind === 'event' ? [f.properties] : [],
    );
  };
  it.each(EVENT_TYPES.flatMap((t) => (t.weak?.examples ?? []).map((e) => [t.type, e])))(
    '%s: %s',
    async (type, example) => {
      const events = await eventsOf(example);
      expect(events.find((e) => e.type === type)?.typeTrigger).toBe('weak');
    },
  );
  it.each(
    EVENT_TYPES.flatMap((t) =>
      t.examples
        .filter((e) => !e.split(/\W+/).some((w) => t.weak?.words.test(w)))
        .map((e) => [t.type, e]),
    ),
  )('%s, strong: %s', async (type, example) => {
    const events = await eventsOf(example);
    expect(events.find((e) => e.type === type)?.typeTrigger).toBe('strong');
  });
  it('types an event found by its form alone as weak', async () => {
    const [event] = await eventsOf(OTHER_ACTION.examples[0]);
    expect(event).toMatchObject({ type: 'OTHER', typeTrigger: 'weak' });
  });
});

describe('event type names', () => {
  it('has a readable name and a gloss for every type the ingest makes', () => {
    for (const t of [...EVENT_TYPES, OTHER_ACTION]) {
      expect(EVENT_TYPE_INFO[t.type]?.name, t.type).toBeTruthy();
      expect(EVENT_TYPE_INFO[t.type]?.gloss, t.type).toBeTruthy();
    }
  });
});
