import { loadIngestContext } from '../scripts/ingest-context';

/** Builds the offline gazetteer once before the unit tests, when a fresh clone lacks it. */
export default async function setup(): Promise<void> {
  await loadIngestContext();
}
