/**
 * What each event type means, for people: a readable name and a one-line gloss, shown in the
 * list, the popup and the type filter. The ingest's triggers for each type are in
 * src/ingest/event-types.ts; `event-types.test.ts` there checks that every type it makes has
 * a row here. Statements are listed as a type too, so they can be switched off alike.
 */
export const EVENT_TYPE_INFO: Record<string, { name: string; gloss: string }> = {
  ASSAULT: {
    name: 'Assault',
    gloss:
      'Violence against civilians or by irregular means: massacres, abductions, bombings of crowds',
  },
  FIGHT: {
    name: 'Fighting',
    gloss: 'Use of conventional military force: offensives, strikes, shelling, clashes, captures',
  },
  MOBILIZE: { name: 'Mobilisation', gloss: 'Deploying or massing forces, reinforcements, convoys' },
  RETREAT: { name: 'Retreat', gloss: 'Withdrawal or pulling back of forces' },
  AGREE: {
    name: 'Agreement',
    gloss: 'Agreements, memoranda, ceasefires, decisions taken together',
  },
  CONSULT: { name: 'Consultation', gloss: 'Talks, meetings, calls, visits, consultations' },
  SANCTION: { name: 'Sanction', gloss: 'Sanctions, expulsions, cutting of ties' },
  COERCE: { name: 'Coercion', gloss: 'Arrests, detentions, blockades, curfews' },
  AID: { name: 'Aid', gloss: 'Humanitarian aid delivered, evacuations' },
  PROTEST: { name: 'Protest', gloss: 'Demonstrations and protests' },
  THREATEN: { name: 'Threat', gloss: 'Threats and ultimatums' },
  DISASTER: {
    name: 'Disaster',
    gloss: 'Natural hazards: earthquakes, floods, storms, wildfires, droughts',
  },
  ACCIDENT: {
    name: 'Accident',
    gloss: 'Crashes, capsizings, derailments, stampedes, fires: harm no one is said to have meant',
  },
  OTHER: {
    name: 'Other action',
    gloss: 'Another dated action of a named party, in words no trigger knows',
  },
  SAID: { name: 'Statement', gloss: 'Something a speaker said, in the words of the source' },
};

/** The name and gloss of a type, or the type itself for one a newer ingest made. */
export function eventTypeInfo(type: string): { name: string; gloss: string } {
  return EVENT_TYPE_INFO[type] ?? { name: type, gloss: '' };
}
