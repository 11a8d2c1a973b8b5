import fc from 'fast-check';
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

  it('names coordinates off the globe, colours that are not #rrggbb and days that do not exist', () => {
    for (const lat of [95, -95, 1e308]) {
      const r = validateSituation(
        mutate((c) => {
          for (const f of c.features) f.geometry.coordinates = [36.6, lat];
        }),
        text,
      );
      expect(r.collection).toBeNull();
      expect(r.problems.join()).toMatch(
        new RegExp(
          `place "\\w+": coordinates 36.6, ${String(lat).replace('+', '\\+')} are off the globe`,
        ),
      );
    }
    const lon = validateSituation(
      mutate((c) => {
        for (const f of c.features) f.geometry.coordinates = [1e6, 36];
      }),
      text,
    );
    expect(lon.problems.join()).toMatch(/coordinates 1000000, 36 are off the globe/);
    const colour = validateSituation(
      mutate((c) => {
        c.actors[0].color = 'url(http://other.example/x.png)';
        c.sides = [{ id: 's', name: 'S', color: 'url(//other.example/y)' }];
      }),
      text,
    );
    expect(colour.problems.join('\n')).toMatch(
      /actor "[^"]+": color must be #rrggbb, not "url\(http/,
    );
    expect(colour.problems.join('\n')).toMatch(/side "s": color must be #rrggbb/);
    const day = validateSituation(
      mutate((c) => {
        const ev = c.features.find((f) => f.properties.kind === 'event');
        if (ev) (ev.properties as { date: string }).date = '2020-13-45';
      }),
      text,
    );
    expect(day.problems.join()).toMatch(
      /event "[^"]+": date must be a real day .* not "2020-13-45"/,
    );
  });
});

/** Every path to a value inside `v`, as keys. */
function pathsOf(v: unknown, at: (string | number)[] = [], out: (string | number)[][] = []) {
  out.push(at);
  if (v && typeof v === 'object')
    for (const [k, x] of Object.entries(v))
      pathsOf(x, [...at, Array.isArray(v) ? Number(k) : k], out);
  return out;
}

describe('validateSituation on arbitrary input (property-based)', () => {
  const paths = pathsOf(readSituation()).filter((p) => p.length > 0);

  it('never throws on arbitrary JSON, and rejects what is not a situation with a reason', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (data) => {
        const r = validateSituation(JSON.stringify(data), text);
        expect(r.collection === null).toBe(r.problems.length > 0);
      }),
      { numRuns: 300 },
    );
  });

  it('names an object that cannot be turned into text (fast-check seed -1532830551)', () => {
    const c = readSituation() as unknown as { actors: Record<string, unknown>[] };
    c.actors[0].color = { toString: false };
    const r = validateSituation(JSON.stringify(c), text);
    expect(r.problems.some((p) => /^actor ".+": color must be #rrggbb, not "\{/.test(p))).toBe(
      true,
    );
  });
  it('never throws when one value of a good file is replaced, and names the field it rejects', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...paths),
        fc.oneof(
          fc.jsonValue(),
          fc.constantFrom(95, -1e308, 'url(http://x.example/a)', '2020-02-30', '', null),
        ),
        (path, value) => {
          const c = readSituation() as unknown as Record<string | number, unknown>;
          let at = c;
          for (const k of path.slice(0, -1)) at = at[k] as Record<string | number, unknown>;
          at[path.at(-1) as string | number] = value;
          const r = validateSituation(JSON.stringify(c), text);
          if (r.collection) return;
          expect(r.problems.length).toBeGreaterThan(0);
          // A problem names where it is: a feature, an actor, a side, the source or a path.
          expect(r.problems[0]).toMatch(
            /^(?:place|event|statement|actor|side|feature|source|invalid GeoJSON at|missing|not a|"sides"|id ")|: /,
          );
        },
      ),
      { numRuns: Number(process.env.FC_RUNS ?? 400) },
    );
  });
});
