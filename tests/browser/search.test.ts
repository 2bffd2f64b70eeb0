// The site's search in Chromium, under the production headers (issue 19): every help line's
// topics (editors' words, from the content) put the help page first with that line as its best
// section, with or without accents; results are text with <mark>s; everything comes from the
// site's own origin, with no CSP violation; the header's field leads there; without JavaScript
// the page says search needs it; other pages download nothing of it.
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import {
  cspViolations,
  openTrackedPage,
  recordCspViolations,
  useBrowserAndSite,
  type TrackedPage,
} from './harness.ts';
import { builtContent } from '../helpers/built-site.ts';
import {
  helplineAnchor,
  searchIndexFolder,
  searchParam,
  searchPath,
} from '../../src/search/search-page.ts';

const session = useBrowserAndSite();
const lines = builtContent()
  .of('helplines')
  .filter((line) => line.data.topics?.length);
/** Each topic, with the anchors of the lines that list it. */
const topics = new Map<string, string[]>();
for (const line of lines) {
  for (const topic of line.data.topics!) {
    topics.set(topic, [...(topics.get(topic) ?? []), helplineAnchor(line.id)]);
  }
}
/** « harcèlement » → « harcelement »: what a phone's keyboard often gives. */
const withoutAccents = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '');

async function openSearch(): Promise<TrackedPage> {
  const tracked = await openTrackedPage(session.browser, session.url, {
    viewport: { width: 375, height: 667 },
  });
  await tracked.context.addInitScript(recordCspViolations);
  return tracked;
}

/** The results shown for a query typed in the address: title links and their first section. */
async function resultsFor(page: Page, query: string) {
  await page.goto(`${searchPath}?${searchParam}=${encodeURIComponent(query)}`);
  await expect
    .poll(() => page.locator('site-search[aria-busy]').count(), { timeout: 15_000 })
    .toBe(0);
  await expect
    .poll(() => page.locator('[data-status]').textContent(), { timeout: 15_000 })
    .not.toBe('');
  return page.locator('.search-result').evaluateAll((items) =>
    items.map((item) => ({
      href: item.querySelector('.search-result__title a')?.getAttribute('href'),
      firstSection: item.querySelector('.search-result__sections a')?.getAttribute('href') ?? null,
    })),
  );
}

test('the content gives help lines topics to search for', () => {
  expect(topics.size).toBeGreaterThan(0);
});

describe('help words put the help page first, at the right line', () => {
  test('each topic of each help line, with and without its accents', async () => {
    const { page, context, errors, externalRequests } = await openSearch();
    const problems: string[] = [];
    const queries = [...topics].flatMap(([topic, anchors]) =>
      [...new Set([topic, withoutAccents(topic)])].map((query) => ({ query, anchors })),
    );
    for (const { query, anchors } of queries) {
      const [first] = await resultsFor(page, query);
      const expected = anchors.map((anchor) => `/besoin-de-soutien/#${anchor}`);
      if (first?.href !== '/besoin-de-soutien/' || !expected.includes(first.firstSection!)) {
        problems.push(
          `« ${query} » : ${JSON.stringify(first)} au lieu de ${expected.join(' ou ')}`,
        );
      }
    }
    expect(problems).toEqual([]);
    expect(errors).toEqual([]);
    expect(externalRequests()).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
    await context.close();
  }, 120_000);
});

describe('the search page', () => {
  test('loads Pagefind from the site only, without a worker, under its strict policy', async () => {
    const { page, context, requests, errors, externalRequests } = await openSearch();
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    const [topic] = topics.keys();
    const results = await resultsFor(page, topic!);
    expect(results.length).toBeGreaterThan(0);
    const origin = new URL(session.url).origin;
    const searchFiles = requests.filter((url) => url.includes(`/${searchIndexFolder}/`));
    expect(searchFiles.length).toBeGreaterThan(0);
    for (const url of searchFiles) expect(new URL(url).origin).toBe(origin);
    expect(workers).toEqual([]);
    expect(externalRequests()).toEqual([]);
    expect(errors).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
    await context.close();
  });

  test('excerpts are text and <mark> only, and the title links to the page', async () => {
    const { page, context } = await openSearch();
    const [topic] = topics.keys();
    await resultsFor(page, topic!);
    const elements = await page
      .locator('.search-result__excerpt *')
      .evaluateAll((nodes) => [...new Set(nodes.map((node) => node.localName))]);
    expect(elements).toEqual(['mark']);
    expect(await page.locator('.search-result__excerpt mark').count()).toBeGreaterThan(0);
    await context.close();
  });

  test('the form searches again, and the address keeps the query', async () => {
    const { page, context } = await openSearch();
    const [first, second] = [...topics.keys()];
    await resultsFor(page, first!);
    await page.getByLabel('Mots à chercher').fill(second!);
    await page.getByLabel('Mots à chercher').press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get(searchParam)).toBe(second);
    await expect.poll(() => page.locator('[data-status]').textContent()).toContain(second!);
    await context.close();
  });

  test('a query that finds nothing says so, and the help page stays one link away', async () => {
    const { page, context } = await openSearch();
    const results = await resultsFor(page, 'zzqxw');
    expect(results).toEqual([]);
    expect(await page.locator('[data-status]').textContent()).toContain('Aucune page');
    expect(await page.locator('main a[href="/besoin-de-soutien/"]').isVisible()).toBe(true);
    await context.close();
  });

  test('without JavaScript it says search needs it and links to the site map', async () => {
    const { page, context } = await openTrackedPage(session.browser, session.url, {
      javaScriptEnabled: false,
    });
    await page.goto(`${searchPath}?${searchParam}=angoisse`);
    const note = page.locator('main p', { hasText: 'JavaScript' });
    expect(await note.isVisible()).toBe(true);
    expect(await note.locator('a[href="/plan-du-site/"]').isVisible()).toBe(true);
    await context.close();
  });
});

describe('the search field of every page', () => {
  test('a plain form: from a page, it opens the search page with the results', async () => {
    const { page, context } = await openTrackedPage(session.browser, session.url, {
      viewport: { width: 1280, height: 800 },
    });
    const [topic] = topics.keys();
    await page.goto('/territoires/');
    await page.locator('header input[type="search"]').fill(topic!);
    await page.locator('header input[type="search"]').press('Enter');
    await page.waitForURL((url) => url.pathname === searchPath);
    expect(new URL(page.url()).searchParams.get(searchParam)).toBe(topic);
    await expect.poll(() => page.locator('.search-result').count()).toBeGreaterThan(0);
    await context.close();
  });

  test('other pages download nothing of the search', async () => {
    const { page, context, requests } = await openTrackedPage(session.browser, session.url);
    for (const path of ['/', '/besoin-de-soutien/', '/territoires/']) {
      await page.goto(path, { waitUntil: 'networkidle' });
    }
    expect(requests.filter((url) => url.includes(`/${searchIndexFolder}/`))).toEqual([]);
    await context.close();
  });
});
