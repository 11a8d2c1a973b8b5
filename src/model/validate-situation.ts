import './zod-config';
import { GeoJSONFeatureCollectionSchema } from 'zod-geojson';
import { isHexColour, isLonLat, isRealDay } from './checks';
import type { Excerpt, SituationCollection, SituationFeature, Span } from './situation';

/** Cap on problems listed per file, so a badly broken file stays readable in the page. */
const MAX_PROBLEMS = 20;

export interface ValidationResult {
  collection: SituationCollection | null;
  problems: string[];
}

/**
 * Decodes report bytes the same way everywhere (Node and browser), keeping a byte order
 * mark as a character so that offsets agree across both.
 */
export function decodeReport(bytes: Uint8Array): string {
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isSpan = (v: unknown): v is Span =>
  isObject(v) &&
  Number.isInteger(v.start) &&
  Number.isInteger(v.end) &&
  (v.start as number) >= 0 &&
  (v.end as number) >= (v.start as number);

/** `features[3].geometry` from a validator's path. */
function jsonPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path)
    out += typeof part === 'number' ? `[${part}]` : `${out ? '.' : ''}${String(part)}`;
  return out || 'the top level';
}

/** The parser's message, with the line and column of the position it names. */
function jsonSyntaxMessage(text: string, e: unknown): string {
  const message = e instanceof Error ? e.message : String(e);
  const at = /position (\d+)/.exec(message);
  if (!at || /line \d+/.test(message)) return message;
  const before = text.slice(0, Number(at[1])).split('\n');
  return `${message} (line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1})`;
}

/** Shortens report text for a message, keeping it on one line. */
/**
 * A value read from the file as text for a message: `String` throws on an object whose
 * `toString` is not a function (`{"toString": false}`), so objects are written as JSON.
 */
function shown(v: unknown): string {
  if (typeof v === 'object' && v !== null) return JSON.stringify(v);
  return String(v);
}

function quote(s: string, max = 60): string {
  const flat = s.replace(/\s+/g, ' ');
  return JSON.stringify(flat.length > max ? `${flat.slice(0, max)}…` : flat);
}

/**
 * Checks one situation GeoJSON file: JSON syntax and GeoJSON structure (with a real
 * validator, zod-geojson), the situation fields, that every reference resolves, and, when the report
 * text is given, that every excerpt is exactly the report text at its offsets.
 *
 * @param jsonText the file's text
 * @param reportText the report's text (see {@link decodeReport}), or null to skip span checks
 * @returns the parsed collection when there are no problems, else null and the problems
 */
export function validateSituation(jsonText: string, reportText: string | null): ValidationResult {
  const parsed = parseJson(jsonText);
  return 'problem' in parsed
    ? { collection: null, problems: [parsed.problem] }
    : validateSituationData(parsed.data, reportText);
}

/** JSON.parse, with a message naming the line and column of a syntax error. */
export function parseJson(jsonText: string): { data: unknown } | { problem: string } {
  try {
    return { data: JSON.parse(jsonText) };
  } catch (e) {
    return { problem: `Invalid JSON: ${jsonSyntaxMessage(jsonText, e)}` };
  }
}

