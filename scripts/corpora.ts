/**
 * Readers for the public evaluation corpora in `../shared/corpora` (see its README): TR-News,
 * LGL and GeoWebNews (toponyms with offsets and coordinates) and TimeBank/AQUAINT (TimeML
 * dates). Research data: read in place, never copied into the repository.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Span } from '../src/model/situation';

export const CORPORA_DIR = path.resolve(import.meta.dirname, '../../shared/corpora');

export type CorpusName = 'tr-news' | 'lgl' | 'gwn' | 'timebank';
export const CORPUS_NAMES: CorpusName[] = ['tr-news', 'lgl', 'gwn', 'timebank'];

export interface GoldToponym extends Span {
  phrase: string;
  lat: number | null;
  lon: number | null;
  geonameId: number | null;
  /** The gold place's own name ("Turkey" for "Turkish"), when given. */
  name: string | null;
  /** GeoNames feature code of the gold place (PCLI, ADM1, PPL...), when given. */
  featureCode: string | null;
  /** GeoWebNews type (Literal, Metonymic, ...); null in corpora without types. */
  type: string | null;
}

export interface ToponymDoc {
  /** Position in file order: even numbers are dev, odd are test. */
  n: number;
  id: string;
  text: string;
  /** Download or publication day, YYYY-MM-DD, when the corpus gives one. */
  date: string | null;
  toponyms: GoldToponym[];
}

export interface GoldDate extends Span {
  value: string;
}

export interface TimeDoc {
  n: number;
  id: string;
  text: string;
  /** The document creation time, YYYY-MM-DD. */
  dct: string;
  dates: GoldDate[];
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
};

/** XML character data to text: CDATA as is, entities decoded. */
export function xmlText(raw: string): string {
  const cdata = /^\s*<!\[CDATA\[([\s\S]*)\]\]>\s*$/.exec(raw);
  if (cdata) return cdata[1];
  return raw.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) => {
    if (e[0] === '#')
      return String.fromCodePoint(
        e[1] === 'x' || e[1] === 'X' ? Number.parseInt(e.slice(2), 16) : Number(e.slice(1)),
      );
    return ENTITIES[e] ?? m;
  });
}

const tag = (xml: string, name: string): string | null => {
  const m = new RegExp(`<${name}(?:\\s[^>]*)?>([\\s\\S]*?)</${name}>`).exec(xml);
  return m ? m[1] : null;
};
const num = (s: string | null): number | null => {
  if (s === null || s.trim() === '') return null;
  const v = Number(s.trim());
  return Number.isFinite(v) ? v : null;
};

/** Reads TR-News, LGL or GeoWebNews. */
export function readToponymCorpus(
  name: 'tr-news' | 'lgl' | 'gwn',
  dir = CORPORA_DIR,
): ToponymDoc[] {
  const file = {
    'tr-news': 'tr-news/TR-News.xml',
    lgl: 'lgl/lgl.xml',
    gwn: 'geowebnews/GWN.xml',
  }[name];
  const xml = fs.readFileSync(path.join(dir, file), 'utf8');
  const docs: ToponymDoc[] = [];
  for (const m of xml.matchAll(/<article\b([^>]*)>([\s\S]*?)<\/article>/g)) {
    const body = m[2];
    const id = /(?:docid|file)="([^"]*)"/.exec(m[1])?.[1] ?? String(docs.length);
    const text = xmlText(tag(body, 'text') ?? '');
    const day = /(\d{4}-\d{2}-\d{2})/.exec(tag(body, 'dltime') ?? '')?.[1] ?? null;
    const toponyms: GoldToponym[] = [];
    for (const t of (tag(body, 'toponyms') ?? '').matchAll(/<toponym>([\s\S]*?)<\/toponym>/g)) {
      const x = t[1];
      const start = num(tag(x, 'start'));
      const end = num(tag(x, 'end'));
      if (start === null || end === null) continue;
      const gaz = /<gaztag geonameid="(\d+)"/.exec(x);
      toponyms.push({
        start,
        end,
        phrase: xmlText(tag(x, 'phrase') ?? tag(x, 'extractedName') ?? ''),
        lat: num(tag(x, 'lat') ?? tag(x, 'latitude')),
        lon: num(tag(x, 'lon') ?? tag(x, 'longitude')),
        geonameId: gaz ? Number(gaz[1]) : num(tag(x, 'geonamesID')),
        name: xmlText(tag(x, 'name') ?? tag(x, 'normalisedName') ?? '') || null,
        featureCode: tag(x, 'fcode')?.trim() || null,
        type: tag(x, 'type')?.trim() ?? null,
      });
    }
    docs.push({ n: docs.length, id, text, date: day, toponyms });
  }
  return docs;
}

/** Reads TimeBank then AQUAINT, files sorted by name, with text offsets of each DATE. */
export function readTimeBank(dir = CORPORA_DIR): TimeDoc[] {
  const docs: TimeDoc[] = [];
  for (const sub of ['TimeBank', 'AQUAINT']) {
    const folder = path.join(dir, 'timebank', sub);
    for (const f of fs.readdirSync(folder).sort()) {
      if (!f.endsWith('.tml')) continue;
      const xml = fs.readFileSync(path.join(folder, f), 'utf8');
      const dct = /<DCT>[\s\S]*?value="(\d{4}-\d{2}-\d{2})/.exec(xml)?.[1];
      const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml)?.[1];
      if (!dct || body === undefined) continue;
      let text = '';
      const dates: GoldDate[] = [];
      let open: { start: number; value: string } | null = null;
      for (const part of body.split(/(<[^>]+>)/)) {
        if (!part.startsWith('<')) {
          text += xmlText(part);
          continue;
        }
        const timex = /^<TIMEX3\b[^>]*\btype="DATE"[^>]*\bvalue="([^"]*)"/.exec(part);
        if (timex) open = { start: text.length, value: timex[1] };
        else if (part === '</TIMEX3>' && open) {
          dates.push({ start: open.start, end: text.length, value: open.value });
          open = null;
        }
      }
      docs.push({ n: docs.length, id: f.replace(/\.tml$/, ''), text, dct, dates });
    }
  }
  return docs;
}

export const isDev = (doc: { n: number }) => doc.n % 2 === 0;
