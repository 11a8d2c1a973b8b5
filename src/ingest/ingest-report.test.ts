import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ingestContext, ingestText } from '../../tests/fixtures/ingest';
import { readSeedText, readSituation, SEED_ID } from '../../tests/fixtures/seed';
import type { EventProps, PlaceProps, StatementProps } from '../model/situation';
import { validateSituation } from '../model/validate-situation';
import { ingestReport } from './ingest-report';

const seed = readSeedText();

/** The events ingested from a report's text (with its `date` line). */
async function eventsOf(report: string): Promise<EventProps[]> {
  const { collection } = await ingestText(report);
  return collection.features.flatMap((f) => (f.properties.kind === 'event' ? [f.properties] : []));
}

/** The speakers' ids of a collection's statements, in order. */
function speakerIdsOf(collection: Awaited<ReturnType<typeof ingestText>>['collection']): string[] {
  return collection.features.flatMap((f) =>
    f.properties.kind === 'statement' ? [f.properties.speaker] : [],
  );
}

describe('ingest of the first report against the hand-made dataset', async () => {
  const handmade = readSituation();
  const { collection, warnings } = await ingestText(seed, SEED_ID);
  const props = <T>(c: typeof collection, kind: string) =>
    c.features.map((f) => f.properties).filter((p) => p.kind === kind) as T[];

  it('is a valid situation file with no warnings', () => {
    expect(warnings).toEqual([]);
    expect(validateSituation(JSON.stringify(collection), seed).problems).toEqual([]);
    expect(collection.source).toMatchObject({
      id: SEED_ID,
      date: '2020-03-02',
      outlet: 'Al-Masdar',
    });
  });

  it('has every hand-made place, with the same gazetteer id and basis', () => {
    const got = props<PlaceProps>(collection, 'place');
    for (const p of props<PlaceProps>(handmade, 'place')) {
      const same = got.find((g) => g.gazetteerId === p.gazetteerId);
      expect(same, p.name).toBeDefined();
      expect(same?.location.basis, p.name).toBe(p.location.basis);
    }
    expect(got.find((g) => g.gazetteerId === 524901)?.location.reason).toMatch(
      /seat of .*Russian Defense Ministry/,
    );
  });

  it('has every hand-made event and statement date', () => {
    const dates = (c: typeof collection) =>
      new Set(
        [...props<EventProps>(c, 'event'), ...props<StatementProps>(c, 'statement')].map(
          (p) => p.date,
        ),
      );
    const got = dates(collection);
    for (const d of dates(handmade)) expect(got.has(d), String(d)).toBe(true);
  });

  it('has every hand-made speaker, and links the Defense Ministry and Ankara as disputing', () => {
    const got = props<StatementProps>(collection, 'statement');
    for (const s of props<StatementProps>(handmade, 'statement'))
      expect(got.map((g) => g.speaker)).toContain(s.speaker);
    const mod = got.find((s) => s.excerpt.text.startsWith('The killed Turkish soldiers'));
    const ankara = got.find(
      (s) => s.speaker === 'turkey' && s.excerpt.text.includes('as Ankara claims'),
    );
    expect(mod?.disputes).toEqual([ankara?.id]);
    expect(ankara?.disputes).toEqual([mod?.id]);
  });

  it('has the hand-made events by type, place and day', () => {
    const got = props<EventProps>(collection, 'event');
    const gazetteer = (c: typeof collection, id: string) =>
      props<PlaceProps>(c, 'place').find((p) => p.id === id)?.gazetteerId;
    for (const e of props<EventProps>(handmade, 'event')) {
      const match = got.find((g) => g.type === e.type && g.date === e.date);
      expect(match, `${e.id} ${e.type} ${e.date}`).toBeDefined();
      if (e.id === 'ev-offensive' || e.id === 'ev-syrian-strikes')
        expect(gazetteer(collection, match?.placeId ?? '')).toBe(gazetteer(handmade, e.placeId));
    }
  });

  it('gives byte-identical output when run again', async () => {
    const again = await ingestText(seed, SEED_ID);
    expect(JSON.stringify(again.collection)).toBe(JSON.stringify(collection));
  });
});

describe('reports without a usable dateline', () => {
  it('still ingest, leave relative dates unresolved and warn', async () => {
    const { collection, warnings } = await ingestText(
      'Syrian troops shelled Saraqib on Thursday, the Russian Defense Ministry said.',
    );
    expect(warnings.join()).toMatch(/no dateline/);
    expect(collection.source.date).toBeNull();
    const event = collection.features.find((f) => f.properties.kind === 'event');
    expect(event?.properties.kind === 'event' && event.properties).toMatchObject({
      date: null,
      dateBasis: 'unknown',
    });
  });
});

describe('who speaks', () => {
  const speakers = async (text: string) => {
    const { collection } = await ingestText(`date 2023-06-14\n${text}`);
    const names = new Map(collection.actors.map((a) => [a.id, a.name]));
    return collection.features.flatMap((f) =>
      f.properties.kind === 'statement' ? [names.get(f.properties.speaker)] : [],
    );
  };
  it('takes the actor after a reporting verb as its speaker only where speech is inverted', async () => {
    expect(await speakers('"We will not retreat," said the Russian Defense Ministry.')).toEqual([
      'Russian Defense Ministry',
    ]);
    // The accused is not the accuser.
    const accused = await speakers(
      'Fighting spread to Idlib on Wednesday, residents said, as the governor of the province, Khamis Abakar, accused the Turkish Armed Forces of shelling.',
    );
    expect(accused).toEqual(['Khamis Abakar']);
  });
  it('reads calls and pledges as statements, and a country after "in" as a place, not the speaker', async () => {
    expect(
      await speakers('The UN mission in Libya called for an immediate ceasefire in Tripoli.'),
    ).toEqual(['United Nations']);
    expect(
      await speakers('President Vladimir Putin urged Turkey to withdraw from Idlib on Friday.'),
    ).toEqual(['Vladimir Putin']);
  });
  it('takes a named person closing an apposition before the verb as the speaker', async () => {
    expect(
      await speakers(
        'Militants shelled Aleppo four times, the head of the Russian Centre for Reconciliation, Major General Yuri Borenkov, told a briefing.',
      ),
    ).toEqual(['Yuri Borenkov']);
  });
  it('takes a name whose apposition gives a role as a person, and as the speaker after it', async () => {
    expect(
      await speakers(
        'Fathi Bashagha, the rival prime minister, said his forces entered Tripoli on Saturday.',
      ),
    ).toEqual(['Fathi Bashagha']);
    expect(
      await speakers(
        'Mohamed Abdi Warsame, a district commissioner, said militants attacked Beledweyne on Sunday.',
      ),
    ).toEqual(['Mohamed Abdi Warsame']);
  });
  it('takes a name whose apposition gives a nickname as the speaker after it', async () => {
    expect(
      await speakers(
        'Gang leader Jimmy Cherizier, known as Barbecue, said the attacks on the airport in Port-au-Prince would go on.',
      ),
    ).toEqual(['Jimmy Cherizier']);
  });
  it('takes a nickname in quotes between a given name and a surname as part of the name', async () => {
    expect(
      await speakers(
        'Jimmy "Barbecue" Chérizier, a former police officer who leads the G9 gang federation, said the attacks on the airport in Port-au-Prince would go on.',
      ),
    ).toEqual(['Jimmy "Barbecue" Chérizier']);
  });
  it("takes the name after an inverted verb and someone's role as the speaker", async () => {
    expect(
      await speakers(
        "Gunmen killed 12 farmers in Borno state. The farmers were attacked on Wednesday in Kwaya Kusar, said Babagana Zulum's spokesman, Dauda Iliya.",
      ),
    ).toEqual(['Dauda Iliya']);
  });
  it('takes "the government" for the state of the party named before it, where no state is named', async () => {
    const { collection } = await ingestText(
      'date 2023-10-03\nSomali forces recaptured the town of Adan Yabaal from al-Shabab, the government said Monday.',
    );
    expect(speakerIdsOf(collection)).toEqual(['somalia']);
  });
  it('takes no saying inside a relative clause for the source of the sentence', async () => {
    expect(
      await speakers(
        'The Resistance Front, which Indian officials say is a proxy of the Pakistan-based Lashkar-e-Taiba, claimed responsibility for the attack in Pahalgam.',
      ),
    ).toEqual(['Resistance Front']);
  });
  it('takes a verb joined by "but" to the first predicate as said by the subject', async () => {
    expect(
      await speakers(
        "Ukraine's President Volodymyr Zelenskiy did not mention the fighting in Kursk in his address but said Russia must feel what it had done.",
      ),
    ).toEqual(['Volodymyr Zelensky']);
  });
  it('takes an acronym in brackets after a name as that actor, and two names joined by "and" as two', async () => {
    const { collection } = await ingestText(
      "date 2023-11-08\nThe Myanmar National Democratic Alliance Army (MNDAA) and the Ta'ang National Liberation Army seized Lashio on Tuesday. The MNDAA said it would hold the town.",
    );
    expect(collection.actors.map((a) => a.name).sort()).toEqual([
      'Myanmar National Democratic Alliance Army',
      "Ta'ang National Liberation Army",
    ]);
  });
  it('takes a name before ", who" as a person', async () => {
    const { collection } = await ingestText(
      'date 2022-11-03\nRedwan Hussien, who led the government delegation, called it a historic day.',
    );
    expect(collection.actors.map((a) => [a.name, a.kind])).toEqual([['Redwan Hussien', 'person']]);
  });
  it('takes no state named as where the subject is for its speaker', async () => {
    expect(
      await speakers(
        'An alliance of armed groups in northern Myanmar said on Sunday it had captured Chinshwehaw.',
      ),
    ).not.toContain('Myanmar');
  });
  it('keeps a speaker named in full before its acronym out of what it reports', async () => {
    const [event] = await eventsOf(
      'date 2023-11-14\nHeavy fighting between the SAF and the RSF continued in West Darfur over the weekend, the UN Office for the Coordination of Humanitarian Affairs (OCHA) said on Tuesday.',
    );
    expect(event.actors.map((a) => a.id)).toEqual(['sd-armed-forces', 'rsf']);
  });
  it('gives "he" and "she" to the person who spoke last, not to a name in the quote or an organisation since', async () => {
    expect(
      await speakers(
        'Thai army spokesman Winthai Suvaree said rockets hit Sisaket. "Cambodia has violated international law," he told reporters.',
      ),
    ).toEqual(['Winthai Suvaree', 'Winthai Suvaree']);
    expect(
      await speakers(
        'Spokeswoman Maly Socheata said jets bombed the Preah Vihear temple, a UNESCO World Heritage site. She accused Thailand of using cluster munitions.',
      ),
    ).toEqual(['Maly Socheata', 'Maly Socheata']);
  });
  it('takes "the rebel group" for the group named before, not one its statement names after', async () => {
    const { collection } = await ingestText(
      'date 2025-01-20\nPetro suspended peace talks with the ELN on Friday. The rebel group said in a statement that it was fighting a FARC dissident faction in Tibu.',
    );
    expect(speakerIdsOf(collection)).toEqual(['eln']);
  });
  it("knows a registry name written with dotted capitals, and names an office after its owner's possessive", async () => {
    const { collection } = await ingestText(
      "date 2025-05-14\nThe U.N. Support Mission in Libya said it was alarmed by clashes in Tripoli. The Government of National Unity's Ministry of Health said six people were killed.",
    );
    expect(speakerIdsOf(collection)).toEqual(['unsmil', 'x-ministry-of-health']);
    // After a state's possessive, the office is that state's, named with it and at its seat.
    const { collection: two } = await ingestText(
      "date 2024-10-01\nJets struck Homs and Sidon on Monday. Syria's Health Ministry said 20 people died. Israeli strikes hit Sidon, Lebanon's Ministry of Public Health said.",
    );
    expect(
      two.features.flatMap((f) =>
        f.properties.kind === 'statement'
          ? [`${f.properties.speaker}@${f.properties.placeId}`]
          : [],
      ),
    ).toEqual([
      'x-syria-s-health-ministry@damascus',
      'x-lebanon-s-ministry-of-public-health@beirut',
    ]);
    expect(two.actors.find((a) => a.id === 'x-syria-s-health-ministry')?.side).toBe('syria');
  });
  it('takes a name after a description opening the sentence, or before a phrase of where they spoke, as the speaker', async () => {
    const { collection } = await ingestText(
      "date 2024-07-28\nNATO's peacekeeping force, KFOR, said it was ready to act in Kosovo. U.S. Secretary of State Antony Blinken, speaking in Tokyo, said Washington did not want escalation. The Philippine military said its boats were boarded.",
    );
    expect(speakerIdsOf(collection)).toEqual(['kfor', 'x-antony-blinken', 'ph-armed-forces']);
    const blinken = collection.features.find(
      (f) => f.properties.kind === 'statement' && f.properties.speaker === 'x-antony-blinken',
    );
    expect(blinken?.properties.kind === 'statement' && blinken.properties.placeId).toBe('tokyo');
    // The phrase's day and place are the saying's, though the verb comes later.
    const later = await ingestText(
      'date 2024-02-19\nU.S. Secretary of State Antony Blinken, speaking in Tokyo on Saturday, praised the talks and urged both sides to meet again.',
    );
    const said = later.collection.features.find((f) => f.properties.kind === 'statement');
    expect(
      said?.properties.kind === 'statement' && [said.properties.placeId, said.properties.date],
    ).toEqual(['tokyo', '2024-02-17']);
    // A visit's phrase too: the speaker is the visitor, the place the one visited.
    const visit = await ingestText(
      'date 2024-05-14\nSecretary of State Antony Blinken, on a visit to Kyiv on Tuesday, said the United States would deliver more air defence systems.',
    );
    const spoke = visit.collection.features.find((f) => f.properties.kind === 'statement');
    expect(
      spoke?.properties.kind === 'statement' && [
        spoke.properties.speaker,
        spoke.properties.placeId,
        spoke.properties.date,
      ],
    ).toEqual(['x-antony-blinken', 'kyiv', '2024-05-14']);
  });
  it("gives a body named after its country that country's side, and its capital only to a state body", async () => {
    const { collection } = await ingestText(
      'date 2023-09-13\nThe Libyan Red Crescent said 11,300 people had died in Derna. The Libyan Health Ministry said rescue teams had reached Derna.',
    );
    const placeOf = (speaker: string) =>
      collection.features.find(
        (f) => f.properties.kind === 'statement' && f.properties.speaker === speaker,
      )?.properties;
    const crescent = placeOf('x-libyan-red-crescent');
    expect(crescent?.kind === 'statement' && crescent.placeId).not.toBe('tripoli');
    expect(collection.actors.find((a) => a.id === 'x-libyan-red-crescent')?.side).toBe('libya');
  });
  it('takes "the military" of a regional summary\'s section for the forces of the country its paragraph is in', async () => {
    const { collection } = await ingestText(
      'date 2024-09-10\nIn India, violence in Manipur escalated. Rockets struck Moirang on 6 September.\n\nIn Pakistan, militants attacked a checkpoint in Lakki Marwat on 2 September. The military said its forces killed eight militants in North Waziristan.',
    );
    expect(speakerIdsOf(collection)).toEqual(['pk-armed-forces']);
  });
  it('takes an unknown person after an inverted verb, with a role that has no article', async () => {
    const { collection } = await ingestText(
      'date 2024-08-12\n"Both sides treat civilians as targets," said Ilaria Allegrozzi, senior Sahel researcher at Human Rights Watch. The government in Yaoundé should investigate, she said.',
    );
    const statements = collection.features.flatMap((f) =>
      f.properties.kind === 'statement' ? [f.properties] : [],
    );
    expect(statements.map((st) => st.speaker)).toEqual([
      'x-ilaria-allegrozzi',
      'x-ilaria-allegrozzi',
    ]);
    // "Sahel" in her title is not where she spoke.
    expect(statements[0].placeId).not.toBe('sahel');
  });
  it('takes the titled person after an inverted verb, not the places before it', async () => {
    const { collection } = await ingestText(
      'date 2024-01-12\nThe strikes hit radar sites in Dhamar and Taizz, said Lt. Gen. Douglas Sims, director of the Joint Staff.',
    );
    const props = collection.features.map((f) => f.properties);
    expect(props.flatMap((p) => (p.kind === 'statement' ? [p.speaker] : []))).toEqual([
      'x-douglas-sims',
    ]);
    // The speaker and his office are no targets of the strikes.
    expect(props.flatMap((p) => (p.kind === 'event' ? p.actors : []))).toEqual([]);
  });
  it('takes no list of places before an inverted verb for a speaker', async () => {
    const { collection } = await ingestText(
      'date 2024-01-12\nDrones struck fuel depots in Dhamar and Taizz, said the spokesman.',
    );
    expect(collection.actors.map((a) => a.name)).not.toContain('Dhamar and Taizz');
  });
  it('takes a person whose first name is a capital, with a role after, for no place', async () => {
    const { collection } = await ingestText(
      'date 2024-04-25\n"The massacres in Yatenga province are the latest mass killings of civilians by the Burkinabè military," said Tirana Hassan, executive director at Human Rights Watch.',
    );
    const props = collection.features.map((f) => f.properties);
    expect(props.flatMap((p) => (p.kind === 'statement' ? [p.speaker] : []))).toEqual([
      'x-tirana-hassan',
    ]);
    expect(props.flatMap((p) => (p.kind === 'place' ? [p.name] : []))).toEqual([
      'Yatenga Province',
    ]);
    // "killings of civilians by" the army: the army kills.
    expect(
      props.flatMap((p) => (p.kind === 'event' ? p.actors.map((a) => `${a.id} ${a.role}`) : [])),
    ).toEqual(['bf-armed-forces initiator']);
  });
  it('puts a statement where the text says it was said, and keeps that place out of the event', async () => {
    const { collection } = await ingestText(
      'date 2023-09-25\nFighting broke out in Mitrovica on Sunday. Three attackers were killed in the clashes, Interior Minister Xhelal Svecla said at a news conference in Pristina. President Filipe Nyusi said in Maputo on Wednesday that the situation in Macomia was under control.',
    );
    const props = collection.features.map((f) => f.properties);
    const statementPlaces = props.flatMap((p) => (p.kind === 'statement' ? [p.placeId] : []));
    expect(statementPlaces).toEqual(['pristina', 'maputo']);
    const events = props.flatMap((p) => (p.kind === 'event' ? [p.placeId] : []));
    expect(events).toEqual(['mitrovice']);
  });
  it('puts the words of a local official with no seat of its own in the place the title names', async () => {
    const statementPlaces = async (text: string) =>
      (await ingestText(text)).collection.features.flatMap((f) =>
        f.properties.kind === 'statement' ? [f.properties.placeId] : [],
      );
    expect(
      await statementPlaces(
        'date 2024-05-14\nRussian forces attacked Vovchansk in Ukraine. Kharkiv Gov. Oleh Syniehubov said 8,000 people had fled Vovchansk since Friday.',
      ),
    ).toEqual(['kharkiv']);
    expect(
      await statementPlaces(
        'date 2025-01-28\nM23 rebels entered Sake. Kanyere Keita, the mayor of Goma, said rebels had shelled Sake.',
      ),
    ).toEqual(['goma']);
    // With no office of a place, what the words are about.
    expect(
      await statementPlaces(
        'date 2024-05-14\nRussian forces attacked Vovchansk in Ukraine. Spokesman Oleh Syniehubov said 8,000 people had fled Vovchansk since Friday.',
      ),
    ).toEqual(['vovchansk']);
  });
  it('keeps the body a speaker speaks for out of what the speaker reports', async () => {
    const [event] = await eventsOf(
      'date 2025-07-25\nThai army spokesperson Winthai Suvaree said Cambodian forces fired rockets at Sisaket overnight.',
    );
    expect(event.actors.map((a) => a.id)).toEqual(['kh-armed-forces']);
  });
  it('gives the words of a list of speakers to each, and none to a name in apposition', async () => {
    expect(
      (
        await speakers(
          'Egypt, Qatar and Saudi Arabia condemned the incursion as a violation of the agreement.',
        )
      ).sort(),
    ).toEqual(['Egypt', 'Qatar', 'Saudi Arabia']);
    expect(
      await speakers(
        'Fighting went on in Khartoum. The U.S. envoy for Sudan, Tom Perriello, said on Wednesday that both sides would attend.',
      ),
    ).toEqual(['Tom Perriello']);
  });
  it('keeps a middle initial inside a name', async () => {
    expect(
      await speakers(
        'US forces struck Houthi targets in Yemen. "These strikes will go on," Secretary of Defense Lloyd J. Austin III said in a statement.',
      ),
    ).toEqual(['Lloyd J. Austin III']);
  });
  it('dates a statement by when it was said, not by the day it declares', async () => {
    const { collection } = await ingestText(
      'date 2023-09-25\nPresident Aleksandar Vucic denied any involvement on Monday. He declared Wednesday a day of mourning in Serbia.',
    );
    const dates = collection.features.flatMap((f) =>
      f.properties.kind === 'statement' ? [f.properties.date] : [],
    );
    expect(dates).toEqual(['2023-09-25', '2023-09-25']);
  });
  it('dates a statement by the day after whom it was told to, not by a day of what was told', async () => {
    const dated = async (text: string) =>
      (await ingestText(text)).collection.features.flatMap((f) =>
        f.properties.kind === 'statement' ? [f.properties.date] : [],
      );
    expect(
      await dated(
        'date 2024-02-18\n"Our soldiers did everything they could," Zelenskiy told the Munich Security Conference on Saturday.',
      ),
    ).toEqual(['2024-02-17']);
    expect(
      await dated(
        'date 2024-02-18\nZelenskiy told the Munich Security Conference that Russian troops had entered Avdiivka on Friday.',
      ),
    ).toEqual(['2024-02-18']);
  });
  it('takes no speaker from a passive speech verb', async () => {
    expect(
      await speakers('Eritrean troops were reported in several areas of Tigray on Monday.'),
    ).toEqual([]);
  });
});

