import { describe, expect, it } from 'vitest';
import { ingestText } from '../../tests/fixtures/ingest';

/** Places the ingest puts on the map for a text: `name/country` and how they were named. */
async function places(text: string): Promise<string[]> {
  const { collection } = await ingestText(text);
  return collection.features
    .filter((f) => f.properties.kind === 'place' && f.properties.location.basis === 'explicit')
    .map((f) =>
      f.properties.kind === 'place' ? `${f.properties.name}/${f.properties.country}` : '',
    );
}

describe('place recognition and resolution', () => {
  it('handles transliteration variants through GeoNames alternate names and spelling skeletons', async () => {
    expect(await places('date 2020-03-02\nShelling hit Idleb and Halab on Monday.')).toEqual([
      'Idlib/SY',
      'Aleppo/SY',
    ]);
    expect(await places('date 2024-01-12\nStrikes hit the port of Hodeidah in Yemen.')).toEqual([
      'Al Hudaydah/YE',
      'Yemen/YE',
    ]);
  });

  it('chooses between same-named places by the other places and actors of the report', async () => {
    expect(
      await places(
        'date 2022-08-28\nClashes broke out in Tripoli on Saturday. Convoys from Misrata entered the city.',
      ),
    ).toEqual(['Tripoli/LY', 'Misratah/LY']);
    expect(
      await places(
        'date 2023-10-16\nHezbollah fired at the border. In the northern city of Tripoli, thousands rallied, and the Lebanese army deployed in Beirut.',
      ),
    ).toEqual(['Tripoli/LB', 'Beirut/LB']);
  });

  it('takes no demonyms, weekdays, months or people for places', async () => {
    expect(
      await places(
        'date 2020-03-02\nTurkish troops and President Vladimir Putin met on Thursday in May with Jordan Peterson.',
      ),
    ).toEqual([]);
  });

  it('does not take a place inside the name of talks or a conference, but takes the venue', async () => {
    expect(
      await places(
        'date 2023-06-21\nThe Astana talks opened in Astana on Tuesday, while Zelensky spoke at the Munich Security Conference.',
      ),
    ).toEqual(['Astana/KZ']);
  });

  it('takes a country as a place only where something is in it, and a capital as an actor when it acts', async () => {
    expect(
      await places(
        'date 2020-03-02\nRussia and Turkey agreed. Troops were sent into Syria. Moscow calls on Ankara to stop.',
      ),
    ).toEqual(['Syria/SY']);
  });
});
