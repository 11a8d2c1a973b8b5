import { describe, expect, it } from 'vitest';
import {
  BASE_PREFIX,
  BASEMAP_STORAGE_KEY,
  choiceOrigin,
  prepareBaseStyle,
  readChoice,
  styleUrlProblem,
} from './basemap-choice';
import { vectorLayers } from './pmtiles-base';

const storage = (value: string | null) => ({
  getItem: (k: string) => (k === BASEMAP_STORAGE_KEY ? value : null),
});

describe('basemap choice', () => {
  it('reads a saved choice, and anything unreadable as the offline basemap', () => {
    expect(readChoice(storage(null))).toEqual({ kind: 'offline' });
    expect(readChoice(undefined)).toEqual({ kind: 'offline' });
    expect(
      readChoice(storage('{"kind":"style","url":"https://tiles.example.org/s.json"}')),
    ).toEqual({ kind: 'style', url: 'https://tiles.example.org/s.json' });
    expect(readChoice(storage('{"kind":"pmtiles","name":"syria.pmtiles"}'))).toEqual({
      kind: 'pmtiles',
      name: 'syria.pmtiles',
    });
    for (const bad of [
      '{',
      '"x"',
      '{"kind":"style","url":"javascript:alert(1)"}',
      '{"kind":"style"}',
    ])
      expect(readChoice(storage(bad)), bad).toEqual({ kind: 'offline' });
    const throwing = {
      getItem: () => {
        throw new Error('blocked');
      },
    };
    expect(readChoice(throwing)).toEqual({ kind: 'offline' });
  });

  it('accepts http and https style URLs only, and names the problem otherwise', () => {
    expect(styleUrlProblem('https://tiles.example.org/style.json')).toBeNull();
    expect(styleUrlProblem(' http://127.0.0.1:8080/style.json ')).toBeNull();
    expect(styleUrlProblem('tiles.example.org')).toMatch(/not a web address/);
    expect(styleUrlProblem('file:///etc/passwd')).toMatch(/not file:/);
    expect(styleUrlProblem('https://me:secret@tiles.example.org/s.json')).toMatch(/password/);
    expect(choiceOrigin({ kind: 'style', url: 'https://tiles.example.org:8443/a/s.json' })).toBe(
      'https://tiles.example.org:8443',
    );
    expect(choiceOrigin({ kind: 'offline' })).toBeNull();
  });

  it('makes a style’s URLs absolute, prefixes its ids and lists the other hosts it needs', () => {
    const style = {
      version: 8,
      glyphs: 'fonts/{fontstack}/{range}.pbf',
      sprite: 'https://icons.example.net/sprite',
      sources: {
        land: { type: 'geojson', data: './land.geojson' },
        roads: { type: 'vector', tiles: ['https://cdn.example.com/{z}/{x}/{y}.pbf'] },
        terrain: { type: 'raster', url: '/tiles.json' },
      },
      layers: [
        { id: 'background', type: 'background' },
        { id: 'land', type: 'fill', source: 'land' },
      ],
    };
    const url = 'https://tiles.example.org/styles/a/style.json';
    const p = prepareBaseStyle(style, url, 'https://tiles.example.org');
    expect(p.glyphs).toBe('https://tiles.example.org/styles/a/fonts/{fontstack}/{range}.pbf');
    expect(p.sources[`${BASE_PREFIX}land`]).toEqual({
      type: 'geojson',
      data: 'https://tiles.example.org/styles/a/land.geojson',
    });
    expect(p.sources[`${BASE_PREFIX}terrain`]).toMatchObject({
      url: 'https://tiles.example.org/tiles.json',
    });
    expect(p.layers.map((l) => l.id)).toEqual([`${BASE_PREFIX}background`, `${BASE_PREFIX}land`]);
    expect((p.layers[1] as { source: string }).source).toBe(`${BASE_PREFIX}land`);
    expect(p.otherOrigins).toEqual(['https://cdn.example.com', 'https://icons.example.net']);
  });

  it('refuses what is not a MapLibre style, with a reason', () => {
    const url = 'https://x.example/s.json';
    expect(() => prepareBaseStyle([], url, null)).toThrow(/version 8/);
    expect(() => prepareBaseStyle('x', url, null)).toThrow(/not a JSON object/);
    expect(() => prepareBaseStyle({ version: 8, sources: {} }, url, null)).toThrow(
      /no sources or no layers/,
    );
  });
});

describe('PMTiles basemap layers', () => {
  const protomaps = (source: string) => [
    { id: 'water', type: 'fill' as const, source, 'source-layer': 'water' },
    {
      id: 'places',
      type: 'symbol' as const,
      source,
      'source-layer': 'places',
      layout: { 'text-field': 'x', 'text-font': ['Noto Sans Medium'] },
    },
    {
      id: 'pois',
      type: 'symbol' as const,
      source,
      'source-layer': 'pois',
      layout: { 'icon-image': 'x' },
    },
  ];

  it('uses the Protomaps style for that schema, with the bundled font and no icons', () => {
    const layers = vectorLayers(
      ['earth', 'water', 'roads', 'places', 'boundaries', 'pois'],
      protomaps,
    );
    expect(layers.map((l) => l.id)).toEqual([`${BASE_PREFIX}water`, `${BASE_PREFIX}places`]);
    expect((layers[1] as { layout: Record<string, unknown> }).layout['text-font']).toEqual([
      'Noto Sans Regular',
    ]);
  });

  it('draws any other schema plainly, by geometry, layer by layer', () => {
    const layers = vectorLayers(['admin', 'rivers'], protomaps);
    expect(layers.map((l) => l.id)).toEqual([
      `${BASE_PREFIX}background`,
      `${BASE_PREFIX}admin-fill`,
      `${BASE_PREFIX}admin-line`,
      `${BASE_PREFIX}admin-point`,
      `${BASE_PREFIX}rivers-fill`,
      `${BASE_PREFIX}rivers-line`,
      `${BASE_PREFIX}rivers-point`,
    ]);
  });
});
