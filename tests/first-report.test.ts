import { describe, expect, it } from 'vitest';
import type { EventProps, PlaceProps, StatementProps } from '../src/model/situation';
import { readSituation } from './fixtures/seed';

/** What the dataset of the first report must cover (issue 2), checked item by item. */
const c = readSituation();
const props = c.features.map((f) => f.properties);
const places = props.filter((p): p is PlaceProps => p.kind === 'place');
const events = props.filter((p): p is EventProps => p.kind === 'event');
const statements = props.filter((p): p is StatementProps => p.kind === 'statement');
const byId = <T extends { id: string }>(list: T[], id: string) => list.find((x) => x.id === id);

describe('first report dataset', () => {
  it('names its outlet and date', () => {
    expect(c.source).toMatchObject({
      id: '000_dee46f734d1436c5',
      outlet: 'Al-Masdar',
      date: '2020-03-02',
    });
  });

  it('has Idleb and Ankara as named places and Moscow as inferred, with a reason', () => {
    expect(byId(places, 'idleb')).toMatchObject({
      country: 'SY',
      gazetteerId: 169389,
      location: { basis: 'explicit' },
    });
    expect(byId(places, 'ankara')).toMatchObject({
      country: 'TR',
      gazetteerId: 323786,
      location: { basis: 'explicit' },
    });
    const moscow = byId(places, 'moscow');
    expect(moscow).toMatchObject({
      country: 'RU',
      gazetteerId: 524901,
      location: { basis: 'inferred' },
      mentions: [],
    });
    expect(moscow?.location.reason).toMatch(/seat/);
  });

  it('has the actors the report speaks of', () => {
    const ids = c.actors.map((a) => a.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'russia',
        'ru-foreign-ministry',
        'ru-defense-ministry',
        'putin',
        'lavrentyev',
        'vershinin',
        'turkey',
        'erdogan',
        'onal',
        'tr-air-force',
        'tr-soldiers',
        'syria-gov-forces',
        'hts',
        'unsc',
      ]),
    );
    expect(byId(c.actors, 'ru-defense-ministry')).toMatchObject({
      kind: 'ministry',
      side: 'russia',
      seat: 'moscow',
    });
    expect(byId(c.actors, 'hts')?.aliases).toContain('Jabhat al-Nusra');
  });

  it('resolves relative dates against the dateline', () => {
    expect(byId(events, 'ev-offensive')).toMatchObject({
      date: '2020-02-27',
      dateBasis: 'weekday-relative',
    });
    expect(byId(events, 'ev-syrian-strikes')).toMatchObject({
      date: '2020-02-28',
      dateBasis: 'weekday-relative',
    });
    expect(byId(events, 'ev-phone-call')).toMatchObject({
      date: '2020-02-28',
      placeId: 'moscow',
      alsoAt: ['ankara'],
    });
    expect(byId(statements, 'st-mfa-consultations')).toMatchObject({
      date: '2020-02-29',
      dateBasis: 'weekday-relative',
    });
    expect(byId(events, 'ev-memorandum-2017')).toMatchObject({
      date: '2017-05-04',
      dateBasis: 'explicit',
    });
    expect(byId(events, 'ev-memorandum-2018')).toMatchObject({
      date: '2018-09-17',
      dateBasis: 'explicit',
    });
  });

  it('has the events of the report', () => {
    expect(events.map((e) => e.id).sort()).toEqual([
      'ev-consultations',
      'ev-memorandum-2017',
      'ev-memorandum-2018',
      'ev-offensive',
      'ev-phone-call',
      'ev-summit-agreed',
      'ev-syrian-strikes',
      'ev-turkish-airstrikes',
    ]);
    expect(byId(events, 'ev-consultations')).toMatchObject({ type: 'CONSULT', placeId: 'ankara' });
    expect(byId(events, 'ev-turkish-airstrikes')?.excerpt.text).toMatch(/more than 200 targets/);
  });

  it('links the Defense Ministry account and the Ankara claim as disputing each other', () => {
    expect(byId(statements, 'st-mod-soldiers')).toMatchObject({
      speaker: 'ru-defense-ministry',
      disputes: ['st-ankara-claim'],
    });
    expect(byId(statements, 'st-ankara-claim')).toMatchObject({
      speaker: 'turkey',
      disputes: ['st-mod-soldiers'],
      placeId: 'ankara',
    });
    expect(byId(statements, 'st-mod-air-task-force')?.excerpt.text).toMatch(
      /air task force was not employed/,
    );
    expect(
      statements.filter((s) => s.speaker === 'ru-foreign-ministry').length,
    ).toBeGreaterThanOrEqual(3);
  });
});
