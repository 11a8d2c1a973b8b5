import { describe, expect, it } from 'vitest';
import { ingestText } from '../../../tests/fixtures/ingest';
import { INSTITUTIONS_BY_DESCRIPTION } from './institutions';

/** The country each example is about, by the capital it opens with. */
const COUNTRY_OF: Record<string, string> = {
  Bamako: 'Mali',
  Niamey: 'Niger',
  Abuja: 'Nigeria',
  Khartoum: 'Sudan',
  Kinshasa: 'Democratic Republic of the Congo',
  Dakar: 'Senegal',
  'Port-au-Prince': 'Haiti',
};

describe('institutions named by description (one row each)', () => {
  it.each(INSTITUTIONS_BY_DESCRIPTION.map((r) => [r.name, r.example]))(
    '%s: %s',
    async (name, example) => {
      const { collection } = await ingestText(`date 2024-03-06\n${example}`);
      const capital = /^In ([^,]+),/.exec(example)?.[1] ?? '';
      const actor = collection.actors.find((a) => a.name === `${COUNTRY_OF[capital]} ${name}`);
      expect(actor, example).toBeDefined();
      expect(actor?.registered).toBe(false);
    },
  );
});
