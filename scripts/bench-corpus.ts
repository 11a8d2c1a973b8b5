/**
 * Generated corpora for the viewer benchmark: situation files and their reports, with
 * `events` items spread over a pool of places, actors of five sides and half a year.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { mulberry32 } from './bench-util';

/** Items per generated report. */
const ITEMS_PER_REPORT = 1000;
/** Distinct places in a corpus, spread over the Levant. */
const PLACE_POOL = 400;
const SIDES = ['russia', 'turkey', 'syria', 'hts', 'un'];
const ACTORS = SIDES.flatMap((side) => [0, 1, 2].map((n) => ({ id: `${side}-${n}`, side })));

/** Writes a corpus of `events` items as situation files with their reports. */
export function makeCorpus(events: number, dir: string): void {
  const rand = mulberry32(events);
  const geo = path.join(dir, 'geo');
  const seeds = path.join(dir, 'seeds');
  fs.mkdirSync(geo, { recursive: true });
  fs.mkdirSync(seeds, { recursive: true });
  const places = Array.from({ length: PLACE_POOL }, (_, i) => ({
    id: `p${i}`,
    gazetteerId: 9_000_000 + i,
    coords: [
      Math.round((34 + rand() * 8) * 1e5) / 1e5,
      Math.round((31 + rand() * 7) * 1e5) / 1e5,
    ] as [number, number],
  }));
  const start = Date.UTC(2020, 0, 1);
  for (let r = 0; r * ITEMS_PER_REPORT < events; r++) {
    const n = Math.min(ITEMS_PER_REPORT, events - r * ITEMS_PER_REPORT);
    let text = `date 2020-06-30 Generated report ${r}.\n`;
    const features: object[] = [];
    const used = new Set<number>();
    const items: object[] = [];
    for (let i = 0; i < n; i++) {
      const p = Math.floor(rand() * PLACE_POOL);
      used.add(p);
      const a = ACTORS[Math.floor(rand() * ACTORS.length)];
      const b = ACTORS[Math.floor(rand() * ACTORS.length)];
      const sentence = `Forces of ${a.id} struck positions of ${b.id} near place ${p} in operation ${r}-${i}.`;
      const s0 = text.length;
      text += `${sentence} `;
      const day = new Date(start + Math.floor(rand() * 180) * 86_400_000)
        .toISOString()
        .slice(0, 10);
      const statement = rand() < 0.3;
      const about = Math.floor(rand() * PLACE_POOL);
      if (statement) used.add(about);
      const base = {
        id: `i${i}`,
        summary: sentence.slice(0, 60),
        date: day,
        datePrecision: rand() < 0.8 ? 'day' : 'on-or-before',
        dateBasis: 'explicit',
        placeId: `p${p}`,
        excerpt: { start: s0, end: s0 + sentence.length, text: sentence },
      };
      items.push({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: places[p].coords },
        properties: statement
          ? {
              kind: 'statement',
              ...base,
              speaker: a.id,
              about: { places: [`p${about}`], events: [] },
              disputes: [],
            }
          : {
              kind: 'event',
              ...base,
              type: 'FIGHT',
              actors: [
                { id: a.id, role: 'initiator' },
                { id: b.id, role: 'target' },
              ],
            },
      });
    }
    for (const p of used)
      features.push({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: places[p].coords },
        properties: {
          kind: 'place',
          id: `p${p}`,
          name: `Place ${p}`,
          country: 'SY',
          gazetteerId: places[p].gazetteerId,
          location: { basis: 'explicit', reason: 'generated' },
          mentions: [],
        },
      });
    features.push(...items);
    const id = `bench-${String(r).padStart(4, '0')}`;
    fs.writeFileSync(path.join(seeds, `${id}.txt`), text);
    const collection = {
      type: 'FeatureCollection',
      source: {
        id,
        file: `seeds/${id}.txt`,
        date: '2020-06-30',
        outlet: 'bench',
        sha256: crypto.createHash('sha256').update(text).digest('hex'),
      },
      sides: SIDES.map((s, i) => ({
        id: s,
        name: s,
        color: ['#c62828', '#1565c0', '#2e7d32', '#6a1b9a', '#00838f'][i],
      })),
      actors: ACTORS.map((a) => ({
        id: a.id,
        name: a.id,
        kind: 'military',
        side: a.side,
        seat: null,
        color: '#555555',
        mentions: [],
      })),
      features,
    };
    fs.writeFileSync(path.join(geo, `${id}.geojson`), JSON.stringify(collection));
  }
}
