import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { situationData } from './scripts/situation-data-plugin';

const root = import.meta.dirname;

export default defineConfig({
  base: './',
  plugins: [
    react(),
    situationData({
      geoDir: process.env.SITUATION_GEO_DIR ?? path.join(root, 'geo'),
      seedsDir: process.env.SITUATION_SEEDS_DIR ?? path.join(root, 'seeds'),
      gazetteerFile: path.join(root, '.cache/gazetteer.txt'),
    }),
  ],
  build: {
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      output: {
        // Libraries in chunks of their own, so the app's own code can be measured and cached apart.
        codeSplitting: {
          groups: [
            { name: 'maplibre', test: /node_modules[\\/]maplibre-gl/ },
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            { name: 'vendor', test: /node_modules/ },
          ],
        },
      },
    },
  },
  worker: { format: 'es' },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1', port: 4173 },
});
