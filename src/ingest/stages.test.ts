import { describe, expect, it } from 'vitest';
import { ingestContext } from '../../tests/fixtures/ingest';
import { attributeSpeakers } from './attribute-speakers';
import { findReportPlaces } from './find-report-places';
import { readSentences } from './read-sentences';
import { newReport } from './report';
import { parseDateline } from './text';

async function reportOf(text: string) {
  const dateline = parseDateline(text);
  return newReport(text, await ingestContext(), dateline.bodyStart, dateline.date);
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
});
