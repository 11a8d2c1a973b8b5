import { describe, expect, it } from 'vitest';
import { readSeedText, readSituation, SEED_ID } from '../../tests/fixtures/seed';
import type { SituationCollection } from '../model/situation';
import { isShown, NO_FILTER } from './view-filter';
import { buildDomain, byDate, isDrawnPlace, itemKey } from './domain';
import { makeMapData } from '../map/map-data';
import { actorItemCounts, itemsAtPlace, placeContents, placeStyles, sideGroups } from './selectors';

const collection = readSituation();
const report = { file: `geo/${SEED_ID}.geojson`, collection, text: readSeedText() };
const domain = buildDomain([report]);
const ids = (items: { props: { id: string } }[]) => items.map((i) => i.props.id);
const turkeySide = sideGroups(domain).find((g) => g.id === 'turkey')?.actorIds ?? [];

describe('buildDomain', () => {
  it('keys places by gazetteer id and items by report', () => {
    expect([...domain.places.keys()].sort()).toEqual(['gn169389', 'gn323786', 'gn524901']);
    expect(domain.items.get(itemKey(SEED_ID, 'st-mod-soldiers'))?.placeKey).toBe('gn524901');
  });

  it('tells how each item was put at its place: named in its quote, a seat, or the text around', () => {
    const from = (id: string) => domain.items.get(itemKey(SEED_ID, id))?.placeFrom;
    // "The tensions in Syria’s Idleb region escalated …": Idleb is in the quote.
    expect(from('ev-offensive')).toBe('quote');
    // The Russian Defense Ministry speaks in Moscow, which its words do not name.
    expect(from('st-mod-soldiers')).toBe('seat');
    // Putin and Erdogan's phone call: at their capitals.
    expect(from('ev-phone-call')).toBe('seat');
    // "the Syrian government forces conducted strikes on their positions": Idleb from before.
    expect(from('ev-syrian-strikes')).toBe('context');
  });

  it('lists a place only named for its government, and keeps it off the map', () => {
    const other = structuredClone(collection) as SituationCollection;
    const greece = {
      type: 'Feature' as const,
      geometry: { type: 'Point' as const, coordinates: [22, 39] },
      properties: {
        kind: 'place' as const,
        id: 'greece',
        name: 'Greece',
        country: 'GR',
        gazetteerId: null,
        placeType: 'country',
        location: { basis: 'explicit' as const, reason: 'Named in the report as “Greece”.' },
        mentions: [
          { start: 0, end: 6, use: 'metonymic' as const },
          { start: 10, end: 16, use: 'associative' as const },
        ],
      },
    };
    other.features.push(greece);
    const d = buildDomain([{ ...report, collection: other }]);
    const place = [...d.places.values()].find((p) => p.name === 'Greece');
    expect(place?.uses).toEqual({ literal: 0, associative: 1, metonymic: 1 });
    expect(place && isDrawnPlace(d, place)).toBe(false);
    expect(makeMapData(d).places.features.map((f) => f.properties.name)).not.toContain('Greece');
    // Named once literally, it is drawn.
    greece.properties.mentions.push({
      start: 20,
      end: 26,
    } as (typeof greece.properties.mentions)[0]);
    const d2 = buildDomain([{ ...report, collection: other }]);
    expect(makeMapData(d2).places.features.map((f) => f.properties.name)).toContain('Greece');
  });

  it('merges the same gazetteer place from two reports into one place', () => {
    const other = structuredClone(collection) as SituationCollection;
    other.source = { ...other.source, id: 'other' };
    const merged = buildDomain([report, { ...report, collection: other }]);
    expect(merged.places.size).toBe(3);
    expect(merged.places.get('gn169389')?.refs.map((r) => r.reportId)).toEqual([SEED_ID, 'other']);
    expect(merged.items.size).toBe(2 * domain.items.size);
  });

  it("lists each place's items, those at it and those about it, in time order", () => {
    const merged = buildDomain([
      report,
      {
        ...report,
        collection: { ...structuredClone(collection), source: { ...collection.source, id: 'b' } },
      },
    ]);
    for (const key of merged.places.keys()) {
      const expected = [...merged.items.values()]
        .filter((it) => it.reach.includes(key))
        .sort(byDate);
      expect(itemsAtPlace(merged, key).map((it) => it.key)).toEqual(expected.map((it) => it.key));
    }
  });
});

