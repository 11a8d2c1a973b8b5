import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { contentSecurityPolicy, HEADER_POLICY } from './scripts/csp.ts';
import { precacheList } from './scripts/precache-plugin.ts';
import { situationData } from './scripts/situation-data-plugin.ts';

const root = import.meta.dirname;

export default defineConfig({
  base: './',
  plugins: [
    react(),
    contentSecurityPolicy(),
    precacheList(path.join(root, 'public')),
    situationData({
      geoDir: process.env.SITUATION_GEO_DIR ?? path.join(root, 'geo'),
      seedsDir: process.env.SITUATION_SEEDS_DIR ?? path.join(root, 'seeds'),
      gazetteerFile: path.join(root, '.cache/gazetteer.txt'),
      contextFile: path.join(root, '.cache/context.json'),
    }),
  ],
  build: {
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      // The first build of a fresh clone makes the gazetteer and the basemap's context from
      // their packages (seconds, then cached in .cache/): expected, not a warning to act on.
      checks: { bundlerTimings: false },
      output: {
        // Libraries in chunks of their own, so the app's own code can be measured and cached apart.
        codeSplitting: {
          groups: [
            { name: 'maplibre', test: /node_modules[\\/]maplibre-gl/ },
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            // zod with the setting that must run before zod-geojson builds its schemas, so the
            // chunk keeps that order (see src/model/zod-config.ts).
            { name: 'zod', test: /node_modules[\\/]zod|src[\\/]model[\\/]zod-config/ },
            // Loaded only when a person chooses a PMTiles file as basemap.
            {
              name: 'pmtiles',
              test: /node_modules[\\/](pmtiles|@protomaps)[\\/]/,
            },
            { name: 'vendor', test: /node_modules/ },
          ],
        },
      },
    },
  },
  worker: { format: 'es' },
  server: { host: '127.0.0.1' },
  preview: {
    host: '127.0.0.1',
    port: 4173,
    headers: { 'Content-Security-Policy': HEADER_POLICY },
  },
});
