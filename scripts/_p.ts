import fs from 'node:fs';
import { ingestReport } from '../src/ingest/ingest-report';
import { loadIngestContext } from './ingest-context';
const { ctx } = await loadIngestContext();
const arg = process.argv[2];
const body = fs.existsSync(arg) ? fs.readFileSync(arg, 'utf8') : arg;
const text = body.startsWith('date ') ? body : `date 2024-03-05\n${body}`;
const { collection } = ingestReport(text, { id: 'p', file: 'p', sha256: '0'.repeat(64) }, ctx);
for (const f of collection.features) {
  const p = f.properties as any;
  if (p.kind === 'place')
    console.log('PLACE', p.name, p.placeType, p.precision ?? '', JSON.stringify(f.geometry.coordinates), p.mentions.map((m: any) => text.slice(m.start, m.end)).join('|'), p.use ?? '');
  else console.log('EVENT', p.eventType ?? p.kind, p.date ?? '', p.placeName ?? '', JSON.stringify(p.excerpt.text.slice(0, 100)));
}
for (const a of collection.actors) console.log('ACTOR', a.id, a.name, a.mentions.length);
