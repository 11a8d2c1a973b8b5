import { build, createLogger } from 'vite';
import { ROOT } from './harness';

/**
 * Builds the viewer once, with the bundled data, before the browser tests run. The build must
 * be quiet: a warning (an extensionless import in the config, a chunk over its limit) fails
 * the run, so none creeps into what a user sees on `npm start`.
 */
export default async function setup(): Promise<void> {
  // Vitest sets NODE_ENV=test, which would bundle React's development build: test the real one.
  process.env.NODE_ENV = 'production';
  const logger = createLogger('warn');
  const warnings: string[] = [];
  const warn = logger.warn;
  logger.warn = (msg, options) => {
    warnings.push(msg);
    warn(msg, options);
  };
  await build({ root: ROOT, logLevel: 'warn', mode: 'production', customLogger: logger });
  if (warnings.length > 0) throw new Error(`the build printed warnings:\n${warnings.join('\n')}`);
}