/** {@link validateSituation} for a file already parsed. */
export function validateSituationData(data: unknown, reportText: string | null): ValidationResult {
  const problems: string[] = [];
  const fail = (): ValidationResult => ({
    collection: null,
    problems: problems.slice(0, MAX_PROBLEMS),
  });

  if (!isObject(data) || data.type !== 'FeatureCollection') {
    problems.push('not a FeatureCollection');
    return fail();
  }
  // RFC 7946 structure, checked on the parsed object: ten times faster than a validator
  // that re-parses the text, which matters for files of thousands of features.
  const geo = GeoJSONFeatureCollectionSchema.safeParse(data);
  if (!geo.success) {
    for (const issue of geo.error.issues)
      problems.push(`invalid GeoJSON at ${jsonPath(issue.path)}: ${issue.message}`);
    return fail();
  }
  const source = data.source;
  if (!isObject(source) || typeof source.id !== 'string' || typeof source.file !== 'string') {
    problems.push('missing "source" with "id" and "file"');
  } else {
    if (typeof source.sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(source.sha256))
      problems.push('source.sha256 must be 64 lowercase hex digits');
    if (source.date !== null && !isRealDay(source.date))
      problems.push(
        `source.date must be a real day as YYYY-MM-DD or null, not ${quote(shown(source.date))}`,
      );
  }
  if (!Array.isArray(data.actors)) problems.push('missing "actors" array');
  if (problems.length > 0) return fail();

  const textLength = reportText?.length ?? Number.POSITIVE_INFINITY;
  const checkSpan = (where: string, span: unknown) => {
    if (!isSpan(span)) problems.push(`${where}: span must have integer start <= end`);
    else if (span.end > textLength)
      problems.push(
        `${where}: span ${span.start}-${span.end} lies outside the report (${textLength} characters)`,
      );
  };
  const checkExcerpt = (where: string, ex: unknown) => {
    if (!isObject(ex) || typeof ex.text !== 'string') {
      problems.push(`${where}: missing excerpt text`);
      return;
    }
    checkSpan(`${where} excerpt`, ex);
    if (reportText !== null && isSpan(ex) && ex.end <= textLength) {
      const actual = reportText.slice(ex.start, ex.end);
      if (actual !== (ex as unknown as Excerpt).text)
        problems.push(
          `${where}: excerpt does not match the report at ${ex.start}-${ex.end}: expected ${quote(ex.text as string)}, report has ${quote(actual)}`,
        );
    }
  };

  if (data.sides !== undefined && !Array.isArray(data.sides))
    problems.push('"sides" must be an array');
  for (const [i, side] of (Array.isArray(data.sides) ? data.sides : []).entries()) {
    if (!isObject(side) || typeof side.id !== 'string' || typeof side.name !== 'string')
      problems.push(`side #${i}: needs string id and name`);
    else if (!isHexColour(side.color))
      problems.push(`side "${side.id}": color must be #rrggbb, not ${quote(shown(side.color))}`);
  }
  const actorIds = new Set<string>();
  for (const [i, a] of (data.actors as unknown[]).entries()) {
    if (
      !isObject(a) ||
      typeof a.id !== 'string' ||
      typeof a.name !== 'string' ||
      typeof a.side !== 'string'
    ) {
      problems.push(`actor #${i}: needs string id, name and side`);
      continue;
    }
    if (actorIds.has(a.id)) problems.push(`actor "${a.id}" is listed twice`);
    if (!isHexColour(a.color))
      problems.push(`actor "${a.id}": color must be #rrggbb, not ${quote(shown(a.color))}`);
    actorIds.add(a.id);
    if (!Array.isArray(a.mentions)) problems.push(`actor "${a.id}": missing mentions`);
    else for (const [j, m] of a.mentions.entries()) checkSpan(`actor "${a.id}" mention #${j}`, m);
  }

  const features = data.features as SituationFeature[];
  const places = new Map<string, SituationFeature>();
  const ids = new Set<string>();
  for (const [i, f] of features.entries()) {
    const p = f.properties as unknown;
    if (
      !isObject(p) ||
      typeof p.id !== 'string' ||
      !['place', 'event', 'statement'].includes(p.kind as string)
    ) {
      problems.push(
        `feature #${i}: properties need a string id and kind place, event or statement`,
      );
      continue;
    }
    if (ids.has(p.id)) problems.push(`id "${p.id}" is used twice`);
    ids.add(p.id);
    if (f.geometry?.type !== 'Point')
      problems.push(`${p.kind} "${p.id}": geometry must be a Point`);
    else {
      const [lon, lat] = f.geometry.coordinates;
      if (!isLonLat(lon, lat))
        problems.push(
          `${p.kind} "${p.id}": coordinates ${lon}, ${lat} are off the globe (longitude -180 to 180, latitude -90 to 90)`,
        );
    }
    if (p.kind === 'place') places.set(p.id, f);
  }
  if (problems.length > 0) return fail();

  const statements = new Set(
    features.filter((f) => f.properties.kind === 'statement').map((f) => f.properties.id),
  );
  const events = new Set(
    features.filter((f) => f.properties.kind === 'event').map((f) => f.properties.id),
  );
  const needPlace = (where: string, id: unknown) => {
    if (typeof id !== 'string' || !places.has(id))
      problems.push(`${where}: refers to missing place ${JSON.stringify(id)}`);
  };
  const needActor = (where: string, id: unknown) => {
    if (typeof id !== 'string' || !actorIds.has(id))
      problems.push(`${where}: refers to missing actor ${JSON.stringify(id)}`);
  };
  const atPlace = (where: string, f: SituationFeature, placeId: string) => {
    const place = places.get(placeId);
    if (!place) return;
    const [x1, y1] = f.geometry.coordinates;
    const [x2, y2] = place.geometry.coordinates;
    if (x1 !== x2 || y1 !== y2)
      problems.push(`${where}: geometry is not at its place "${placeId}"`);
  };

  for (const a of data.actors as Record<string, unknown>[]) {
    if (a.seat !== null && a.seat !== undefined) needPlace(`actor "${a.id}" seat`, a.seat);
  }
  for (const f of features) {
    const p = f.properties as unknown as Record<string, unknown>;
    const where = `${p.kind} "${p.id}"`;
    if (p.kind === 'place') {
      if (typeof p.name !== 'string') problems.push(`${where}: missing name`);
      const loc = p.location as Record<string, unknown> | undefined;
      if (!isObject(loc) || (loc.basis !== 'explicit' && loc.basis !== 'inferred'))
        problems.push(`${where}: location.basis must be "explicit" or "inferred"`);
      else if (loc.precision !== undefined && loc.precision !== 2 && loc.precision !== 3)
        problems.push(`${where}: location.precision must be 2 or 3 when given`);
      if (!Array.isArray(p.mentions)) problems.push(`${where}: missing mentions`);
      else
        for (const [j, m] of p.mentions.entries()) {
          checkSpan(`${where} mention #${j}`, m);
          const use = isObject(m) ? m.use : undefined;
          if (use !== undefined && use !== 'associative' && use !== 'metonymic')
            problems.push(`${where} mention #${j}: use must be "associative" or "metonymic"`);
        }
      continue;
    }
    if (p.date !== null && !isRealDay(p.date))
      problems.push(
        `${where}: date must be a real day as YYYY-MM-DD or null, not ${quote(shown(p.date))}`,
      );
    needPlace(where, p.placeId);
    if (typeof p.placeId === 'string') atPlace(where, f, p.placeId);
    checkExcerpt(where, p.excerpt);
    if (p.kind === 'event') {
      if (!Array.isArray(p.actors)) problems.push(`${where}: missing actors`);
      else for (const r of p.actors as { id: unknown }[]) needActor(where, r?.id);
      if (p.alsoAt !== undefined && !Array.isArray(p.alsoAt))
        problems.push(`${where}: alsoAt must be a list of place ids`);
      else for (const other of (p.alsoAt as unknown[] | undefined) ?? []) needPlace(where, other);
      if (p.typeTrigger !== undefined && p.typeTrigger !== 'strong' && p.typeTrigger !== 'weak')
        problems.push(`${where}: typeTrigger must be "strong" or "weak"`);
    } else {
      needActor(where, p.speaker);
      const about = p.about as { places?: unknown[]; events?: unknown[] } | undefined;
      if (!isObject(about)) problems.push(`${where}: missing about`);
      else {
        if (!Array.isArray(about.places ?? []) || !Array.isArray(about.events ?? []))
          problems.push(`${where} about: places and events must be lists of ids`);
        else for (const id of about.places ?? []) needPlace(`${where} about`, id);
        for (const id of Array.isArray(about.events) ? about.events : [])
          if (!events.has(id as string))
            problems.push(`${where} about: refers to missing event ${JSON.stringify(id)}`);
      }
      if (!Array.isArray(p.disputes)) problems.push(`${where}: missing disputes`);
      else
        for (const id of p.disputes)
          if (!statements.has(id as string))
            problems.push(`${where} disputes: refers to missing statement ${JSON.stringify(id)}`);
    }
  }
  if (problems.length > 0) return fail();
  return { collection: data as unknown as SituationCollection, problems };
}
