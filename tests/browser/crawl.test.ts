// Crawls every page of the built site in Chromium, served with dist/_headers (so the
// production Content-Security-Policy is enforced), and fails on what a visitor would suffer from:
// accessibility violations (axe-core, WCAG 2.2 AA), requests to other hosts, cookies, console
// errors, CSP violations, broken internal links or assets, a first Tab that misses the skip link,
// a quick exit missing, outside a landmark or not second in keyboard order, a missing help link,
// a page without exactly one <h1>. Each page is one test, so a failure names the page and lists
// its problems.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import {
  axeViolations,
  launchBrowser,
  openTrackedPage,
  cspViolations,
  recordCspViolations,
  serveBuiltSite,
  sitemapPages,
} from './harness.ts';
import type { StaticServer } from '../../tools/static-server.ts';

const listed = sitemapPages();
/** The production origin of the sitemap's URLs: links to it are internal links. */
const siteOrigin = listed[0] ? new URL(listed[0].url).origin : 'https://invalid.example';

type CrawlTarget = {
  path: string;
  /** Public pages get every check; /admin/ is the CMS (no axe gating, its own CSP). */
  kind: 'public' | 'admin';
  status: number;
};

const targets: CrawlTarget[] = [
  ...listed.map(({ path }) => ({ path, kind: 'public' as const, status: 200 })),
  { path: '/404.html', kind: 'public', status: 200 },
  // An unknown address: the server answers 404 with the site's own 404 page.
  { path: '/cette-page-n-existe-pas/', kind: 'public', status: 404 },
  { path: '/admin/', kind: 'admin', status: 200 },
];

/**
 * Hosts the CMS may contact besides the site: on a local address Decap first looks for
 * decap-server (its local backend, port 8081). The crawl blocks that request, so that it sees the
 * CMS as CI does, whether or not a developer's decap-server is running.
 */
const adminAllowedHosts = ['localhost:8081'];

/**
 * Console errors of the CMS that are not failures: Decap's prebuilt bundle keeps React's
 * development prop-type checks, which report (intermittently, depending on render timing) a
 * `children` of its ErrorBoundary; nothing breaks. Only this exact message is forgiven.
 */
const adminKnownConsoleErrors = [
  /^Warning: Failed prop type: Invalid prop `children` supplied to `ErrorBoundary`/,
];

let browser: Browser;
let site: StaticServer;
/** Status of each internal URL already checked, shared by all pages. */
const linkStatus = new Map<string, Promise<string | null>>();

beforeAll(async () => {
  [browser, site] = await Promise.all([launchBrowser(), serveBuiltSite()]);
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** Requests an internal URL; a missing trailing slash may redirect once. Null means fine. */
function checkInternal(url: string): Promise<string | null> {
  const cached = linkStatus.get(url);
  if (cached) return cached;
  const result = (async () => {
    let response = await fetch(url, { redirect: 'manual' });
    const location = response.headers.get('location');
    if (response.status >= 300 && response.status < 400 && location) {
      const target = new URL(location, url);
      if (target.pathname === `${new URL(url).pathname}/`) {
        response = await fetch(target, { redirect: 'manual' });
      }
    }
    return response.status === 200 ? null : `${response.status}`;
  })();
  linkStatus.set(url, result);
  return result;
}

/** Every URL a page points to: links, stylesheets, preloads, scripts, images, sources. */
async function referencedUrls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const urls: string[] = [];
    const add = (value: string | null | undefined) => {
      if (value) urls.push(new URL(value, document.baseURI).href);
    };
    document.querySelectorAll('a[href], area[href]').forEach((el) => add(el.getAttribute('href')));
    document
      .querySelectorAll('link[href]')
      .forEach((el) =>
        ['canonical', 'alternate'].includes(el.getAttribute('rel') ?? '')
          ? undefined
          : add(el.getAttribute('href')),
      );
    document
      .querySelectorAll('script[src], img[src], source[src], iframe[src], video[src], audio[src]')
      .forEach((el) => add(el.getAttribute('src')));
    document.querySelectorAll('img[srcset], source[srcset]').forEach((el) =>
      (el.getAttribute('srcset') ?? '')
        .split(',')
        .map((part) => part.trim().split(/\s+/)[0])
        .forEach(add),
    );
    document.querySelectorAll('use[href]').forEach((el) => {
      const href = el.getAttribute('href');
      if (href && !href.startsWith('#')) add(href);
    });
    return urls;
  });
}

