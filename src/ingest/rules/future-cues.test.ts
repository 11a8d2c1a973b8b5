import { describe, expect, it } from 'vitest';
import { findDates } from '../dates';
import { FUTURE_CUES } from './future-cues';

describe('words of a coming event (one row each)', () => {
  it.each(FUTURE_CUES.map((c) => [c.words, c.example]))('%s', (_words, example) => {
    const found = findDates(example.text, { start: 0, end: example.text.length }, example.dateline);
    expect(found[0]?.date, example.text).toBe(example.date);
  });

  it('leaves a past clause, a base form after "to" and a noun in the past', () => {
    const at = (text: string) =>
      findDates(text, { start: 0, end: text.length }, '1998-03-04').map((d) => d.date);
    expect(at('Shares closed Tuesday at $5.')).toEqual(['1998-03-03']);
    expect(at('The ministers agreed to meet on Monday.')).toEqual(['1998-03-02']);
    expect(at('The strike that began Monday ended on Tuesday.')).toEqual([
      '1998-03-02',
      '1998-03-03',
    ]);
    // A day's possessive names a day that has been, unless what it names is ahead.
    expect(at("The UN condemned Monday's attack.")).toEqual(['1998-03-02']);
    expect(at("Ahead of Friday's talks, the envoy met rebels.")).toEqual(['1998-03-06']);
    expect(at("Negotiators hope to reach a deal before Sunday's deadline.")).toEqual([
      '1998-03-08',
    ]);
    expect(at("Troops withdrew before Sunday's vote.")).toEqual(['1998-03-01']);
    expect(at('Fighting continued until Sunday.')).toEqual(['1998-03-01']);
    // A span's word right before the date only: "swept through Aleppo on Sunday" is past.
    expect(at('The rebels swept through Aleppo on Sunday.')).toEqual(['1998-03-01']);
    expect(at('Fighting erupted starting Sunday.')).toEqual(['1998-03-01']);
    expect(at('The curfew was extended until Sunday.')).toEqual(['1998-03-08']);
    expect(at('Protesters marched to the open market on Sunday.')).toEqual(['1998-03-01']);
    // The month is no modal "may".
    expect(at('KHARTOUM, March 4 (Reuters) - Fighting spread on Monday.')).toEqual([
      '1998-03-04',
      '1998-03-02',
    ]);
    expect(at('KHARTOUM, May 4 (Reuters) - Fighting spread on Monday.')[1]).toBe('1998-03-02');
    expect(at('On 4 May fighting spread to the town on Monday.')[1]).toBe('1998-03-02');
    expect(at('Talks may resume on Monday.')).toEqual(['1998-03-09']);
    // "moved to" a place is no postponement.
    expect(at('In December, fighting moved to the industrial zone.')).toEqual(['1997-12-01']);
  });

  it('reads a clause with no verb of its own in the tense of the clause before its comma', () => {
    const at = (text: string) =>
      findDates(text, { start: 0, end: text.length }, '1998-03-04').map((d) => d.date);
    expect(at('The envoy is scheduled to land in Amman, his first stop Friday morning.')).toEqual([
      '1998-03-06',
    ]);
    expect(at('The envoy landed in Amman, his first stop Friday morning.')).toEqual(['1998-02-27']);
    // A clause with a verb keeps its own tense; a phrase that opens the sentence lends none.
    expect(at('Talks will resume, the envoy said Friday.')).toEqual(['1998-02-27']);
    expect(at('Just ahead of the trip, the ministry on Friday issued a warning.')).toEqual([
      '1998-02-27',
    ]);
    // An irregular verb makes a clause too: "and set Friday" is no fragment of "must be".
    expect(at('The court ruled that he must leave, and set Friday as the deadline.')).toEqual([
      '1998-02-27',
    ]);
  });
});
