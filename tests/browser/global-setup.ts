import { build } from 'vite';
import { ROOT } from './harness';

/** Builds the viewer once, with the bundled data, before the browser tests run. */
export default async function setup(): Promise<void> {
  await build({ root: ROOT, logLevel: 'warn', mode: 'production' });
}
