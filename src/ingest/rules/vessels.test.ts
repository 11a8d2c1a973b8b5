import { describe, expect, it } from 'vitest';
import { ingestText } from '../../../tests/fixtures/ingest';
import { VESSEL_ROWS } from './vessels';

describe('ships are no places and no parties (one row each)', () => {
  it.each(VESSEL_ROWS.map((r) => [r.ship, r]))('%s', async (_name, row) => {
    const text = `date 2024-10-14\n${row.example}`;
    const { collection } = await ingestText(text);
    const places = collection.features.flatMap((f) =>
      f.properties.kind === 'place'
        ? f.properties.mentions.map((m) => text.slice(m.start, m.end))
        : [],
    );
    expect(places, row.example).not.toContain(row.ship);
    expect(
      collection.actors.map((a) => a.name),
      row.example,
    ).not.toContain(row.ship);
  });
});
