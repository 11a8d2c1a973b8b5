/**
 * The viewer's service worker: after one visit, the app and its bundled data open with the
 * network off. On install it keeps the app's files (listed by the build in precache.json), the
 * situation files the data manifest lists with their reports, and the gazetteer (for adding
 * reports offline). Every request of the page's own origin goes to the network first, so an
 * online visit always sees the newest data, and falls back to what is kept. It never touches
 * requests to other hosts (an online basemap the user chose).
 */
const CACHE = 'situation-viewer-v1';

async function keep(cache, url) {
  try {
    const res = await fetch(url, { cache: 'no-cache' });
    if (res.ok) await cache.put(url, res.clone());
    return res.ok ? res : null;
  } catch {
    return null;
  }
}

async function precache() {
  const cache = await caches.open(CACHE);
  const list = await keep(cache, 'precache.json');
  const files = list ? await list.json() : [];
  await Promise.all(['./', ...files].map((f) => keep(cache, f)));
  // The data the page loads: the manifest, each situation file and the report it cites.
  const manifest = await keep(cache, 'data/manifest.json');
  const reports = manifest ? ((await manifest.json()).reports ?? []) : [];
  await Promise.all(
    reports.map(async (file) => {
      const res = await keep(cache, `data/${file}`);
      const source = res ? (await res.json()).source : null;
      if (source && typeof source.file === 'string') await keep(cache, `data/${source.file}`);
    }),
  );
  await keep(cache, 'data/gazetteer.txt');
  await keep(cache, 'data/context.json');
}

self.addEventListener('install', (event) => {
  event.waitUntil(precache().then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) if (key !== CACHE) await caches.delete(key);
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(
    (async () => {
      try {
        const res = await fetch(request);
        if (res.ok && !request.url.includes('#')) {
          const cache = await caches.open(CACHE);
          await cache.put(request, res.clone());
        }
        return res;
      } catch (error) {
        const kept = await caches.match(request, { ignoreSearch: true, ignoreVary: true });
        if (kept) return kept;
        if (request.mode === 'navigate') {
          const shell = await caches.match('./', { ignoreVary: true });
          if (shell) return shell;
        }
        throw error;
      }
    })(),
  );
});
