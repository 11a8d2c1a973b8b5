import { describe, expect, it } from 'vitest';
import { ingestText } from '../../tests/fixtures/ingest';
import { EVENT_TYPES, OTHER_ACTION } from './event-types';
import { EVENT_TYPE_INFO } from '../model/event-types';

describe('event types (each example gives an event of its type)', () => {
  it.each([...EVENT_TYPES, OTHER_ACTION].flatMap((t) => t.examples.map((e) => [t.type, e])))(
    '%s: %s',
    async (type, example) => {
      const { collection } = await ingestText(`date 2024-03-06\n${example}`);
      const types = collection.features.flatMap((f) =>
        f.properties.kind === 'event' ? [f.properties.type] : [],
      );
      expect(types).toContain(type);
    },
  );
});

describe('event type names', () => {
  it('has a readable name and a gloss for every type the ingest makes', () => {
    for (const t of [...EVENT_TYPES, OTHER_ACTION]) {
      expect(EVENT_TYPE_INFO[t.type]?.name, t.type).toBeTruthy();
      expect(EVENT_TYPE_INFO[t.type]?.gloss, t.type).toBeTruthy();
    }
  });
});