describe('who acts', () => {
  it('makes those killed and a party whose building was hit targets, not attackers', async () => {
    const [strike] = await eventsOf(
      'date 2025-06-14\nIran said the head of the armed forces, Mohammad Bagheri, and commander Hossein Salami were killed in attacks on Tehran on Friday.',
    );
    expect(strike.actors.every((a) => a.role === 'target')).toBe(true);
    const [school] = await eventsOf(
      'date 2024-06-20\nOn 19 June, a UNRWA school sheltering displaced people in Nuseirat refugee camp was hit, killing at least eight people.',
    );
    expect(school.actors).toEqual([{ id: 'unrwa', role: 'target' }]);
    // Not across a clause: the peacekeepers were killed, not M23.
    const [goma] = await eventsOf(
      'date 2025-01-28\nJanuary 26: M23 fighters enter Goma; the UN says 13 peacekeepers have been killed in the fighting.',
    );
    expect(goma.actors).toEqual([{ id: 'm23', role: 'initiator' }]);
  });
  it('takes the subject of the clause that set off fighting with no party of its own as its initiator', async () => {
    const [clashes] = await eventsOf(
      'date 2024-05-17\nClashes erupted on 10 May in El Fasher after RSF forces advanced from the north.',
    );
    expect(clashes.actors).toEqual([{ id: 'rsf', role: 'initiator' }]);
    // "when" opens such a clause too, and whom its subject attacked is the target.
    const [violence] = await eventsOf(
      'date 2025-01-20\nThe violence erupted on Thursday when ELN fighters attacked FARC dissidents in Tibu.',
    );
    expect(violence.actors).toEqual([
      { id: 'eln', role: 'initiator' },
      { id: 'farc-dissidents', role: 'target' },
    ]);
    // Not where the fighting has its own parties: Hezbollah fired before, it did not strike.
    const [strike] = await eventsOf(
      'date 2024-10-02\nIsraeli jets struck Beirut on Sunday after Hezbollah fired rockets at Haifa.',
    );
    expect(strike.actors.map((a) => a.id)).not.toContain('hezbollah');
  });
  it('takes whoever runs or uses what was struck as its target, not as an attacker "by" it', async () => {
    const [strike] = await eventsOf(
      'date 2024-02-04\nUS jets struck a base run by Kataib Hezbollah in Iraq on Friday.',
    );
    expect(strike.actors).toEqual([
      { id: 'us-air-force', role: 'initiator' },
      { id: 'kataib-hezbollah', role: 'target' },
    ]);
  });
  it('gives an event retaliated for only the parties named after the cue', async () => {
    const events = await eventsOf(
      "date 2024-02-04\nOn Feb. 2, U.S. forces struck more than 85 targets in Iraq used by Iran's Islamic Revolutionary Guard Corps, in retaliation for a drone attack that killed three U.S. soldiers at Tower 22 in Jordan on Jan. 28.",
    );
    expect(events.map((e) => [e.date, e.placeId, e.actors])).toEqual([
      [
        '2024-02-02',
        'iraq',
        [
          { id: 'us-armed-forces', role: 'initiator' },
          { id: 'irgc', role: 'target' },
        ],
      ],
      ['2024-01-28', 'jordan', [{ id: 'us-armed-forces', role: 'target' }]],
    ]);
  });
  it('leaves a place named after "in retaliation for" to the event answered', async () => {
    const events = await eventsOf(
      "date 2024-01-12\nSANAA, Jan 12 (AP) - U.S. warplanes struck sites used by Yemen's Houthi rebels early Friday, in retaliation for the group's attacks on Red Sea shipping. The strikes hit targets in the capital Sanaa and the port city of Hodeidah.",
    );
    // "The strikes hit targets in …" tells the strikes again: one event.
    expect(events.map((e) => e.placeId)).toEqual(['sanaa']);
  });
  it('takes a state named with its weapon as the one striking', async () => {
    const events = await eventsOf(
      'date 2024-02-18\nA Russian missile strike damaged a hospital in Kharkiv on Friday.',
    );
    expect(events).toHaveLength(1);
    expect(events[0].actors).toEqual([{ id: 'ru-armed-forces', role: 'initiator' }]);
  });
  it("takes who intercepts as the one struck at, and the weapons' owner as the one striking", async () => {
    const events = await eventsOf(
      'date 2024-04-14\nIsrael intercepted Iranian missiles over Jerusalem on Sunday.',
    );
    expect(events[0].actors).toEqual([
      { id: 'israel', role: 'target' },
      { id: 'ir-armed-forces', role: 'initiator' },
    ]);
    const defended = await eventsOf(
      'date 2024-03-06\nUkrainian air defences intercepted 20 Russian drones over Odesa on Monday.',
    );
    expect(defended[0].actors).toEqual([
      { id: 'ua-armed-forces', role: 'target' },
      { id: 'ru-air-force', role: 'initiator' },
    ]);
  });
  it('takes a party that came under fire as the one struck', async () => {
    const events = await eventsOf(
      'date 2025-03-07\nA U.N. convoy came under fire in South Sudan on Friday.',
    );
    expect(events[0].actors).toEqual([{ id: 'un', role: 'target' }]);
  });
  it('takes both sides of "between A and B" as parties, wherever it follows the trigger', async () => {
    const events = await eventsOf(
      'date 2023-06-02\nOn 24 May, clashes erupted in Marib governorate between Houthi fighters and tribal forces.',
    );
    expect(events[0].actors).toEqual([{ id: 'houthis', role: 'participant' }]);
  });
  it("reads no trigger in a party's proper name", async () => {
    const events = await eventsOf(
      'date 2023-06-02\nA roadside bomb struck a vehicle carrying Popular Mobilization Forces members near Tikrit on 25 May.',
    );
    expect(events.map((e) => e.type)).toEqual(['FIGHT']);
  });
  it('puts a strike where it struck, and dates each of two weekdays its own event', async () => {
    const events = await eventsOf(
      'date 2024-10-02\nIsraeli jets struck Beirut on Sunday after Hezbollah fired rockets at Haifa on Friday.',
    );
    expect(events.map((e) => `${e.placeId} ${e.date} ${e.actors.map((a) => a.id)}`)).toEqual([
      'beirut 2024-09-29 il-air-force',
      'haifa 2024-09-27 hezbollah',
    ]);
  });
  it("puts a strike in its object's place, not in another clause's or outside the country", async () => {
    const shelled = await eventsOf(
      'date 2024-05-15\nThe RSF shelled residential districts of El Fasher on Tuesday, killing 12 civilians, as the army and the RSF prepared for talks that are due to resume in Jeddah on Monday.',
    );
    expect(shelled.find((e) => e.type === 'FIGHT')?.placeId).toBe('el-fasher');
    const struck = await eventsOf(
      'date 2024-01-12\nThe United States carried out strikes against Houthi targets in Yemen on Friday, in response to attacks on shipping in the Red Sea.',
    );
    expect(struck[0].placeId).toBe('yemen');
  });
  it('dates an event as by the day its teller spoke, even a teller no actor names', async () => {
    const events = await eventsOf(
      'date 2025-02-11\nMilitiamen from the CODECO armed group killed at least 51 people in Ituri, a local civil society leader said on Tuesday.',
    );
    expect(events.map((e) => `${e.date} ${e.datePrecision}`)).toEqual(['2025-02-11 on-or-before']);
  });
  it('dates what happened "since" a day from that day on, and prefers the day of its clause to a time "by" which', async () => {
    const since = await eventsOf(
      'date 2024-10-18\nIsraeli strikes have killed 50 people in Gaza since Monday.',
    );
    expect(since.map((e) => `${e.date} ${e.datePrecision}`)).toEqual(['2024-10-14 on-or-after']);
    const by = await eventsOf(
      'date 2024-05-01\nBy early 2023, Wagner forces had captured Soledar, a salt-mining town north of Bakhmut, on 16 January 2023.',
    );
    expect(by.map((e) => `${e.date} ${e.datePrecision}`)).toEqual(['2023-01-16 day']);
  });
  it('gives an event told again with its day that day, where it had only the day it was told by', async () => {
    const events = await eventsOf(
      'date 2025-02-11\nMilitiamen from the CODECO armed group killed at least 51 people in Ituri, a local civil society leader said on Tuesday. The attacks took place on Monday in the villages of Djaiba and Ngadja.',
    );
    expect(events.map((e) => `${e.date} ${e.datePrecision}`)).toEqual(['2025-02-10 day']);
  });
  it('gives an event told again, opening a sentence with its day and town, that day and town', async () => {
    const events = await eventsOf(
      'date 2024-06-10\nJihadi fighters attacked a military base in northern Burkina Faso, killing dozens of soldiers. The attack on Tuesday in the town of Djibo, near the border with Mali, was claimed by JNIM.',
    );
    expect(events.map((e) => `${e.placeId} ${e.date} ${e.actors.map((a) => a.id)}`)).toEqual([
      'djibo 2024-06-04 jnim',
    ]);
  });
  it('places no event where its dead came from, and makes the subject after "In the deadliest attack," its initiator', async () => {
    const events = await eventsOf(
      'date 2024-08-26\nMilitants attacked police stations across Balochistan province, officials said Monday.\nIn the deadliest attack, gunmen stopped vehicles on a highway in the Musakhel district overnight and shot dead 23 people, most of them from Punjab province, police said.',
    );
    expect(events.map((e) => e.placeId)).not.toContain('punjab');
    expect(events[1]?.actors).toEqual([{ id: 'x-gunmen', role: 'initiator' }]);
  });
  it('takes no party of an event from the description of its teller ("The U.N. envoy to Sudan, Volker Perthes, said")', async () => {
    const events = await eventsOf(
      'date 2023-04-17\nFighting raged in Khartoum on Monday. The U.N. envoy to Sudan, Volker Perthes, said both sides had agreed to a three-hour humanitarian pause on Sunday.',
    );
    expect(events.map((e) => `${e.type}@${e.placeId} ${e.actors.map((a) => a.id)}`)).toEqual([
      'FIGHT@khartoum ',
      'AGREE@khartoum ',
    ]);
  });
  it('gives an event named after "after" no part for the main clause\'s subject', async () => {
    const events = await eventsOf(
      'date 2023-05-05\nIndian authorities deployed thousands of troops in the northeastern state of Manipur on Friday after ethnic clashes killed at least 54 people, officials said.',
    );
    expect(events.map((e) => `${e.type} ${e.actors.map((a) => a.id)}`)).toEqual([
      'MOBILIZE india',
      'FIGHT ',
    ]);
  });
  it('makes the owner of what exploded its target, and takes no rise in prices for a blast', async () => {
    const events = await eventsOf(
      'date 2024-09-18\nWalkie-talkies used by Hezbollah exploded across Lebanon on Wednesday. Food prices exploded in Beirut.',
    );
    expect(events.map((e) => `${e.type} ${e.actors.map((a) => `${a.id}:${a.role}`)}`)).toEqual([
      'FIGHT hezbollah:target',
    ]);
  });
  it('places what happened "in the capital", no state named, in the story country\'s capital', async () => {
    const events = await eventsOf(
      "date 2023-08-02\nThousands of supporters of Niger's junta rallied in the capital on Wednesday. France began evacuating its citizens from Niger on Tuesday.",
    );
    expect(events.map((e) => `${e.type}@${e.placeId}`)).toContain('PROTEST@niamey');
  });
  it('makes no new event of one already told, set beside another in time', async () => {
    const events = await eventsOf(
      "date 2024-09-27\nSudan's army launched an offensive on Khartoum on Thursday. The offensive came as army chief Abdel Fattah al-Burhan was in New York for the UN General Assembly.",
    );
    expect(events.map((e) => e.placeId)).toEqual(['khartoum']);
    // "comes months after": the event it comes after is where and when the text says.
    const after = await eventsOf(
      'date 2024-07-29\nMalian troops fought rebels near Tinzaouaten on Saturday. The fighting comes months after the army retook Kidal in November 2023.',
    );
    expect(after.map((e) => `${e.placeId} ${e.date}`)).toEqual([
      'tinzaouaten 2024-07-27',
      'kidal 2023-11-01',
    ]);
  });
  it('puts an event in a capital the text describes without naming it ("Haiti\'s capital")', async () => {
    const { collection } = await ingestText(
      "date 2024-03-05\nGangs attacked the main international airport in Haiti's capital on Monday. Clashes erupted in the Somali capital on Friday.",
    );
    const events = collection.features.flatMap((f) =>
      f.properties.kind === 'event' ? [f.properties.placeId] : [],
    );
    expect(events).toEqual(['port-au-prince', 'mogadishu']);
    const capital = collection.features.find((f) => f.properties.id === 'port-au-prince');
    expect(capital?.properties.kind === 'place' && capital.properties.location).toEqual({
      basis: 'inferred',
      reason: "Not named in the report. Described as “Haiti's capital”: Port-au-Prince, HT.",
    });
  });
  it("takes for the story a place before a country named as often, then the dateline's", async () => {
    const { collection } = await ingestText(
      'date 2024-03-05\nPORT-AU-PRINCE, Haiti (AP) — Armed men attacked the Toussaint Louverture International Airport on Monday. Gangs stormed a prison in Croix-des-Bouquets on Saturday. Henry could not return to Haiti. A curfew was imposed in the West department, which includes Port-au-Prince.',
    );
    // The airport the gazetteer lacks goes to the story's place, Port-au-Prince.
    const at = (id: string) =>
      collection.features.find((f) => f.properties.id === id)?.geometry?.coordinates;
    expect(at('toussaint-louverture-international')).toEqual(at('port-au-prince'));
  });
  it('puts the story in no country named across a border', async () => {
    const events = await eventsOf(
      'date 2023-09-25\nPRISTINA, Kosovo (Reuters) - Kosovo police said on Monday they had seized weapons after a siege at a monastery near the border with Serbia.',
    );
    expect(events.map((e) => e.placeId)).not.toContain('serbia');
  });
  it("puts an event at no end of a route, at the story's place rather than a river's, and the story not across a border", async () => {
    const train = await eventsOf(
      'date 2025-03-12\nMilitants attacked a train carrying passengers from Quetta to Peshawar on Tuesday near the town of Sibi.',
    );
    expect(train[0].placeId).toBe('sibi');
    const nile = await eventsOf(
      'date 2024-09-27\nThe army shelled Omdurman on Wednesday. On Thursday, air strikes were reported across the Nile.',
    );
    expect(nile.map((e) => e.placeId)).toEqual(['omdurman', 'omdurman']);
    const border = await eventsOf(
      'date 2025-01-20\nClashes erupted in Tibu on Thursday. Thousands fled to Cucuta, near the border with Venezuela. Petro suspended talks with the ELN on Friday.',
    );
    expect(border.map((e) => e.placeId)).not.toContain('venezuela');
  });
  it('puts talks named for a city in it, and leaves a joined subject of another clause out', async () => {
    const events = await eventsOf(
      "date 2024-05-15\nSudan's RSF shells El Fasher as Jeddah talks resume\n\nThe RSF shelled El Fasher on Tuesday, killing 12, as the army and the RSF prepared for talks.",
    );
    expect(events.find((e) => e.type === 'CONSULT')?.placeId).toBe('jeddah');
    const fight = events.find((e) => e.type === 'FIGHT' && e.date === '2024-05-14');
    expect(fight?.actors).toEqual([{ id: 'rsf', role: 'initiator' }]);
  });
  it('makes every party after "launched by" an initiator, and puts no statement across a border', async () => {
    const [campaign] = await eventsOf(
      'date 2017-07-10\nThe offensive on Mosul was launched by the Iraqi Government and allied militias on Monday.',
    );
    expect(campaign.actors.filter((a) => a.role === 'initiator').map((a) => a.id)).toEqual([
      'iraq',
      'x-militias',
    ]);
    const { collection } = await ingestText(
      'date 2024-07-30\nRebels said Monday they had attacked an army post near Kidal, on the border with Algeria.',
    );
    const statements = collection.features.flatMap((f) =>
      f.properties.kind === 'statement' ? [f.properties] : [],
    );
    expect(statements.map((st) => st.placeId)).toEqual(['kidal']);
  });
  it('takes a party named with its fire as the one firing, after the trigger too', async () => {
    const events = await eventsOf(
      'date 2017-07-10\nThousands of civilians had been killed in Mosul, many by coalition airstrikes and ISIL sniper fire.',
    );
    expect(events[0].actors).toEqual([{ id: 'isis', role: 'initiator' }]);
  });
});

