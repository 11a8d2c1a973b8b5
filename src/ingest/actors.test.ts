import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { REGISTRY_FILE } from '../../scripts/ingest-context';
import type { ActorRegistry } from './actors';
import { nameKey } from './gazetteer';
import { ingestContext, ingestText } from '../../tests/fixtures/ingest';

/** The speakers of a report's statements, in order. */
const speakersOf = async (report: string) =>
  (await ingestText(report)).collection.features.flatMap((f) =>
    f.properties.kind === 'statement' ? [f.properties.speaker] : [],
  );

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
    // By the state's formal name: "of the Russian Federation".
    expect(await mentions('Summary of the Ministry of Defence of the Russian Federation')).toEqual([
      'Ministry of Defence of the Russian Federation=ru-defense-ministry',
    ]);
    // By the style of its formal name: "the Republic of Chad".
    expect(
      await mentions(
        'The Government of the Republic of Chad and the Ministry of Foreign Affairs of the Republic of Chad',
      ),
    ).toEqual([
      'Government of the Republic of Chad=chad',
      'Ministry of Foreign Affairs of the Republic of Chad=td-foreign-ministry',
    ]);
    // A ministry by its capital's possessive; not other offices ("Kabul's police").
    expect(await mentions("Islamabad's foreign office and Kyiv's Air Force")).toEqual([
      "Islamabad's foreign office=pk-foreign-ministry",
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
    // 2010: the presidents were others (Medvedev registered, Gül not): the office with no known
    // holder stays an actor of its own.
    expect(
      await ids(
        'date 2010-03-05\nThe Russian President spoke with the Turkish President by phone.',
      ),
    ).toEqual(expect.arrayContaining(['medvedev', 'tr-president']));
    // A head of government is another office: in 2020 the Russian Prime Minister was
    // Mishustin, and Turkey had none (the office stays an actor, not its president's).
    const pm = await ids(
      'date 2020-03-05\nThe Russian Prime Minister met the Turkish President and the Turkish Prime Minister in Ankara.',
    );
    expect(pm).toEqual(expect.arrayContaining(['mishustin', 'erdogan', 'tr-prime-minister']));
    // Malaysia has a prime minister and no president.
    const my = await ingestText(
      'date 2025-07-25\nMalaysian Prime Minister Anwar Ibrahim urged a ceasefire on Friday.',
    );
    expect(my.collection.actors.map((a) => a.name)).not.toContain('Malaysian President');
    expect(pm).not.toContain('putin');
    // A ministry is no minister: "Foreign Ministry" is the ministry, "Foreign Minister" its head.
    const fm = await ids(
      'date 2020-03-05\nThe Russian Foreign Ministry said the Russian Foreign Minister would fly to Ankara.',
    );
    expect(fm).toEqual(expect.arrayContaining(['ru-foreign-ministry', 'lavrov']));
  });
  it('reads a registered person in the possessive and again by surname, and no place in the name', async () => {
    const { collection } = await ingestText(
      'date 2023-05-02\nPresident Xi Jinping’s visit to Moscow ended on Monday. Prime Minister Boris Johnson met him in London. Johnson said the talks were useful.',
    );
    const places = collection.features.flatMap((f) =>
      f.properties.kind === 'place' ? [f.properties.name] : [],
    );
    expect(places).not.toContain('Jinping');
    expect(places).not.toContain('Johnson');
    const xi = collection.actors.find((a) => a.id === 'xi');
    expect(xi?.mentions.map((m) => [m.start, m.end])).toContainEqual([26, 36]);
    const johnson = collection.actors.find((a) => a.id === 'johnson-boris');
    expect(johnson?.mentions).toHaveLength(2);
  });
  it('keeps office terms well formed: a derived office, one holder a day per title', async () => {
    const ctx = await ingestContext();
    const registry = JSON.parse(fs.readFileSync(REGISTRY_FILE, 'utf8')) as ActorRegistry;
    const terms = registry.actors.flatMap((a) => (a.holds ?? []).map((t) => ({ ...t, who: a.id })));
    expect(terms.length).toBeGreaterThan(20);
    for (const t of terms) {
      expect(ctx.actors.actors.has(t.office), `${t.who}: ${t.office}`).toBe(true);
      expect(t.from < (t.to ?? '9999'), `${t.who}: ${t.from}–${t.to}`).toBe(true);
      expect(() => new RegExp(t.title), t.title).not.toThrow();
    }
    // Two holders of one office under one title may not overlap.
    for (const a of terms)
      for (const b of terms)
        if (a !== b && a.office === b.office && a.title === b.title)
          expect(
            a.from >= (b.to ?? '9999') || b.from >= (a.to ?? '9999'),
            `${a.who} and ${b.who} both hold ${a.office} (${a.title})`,
          ).toBe(true);
  });
  it('gives a state\'s registered armed forces the derived id, so "the army" is that body', async () => {
    const ctx = await ingestContext();
    const registry = JSON.parse(fs.readFileSync(REGISTRY_FILE, 'utf8')) as ActorRegistry;
    const byName = new Map(
      registry.actors.flatMap((a) => [a.name, ...a.aliases].map((n) => [nameKey(n), a] as const)),
    );
    let checked = 0;
    for (const c of ctx.gazetteer.countries.values())
      for (const head of [c.name, ...(c.demonym ? c.demonym.split('|') : [])])
        for (const word of ['army', 'armed forces']) {
          const a = byName.get(nameKey(`${head} ${word}`));
          if (a?.kind !== 'military') continue;
          checked++;
          expect(a.id, `${head} ${word}`).toBe(`${c.code.toLowerCase()}-armed-forces`);
        }
    expect(checked).toBeGreaterThan(5);
    expect(
      await speakersOf(
        'date 2025-03-14\nThe Sudanese Armed Forces (SAF) said on Thursday it had retaken the bridge. The army said the RSF had fled.',
      ),
    ).toEqual(['sd-armed-forces', 'sd-armed-forces']);
  });
  it('records people and organisations the registry does not know, marked unregistered', async () => {
    const { collection } = await ingestText(
      'date 2022-08-28\nCommander Khalifa Haftar did not comment, the Joint Operations Command said. NDF rebels advanced.',
    );
    const unregistered = collection.actors
      .filter((a) => a.registered === false)
      .map((a) => `${a.name}:${a.kind}`);
    expect(unregistered).toEqual(
      expect.arrayContaining([
        'Khalifa Haftar:person',
        'Joint Operations Command:organisation',
        'NDF:armed_group',
      ]),
    );
  });
  it("takes a state's defence force by its name, and the acronym after it for the same actor", async () => {
    const { collection } = await ingestText(
      'date 2025-01-15\nFighting broke out in Amhara between the Ethiopian National Defense Force (ENDF) and Fano. The ENDF shelled Bahir Dar on Monday.',
    );
    const events = collection.features.flatMap((f) =>
      f.properties.kind === 'event' ? [f.properties] : [],
    );
    expect(events.map((e) => e.actors.map((a) => a.id))).toEqual([
      ['et-armed-forces', 'fano'],
      ['et-armed-forces'],
    ]);
    expect(collection.actors.map((a) => a.name)).not.toContain('ENDF');
  });
  it('reads a body "of" a state\'s people as a body of its own, not the state', async () => {
    expect(
      await speakersOf(
        'date 2023-04-17\nFighting raged in Khartoum on Monday. The Central Committee of Sudan Doctors said hospitals were running out of supplies.',
      ),
    ).toEqual(['x-central-committee-of-sudan-doctors']);
  });
  it("reads a country's People's Defence Forces as its army, not Myanmar's PDF", async () => {
    const { collection } = await ingestText(
      "date 2024-07-15\nFighting broke out in Nasir town between the South Sudan People's Defence Forces and the White Army on 9 July.",
    );
    const events = collection.features.flatMap((f) =>
      f.properties.kind === 'event' ? [f.properties] : [],
    );
    expect(events.flatMap((e) => e.actors.map((a) => a.id))).toEqual([
      'ss-armed-forces',
      'white-army',
    ]);
  });
  it('takes no alias of a common word that goes on into a longer name, and knows the Zionist regime', async () => {
    const { collection } = await ingestText(
      "date 2025-02-07\nOn 4 February, the Alliance Fleuve Congo (AFC), which includes the M23, declared a ceasefire in Goma. Iran said the Zionist regime's attack on its consulate in Damascus was a crime. The IRGC struck the Nevatim airbase in the Negev.",
    );
    const ids = collection.actors.map((a) => a.id);
    expect(ids).not.toContain('nato');
    expect(ids).toContain('israel');
    expect(collection.actors.map((a) => a.name)).not.toContain('Nevatim');
    // A name before "tanker" is a ship's, not a person's.
    const ship = await ingestText(
      'date 2024-02-05\nThe Houthis fired a missile at the Marlin Luanda tanker in the Gulf of Aden on January 26.',
    );
    expect(ship.collection.actors.map((a) => a.name)).not.toContain('Marlin Luanda');
  });
  it('takes no unknown name before a place word for an organisation', async () => {
    const { collection } = await ingestText(
      'date 2023-06-02\nTurkish drone strikes hit PKK positions in the Qandil mountains, near the Raghwan district and the Katindo neighbourhood.',
    );
    expect(collection.actors.map((a) => a.name)).not.toContain('Qandil');
    expect(collection.actors.map((a) => a.name)).not.toContain('Raghwan');
    expect(collection.actors.map((a) => a.name)).not.toContain('Katindo');
    // After "in the", an unknown name is where something is; after another word, maybe a party.
    const dahiyeh = await ingestText(
      'date 2024-10-03\nIsraeli jets struck Hezbollah targets in the Dahiyeh of Beirut. Fighters of the Peshmerga advanced near Kirkuk.',
    );
    const names = dahiyeh.collection.actors.map((a) => a.name);
    expect(names).not.toContain('Dahiyeh');
    expect(names).toContain('Peshmerga');
  });
  it('takes no word after "the" in a title in capitals for an organisation', async () => {
    const { collection } = await ingestText(
      'date 2025-01-28\nSecurity Council Press Statement on the Situation in the Democratic Republic of the Congo\n\nThe members of the Security Council condemned the offensive by the M23 armed group in North Kivu.',
    );
    expect(collection.actors.map((a) => a.name)).not.toContain('Situation');
  });
  it('takes no short word of a heading in capitals for an acronym', async () => {
    const { collection } = await ingestText(
      'date 2024-06-18\nSTATEMENT OF THE DEPARTMENT OF FOREIGN AFFAIRS ON THE INCIDENT AT AYUNGIN SHOAL\n\nThe NDMA said the CIA and the IOM met in Manila.',
    );
    const names = collection.actors.map((a) => a.name);
    for (const w of ['OF', 'THE', 'ON', 'AT', 'SHOAL']) expect(names).not.toContain(w);
    // In a sentence in lower case an acronym still names a body.
    expect(names).toContain('NDMA');
  });
  it('takes a list of names before a plural place word for places, not people', async () => {
    const { collection } = await ingestText(
      'date 2024-05-17\nAn estimated 800,000 civilians remain in El Fasher, North Darfur, including people displaced from the Zamzam, Abu Shouk and Al Salam camps.',
    );
    const names = collection.actors.map((a) => a.name);
    expect(names).not.toContain('Abu Shouk');
    expect(names).not.toContain('Al Salam');
    const places = collection.features.flatMap((f) =>
      f.properties.kind === 'place' ? [f.properties.name] : [],
    );
    expect(places).toEqual(expect.arrayContaining(['Abu Shouk', 'Al Salam']));
  });
  it('takes a name after a title whose first word is also an English word ("Foreign Minister Wang Yi")', async () => {
    const names = async (t: string) =>
      (await ingestText(`date 2024-06-18\n${t}`)).collection.actors.map((a) => a.name);
    expect(await names('Manalo will meet his counterpart, Foreign Minister Wang Yi.')).toContain(
      'Wang Yi',
    );
    expect(await names('Foreign Minister Wang Yi said on Monday that talks failed.')).toEqual([
      'Wang Yi',
    ]);
  });
  it('reads the last of a longer name as no surname of another ("Zaw Min Tun" after "Thurein Tun")', async () => {
    const { collection } = await ingestText(
      "date 2024-12-09\nThe AA detained Brigadier General Thurein Tun. The junta's spokesman, Major General Zaw Min Tun, did not respond.",
    );
    expect(collection.actors.map((a) => a.name)).toContain('Zaw Min Tun');
  });
  it('takes the person after a title in a source\'s run for the speaker ("according to Kharkiv Oblast Governor Oleh Syniehubov")', async () => {
    const { collection } = await ingestText(
      'date 2024-10-28\nRussian forces struck Kharkiv on October 27, killing two people, according to Kharkiv Oblast Governor Oleh Syniehubov.',
    );
    const names = collection.actors.map((a) => a.name);
    expect(names).toContain('Oleh Syniehubov');
    expect(names.filter((n) => n.includes('Syniehubov'))).toHaveLength(1);
  });
  it('reads "the regime" and "the junta" as the state named last, never one registered elsewhere', async () => {
    const speakers = async (t: string) =>
      (await ingestText(`date 2024-12-09\n${t}`)).collection.features.flatMap((f) =>
        f.properties.kind === 'statement' ? [f.properties.speaker] : [],
      );
    expect(
      await speakers(
        'Fighting spread in Rakhine State, Myanmar. The junta said on Monday it would retake Maungdaw.',
      ),
    ).toEqual(['myanmar']);
    expect(
      await speakers('Residents of Sittwe, Myanmar, said the regime had cut off roads.'),
    ).not.toContain('syria');
  });
  it('takes no state for a town of its name ("near Costa Rica, a town south of the city")', async () => {
    const { collection } = await ingestText(
      'date 2024-09-16\nGunmen killed five people in Culiacán, Sinaloa. Bodies were found near Costa Rica, a town south of the city.',
    );
    expect(collection.actors.map((a) => a.id)).not.toContain('costa-rica');
    // A town by its form, in the country of the city it is near.
    const town = collection.features.find(
      (f) => f.properties.kind === 'place' && f.properties.name === 'Costa Rica',
    );
    expect(town?.properties.kind === 'place' && town.properties.country).toBe('MX');
  });
  it('takes each UN agency for itself, with its own seat ("the World Food Programme" speaks from Rome)', async () => {
    const { collection } = await ingestText(
      'date 2024-05-17\nThe World Food Programme (WFP) warned on 16 May that famine was likely in Zamzam camp, 15 km south of El Fasher.',
    );
    const [statement] = collection.features.filter((f) => f.properties.kind === 'statement');
    expect(statement?.properties.kind === 'statement' && statement.properties.speaker).toBe('wfp');
    expect(collection.actors.find((a) => a.id === 'wfp')?.side).toBe('un');
  });
  it('takes a name the text gives an acronym in brackets for a body, unless a place word is in it', async () => {
    const { collection } = await ingestText(
      'date 2024-09-05\nJihadists killed members of the Volunteers for the Defense of the Homeland (VDP) in Barsalogho, Burkina Faso. The VDP said it lost 40 men. Funds went to the Federally Administered Tribal Areas (FATA).',
    );
    const names = collection.actors.map((a) => a.name);
    expect(names).toContain('Volunteers for the Defense of the Homeland');
    expect(names).not.toContain('VDP');
    expect(names.some((n) => /Tribal Areas|FATA/.test(n))).toBe(false);
  });
  it('reads a registered name across its acronym in brackets, and a bracket ends any other name', async () => {
    expect(
      await mentions('The Multinational Security Support (MSS) mission said it would help.'),
    ).toEqual(['Multinational Security Support (MSS) mission=mss-haiti']);
    // "MSS) mission" is no name: a closing bracket between words ends one.
    expect(await mentions('Funds for the MSS) mission came late.')).toEqual([]);
    // The speaker stands before what leads it: ", led by Kenya," is no speaker.
    expect(
      await speakersOf(
        'date 2024-10-08\nThe Multinational Security Support (MSS) mission, led by Kenya, said it would support the police in Saint-Marc, Haiti.',
      ),
    ).toEqual(['mss-haiti']);
    // Nor is a name inside a participle's phrase between commas.
    expect(
      await speakersOf(
        'date 2024-05-14\nUkrainian President Volodymyr Zelenskyy, speaking in Kyiv alongside visiting U.S. Secretary of State Antony Blinken, said the situation in Kharkiv was difficult.',
      ),
    ).toEqual(['zelensky']);
    // "including" names members of the subject, no phrase about it.
    expect(
      await speakersOf(
        'date 2024-05-14\nWestern officials, including Antony Blinken, said the situation in Kharkiv was difficult.',
      ),
    ).toEqual(['x-antony-blinken']);
  });

  it('takes a society for one body with its acronym', async () => {
    const { collection } = await ingestText(
      'date 2022-09-02\nThe Philippine Rural Aid Society (PRAS) deployed 30 mobile health units. The PRAS said more help was needed.',
    );
    const names = collection.actors.map((a) => a.name);
    expect(names).toContain('Philippine Rural Aid Society');
    expect(names).not.toContain('PRAS');
  });
  it('takes no adverb before a comma, nor a town after "the town of", for a party', async () => {
    const { collection } = await ingestText(
      'date 2024-11-10\nSeparately, militants attacked a police checkpoint in Bannu overnight. Troops recaptured the town of Adan Yabaal on Friday.',
    );
    const names = collection.actors.map((a) => a.name);
    expect(names).not.toContain('Separately');
    expect(names).not.toContain('Adan Yabaal');
    const places = collection.features.flatMap((f) =>
      f.properties.kind === 'place' ? [f.properties.name] : [],
    );
    expect(places).toContain('Adan Yabaal');
  });
  it('takes a proper name\'s words in lower case for a common noun ("his security council")', async () => {
    const ids = async (t: string) =>
      (await ingestText(`date 2023-06-07\n${t}`)).collection.actors.map((a) => a.id);
    expect(await ids('Zelenskiy called a meeting of his security council in Kyiv.')).not.toContain(
      'unsc',
    );
    expect(await ids('Griffiths told the Security Council in New York.')).toContain('unsc');
  });
  it('takes a modifier of who stands behind something ("the Russian-installed mayor") for no organisation', async () => {
    const { collection } = await ingestText(
      'date 2023-06-07\nVladimir Leontyev, the Russian-installed mayor of Nova Kakhovka, said the town was flooded.',
    );
    expect(collection.actors.map((a) => a.name)).not.toContain('Russian-installed');
  });
  it('takes a state\'s name inside the longer name of a feature ("Lake Chad", "the Gulf of Mexico") for no state', async () => {
    const { collection } = await ingestText(
      'date 2024-11-21\nTroops killed 23 insurgents around the Lake Chad area on Monday. A Mexican tanker sank in the Gulf of Mexico.',
    );
    expect(collection.actors.map((a) => a.id)).toEqual(['x-insurgents']);
  });
  it('ends a name at a comma ("across Ukraine, President Zelenskyy said" names no "Ukraine President")', async () => {
    expect(
      await mentions('energy sites across Ukraine, President Volodymyr Zelenskyy said.'),
    ).toEqual(['Ukraine=ukraine', 'Volodymyr Zelenskyy=zelensky']);
  });
  it('ends a name at a spaced dash ("SUDAN - Shelling killed" names no Sudanese shelling)', async () => {
    expect(await mentions('SUDAN - Shelling killed five civilians.')).toEqual(['SUDAN=sudan']);
    expect(await mentions('Sudanese shelling killed five civilians.')).toEqual([
      'Sudanese shelling=sd-armed-forces',
    ]);
  });
  it('takes a state\'s name inside a town\'s ("Port Sudan", "Guatemala City") for no state, unless the town is its capital speaking', async () => {
    const { collection } = await ingestText(
      'date 2025-03-14\nDrone strikes hit Port Sudan on Friday. Shelling hit Guatemala City on Friday.',
    );
    expect(collection.actors.map((a) => a.id)).toEqual([]);
    expect(
      await speakersOf('date 2025-03-14\nGuatemala City said on Friday it would send troops.'),
    ).toEqual(['guatemala']);
  });
  it('takes a body after a title ("Managing Director, Niger Delta Development Commission") for an organisation, with the region in its name', async () => {
    const { collection } = await ingestText(
      'date 2024-11-21\nThe Managing Director, Niger Delta Development Commission, Nsima Ekere, said the school in Port Harcourt would get funds.',
    );
    expect(
      collection.actors.find((a) => a.id === 'x-niger-delta-development-commission')?.kind,
    ).toBe('organisation');
    expect(collection.features.map((f) => f.properties.id)).toContain('niger-delta');
  });
  it('takes "ethnic Armenian authorities" for no state', async () => {
    const { collection } = await ingestText(
      "date 2023-09-20\nKarabakh's ethnic Armenian authorities said 27 people had been killed in Stepanakert.",
    );
    expect(collection.actors.map((a) => a.id)).not.toContain('armenia');
  });
  it("takes a demonym before an international body's name for the country's own body", async () => {
    const { collection } = await ingestText(
      'date 2023-09-13\nThe Libyan Red Crescent said about 10,000 people were missing in the Libyan city of Derna. The Red Cross said it was sending teams.',
    );
    const speakers = collection.features.flatMap((f) =>
      f.properties.kind === 'statement' ? [f.properties.speaker] : [],
    );
    expect(speakers).toEqual(['x-libyan-red-crescent', 'icrc']);
    expect(collection.actors.find((a) => a.id === 'x-libyan-red-crescent')).toMatchObject({
      kind: 'organisation',
      side: 'libya',
    });
  });
  it("takes a country's name opening an organisation's for part of it, and for whose body it is", async () => {
    const { collection } = await ingestText(
      'date 2024-07-25\nA building in Gaza was struck, killing five people, according to the Palestine Red Crescent Society.',
    );
    const speakers = collection.features.flatMap((f) =>
      f.properties.kind === 'statement' ? [f.properties.speaker] : [],
    );
    expect(speakers).toEqual(['x-palestine-red-crescent-society']);
    expect(collection.actors.find((a) => a.id === 'x-palestine-red-crescent-society')?.side).toBe(
      'palestine',
    );
  });
  it('takes a title that opens names for the name\'s first word where the name is one word long ("Prime Minister Sheikh Hasina")', async () => {
    const { collection } = await ingestText(
      'date 2024-07-17\nPrime Minister Sheikh Hasina said the killers in Dhaka would be punished.',
    );
    expect(collection.actors.filter((a) => a.kind === 'person').map((a) => a.name)).toEqual([
      'Sheikh Hasina',
    ]);
  });
  it('leaves what an office is of in the title, out of the name ("Chief of Staff Andriy Yermak")', async () => {
    const { collection } = await ingestText(
      'date 2024-03-12\nChief of Staff Andriy Yermak said talks would resume in Kyiv. Chief of the General Staff Valery Gerasimov visited troops in Kursk.',
    );
    const people = collection.actors.filter((a) => a.kind === 'person').map((a) => a.name);
    expect(people).toEqual(['Andriy Yermak', 'Valery Gerasimov']);
    // A staff is a body, not a person: "the Joint Chiefs of Staff said".
    const joint = await ingestText(
      'date 2024-03-12\nThe Joint Chiefs of Staff said troops moved to Kyiv.',
    );
    expect(joint.collection.actors.map((a) => [a.name, a.kind])).toContainEqual([
      'Joint Chiefs of Staff',
      'organisation',
    ]);
  });
  it('gives "the defence ministry" in lower case to the state of the story, not one named as a place', async () => {
    expect(
      await speakersOf(
        'date 2024-03-22\nNIAMEY (AFP) - Twenty-three Nigerien soldiers were killed in an ambush near the border with Mali and Burkina Faso, the defence ministry said Thursday.',
      ),
    ).toEqual(['ne-defense-ministry']);
  });
  it('takes a name before a feature\'s or a building\'s word ("the Abu Mansour dam") for the place, not a person', async () => {
    const { collection } = await ingestText(
      'date 2023-09-13\nThe larger Abu Mansour dam, upstream of the Libyan city of Derna, collapsed on Sunday. The Kamal Adwan hospital in Gaza said its generators had stopped.',
    );
    expect(collection.actors.map((a) => a.name)).not.toContain('Abu Mansour');
    expect(collection.actors.map((a) => a.name)).not.toContain('Kamal Adwan');
    const places = collection.features.flatMap((f) =>
      f.properties.kind === 'place' ? [f.properties.name] : [],
    );
    expect(places).toContain('Abu Mansour');
  });
  it('leaves a common word and "of" opening an organisation\'s name out of it', async () => {
    const { collection } = await ingestText(
      'date 2021-07-01\nStatement of the Joint Operations Command\n\nIraqi jets struck a hideout near Mosul, the Joint Operations Command said.',
    );
    const names = collection.actors.filter((a) => !a.registered).map((a) => a.name);
    expect(names).toEqual(['Joint Operations Command']);
  });
  it('keeps what an organisation is of or for in its name, and its acronym as the same actor', async () => {
    const { collection } = await ingestText(
      'date 2024-03-14\nThe International Organization for Refugees (IOR) said on Tuesday that 362,000 people are displaced in Haiti. IOR teams reached Saint-Marc.',
    );
    const iom = collection.actors.filter((a) => a.registered === false);
    expect(iom.map((a) => a.name)).toEqual(['International Organization for Refugees']);
    expect(iom[0].mentions).toHaveLength(3);
  });
});
