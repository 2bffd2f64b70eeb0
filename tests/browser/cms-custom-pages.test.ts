// « Pages libres » in the CMS, as an editor uses them: create a page with its title, address,
// description and text; an address the site already uses, or another page's, is refused with a
// French message before anything is written; the site built from the result shows the page at
// its address, in the plan du site.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { openTrackedPage } from './harness.ts';
import {
  closeContext,
  eventually,
  listedProblem,
  openEntry,
  openNew,
  publishNow,
  refusal,
  typeBody,
  useCmsSession,
} from './cms-session.ts';
import { collections } from '../../src/content/collections.ts';
import { customPagePath } from '../../src/content/reserved-addresses.ts';

const cms = useCmsSession('asm-cms-pages-');
const projectStatus = () =>
  execFileSync('git', ['status', '--porcelain', '--', 'content'], { encoding: 'utf8' });
const statusBefore = projectStatus();
const folder = () => join(cms.content, collections.customPages.folder);
const pageFiles = () =>
  readdirSync(folder())
    .filter((name) => !name.startsWith('.'))
    .sort();

const title = 'Page d’essai du CMS';
const address = 'essai-du-cms';
const description =
  'Une page créée dans le CMS par le test des pages libres, avec une adresse choisie.';
const text = 'Cette page a été écrite dans le CMS, sans développeur.';

/** A new page's form, filled in; its address last. */
async function fillNewPage(page: Page, pageAddress: string) {
  await openNew(page, 'customPages');
  await page.getByLabel('Titre', { exact: true }).fill(title);
  await page.getByLabel('Description', { exact: true }).fill(description);
  await typeBody(page, text);
  await setAddress(page, pageAddress);
}

/** Replaces the address field's value, as an editor would (select all, type). */
async function setAddress(page: Page, value: string) {
  const input = page.getByLabel('Adresse de la page', { exact: true });
  await input.click();
  await input.press('ControlOrMeta+a');
  await input.press('Delete');
  await input.pressSequentially(value);
  await expect.poll(() => input.inputValue()).toBe(value);
}

/**
 * Waits for `message` to show next to the address field (Decap's own error, within the field's
 * control, just above its input); other copies of it (the panel « À corriger ») do not count.
 */
async function addressFieldError(page: Page, message: RegExp) {
  const input = page.getByLabel('Adresse de la page', { exact: true });
  const nearField = async () => {
    const inputBox = await input.boundingBox();
    const boxes = await Promise.all(
      (await page.getByText(message).all()).map((match) => match.boundingBox()),
    );
    return boxes.some((box) => box && inputBox && box.y < inputBox.y && inputBox.y - box.y < 120);
  };
  await expect.poll(nearField, { timeout: 15_000 }).toBe(true);
}

describe('pages libres in the CMS', { timeout: 300_000 }, () => {
  test('a page is created at its address; a reserved or taken address is refused; the built site shows it', async () => {
    const { page, context, errors } = await cms.openAdmin();
    // Leaving a form that was refused asks for confirmation.
    page.on('dialog', (dialog) => void dialog.accept().catch(() => {}));
    // A retry starts again from the copy as it was.
    rmSync(join(folder(), `${address}.mdx`), { force: true });
    const before = pageFiles();

    // 1. An address of the site (the territories' list): refused next to the field, nothing written.
    await fillNewPage(page, 'territoires');
    await publishNow(page);
    await addressFieldError(page, /Adresse déjà prise par une page du site/);
    await page.waitForTimeout(1000);
    expect(pageFiles()).toEqual(before);

    // 2. A new address: saved as the file named after it, which validates.
    await setAddress(page, address);
    await publishNow(page);
    await eventually(() => pageFiles()).toContain(`${address}.mdx`);
    // The backend creates the file, then writes it.
    await eventually(() => readFileSync(join(folder(), `${address}.mdx`), 'utf8')).toContain(
      `address: ${address}`,
    );
    const saved = readFileSync(join(folder(), `${address}.mdx`), 'utf8');
    expect(saved).toContain(`address: ${address}`);
    expect(saved).toContain(text);
    expect(cms.newProblems()).toEqual([]);
    // « Voir en direct » opens the page at its address.
    await eventually(() => page.url()).toMatch(new RegExp(`/entries/${address}$`));
    await openEntry(page, 'customPages', address, 'Titre');
    expect(await page.getByLabel('Titre', { exact: true }).inputValue()).toBe(title);
    // Decap computes the link once the entry is loaded: until then it may point to the home page.
    const live = page.getByRole('link', { name: /Voir en direct/ });
    await eventually(
      async () => new URL((await live.getAttribute('href')) ?? '/', page.url()).pathname,
    ).toBe(customPagePath(address));

    // 3. Another page at the same address: refused before saving, by the field's label.
    await fillNewPage(page, address);
    await publishNow(page);
    await refusal(page, 'enregistrée');
    expect(await listedProblem(page, 'Adresse de la page', /existe déjà/)).toContain(
      `« ${address} » existe déjà dans « ${collections.customPages.label} »`,
    );
    await page.waitForTimeout(1000);
    expect(pageFiles()).toEqual([...before, `${address}.mdx`].sort());
    expect(errors.filter((error) => /Content Security Policy/.test(error))).toEqual([]);
    await closeContext(context);

    // 4. The site built from the copy: the page at its address, in the plan du site.
    const built = await cms.buildAndServe();
    try {
      const visitor = await openTrackedPage(cms.browser, built.url);
      const response = await visitor.page.goto(customPagePath(address));
      expect(response?.status()).toBe(200);
      await expect
        .poll(() => visitor.page.getByRole('heading', { level: 1 }).textContent())
        .toBe(title);
      expect(await visitor.page.locator('main').textContent()).toContain(text);
      await visitor.page.goto('/plan-du-site/');
      const link = visitor.page.getByRole('link', { name: title, exact: true });
      expect(await link.getAttribute('href')).toBe(customPagePath(address));
      expect(visitor.externalRequests()).toEqual([]);
      await visitor.context.close();
    } finally {
      await built.close();
    }
  });
});

test('the project’s own content is untouched: the CMS wrote to the copy only', () => {
  expect(projectStatus()).toBe(statusBefore);
});
