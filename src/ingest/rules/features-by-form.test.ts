import { describe, expect, it } from 'vitest';
import { ingestText } from '../../../tests/fixtures/ingest';
import {
  destination,
  FORM_RULES,
  findFeaturesByForm,
  findOffsets,
  hasFormCue,
} from './features-by-form';

type Collection = Awaited<ReturnType<typeof ingestText>>['collection'];
/** A collection's places with their points, and its events. */
const placesOf = (c: Collection) =>
  c.features.flatMap((f) =>
    f.properties.kind === 'place' ? [{ ...f.properties, at: f.geometry.coordinates }] : [],
  );
const eventsOf = (c: Collection) =>
  c.features.flatMap((f) => (f.properties.kind === 'event' ? [f.properties] : []));

describe('places named by their form (one row each)', () => {
  it.each(FORM_RULES.map((r) => [r.kind, ...r.example]))('%s: %s', (_kind, sentence, name) => {
    expect(hasFormCue(sentence)).toBe(true);
    const found = findFeaturesByForm(sentence, { start: 0, end: sentence.length }, []);
    expect(found.map((f) => f.name)).toContain(name);
  });

  it('finds a county written with a capital and a division in lower case, but no army division', () => {
    const names = (sentence: string) =>
      findFeaturesByForm(sentence, { start: 0, end: sentence.length }, []).map((f) => f.name);
    expect(names('On 11 July, the fighting spread to Ulang County.')).toContain('Ulang');
    expect(names('Bambalang is a village in the Ngo-Ketunjia division.')).toContain('Ngo-Ketunjia');
    expect(names('Troops of the 101st Airborne Division deployed.')).not.toContain('Airborne');
  });

  it('finds displacement sites named in a list, and draws no second point for a known town measured from another', async () => {
    const sentence =
      'On 27 February, shells fell on Zaina and Mugunga displacement sites near Goma.';
    expect(
      findFeaturesByForm(sentence, { start: 0, end: sentence.length }, []).map((f) => f.name),
    ).toEqual(expect.arrayContaining(['Zaina', 'Mugunga']));
    const { collection } = await ingestText(
      'date 2024-02-29\nFighting has intensified around Sake, a town 25 km west of Goma, since 7 February.',
    );
    expect(placesOf(collection).map((p) => p.name)).toEqual(['Sake', 'Goma']);
  });

  it('finds "X, a community on the northern edge of Y", near Y', async () => {
    const { collection } = await ingestText(
      'date 2023-08-28\nGangs opened fire on a march near Port-au-Prince, Haiti, on Saturday. The shooting occurred in Canaan, a community on the northern edge of Port-au-Prince.',
    );
    const canaan = placesOf(collection).find((p) => p.name === 'Canaan');
    expect(canaan?.country).toBe('HT');
    expect(canaan?.location.precision).toBe(2);
  });

  it('takes what forces captured for a place, but not a person or a common word', async () => {
    const names = async (text: string) =>
      placesOf((await ingestText(text)).collection).map((p) => p.name);
    const report =
      'date 2024-05-14\nFighting reached El Fasher on Monday. The RSF said it had captured Kuraz overnight.';
    expect(await names(report)).toContain('Kuraz');
    const kuraz = placesOf((await ingestText(report)).collection).find((p) => p.name === 'Kuraz');
    expect(kuraz?.location.reason).toMatch(/^Not in the gazetteer/);
    expect(
      await names('date 2003-12-14\nIraqi forces captured Saddam Hussein near Tikrit.'),
    ).toEqual(['Tikrit']);
    expect(
      await names('date 2024-05-14\nProtesters stormed Parliament in Baghdad on Monday.'),
    ).toEqual(['Baghdad']);
  });

  it('takes "X town" for a town, but not a demonym, a region of a town, a name with Town or a town hall', async () => {
    const names = (text: string) =>
      findFeaturesByForm(text, { start: 0, end: text.length }, [])
        .filter((f) => f.kind === 'town')
        .map((f) => f.name);
    expect(names('The attack on Macomia town began at dawn.')).toEqual(['Macomia']);
    expect(names('In the Urals town of Pervouralsk, and in Grants Town.')).not.toContain('Urals');
    expect(names('Residents met at the Macomia town hall.')).toEqual([]);
    expect(names('The ship was struck south of the port of Mokha.')).toEqual(['Mokha']);
    const { collection } = await ingestText(
      'date 2024-05-12\nShelling hit Tbilisi and a Georgian town on Friday.',
    );
    expect(placesOf(collection).map((p) => p.name)).not.toContain('Georgian');
  });

  it('puts a village the gazetteer lacks in the region the text names with it', async () => {
    const text =
      'date 2020-02-27\nShelling hit the village of Kafr Nabudah, Hama Governorate, on Monday.';
    const { collection } = await ingestText(text);
    const place = collection.features.find(
      (f) => f.properties.kind === 'place' && f.properties.name === 'Kafr Nabudah',
    );
    expect(place?.properties).toMatchObject({
      kind: 'place',
      placeType: 'town',
      location: { basis: 'explicit', precision: 3 },
    });
    const hama = collection.features.find(
      (f) => f.properties.kind === 'place' && /Hama/.test(f.properties.name),
    );
    expect(place?.geometry.coordinates).toEqual(hama?.geometry.coordinates);
    const event = collection.features.find((f) => f.properties.kind === 'event');
    expect(event?.properties.kind === 'event' && event.properties.placeId).toBe(
      place?.properties.kind === 'place' && place.properties.id,
    );
  });

  it('reads what a site is tied to past the word of its kind ("the Nevatim air base in the Negev")', async () => {
    const { collection } = await ingestText(
      'date 2024-04-15\nIran fired missiles at Israel. A girl was wounded in southern Israel, and the Nevatim air base in the Negev desert sustained minor damage.',
    );
    const place = collection.features.find(
      (f) => f.properties.kind === 'place' && f.properties.name === 'Nevatim',
    );
    expect(place?.properties.kind === 'place' && place.properties.location.reason).toContain(
      'in Negev, which the text names with it',
    );
  });

  it('places a name measured from a known place at the distance, with the word of its kind, and draws no second point', async () => {
    const text =
      'date 2024-06-14\nOn 11 June, the RSF took control of Shagra town, 60 km north of El Fasher. Families were arriving in Tawila, about 60 km west of El Fasher.';
    const { collection } = await ingestText(text);
    const places = placesOf(collection);
    expect(places.map((p) => p.name).sort()).toEqual(['El Fasher', 'Shagra', 'Tawila']);
    expect(places.find((p) => p.name === 'Shagra')).toMatchObject({ location: { precision: 2 } });
    const fasher = places.find((p) => p.name === 'El Fasher')?.at ?? [0, 0];
    const shagra = places.find((p) => p.name === 'Shagra')?.at ?? [0, 0];
    // 60 km north: about 0.54 degrees of latitude, the same longitude.
    expect(shagra[1] - fasher[1]).toBeCloseTo(0.54, 1);
    expect(shagra[0]).toBeCloseTo(fasher[0], 5);
    const taken = eventsOf(collection).find((e) => e.excerpt.text.includes('took control'));
    expect(taken?.placeId).toBe(places.find((p) => p.name === 'Shagra')?.id);
  });

  it('draws no second point for a distance after a name the gazetteer places near where it points', async () => {
    const { collection } = await ingestText(
      'date 2025-01-28\nPeacekeepers were killed in clashes near Sake, about 25 km west of Goma, on Monday.',
    );
    expect(
      placesOf(collection)
        .map((p) => p.name)
        .sort(),
    ).toEqual(['Goma', 'Sake']);
  });

  it('places an unknown name a distance is measured from, that far the other way from the known place', async () => {
    const text =
      'date 2024-10-14\nSoldiers were killed near the town of Boulkessi in central Mali on Saturday. A local official in Douentza, about 100 km north of Boulkessi, said residents had fled.';
    const { collection } = await ingestText(text);
    const places = placesOf(collection);
    const douentza = places.find((p) => p.name === 'Douentza')?.at ?? [0, 0];
    const boulkessi = places.find((p) => p.name === 'Boulkessi');
    expect(boulkessi).toMatchObject({ country: 'ML', location: { precision: 2 } });
    // 100 km south of Douentza: about 0.9 degrees of latitude less, the same longitude.
    expect((boulkessi?.at ?? [0, 0])[1] - douentza[1]).toBeCloseTo(-0.9, 1);
    expect((boulkessi?.at ?? [0, 0])[0]).toBeCloseTo(douentza[0], 5);
    // Both of its mentions are the one place, the first too.
    const mentions = collection.features.find(
      (f) => f.properties.kind === 'place' && f.properties.name === 'Boulkessi',
    );
    expect(mentions?.properties.kind === 'place' && mentions.properties.mentions.length).toBe(2);
  });

  it('puts a town before a comma and another country’s region in that region, but not a list', async () => {
    const { collection } = await ingestText(
      'date 2024-06-14\nThe World Food Programme delivered food to 40,000 people in Tawila, North Darfur, on 10 June.',
    );
    const places = placesOf(collection);
    // Not At Tawilah, in Yemen: the gazetteer's namesake is in another country.
    expect(places.find((p) => p.name === 'Tawila')).toMatchObject({
      country: 'SD',
      location: { precision: 3 },
    });
    const list = placesOf(
      (await ingestText('date 2024-06-14\nTrips to Saipan, Guam, Alaska and Hawaii were cut.'))
        .collection,
    );
    expect(list.map((p) => p.name)).toContain('Saipan');
  });

  it('draws one point for one name placed by its form twice, where the text puts it most closely', async () => {
    const { collection } = await ingestText(
      'date 2024-04-16\nClashes killed at least 45 people in the town of Yismala in Amhara region last week. Soldiers went house to house in Yismala, about 30 km south of Bahir Dar, residents said.',
    );
    const yismala = placesOf(collection).filter((p) => p.name === 'Yismala');
    expect(yismala).toHaveLength(1);
    expect(yismala[0]).toMatchObject({ location: { precision: 2 } });
    expect(yismala[0].mentions).toHaveLength(2);
  });

  it('keeps a river the text puts near a town: a river is long', async () => {
    const { collection } = await ingestText(
      'date 2025-01-08\nFighting intensified around the dam on the Euphrates river, east of Manbij, on Wednesday.',
    );
    const euphrates = placesOf(collection).find((p) => p.name === 'Euphrates');
    expect(euphrates?.location.reason).toContain('gazetteer: Euphrates');
  });

  it('puts a locality named with its region there, and its later mentions too', async () => {
    const text =
      'date 2023-11-14\nFighting continued in Misterei, West Darfur, over the weekend. At least 800 people were killed in Misterei on 5 November. Speaking at Chatham House, Grandi said so.';
    const { collection } = await ingestText(text);
    const places = placesOf(collection);
    const misterei = places.find((p) => p.name === 'Misterei');
    const darfur = places.find((p) => p.name === 'West Darfur');
    expect(misterei).toMatchObject({ location: { precision: 3 } });
    expect(misterei?.mentions).toHaveLength(2);
    expect(misterei?.at).toEqual(darfur?.at);
    // A name after a locative and a comma, tied to no known place, is not placed.
    expect(places.map((p) => p.name)).not.toContain('Chatham House');
    const killed = eventsOf(collection).filter((e) => e.type === 'ASSAULT');
    expect(killed.map((e) => e.placeId)).toEqual([misterei?.id]);
  });

  it('places a village near the village the text ties it to, not at a namesake city', async () => {
    // Severnyy is a Russian city of 200,000: the text calls Severne a village.
    const text =
      'date 2024-02-26\nUkrainian troops withdrew from the village of Lastochkyne, west of Avdiivka, on Monday. Russian forces took control of Severne, a village near Lastochkyne, on Sunday.';
    const { collection } = await ingestText(text);
    const places = placesOf(collection);
    const severne = places.find((p) => p.name === 'Severne');
    expect(severne).toMatchObject({ country: 'UA', location: { precision: 2 } });
    expect(severne?.location.reason).toContain('near Lastochkyne');
    expect(places.map((p) => p.name)).not.toContain('Severnyy');
    const took = eventsOf(collection).filter((e) => e.date === '2024-02-25');
    expect(took.map((e) => e.placeId)).toEqual([severne?.id]);
  });

  it('places a name where the distance after it puts it, not at a namesake far from there', async () => {
    // The gazetteer's only Hlyboke is a village of Odesa Oblast, 700 km away.
    const text =
      'date 2024-05-13\nOn 11 May, the village of Hlyboke, 25 km north of Kharkiv city, came under attack. Shelling also hit Hatyshche, about 20 km north of Kharkiv.';
    const { collection } = await ingestText(text);
    const places = placesOf(collection);
    const kharkiv = places.find((p) => p.name === 'Kharkiv');
    const hlyboke = places.find((p) => p.name === 'Hlyboke');
    expect(hlyboke).toMatchObject({ country: 'UA', location: { precision: 2 } });
    expect(hlyboke?.location.reason).toMatch(/lies \d+ km from where the text puts it/);
    expect((hlyboke?.at[1] ?? 0) - (kharkiv?.at[1] ?? 0)).toBeCloseTo(25 / 111.2, 2);
    // "about" rounds the distance; the name is still tied to where it points.
    expect(places.find((p) => p.name === 'Hatyshche')?.location.precision).toBe(2);
    expect(eventsOf(collection)[0].placeId).toBe(hlyboke?.id);
  });

  it('places a name near the place the text says it is near, not at a namesake far from it', async () => {
    // The gazetteer's only Novooleksiivka lies in Kherson Oblast, about 300 km away.
    const { collection } = await ingestText(
      'date 2024-11-21\nRussian forces advanced in Kurakhove. Russian milbloggers claimed that Russian forces seized Novooleksiivka, southeast of Pokrovsk, on Tuesday.',
    );
    const places = placesOf(collection);
    const pokrovsk = places.find((p) => p.name === 'Pokrovsk');
    const village = places.find((p) => p.name === 'Novooleksiivka');
    expect(village).toMatchObject({ country: 'UA', location: { precision: 2 } });
    expect(village?.location.reason).toMatch(/lies \d+ km from where the text puts it/);
    expect(village?.at).toEqual(pokrovsk?.at);
  });

  it('takes no namesake in another country than the region the text puts a town in, anywhere in the report', async () => {
    // The gazetteer's only Soro is in India; the text puts it in Burkina Faso's Yatenga.
    const { collection } = await ingestText(
      'date 2024-04-25\nSoldiers killed 179 people in Soro, in the northern Yatenga province, on February 25. The killings in Soro were the deadliest.',
    );
    const places = placesOf(collection);
    const soro = places.filter((p) => p.name === 'Soro');
    expect(soro.map((p) => p.country)).toEqual(['BF']);
    expect(soro[0].mentions).toHaveLength(2);
    expect(soro[0].location.precision).toBe(3);
    expect(soro[0].location.reason).toMatch(/lies \d+ km from where the text puts it/);
  });

  it('puts a town tied to nothing in the region the story names in its country, never at a town', async () => {
    const text =
      "date 2023-11-08\nFighting spread in Myanmar and in Myanmar's north, in Shan State. Rebels seized the border town of Chinshwehaw.";
    const { collection } = await ingestText(text);
    const place = (name: string) =>
      collection.features.find((f) => f.properties.kind === 'place' && f.properties.name === name);
    expect(place('Chinshwehaw')?.geometry.coordinates).toEqual(
      place('Shan State')?.geometry.coordinates,
    );
    // "the town of Shebaa" in a story about Lebanon that names only Tripoli: not at Tripoli.
    const lebanon = await ingestText(
      'date 2023-10-16\nShelling hit villages in Lebanon on Sunday and more villages in Lebanon on Monday. Protesters rallied in Tripoli, Lebanon. One person was killed in the town of Shebaa.',
    );
    expect(
      lebanon.collection.features.some(
        (f) => f.properties.kind === 'place' && f.properties.name === 'Shebaa',
      ),
    ).toBe(false);
  });

  it('puts "five kilometres north of Saraqib" five kilometres north of Saraqib', async () => {
    const text = 'date 2020-02-27\nClashes broke out five kilometres north of Saraqib on Monday.';
    const { collection } = await ingestText(text);
    const places = collection.features.filter((f) => f.properties.kind === 'place');
    const saraqib = places.find(
      (f) => f.properties.kind === 'place' && f.properties.name === 'Saraqib',
    );
    const offset = places.find(
      (f) => f.properties.kind === 'place' && f.properties.name.startsWith('five kilometres'),
    );
    expect(saraqib && offset).toBeTruthy();
    const [lon0, lat0] = saraqib?.geometry.coordinates ?? [0, 0];
    const [lon1, lat1] = offset?.geometry.coordinates ?? [0, 0];
    expect(lat1 - lat0).toBeCloseTo(5 / 111.2, 2);
    expect(lon1).toBeCloseTo(lon0, 4);
    expect(offset?.properties).toMatchObject({ location: { precision: 2 } });
  });

  it('reads a distance with its conversion in brackets: "90 km (56 miles) southeast of"', () => {
    const text = 'A missile struck a village some 90 km (56 miles) southeast of Kharkiv.';
    const [offset] = findOffsets(text, { start: 0, end: text.length });
    expect(offset).toMatchObject({ km: 90, bearing: 135 });
    expect(text.slice(offset.from)).toBe('Kharkiv.');
  });

  it('names a street or building with its form word, whatever the gazetteer knows of the first', async () => {
    // "Royal" is a namesake place in the gazetteer; "Royal Street" is not.
    const text =
      'date 2020-02-27\nNEW ORLEANS - Police closed Royal Street after a fire at a Coptic church on Monday.';
    const { collection } = await ingestText(text);
    const names = collection.features.flatMap((f) =>
      f.properties.kind === 'place' ? [f.properties.name] : [],
    );
    expect(names).toContain('Royal Street');
    // "a Coptic church" is a kind of building, not its name.
    expect(names.some((n) => /Coptic/.test(n))).toBe(false);
  });

  it('draws "the Kharkiv region" at Kharkiv with the precision of a region, unless the town is named too', async () => {
    const region = placesOf(
      (await ingestText('date 2024-02-20\nShelling hit the Kharkiv region on Tuesday.')).collection,
    );
    expect(region[0]).toMatchObject({
      name: 'Kharkiv',
      placeType: 'region',
      location: { precision: 3 },
    });
    expect(region[0].location.reason).toContain('“Kharkiv region”');
    const both = placesOf(
      (
        await ingestText(
          'date 2024-02-20\nShelling hit the Kharkiv region on Tuesday. A missile struck Kharkiv on Wednesday.',
        )
      ).collection,
    );
    expect(both[0].location.precision).toBeUndefined();
  });
  it('reads a commune, and a town described before its form word', () => {
    const names = (t: string) =>
      findFeaturesByForm(t, { start: 0, end: t.length }, []).map((f) => f.name);
    expect(names('Police moved into the commune of Cabaret on Monday.')).toEqual(['Cabaret']);
    expect(names('Rebels seized Paletwa, a strategic town near the border.')).toEqual(['Paletwa']);
  });
  it('takes no sentence-opening word before a lower-case noun for a name', () => {
    const sentence = 'After school, he takes a bus to the Webb Center.';
    const found = findFeaturesByForm(sentence, { start: 0, end: sentence.length }, []);
    expect(found.map((f) => f.name)).toEqual([]);
  });

  it('joins a name wrapped over two lines', () => {
    const sentence = 'A bomb went off near the entrance to Erciyes\n    University on Saturday.';
    const found = findFeaturesByForm(sentence, { start: 0, end: sentence.length }, []);
    expect(found.map((f) => f.name)).toEqual(['Erciyes University']);
  });

  it('reads a local government area by its acronym, before a name tied to nothing', () => {
    const sentence = 'The river overflowed its banks in Jere LGA, submerging parts of the town.';
    const found = findFeaturesByForm(sentence, { start: 0, end: sentence.length }, []);
    expect(found.map((f) => [f.name, f.kind])).toEqual([['Jere', 'zone']]);
  });

  it('reads each name of a list of townships', () => {
    const sentence = 'Fighting spread to the townships of Gwa and Ann on Sunday.';
    const found = findFeaturesByForm(sentence, { start: 0, end: sentence.length }, []);
    expect(found.map((f) => f.name)).toEqual(['Gwa', 'Ann']);
  });

  it('reads each word of a form in capitals too ("Air Base", "Medical Center")', () => {
    const sentence = 'Missiles hit Incirlik Air Base and the Amai Pakpak Medical Center.';
    const found = findFeaturesByForm(sentence, { start: 0, end: sentence.length }, []);
    expect(found.map((f) => f.name)).toEqual(['Incirlik', 'Amai Pakpak Medical Center']);
  });

  it("leaves the owner's name out of the place's", () => {
    const sentence = "Fans gathered near Seoul's Jamsil Stadium and on Harare's Third Street.";
    const found = findFeaturesByForm(sentence, { start: 0, end: sentence.length }, []);
    expect(found.map((f) => f.name)).toEqual(['Jamsil Stadium', 'Third Street']);
  });

  it('measures a destination on the sphere', () => {
    expect(destination(0, 0, 111.195, 90)).toEqual({ lat: 0, lon: 1 });
    expect(destination(10, 20, 0, 0)).toEqual({ lat: 10, lon: 20 });
  });
});