describe('place contents', () => {
  it('lists events at Idleb and statements about it, with the contradiction paired', () => {
    const c = placeContents(domain, 'gn169389', NO_FILTER);
    expect(ids(c.events)).toEqual(
      expect.arrayContaining([
        'ev-offensive',
        'ev-syrian-strikes',
        'ev-turkish-airstrikes',
        'ev-memorandum-2017',
        'ev-memorandum-2018',
      ]),
    );
    expect(ids(c.aboutHere)).toEqual(
      expect.arrayContaining(['st-mod-soldiers', 'st-ankara-claim']),
    );
    expect(c.disputes.map(([a, b]) => [a.props.id, b.props.id].sort())).toEqual([
      ['st-ankara-claim', 'st-mod-soldiers'],
    ]);
  });

  it('lists statements made in Moscow and the phone call that reaches Ankara', () => {
    const moscow = placeContents(domain, 'gn524901', NO_FILTER);
    expect(ids(moscow.madeHere)).toContain('st-mod-soldiers');
    expect(ids(moscow.events)).toEqual(
      expect.arrayContaining(['ev-phone-call', 'ev-summit-agreed']),
    );
    const ankara = placeContents(domain, 'gn323786', NO_FILTER);
    expect(ids(ankara.events)).toEqual(
      expect.arrayContaining(['ev-consultations', 'ev-phone-call']),
    );
    expect(ids(ankara.madeHere)).toContain('st-ankara-claim');
  });

  it('hides every item of an unticked actor and drops the pair it was in', () => {
    const hidden = { ...NO_FILTER, hidden: new Set(turkeySide) };
    const c = placeContents(domain, 'gn169389', hidden);
    const shown = [...c.events, ...c.madeHere, ...c.aboutHere];
    expect(shown.every((i) => isShown(i, hidden))).toBe(true);
    expect(ids(shown)).not.toContain('st-ankara-claim');
    expect(ids(shown)).not.toContain('ev-turkish-airstrikes');
    expect(c.disputes).toEqual([]);
    expect(c.hiddenCount).toBeGreaterThan(0);
  });
});

describe('place styles', () => {
  it('fades a place with nothing visible left', () => {
    const all = { ...NO_FILTER, hidden: new Set(domain.actors.keys()) };
    expect(placeStyles(domain, all).get('gn169389')).toEqual({ visibleCount: 0, color: null });
    const shown = placeStyles(domain, NO_FILTER).get('gn169389');
    expect(shown?.visibleCount).toBeGreaterThan(0);
    expect(shown?.color).toMatch(/^#/);
  });
});

describe('actor counts and groups', () => {
  it('counts items per actor and groups actors by side', () => {
    const counts = actorItemCounts(domain);
    expect(counts.get('ru-defense-ministry')).toBe(5);
    expect(sideGroups(domain).map((g) => g.id)).toEqual(['hts', 'russia', 'syria', 'turkey', 'un']);
    expect(turkeySide).toEqual(
      expect.arrayContaining(['turkey', 'erdogan', 'onal', 'tr-air-force', 'tr-soldiers']),
    );
  });
});

describe('map data', () => {
  it('puts one dot per item at its own place, each with its own turn there, and bounds all places', () => {
    const data = makeMapData(domain);
    expect(data.places.features).toHaveLength(3);
    const madeAtPlaces = [...domain.items.values()].length;
    expect(data.items.features).toHaveLength(madeAtPlaces);
    const atIdleb = data.items.features.filter((f) => f.properties.placeKey === 'gn169389');
    const idleb = data.places.features.find((f) => f.properties.key === 'gn169389');
    // The map never puts an item elsewhere than its place: the spread is in pixels, drawn.
    for (const f of atIdleb) expect(f.geometry.coordinates).toEqual(idleb?.geometry.coordinates);
    expect(new Set(atIdleb.map((f) => f.properties.slot)).size).toBe(atIdleb.length);
    const [w, s, e, n] = data.bounds ?? [];
    expect([w, s, e, n]).toEqual([32.85427, 35.93062, 37.61556, 55.75222]);
  });
});