describe('summaries and named speakers', () => {
  const report = (text: string) => ingestText(`date 2024-01-12\n${text}`);
  it('keeps a clause whole: "was" and "has" are not "as …"', async () => {
    const { collection } = await report(
      'On Friday, a Houthi missile was fired at a tanker in the Gulf of Aden, the U.S. Central Command said, but it missed.',
    );
    const summaries = collection.features.map((f) =>
      f.properties.kind === 'place' ? null : f.properties.summary,
    );
    expect(summaries.some((t) => t?.includes('a Houthi missile was fired at a tanker'))).toBe(true);
  });
  it("gives a speaker named after its country that country's side, and keeps the country out of the event", async () => {
    const { collection } = await report(
      'On Friday, a Houthi missile was fired at a tanker in the Gulf of Aden, the U.S. Coast Guard said, but it missed.',
    );
    expect(collection.actors.find((a) => a.name === 'Coast Guard')?.side).toBe('united-states');
    const event = collection.features.find((f) => f.properties.kind === 'event');
    expect(event?.properties.kind === 'event' && event.properties.actors).toEqual([
      { id: 'houthis', role: 'initiator' },
    ]);
  });
  it('gives a person the side, seat and colour of the actor whose title they hold', async () => {
    const { collection } = await report(
      "Lebanon's caretaker Prime Minister Najib Mikati said the government was working to keep the country out of the war in Gaza. Houthi spokesman Mohammed Abdulsalam said the attacks were unjustified. Former Lebanese Prime Minister Saad Hariri said nothing would change.",
    );
    const actor = (name: string) => collection.actors.find((a) => a.name === name);
    const lebanon = actor('Lebanon');
    expect(actor('Najib Mikati')).toMatchObject({
      side: 'lebanon',
      seat: 'beirut',
      color: lebanon?.color,
    });
    expect(actor('Mohammed Abdulsalam')?.side).toBe('houthis');
    // A portfolio between the demonym and the title: "Lebanese Transport Minister".
    const transport = await report(
      'The crossing was put out of service, Lebanese Transport Minister Ali Hamie said.',
    );
    expect(transport.collection.actors.find((a) => a.name === 'Ali Hamie')).toMatchObject({
      side: 'lebanon',
      seat: 'beirut',
    });
    // A former office speaks for no one.
    expect(actor('Saad Hariri')?.side).toBe('unaffiliated');
    // Mikati's words are put in Beirut, where he sits, not in Gaza, which they are about.
    const beirut = collection.features.find(
      (f) => f.properties.kind === 'place' && f.properties.name === 'Beirut',
    );
    const mikati = collection.features.find(
      (f) => f.properties.kind === 'statement' && f.properties.speaker === 'x-najib-mikati',
    );
    expect(mikati?.properties.kind === 'statement' && mikati.properties.placeId).toBe(
      beirut?.properties.kind === 'place' ? beirut.properties.id : 'no Beirut',
    );
  });
  it('names a person without the possessive', async () => {
    const { collection } = await report(
      "Israel's war cabinet decided to continue the operation in Rafah, Prime Minister Benjamin Netanyahu's office said.",
    );
    expect(collection.actors.map((a) => a.name)).toContain('Benjamin Netanyahu');
    expect(collection.actors.map((a) => a.name)).not.toContain("Benjamin Netanyahu's");
  });
});

describe('what has not happened yet', () => {
  it('makes no event of talks that would or will take place, and gives the statement to the state whose official spoke', async () => {
    for (const text of [
      'In Cairo, an Egyptian official told Reuters that talks would resume on Wednesday.',
      'An Egyptian official said talks will resume in Doha on Thursday.',
    ]) {
      const { collection } = await ingestText(`date 2024-05-07\n${text}`);
      const kinds = collection.features.map((f) => f.properties.kind).filter((k) => k !== 'place');
      expect(kinds).toEqual(['statement']);
      const st = collection.features.find((f) => f.properties.kind === 'statement');
      expect(st?.properties.kind === 'statement' && st.properties.speaker).toBe('egypt');
    }
  });
  it('still makes an event of talks that were held', async () => {
    const [event] = await eventsOf(
      'date 2024-05-07\nIsraeli and Hamas negotiators held talks in Doha on Thursday.',
    );
    expect(event).toMatchObject({ type: 'CONSULT', date: '2024-05-02' });
  });
  it('holds talks where "in the town of" puts them, not at a party\'s seat', async () => {
    const [event] = await eventsOf(
      'date 2023-09-21\nKarabakh Armenian leaders held talks with Azerbaijani officials in the town of Yevlakh on Thursday.',
    );
    expect(event).toMatchObject({ type: 'CONSULT', placeId: 'yevlakh' });
  });
  it('puts an agreement where its parties are, or where the sentence opens, with no venue after it', async () => {
    const [karabakh] = await eventsOf(
      'date 2023-09-20\nEthnic Armenian forces in Nagorno-Karabakh agreed on Wednesday to disarm under a ceasefire proposed by Russian peacekeepers.',
    );
    expect(karabakh).toMatchObject({ type: 'AGREE', placeId: 'nagorno-karabakh' });
    const [doha] = await eventsOf(
      'date 2023-09-20\nIn Doha, Israel and Hamas agreed to a truce on Friday.',
    );
    expect(doha).toMatchObject({ type: 'AGREE', placeId: 'doha' });
  });
});

describe('reports from other wars (Somalia, Myanmar, Karabakh)', () => {
  const ingest = (text: string) => ingestText(`date 2023-11-14\n${text}`);
  const places = (c: { features: { properties: { kind: string } }[] }) =>
    c.features.flatMap((f) => (f.properties.kind === 'place' ? [f.properties as PlaceProps] : []));
  it('reads "Shan state" as the region of Myanmar, not a town of that name in China', async () => {
    const { collection } = await ingest(
      "Rebels in Myanmar's northern Shan state seized military posts. China's foreign ministry urged all parties to cease fire.",
    );
    expect(places(collection).map((p) => [p.name, p.country])).toContainEqual(['Shan State', 'MM']);
    expect(places(collection).map((p) => p.name)).not.toContain('Shancheng');
  });
  it('takes a nickname for no place, a drone base for no strike, and an administration for an organisation', async () => {
    const { collection } = await ingest(
      'Gunmen attacked a bus in Culiacan. The violence erupted on Sept. 9 between factions loyal to Ismael "El Mayo" Zambada, weeks after Zambada was arrested in El Paso, Texas. The U.S. Drug Enforcement Administration said the United States has 1,000 troops at a drone base in Agadez.',
    );
    expect(places(collection).map((p) => p.name)).not.toContain('Mayo');
    const events = collection.features.flatMap((f) =>
      f.properties.kind === 'event' ? [f.properties] : [],
    );
    // The arrest "weeks" before is another event, at its own place.
    expect(events.map((e) => [e.type, e.placeId])).toEqual([
      ['FIGHT', 'culiacan'],
      ['FIGHT', 'culiacan'],
      ['COERCE', 'el-paso'],
    ]);
    expect(collection.actors.find((a) => a.name === 'Drug Enforcement Administration')?.kind).toBe(
      'organisation',
    );
  });
  it('takes a party killed with civilians for a target of the killing, not its author', async () => {
    const events = await eventsOf(
      'date 2023-09-20\nFour Azerbaijani police officers and two civilians were killed by landmines near Fuzuli on Tuesday.',
    );
    for (const e of events)
      expect(e.actors).toEqual([{ id: 'az-interior-ministry', role: 'target' }]);
  });
  it('reads a section heading that names a country as where its section is, and as no party', async () => {
    const events = await eventsOf(
      'date 2024-09-06\nSahel Situation Update: August 2024\n\nBurkina Faso\nOn 24 August, JNIM militants attacked civilians around the town of Barsalogho, in Sanmatenga province.\n\nMali\nOn 26 July, rebels ambushed a convoy of Malian soldiers in the desert.',
    );
    expect(events.map((e) => e.placeId)).toEqual(['barsalogho', 'mali']);
    const parties = events.flatMap((e) => e.actors.map((a) => a.id));
    expect(parties).not.toContain('mali');
    expect(parties).not.toContain('burkina-faso');
  });
  it("puts an event in a town rather than at a river's point, and takes a dismissal for no shooting", async () => {
    const events = await eventsOf(
      'date 2025-03-28\nOn 26 September 2024, the SAF launched an offensive across the Nile bridges into central Khartoum. The council fired his predecessor, Garry Conille, on Sunday.',
    );
    expect(events.map((e) => [e.type, e.placeId])).toEqual([['FIGHT', 'khartoum']]);
  });
  it('takes an agency alarmed by reports of a killing for no party of it, and UNHCR for itself', async () => {
    const { collection } = await ingest(
      'UNHCR, the UN Refugee Agency, is alarmed by reports that dozens of Rohingya civilians were killed on Monday near Maungdaw in Myanmar. UNHCR said survivors reached Teknaf.',
    );
    const events = collection.features.flatMap((f) =>
      f.properties.kind === 'event' ? [f.properties] : [],
    );
    expect(events.map((e) => [e.type, e.placeId, e.actors])).toEqual([['ASSAULT', 'maungdaw', []]]);
    const [st] = collection.features.flatMap((f) =>
      f.properties.kind === 'statement' ? [f.properties] : [],
    );
    expect(st.speaker).toBe('unhcr');
  });
  it('knows the disputed regions news name, from the hand-compiled list ("Essequibo")', async () => {
    const { collection } = await ingest(
      'Venezuela ordered licences for oil extraction in Essequibo, the region administered by Guyana that Caracas claims.',
    );
    expect(places(collection).map((p) => [p.name, p.country])).toContainEqual(['Essequibo', 'GY']);
  });
  it('reads "the eastern Libyan city of Derna" as the city in Libya, not its district, there and where the name comes again', async () => {
    const { collection } = await ingest(
      'Rescue teams were pulling bodies from the sea in the eastern Libyan city of Derna. A navy ship would leave for Derna on Thursday.',
    );
    const derna = places(collection).filter((p) => p.country === 'LY');
    expect(derna.map((p) => [p.name, p.placeType])).toEqual([['Darnah', 'town']]);
    expect(derna[0].mentions).toHaveLength(2);
  });
  it('takes "the alliance" in lower case for no one, "the Alliance" for NATO', async () => {
    const speakers = async (text: string) =>
      (await ingest(text)).collection.features.flatMap((f) =>
        f.properties.kind === 'statement' ? [f.properties.speaker] : [],
      );
    expect(
      await speakers('Rebels seized the town of Lashio, a spokesman for the alliance said.'),
    ).not.toContain('nato');
    expect(await speakers('The Alliance said it would defend every ally.')).toContain('nato');
  });
  it('gives the words to the subject of "X, which includes Y, said", not to Y', async () => {
    const { collection } = await ingest(
      "The Three Brotherhood Alliance, which includes the Arakan Army, said it had captured more than 100 positions in Myanmar's Shan state.",
    );
    const st = collection.features.find((f) => f.properties.kind === 'statement');
    const speaker = collection.actors.find(
      (a) => st?.properties.kind === 'statement' && a.id === st.properties.speaker,
    );
    expect(speaker?.name).toBe('Three Brotherhood Alliance');
  });
  it('reads a role against the nearest trigger: "fighting spread …, where X attacked"', async () => {
    const [event] = await eventsOf(
      'date 2023-11-14\nOn Sunday, fighting spread to Rakhine state, where the Arakan Army attacked police posts.',
    );
    expect(event.actors).toEqual([{ id: 'arakan-army', role: 'initiator' }]);
  });
  it('knows storming and retaking as fighting, and drops a wire dateline from the summary', async () => {
    const [stormed] = await eventsOf(
      'date 2024-03-15\nMOGADISHU (Reuters) - Al-Shabaab fighters stormed a hotel in Mogadishu on Thursday, police said.',
    );
    expect(stormed).toMatchObject({ type: 'FIGHT', date: '2024-03-14' });
    expect(stormed.summary).toMatch(/^Al-Shabaab fighters stormed a hotel/);
    const [retaken] = await eventsOf(
      'date 2024-03-15\nSomali forces retook the town of Jilib on Tuesday.',
    );
    expect(retaken).toMatchObject({
      type: 'FIGHT',
      actors: [{ id: 'so-armed-forces', role: 'initiator' }],
    });
  });
  it('makes no event of talks that would be held, nor of a ceasefire someone was not part of', async () => {
    const events = await eventsOf(
      "date 2023-09-21\nAzerbaijan's presidential adviser Hikmet Hajiyev said talks with representatives of the Karabakh Armenians would be held in the town of Yevlakh on Thursday. Armenian Prime Minister Nikol Pashinyan said Armenia had not been involved in drafting the ceasefire text. No agreement was reached in Baku.",
    );
    expect(events).toEqual([]);
  });
  it('takes "the SYL hotel" for a building, not an organisation', async () => {
    const { collection } = await ingest(
      'Al-Shabaab fighters attacked the SYL hotel in Mogadishu on Thursday.',
    );
    expect(collection.actors.map((a) => a.name)).not.toContain('SYL');
  });
  it('gives an adviser the side of the state whose adviser they are, and keeps a state "in northwestern X" out', async () => {
    const { collection } = await ingest(
      "Azerbaijan's presidential adviser Hikmet Hajiyev said the operation was over. Syrian government forces retook the town of Saraqib in northwestern Syria on Monday.",
    );
    expect(collection.actors.find((a) => a.name === 'Hikmet Hajiyev')?.side).toBe('azerbaijan');
    const event = collection.features.find((f) => f.properties.kind === 'event');
    expect(event?.properties.kind === 'event' && event.properties.actors).toEqual([
      { id: 'sy-armed-forces', role: 'initiator' },
    ]);
  });
});

describe('wire datelines and who speaks (Sahel, Ukraine, Iraq)', () => {
  const speakerOf = async (report: string) => {
    const { collection } = await ingestText(report);
    const st = collection.features.find((f) => f.properties.kind === 'statement');
    return st?.properties.kind === 'statement' ? st.properties.speaker : null;
  };
  it('takes neither the date, the place nor the capital of "KYIV, May 12 (Reuters) -" for the story\'s', async () => {
    const [event] = await eventsOf(
      "date 2024-05-12\nKYIV, May 12 (Reuters) - Russian forces captured five villages in Ukraine's Kharkiv region on Friday, Russia's Defence Ministry said.",
    );
    expect(event).toMatchObject({
      date: '2024-05-10',
      actors: [{ id: 'ru-armed-forces', role: 'initiator' }],
    });
    expect(event.summary).toMatch(/^Russian forces captured/);
    const [sunday] = await eventsOf(
      'date 2024-03-06\nOUAGADOUGOU, March 6 (Reuters) - Militants killed dozens of people in an attack in eastern Burkina Faso on Sunday, security sources said.',
    );
    expect(sunday.date).toBe('2024-03-03');
    const { collection } = await ingestText(
      'date 2024-03-06\nOUAGADOUGOU, March 6 (Reuters) - Militants attacked a mosque in eastern Burkina Faso on Sunday.',
    );
    const place = collection.features.find(
      (f) => f.properties.kind === 'place' && f.properties.id === sunday.placeId,
    );
    expect(place?.properties.kind === 'place' && place.properties.name).toBe('Burkina Faso');
  });
  it('reads "He said Ukraine had" as his words, not Ukraine\'s', async () => {
    expect(
      await speakerOf(
        'date 2024-05-12\nPresident Volodymyr Zelenskiy spoke in Kyiv. He said Ukraine had sent reinforcements to Kharkiv.',
      ),
    ).toBe('zelensky');
  });
  it('gives "the command said" to the command just named, "In Mali, the army said" to Mali\'s army', async () => {
    const { collection } = await ingestText(
      'date 2021-07-01\nIraqi jets struck a hideout near Mosul, the Joint Operations Command said. The command said the Iraqi army was coordinating operations near Erbil.',
    );
    const speakers = speakerIdsOf(collection);
    expect(speakers).toEqual(['x-joint-operations-command', 'x-joint-operations-command']);
    expect(
      await speakerOf(
        "date 2024-03-06\nBurkina Faso's army lost a base. In neighbouring Mali, the army said it had struck militants near Kidal on Monday.",
      ),
    ).toBe('ml-armed-forces');
  });
  it('gives "the army" in a clash the forces of the country its sentence puts the clash in, not of a neighbour named before', async () => {
    const events = await eventsOf(
      'date 2024-11-25\nThe attack hit a base near the border with Venezuela.\nDissidents of the former FARC clashed with the army in the Cauca department on Sunday.',
    );
    const clash = events.find((e) => e.excerpt.text.includes('clashed'));
    expect(clash?.actors.map((a) => a.id)).toContain('co-armed-forces');
  });
  it('gives a titled person the side of "Niger\'s junta leader, General" and "U.S. Secretary of State"', async () => {
    const { collection } = await ingestText(
      "date 2024-03-06\nNiger's junta leader, General Abdourahamane Tiani, met Ukraine's foreign minister Dmytro Kuleba and U.S. Secretary of State Antony Blinken in Niamey on Tuesday.",
    );
    const side = (name: string) => collection.actors.find((a) => a.name === name)?.side;
    expect([side('Abdourahamane Tiani'), side('Antony Blinken')]).toEqual([
      'niger',
      'united-states',
    ]);
  });
  it('gives "the Israeli military said" to the armed forces, not the state', async () => {
    expect(
      await speakerOf(
        'date 2024-10-02\nIran fired missiles at Israel on Tuesday, the Israeli military said.',
      ),
    ).toBe('il-armed-forces');
  });
  it('makes no new event of one taken up again: "the attack was a response", "the missiles were intercepted"', async () => {
    const events = await eventsOf(
      "date 2024-10-02\nIran fired missiles at Israel on Tuesday. Most of the missiles were intercepted over Jerusalem. Iran's Revolutionary Guards said the attack was a response to the killing of Hassan Nasrallah in Beirut in September.",
    );
    expect(events.map((e) => [e.type, e.date])).toEqual([['FIGHT', '2024-10-01']]);
  });
  it('gives a verb joined by "and" to the sentence\'s subject, who also takes part in the first', async () => {
    const { collection } = await ingestText(
      'date 2023-04-17\nFighting raged in Khartoum on Monday.\n\nU.S. Secretary of State Antony Blinken spoke with army chief General Abdel Fattah al-Burhan and RSF commander Mohamed Hamdan Dagalo on Monday and urged them to agree to a ceasefire.',
    );
    const st = collection.features.find((f) => f.properties.kind === 'statement');
    expect(st?.properties.kind === 'statement' && st.properties.speaker).toBe('x-antony-blinken');
    const call = collection.features.find(
      (f) => f.properties.kind === 'event' && f.properties.type === 'CONSULT',
    );
    expect(call?.properties.kind === 'event' && call.properties.actors.map((a) => a.id)).toEqual(
      expect.arrayContaining(['x-antony-blinken', 'rsf', 'x-mohamed-hamdan-dagalo']),
    );
    // A name with an Arabic article inside it is whole.
    expect(collection.actors.map((a) => a.name)).toContain('Abdel Fattah al-Burhan');
  });
  it('makes no fighting of a junta that "seized power"', async () => {
    expect(
      await eventsOf(
        "date 2024-03-06\nBurkina Faso's military government, which seized power in Ouagadougou in a 2022 coup, has not commented.",
      ),
    ).toEqual([]);
  });
});

