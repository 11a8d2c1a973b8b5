import { describe, expect, it } from 'vitest';
import { ingestText } from '../../../tests/fixtures/ingest';
import { findGenericParties, GENERIC_PARTIES } from './generic-parties';

describe('generic armed parties (one row each)', () => {
  it.each(GENERIC_PARTIES.map((p) => [p.name, p.example]))('%s: %s', async (name, example) => {
    const { collection } = await ingestText(`date 2024-03-06\n${example}`);
    const id = collection.actors.find((a) => a.name === name)?.id;
    expect(id, example).toBeDefined();
    const parties = collection.features.flatMap((f) =>
      f.properties.kind === 'event' ? f.properties.actors.map((a) => a.id) : [],
    );
    expect(parties, example).toContain(id);
  });

  it('leaves references and named parties to the actor finder', () => {
    const found = (t: string) => findGenericParties(t, 0, t.length).map((g) => g.party.name);
    expect(found('The rebels withdrew.')).toEqual([]);
    expect(found('Houthi rebels fired missiles.')).toEqual([]);
    expect(found('Pro-government militias and Iran-backed militias moved in.')).toEqual([]);
    expect(found('Fighting between rebels and the army.')).toEqual(['rebels']);
    expect(found('Militants of Hayat Tahrir al-Sham shelled Aleppo.')).toEqual([]);
    expect(found('Russian aircraft struck the advancing militants.')).toEqual([]);
  });

  it('takes a party named with a word of doubt before it', () => {
    const found = (t: string) => findGenericParties(t, 0, t.length).map((g) => g.party.name);
    expect(found('OUAGADOUGOU (Reuters) - Suspected jihadists killed 100 soldiers.')).toEqual([
      'jihadists',
    ]);
    expect(found('Villagers said alleged bandits took the cattle.')).toEqual(['bandits']);
  });

  it('takes a party described by its creed, and never makes it the group its own sentence fights', async () => {
    const found = (t: string) => findGenericParties(t, 0, t.length).map((g) => g.party.name);
    expect(found('Separatist rebels attacked Kidal on Monday.')).toEqual(['rebels']);
    const { collection } = await ingestText(
      'date 2024-07-30\nTuareg separatist rebels said Monday they had killed dozens of Malian soldiers and Russian Wagner mercenaries in fighting near Kidal.',
    );
    expect(collection.actors.map((a) => a.id)).not.toContain('x-separatist');
    const event = collection.features.find((f) => f.properties.kind === 'event');
    expect(event?.properties.kind === 'event' && event.properties.actors).toEqual([
      { id: 'x-rebels', role: 'initiator' },
      { id: 'ml-armed-forces', role: 'target' },
      { id: 'wagner', role: 'target' },
    ]);
  });

  it('never makes a party on another side ("allied militias") the group named before', async () => {
    const { collection } = await ingestText(
      'date 2024-02-08\nM23 rebels seized Shasha on Wednesday. Fighting has intensified around Sake, where Congolese troops and allied militias are trying to hold the line.',
    );
    const ids = collection.features.flatMap((f) =>
      f.properties.kind === 'event' && f.properties.placeId === 'sake'
        ? f.properties.actors.map((a) => a.id)
        : [],
    );
    expect(ids).toContain('x-militias');
    expect(ids).not.toContain('m23');
  });
});
