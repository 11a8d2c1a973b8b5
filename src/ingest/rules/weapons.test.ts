import { describe, expect, it } from 'vitest';
import { ingestText } from '../../../tests/fixtures/ingest';
import { WEAPONS } from './weapons';

describe('weapons are no parties (one row each)', () => {
  it.each(WEAPONS.map((w) => [w.names[0], w]))('%s', async (_name, row) => {
    const { collection } = await ingestText(`date 2024-11-21\n${row.example}`);
    const names = collection.actors.map((a) => a.name);
    for (const n of row.names) expect(names, row.example).not.toContain(n);
  });
});
