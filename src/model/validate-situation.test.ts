import { describe, expect, it } from 'vitest';
import { readSeedText, readSituation, readSituationText } from '../../tests/fixtures/seed';
import { validateSituation } from './validate-situation';

const text = readSeedText();
const good = readSituationText();
const mutate = (fn: (c: ReturnType<typeof readSituation>) => void) => {
  const c = readSituation();
  fn(c);
  return JSON.stringify(c);
};

describe('validateSituation', () => {
  it('accepts the first report dataset against its report', () => {
    const r = validateSituation(good, text);
    expect(r.problems).toEqual([]);
    expect(r.collection?.features.length).toBeGreaterThan(10);
  });

  it('names invalid JSON', () => {
    const r = validateSituation('{"type": "FeatureCollection",', text);
    expect(r.collection).toBeNull();
    expect(r.problems[0]).toMatch(/Invalid JSON: .*line 1, column \d+/);
  });

  it('names GeoJSON that a validator rejects even when the situation fields are right', () => {
    const r = validateSituation(
      mutate((c) => Object.assign(c.features[1].geometry, { properties: {} })),
      text,
    );
    expect(r.collection).toBeNull();
    expect(r.problems.join()).toMatch(/invalid GeoJSON at features\[1\]\.geometry/);
  });

  it('names invalid GeoJSON found by the GeoJSON validator', () => {
    const r = validateSituation(
      mutate((c) => ((c.features[0].geometry as { coordinates: number[] }).coordinates = [1])),
      text,
    );
    expect(r.problems.join()).toMatch(
      /invalid GeoJSON at features\[0\]\.geometry\.coordinates: Too small: expected array to have >=2 items/,
    );
  });

  it('names an excerpt whose offsets do not match the report', () => {
    const r = validateSituation(
      mutate((c) => {
        const f = c.features.find((x) => x.properties.kind === 'event');
        if (f && f.properties.kind === 'event') f.properties.excerpt.start += 1;
      }),
      text,
    );
    expect(r.collection).toBeNull();
    expect(r.problems.join()).toMatch(
      /event "ev-consultations": excerpt does not match the report at \d+-\d+/,
    );
  });

  it('names a span outside the report', () => {
    const r = validateSituation(
      mutate((c) => {
        const f = c.features.find((x) => x.properties.kind === 'place');
        if (f && f.properties.kind === 'place')
          f.properties.mentions.push({ start: 5000, end: 5004 });
      }),
      text,
    );
    expect(r.problems.join()).toMatch(/lies outside the report/);
  });

  it('names references to missing places, actors, events and statements', () => {
    const r = validateSituation(
      mutate((c) => {
        for (const f of c.features) {
          const p = f.properties;
          if (p.id === 'ev-offensive' && p.kind === 'event')
            p.actors.push({ id: 'nobody', role: 'x' });
          if (p.id === 'st-mod-soldiers' && p.kind === 'statement') {
            p.placeId = 'atlantis';
            p.about.events.push('ev-none');
            p.disputes.push('st-none');
          }
        }
      }),
      text,
    );
    const all = r.problems.join('\n');
    expect(all).toMatch(/refers to missing actor "nobody"/);
    expect(all).toMatch(/refers to missing place "atlantis"/);
    expect(all).toMatch(/refers to missing event "ev-none"/);
    expect(all).toMatch(/refers to missing statement "st-none"/);
  });

  it('names an item drawn away from its place', () => {
    const r = validateSituation(
      mutate((c) => {
        const f = c.features.find((x) => x.properties.id === 'ev-offensive');
        if (f) f.geometry.coordinates = [0, 0];
      }),
      text,
    );
    expect(r.problems.join()).toMatch(/geometry is not at its place "idleb"/);
  });

  it('names duplicate ids and a bad source', () => {
    const r = validateSituation(
      mutate((c) => (c.source.sha256 = 'abc')),
      text,
    );
    expect(r.problems.join()).toMatch(/sha256/);
    const d = validateSituation(
      mutate((c) => (c.features[1].properties.id = c.features[0].properties.id)),
      text,
    );
    expect(d.problems.join()).toMatch(/is used twice/);
  });
});
