import { ingestText } from '../tests/fixtures/ingest';
for (const t of process.argv.slice(2)) {
  const { collection } = await ingestText(`date 2024-03-06\n${t}`);
  console.log('---', t);
  for (const a of collection.actors) console.log('  actor', a.id, '|', a.name, a.kind, a.side, a.registered);
  for (const f of collection.features) { const p = f.properties as any; console.log('  ', p.kind, p.name ?? p.type ?? '', p.kind==='place' ? '' : JSON.stringify(p.actors ?? p.speaker), p.placeId ?? '', p.date ?? ''); }
}
