import { describe, expect, it } from 'vitest';
import { ingestText } from '../../tests/fixtures/ingest';
import { EVENT_TYPES, OTHER_ACTION } from './event-types';

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
