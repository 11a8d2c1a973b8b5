import type { LayerSpecification, SourceSpecification, StyleSpecification } from 'maplibre-gl';

/**
 * Which basemap the viewer draws under the reports. The offline one ships with the app and is
 * the default; an online style makes the page talk to that style's host (and no other: the
 * page's Content-Security-Policy is written with that one origin, scripts/csp.ts); a PMTiles
 * file is read from the device and needs no host at all.
 */
export type BasemapChoice =
  | { kind: 'offline' }
  | { kind: 'style'; url: string }
  | { kind: 'pmtiles'; name: string };

/** Where the choice is kept; scripts/csp.ts's boot script reads it before the page loads. */
export const BASEMAP_STORAGE_KEY = 'situation-viewer:basemap';

export const OFFLINE: BasemapChoice = { kind: 'offline' };

/** Reads the saved choice; anything unreadable is the offline basemap. */
export function readChoice(storage: Pick<Storage, 'getItem'> | undefined): BasemapChoice {
  try {
    const v: unknown = JSON.parse(storage?.getItem(BASEMAP_STORAGE_KEY) ?? 'null');
    if (!v || typeof v !== 'object') return OFFLINE;
    const c = v as Record<string, unknown>;
    if (c.kind === 'style' && typeof c.url === 'string' && styleUrlProblem(c.url) === null)
      return { kind: 'style', url: c.url };
    if (c.kind === 'pmtiles' && typeof c.name === 'string')
      return { kind: 'pmtiles', name: c.name };
  } catch {
    // Storage blocked or a damaged value: the offline basemap.
  }
  return OFFLINE;
}

/** What is wrong with a style URL a person typed, or null when it can be used. */
export function styleUrlProblem(text: string): string | null {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return 'That is not a web address. A MapLibre style URL looks like https://host/style.json';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return `Only http and https addresses can be used, not ${url.protocol}`;
  if (url.username || url.password) return 'An address with a user name or password cannot be used';
  return null;
}

/** The origin an online basemap is fetched from: the only host the page then talks to. */
export function choiceOrigin(choice: BasemapChoice): string | null {
  return choice.kind === 'style' ? new URL(choice.url).origin : null;
}

/** Prefix of the ids of a chosen style's sources and layers, so none collides with ours. */
export const BASE_PREFIX = 'basemap:';

/** A chosen style made ready to sit under the reports' layers. */
export interface PreparedBase {
  sources: Record<string, SourceSpecification>;
  layers: LayerSpecification[];
  glyphs?: string;
  sprite?: StyleSpecification['sprite'];
  /** Origins the style needs besides its own; the page's policy lets none of them load. */
  otherOrigins: string[];
}

/** Any MapLibre style URL template ({z}, {fontstack}...) made absolute against the style's URL. */
function absolute(url: string, base: string): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url)) return url;
  // Keep templates' braces readable: URL() would percent-encode them.
  return decodeURI(new URL(url, base).href);
}

function originOf(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.origin : null;
  } catch {
    return null;
  }
}

/**
 * Checks that a fetched JSON is a MapLibre style (version 8, sources, layers), makes its URLs
 * absolute against the style's own URL, prefixes its ids, and lists the origins it needs other
 * than `allowedOrigin`. Throws with a plain message when it is not a style.
 */
export function prepareBaseStyle(
  json: unknown,
  styleUrl: string,
  allowedOrigin: string | null,
): PreparedBase {
  if (!json || typeof json !== 'object') throw new Error('it is not a JSON object');
  const style = json as Partial<StyleSpecification>;
  if (style.version !== 8) throw new Error('it is not a MapLibre style (version 8)');
  if (!style.sources || typeof style.sources !== 'object' || !Array.isArray(style.layers))
    throw new Error('it has no sources or no layers');
  const needed = new Set<string>();
  const use = (url: string) => {
    const abs = absolute(url, styleUrl);
    const origin = originOf(abs);
    if (origin) needed.add(origin);
    return abs;
  };
  const sources: Record<string, SourceSpecification> = {};
  for (const [id, source] of Object.entries(style.sources)) {
    const s = { ...source } as SourceSpecification & {
      url?: string;
      tiles?: string[];
      data?: unknown;
      urls?: string[];
    };
    if (typeof s.url === 'string') s.url = use(s.url);
    if (Array.isArray(s.tiles)) s.tiles = s.tiles.map(use);
    if (Array.isArray(s.urls)) s.urls = s.urls.map(use);
    if (typeof s.data === 'string') s.data = use(s.data);
    sources[BASE_PREFIX + id] = s;
  }
  const layers = style.layers.map((layer) => {
    const l = { ...layer, id: BASE_PREFIX + layer.id } as LayerSpecification & { source?: unknown };
    if (typeof l.source === 'string') l.source = BASE_PREFIX + l.source;
    return l as LayerSpecification;
  });
  const glyphs = typeof style.glyphs === 'string' ? use(style.glyphs) : undefined;
  let sprite: StyleSpecification['sprite'] | undefined;
  if (typeof style.sprite === 'string') sprite = use(style.sprite);
  else if (Array.isArray(style.sprite))
    sprite = style.sprite.map((s) => ({ id: s.id, url: use(s.url) }));
  const otherOrigins = [...needed].filter((o) => o !== allowedOrigin).sort();
  return { sources, layers, glyphs, sprite, otherOrigins };
}
