/**
 * The offline gazetteer: GeoNames populated places, countries and first-level regions in
 * one text file (built by scripts/build-gazetteer.ts), read without copying it into objects.
 * Loading only finds line starts; a lookup is a binary search over the sorted name index.
 */

export const GAZETTEER_HEADER = '#situation-gazetteer\tv18';

export interface GazetteerEntry {
  /** Line number of the record, stable within one gazetteer file. */
  index: number;
  /** GeoNames id; null for countries and regions, which come from other lists. */
  geonameId: number | null;
  name: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** GeoNames first-level admin code (regions and counties too); empty when unknown. */
  admin1: string;
  lat: number;
  lon: number;
  population: number;
  /**
   * GeoNames feature code: PPLC, PPLA, PPL..., PCLI for a country, ADM1 for a region, ADM2 for a
   * US county, or the code of a hand-compiled place (CONT, RGN, SEA, AIRB, DAM...).
   */
  featureCode: string;
  /** A country name that is also a common word or given name (Jordan, Chad, Turkey). */
  ambiguous: boolean;
  /** From the hand-compiled list (scripts/gazetteer/extra-places.tsv): an approximate point. */
  curated: boolean;
}

export interface CountryInfo {
  code: string;
  /** Actor id of the state, e.g. `russia`. */
  id: string;
  name: string;
  /** Demonyms, `|`-separated, the usual one first ("Kazakhstani|Kazakh"). */
  demonym: string;
  capital: string;
}

/** Latin letters that do not decompose into ASCII plus marks. */
const LATIN_FOLD: Record<string, string> = {
  ı: 'i',
  İ: 'I',
  ł: 'l',
  Ł: 'L',
  ø: 'o',
  Ø: 'O',
  ß: 'ss',
  đ: 'd',
  Đ: 'D',
  æ: 'ae',
  Æ: 'AE',
  œ: 'oe',
  Œ: 'OE',
  þ: 'th',
  Þ: 'Th',
  ð: 'd',
  Ð: 'D',
  ħ: 'h',
  Ħ: 'H',
  ŀ: 'l',
  ŧ: 't',
  ƒ: 'f',
  ə: 'e',
  Ə: 'E',
};

/** A name in plain ASCII letters where it can be: no diacritics, folded special letters. */
export function foldLatin(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[ıİłŁøØßđĐæÆœŒþÞðÐħĦŀŧƒəƏ]/g, (c) => LATIN_FOLD[c] ?? c);
}

/** Most words recur across reports; their keys are kept, up to this many. */
const NAME_KEY_CACHE_MAX = 100_000;
const nameKeyCache = new Map<string, string>();
/** Any letter beyond printable ASCII (spaces aside), which foldLatin may change. */
const NON_ASCII = /[^ -~\s]/;

/**
 * The lookup key of a name: no diacritics, no apostrophes or ayn marks, lower case,
 * hyphens and dots as spaces. "Hay’at" and "Hayat", "Deir ez-Zor" and "Deir ez Zor" meet.
 */
