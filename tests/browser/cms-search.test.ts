// The CMS's search, in a real browser: every word of the query, wherever it is in the entry's name,
// finds it (cms/admin/entry-search.ts, in place of Decap's fuzzy matching, which takes the query's
// letters in order, spaces included, and finds « xylophone » in any long text; the unit tests
// check that scattered letters find nothing).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { closeContext, useCmsSession } from './cms-session.ts';

const cms = useCmsSession('asm-cms-search-');

/** Searches a collection from the sidebar's field, as an editor does on its list. */
async function searchIn(page: Page, collection: string, query: string) {
  await page.goto(`/admin/#/collections/${collection}`);
  const field = page.getByPlaceholder('Tout rechercher');
  await field.fill(query);
  await field.press('Enter');
  await expect.poll(() => decodeURIComponent(page.url())).toContain(`/search/${query}`);
}

// The result cards, not the « À vérifier » list's links.
const hits = (page: Page) => page.locator('a[href*="/entries/"]:not([data-to-check] a)');

describe('the CMS search', { timeout: 120_000 }, () => {
  test('finds an entry by words of its name, in any order, whatever the case and accents', async () => {
    // A territory whose name's words are apart (« Val-de-Recherche-Essai »), as many are.
    const [territory] = cms.entriesOf('territories');
    expect(territory, 'aucun territoire dans le contenu').toBeDefined();
    const name = 'Val-de-Recherche-Essai';
    const data = JSON.parse(readFileSync(join(cms.repo, territory!.file), 'utf8'));
    writeFileSync(
      join(cms.content, 'territories', 'val-de-recherche-essai.json'),
      JSON.stringify({ ...data, name }),
    );
    const { page, context } = await cms.openAdmin();
    await searchIn(page, 'territories', 'ESSAI val');
    await expect
      .poll(() => hits(page).filter({ hasText: name }).count(), { timeout: 20_000 })
      .toBe(1);

    // A word of a page's title (a fixed entry) finds it.
    const [first] = cms.entriesOf('pages');
    const word = String(first!.data.title)
      .split(' ')
      .sort((a, b) => b.length - a.length)[0]!;
    await searchIn(page, 'pages', word.toUpperCase());
    await expect
      .poll(
        () =>
          hits(page)
            .filter({ hasText: String(first!.data.title) })
            .count(),
        {
          timeout: 20_000,
        },
      )
      .toBeGreaterThan(0);
    await closeContext(context);
  });
});
