import { describe, expect, it } from 'vitest';
import { ingestContext, ingestText } from '../../tests/fixtures/ingest';

const mentions = async (text: string) => {
  const ctx = await ingestContext();
  return ctx.actors
    .findMentions(text, { start: 0, end: text.length })
    .map((m) => `${m.text}=${m.actorId}`);
};

describe('actor registry matching', () => {
  it('maps registry names, aliases, demonyms and titles to actors', async () => {
    expect(
      await mentions(
        'Russia’s Foreign Ministry and the Turkish delegation met President Putin and Hay’at Tahrir al-Sham.',
      ),
    ).toEqual([
      'Russia’s Foreign Ministry=ru-foreign-ministry',
      'Turkish delegation=turkey',
      'President Putin=putin',
      'Hay’at Tahrir al-Sham=hts',
    ]);
  });
  it('derives the institutions of any state from its name or demonym', async () => {
    expect(
      await mentions('The Kazakh Foreign Ministry, the Malian army and Ukraine’s Air Force'),
    ).toEqual([
      'Kazakh Foreign Ministry=kz-foreign-ministry',
      'Malian army=ml-armed-forces',
      'Ukraine’s Air Force=ua-air-force',
    ]);
  });
  it('makes an office and its holder on the report date one actor, and only for the holder’s title', async () => {
    const ids = async (text: string) =>
      (await ingestText(text)).collection.actors.map((a) => a.id).sort();
    // March 2020: "the Russian President" is Vladimir Putin.
    expect(
      await ids(
        'date 2020-03-05\nThe Russian President spoke with Erdogan by phone. Vladimir Putin said the talks were useful.',
      ),
    ).toEqual(expect.arrayContaining(['putin', 'erdogan']));
    expect(
      await ids(
        'date 2020-03-05\nThe Russian President spoke with the Turkish President by phone.',
      ),
    ).not.toContain('ru-president');
    // 2010: the president was someone else; the office stays an actor of its own.
    expect(
      await ids(
        'date 2010-03-05\nThe Russian President spoke with the Turkish President by phone.',
      ),
    ).toEqual(expect.arrayContaining(['ru-president', 'tr-president']));
    // Another title the derived office answers to names someone else.
    expect(
      await ids('date 2020-03-05\nThe Russian Prime Minister met the Turkish President in Ankara.'),
    ).toEqual(expect.arrayContaining(['ru-president', 'erdogan']));
  });
  it('records people and organisations the registry does not know, marked unregistered', async () => {
    const { collection } = await ingestText(
      'date 2022-08-28\nCommander Khalifa Haftar did not comment, the Joint Operations Command said. ADF rebels advanced.',
    );
    const unregistered = collection.actors
      .filter((a) => a.registered === false)
      .map((a) => `${a.name}:${a.kind}`);
    expect(unregistered).toEqual(
      expect.arrayContaining([
        'Khalifa Haftar:person',
        'Joint Operations Command:organisation',
        'ADF:armed_group',
      ]),
    );
  });
});
