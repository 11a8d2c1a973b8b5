import { describe, expect, it } from 'vitest';
import { EVENT_TYPES, OTHER_ACTION } from '../ingest/event-types';
import { ACLED_RULES, ACLED_SUB_EVENT_TYPES, acledCoding, NOT_ACLED_TYPES } from './acled';
import { EVENT_TYPE_INFO } from './event-types';
import { FATALITY_PATTERNS, fatalitiesIn } from './fatalities';

describe('ACLED coding (each row’s example gets that row’s coding)', () => {
  it.each(ACLED_RULES.map((r) => [`${r.type} → ${r.subEventType}`, r] as const))('%s', (_n, r) => {
    expect(acledCoding(r.example)).toEqual({
      eventType: r.eventType,
      subEventType: r.subEventType,
    });
  });

  it('uses only ACLED’s published event types and sub-event types', () => {
    expect(Object.keys(ACLED_SUB_EVENT_TYPES)).toEqual([
      'Battles',
      'Explosions/Remote violence',
      'Violence against civilians',
      'Protests',
      'Riots',
      'Strategic developments',
    ]);
    expect(Object.values(ACLED_SUB_EVENT_TYPES).flat()).toHaveLength(25);
    for (const r of ACLED_RULES)
      expect(['', ...ACLED_SUB_EVENT_TYPES[r.eventType]]).toContain(r.subEventType);
  });

  it('codes every type of ours or says ACLED codes no such event', () => {
    for (const t of [...EVENT_TYPES, OTHER_ACTION].map((x) => x.type).concat('SAID')) {
      const mapped = ACLED_RULES.some((r) => r.type === t);
      expect(mapped !== NOT_ACLED_TYPES.includes(t), t).toBe(true);
      expect(EVENT_TYPE_INFO[t], t).toBeTruthy();
    }
    expect(
      acledCoding({ type: 'CONSULT', quote: 'They met in Ankara.', actorKinds: [] }),
    ).toBeNull();
  });

  it('codes bare "strikes" as remote violence without guessing its kind, and gunfire as a clash', () => {
    const code = (quote: string) => acledCoding({ type: 'FIGHT', quote, actorKinds: ['state'] });
    expect(code('Russian strikes hit Kharkiv overnight.')).toEqual({
      eventType: 'Explosions/Remote violence',
      subEventType: '',
    });
    expect(code('Russian air strikes hit Kharkiv overnight.')?.subEventType).toBe(
      'Air/drone strike',
    );
    expect(code('Troops exchanged fire with militants near Gao.')).toEqual({
      eventType: 'Battles',
      subEventType: 'Armed clash',
    });
  });

  it('tells a government’s capture from a non-state group’s by the acting actor', () => {
    const quote = 'They captured Saraqib on Thursday.';
    expect(acledCoding({ type: 'FIGHT', quote, actorKinds: ['state'] })?.subEventType).toBe(
      'Government regains territory',
    );
    expect(acledCoding({ type: 'FIGHT', quote, actorKinds: ['armed_group'] })?.subEventType).toBe(
      'Non-state actor overtakes territory',
    );
  });
});

describe('fatalities (each pattern’s example gives its number)', () => {
  it.each(FATALITY_PATTERNS.map((p) => [p.id, p] as const))('%s', (_id, p) => {
    const f = fatalitiesIn(p.example);
    expect(f?.count).toBe(p.count);
    // The span is the words that give the number.
    expect(f && f.end > f.start).toBe(true);
  });

  it('reads digits with commas and number words, and gives none for vague counts', () => {
    expect(fatalitiesIn('The bombing killed 1,200 people.')?.count).toBe(1200);
    expect(fatalitiesIn('Twelve soldiers were killed near Bakhmut.')?.count).toBe(12);
    expect(fatalitiesIn('Dozens of people were killed.')).toBeNull();
    expect(fatalitiesIn('Talks were held in Ankara.')).toBeNull();
    // Where the toll grows through the text, the largest figure.
    expect(fatalitiesIn('The attack killed 12; by evening the death toll rose to 19.')?.count).toBe(
      19,
    );
  });
});
