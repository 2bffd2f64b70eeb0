// The menu, the footer and the home page's texts, edited in the CMS as an editor would: saved,
// built and shown on the site; a link to a page that does not exist, or the removal of a footer
// link the law asks for, refused before saving with the reason by the field.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Locator } from 'playwright-core';
import { openTrackedPage } from './harness.ts';
import {
  closeContext,
  listedProblem,
  openEntry,
  publishNow,
  saved,
  useCmsSession,
} from './cms-session.ts';
import { requiredFooterLinks } from '../../src/content/schemas/navigation.ts';

const cms = useCmsSession('asm-cms-navigation-');
const navigationFile = () => join(cms.content, 'navigation', 'menu.json');
const homeFile = () => join(cms.content, 'home', 'accueil.json');
const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8'));

/**
 * A button of the list item holding `input`, in Decap's top bar: the first one folds or unfolds
 * the item, the last text-less one removes it.
 */
const itemButton = (input: Locator, which: 'toggle' | 'remove') =>
  input.evaluate((field, which) => {
    let node: Element | null = field;
    while (node && !node.querySelector('button svg')) node = node.parentElement;
    const buttons = [...node!.querySelectorAll('button')];
    const button =
      which === 'toggle'
        ? buttons[0]
        : buttons.find((b) => !b.textContent?.trim() && b.parentElement?.lastElementChild === b);
    button!.click();
  }, which);

describe('the menu, the footer and the home page in the CMS', { timeout: 240_000 }, () => {
  test('a new menu label and a new presentation text are saved, built and shown', async () => {
    const { page, context } = await cms.openAdmin();
    const before = readJson(navigationFile());
    await openEntry(page, 'navigation', 'menu', /^Texte du lien/);
    const firstLabel = page.getByLabel(/^Texte du lien/).first();
    await itemButton(firstLabel, 'toggle');
    // Another label than the stored one, even when a retry follows a first attempt.
    const label =
      before.menu[0].label === 'Notre programme' ? 'Le programme, essai' : 'Notre programme';
    await firstLabel.fill(label);
    await publishNow(page);
    await saved(page);
    await expect
      .poll(() => readJson(navigationFile()).menu[0].label, { timeout: 15_000 })
      .toBe(label);
    // Nothing else of the file changed.
    expect(readJson(navigationFile())).toEqual({
      ...before,
      menu: [{ ...before.menu[0], label }, ...before.menu.slice(1)],
    });

    const intro = `Des jeunes en service civique parlent de santé mentale avec d’autres jeunes (${label}).`;
    await openEntry(page, 'home', 'accueil', 'Texte de présentation');
    await page.getByLabel('Texte de présentation', { exact: true }).fill(intro);
    await publishNow(page);
    await expect.poll(() => readJson(homeFile()).intro.text, { timeout: 15_000 }).toBe(intro);
    expect(cms.newProblems()).toEqual([]);
    await closeContext(context);

    const built = await cms.buildAndServe();
    try {
      const visitor = await openTrackedPage(cms.browser, built.url);
      await visitor.page.goto('/');
      await expect.poll(() => visitor.page.locator('.hero').textContent()).toContain(intro);
      for (const path of ['/', before.menu.at(-1).href]) {
        await visitor.page.goto(path);
        const menu = visitor.page.getByRole('navigation', { name: 'Navigation principale' });
        expect(await menu.getByRole('link').first().textContent()).toBe(label);
      }
      await visitor.context.close();
    } finally {
      await built.close();
    }
  });

  test('a menu link to a page that does not exist is refused by its field, nothing is written', async () => {
    const { page, context } = await cms.openAdmin();
    page.on('dialog', (dialog) => void dialog.accept().catch(() => {}));
    const before = readFileSync(navigationFile(), 'utf8');
    await openEntry(page, 'navigation', 'menu', /^Adresse de la page/);
    const firstAddress = page.getByLabel(/^Adresse de la page/).first();
    await itemButton(firstAddress, 'toggle');
    await firstAddress.fill('/page-qui-n-existe-pas/');
    await publishNow(page);
    await listedProblem(
      page,
      'Liens du menu',
      /la page « \/page-qui-n-existe-pas\/ » n’existe pas sur le site/,
    );
    expect(readFileSync(navigationFile(), 'utf8')).toBe(before);
    await closeContext(context);
  });

  test('a territory the menu links to cannot be deleted: the refusal names the menu', async () => {
    // The menu links to a territory's page, as an editor may have set it.
    const [territory] = cms.entriesOf('territories');
    expect(territory, 'aucun territoire dans le contenu').toBeDefined();
    const navigation = readJson(navigationFile());
    navigation.menu = [
      ...navigation.menu.slice(0, 9),
      { label: String(territory!.data.name), href: `/territoires/${territory!.id}/` },
    ];
    writeFileSync(navigationFile(), `${JSON.stringify(navigation, null, 2)}\n`);
    expect(cms.newProblems()).toEqual([]);
    const { page, context } = await cms.openAdmin();
    await openEntry(page, 'territories', territory!.id, 'Nom du territoire');
    page.once('dialog', (dialog) => void dialog.accept().catch(() => {}));
    await page.getByRole('button', { name: /^Supprimer l’entrée/ }).click();
    const toast = page.getByText(/L’entrée n’a pas été supprimée/);
    await toast.waitFor({ timeout: 15_000 });
    expect(await toast.textContent()).toContain('content/navigation/menu.json');
    expect(existsSync(join(cms.repo, territory!.file))).toBe(true);
    await closeContext(context);
  });

  test('a footer link the law asks for is removed only once confirmed, and the save is refused', async () => {
    const { page, context } = await cms.openAdmin();
    const before = readFileSync(navigationFile(), 'utf8');
    const { menu, footer } = JSON.parse(before) as { menu: unknown[]; footer: { href: string }[] };
    const required = footer.findIndex((link) => link.href === requiredFooterLinks[0].href);
    await openEntry(page, 'navigation', 'menu', /^Adresse de la page/);
    const addresses = page.getByLabel(/^Adresse de la page/);
    await expect.poll(() => addresses.count()).toBe(menu.length + footer.length);
    const questions: string[] = [];
    page.once('dialog', (dialog) => {
      questions.push(dialog.message());
      void dialog.dismiss();
    });
    await itemButton(addresses.nth(menu.length + required), 'remove');
    await expect.poll(() => questions.length).toBe(1);
    expect(questions[0]).toMatch(/^Retirer ce lien du pied de page/);
    expect(await addresses.count()).toBe(menu.length + footer.length);
    // Confirmed: the link goes from the form, and publishing is refused.
    page.on('dialog', (dialog) => void dialog.accept().catch(() => {}));
    await itemButton(addresses.nth(menu.length + required), 'remove');
    await expect.poll(() => addresses.count()).toBe(menu.length + footer.length - 1);
    await publishNow(page);
    await listedProblem(page, 'Liens du pied de page', /la loi les demande/);
    expect(readFileSync(navigationFile(), 'utf8')).toBe(before);
    await closeContext(context);
  });
});
