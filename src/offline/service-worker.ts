// The service worker of the offline copy, registered only when someone asks for it on the help
// page (src/offline/offline-help-element.ts). Its scope is the help pages; it keeps the files the
// build listed (src/offline/precache-list.ts), and nothing else: every other request is left to
// the browser. Built into /sw.js by src/integrations/offline-copy.ts, which defines the list and
// the version (a hash of the kept files: a new build with new numbers installs a new worker).
import { cachePrefix } from './offline-copy.ts';
import { keptPath, networkPatience, strategyFor } from './routing.ts';
import { markSavedCopy } from './saved-copy.ts';

declare const __PRECACHE__: string[];
declare const __VERSION__: string;

// The worker's own types, not in the DOM library this project compiles with.
type ExtendableEvent = Event & { waitUntil(promise: Promise<unknown>): void };
type FetchEvent = ExtendableEvent & {
  request: Request;
  respondWith(response: Promise<Response>): void;
};
type WorkerScope = {
  location: Location;
  skipWaiting(): Promise<void>;
  clients: { claim(): Promise<void> };
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
};
const worker = self as unknown as WorkerScope;

const cacheName = `${cachePrefix}${__VERSION__}`;
const kept = new Set(__PRECACHE__);
const isPage = (path: string) => path.endsWith('/');

/**
 * The copy's cache, if it still exists: after « Effacer » (cache deleted, worker unregistered),
 * the page still open must not bring it back.
 */
async function ownCache(): Promise<Cache | undefined> {
  return (await caches.has(cacheName)) ? caches.open(cacheName) : undefined;
}

/** A response as kept: pages carry the date they were saved; their headers (the CSP) stay. */
async function toKeep(path: string, response: Response): Promise<Response> {
  if (!isPage(path)) return response;
  const html = markSavedCopy(await response.text(), new Date());
  const headers = new Headers(response.headers);
  // The body is now decoded text of another length.
  headers.delete('Content-Encoding');
  headers.delete('Content-Length');
  return new Response(html, { status: response.status, headers });
}

async function keep(cache: Cache | undefined, path: string, response: Response) {
  if (cache && response.ok && !response.redirected) {
    await cache.put(path, await toKeep(path, response));
  }
}

worker.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(cacheName);
      try {
        // Each file fresh from the network, past the HTTP cache.
        await Promise.all(
          __PRECACHE__.map(async (path) => {
            const response = await fetch(path, { cache: 'no-cache' });
            if (!response.ok) throw new Error(`${path} : ${response.status}`);
            await keep(cache, path, response);
          }),
        );
      } catch (failure) {
        // A half-made copy is not kept: the worker fails to install and leaves nothing.
        await caches.delete(cacheName);
        throw failure;
      }
      await worker.skipWaiting();
    })(),
  );
});

worker.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      // An older build's copy goes: only this version's files stay.
      for (const name of await caches.keys()) {
        if (name.startsWith(cachePrefix) && name !== cacheName) await caches.delete(name);
      }
      await worker.clients.claim();
    })(),
  );
});

/**
 * Online the network's answer, kept for later; offline, too slow or failing (a server error), the
 * saved copy.
 */
async function networkFirst(event: FetchEvent, path: string): Promise<Response> {
  const cache = await ownCache();
  const fromNetwork = fetch(event.request);
  // Kept in the background (the page is not held until it is), even when the copy answered first.
  event.waitUntil(
    fromNetwork.then((response) => keep(cache, path, response.clone())).catch(() => undefined),
  );
  const saved = async () => cache?.match(path);
  const slow = new Promise<Response | undefined>((resolve) =>
    setTimeout(() => resolve(saved()), networkPatience),
  );
  try {
    const first = (await Promise.race([fromNetwork, slow])) ?? (await fromNetwork);
    if (first.ok) return first;
    return (await saved()) ?? first;
  } catch (failure) {
    const copy = await saved();
    if (copy) return copy;
    throw failure;
  }
}

async function cacheFirst(event: FetchEvent, path: string): Promise<Response> {
  const cache = await ownCache();
  const copy = await cache?.match(path);
  if (copy) return copy;
  const response = await fetch(event.request);
  event.waitUntil(keep(cache, path, response.clone()));
  return response;
}

worker.addEventListener('fetch', (event) => {
  const strategy = strategyFor(event.request, worker.location.origin, kept);
  if (strategy === 'none') return;
  const path = keptPath(new URL(event.request.url), kept)!;
  event.respondWith(
    strategy === 'cache-first' ? cacheFirst(event, path) : networkFirst(event, path),
  );
});
