import { type IDBPDatabase, openDB } from 'idb';

/**
 * The viewer's IndexedDB database: what a person adds in the browser and expects to find
 * after a reload. One place opens it, so each store's creation is one upgrade step.
 */
const DB_NAME = 'situation-viewer';

export const STORES = {
  /** Pasted and imported reports: `{ id, text, collection }`. */
  reports: 'pasted-reports',
  /** The PMTiles file chosen as basemap: `{ id: 'pmtiles', name, blob }`. */
  basemapFiles: 'basemap-files',
  /** An analyst's reviews of items (src/state/corrections.ts), by their key. */
  corrections: 'corrections',
} as const;

/** Each version's upgrade step, in order: a database at version k runs steps k.. */
const UPGRADES: ((db: IDBPDatabase) => void)[] = [
  (db) => db.createObjectStore(STORES.reports, { keyPath: 'id' }),
  (db) => db.createObjectStore(STORES.basemapFiles, { keyPath: 'id' }),
  (db) => db.createObjectStore(STORES.corrections, { keyPath: 'key' }),
];

let opened: Promise<IDBPDatabase> | null = null;

/**
 * The database, opened once. A browser without IndexedDB (or one that refuses it) gets a
 * rejected promise, not a throw: what is bundled still shows, additions last the session.
 */
export function localDb(): Promise<IDBPDatabase> {
  if (!opened) {
    try {
      opened = openDB(DB_NAME, UPGRADES.length, {
        upgrade(db, oldVersion) {
          for (let v = oldVersion; v < UPGRADES.length; v++) UPGRADES[v](db);
        },
      });
    } catch (e) {
      opened = Promise.reject(e);
    }
    opened.catch(() => undefined);
  }
  return opened;
}
