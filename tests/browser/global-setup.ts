import { build } from 'vite';
import { ROOT } from './harness';

/** Builds the viewer once, with the bundled data, before the browser tests run. */
export default async function setup(): Promise<void> {
  // Vitest sets NODE_ENV=test, which would bundle React's development build: test the real one.
  process.env.NODE_ENV = 'production';
  await build({ root: ROOT, logLevel: 'warn', mode: 'production' });
}