describe('more wording from new reports (Gaza, Kharkiv, Sudan)', () => {
  it('dates an event "three days after" which the story happened three days before', async () => {
    const [event] = await eventsOf(
      'date 2024-05-08\nIsrael reopened the Kerem Shalom crossing on Wednesday, three days after a Hamas rocket attack killed four Israeli soldiers near Rafah.',
    );
    expect(event).toMatchObject({ type: 'FIGHT', date: '2024-05-05' });
  });
  it('keeps the event a statement alone reports, and gives it to whoever carried it out', async () => {
    const [event] = await eventsOf(
      'date 2022-03-01\nThe Ministry of Foreign Affairs of Ukraine strongly condemns the missile strike carried out by the Russian armed forces on Freedom Square in Kharkiv this morning.',
    );
    expect(event).toMatchObject({
      type: 'FIGHT',
      actors: [{ id: 'ru-armed-forces', role: 'initiator' }],
    });
  });
  it('makes both sides of "fighting between" parties, and knows "struck" and "took control of"', async () => {
    const events = await eventsOf(
      "date 2023-04-17\nFighting between Sudan's army and the Rapid Support Forces raged in Khartoum on Monday. On Sunday, the RSF took control of the airport in Merowe.",
    );
    expect(events.map((e) => e.actors)).toEqual([
      [
        { id: 'sd-armed-forces', role: 'participant' },
        { id: 'rsf', role: 'participant' },
      ],
      [{ id: 'rsf', role: 'initiator' }],
    ]);
    const [struck] = await eventsOf(
      'date 2023-04-17\nSudanese jets struck targets in Omdurman on Monday.',
    );
    expect(struck?.type).toBe('FIGHT');
  });
  it('makes no event of a supposed one: "an assault on Rafah would be a disaster"', async () => {
    expect(
      await eventsOf(
        'date 2024-05-08\nU.N. Secretary-General Antonio Guterres warned that an assault on Rafah in Gaza would be "an epic humanitarian disaster".',
      ),
    ).toEqual([]);
  });
});

describe('who takes part, and when (Avdiivka, Rafah)', () => {
  it('finds "The Rafah crossing" and leaves out the country across the border', async () => {
    const events = await eventsOf(
      'date 2024-05-08\nIsrael reopened the Kerem Shalom crossing into Gaza on Wednesday. The Rafah crossing with Egypt remained closed after Israeli forces took control of its Palestinian side on Tuesday.',
    );
    // Reopening a crossing is an action no trigger names: it is kept as OTHER.
    expect(events.map((e) => e.type)).toEqual(['OTHER', 'FIGHT']);
    const event = events[1];
    expect(event).toMatchObject({ type: 'FIGHT', placeId: 'rafah-crossing' });
    expect(event.actors.map((a) => a.id)).not.toContain('egypt');
  });
  it('leaves out of a withdrawal the country it hands a gain to, and the date of that gain', async () => {
    const [event] = await eventsOf(
      "date 2024-02-19\nUkraine's top commander said on Saturday that he had ordered troops to withdraw from the eastern town of Avdiivka, handing Russia its biggest gain since the fall of Bakhmut in May last year.",
    );
    expect(event).toMatchObject({ type: 'RETREAT', date: '2024-02-17', actors: [] });
  });
  it('leaves out who told whom: "Shoigu told President Putin that Russian forces had taken full control"', async () => {
    const [event] = await eventsOf(
      'date 2024-02-19\nRussian Defence Minister Sergei Shoigu told President Vladimir Putin that Russian forces had taken full control of Avdiivka in eastern Ukraine, the Kremlin said on Sunday.',
    );
    expect(event).toMatchObject({
      type: 'FIGHT',
      actors: [{ id: 'ru-armed-forces', role: 'initiator' }],
    });
  });
  it('makes the speaker of "said it had accepted a ceasefire" its party, and no event of "any attack … would"', async () => {
    const events = await eventsOf(
      'date 2024-05-07\nLate on Monday, Hamas said it had accepted a ceasefire proposal put forward by mediators in Cairo. Egypt warned that any attack on Rafah would have grave consequences.',
    );
    expect(events.map((e) => [e.type, e.actors])).toEqual([
      ['AGREE', [{ id: 'hamas', role: 'participant' }]],
    ]);
  });
});

describe('names met again (Haiti, Congo, Red Sea)', () => {
  it('knows a person named in full by surname later, and takes that surname for no place', async () => {
    const { collection } = await ingestText(
      'date 2024-03-04\nGangs want to force Prime Minister Ariel Henry to resign. Henry, who was in Kenya, said on Sunday he would return to Port-au-Prince.',
    );
    const names = collection.features.flatMap((f) =>
      f.properties.kind === 'place' ? [f.properties.name] : [],
    );
    expect(names).not.toContain('Clay');
    const st = collection.features.find((f) => f.properties.kind === 'statement');
    expect(st?.properties.kind === 'statement' && st.properties.speaker).toBe('x-ariel-henry');
  });
  it('takes "Congo" near Goma and Kinshasa for the Democratic Republic of the Congo', async () => {
    const { collection } = await ingestText(
      'date 2025-01-28\nM23 rebels seized Goma on Monday. Protests spread across Congo and reached Kinshasa on Tuesday.',
    );
    const countries = collection.features.flatMap((f) =>
      f.properties.kind === 'place' ? [f.properties.country] : [],
    );
    expect(countries).toContain('CD');
    expect(countries).not.toContain('CG');
  });
  it('reads "GOMA, Democratic Republic of Congo, Jan 28 (Reuters) -" as a dateline', async () => {
    const [event] = await eventsOf(
      'date 2025-01-28\nGOMA, Democratic Republic of Congo, Jan 28 (Reuters) - M23 rebels seized most of Goma on Monday.',
    );
    expect(event).toMatchObject({ date: '2025-01-27' });
    expect(event.summary).toMatch(/^M23 rebels seized/);
  });
  it('takes "British-owned" for no organisation, and "targeted" and "destroyed" as fighting', async () => {
    const { collection } = await ingestText(
      "date 2024-02-20\nYemen's Houthis said on Monday they had targeted the British-owned cargo ship Rubymar in the Gulf of Aden.",
    );
    expect(collection.actors.map((a) => a.name)).not.toContain('British-owned');
    const event = collection.features.find((f) => f.properties.kind === 'event');
    expect(event?.properties.kind === 'event' && event.properties.actors).toEqual([
      { id: 'houthis', role: 'initiator' },
    ]);
  });
});

describe('names that are not actors (Kashmir, Libya)', () => {
  it('finds no organisation in a dateline, no speaker in "Residents of Poonch", no person in "the Abu Salim district"', async () => {
    const { collection } = await ingestText(
      'date 2025-05-14\nNEW DELHI, May 8 (Reuters) - India struck nine sites in Pakistan on Wednesday. Residents of Poonch said 12 people were killed by Pakistani shelling. Fighters took control of the Abu Salim district in Tripoli.',
    );
    const names = collection.actors.map((a) => a.name);
    for (const junk of ['NEW', 'Residents of Poonch', 'Abu Salim'])
      expect(names).not.toContain(junk);
  });
  it('finds no speaker in the region after a comma: "partners in Tawila, North Darfur, reported"', async () => {
    const { collection } = await ingestText(
      'date 2024-05-12\nHumanitarian partners in Tawila, North Darfur, reported the arrival of 500 families.',
    );
    expect(collection.actors.map((a) => a.name)).not.toContain('North Darfur');
  });
  it('makes two events of "X struck … on Wednesday, two weeks after an attack in Y", each with its own place, date and parties', async () => {
    const events = await eventsOf(
      'date 2025-05-08\nIndia struck nine sites in Pakistan early on Wednesday, the Indian government said, two weeks after an attack on tourists in Pahalgam killed 26 men.',
    );
    expect(events.map((e) => [e.date, e.placeId, e.actors.map((a) => a.id)])).toEqual([
      ['2025-05-07', 'pakistan', ['india']],
      ['2025-04-23', expect.stringMatching(/^pah/), []],
    ]);
  });
  it('gives "X led by Prime Minister Y said" to X', async () => {
    const { collection } = await ingestText(
      'date 2025-05-14\nThe Government of National Unity led by Prime Minister Abdulhamid al-Dbeibah said it had taken control of the Abu Salim district in Tripoli.',
    );
    const st = collection.features.find((f) => f.properties.kind === 'statement');
    expect(st?.properties.kind === 'statement' && st.properties.speaker).toBe(
      'x-government-of-national-unity',
    );
  });
});

describe('armed groups and references (Ethiopia, Lebanon)', () => {
  it('takes "Fano militiamen" for an armed group, not a town in Italy, and a demonym-led force for its state', async () => {
    const { collection } = await ingestText(
      "date 2023-08-09\nHeavy fighting broke out between the military and local Fano militiamen in Ethiopia's Amhara region last week. The Ethiopian National Defense Force said on Tuesday it had regained control of Gondar.",
    );
    expect(collection.actors.find((a) => a.name === 'Fano')?.kind).toBe('armed_group');
    const places = collection.features.flatMap((f) =>
      f.properties.kind === 'place' ? [f.properties.country] : [],
    );
    expect(places).not.toContain('IT');
    // The defence force is the state's armed forces.
    expect(collection.actors.map((a) => a.id)).toContain('et-armed-forces');
    const types = collection.features.flatMap((f) =>
      f.properties.kind === 'event' ? [f.properties.type] : [],
    );
    expect(types).toEqual(['FIGHT', 'FIGHT']);
  });
  it('takes a group named by its form once for that group wherever the report names it', async () => {
    const { collection } = await ingestText(
      'date 2023-08-09\nFighting between the army and Fano erupted last week in Gondar. Fano fighters took control of Lalibela on Wednesday.',
    );
    const fano = collection.actors.find((a) => a.name === 'Fano');
    expect(fano?.mentions).toHaveLength(2);
    const places = collection.features.flatMap((f) =>
      f.properties.kind === 'place' ? [f.properties.name] : [],
    );
    expect(places).not.toContain('Fano');
    const first = collection.features.find(
      (f) => f.properties.kind === 'event' && f.properties.placeId === 'gondar',
    );
    expect(
      first?.properties.kind === 'event' && first.properties.actors.map((a) => a.id),
    ).toContain(fano?.id);
  });
  it("gives an insurgent movement named with its country no side of that state's", async () => {
    const { collection } = await ingestText(
      'date 2023-11-13\nThe Myanmar National Democratic Alliance Army said fighting continued near Laukkai on Sunday.',
    );
    const group = collection.actors.find((a) => /National Democratic Alliance Army/.test(a.name));
    expect(group?.side).not.toBe('myanmar');
    // The state's name opens the movement's: it is part of it, and the state does not attack.
    const events = await eventsOf(
      "date 2023-11-13\nThe Sudan People's Liberation Movement-North attacked Kadugli on Sunday.",
    );
    expect(events[0].actors).toEqual([{ id: 'splm-n', role: 'initiator' }]);
  });
  it('makes no new agreement of "the truce" in an undated statement, nor a withdrawal of "as forces withdraw"', async () => {
    const events = await eventsOf(
      "date 2024-11-27\nA ceasefire between Israel and Hezbollah took effect in Lebanon early on Wednesday. Benjamin Netanyahu said Israel would strike Hezbollah if it violated the truce. Lebanon's army said it would deploy troops to the south as Israeli forces withdraw.",
    );
    expect(events.map((e) => e.type)).toEqual(['AGREE']);
  });
});

describe('Aleppo and drones', () => {
  it('knows "swept into", "forcing troops to withdraw" and "launched drones at", with the state of "Syria\'s second city" no party', async () => {
    const events = await eventsOf(
      "date 2024-11-30\nSyrian rebels led by Hayat Tahrir al-Sham swept into Aleppo on Friday, forcing government troops to withdraw from parts of Syria's second-largest city. Ukraine launched at least 144 drones at Russia overnight near Moscow.",
    );
    expect(events.map((e) => e.type)).toEqual(['FIGHT', 'RETREAT', 'FIGHT']);
    expect(events[0].actors.map((a) => a.id)).not.toContain('syria');
    expect(events[2].actors).toEqual([
      { id: 'ukraine', role: 'initiator' },
      { id: 'russia', role: 'target' },
    ]);
  });
  it('reads a relative clause in a summary with what it is about', async () => {
    const events = await eventsOf(
      "date 2024-11-30\nTurkey's foreign ministry said it was closely monitoring the situation and called for an end to attacks on Idlib, which falls within a de-escalation zone agreed by Ankara and Moscow in 2020.",
    );
    for (const e of events) expect(e.summary).not.toMatch(/^Which/);
  });
});

