// Shared harness for real-browser tests: Debian's Chromium driven by playwright-core, against the
// site built once by tests/setup/build-site.ts and served with its dist/_headers.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { startStaticServer, type StaticServer } from '../../scripts/static-server.ts';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.ts';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true });
}

/** Serves the test build; the caller closes it. */
export function serveBuiltSite(): Promise<StaticServer> {
  return startStaticServer(inject('distDir'));
}

/**
 * The pages the built sitemap lists, as { url, path }: the absolute production URL and the path
 * to request from the local server. Reads sitemap-index.xml and the sitemaps it names.
 */
export function sitemapPages(distDir: string = inject('distDir')): { url: string; path: string }[] {
  const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!.trim());
  const index = join(distDir, 'sitemap-index.xml');
  const files = existsSync(index)
    ? locs(readFileSync(index, 'utf8')).map((url) => join(distDir, new URL(url).pathname))
    : [join(distDir, 'sitemap-0.xml')];
  return files
    .flatMap((file) => locs(readFileSync(file, 'utf8')))
    .map((url) => ({ url, path: new URL(url).pathname }));
}

export type TrackedPage = {
  context: BrowserContext;
  page: Page;
  /** Every URL the page requested, in order. */
  requests: string[];
  /** Requests that went to another host than the local server. */
  externalRequests: () => string[];
  /** Console errors and uncaught page errors. */
  errors: string[];
};

/** Opens a page in a fresh context that records requests and errors. */
export async function openTrackedPage(
  browser: Browser,
  baseUrl: string,
  options: Parameters<Browser['newContext']>[0] = {},
): Promise<TrackedPage> {
  const context = await browser.newContext({ locale: 'fr-FR', ...options, baseURL: baseUrl });
  const page = await context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  const origin = new URL(baseUrl).origin;
  page.on('request', (request) => requests.push(request.url()));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return {
    context,
    page,
    requests,
    errors,
    externalRequests: () =>
      requests.filter(
        (url) =>
          !url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin,
      ),
  };
}

export type BrowserSession = { readonly browser: Browser; readonly url: string };

/**
 * Launches Chromium and serves the test build for the whole test file (call it at the top level);
 * both are closed after the file's last test.
 */
export function useBrowserAndSite(): BrowserSession {
  let browser: Browser | undefined;
  let site: StaticServer | undefined;
  beforeAll(async () => {
    [browser, site] = await Promise.all([launchBrowser(), serveBuiltSite()]);
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });
  return {
    get browser() {
      if (!browser) throw new Error('Chromium n’est pas encore lancé (appel hors d’un test ?).');
      return browser;
    },
    get url() {
      if (!site) throw new Error('Le site n’est pas encore servi (appel hors d’un test ?).');
      return site.url;
    },
  };
}
