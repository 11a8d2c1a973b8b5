import { describe, expect, it } from 'vitest';
import { CONFIDENCE_RULES, confidenceKeyOf, confidenceOf, type ItemEvidence } from './confidence';

/** An event with the best evidence: named place in its quote, registered actors, a stated day. */
const SOLID: ItemEvidence = {
  kind: 'event',
  placeFrom: 'quote',
  placeBasis: 'explicit',
  registeredActors: 2,
  unregisteredActors: 0,
  date: '2020-02-27',
  dateBasis: 'explicit',
  datePrecision: 'day',
  typeTrigger: 'strong',
};

describe('confidence rules (each example is the case its rule exists for)', () => {
  it.each(CONFIDENCE_RULES.map((r) => [r.id, r] as const))('%s', (_id, rule) => {
    const e = { ...SOLID, ...rule.example };
    expect(rule.applies(e)).toBe(true);
    expect(confidenceOf(e).reasons).toContain(rule.reason);
  });
});

describe('confidenceOf', () => {
  it('rates the best evidence high, with what supports it', () => {
    expect(confidenceOf(SOLID)).toEqual({
      level: 'high',
      reasons: [
        'place named in the quote',
        'actors in the registry',
        'date given in the text',
        'type from a word that names it ("shelled", "signed")',
      ],
    });
  });

  it('lowers it with each doubt, and lists the doubts first', () => {
    const dateline = {
      ...SOLID,
      dateBasis: 'dateline' as const,
      datePrecision: 'on-or-before' as const,
    };
    expect(confidenceOf(dateline).level).toBe('high');
    const seatAndDateline = { ...dateline, placeFrom: 'seat' as const };
    const c = confidenceOf(seatAndDateline);
    expect(c.level).toBe('medium');
    expect(c.reasons.slice(0, 2)).toEqual([
      'placed where its actor sits (a capital or seat), not where the text puts it',
      'date taken from the report’s dateline: the text gives none',
    ]);
    const shaky = {
      ...SOLID,
      placeBasis: 'inferred' as const,
      placeFrom: 'context' as const,
      date: null,
      typeTrigger: 'weak' as const,
    };
    expect(confidenceOf(shaky).level).toBe('low');
  });

  it('gives the key an analyst hides a level by', () => {
    expect(confidenceKeyOf('low')).toBe('confidence:low');
  });
});
