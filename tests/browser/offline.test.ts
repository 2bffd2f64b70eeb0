// The offline copy of the help pages in Chromium (issue 19, part 2): nobody gets a service worker
// without asking; « Garder les numéros sur ce téléphone » keeps the help page and the chatbot, which
// then open offline (the browser's offline emulation) with their numbers and a live « ouvert
// maintenant », saying they are the saved copy; online the fresh page wins and updates the copy;
// « Effacer » leaves nothing; the quick exit keeps what was chosen and adds nothing.
// The site is served from a private copy of the build, which one test changes (a new number).
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  axeViolations,
  launchBrowser,
  openPageAt,
  openTrackedPage,
  sitemapPages,
} from './harness.ts';
import { builtContent, builtDistDir, builtFile } from '../helpers/built-site.ts';
import { startStaticServer, type StaticServer } from '../../tools/static-server.ts';
import { offlinePages, optInPage } from '../../src/offline/offline-copy.ts';
import { precacheList } from '../../src/offline/precache-list.ts';
import { builtFiles } from '../../src/integrations/offline-copy.ts';
import { openingStatus } from '../../src/help/opening-hours.ts';
import { normalizeText as plain } from '../helpers/text.ts';

let work: string;
let distDir: string;
let browser: Browser | undefined;
let site: StaticServer | undefined;
beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'asm-offline-'));
  distDir = join(work, 'dist');
  cpSync(builtDistDir(), distDir, { recursive: true });
  [browser, site] = await Promise.all([
    launchBrowser(),
    startStaticServer(distDir, { formsDir: join(work, 'forms') }),
  ]);
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
  rmSync(work, { recursive: true, force: true });
});
const session = {
  get browser() {
    return browser!;
  },
  get url() {
    return site!.url;
  },
};

/** The machine running the tests may be loaded: scripts get time to start. */
const slow = { timeout: 15_000 };
const { quickExitUrl } = builtContent().settings;
const phoneLines = builtContent()
  .of('helplines')
  .filter((line) => line.data.kind === 'phone' && line.data.dial);

/** The site's service workers and caches, as the page sees them. */
const storage = (page: Page) =>
  page.evaluate(async () => ({
    workers: (await navigator.serviceWorker.getRegistrations()).map((r) => r.scope),
    caches: await caches.keys(),
  }));

/** The URL paths kept in the offline copy's caches. */
const keptPaths = (page: Page) =>
  page.evaluate(async () => {
    const paths: string[] = [];
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys()) {
        paths.push(new URL(request.url).pathname);
      }
    }
    return paths.sort();
  });

async function optIn(page: Page) {
  await page.goto(optInPage);
  await page.getByRole('button', { name: 'Garder les numéros sur ce téléphone' }).click();
  await expect
    .poll(() => page.locator('offline-help [data-say="on"]').isVisible(), slow)
    .toBe(true);
}

/**
 * Each phone line of the help page shows its status computed in the browser (`data-live`), on the
 * page's own clock: the numbers and « ouvert maintenant » of the page as it is shown.
 */
async function expectNumbersAndLiveStatuses(page: Page) {
  const dialled = await page
    .locator('a[href^="tel:"]')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
  for (const line of phoneLines) expect(dialled, line.id).toContain(`tel:${line.data.dial}`);
  for (const line of phoneLines.filter((line) => line.data.hours)) {
    const status = page.locator(`[data-helpline="${line.id}"] opening-status`);
    await expect
      .poll(async () => {
        const now = new Date(await page.evaluate(() => Date.now()));
        const expected = plain(openingStatus(line.data.hours, now).label);
        const shown = plain(await status.textContent());
        const live = await status.getAttribute('data-live');
        return live === '' && shown === expected ? 'live' : `${shown} (attendu : ${expected})`;
      }, slow)
      .toBe('live');
  }
}

describe('without asking', () => {
  test('no page of the site registers a worker or keeps anything', async () => {
    const { page, context, errors } = await openTrackedPage(session.browser, session.url);
    for (const { path } of [...sitemapPages(distDir), { path: '/404.html' }]) {
      await page.goto(path);
    }
    await page.goto(optInPage);
    expect(await storage(page)).toEqual({ workers: [], caches: [] });
    expect(errors).toEqual([]);
    await context.close();
  });

  test('without JavaScript, the choice is not offered (it could not work)', async () => {
    const { page, context } = await openTrackedPage(session.browser, session.url, {
      javaScriptEnabled: false,
    });
    await page.goto(optInPage);
    expect(await page.locator('offline-help').isVisible()).toBe(false);
    expect(await page.locator('saved-copy-notice').isVisible()).toBe(false);
    await context.close();
  });
});