describe('a report with a headline (Niger)', () => {
  const report = `date 2023-07-28
Niger's army backs coup leaders as president held
By Staff Reporter

NIAMEY, July 28 (Reuters) - Niger's army command said on Thursday that soldiers detained President Mohamed Bazoum in Niamey.

French Foreign Minister Catherine Colonna said France did not recognise the new authorities in Niamey. The West African bloc ECOWAS threatened sanctions against the junta in Niamey.`;
  it('finds the wire dateline after a headline and a byline', async () => {
    const [event] = await eventsOf(report);
    expect(event).toMatchObject({ type: 'COERCE', date: '2023-07-27' });
    expect(event.summary).toMatch(/^Niger's army command said/);
  });
  it('takes "French" for France, and a threatened sanction for a threat', async () => {
    const { collection } = await ingestText(report);
    expect(collection.actors.find((a) => a.name === 'Catherine Colonna')?.side).toBe('france');
    const types = collection.features.flatMap((f) =>
      f.properties.kind === 'event' ? [f.properties.type] : [],
    );
    expect(types).toContain('THREATEN');
    expect(types).not.toContain('SANCTION');
  });
});

describe('a UN flash update with a headline, headings and bullets (Sudan)', () => {
  const report = `date 2024-05-12
Sudan: Clashes in El Fasher - Flash Update No. 3 (12 May 2024)

HIGHLIGHTS
• Heavy fighting between the Sudanese Armed Forces (SAF) and the Rapid Support Forces (RSF) erupted in El Fasher, North Darfur, on 10 May.
• Shelling hit the South Hospital in El Fasher, according to Médecins Sans Frontières (MSF).`;
  it('leaves to the story the attack a headline and its byline place in the country', async () => {
    const events = await eventsOf(`date 2024-06-03
Russian drones hit energy sites across Ukraine overnight, officials say
By Staff Writer

KYIV, June 3 (Reuters) - Russian missiles struck energy facilities in the Kharkiv region overnight, Ukrainian officials said.`);
    expect(events.map((e) => [e.type, e.placeId])).toEqual([['FIGHT', 'kharkiv']]);
  });
  it('leaves the fight its headline names to the story, which dates it', async () => {
    const events = await eventsOf(report);
    expect(events.map((e) => [e.type, e.date, e.summary.slice(0, 14)])).toEqual([
      ['FIGHT', '2024-05-10', 'Heavy fighting'],
      ['FIGHT', '2024-05-12', 'Shelling hit t'],
    ]);
    expect(events[1].actors).toEqual([]);
  });
  it('keeps a generic party its headline names again in lower case', async () => {
    const events = await eventsOf(
      "date 2024-03-05\nHaiti: gangs attack main airport as violence spreads in Port-au-Prince\nPORT-AU-PRINCE (AP) — Gangs tried to seize control of Haiti's main international airport on Monday.",
    );
    expect(events.flatMap((e) => e.actors.map((a) => a.id))).toContain('x-gangs');
  });
  it("makes no event of a section's heading", async () => {
    const events = await eventsOf(
      'date 2024-08-01\nThe Battle of Kidal took place in November 2023.\nBattle\nOn 14 November 2023, the army took control of Kidal.',
    );
    expect(events.map((e) => e.summary)).not.toContain('Battle');
    expect(events.map((e) => e.date)).toEqual(['2023-11-01', '2023-11-14']);
  });
});

describe('rebels in a state, and clauses of contrast (Myanmar)', () => {
  it('takes "Myanmar rebels" for rebels, not for the state', async () => {
    const { collection } = await ingestText(
      'date 2024-08-05\nMyanmar rebels attacked an army post near Lashio on Saturday.',
    );
    const [event] = collection.features.flatMap((f) =>
      f.properties.kind === 'event' ? [f.properties] : [],
    );
    expect(event.actors.map((a) => a.id)).toEqual(['x-rebels']);
  });
  it('leaves to the story what its headline says someone says', async () => {
    const { collection } = await ingestText(`date 2024-08-05
Myanmar rebels say they have captured the army's command in Lashio

BANGKOK, Aug 4 (AP) — An alliance of armed groups said Saturday it had seized the army's command in Lashio.`);
    const statements = collection.features.flatMap((f) =>
      f.properties.kind === 'statement' ? [f.properties] : [],
    );
    expect(statements.map((st) => [st.id, st.speaker])).toEqual([['st-1', 'x-armed-groups']]);
  });
  it('puts no event across a border, and dates no event across "but"', async () => {
    const events = await eventsOf(
      'date 2024-08-05\nFighting in Lashio went on for weeks. Rebels have taken control of a dozen towns along the border with China. China brokered a ceasefire in January, but fighting resumed in late June.',
    );
    expect(events.map((e) => [e.type, e.placeId, e.date])).toEqual([
      ['FIGHT', 'lashio', '2024-08-05'],
      ['FIGHT', 'lashio', '2024-08-05'],
      ['AGREE', 'beijing', '2024-01-01'],
      ['FIGHT', 'lashio', '2024-06-01'],
    ]);
    expect(events[3].actors).toEqual([]);
  });
});

describe('a claim of responsibility (Burkina Faso)', () => {
  it('gives the attack already told to whoever claims it, and makes no new attack', async () => {
    const events = await eventsOf(
      'date 2024-06-14\nAn attack on an army base near Djibo killed 100 soldiers on Tuesday. JNIM claimed responsibility for the attack on Wednesday.',
    );
    expect(events.map((e) => [e.type, e.date, e.actors])).toEqual([
      ['FIGHT', '2024-06-11', [{ id: 'jnim', role: 'initiator' }]],
    ]);
  });
});

describe('a speaker telling what it did', () => {
  it('takes part in the event it reports of itself ("said it had withdrawn")', async () => {
    const [event] = await eventsOf(
      "date 2024-02-18\nUkraine's military said on Saturday it had withdrawn its troops from the town of Avdiivka.",
    );
    expect(event).toMatchObject({
      type: 'RETREAT',
      actors: [{ id: 'ua-armed-forces', role: 'participant' }],
    });
  });
  it('gives "its forces" of a ministry to its state\'s armed forces', async () => {
    const [event] = await eventsOf(
      "date 2024-02-26\nRussia's defence ministry said on Sunday its forces had captured Avdiivka in eastern Ukraine.",
    );
    expect(event).toMatchObject({
      type: 'FIGHT',
      actors: [{ id: 'ru-armed-forces', role: 'initiator' }],
    });
  });
  it('puts no event in the country of a possessive before its speaker ("Russia\'s defence ministry")', async () => {
    const events = await eventsOf(
      "date 2023-06-07\nRussia's defence ministry said Russian forces had captured Robotyne on Tuesday.",
    );
    expect(events.map((e) => e.placeId)).not.toContain('russia');
  });
  it('gives "its warplanes" to the armed forces that speak, and a target "hit" to the other side', async () => {
    const [event] = await eventsOf(
      'date 2024-10-03\nThe Israeli military said its warplanes had hit Hezbollah intelligence headquarters in Beirut.',
    );
    expect(event).toMatchObject({
      type: 'FIGHT',
      placeId: 'beirut',
      actors: [
        { id: 'il-armed-forces', role: 'initiator' },
        { id: 'hezbollah', role: 'target' },
      ],
    });
  });
  it("reads a party against its own clause's trigger, not one in a phrase opening the sentence", async () => {
    const events = await eventsOf(
      'date 2024-03-01\nRussian forces attacked Avdiivka in Donetsk Oblast. Following the battle, Russian forces continued to advance west, capturing Lastochkyne near Avdiivka on 26 February.',
    );
    expect(events.at(-1)?.actors).toEqual([{ id: 'ru-armed-forces', role: 'initiator' }]);
  });
  it('gives "its air defences" of a ministry to its state\'s armed forces', async () => {
    const [event] = await eventsOf(
      'date 2024-06-03\nThe Russian defence ministry said its air defences had destroyed 22 drones over the Belgorod region.',
    );
    expect(event.actors).toEqual([{ id: 'ru-armed-forces', role: 'initiator' }]);
  });
  it('takes "its fighters" for the speaker, and what its deed was done to as the target', async () => {
    const [fired] = await eventsOf(
      'date 2024-10-08\nHezbollah said its fighters fired rockets at the northern Israeli city of Haifa.',
    );
    expect(fired.actors).toEqual([{ id: 'hezbollah', role: 'initiator' }]);
    const [killed] = await eventsOf(
      'date 2024-10-08\nThe Israeli military said it had killed a senior Hezbollah commander in a strike in Beirut late Monday.',
    );
    expect(killed.actors).toEqual([
      { id: 'il-armed-forces', role: 'initiator' },
      { id: 'hezbollah', role: 'target' },
    ]);
  });
});

describe('Myanmar: a truce and what went on', () => {
  it('reads "continued to attack" as an attack, without the "But" before a group\'s name', async () => {
    const events = await eventsOf(
      'date 2024-01-15\nBut the Arakan Army continued to attack military outposts in Rakhine state on Sunday.',
    );
    expect(events.map((e) => `${e.type} ${e.actors.map((a) => a.id)}`)).toEqual([
      'FIGHT arakan-army',
    ]);
  });
  it('places a capital the gazetteer lacks in the region its longer name names', async () => {
    const events = await eventsOf(
      'date 2024-01-15\nRebels seized Laukkai, the capital of the Kokang Self-Administered Zone, on Jan. 5.',
    );
    expect(events.map((e) => e.placeId)).toEqual(['laukkai']);
  });
  it('takes "the military" for the armed forces named a few sentences before', async () => {
    const { collection } = await ingestText(
      "date 2024-01-15\nMyanmar's military government agreed to a ceasefire after talks in Kunming, China's Foreign Ministry said. China hosted the talks in Kunming. Fighting went on near Laukkai. A spokesperson for the military said both sides would hold their positions.",
    );
    const military = collection.actors.find((a) => a.id.endsWith('-armed-forces'));
    expect(military?.id).toBe('mm-armed-forces');
    expect(collection.actors.map((a) => a.id)).not.toContain('cn-armed-forces');
  });
});

describe('headlines', () => {
  it('takes no speaker across a headline\'s dash ("Israel - reported impact")', async () => {
    const { collection } = await ingestText(
      'date 2024-06-20\nHostilities in the Gaza Strip and Israel - reported impact | Day 257\n\nOn 18 June, Israeli forces struck a group of people near Al Awda Hospital in Jabalia.',
    );
    const statements = collection.features.filter((f) => f.properties.kind === 'statement');
    expect(statements).toEqual([]);
  });
});

describe('a timeline of dated lines', () => {
  it('dates each line by its label, and reads its present tense', async () => {
    const { collection } = await ingestText(
      'date 2025-01-28\nKey events in eastern DR Congo\n\n- January 21: M23 rebels seize Minova, on the shore of Lake Kivu.\n- January 26: M23 fighters enter Goma; the UN says 13 peacekeepers have been killed in the fighting.',
    );
    const events = collection.features.flatMap((f) =>
      f.properties.kind === 'event' ? [`${f.properties.type} ${f.properties.date}`] : [],
    );
    expect(events).toEqual(['FIGHT 2025-01-21', 'FIGHT 2025-01-26']);
    // "DR Congo" is a place, not an organisation "DR".
    expect(collection.actors.map((a) => a.name)).not.toContain('DR');
  });
  it('makes a clause firm by any word in it that names the type', async () => {
    const [event] = await eventsOf(
      'date 2022-08-28\nHeavy gunfire and shelling hit several districts of Tripoli through the night.',
    );
    expect(event.typeTrigger).toBe('strong');
  });
});

describe('an encyclopedia sentence with two dated events', () => {
  it('dates each event by the date of its own clause', async () => {
    const events = await eventsOf(
      'date 2017-07-10\nThe Iraqi Army said eastern Mosul had been fully liberated on 24 January 2017, and the offensive on western Mosul began on 19 February.',
    );
    expect(events.map((e) => `${e.type} ${e.date}`)).toEqual([
      'FIGHT 2017-01-24',
      'FIGHT 2017-02-19',
    ]);
  });
});

describe('a flash update (Sudan)', () => {
  it('reads its headline without a party across the colon, and leaves its attack to the story', async () => {
    const { collection } = await ingestText(
      'date 2024-06-12\nSUDAN: Attacks on villages in Al Jazirah State - Flash Update No. 2\n\nOn 5 June, the Rapid Support Forces (RSF) attacked Wad Al-Noura village in Al Manaqil locality, Al Jazirah State. The attack reportedly lasted several hours.',
    );
    expect(collection.actors.map((a) => a.id)).not.toContain('sd-armed-forces');
    const events = collection.features.flatMap((f) =>
      f.properties.kind === 'event' ? [`${f.properties.type} ${f.properties.date}`] : [],
    );
    expect(events).toEqual(['FIGHT 2024-06-05']);
  });
  it('takes the party named with the trigger as its holder, after a deed the speaker tells', async () => {
    const [event] = await eventsOf(
      'date 2024-06-12\nThe Sudanese Armed Forces (SAF) said in a statement on 6 June that its forces had repelled an RSF attack near Sennar.',
    );
    expect(event.actors).toEqual([
      { id: 'sd-armed-forces', role: 'target' },
      { id: 'rsf', role: 'initiator' },
    ]);
  });
  it('takes no party of a clause before ", and" a new subject and its verb', async () => {
    const events = await eventsOf(
      "date 2023-10-06\nUkraine's parliament observed a minute of silence, and railway officials said trains to Kupiansk were delayed after shelling near the station.",
    );
    expect(events.flatMap((e) => e.actors.map((a) => a.id))).toEqual([]);
  });
});

describe('an attack told again', () => {
  it('takes "The bombing took place" and "No group claimed that attack" for the attack told', async () => {
    const events = await eventsOf(
      'date 2024-11-10\nA suicide bomber blew himself up at a railway station in Quetta on Saturday. The bombing took place as passengers waited for a train to Peshawar. No group claimed that attack in Quetta.',
    );
    expect(events.map((e) => `${e.type} ${e.placeId}`)).toEqual(['ASSAULT quetta']);
  });
});

describe('one incident, one event', () => {
  it('reads killing and shelling in one sentence and place as one event', async () => {
    const events = await eventsOf(
      'date 2025-03-14\nAt least 27 civilians were killed on Wednesday when shells struck the Zamzam camp in North Darfur.',
    );
    expect(events.map((e) => `${e.type} ${e.placeId} ${e.date}`)).toEqual([
      'ASSAULT zamzam 2025-03-12',
    ]);
  });
  it('keeps violence by other parties, and other kinds of event, apart', async () => {
    const events = await eventsOf(
      'date 2025-03-14\nThe RSF shelled Omdurman on Wednesday while army soldiers abducted 12 traders there. Residents protested in Omdurman on Wednesday after troops stormed the market.',
    );
    expect(events.map((e) => `${e.type} ${e.placeId}`)).toEqual([
      'FIGHT omdurman',
      'ASSAULT omdurman',
      'PROTEST omdurman',
    ]);
  });
});

describe('borders and roads named by their ends', () => {
  it('takes "the Niger border" for the country\'s, and puts what happened near it on this side', async () => {
    const { collection } = await ingestText(
      'date 2024-03-20\nGunmen abducted 14 civilians near Dori on Friday and took them towards the Niger border. Clashes erupted near the Niger border on Monday.',
    );
    const places = collection.features.flatMap((f) =>
      f.properties.kind === 'place' ? [`${f.properties.name} ${f.properties.country}`] : [],
    );
    expect(places).toEqual(['Dori BF', 'Niger NE']);
    const events = collection.features.flatMap((f) =>
      f.properties.kind === 'event'
        ? [`${f.properties.placeId} ${f.properties.actors.length}`]
        : [],
    );
    expect(events).toEqual(['dori 1', 'dori 0']);
  });
  const report =
    'date 2024-08-20\nFighting erupted on the Chad-Sudan border on Monday.\nInsurgents ambushed a convoy on the Maiduguri-Damboa road on Tuesday.';
  it('puts fighting on a border between two countries in the first of them', async () => {
    const events = await eventsOf(report);
    expect(events.map((e) => `${e.type} ${e.placeId} ${e.date}`)).toEqual([
      'FIGHT chad 2024-08-19',
      'FIGHT maiduguri-damboa-road 2024-08-20',
    ]);
  });
  it('places a road between two towns midway, with precision 2 and the reason', async () => {
    const { collection } = await ingestText(report);
    const text = `${report}`;
    const road = collection.features.find((f) => f.properties.id === 'maiduguri-damboa-road');
    expect(road?.properties.kind === 'place' && road.properties.location).toMatchObject({
      precision: 2,
      reason: expect.stringContaining('between Maiduguri and Damboa'),
    });
    // Midway between Maiduguri (11.85, 13.16) and Damboa (11.16, 12.76).
    const [lon, lat] = road?.geometry.coordinates ?? [];
    expect(lat).toBeCloseTo(11.5, 0);
    expect(lon).toBeCloseTo(13, 0);
    expect(validateSituation(JSON.stringify(collection), text).problems).toEqual([]);
  });
});

describe('a roundup, a paragraph a line', () => {
  it('takes "unidentified gunmen" for no group the report names', async () => {
    const { collection } = await ingestText(
      'date 2024-03-20\nOn 12 March, JNIM militants attacked a gendarmerie post in Tangaye.\n\nOn 15 March, unidentified gunmen abducted 14 civilians near Dori.',
    );
    expect(collection.actors.map((a) => `${a.id} ${a.mentions.length}`)).toEqual([
      'jnim 1',
      'x-gunmen 1',
    ]);
  });
  it('takes an unnamed party for a new one, not the group of the line before', async () => {
    const { collection } = await ingestText(
      'date 2024-08-20\nHouthi forces launched a missile at a tanker in the Red Sea on Thursday.\nAl-Shabaab fighters overran a military base near Beledweyne on Saturday.\nGang members set fire to a police station in Mirebalais on Thursday.',
    );
    expect(collection.actors.map((a) => a.id)).toEqual(['al-shabaab', 'houthis', 'x-gangs']);
  });
  it("puts a line labelled with its country there, with that country's police, and the label in no part", async () => {
    const { collection } = await ingestText(
      'date 2024-03-05\nSUDAN: Shelling killed five civilians in El Fasher on Monday, local monitors said.\n\nHAITI: Gang members attacked a police station on Tuesday, the police said.',
    );
    const events = collection.features
      .map((f) => f.properties)
      .filter((p): p is EventProps => p.kind === 'event');
    expect(events.map((e) => [e.placeId, e.actors.map((a) => a.id)])).toEqual([
      ['el-fasher', []],
      ['haiti', ['x-gangs']],
    ]);
    const said = collection.features
      .map((f) => f.properties)
      .filter((p): p is StatementProps => p.kind === 'statement');
    expect(said.map((st) => st.speaker)).toEqual(['x-haiti-police']);
  });
});

describe('judgements of events', () => {
  it('makes a statement of a condemnation, not a new event', async () => {
    const { collection } = await ingestText(
      "date 2024-01-12\nThe United States and Britain carried out strikes against Houthi targets in Sanaa overnight. Iran's foreign ministry condemned the strikes as a violation of Yemen's sovereignty.",
    );
    const kinds = collection.features.map((f) => f.properties.kind).filter((k) => k !== 'place');
    expect(kinds).toEqual(['event', 'statement']);
    const st = collection.features.find((f) => f.properties.kind === 'statement');
    expect(st?.properties.kind === 'statement' && st.properties.speaker).toBe(
      'ir-foreign-ministry',
    );
  });
});

describe('countries as places', () => {
  const parties = async (text: string) => {
    const { collection } = await ingestText(`date 2024-05-07\n${text}`);
    return collection.features.flatMap((f) =>
      f.properties.kind === 'event' ? f.properties.actors.map((a) => a.id) : [],
    );
  };
  it('takes a country paired with a place by "between" as a place, and capitals paired so as parties', async () => {
    const seized = await parties(
      'Israeli tanks seized the Rafah border crossing between Gaza and Egypt on Tuesday.',
    );
    expect(seized).toContain('il-armed-forces');
    expect(seized).not.toContain('egypt');
    const talks = await parties(
      'The sides discussed the normalisation of relations between Ankara and Damascus at talks in Astana on Tuesday.',
    );
    expect(talks).toEqual(expect.arrayContaining(['turkey', 'syria']));
  });
});

describe('wording from new reports (Cameroon, Lebanon, Mozambique)', () => {
  it('reads a word that names a region before "region" as that region', async () => {
    const { collection } = await ingestText(
      "date 2024-06-04\nSeparatists attacked the village of Mbengwi in Cameroon's restive Northwest region on Sunday.",
    );
    const places = collection.features.flatMap((f) =>
      f.properties.kind === 'place' ? [[f.properties.name, f.properties.placeType]] : [],
    );
    expect(places).toContainEqual(['Northwest', 'region']);
  });
  it('makes no actor of a body named by its kind alone ("the Mission\'s cameras")', async () => {
    const { collection } = await ingestText(
      "date 2024-10-11\nUNIFIL said IDF soldiers fired on the Mission's cameras in Beirut on 9 October.",
    );
    expect(collection.actors.map((a) => a.name)).not.toContain('Mission');
  });
  it('keeps a namesake the text puts in another country out where the name comes again', async () => {
    const { collection } = await ingestText(
      'date 2024-05-14\nA gas project near Palma, about 60 km north of Mocimboa da Praia, has been suspended since insurgents attacked Palma in March 2021.',
    );
    const palma = collection.features.find(
      (f) => f.properties.kind === 'place' && f.properties.name === 'Palma',
    );
    expect(palma?.properties.kind === 'place' && palma.properties.country).toBe('MZ');
    expect(palma?.properties.kind === 'place' && palma.properties.mentions).toHaveLength(2);
    // The attack after "since" is an event: "suspended" ends no agreement across it.
    const events = await eventsOf(
      'date 2024-05-14\nThe project near Palma, about 60 km north of Mocimboa da Praia, has been suspended since insurgents attacked Palma in March 2021.',
    );
    expect(events.map((e) => [e.type, e.date, e.actors.map((a) => a.id)])).toEqual([
      ['FIGHT', '2021-03-01', ['x-insurgents']],
    ]);
  });
  it("reads a state's National Police and its acronym as one actor", async () => {
    const { collection } = await ingestText(
      'date 2024-11-22\nThe Haitian National Police (HNP) conducted operations in Croix-des-Bouquets on Monday. The HNP said two officers were wounded.',
    );
    const speakers = speakerIdsOf(collection);
    expect(speakers).toEqual(['ht-interior-ministry']);
    expect(collection.actors.map((a) => a.name)).not.toContain('HNP');
  });
  it('dates an act by its own day, not by the deadline it sets', async () => {
    const events = await eventsOf(
      "date 2023-10-01\nOn 28 September, Artsakh's president Samvel Shahramanyan signed a decree to dissolve all state institutions by 1 January 2024.",
    );
    expect(events.map((e) => e.date)).toEqual(['2023-09-28']);
  });
  it('reads a capital that brokers talks as its government, not where fighting was', async () => {
    const { collection } = await ingestText(
      'date 2025-05-10\nIndia and Pakistan agreed on Saturday to a ceasefire after four days of missile and drone attacks, in an announcement after talks mediated by Washington.',
    );
    const washington = collection.features.find(
      (f) => f.properties.kind === 'place' && f.properties.name === 'Washington',
    );
    expect(
      washington?.properties.kind === 'place' && washington.properties.mentions.map((m) => m.use),
    ).toEqual(['metonymic']);
    const fight = collection.features.find(
      (f) => f.properties.kind === 'event' && f.properties.type === 'FIGHT',
    );
    expect(fight?.properties.kind === 'event' && fight.properties.placeId).not.toBe('washington');
  });
  it('reads an acronym the report defines as what it defines, not the registry namesake', async () => {
    const { collection } = await ingestText(
      'date 2024-06-18\nOn 17 June, vessels of the China Coast Guard rammed Philippine Navy boats near Second Thomas Shoal, the Armed Forces of the Philippines (AFP) said. CCG personnel seized firearms, the AFP said.',
    );
    const speakers = speakerIdsOf(collection);
    expect(speakers).toEqual(['ph-armed-forces', 'ph-armed-forces']);
    // "Thomas Shoal" is no person, and the shoal is where the ramming was.
    expect(collection.actors.map((a) => a.name)).not.toContain('Thomas Shoal');
    const events = collection.features.flatMap((f) =>
      f.properties.kind === 'event' ? [[f.properties.type, f.properties.placeId]] : [],
    );
    expect(events[0]).toEqual(['FIGHT', 'second-thomas-shoal']);
  });
  it("reads a ship by its prefix as no party, and places strikes on a country's sites there", async () => {
    const { collection } = await ingestText(
      'date 2024-06-18\nThe resupply mission reached BRP Sierra Madre in the South China Sea on Monday.',
    );
    expect(collection.actors.map((a) => a.name)).not.toContain('BRP');
    expect(collection.actors.map((a) => a.name)).not.toContain('Sierra Madre');
    const events = await eventsOf(
      "date 2025-06-13\nIsrael launched strikes on Iran's nuclear and military sites overnight, the Israeli military said.",
    );
    expect(events.map((e) => e.placeId)).toEqual(['iran']);
  });
  it('takes no state a list of places names as a party', async () => {
    const events = await eventsOf(
      'date 2024-09-20\nThe Africa Corps, which replaced the Wagner Group, has deployed instructors to Mali, Burkina Faso and Niger.',
    );
    expect(events.flatMap((e) => e.actors.map((a) => a.id))).toEqual(['wagner']);
  });
  it('reads a name a list of towns includes as a town, and a group named before a name as an organisation', async () => {
    const { collection } = await ingestText(
      'date 2025-03-19\nAl-Shabaab has retaken several towns in the Middle Shabelle region, including Adan Yabaal. Human rights group Foro Penal said 11 people had been killed.',
    );
    const place = collection.features.find(
      (f) => f.properties.kind === 'place' && f.properties.name === 'Adan Yabaal',
    );
    expect(place?.properties).toMatchObject({ country: 'SO', location: { precision: 3 } });
    expect(collection.actors.map((a) => [a.name, a.kind])).toContainEqual([
      'Foro Penal',
      'organisation',
    ]);
    expect(collection.actors.map((a) => a.name)).not.toContain('Adan Yabaal');
  });
  it('takes a ministry named in lower case for a speaker, whatever its office', async () => {
    const { collection } = await ingestText(
      'date 2024-09-18\nPagers exploded across Lebanon on Tuesday, killing at least 12 people, the health ministry said. The relevant ministry has not commented.',
    );
    expect(speakerIdsOf(collection)).toEqual(['x-health-ministry']);
    expect(collection.actors.map((a) => a.id)).not.toContain('x-relevant-ministry');
  });
  it('leaves who runs a body out of its name ("Houthi-run Al Masirah TV said")', async () => {
    const { collection } = await ingestText(
      'date 2024-01-22\nThe United States and Britain struck Houthi targets in Yemen on Monday. Houthi-run Al Masirah TV said strikes also hit the port city of Hodeidah.',
    );
    expect(speakerIdsOf(collection)).toEqual(['x-al-masirah-tv']);
  });
  it('finds no place in the later names of a person named after a title', async () => {
    const { collection } = await ingestText(
      'date 2025-03-19\nThe blast struck near the Hodan district in Mogadishu, police spokesman Abdifatah Aden Hassan said.',
    );
    const places = collection.features.flatMap((f) =>
      f.properties.kind === 'place' ? [f.properties.name] : [],
    );
    expect(places).not.toContain('Aden');
    expect(places).not.toContain('Hassan');
    expect(places).toContain('Mogadishu');
  });
  it('gives each clause across "since" its own parties', async () => {
    const events = await eventsOf(
      "date 2024-11-30\nInsurgents led by Hayat Tahrir al-Sham swept into Aleppo on Friday, the first time they have entered Syria's second city since government forces recaptured it in 2016.",
    );
    expect(events.map((e) => [e.date, e.actors.map((a) => a.id)])).toEqual([
      ['2024-11-29', ['x-insurgents', 'hts']],
      ['2016-01-01', ['sy-armed-forces']],
    ]);
  });
  it('reads fighters linked to a group as generic, and a project cited as an organisation', async () => {
    const events = await eventsOf(
      'date 2024-05-14\nDozens of Islamic State-linked insurgents attacked the town of Pemba in Mozambique on Friday.',
    );
    expect(events.flatMap((e) => e.actors.map((a) => a.id))).toEqual(['x-insurgents']);
    const { collection } = await ingestText(
      'date 2024-05-14\nMore than 5,000 people have been killed in Cabo Delgado, according to the Armed Conflict Location and Event Data Project.',
    );
    expect(
      collection.actors.find((a) => a.name === 'Armed Conflict Location and Event Data Project')
        ?.kind,
    ).toBe('organisation');
  });
});

describe('a creed before a body', () => {
  it('names no organisation ("the Islamist group Hayat Tahrir al-Sham")', async () => {
    const events = await eventsOf(
      'date 2024-11-30\nInsurgents led by the Islamist group Hayat Tahrir al-Sham swept into Aleppo on Friday.',
    );
    expect(events.flatMap((e) => e.actors.map((a) => a.id))).not.toContain('x-islamist');
    expect(events.flatMap((e) => e.actors.map((a) => a.id))).toContain('hts');
  });
});

describe('where an event without a place of its own is', () => {
  it('is the front a sentence before names ("In the Kursk direction")', async () => {
    const events = await eventsOf(
      'date 2024-10-03\nUnits of the Sever Group of Forces repelled two counter-attacks near Volchansk, Kharkov region.\n\nIn the Kursk direction, units continued to destroy enemy formations. Attacks by the AFU near Lyubimovka were repelled.',
    );
    expect(events.map((e) => [e.placeId, e.actors.map((a) => a.id)])).toEqual([
      ['vovchansk', ['x-sever-group-of-forces']],
      ['kursk', ['ua-armed-forces']],
    ]);
  });
  it('is not the seat inferred for a phone call in the sentence before', async () => {
    const events = await eventsOf(
      'date 2022-10-03\nAzerbaijani forces shelled Jermuk in Armenia on 13 September. Foreign Minister Ararat Mirzoyan discussed the situation with U.S. Secretary of State Antony Blinken by phone on Friday. The European Union deployed a civilian mission along the border in October.',
    );
    expect(events.map((e) => [e.type, e.placeId])).toEqual([
      ['FIGHT', 'jermuk'],
      ['CONSULT', 'washington'],
      ['MOBILIZE', 'jermuk'],
    ]);
  });
});

describe('when a statement was made', () => {
  it('is the date opening its sentence, right before the speaker', async () => {
    const { collection } = await ingestText(
      'date 2024-01-10\nOn 24 January 2017, the Iraqi government declared that eastern Mosul had been fully liberated.',
    );
    const dates = collection.features.flatMap((f) =>
      f.properties.kind === 'statement' ? [[f.properties.date, f.properties.datePrecision]] : [],
    );
    expect(dates).toEqual([['2017-01-24', 'day']]);
  });
});

describe('words of fighting used otherwise', () => {
  it('reads "occupied" as fighting only where forces did it', async () => {
    expect(
      await eventsOf(
        'date 2024-03-06\nSettlers moved into the occupied West Bank near Hebron on Monday. Israeli-occupied Golan Heights residents voted on Monday.',
      ),
    ).toEqual([]);
    const [held] = await eventsOf(
      'date 2024-03-06\nRussian troops occupied the airport in Kherson on Tuesday.',
    );
    expect(held.type).toBe('FIGHT');
  });
});

describe('natural hazards', () => {
  it('reads an earthquake that struck as a disaster, not fighting, in the country the story names most', async () => {
    const events = await eventsOf(
      "date 2023-09-12\nA powerful earthquake struck Morocco's High Atlas mountains late on Friday. The epicentre was in Al Haouz province, south of Marrakesh. Meanwhile, Storm Daniel caused catastrophic flooding in Derna, Libya, on 10 September.",
    );
    expect(events.map((e) => [e.type, e.placeId, e.date, e.actors])).toEqual([
      ['DISASTER', 'al-haouz', '2023-09-08', []],
      ['DISASTER', 'derna-district', '2023-09-10', []],
    ]);
  });
});

describe('"the army" without a country', () => {
  it('is the army just named before it, not that of the country named most', async () => {
    const { collection } = await ingestText(
      'date 2024-05-07\nEgypt and Qatar mediated in Cairo. An Egyptian official said Egypt would host more talks in Cairo. Three Israeli soldiers were killed in a rocket attack near Rafah on Sunday, the army said.',
    );
    const speakers = speakerIdsOf(collection);
    expect(speakers).toContain('il-armed-forces');
    expect(speakers).not.toContain('eg-armed-forces');
  });
});

describe('fuzz: random and mutated reports', () => {
  it('never throws, and every span it returns lies inside the text with matching excerpts', async () => {
    const ctx = await ingestContext();
    const words = [
      'Idlib',
      'Russia',
      'said',
      'on Monday',
      'Turkish',
      'Ankara',
      '“',
      '”',
      '.',
      ',',
      'the',
      'army',
      'in',
      'date 2020-03-02',
      '\n\n',
      'Hay’at',
      'May 4, 2017',
      '😀',
      '\u0000',
      'Saraqib',
      'claims',
      'according to',
      'President',
      'al-',
    ];
    const mutated = fc
      .tuple(fc.nat(seed.length), fc.nat(200), fc.string({ maxLength: 40 }))
      .map(([at, cut, insert]) => seed.slice(0, at) + insert + seed.slice(at + cut));
    const soup = fc.array(fc.constantFrom(...words), { maxLength: 120 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 400 }),
          fc.string({ unit: 'binary', maxLength: 200 }),
          mutated,
          soup,
        ),
        (text) => {
          const { collection } = ingestReport(
            text,
            { id: 'fuzz', file: 'seeds/fuzz.txt', sha256: '0'.repeat(64) },
            ctx,
          );
          const inside = (s: { start: number; end: number }) =>
            s.start >= 0 && s.end <= text.length && s.start <= s.end;
          for (const a of collection.actors) expect(a.mentions.every(inside)).toBe(true);
          for (const f of collection.features) {
            const p = f.properties;
            if (p.kind === 'place') expect(p.mentions.every(inside)).toBe(true);
            else {
              expect(inside(p.excerpt)).toBe(true);
              expect(text.slice(p.excerpt.start, p.excerpt.end)).toBe(p.excerpt.text);
            }
          }
          expect(validateSituation(JSON.stringify(collection), text).problems).toEqual([]);
        },
      ),
      { numRuns: 300, seed: 20260325 },
    );
  });
});

