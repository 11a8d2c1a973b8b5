import fs from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

export interface DataDirs {
  /** The offline gazetteer for ingest in the browser, served as `data/gazetteer.txt`; built when missing. */
  gazetteerFile?: string;
  /** The basemap's context layers, served as `data/context.json`; built when missing. */
  contextFile?: string;
  /** Folder of situation GeoJSON files, served as `data/geo/`. */
  geoDir: string;
  /** Folder of report texts, served as `data/seeds/`. */
  seedsDir: string;
}

const SITUATION_EXT = '.geojson';

/** Builds the gazetteer file when it is missing or from an older version. */
async function ensureGazetteer(file: string): Promise<void> {
  const { GAZETTEER_HEADER } = await import('../src/ingest/gazetteer.ts');
  if (fs.existsSync(file) && fs.readFileSync(file, 'latin1').startsWith(`${GAZETTEER_HEADER}\n`))
    return;
  const { buildGazetteer } = await import('./build-gazetteer.ts');
  await buildGazetteer(file);
}

/** Builds the basemap context file when it is missing or from an older version. */
async function ensureContext(file: string): Promise<void> {
  const { CONTEXT_VERSION } = await import('../src/spatial/context.ts');
  const head = `{"version":${CONTEXT_VERSION},`;
  if (fs.existsSync(file)) {
    const fd = fs.openSync(file, 'r');
    const buf = Buffer.alloc(head.length);
    fs.readSync(fd, buf, 0, head.length, 0);
    fs.closeSync(fd);
    if (buf.toString('utf8') === head) return;
  }
  const { buildContext } = await import('./build-context.ts');
  buildContext(file);
}

/** Lists the situation files of a geo folder as the app's manifest, in name order. */
export function makeManifest(geoDir: string): { reports: string[] } {
  const names = fs.existsSync(geoDir) ? fs.readdirSync(geoDir) : [];
  return {
    reports: names
      .filter((n) => n.endsWith(SITUATION_EXT))
      .sort()
      .map((n) => `geo/${n}`),
  };
}

function listFiles(dir: string): string[] {
  return fs.existsSync(dir)
    ? fs.readdirSync(dir).filter((n) => fs.statSync(path.join(dir, n)).isFile())
    : [];
}

/**
 * Serves the geo/ and seeds/ folders to the app under `data/` (dev server), and copies
 * them with a manifest into the build, so the built viewer is self-contained.
 */
export function situationData(dirs: DataDirs): Plugin {
  const folders: Record<string, string> = { geo: dirs.geoDir, seeds: dirs.seedsDir };
  return {
    name: 'situation-data',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const url = decodeURIComponent((req.url ?? '').split('?')[0]);
        if (url === '/data/context.json' && dirs.contextFile) {
          const file = dirs.contextFile;
          ensureContext(file)
            .then(() => {
              res.setHeader('Content-Type', 'application/json');
              res.end(fs.readFileSync(file));
            })
            .catch(next);
          return;
        }
        if (url === '/data/gazetteer.txt' && dirs.gazetteerFile) {
          ensureGazetteer(dirs.gazetteerFile)
            .then(() => {
              res.setHeader('Content-Type', 'text/plain; charset=utf-8');
              res.end(fs.readFileSync(dirs.gazetteerFile as string));
            })
            .catch(next);
          return;
        }
        const m = /^\/data\/(?:(manifest\.json)|(geo|seeds)\/([^/]+))$/.exec(url);
        if (!m) return next();
        if (m[1]) {
          res.setHeader('Content-Type', 'application/json');
          res.end(JSON.stringify(makeManifest(dirs.geoDir)));
          return;
        }
        const file = path.join(folders[m[2]], m[3]);
        if (m[3].startsWith('.') || !fs.existsSync(file)) {
          res.statusCode = 404;
          res.end('not found');
          return;
        }
        res.setHeader(
          'Content-Type',
          m[2] === 'geo' ? 'application/geo+json' : 'text/plain; charset=utf-8',
        );
        res.end(fs.readFileSync(file));
      });
    },
    async buildStart() {
      if (dirs.gazetteerFile) await ensureGazetteer(dirs.gazetteerFile);
      if (dirs.contextFile) await ensureContext(dirs.contextFile);
    },
    generateBundle() {
      if (dirs.gazetteerFile)
        this.emitFile({
          type: 'asset',
          fileName: 'data/gazetteer.txt',
          source: fs.readFileSync(dirs.gazetteerFile),
        });
      if (dirs.contextFile)
        this.emitFile({
          type: 'asset',
          fileName: 'data/context.json',
          source: fs.readFileSync(dirs.contextFile),
        });
      this.emitFile({
        type: 'asset',
        fileName: 'data/manifest.json',
        source: JSON.stringify(makeManifest(dirs.geoDir)),
      });
      for (const [folder, dir] of Object.entries(folders))
        for (const name of listFiles(dir))
          if (!name.startsWith('.'))
            this.emitFile({
              type: 'asset',
              fileName: `data/${folder}/${name}`,
              source: fs.readFileSync(path.join(dir, name)),
            });
    },
  };
}
