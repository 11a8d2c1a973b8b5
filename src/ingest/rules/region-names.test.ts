import { describe, expect, it } from 'vitest';
import { ingestContext } from '../../../tests/fixtures/ingest';
import { nameKey } from '../gazetteer';
import { REGION_NAMES } from './region-names';

describe('other names of first-level regions (every row finds its region)', () => {
  it.each(REGION_NAMES.flatMap(([code, ...names]) => names.map((n) => [n, code])))(
    '%s is a region of %s',
    async (name, code) => {
      const { gazetteer } = await ingestContext();
      const regions = gazetteer
        .lookup(nameKey(name))
        .filter((e) => e.featureCode === 'ADM1' && e.country === code.slice(0, 2));
      expect(regions).toHaveLength(1);
    },
  );
});
