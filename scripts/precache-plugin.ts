import fs from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

/**
 * Writes `precache.json` into the build: every file the built app is made of (its page,
 * scripts, styles, fonts, workers, the public folder's manifest and icons), for the service
 * worker (public/sw.js) to keep at install. The data are listed by the data manifest.
 */
export function precacheList(publicDir: string): Plugin {
  return {
    name: 'precache-list',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const files = Object.keys(bundle).filter((f) => !f.startsWith('data/'));
      const fromPublic = fs.existsSync(publicDir)
        ? fs
            .readdirSync(publicDir, { recursive: true, withFileTypes: true })
            .filter((e) => e.isFile() && e.name !== 'sw.js')
            .map((e) =>
              path.relative(publicDir, path.join(e.parentPath, e.name)).split(path.sep).join('/'),
            )
        : [];
      this.emitFile({
        type: 'asset',
        fileName: 'precache.json',
        source: JSON.stringify([...files, ...fromPublic].sort()),
      });
    },
  };
}