/** A report's actor ids, places, events and statements (its text with its `date` line). */
async function ingestParts(report: string) {
  const { collection } = await ingestText(report);
  const props = collection.features.map((f) => f.properties);
  return {
    actors: collection.actors.map((a) => a.id),
    places: props.flatMap((p) => (p.kind === 'place' ? [p] : [])),
    events: props.flatMap((p) => (p.kind === 'event' ? [p] : [])),
    statements: props.flatMap((p) => (p.kind === 'statement' ? [p] : [])),
  };
}

describe('reports from other wars (Gaza, Haiti, Congo, Myanmar)', () => {
  const ingest = ingestParts;
  it("reads a relative clause as another event: its place and its trigger are not the strike's", async () => {
    const { events, statements } = await ingest(
      'date 2024-05-27\nAn Israeli air strike hit a tent camp in Rafah on Sunday night. The Israeli military said it had struck a Hamas compound and killed two senior Hamas officials, Yassin Rabia and Khaled Nagar, who it said were responsible for attacks in the West Bank. It said it was reviewing reports that civilians were harmed.',
    );
    const strike = events.find((e) => e.actors.some((a) => a.id === 'x-yassin-rabia'));
    expect(strike?.placeId).toBe('rafah');
    expect(strike?.actors.find((a) => a.id === 'x-yassin-rabia')?.role).toBe('target');
    // "It said" goes on with the military, not with an official named since.
    expect(statements.map((st) => st.speaker)).toEqual(['il-armed-forces', 'il-armed-forces']);
  });
  it('leaves out a teller with a long name and one horrified by the attack, and puts no attack where it drove people', async () => {
    const { events, actors } = await ingest(
      'date 2024-10-04\nAt least 70 people were killed when members of the Gran Grif gang attacked the town of Pont-Sondé in Haiti\'s Artibonite department on Thursday, the UN human rights office (OHCHR) said. "I am horrified by the attack," said Volker Türk, the UN High Commissioner for Human Rights. The gang also set fire to 45 houses, forcing residents to flee to the nearby town of Saint-Marc.',
    );
    expect(actors).toEqual(expect.arrayContaining(['gran-grif', 'x-volker-turk']));
    expect(events.map((e) => `${e.type} ${e.placeId} ${e.actors.map((a) => a.id)}`)).toEqual([
      'FIGHT pont-sonde gran-grif',
      'ASSAULT pont-sonde ',
    ]);
  });
  it('takes a party fighting alongside another as its ally, and a surname as no armed group', async () => {
    const { events, actors } = await ingest(
      "date 2025-01-24\nMONUSCO said its troops were engaged in intense fighting alongside the Congolese army near Sake. Congo's foreign minister, Therese Kayikwamba Wagner, spoke in Goma.",
    );
    expect(events[0].actors.every((a) => a.role === 'initiator')).toBe(true);
    expect(actors).not.toContain('wagner');
  });
  it('reads a ministry briefing: who attacked by a long description, and "assault groups" as no assault', async () => {
    const { events, places } = await ingest(
      'date 2024-02-20\nRussian units repelled four counter-attacks by assault groups of the 47th and 110th mechanised brigades of the Armed Forces of Ukraine near Avdiivka. Units of the Battlegroup West liberated the settlement of Krokhmalne in the Kharkiv region.',
    );
    expect(events[0].actors.find((a) => a.id === 'ua-armed-forces')?.role).toBe('initiator');
    expect(places.find((p) => p.name === 'Krokhmalne')).toBeDefined();
    expect(events[1].placeId).toBe(places.find((p) => p.name === 'Krokhmalne')?.id);
  });
  it("reads an earthquake's damage as the disaster's, in a village tied to a city", async () => {
    const { events } = await ingest(
      'date 2023-09-10\nA powerful earthquake struck Morocco late on Friday, killing more than 2,000 people. In the village of Tafeghaghte, near Marrakesh, almost every building was destroyed, residents said.',
    );
    expect(events.map((e) => `${e.type} ${e.placeId}`)).toContain('DISASTER tafeghaghte');
    expect(events.map((e) => e.type)).not.toContain('FIGHT');
  });
  it('takes a common word after "the commune of" as the place, and no teller of a long name as a party', async () => {
    const { events, places } = await ingest(
      'date 2024-10-04\nIn Haiti, police and gangs clashed in the commune of Cabaret on Thursday, according to the International Organization for Migration (IOM).',
    );
    expect(places.find((p) => p.name === 'Cabaret')?.country).toBe('HT');
    expect(events[0].actors.map((a) => a.id)).not.toContain(
      'x-international-organization-for-migration',
    );
  });
  it("reads a live blog's timed items alone, and an air raid alert as no raid", async () => {
    const { events } = await ingest(
      'date 2024-03-12\n10:15 Explosions reported in Belgorod, where drones struck a depot. 11:02 Ukrainian forces repelled attacks near Lastochkyne, General Staff says. 14:05 Kyiv: air raid alert in the capital.',
    );
    expect(events.map((e) => e.placeId)).toEqual(['belgorod']);
  });
  it("makes a claim of a capture the claimant's, at a place named first there, dated when it spoke", async () => {
    const { events, statements } = await ingest(
      'date 2023-06-01\nIn January 2023, Russian forces captured the town of Soledar, north of Bakhmut. On 10 February, Wagner claimed the capture of Krasna Hora, a village on the northern outskirts of the city. On 20 May 2023, Wagner leader Yevgeny Prigozhin claimed the full capture of Bakhmut.',
    );
    const claimed = events.find((e) => e.date === '2023-02-10');
    expect(claimed?.actors).toEqual([{ id: 'wagner', role: 'initiator' }]);
    expect(statements.map((st) => st.date)).toEqual(['2023-02-10', '2023-05-20']);
  });
  it("reads a roundup's sections apart: a generic party and government forces are of the section's country", async () => {
    const { events } = await ingest(
      'date 2024-03-01\nIn Burkina Faso, JNIM militants attacked a military detachment in Tankoualou on 18 February. In Nigeria, bandits abducted at least 40 people in Kuriga, Kaduna state, on 21 February. In Somalia, al-Shabaab fighters attacked a base in Elasha Biyaha on 23 February. Government forces said they killed 30 al-Shabaab fighters in Galmudug state.',
    );
    const ids = events.map((e) => e.actors.map((a) => a.id));
    expect(ids[1]).toEqual(['x-bandits']);
    expect(ids[3]).toContain('so-armed-forces');
  });
  it('keeps the parties of fighting that "were reported", and makes who repelled an advance its target', async () => {
    const { events } = await ingest(
      'date 2024-03-01\nIn Mali, clashes between the Malian armed forces and the CSP-PSD were reported around Ber on 20 February. The Congolese army repelled an M23 advance near Minova on 22 February.',
    );
    expect(events[0].actors.map((a) => a.id)).toEqual(['ml-armed-forces', 'x-csp-psd']);
    expect(events[1].actors).toEqual([
      { id: 'cd-armed-forces', role: 'target' },
      { id: 'm23', role: 'initiator' },
    ]);
  });
  it('puts an event in the town a region after it describes, and makes no event of an attack supposed across an aside', async () => {
    const { events } = await ingest(
      'date 2024-05-12\nThe United Nations warned that an attack on El Fasher, where 1.5 million people shelter, would be devastating. In Ardamata, on the outskirts of El Geneina in West Darfur, the RSF killed hundreds of people in November.',
    );
    expect(events.map((e) => e.placeId)).toEqual(['ardamata']);
  });
  it('puts a visit where the visitor went, and takes the source "according to" opening a sentence for no party', async () => {
    const { events } = await ingest(
      'date 2023-02-08\nTurkish President Recep Tayyip Erdogan visited Kahramanmaras on Wednesday. According to the World Health Organization (WHO), a hospital in Beit Lahiya in the Gaza Strip was struck on 15 November.',
    );
    expect(events.map((e) => e.placeId)).toEqual(['kahramanmaras', 'bayt-lahya']);
    expect(events[1].actors).toEqual([]);
  });
  it('makes the party an incursion was "by up to 1,000" of its initiator, and keeps a hyphenated village whole', async () => {
    const { events, places } = await ingest(
      'date 2024-08-07\nRussia said on Wednesday it was fighting a cross-border incursion by up to 1,000 Ukrainian troops into its Kursk region. Its forces stopped the advance near the villages of Oleshnya and Nikolayevo-Darino, close to the town of Sudzha.',
    );
    expect(events[0].actors).toEqual([{ id: 'ua-armed-forces', role: 'initiator' }]);
    expect(places.map((p) => p.name)).toContain('Nikolayevo-Darino');
    expect(places.map((p) => p.country)).not.toContain('UA');
  });
  it("takes a toll with no place or day of its own, right after a violent event, for that event's", async () => {
    const { events } = await ingest(
      'date 2024-10-03\nGran Grif gang members attacked the town of Pont-Sondé, in Artibonite, Haiti, on 3 October. According to local authorities, at least 70 people were killed.',
    );
    expect(events.map((e) => e.type)).toEqual(['FIGHT']);
    // With a place of its own, the killing is told apart.
    const apart = await ingest(
      'date 2024-10-03\nGran Grif gang members attacked Pont-Sondé, in Artibonite, Haiti, on 3 October. At least 12 people were killed in Saint-Marc.',
    );
    expect(apart.events.map((e) => e.type)).toEqual(['FIGHT', 'ASSAULT']);
  });
  it('takes an acronym in brackets after an unknown body for that body, dates losses "since" a day by their telling, and makes no event of an intention', async () => {
    const { actors, events } = await ingest(
      "date 2024-10-02\nSomali National Army (SNA) troops repelled an al-Shabaab attack in Adan Yabaal, Somalia, on Wednesday. Israel's military said eight soldiers were killed in fighting in southern Lebanon, its first losses since it began the operation on Tuesday. UNIFIL said Israel had informed it of its intention to conduct limited ground incursions in Lebanon.",
    );
    expect(actors).not.toContain('sna');
    expect(events.map((e) => [e.date, e.datePrecision])).toEqual([
      ['2024-10-02', 'day'],
      ['2024-10-02', 'on-or-before'],
    ]);
  });
  it('puts no event in a country something leads to, and makes no event of counter-attacks to come', async () => {
    const { events } = await ingest(
      'date 2023-11-06\nThe alliance captured the border town of Chinshwehaw in Shan state, Myanmar. It launched the offensive on Oct. 27 and has since cut key trade routes to China. A junta spokesman said the military would launch counter-attacks.',
    );
    expect(events.map((e) => e.placeId)).toEqual(['chinshwehaw', 'chinshwehaw']);
  });
  it('makes what a party "claimed to have" done its deed, done on the day named', async () => {
    const { events } = await ingest(
      'date 2024-07-29\nRebels fought the army near Tinzaouaten in Mali. JNIM also claimed to have ambushed a convoy near Tinzaouaten on Saturday.',
    );
    const ambush = events.find((e) => e.date === '2024-07-27');
    expect(ambush?.actors).toEqual([{ id: 'jnim', role: 'initiator' }]);
  });
  it('takes "the military" before what it does or owns for no party ("the military operations")', async () => {
    const { events } = await ingest(
      'date 2024-01-12\nThe Saudi foreign ministry is following with great concern the military operations in Yemen and the air strikes on Hodeidah.',
    );
    expect(events.flatMap((e) => e.actors.map((a) => a.id))).toEqual([]);
  });
  it('names both sides after "between" across an aside, and puts no site at the end of a journey told before', async () => {
    const { events, places } = await ingest(
      'date 2017-10-23\nThe battle was a conflict in Marawi, Lanao del Sur, that started on 23 May 2017, between the Philippine army and the Abu Sayyaf group. Duterte declared martial law on the same day, while on a visit to Moscow. Government troops recaptured the Mapandi Bridge on 20 August.',
    );
    expect(events[0].actors.map((a) => a.role)).toEqual(['participant', 'participant']);
    expect(places.find((p) => p.name === 'Mapandi')?.country).toBe('PH');
  });
  it('leaves out a teller after an apposition\'s comma, and takes "an Israeli tank" as the army', async () => {
    const { events } = await ingest(
      'date 2024-10-16\nThe United Nations peacekeeping force in Lebanon, UNIFIL, said on Tuesday that an Israeli tank had fired at one of its watchtowers in Naqoura.',
    );
    expect(events[0].actors).toEqual([{ id: 'il-armed-forces', role: 'initiator' }]);
  });
  it('keeps a generic party out of a group named in another story, and a place out of an earlier event', async () => {
    const { events } = await ingest(
      'date 2024-03-08\nGunmen abducted 287 students from a school in the town of Kuriga in Kaduna state on Thursday. Separately, suspected Boko Haram fighters abducted 200 women in Borno state last week.',
    );
    expect(events[0].actors).toEqual([{ id: 'x-gunmen', role: 'initiator' }]);
    const mexico = await ingest(
      "date 2024-09-20\nGun battles left 30 dead in the northern city of Culiacán. The fighting erupted on September 9, after Zambada's arrest in Texas in July.",
    );
    expect(mexico.events.find((e) => e.date === '2024-09-09')?.placeId).toBe('culiacan');
  });
  it('takes no one group for rebels where a body the report does not know has fighters too', async () => {
    const { statements } = await ingest(
      "date 2024-07-29\nSeparatist rebels said on Monday they had killed dozens of Malian soldiers near Tinzaouaten. The Strategic Framework for the Defence of the People of Azawad said its fighters had ambushed a convoy near Tinzaouaten on Saturday. Mali's army said a jihadist group, the al Qaeda-linked JNIM, had also taken part.",
    );
    expect(statements[0].speaker).toBe('x-rebels');
  });
  it('takes a group named twice ("X, or MNDAA,") for the speaker, and its deed after "said … that it"', async () => {
    const { events, statements } = await ingest(
      'date 2024-08-04\nFighting raged in Lashio. The Myanmar National Democratic Alliance Army, or MNDAA, said in a statement on its Telegram channel that it had taken full control of the command base in Lashio on Saturday.',
    );
    expect(statements.map((st) => st.speaker)).toEqual(['mndaa']);
    expect(events.at(-1)?.actors).toEqual([{ id: 'mndaa', role: 'initiator' }]);
  });
  it('takes a group whose other name closes with its acronym ("X, or Y (TTP),") for the speaker', async () => {
    const { statements } = await ingest(
      'date 2024-03-27\nA bomb killed five people in Peshawar on Tuesday. The Pakistani Taliban, or Tehrik-e-Taliban Pakistan (TTP), denied involvement.',
    );
    expect(statements.map((st) => st.speaker)).toEqual(['ttp']);
  });
  it('puts no event in the middle of a continent, and gives a long deed to the speaker who did it', async () => {
    const { events } = await ingest(
      'date 2024-07-29\nRebels attacked an army column near Tinzaouaten in the Kidal region. The rebels said on Monday they had killed dozens of Malian soldiers and Russian Wagner Group fighters in heavy fighting near the border over the weekend, in one of the worst defeats for the mercenaries in Africa.',
    );
    const last = events.at(-1);
    expect(last?.placeId).not.toBe('africa');
    expect(last?.actors).toEqual([
      { id: 'x-rebels', role: 'initiator' },
      { id: 'ml-armed-forces', role: 'target' },
      { id: 'wagner', role: 'target' },
    ]);
  });
  it('puts what a government named by its capital did at its capital, not where the story was', async () => {
    const { events } = await ingest(
      'date 2025-02-07\nCODECO militiamen attacked a camp in Djugu territory, Ituri, on 10 February. Kinshasa severed diplomatic ties with Rwanda on 26 January.',
    );
    expect(events.find((e) => e.date === '2025-01-26')?.placeId).toBe('kinshasa');
  });
  it('moves the story only to where a sentence says something is, not to where a train goes', async () => {
    const { statements } = await ingest(
      'date 2024-11-09\nA suicide bomber blew himself up at the railway station in Quetta on Saturday. Passengers were waiting for the train to Peshawar. Prime Minister Shehbaz Sharif condemned the bombing.',
    );
    // The prime minister, whom the registry does not know, speaks in the capital.
    expect(statements.map((st) => st.placeId)).toEqual(['islamabad']);
    // Nor to where people fled, named in a list after "to" or after "into".
    const fled = await ingest(
      'date 2025-01-20\nFighting between ELN rebels and FARC dissidents killed 80 people in the Catatumbo region on Thursday. Thousands fled to the city of Cucuta and to Ocana and Tibu. Some crossed the border into Venezuela. The ELN said its fighters had attacked the FARC.',
    );
    expect(fled.events.at(-1)?.placeId).toBe('catatumbo');
  });
  it('puts no event or army in the countries across a border, and finds "a strategic town"', async () => {
    const { events, places } = await ingest(
      'date 2024-01-16\nAn armed group said Monday it had seized Paletwa, a strategic town in Chin state near the borders with India and Bangladesh, in a setback for the military government.',
    );
    expect(places.find((p) => p.name === 'Paletwa')?.country).toBe('MM');
    expect(events.map((e) => e.placeId)).toEqual(['paletwa']);
    expect(events[0].actors.map((a) => a.id)).toEqual(['mm-armed-forces']);
  });
});