export function nameKey(name: string): string {
  const cached = nameKeyCache.get(name);
  if (cached !== undefined) return cached;
  // Most names are plain ASCII, with no marks to fold.
  const key = (NON_ASCII.test(name) ? foldLatin(name) : name)
    .replace(/['’‘`ʻʿʾ]/g, '')
    .toLowerCase()
    .replace(/[-.‐–]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (nameKeyCache.size >= NAME_KEY_CACHE_MAX) nameKeyCache.clear();
  nameKeyCache.set(name, key);
  return key;
}

/**
 * A spelling-blind key for transliteration variants: the first letter, then the consonants
 * without repeats, no article. "Hodeidah" and "Hudaydah" both give "hddh", "Idleb" and
 * "Idlib" both "idlb". Used only when no exact name matches.
 */
export function skeletonKey(key: string): string {
  const k = key.replace(/^(al|el|ad|ar|as|ash|at|az|an) /, '').replace(/[^a-z]/g, '');
  if (k.length < 4) return '';
  const rest = k
    .slice(1)
    .replace(/[aeiouyw]/g, '')
    .replace(/(.)\1+/g, '$1');
  return rest.length >= 2 ? k[0] + rest : '';
}

/** Arabic articles as they are transliterated ("al-", "ash-", "ez-", "el-"). */
const ARTICLES = new Set('al el ad ar as ash at az ez es en an ed er et ul ud un us'.split(' '));

/**
 * A transliteration-blind key: no Arabic article, no doubled letters, one spelling of the
 * endings -iyah/-iyeh/-ieh and of a closing -ah/-eh. "ash-Shaddadi" and "Shadadi", "Raqqah"
 * and "Raqa", "Ash Shuhayl" and "Shuhayl" meet. Indexed beside the exact names; a match by
 * it needs the report's countries to agree, like a spelling skeleton.
 */
export function translitKey(key: string): string {
  const words = key.split(' ');
  return words
    .filter((w, i) => !(ARTICLES.has(w) && i < words.length - 1))
    .map((w) =>
      w
        .replace(/(?:iyah|iyeh|ieh|iye)$/, 'iya')
        .replace(/([ae])h$/, '$1')
        .replace(/(.)\1+/g, '$1'),
    )
    .join(' ');
}

function lineStarts(text: string, from: number, count: number): Uint32Array {
  const starts = new Uint32Array(count);
  let pos = from;
  for (let i = 0; i < count; i++) {
    starts[i] = pos;
    const nl = text.indexOf('\n', pos);
    pos = nl < 0 ? text.length : nl + 1;
  }
  return starts;
}

export class Gazetteer {
  readonly countries = new Map<string, CountryInfo>();
  private readonly recordStarts: Uint32Array;
  private readonly nameStarts: Uint32Array;
  private readonly skeletonStarts: Uint32Array;
  private readonly translitStarts: Uint32Array;
  private readonly wordStarts: Uint32Array;
  private readonly cache = new Map<string, GazetteerEntry[]>();
  private readonly continuesCache = new Map<string, boolean>();

  /** @param text the gazetteer file's text; throws if it is not a gazetteer file. */
  constructor(private readonly text: string) {
    if (!text.startsWith(GAZETTEER_HEADER))
      throw new Error('not a situation gazetteer file (bad header)');
    const section = (name: string, from: number) => {
      const at = text.indexOf(`\n#${name}\t`, from);
      if (at < 0) throw new Error(`gazetteer file has no ${name} section`);
      const nl = text.indexOf('\n', at + 1);
      return { count: Number(text.slice(at + name.length + 3, nl)), start: nl + 1 };
    };
    const c = section('countries', 0);
    let pos = c.start;
    for (let i = 0; i < c.count; i++) {
      const nl = text.indexOf('\n', pos);
      const [code, id, name, demonym, capital] = text.slice(pos, nl).split('\t');
      this.countries.set(code, { code, id, name, demonym, capital });
      pos = nl + 1;
    }
    const r = section('records', pos - 1);
    this.recordStarts = lineStarts(text, r.start, r.count);
    const n = section('names', this.recordStarts[r.count - 1] ?? r.start);
    this.nameStarts = lineStarts(text, n.start, n.count);
    const k = section('skeletons', this.nameStarts[n.count - 1] ?? n.start);
    this.skeletonStarts = lineStarts(text, k.start, k.count);
    const t = section('translit', this.skeletonStarts[k.count - 1] ?? k.start);
    this.translitStarts = lineStarts(text, t.start, t.count);
    const w = section('words', this.translitStarts[t.count - 1] ?? t.start);
    this.wordStarts = lineStarts(text, w.start, w.count);
  }

  /** Whether a place name is also an English word written in lower case ("metro", "lot"). */
  isWord(key: string): boolean {
    const i = this.lowerBound(key, this.wordStarts);
    return this.keyIs(i, key, this.wordStarts);
  }

  get size(): number {
    return this.recordStarts.length;
  }

  record(index: number): GazetteerEntry {
    const start = this.recordStarts[index];
    const f = this.text.slice(start, this.text.indexOf('\n', start)).split('\t');
    return {
      index,
      geonameId: f[0] === '0' ? null : Number(f[0]),
      name: f[1],
      country: f[2],
      admin1: f[3],
      lat: Number(f[4]),
      lon: Number(f[5]),
      population: Number(f[6]),
      featureCode: f[7],
      ambiguous: f[8] === 'ambiguous',
      curated: f[8] === 'curated',
    };
  }

  private keyAt(i: number, starts = this.nameStarts): string {
    const start = starts[i];
    return this.text.slice(start, this.text.indexOf('\t', start));
  }

  /**
   * Whether the key at line i sorts before `key`, as `keyAt(i) < key` would, read in place:
   * the search runs for every word of every report, and a slice per step was its cost.
   */
  private keyBefore(i: number, key: string, starts: Uint32Array): boolean {
    const text = this.text;
    let at = starts[i];
    for (let j = 0; j < key.length; j++, at++) {
      // The tab that ends the stored key sorts before every character of a key.
      const c = text.charCodeAt(at);
      const k = key.charCodeAt(j);
      if (c !== k) return c < k;
    }
    return false;
  }

  /** Whether the key at line i is `key` (or, with `prefix`, starts with it), read in place. */
  private keyIs(i: number, key: string, starts = this.nameStarts, prefix = false): boolean {
    if (i >= starts.length) return false;
    const at = starts[i];
    return this.text.startsWith(key, at) && (prefix || this.text.charCodeAt(at + key.length) === 9);
  }

  /** Index of the first key >= key in a sorted section. */
  private lowerBound(key: string, starts = this.nameStarts): number {
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.keyBefore(mid, key, starts)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Places whose name has this skeleton (see {@link skeletonKey}): larger places only. */
  lookupSkeleton(skeleton: string): GazetteerEntry[] {
    return this.lookupIn(skeleton, this.skeletonStarts);
  }

  /** Places whose name has this transliteration-blind key (see {@link translitKey}). */
  lookupTranslit(key: string): GazetteerEntry[] {
    return this.lookupIn(key, this.translitStarts);
  }

  private lookupIn(key: string, starts: Uint32Array): GazetteerEntry[] {
    if (!key) return [];
    const i = this.lowerBound(key, starts);
    if (!this.keyIs(i, key, starts)) return [];
    const start = starts[i];
    const line = this.text.slice(start + key.length + 1, this.text.indexOf('\n', start));
    return line.split(',').map((s) => this.record(Number(s)));
  }

  /** Every entry with this name key (see {@link nameKey}), or an empty list. */
  lookup(key: string): GazetteerEntry[] {
    const cached = this.cache.get(key);
    if (cached) return cached;
    const i = this.lowerBound(key);
    let out: GazetteerEntry[] = [];
    if (this.keyIs(i, key)) {
      const start = this.nameStarts[i];
      const line = this.text.slice(start + key.length + 1, this.text.indexOf('\n', start));
      out = line.split(',').map((s) => this.record(Number(s)));
    }
    this.cache.set(key, out);
    return out;
  }

  /**
   * Places whose name starts with what was typed (as a name key), the most populous first, at
   * most `limit`: for a person looking a place up. Looks at the first 5,000 names in order.
   */
  search(typed: string, limit = 8): GazetteerEntry[] {
    const prefix = nameKey(typed);
    if (!prefix) return [];
    const seen = new Set<number>();
    const found: GazetteerEntry[] = [];
    const first = this.lowerBound(prefix);
    const end = Math.min(this.nameStarts.length, first + 5_000);
    for (let i = first; i < end; i++) {
      const key = this.keyAt(i);
      if (!key.startsWith(prefix)) break;
      for (const e of this.lookup(key))
        if (!seen.has(e.index)) {
          seen.add(e.index);
          found.push(e);
        }
    }
    // The exact name first, then the larger places.
    return found
      .sort(
        (a, b) =>
          Number(nameKey(b.name) === prefix) - Number(nameKey(a.name) === prefix) ||
          b.population - a.population,
      )
      .slice(0, limit);
  }

  /** True when some name key starts with `prefix + ' '`: a longer name may follow. */
  continues(prefix: string): boolean {
    const known = this.continuesCache.get(prefix);
    if (known !== undefined) return known;
    const probe = `${prefix} `;
    const i = this.lowerBound(probe);
    const found = this.keyIs(i, probe, this.nameStarts, true);
    // The words of news recur: asked again, the answer is at hand (bounded, for long runs).
    if (this.continuesCache.size >= NAME_KEY_CACHE_MAX) this.continuesCache.clear();
    this.continuesCache.set(prefix, found);
    return found;
  }
}

/** Features whose one point says little of where in them something is. */
const VAST = new Set(['PCLI', 'CONT', 'STM', 'SEA', 'OCN', 'GULF', 'STRT', 'DSRT']);
export const isVast = (e: { featureCode: string; country: string }) =>
  VAST.has(e.featureCode) || (e.featureCode === 'RGN' && e.country === '-');

/** The gazetteer served in the app's data folder (`base` ends with `/`), for the workers. */
export async function fetchGazetteer(base: string): Promise<Gazetteer> {
  const r = await fetch(`${base}gazetteer.txt`);
  if (!r.ok) throw new Error(`the gazetteer could not be loaded (HTTP ${r.status})`);
  return new Gazetteer(await r.text());
}
