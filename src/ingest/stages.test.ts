import { describe, expect, it } from 'vitest';
import { ingestContext } from '../../tests/fixtures/ingest';
import { attributeSpeakers } from './attribute-speakers';
import { findEvents } from './find-events';
import { findReportPlaces } from './find-report-places';
import { findDisputes, findStatements, placeStatements } from './find-statements';
import { readSentences } from './read-sentences';
import { newReport, type Report } from './report';
import { parseDateline } from './text';

async function reportOf(text: string) {
  const dateline = parseDateline(text);
  return newReport(text, await ingestContext(), dateline.bodyStart, dateline.date);
}

/** The stages up to events, in order, for the stages after them. */
function throughEvents(report: Report) {
  readSentences(report);
  findReportPlaces(report);
  const { attributions } = attributeSpeakers(report);
  return { attributions, found: findEvents(report, attributions) };
}

describe('ingest stages, one at a time', () => {
  it('readSentences: sentences with their actors and dates, the wire dateline left out', async () => {
    const report = await reportOf(
      'date 2024-05-12\nKYIV, May 12 (Reuters) - Russian forces captured two villages on Friday. Rebels attacked a post.',
    );
    readSentences(report);
    expect(report.sentences).toHaveLength(2);
    const [first, second] = report.sentences;
    expect(first.actors.map((a) => a.actorId)).toEqual(['ru-armed-forces']);
    expect(first.dates.map((d) => d.date)).toEqual(['2024-05-10']);
    expect(second.actors.map((a) => a.actorId)).toEqual(['x-rebels']);
  });

  it('findReportPlaces: literal places in their sentences, every use in the place list', async () => {
    const report = await reportOf(
      'date 2020-03-02\nRussia and Turkey agreed. Troops were sent into Syria near Idlib.',
    );
    readSentences(report);
    findReportPlaces(report);
    const [agreed, sent] = report.sentences;
    expect(agreed.places).toEqual([]);
    expect(sent.places.map((p) => p.entry.name)).toEqual(['Syria', 'Idlib']);
    const uses = [...report.placeEntries.values()].map(
      (p) => `${p.entry.name}:${p.mentions.map((m) => m.use ?? 'literal').join(',')}`,
    );
    expect(uses).toEqual([
      'Russia:metonymic',
      'Turkey:metonymic',
      'Syria:literal',
      'Idlib:literal',
    ]);
    expect(report.mainPlace?.entry.name).toBe('Syria');
  });

  it('findReportPlaces: of places named as often, a region before its own towns, else the first', async () => {
    const own = await reportOf(
      'date 2024-08-03\nTroops entered Jowhar on Friday. Fighting spread across the Middle Shabelle region.',
    );
    readSentences(own);
    findReportPlaces(own);
    expect(own.mainPlace?.entry.name).toBe('Middle Shebelle');
    const other = await reportOf(
      'date 2024-08-03\nMilitants attacked a beach in Mogadishu on Friday. Troops recaptured a town in the Middle Shabelle region.',
    );
    readSentences(other);
    findReportPlaces(other);
    expect(other.mainPlace?.entry.name).toBe('Mogadishu');
  });

  it('attributeSpeakers: the speaker of each sentence, and the outlet', async () => {
    const report = await reportOf(
      'date 2020-03-02\nTurkish drones struck Saraqib, the Russian Defence Ministry said, writes Al-Masdar. The ministry added that two soldiers died.',
    );
    readSentences(report);
    findReportPlaces(report);
    const { attributions, outlet } = attributeSpeakers(report);
    expect([...attributions.values()].map((a) => a.speaker)).toEqual([
      'ru-defense-ministry',
      'ru-defense-ministry',
    ]);
    expect(outlet).toBe('Al-Masdar');
  });

  it('findEvents: events with date, place and roles, told again is one; context after each sentence', async () => {
    const report = await reportOf(
      'date 2020-03-02\nTurkish drones struck Syrian troops near Saraqib on Thursday. The drones struck Syrian troops near Saraqib on Thursday, the ministry said. Talks opened in Ankara.',
    );
    const { found } = throughEvents(report);
    expect(
      found.events.map((e) => [e.type, e.date, e.actors.map((a) => `${a.id}:${a.role}`)]),
    ).toEqual([
      ['FIGHT', '2020-02-27', ['tr-air-force:initiator', 'sy-armed-forces:target']],
      ['CONSULT', '2020-03-02', []],
    ]);
    // The second sentence tells the strike again: the same event, listed under both.
    expect(found.bySentence.get(1)?.[0]).toBe(found.events[0]);
    const placeName = (key: string | null) =>
      key ? report.placeEntries.get(key)?.entry.name : null;
    expect(found.contextPlaceAfter.map(placeName)).toEqual(['Saraqib', 'Saraqib', 'Ankara']);
  });

  it('findStatements, placeStatements, findDisputes: who said what, where, and against whom', async () => {
    const report = await reportOf(
      'date 2020-03-02\nTurkish drones struck Syrian troops near Saraqib on Thursday. The Russian Defence Ministry said the Syrian troops near Saraqib were civilians. The Turkish Defence Ministry denied that the Syrian troops near Saraqib were civilians.',
    );
    const { attributions, found } = throughEvents(report);
    const statements = findStatements(report, attributions, found);
    expect(statements.map((st) => [st.speaker, st.aboutEvents])).toEqual([
      ['ru-defense-ministry', ['ev-1']],
      ['tr-defense-ministry', ['ev-1']],
    ]);
    const places = placeStatements(report, statements);
    expect(
      statements.map((st) => report.placeEntries.get(places.get(st.id) ?? '')?.entry.name),
    ).toEqual(['Moscow', 'Ankara']);
    const disputes = findDisputes(report, statements);
    expect([...(disputes.get('st-1') ?? [])]).toEqual(['st-2']);
  });
});
