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

/** Writes `words` at the start of the text and makes them a link to `href`, with the toolbar. */
async function addLink(page: Page, words: string, href: string) {
  await page.locator('[data-slate-editor="true"] p').first().click();
  await page.keyboard.press('Control+Home');
  await page.keyboard.type(`${words} `);
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Shift+Home');
  page.once('dialog', (dialog) => void dialog.accept(href));
  await page.getByRole('button', { name: /^(Lien|Link)$/ }).click();
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
      .toContain('[Le programme](/le-programme/)');
    expect(cms.newProblems()).toEqual([]);
    await closeContext(again.context);
  });
});
