// A link written in a page's text, through the CMS's own link button, to a page the site does not
// have: refused before saving, under « Texte », the file left as it was; once it leads to a page
// that exists, the save goes through.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import {
  closeContext,
  listedProblem,
  openEntry,
  publishNow,
  saved,
  useCmsSession,
} from './cms-session.ts';

const cms = useCmsSession('asm-cms-body-links-');

/**
 * Writes `words` at the start of the text and makes them a link to `href`, with the toolbar. Each
 * step waits for the editor to show the last one: Slate follows the caret a moment later, and keys
 * pressed before that land where it last was.
 */
async function addLink(page: Page, words: string, href: string) {
  const paragraph = page.locator('[data-slate-editor="true"] p').first();
  // Its very start: no key is needed to get there.
  await paragraph.click({ position: { x: 1, y: 5 } });
  await page.keyboard.type(`${words} `);
  await expect.poll(() => paragraph.textContent()).toMatch(new RegExp(`^${words} `));
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Shift+Home');
  await expect.poll(() => page.evaluate(() => getSelection()?.toString())).toBe(words);
  page.once('dialog', (dialog) => void dialog.accept(href));
  await page.getByRole('button', { name: /^(Lien|Link)$/ }).click();
  // Around the words, or (when Slate had not caught up with the selection yet) the address
  // itself as the link's text: either way a link to `href` is in the text.
  const text = new RegExp(`^(${words}|${href.replaceAll('/', '\\/')})$`);
  await expect
    .poll(() => paragraph.locator('a', { hasText: text }).count(), { timeout: 10_000 })
    .toBe(1);
}

describe('links in a text, in the CMS', { timeout: 180_000 }, () => {
  test('a link to a page that does not exist is refused under « Texte »; one that exists is saved', async () => {
    const [entry] = cms.entriesOf('pages');
    expect(entry, 'aucune page dans le contenu').toBeDefined();
    const file = join(cms.repo, entry!.file);
    const before = readFileSync(file, 'utf8');
    const { page, context } = await cms.openAdmin();
    await openEntry(page, 'pages', entry!.id, 'Titre');
    await addLink(page, 'Ailleurs', '/page-qui-n-existe-pas/');
    await publishNow(page);
    await listedProblem(
      page,
      'Texte',
      /la page « \/page-qui-n-existe-pas\/ » n’existe pas sur le site/,
    );
    expect(readFileSync(file, 'utf8')).toBe(before);

    await closeContext(context);

    const again = await cms.openAdmin();
    await openEntry(again.page, 'pages', entry!.id, 'Titre');
    await addLink(again.page, 'Le programme', '/le-programme/');
    await publishNow(again.page);
    await saved(again.page);
    await expect
      .poll(() => readFileSync(file, 'utf8'), { timeout: 15_000 })
      .toMatch(/\[(Le programme|\/le-programme\/)\]\(\/le-programme\/\)/);
    expect(cms.newProblems()).toEqual([]);
    await closeContext(again.context);
  });
});