describe('a fourth round of unseen-style reports (CrisisWatch, ICRC, AP, AFP, EU)', () => {
  const ingest = ingestParts;
  it('reads "storm" with an object as an assault, and leaves out a party of a "while" clause that is only somewhere', async () => {
    const { events } = await ingest(
      'date 2024-03-05\nGangs storm two prisons in Port-au-Prince. Armed gangs attacked the National Penitentiary in Port-au-Prince on Saturday, as violence surged while Prime Minister Ariel Henry was abroad.',
    );
    expect(events.map((e) => e.type)).not.toContain('DISASTER');
    expect(events.flatMap((e) => e.actors.map((a) => a.id))).not.toContain('x-ariel-henry');
  });
  it('puts a journey where the traveller went, and makes no meeting of a visit no party made', async () => {
    const { events } = await ingest(
      'date 2024-03-05\nGangs attacked a prison in Croix-des-Bouquets on Saturday. By Sunday, only 100 inmates remained, a journalist who visited the site said. Prime Minister Ariel Henry travelled to Kenya last week.',
    );
    expect(events.map((e) => e.type)).not.toContain('CONSULT');
    expect(events.at(-1)?.placeId).toBe('kenya');
  });
  it('keeps the date of a clause about a place set apart by a comma out of the event', async () => {
    const { events } = await ingest(
      "date 2024-02-18\nUkraine's military said on Feb. 17 that it had withdrawn its troops from Avdiivka, a heavily fortified town that Russian forces had been besieging since October.",
    );
    expect(events[0]).toMatchObject({ date: '2024-02-17', datePrecision: 'on-or-before' });
  });
  it('lets a person named with an office of state and no state speak in the capital of the country the report is about', async () => {
    const { statements } = await ingest(
      'date 2023-09-10\nThe earthquake killed more than 2,000 people in Amizmiz and Moulay Brahim, near Marrakesh. King Mohammed VI declared three days of national mourning.',
    );
    expect(statements.map((st) => st.placeId)).toEqual(['rabat']);
  });
  it('gives no saying to the object of the verb before it, nor to a line label', async () => {
    const { statements } = await ingest(
      'date 2023-08-02\nNiger: Presidential guard detained President Mohamed Bazoum and announced a coup. Russia attacked Ukraine and said it had destroyed a depot.',
    );
    expect(statements.map((st) => st.speaker)).toEqual(['russia']);
  });
  it('places a neighbourhood named like a foreign city in the city of the story, and a word listed beside a town', async () => {
    const sudan = await ingest(
      'date 2023-07-20\nFighting continued in Sudan. In the capital Khartoum, army airstrikes on 8 July killed at least 22 people in the Dar es Salaam neighbourhood.',
    );
    expect(sudan.places.map((p) => p.country)).not.toContain('TZ');
    const israel = await ingest(
      'date 2021-05-14\nThe EU condemns the violence in Lod, Acre and other mixed cities in Israel.',
    );
    expect(israel.places.find((p) => p.name === 'Acre')?.country).toBe('IL');
    const gaza = await ingest('date 2021-05-14\nRockets were fired from the Gaza Strip on Friday.');
    expect(gaza.places.map((p) => p.name)).toEqual(['Gaza Strip']);
  });
  it('dates a time alone by the event its sentence names again, not by the day named last', async () => {
    const { events } = await ingest(
      'date 2023-09-10\nThe death toll from an earthquake that struck Morocco late Friday rose to 2,000 on Sunday. The magnitude 6.8 quake hit at 11:11 p.m. with its epicenter 72 kilometers southwest of Marrakesh.',
    );
    expect(events.map((e) => e.date)).toEqual(['2023-09-08', '2023-09-08']);
  });
  it('lets a person speak where the body of the role after the name sits', async () => {
    const { statements } = await ingest(
      'date 2022-09-20\nShelling hit Goris on Tuesday. "People have fled," said Ariane Bauer, the ICRC\'s regional director for Europe.',
    );
    expect(statements.map((st) => st.placeId)).toEqual(['geneve']);
  });
  it('makes no event of an assault residents fear, and no party of the source an event is told according to', async () => {
    const sudan = await ingest(
      'date 2024-04-16\nIn El Fasher, the capital of North Darfur state, residents fear an imminent assault by the RSF.',
    );
    expect(sudan.events).toEqual([]);
    const colombia = await ingest(
      "date 2024-05-20\nELN guerrillas attacked a base in Saravena early Sunday with explosives launched from drones, according to the army's Eighth Division.",
    );
    expect(colombia.events[0].actors).toEqual([{ id: 'eln', role: 'initiator' }]);
  });
  it('gives the saying to the person before a role between commas, and lets an unqualified president speak in the capital', async () => {
    const { statements } = await ingest(
      'date 2024-05-20\nGuerrillas attacked a base in Saravena, Arauca, on Sunday. Lt. Col. Jopy Ventura, commander of the 6th Infantry Battalion, said soldiers came under fire. President Gustavo Petro called for talks in Caracas.',
    );
    expect(statements.map((st) => [st.speaker, st.placeId])).toEqual([
      ['x-jopy-ventura', 'saravena'],
      ['x-gustavo-petro', 'bogota'],
    ]);
  });
  it('reads an outlet opening the story ("Myanmar Now –") as no party and no date, and "the junta" as the forces', async () => {
    const { events } = await ingest(
      "date 2024-03-12\nMyanmar Now – Resistance forces captured the town of Kawlin in Sagaing Region on Sunday, according to a local People's Defence Force (PDF). The junta responded with airstrikes on Kawlin on Monday.",
    );
    expect(events.map((e) => [e.date, e.actors.map((a) => a.id)])).toEqual([
      ['2024-03-10', []],
      ['2024-03-11', ['mm-armed-forces']],
    ]);
  });
  it('reads "Pakistan-occupied Jammu and Kashmir" as Azad Kashmir, and where a speaker spoke after the verb', async () => {
    const india = await ingest(
      'date 2025-05-07\nIndian forces hit sites in Pakistan and Pakistan-occupied Jammu and Kashmir on Wednesday.',
    );
    expect(india.places.map((p) => p.country)).not.toContain('IN');
    const un = await ingest(
      'date 2025-02-18\nM23 rebels seized Bukavu on Sunday. Secretary-General António Guterres warned on Saturday, speaking at the African Union summit in Addis Ababa, that the fighting risked spilling over.',
    );
    expect(un.statements.map((st) => st.placeId)).toEqual(['addis-ababa']);
  });
  it('reads a short acronym only in capitals ("Who was …" is no WHO), and no town of another country before "movement"', async () => {
    const { collection } = await ingestText(
      "date 2024-09-28\nWho was Hassan Nasrallah?\n\nNasrallah, who was killed in an Israeli airstrike in Beirut on Friday, joined the Amal movement in Lebanon before founding Hezbollah. The WHO's chief said hospitals in Beirut were full.",
    );
    expect(collection.actors.filter((a) => a.id === 'who')).toHaveLength(1);
    const names = collection.features.flatMap((f) =>
      f.properties.kind === 'place' ? [f.properties.name] : [],
    );
    expect(names).not.toContain('Amal');
  });
  it('reads "Walikale-centre" as the town, who "was shot" as the target, and "in remarks from" as where a speaker spoke', async () => {
    const congo = await ingest(
      'date 2025-03-03\nOn 1 March, the M23 took control of Walikale-centre in North Kivu after the army withdrew.',
    );
    expect(congo.events[0].placeId).toBe('walikale');
    const us = await ingest(
      'date 2024-07-14\nFormer President Donald Trump was shot in the ear in Butler, Pennsylvania, on Saturday. President Joe Biden condemned the attack in remarks from Rehoboth Beach, Delaware.',
    );
    expect(us.events.find((e) => e.type === 'ASSAULT')?.actors).toEqual([
      { id: 'trump', role: 'target' },
    ]);
    expect(us.statements.map((st) => st.placeId)).toEqual(['rehoboth-beach']);
  });
  it('dates a timeline\'s line label after the line before it, and takes no state someone fled to for "the government"', async () => {
    const lebanon = await ingest(
      'date 2024-11-25\nJan. 2, 2024: An Israeli strike in Beirut kills Hamas official Saleh al-Arouri.\n\nJuly 27: A rocket kills 12 children in Majdal Shams.',
    );
    expect(lebanon.events.map((e) => e.date)).toEqual(['2024-01-02', '2024-07-27']);
    const bangladesh = await ingest(
      'date 2024-08-12\nProtests spread in Dhaka, Bangladesh, in July. Prime Minister Sheikh Hasina fled to India on Aug. 5. Last week, the interim government said it would investigate the killings.',
    );
    expect(bangladesh.statements.map((st) => st.speaker)).toEqual(['bangladesh']);
  });
  it('puts an event in the town named right after its region ("In South Darfur state capital Nyala")', async () => {
    const { events } = await ingest(
      'date 2023-08-02\nIn South Darfur state capital Nyala, clashes 11-14 July displaced thousands.',
    );
    expect(events.map((e) => e.placeId)).toEqual(['nyala']);
  });
});

