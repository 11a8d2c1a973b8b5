import { describe, expect, it } from 'vitest';
import { ingestText } from '../../../tests/fixtures/ingest';
import { SPEECH_VERBS } from './speech-verbs';

describe('speech verbs (one row each)', () => {
  it.each(SPEECH_VERBS.map((r) => [r.form, r.example, r.speaker]))(
    '"%s": %s',
    async (form, example, speaker) => {
      const { collection } = await ingestText(`date 2020-03-02\n${example}`);
      const speakers = collection.features.flatMap((f) =>
        f.properties.kind === 'statement' ? [f.properties.speaker] : [],
      );
      expect(speakers, `${form}: ${example}`).toContain(speaker);
    },
  );

  it('reads a form as a verb only where what follows makes it one', async () => {
    const { collection } = await ingestText(
      'date 2024-01-16\nFighting displaced thousands in Rakhine and Chin states, according to the United Nations.',
    );
    expect(collection.actors.map((a) => a.id)).toEqual(['un']);
    // A state of emergency declared is an act, not a saying.
    const declared = await ingestText(
      'date 2024-03-05\nThe Turkish government declared a 72-hour state of emergency in Hatay on Sunday.',
    );
    expect(declared.collection.features.map((f) => f.properties.kind)).not.toContain('statement');
  });

  it('reads no saying where the text says none was made', async () => {
    const { collection } = await ingestText(
      'date 2025-01-28\nRuto called a summit in Nairobi. Congolese President Felix Tshisekedi has not said whether he will attend.',
    );
    expect(collection.features.map((f) => f.properties.kind)).not.toContain('statement');
    const declined = await ingestText(
      'date 2025-01-28\nThe army declined to say how many soldiers were killed in Goma.',
    );
    expect(declined.collection.features.map((f) => f.properties.kind)).not.toContain('statement');
  });

  it('reads "we call on" as a saying only after "We", and as the body of the statement it is in', async () => {
    const speakers = async (text: string) =>
      (await ingestText(text)).collection.features.flatMap((f) =>
        f.properties.kind === 'statement' ? [f.properties.speaker] : [],
      );
    expect(
      await speakers('date 2024-02-08\nErdogan plans to call on Putin in Sochi next week.'),
    ).toEqual([]);
    // With no statement's title, "we" is nobody the text names.
    expect(
      await speakers(
        'date 2024-02-08\nClashes hit Idlib. We call on both sides to halt the shelling of Idlib.',
      ),
    ).toEqual([]);
  });

  it('reads "According to" opening a sentence, and no capitalised "Said" for the verb', async () => {
    const speakers = async (text: string) =>
      (await ingestText(text)).collection.features.flatMap((f) =>
        f.properties.kind === 'statement' ? [f.properties.speaker] : [],
      );
    expect(
      await speakers(
        'date 2024-02-08\nAccording to the UN refugee agency UNHCR, some 135,000 people have fled Masisi since 2 February.',
      ),
    ).toEqual(['unhcr']);
    expect(await speakers('date 2024-02-08\nSaid Ahmed fled Masisi on Monday.')).toEqual([]);
  });

  it('has one row per form', () => {
    const forms = SPEECH_VERBS.map((r) => r.form);
    expect(new Set(forms).size).toBe(forms.length);
  });
});
