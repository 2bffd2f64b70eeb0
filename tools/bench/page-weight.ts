// What a first visit to a page downloads, recorded in Chromium and compressed at the best levels,
// and the round trips it needs before the first paint.
import type { Browser } from 'playwright-core';
import { compressedSizes } from '../compressed-size.ts';
import { renderBlocking, roundTripsToFirstPaint } from './round-trips.ts';
import { searchParam } from '../../src/search/search-page.ts';

export type Kind = 'html' | 'css' | 'js' | 'data' | 'other';
export type Sizes = Record<Kind, { raw: number; gzip: number; brotli: number; count: number }>;
export type PageSizes = {
  label: string;
  path: string | null;
  sizes?: Sizes;
  requests?: string[];
  /** Stylesheets and classic scripts the first paint waits for. */
  blocking?: string[];
  roundTrips?: number;
};

const emptySizes = (): Sizes => ({
  html: { raw: 0, gzip: 0, brotli: 0, count: 0 },
  css: { raw: 0, gzip: 0, brotli: 0, count: 0 },
  js: { raw: 0, gzip: 0, brotli: 0, count: 0 },
  data: { raw: 0, gzip: 0, brotli: 0, count: 0 },
  other: { raw: 0, gzip: 0, brotli: 0, count: 0 },
});

function kindOf(resourceType: string, url: string): Kind {
  if (resourceType === 'document') return 'html';
  if (resourceType === 'stylesheet') return 'css';
  if (resourceType === 'script') return 'js';
  if (resourceType === 'fetch' || resourceType === 'xhr' || /\.(json|ya?ml|geojson)$/.test(url)) {
    return 'data';
  }
  return 'other';
}

/**
 * What a first visit to `path` downloads, recorded in Chromium, compressed at the best levels;
 * with `openMap`, up to the interactive map drawn after its button is pressed; with `searchFor`,
 * up to that query's results on the search page (Pagefind's script, WebAssembly and index chunks).
 */
export async function measurePage(
  browser: Browser,
  baseUrl: string,
  path: string,
  { openMap = false, searchFor }: { openMap?: boolean; searchFor?: string } = {},
) {
  // A context of its own: an empty cache, as on a first visit.
  const context = await browser.newContext({ locale: 'fr-FR' });
  const page = await context.newPage();
  const responses: Promise<{ kind: Kind; url: string; body: Buffer } | null>[] = [];
  const brotliByPath = new Map<string, number>();
  page.on('response', (response) => {
    if (response.status() >= 300 && response.status() < 400) return;
    responses.push(
      response
        .body()
        .then((body) => ({
          kind: kindOf(response.request().resourceType(), response.url()),
          url: response.url(),
          body,
        }))
        .catch(() => null),
    );
  });
  const address = new URL(path, baseUrl);
  if (searchFor) address.searchParams.set(searchParam, searchFor);
  const response = await page.goto(address.href, { waitUntil: 'networkidle' });
  if (searchFor) {
    await page.waitForFunction(() =>
      document.querySelector('[data-status]')?.textContent?.includes('«'),
    );
    await page.waitForLoadState('networkidle');
  }
  if (openMap) {
    await page.getByRole('button', { name: 'Ouvrir la carte interactive' }).click();
    await page.locator('.leaflet-marker-icon').first().waitFor();
    await page.waitForLoadState('networkidle');
  }
  // From the HTML as served, not the live DOM: a stylesheet a script adds later (Leaflet's, with
  // the map) does not hold up the first paint.
  const blocking = renderBlocking((await response?.text()) ?? '');

  const sizes = emptySizes();
  const requests: string[] = [];
  for (const item of await Promise.all(responses)) {
    if (!item) continue;
    const entry = sizes[item.kind];
    entry.raw += item.body.length;
    const compressed = compressedSizes(item.body);
    entry.gzip += compressed.gzip;
    entry.brotli += compressed.brotli;
    entry.count += 1;
    requests.push(new URL(item.url).pathname);
    brotliByPath.set(new URL(item.url).pathname, compressed.brotli);
  }
  await context.close();
  const roundTrips = roundTripsToFirstPaint(
    sizes.html.brotli,
    blocking.map((resource) => brotliByPath.get(new URL(resource, baseUrl).pathname) ?? 0),
  );
  return { sizes, requests, blocking, roundTrips };
}
