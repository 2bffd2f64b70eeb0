// What the service worker does with a request, decided here (pure, unit-tested) and applied by
// src/offline/service-worker.ts. Only the kept files are answered; any other request is left to
// the browser as if there were no worker (nothing intercepted, nothing cached).

/**
 * - `network-first`: pages and unversioned files (manifest, icons). Online, the fresh copy is
 *   shown and replaces the saved one (a changed number reaches the phone on the next visit);
 *   offline, or when the network is too slow, the saved copy.
 * - `cache-first`: the build's hashed files (/_astro/), which never change under the same name.
 * - `none`: not the worker's business.
 */
export type Strategy = 'network-first' | 'cache-first' | 'none';

/** Built files named by a hash of their content. */
export const immutablePrefix = '/_astro/';

/** The kept path a request asks for: "/besoin-de-soutien/index.html" is the page itself. */
export function keptPath(url: URL, kept: ReadonlySet<string>): string | undefined {
  const path = url.pathname.endsWith('/index.html')
    ? url.pathname.slice(0, -'index.html'.length)
    : url.pathname;
  return kept.has(path) ? path : undefined;
}

export function strategyFor(
  request: { url: string; method: string },
  origin: string,
  kept: ReadonlySet<string>,
): Strategy {
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== origin) return 'none';
  const path = keptPath(url, kept);
  if (!path) return 'none';
  return path.startsWith(immutablePrefix) ? 'cache-first' : 'network-first';
}

/** How long a page may take online before the saved copy is shown instead (a bad connection). */
export const networkPatience = 4_000;