describe('crawl of the built site in Chromium', () => {
  test('the sitemap lists pages', () => {
    expect(listed.length).toBeGreaterThan(0);
  });

  test.each(targets)(
    '$path',
    async ({ path, kind, status }) => {
      const problems: string[] = [];
      const tracked = await openTrackedPage(browser, site.url);
      const { page, context } = tracked;
      await context.addInitScript(recordCspViolations);
      if (kind === 'admin') {
        for (const host of adminAllowedHosts) {
          await context.route(`http://${host}/**`, (route) => route.abort('connectionrefused'));
        }
      }
      const fromAllowedHost = (url: string) =>
        kind === 'admin' && url.startsWith('http') && adminAllowedHosts.includes(new URL(url).host);

      const cookieHeaders: string[] = [];
      page.on('response', async (response) => {
        const setCookie = await response.headerValue('set-cookie').catch(() => null);
        if (setCookie) cookieHeaders.push(`${response.url()} : ${setCookie}`);
      });
      // Console errors with where they come from: the expected 404 of the unknown address is the
      // only one forgiven (Chromium logs the document's own status as "Failed to load resource").
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() !== 'error') return;
        const expected404 =
          status === 404 &&
          message.location().url === new URL(path, site.url).href &&
          message.text().includes('status of 404');
        const known =
          kind === 'admin' && adminKnownConsoleErrors.some((known) => known.test(message.text()));
        if (!expected404 && !known && !fromAllowedHost(message.location().url)) {
          errors.push(`${message.text()} (${message.location().url})`);
        }
      });
      page.on('pageerror', (error) => errors.push(error.message));
      const failed: string[] = [];
      page.on('requestfailed', (request) => {
        if (!fromAllowedHost(request.url())) {
          failed.push(`${request.url()} (${request.failure()?.errorText ?? 'échec'})`);
        }
      });

      const response = await page.goto(path, { waitUntil: 'networkidle' });
      if (response?.status() !== status) {
        problems.push(`statut HTTP ${response?.status()} au lieu de ${status}`);
      }

      if (kind === 'public') {
        // First Tab from the top of a freshly loaded page.
        await page.keyboard.press('Tab');
        const focused = await page.evaluate(() => ({
          text: document.activeElement?.textContent?.trim() ?? '',
          href: document.activeElement?.getAttribute('href') ?? '',
        }));
        if (focused.text !== 'Aller au contenu') {
          problems.push(
            `le premier Tab atteint « ${focused.text.slice(0, 60)} » (${focused.href}) et non le lien d’évitement « Aller au contenu »`,
          );
        }
        const helpLinks = await page
          .locator('a[data-help-link]')
          .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
        if (!helpLinks.includes('/besoin-de-soutien/')) {
          problems.push(
            `pas de lien d’aide [data-help-link] vers /besoin-de-soutien/ (trouvés : ${JSON.stringify(helpLinks)})`,
          );
        }

        // The quick exit: on every page, visible, inside a landmark, next in keyboard order.
        const quickExit = page.locator('a[data-quick-exit]');
        if ((await quickExit.count()) !== 1 || !(await quickExit.isVisible())) {
          problems.push('pas de bouton « Quitter rapidement » visible');
        } else {
          const landmark = await quickExit.evaluate(
            (link) =>
              link.closest('main, header, footer, nav, aside, [role="region"], section[aria-label]')
                ?.localName ?? null,
          );
          if (!landmark) problems.push('le bouton « Quitter rapidement » est hors de tout repère');
          await page.keyboard.press('Tab');
          const second = await page.evaluate(
            () => document.activeElement?.hasAttribute('data-quick-exit') ?? false,
          );
          if (!second) problems.push('le deuxième Tab n’atteint pas « Quitter rapidement »');
        }

        const headings = await page.locator('h1').count();
        if (headings !== 1) problems.push(`${headings} titres <h1> au lieu d’un seul`);

        problems.push(...(await axeViolations(page)));
      }

      // Internal links and assets answer 200 (links to the production host count as internal).
      const origin = new URL(site.url).origin;
      const internal = new Set<string>();
      for (const href of await referencedUrls(page)) {
        const url = new URL(href);
        if (url.origin === siteOrigin) url.href = new URL(url.pathname + url.search, origin).href;
        if (url.origin !== origin) continue;
        url.hash = '';
        // In-page anchors (the skip link…) point to the page itself, already loaded above.
        if (url.href === new URL(path, origin).href) continue;
        internal.add(url.href);
      }
      for (const url of internal) {
        const broken = await checkInternal(url);
        if (broken) problems.push(`lien ou ressource interne ${new URL(url).pathname} : ${broken}`);
      }

      const allowed = kind === 'admin' ? adminAllowedHosts : [];
      for (const url of tracked.externalRequests()) {
        if (!allowed.includes(new URL(url).host))
          problems.push(`requête vers un autre hôte : ${url}`);
      }
      if (kind === 'public') {
        for (const cookie of await context.cookies()) {
          problems.push(`cookie déposé : ${cookie.name} (${cookie.domain})`);
        }
        problems.push(...cookieHeaders.map((header) => `Set-Cookie reçu : ${header}`));
      }
      for (const error of errors) problems.push(`erreur console ou page : ${error}`);
      for (const request of failed) problems.push(`requête en échec : ${request}`);
      const csp = await cspViolations(page);
      problems.push(...csp.map((violation) => `violation CSP : ${violation}`));

      await context.close();
      expect(problems, `Problèmes sur ${path}`).toEqual([]);
      // The CMS bundle is large: give a loaded machine time to parse it.
    },
    60_000,
  );
});