describe('kept on this phone, by choice', () => {
  test('offline, the help page and the chatbot open from the copy, with their numbers and who answers now', async () => {
    const { page, context, errors } = await openPageAt(session, '2026-11-26T15:00:00+01:00');
    await optIn(page);
    // The copy holds the help pages and the files the build says they need, nothing else.
    expect(await keptPaths(page)).toEqual(
      [...(await precacheList(offlinePages, builtFiles(distDir)))].sort(),
    );
    const erase = page.getByRole('button', { name: 'Effacer' });
    expect(await erase.isVisible()).toBe(true);
    await expect.poll(() => erase.evaluate((b) => b === document.activeElement)).toBe(true);
    expect(plain(await page.locator('offline-help [data-say="on"]').textContent())).toMatch(
      /copie du \d{1,2}(er)? \S+ \d{4} à /,
    );
    expect(await axeViolations(page)).toEqual([]);

    await context.setOffline(true);
    await page.reload();
    const notice = page.locator('saved-copy-notice');
    await expect.poll(() => notice.isVisible(), slow).toBe(true);
    expect(plain(await notice.textContent())).toMatch(
      /^Copie enregistrée le \d{1,2}(er)? \S+ \d{4} à /,
    );
    await expectNumbersAndLiveStatuses(page);
    expect(await axeViolations(page)).toEqual([]);

    await page.goto('/besoin-de-soutien/orientation/');
    await expect.poll(() => notice.isVisible(), slow).toBe(true);
    // The chatbot runs from the copy: its first path leads to numbers, with who answers now.
    const answers = page.locator('[data-answers] button');
    await expect.poll(() => answers.count(), slow).toBeGreaterThan(0);
    while ((await answers.count()) > 0) await answers.first().click();
    const ending = page.locator('[data-log] .chat-bubble--bot').last();
    expect(await ending.locator('a[href^="tel:"]').count()).toBeGreaterThan(0);
    const statuses = ending.locator('opening-status:visible, answers-now');
    for (const status of await statuses.all()) {
      expect(await status.getAttribute('data-live')).not.toBeNull();
    }

    // Other pages are not kept: offline, they do not open.
    await expect(page.goto('/')).rejects.toThrow(/ERR_INTERNET_DISCONNECTED/);
    expect(errors.filter((error) => !/ERR_INTERNET_DISCONNECTED/.test(error))).toEqual([]);
    await context.close();
  });

  test('online, the page comes fresh from the network and replaces the copy', async () => {
    const { page, context } = await openTrackedPage(session.browser, session.url);
    await optIn(page);
    await page.goto('/');
    // Pages outside the help pages are neither controlled nor kept.
    expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull();
    // A new version of the help page is published (as if an editor changed a number).
    const file = builtFile(optInPage, distDir);
    const original = readFileSync(file, 'utf8');
    try {
      writeFileSync(
        file,
        original.replace('<h1>', '<p id="nouvelle-version">Nouvelle version</p><h1>'),
      );
      await page.goto(optInPage);
      expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
      expect(await page.locator('#nouvelle-version').count()).toBe(1);
      expect(await page.locator('saved-copy-notice').isVisible()).toBe(false);
      // The copy follows: the new version replaces the saved one.
      await expect
        .poll(
          () =>
            page.evaluate(async (path) => {
              const copy = await caches.match(path);
              return (await copy?.text())?.includes('nouvelle-version');
            }, optInPage),
          slow,
        )
        .toBe(true);
      await context.setOffline(true);
      await page.reload();
      await expect.poll(() => page.locator('saved-copy-notice').isVisible(), slow).toBe(true);
      expect(await page.locator('#nouvelle-version').count()).toBe(1);
    } finally {
      writeFileSync(file, original);
    }
    expect(await keptPaths(page)).not.toContain('/');
    await context.close();
  });

  test('« Effacer » removes the worker and the copy: offline, the page is gone', async () => {
    const { page, context } = await openTrackedPage(session.browser, session.url);
    await optIn(page);
    // The copy worked offline before it was erased.
    await context.setOffline(true);
    await page.reload();
    await expect.poll(() => page.locator('saved-copy-notice').isVisible(), slow).toBe(true);
    await context.setOffline(false);
    await page.reload();
    await page.getByRole('button', { name: 'Effacer' }).click();
    await expect
      .poll(() => page.locator('offline-help [data-say="erased"]').isVisible(), slow)
      .toBe(true);
    expect(await storage(page)).toEqual({ workers: [], caches: [] });
    const keep = page.getByRole('button', { name: 'Garder les numéros sur ce téléphone' });
    await expect.poll(() => keep.evaluate((b) => b === document.activeElement)).toBe(true);
    await context.setOffline(true);
    await expect(page.reload()).rejects.toThrow(/ERR_INTERNET_DISCONNECTED/);
    await context.close();
  });
});

describe('quick exit', () => {
  const exitOrigin = new URL(quickExitUrl).origin;

  async function openWithNeutralSite() {
    const tracked = await openTrackedPage(session.browser, session.url);
    await tracked.context.route(
      (url) => url.origin === exitOrigin,
      (route) =>
        route.fulfill({
          contentType: 'text/html',
          body: '<title>Site neutre</title><p>neutre</p>',
        }),
    );
    return tracked;
  }

  async function quickExit(page: Page) {
    await page.getByRole('link', { name: /Quitter rapidement/ }).click();
    await page.waitForURL(quickExitUrl);
  }

  test('without a copy, leaving from the help page keeps nothing', async () => {
    const { page, context } = await openWithNeutralSite();
    await page.goto('/');
    await page.goto(optInPage);
    await quickExit(page);
    await page.goBack();
    expect(new URL(page.url()).pathname).toBe('/');
    expect(await storage(page)).toEqual({ workers: [], caches: [] });
    await context.close();
  });

  test('with a copy, leaving keeps what was chosen and nothing more, and Back does not return', async () => {
    const { page, context } = await openWithNeutralSite();
    await page.goto('/');
    await optIn(page);
    const chosen = await keptPaths(page);
    await page.goto('/besoin-de-soutien/orientation/');
    await quickExit(page);
    await page.goBack();
    expect(new URL(page.url()).pathname).toBe(optInPage);
    await page.goBack();
    expect(new URL(page.url()).pathname).toBe('/');
    expect((await storage(page)).workers).toHaveLength(1);
    expect(await keptPaths(page)).toEqual(chosen);
    await context.close();
  });
});
