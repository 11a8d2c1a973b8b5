import { describe, expect, it } from 'vitest';
import { COURTESIES, isCourtesy } from './courtesies';

describe('courtesies to the room (one row each)', () => {
  it.each(COURTESIES.map((c) => [c.words, c.example]))('%s', (_words, example) => {
    expect(isCourtesy(example)).toBe(true);
  });

  it('leaves a sentence that says something after its greeting or thanks', () => {
    expect(isCourtesy('MR MILLER: Good afternoon. We have seen those reports.')).toBe(false);
    expect(isCourtesy('Thank you for the question; the strikes must stop.')).toBe(false);
    expect(isCourtesy('We thank Kenya for leading the mission.')).toBe(false);
    expect(isCourtesy('Okay, the troops will deploy next week.')).toBe(false);
  });
});
