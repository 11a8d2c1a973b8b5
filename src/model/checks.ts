/**
 * Value checks shared by every way data enters the viewer (bundled files, imports, pasted
 * reports, the page address): each says whether a value is one the map and the page can use
 * as it stands, so nothing further on has to guard against it.
 */

/** A calendar day that exists, written YYYY-MM-DD ("2020-02-30" and "2020-13-45" do not). */
export function isRealDay(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.toISOString().slice(0, 10) === value;
}

/** A longitude and latitude on the globe: finite, |lon| <= 180, |lat| <= 90. */
export function isLonLat(lon: unknown, lat: unknown): boolean {
  return (
    typeof lon === 'number' &&
    typeof lat === 'number' &&
    Number.isFinite(lon) &&
    Number.isFinite(lat) &&
    Math.abs(lon) <= 180 &&
    Math.abs(lat) <= 90
  );
}

/**
 * A colour the page may put in a style: `#rrggbb` only. Anything else ("url(...)", "var(...)",
 * "expression(...)") could make the page fetch from another host or run code.
 */
export function isHexColour(value: unknown): value is string {
  return typeof value === 'string' && /^#[0-9a-fA-F]{6}$/.test(value);
}

/** The latitude limit of the Web Mercator map: a view centred beyond it cannot be shown. */
export const MERCATOR_MAX_LAT = 85.051129;
