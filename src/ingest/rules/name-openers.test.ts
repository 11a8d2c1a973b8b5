import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ingestContext } from '../../../tests/fixtures/ingest';
import { ingestReport } from '../ingest-report';
import { NAME_OPENERS } from './name-openers';

describe('words that open a longer place name (one row each)', () => {
  it.each(NAME_OPENERS.map((r) => [r.words.slice(0, 3).join(', '), r]))(
    '%s …',
    async (_words, row) => {
      const { text, notState, country } = row.example;
      const sha256 = crypto.createHash('sha256').update(text).digest('hex');
      const { collection } = ingestReport(
        text,
        { id: 'test', file: 'test.txt', sha256 },
        await ingestContext(),
      );
      // Neither a party nor a place of the report: the name is another place's.
      expect(collection.actors.map((a) => a.id)).not.toContain(notState);
      const places = collection.features.flatMap((f) =>
        f.properties.kind === 'place' ? [f.properties.country] : [],
      );
      expect(places).not.toContain(country);
    },
  );
});
