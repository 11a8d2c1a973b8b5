import { describe, expect, it } from 'vitest';
import { ingestText } from '../../../tests/fixtures/ingest';
import { NAME_CONTEXTS } from './surname-or-organisation';

describe('a surname that is also an organisation (one row each)', () => {
  it.each(NAME_CONTEXTS.map((r) => [r.id, r.reading, r.example]))(
    '%s: %s',
    async (_id, reading, example) => {
      const { collection } = await ingestText(`date 2024-03-06\n${example}`);
      // The last "Wagner" of the example is the one its row reads.
      const at = example.lastIndexOf('Wagner') + 'date 2024-03-06\n'.length;
      const who = collection.features.flatMap((f) => {
        const p = f.properties;
        if (p.kind === 'place' || p.excerpt.start > at || p.excerpt.end < at) return [];
        return p.kind === 'statement' ? [p.speaker] : p.actors.map((a) => a.id);
      });
      if (reading === 'organisation') expect(who, example).toContain('wagner');
      else {
        expect(who, example).not.toContain('wagner');
        const person = collection.actors.find((a) => who.includes(a.id) && a.kind === 'person');
        expect(person?.name, example).toMatch(/Wagner$/);
      }
    },
  );

  it('leaves the organisation alone where no context names a person', async () => {
    const { collection } = await ingestText(
      'date 2024-03-06\nWagner attacked the village of Moura in Mali on Sunday.',
    );
    expect(collection.actors.map((a) => a.id)).toContain('wagner');
  });
});
