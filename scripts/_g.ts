import { loadIngestContext } from './ingest-context';
const { ctx } = await loadIngestContext();
for (const q of process.argv.slice(2)) { const t = performance.now(); const r = ctx.gazetteer.search(q); console.log(q, (performance.now()-t).toFixed(1), 'ms', r.map((e) => `${e.name} ${e.country} ${e.population}`)); }