describe('a fifth round of unseen-style reports (wires on the Red Sea, Kosovo, Mali, Taiwan, Goma)', () => {
  const ingest = ingestParts;
  it('reads who fired the missile that struck a ship as the attacker, through a possessive', async () => {
    const { events } = await ingest(
      "date 2024-01-27\nA tanker was on fire in the Gulf of Aden after being struck by a missile fired by Yemen's Houthi militia, the operator said on Saturday.",
    );
    expect(events[0]?.actors).toContainEqual({ id: 'houthis', role: 'initiator' });
  });
  it('places a killing at the monastery near a town, dates a shootout that followed on its day, and keeps a speech venue out of the story', async () => {
    const { events } = await ingest(
      'date 2023-09-25\nAbout 30 heavily armed men barricaded themselves inside the Banjska monastery near the town of Zvecan on Sunday after killing the officer, Afrim Bunjaku. Three of the attackers were killed in the shootout that followed. Speaking in Belgrade on Sunday evening, President Aleksandar Vucic said the gunmen were Kosovo Serbs. Kosovo police said on Monday they had found mortars in the monastery grounds.',
    );
    expect(events.map((e) => `${e.type} ${e.placeId} ${e.date} ${e.datePrecision}`)).toEqual([
      'FIGHT banjska 2023-09-24 day',
      'FIGHT banjska 2023-09-24 on-or-after',
    ]);
  });
  it('reads weapons seized as no fighting', async () => {
    const { events } = await ingest(
      'date 2023-09-25\nKosovo police said on Monday they had seized a large cache of weapons near Zvecan.',
    );
    expect(events.map((e) => e.type)).not.toContain('FIGHT');
  });
  it('reads war games around an island as a deployment there, and a carrier named like a province as no place', async () => {
    const { events, places } = await ingest(
      'date 2024-10-14\nChina staged war games around Taiwan on Monday, deploying a record 153 aircraft and its aircraft carrier Liaoning.',
    );
    expect(events.map((e) => `${e.type} ${e.placeId} ${e.actors.map((a) => a.id)}`)).toEqual([
      'MOBILIZE taiwan china',
    ]);
    expect(places.map((p) => p.name)).not.toContain('Liaoning');
  });
  it('reads the killed after "killed" as the target, and "Tuareg-led rebels" as rebels', async () => {
    const { events } = await ingest(
      'date 2024-07-29\nTuareg-led rebels in northern Mali said Monday they had killed dozens of soldiers and Russian Wagner mercenaries in fighting near Kidal.',
    );
    expect(events[0]?.actors).toEqual([
      { id: 'x-rebels', role: 'initiator' },
      { id: 'wagner', role: 'target' },
    ]);
  });
  it('places an event years before the last one in the country, not at the last town', async () => {
    const { events } = await ingest(
      "date 2024-07-29\nMali's army fought rebels near Tinzaouaten on Thursday. Mali's junta has relied on Wagner since 2021, after French troops left.",
    );
    expect(events.map((e) => `${e.placeId} ${e.date}`)).toEqual([
      'tinzaouaten 2024-07-25',
      'mali 2021-01-01',
    ]);
  });
  it('names forces of two demonyms joined by "and", and leaves the members of an alliance its parties', async () => {
    const { events } = await ingest(
      'date 2025-10-12\nPakistani and Afghan forces exchanged heavy fire at several points along the border overnight.\n\nThe alliance, which includes the Arakan Army, seized Paletwa on Monday.',
    );
    expect(events.map((e) => e.actors.map((a) => a.id).join(' '))).toEqual([
      'pk-armed-forces af-armed-forces',
      'arakan-army',
    ]);
  });
  it('seats a state governor in the state capital the report names, and a chief minister too', async () => {
    const { statements, places } = await ingest(
      'date 2024-09-16\nGunbattles left 30 people dead in Culiacan. Sinaloa Governor Ruben Rocha Moya said the state government had suspended celebrations. Balochistan Chief Minister Sarfraz Bugti said on Tuesday that Quetta was calm.',
    );
    const name = (id: string) => places.find((p) => p.id === id)?.name;
    expect(statements.map((st) => name(st.placeId))).toEqual(['Culiacan', 'Quetta']);
  });
  it('reads "the rebels said" as the armed group named, "the military said" as the forces of the warplanes, and a surname opening another name as no one', async () => {
    const { statements } = await ingest(
      'date 2025-01-26\nM23 rebels pushed into Goma on Sunday, and the United Nations said three of its peacekeepers had been killed. The rebels said they had given Congolese troops until Monday to lay down their weapons. Israeli warplanes struck targets deep inside Lebanon overnight, the military said on Sunday. Police spokesman Abdifatah Aden Hassan said two attackers were killed. President Hassan Sheikh Mohamud condemned the attack in a statement.',
    );
    expect(statements.map((st) => st.speaker)).toEqual([
      'un',
      'm23',
      'il-armed-forces',
      'x-abdifatah-aden-hassan',
      'x-hassan-sheikh-mohamud',
    ]);
  });
  it('reads soldiers "among those killed" as targets of a fight', async () => {
    const { events } = await ingest(
      'date 2025-01-26\nThree South African soldiers were among those killed near Sake on Friday.',
    );
    expect(events.map((e) => `${e.type} ${e.actors.map((a) => `${a.id}:${a.role}`)}`)).toEqual([
      'FIGHT za-armed-forces:target',
    ]);
  });
  it('keeps the body of a speaker titled in capitals out of what is said, and an office before a person named out of the parties', async () => {
    const { events, actors } = await ingest(
      'date 2024-07-28\nIsraeli military spokesperson Rear Admiral Daniel Hagari told reporters the rocket was fired from Shebaa in southern Lebanon. Venezuelan President Nicolas Maduro held a rally in Caracas on Sunday.',
    );
    expect(events[0]?.actors.map((a) => a.id)).not.toContain('il-armed-forces');
    expect(actors).toContain('x-nicolas-maduro');
    expect(actors).not.toContain('ve-president');
  });
  it('reads "Lido beach" in Mogadishu as the beach, not a town of that name abroad, and "a Hutu militia" as no group', async () => {
    const { places, actors } = await ingest(
      'date 2024-08-03\nGunmen attacked people at Lido beach in Mogadishu, Somalia, on Friday night. Kinshasa had failed to tackle the FDLR, a Hutu militia.',
    );
    expect(places.map((p) => `${p.name} ${p.country}`)).toContain('Lido beach SO');
    expect(actors).not.toContain('x-hutu');
  });
  it('reads a year-in-review list: bulleted day labels in the headline\'s year, the present tense, "are killed", "open fire"', async () => {
    const { events } = await ingest(
      'date 2024-12-31\n2024 in Haiti\n\nEvents\n- 28 February – Gangs launch coordinated attacks on police stations in Port-au-Prince.\n- 3 October – Members of the Gran Grif gang kill at least 115 people in Pont-Sondé, Artibonite.\n- 11 November – Gangs open fire on a plane approaching the airport in Port-au-Prince.\n- 6 December – At least 184 people are killed in Cité Soleil.',
    );
    expect(events.map((e) => `${e.type} ${e.date} ${e.datePrecision}`)).toEqual([
      'FIGHT 2024-02-28 day',
      'ASSAULT 2024-10-03 day',
      'FIGHT 2024-11-11 day',
      'ASSAULT 2024-12-06 day',
    ]);
  });
  it("reads a press briefing's speaker labels as who speaks the paragraph, and a reporter's question as nobody's", async () => {
    const { statements } = await ingest(
      "date 2024-03-26\nDepartment Press Briefing\nMatthew Miller, Department Spokesperson\nWashington, D.C.\n\nQUESTION: Will the Kenyan police arrive in Port-au-Prince this month?\n\nMR MILLER: I don't have a date to announce. We continue to work with the Government of Kenya on the mission.",
    );
    expect(statements.map((st) => st.speaker)).toEqual(['x-matthew-miller', 'x-matthew-miller']);
    // A role after a person's comma is the person's.
    const { statements: said, actors } = await ingest(
      'date 2024-03-26\nMatthew Miller, Department Spokesperson, said the briefing would start at noon in Washington.',
    );
    expect(said.map((st) => st.speaker)).toEqual(['x-matthew-miller']);
    expect(actors).not.toContain('x-department-spokesperson');
  });
  it('dates "overnight on Saturday" on Saturday, once, and asks no event in a question heading', async () => {
    const { events } = await ingest(
      'date 2024-04-14\nIran launched more than 300 drones and missiles at Israel overnight on Saturday.\n\nWhy did Iran attack Israel?\nIran said the attack was in retaliation for a strike on its consulate in Damascus on 1 April.',
    );
    expect(events.map((e) => `${e.date} ${e.excerpt.text.slice(0, 13)}`)).toEqual([
      '2024-04-13 Iran launched',
      '2024-04-01 Iran said the',
    ]);
  });
  it('reads explosions residents heard and an operation launched against targets as fighting, but not explosions heard of strikes already told', async () => {
    const { events } = await ingest(
      'date 2025-05-10\nPakistan said it had launched "Operation Bunyan-um-Marsoos" against Indian military targets in Udhampur on Saturday.\n\nThe United States carried out strikes on targets across Yemen on Friday. Explosions were reported in Sanaa, witnesses said.',
    );
    expect(events.map((e) => `${e.type} ${e.date}`)).toEqual([
      'FIGHT 2025-05-10',
      'FIGHT 2025-05-09',
    ]);
    const { events: heard } = await ingest(
      'date 2025-05-10\nResidents in Jammu reported loud explosions overnight and power cuts across the city.',
    );
    expect(heard.map((e) => e.type)).toEqual(['FIGHT']);
  });
  it('reads "The strike hit a square in X" after a strike told as that strike, placed in X; a clause describing a place as no event of the sentence; "Syrian rebels" as the group named', async () => {
    const { events } = await ingest(
      "date 2023-08-14\nA drone strike on a town in Ethiopia's Amhara region killed 26 people on Sunday. The strike hit a main square in Finote Selam.",
    );
    expect(events.map((e) => `${e.placeId} ${e.date}`)).toEqual(['finote-selam 2023-08-13']);
    const { events: kursk } = await ingest(
      "date 2024-12-28\nIn Russia's Kursk region, where Ukrainian forces have held ground since an incursion in August, Moscow said its troops had retaken the village of Leonidovo.",
    );
    expect(kursk.map((e) => `${e.date} ${e.datePrecision} ${e.actors.map((a) => a.id)}`)).toEqual([
      '2024-12-28 on-or-before ru-armed-forces',
    ]);
    const { events: damascus } = await ingest(
      'date 2024-12-08\nSyrian rebels seized the capital Damascus on Sunday. Hayat Tahrir al-Sham (HTS), the most powerful rebel group, said the era had ended.',
    );
    expect(damascus[0]?.actors.map((a) => a.id)).toEqual(['hts']);
    const { events: fell } = await ingest(
      "date 2025-10-28\nThe army's 6th Infantry Division headquarters in El Fasher fell after days of heavy fighting, the RSF said.",
    );
    expect(fell[0]?.actors.find((a) => a.id === 'sd-armed-forces')?.role).toBe('target');
  });
  it('reads a missile with a model number as no place, "said it detected" as no deed, the home of attackers as no venue, and an attorney general in the capital', async () => {
    const { events, places } = await ingest(
      'date 2024-11-05\nThe Joint Chiefs of Staff said it detected missiles launched from the Sariwon area on Tuesday. The North test-fired its new Hwasong-19 missile last week.',
    );
    expect(events[0]?.actors.map((a) => a.id)).not.toContain('x-joint-chiefs-of-staff');
    expect(places.map((p) => p.name)).not.toContain('Hwaseong-si');
    const { events: raid, places: raidPlaces } = await ingest(
      'date 2024-03-28\nAt least 32 people were killed when armed youth from Jonglei State attacked cattle camps in the Greater Pibor Administrative Area on Tuesday.',
    );
    const name = (id: string) => raidPlaces.find((p) => p.id === id)?.name;
    expect(raid.map((e) => name(e.placeId))).toEqual(['Greater Pibor Administrative Area']);
    const { statements, places: caracas } = await ingest(
      'date 2024-07-30\nProtesters clashed with troops in Petare on Monday. Attorney General Tarek William Saab said 749 people had been arrested in Venezuela.',
    );
    expect(statements.map((st) => caracas.find((p) => p.id === st.placeId)?.name)).toEqual([
      'Caracas',
    ]);
  });
  it('knows the Islamic Resistance in Iraq', async () => {
    const { events } = await ingest(
      'date 2024-01-22\nA drone attack targeted the base at Erbil airport late on Saturday, in a wave of attacks claimed by the Islamic Resistance in Iraq.',
    );
    expect(events[0]?.actors.map((a) => a.id)).toContain('islamic-resistance-iraq');
  });
  it('places an attack on a town that "lies 40km north of" another at that distance, not in the other town', async () => {
    const { events, places } = await ingest(
      'date 2024-08-28\nJihadists attacked the town of Barsalogho in the Centre-Nord region on Saturday. The victims had been digging trenches to protect the town, which lies about 40km north of Kaya, the capital of the Centre-Nord region, when fighters opened fire on them.',
    );
    const name = (id: string) => places.find((p) => p.id === id)?.name;
    expect(events.map((e) => name(e.placeId))).not.toContain('Kaya');
  });
});

describe('a sixth round of unseen-style reports (Gaza neighbourhoods, a briefing transcript, Cabo Delgado)', () => {
  const ingest = ingestParts;
  it("reads a transcript's greeting as no statement, and what its speaker says next as one", async () => {
    const { statements } = await ingest(
      'date 2024-03-26\nState Department spokesperson Matthew Miller briefed reporters.\n\nMR MILLER: Good afternoon, everyone. I want to start with the situation in Haiti.\n\nQUESTION: Will the mission deploy soon?\n\nMR MILLER: Thank you. We have made clear that a major operation in Rafah would be a mistake.',
    );
    expect(statements.map((s) => s.excerpt.text)).toEqual([
      'I want to start with the situation in Haiti.',
      'We have made clear that a major operation in Rafah would be a mistake.',
    ]);
  });
  it('reads "the military" after a branch of a state as that state\'s forces, not the forces of where things happen', async () => {
    const { statements } = await ingest(
      'date 2024-08-20\nIsraeli air strikes killed at least 30 Palestinians across the Gaza Strip on Tuesday, health officials said. Residents said tanks pushed into Tel al-Sultan in western Rafah. The military said it had ordered residents of parts of North Gaza governorate to move to Al Mawasi.',
    );
    expect(statements.map((s) => s.speaker)).toContain('il-armed-forces');
    expect(statements.map((s) => s.speaker)).not.toContain('ps-armed-forces');
  });
  it('places Gaza neighbourhoods, camps and governorates that news names, and Palma in the country the report is about', async () => {
    const { places } = await ingest(
      'date 2024-08-20\nTanks pushed into the Shujaiya and Zeitoun neighbourhoods of Gaza City, and residents of North Gaza governorate fled to Al Mawasi. Troops raided the Nur Shams camp.',
    );
    expect(places.map((p) => `${p.name} ${p.country} ${p.location.precision ?? 1}`)).toEqual(
      expect.arrayContaining([
        'Shujaiya PS 1',
        'Zeitoun PS 1',
        'North Gaza Governorate PS 1',
        'Al Mawasi PS 1',
        'Nur Shams PS 1',
      ]),
    );
    const mz = await ingest(
      "date 2024-05-12\nInsurgents attacked Macomia in Mozambique's Cabo Delgado province. TotalEnergies is developing a gas project near Palma.",
    );
    expect(mz.places.find((p) => p.name === 'Palma')?.country).toBe('MZ');
  });
});
