// The CMS in a real browser, against its local backend (decap-server) working on a temporary copy
// of the project: the built /admin/ page is served as in production, and its requests to the local
// backend's usual address (localhost:8081) are forwarded to this test's own backend (the gated
// server of `npm run dev`, tools/local-backend-server.ts). Tests that follow an edit to the public
// site build that copy and open its pages.
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import type { Page } from 'playwright-core';
import { openTrackedPage } from './harness.ts';
import {
  backupKeys,
  closeContext,
  listedProblem,
  openEntry,
  openNew,
  problemsPanel,
  publishNow,
  refusal,
  saved,
  typeBody,
  unhandledRejections,
  useCmsSession,
} from './cms-session.ts';
import { defaultLocalBackendUrl } from '../../tools/local-backend.ts';
import { collections, collectionNames } from '../../src/content/collections.ts';
import { validateContent } from '../../src/content/validation/validate-content.ts';
import { referrersOf, type RuleEntry } from '../../src/content/validation/cross-entry-rules.ts';
import { toCheckList } from '../../cms/config/to-check.ts';
import { uploadsFolder } from '../../src/content/uploads.ts';

const projectContent = join(process.cwd(), 'content');

/** sha256 of every file under a folder, by relative path. */
function hashes(folder: string): Record<string, string> {
  const result: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else
        result[relative(folder, path)] = createHash('sha256')
          .update(readFileSync(path))
          .digest('hex');
    }
  };
  walk(folder);
  return result;
}

function gitStatus(): string {
  return execFileSync('git', ['status', '--porcelain', '--', 'content', 'public'], {
    encoding: 'utf8',
  });
}

const cms = useCmsSession('asm-cms-');
const projectBefore = hashes(projectContent);
const gitBefore = gitStatus();
const copyContent = () => cms.content;

/**
 * Inserts a component through the Markdown editor's « Ajouter un composant » menu. The menu
 * closes when the text editor takes the focus back, which it may do once more after the click
 * that placed the cursor (it re-renders with the field's value): the menu is opened again until
 * its item can be chosen.
 */
async function insertComponent(page: Page, name: string) {
  const item = page.getByRole('menuitem', { name, exact: true });
  await vi.waitFor(
    async () => {
      if (!(await item.isVisible())) {
        await page.getByRole('button', { name: 'Ajouter un composant' }).click();
      }
      await item.click({ timeout: 2000 });
    },
    { timeout: 20_000, interval: 100 },
  );
}

/** A new testimonial's form, filled in, its text last. */
async function fillTestimonial(
  page: Page,
  person: { firstName: string; organisation: string; region: string; text: string },
) {
  await page.getByLabel('Prénom', { exact: true }).fill(person.firstName);
  await page.getByLabel('Rôle', { exact: true }).fill('ambassadrice en service civique');
  await page.getByLabel('Structure', { exact: true }).fill(person.organisation);
  await page.getByLabel('Territoire ou région', { exact: true }).fill(person.region);
  await typeBody(page, person.text);
}

/** A Decap select or relation field: type to filter its options, then take the first. */
async function choose(page: Page, label: string, text: string) {
  const input = page.getByLabel(label, { exact: true });
  await input.click();
  await input.pressSequentially(text);
  await page.getByRole('option').first().waitFor();
  await input.press('Enter');
}

/** A new territory named `name`, with the département and porteur of an existing one. */
async function fillNewTerritory(page: Page, name: string, like: RuleEntry) {
  // Through the list: from one new entry to another, the address alone would not change.
  await openNew(page, 'territories');
  await page.getByLabel('Nom du territoire', { exact: true }).fill(name);
  await choose(page, 'Département', String(like.data.departement));
  // The relation field searches porteurs by name.
  const porteur = cms.entriesOf('porteurs').find((p) => p.id === like.data.porteur)!;
  await choose(page, 'Porteur de projet', String(porteur.data.name));
}

const territoryFiles = () => readdirSync(join(copyContent(), 'territories')).sort();

/** A PNG the size of a logo, written with sharp (Astro's image service) where the test says. */
async function writePng(path: string) {
  const sharp = (await import('sharp')).default;
  const background = { r: 10, g: 88, b: 104 };
  await sharp({ create: { width: 600, height: 300, channels: 3, background } })
    .png()
    .toFile(path);
}

/** Uploads `file` through the media library of the image field `label`, and picks it. */
async function uploadImage(page: Page, file: string) {
  await page.getByRole('button', { name: 'Choisir une image', exact: true }).click();
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByText('Téléverser', { exact: false }).first().click(),
  ]);
  await chooser.setFiles(file);
  await page.getByRole('button', { name: 'Choisir les éléments sélectionnés' }).click();
}

// Each test loads the whole CMS in a fresh context: generous limits for busy CI machines.
describe('the CMS on its local backend', { timeout: 90_000 }, () => {
  test('loads in French, not indexed, links to the guide, lists every collection, uses no CDN', async () => {
    const tracked = await cms.openAdmin(async (page) => {
      const guide = page.getByRole('link', { name: /Guide des éditeurs/ });
      expect(await guide.getAttribute('href')).toBe('/admin/guide/');
      expect(await guide.isVisible()).toBe(true);
    });
    const { page } = tracked;
    expect(await page.locator('meta[name="robots"]').getAttribute('content')).toMatch(/noindex/);
    for (const name of collectionNames) {
      await page.getByRole('link', { name: collections[name].label, exact: true }).waitFor();
    }
    await page.getByRole('link', { name: 'Contenus' }).waitFor();
    expect(tracked.externalRequests().filter((url) => url !== defaultLocalBackendUrl)).toEqual([]);
    await closeContext(tracked.context);
  });

  test('changing a territory’s start year writes the JSON file, which still validates', async () => {
    const { page, context } = await cms.openAdmin();
    // Any territory, and a year it does not have yet: the content changes, the behaviour does not.
    const slug = readdirSync(join(copyContent(), 'territories'))[0]!.replace(/\.json$/, '');
    const file = join(copyContent(), 'territories', `${slug}.json`);
    const before = JSON.parse(readFileSync(file, 'utf8'));
    const year = before.since === 2021 ? 2022 : 2021;
    await openEntry(page, 'territories', slug, 'Nom du territoire');
    await page.getByLabel('Année de lancement').fill(String(year));
    await publishNow(page);
    await expect
      .poll(() => JSON.parse(readFileSync(file, 'utf8')).since, { timeout: 15_000 })
      .toBe(year);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ ...before, since: year });
    expect(cms.newProblems()).toEqual([]);
    await closeContext(context);
  });

  test('a new testimonial is saved as a Markdown file that validates', async () => {
    const { page, context } = await cms.openAdmin();
    await page.getByRole('link', { name: 'Témoignages', exact: true }).click();
    await page.getByRole('link', { name: /Témoignage$/ }).click();
    await fillTestimonial(page, {
      firstName: 'Camille',
      organisation: 'Unis-Cité',
      region: 'Isère',
      text: 'Camille raconte que les échanges entre pairs l’ont marquée.',
    });
    await publishNow(page);
    const file = join(copyContent(), 'testimonials', 'camille-unis-cite.md');
    await expect
      .poll(() => readdirSync(join(copyContent(), 'testimonials')), { timeout: 15_000 })
      .toContain('camille-unis-cite.md');
    const text = readFileSync(file, 'utf8');
    expect(text).toMatch(/^---\nfirstName: Camille\n/);
    expect(text).toContain('Camille raconte que les échanges entre pairs l’ont marquée.');
    expect(cms.newProblems()).toEqual([]);
    await closeContext(context);
  });

  test('a saved new entry never comes back as a filled « new » form, and the same testimonial twice is refused', async () => {
    const { page, context } = await cms.openAdmin();
    page.on('dialog', (dialog) => void dialog.accept().catch(() => {}));
    const text = 'Inès raconte ce que les ateliers lui ont appris.';
    const fill = (firstName: string, organisation: string) =>
      fillTestimonial(page, { firstName, organisation, region: 'Savoie', text });
    const folder = join(copyContent(), 'testimonials');
    const before = readdirSync(folder).length;
    await page.goto('/admin/#/collections/testimonials/new');
    await fill('Inès', 'Unis-Cité');
    await publishNow(page);
    await expect.poll(() => readdirSync(folder).length, { timeout: 15_000 }).toBe(before + 1);
    // Saved: the address is the entry's own; a reload shows it, not a form to send again.
    await expect.poll(() => page.url(), { timeout: 15_000 }).toMatch(/\/entries\/ines-unis-cite$/);
    await page.reload();
    await expect
      .poll(() => page.getByLabel('Prénom', { exact: true }).inputValue(), { timeout: 15_000 })
      .toBe('Inès');
    expect(page.url()).not.toMatch(/\/new$/);
    // A later « new » form starts empty: no copy of this one is left to offer back.
    await openNew(page, 'testimonials');
    await page.getByLabel('Prénom', { exact: true }).waitFor();
    expect(await backupKeys(page)).not.toContain('backup.testimonials');
    expect(await page.getByLabel('Prénom', { exact: true }).inputValue()).toBe('');
    // The same person of the same structure, written a little differently: refused.
    await fill('ines', 'Unis Cité !');
    await publishNow(page);
    expect(await listedProblem(page, 'Prénom', /existe déjà/)).toContain('« Inès — Unis-Cité »');
    await page.waitForTimeout(1000);
    expect(readdirSync(folder).length).toBe(before + 1);
    await closeContext(context);
  });

  test('a reload once a new entry is saved never brings its form back filled, even mid-save', async () => {
    const { page, context } = await cms.openAdmin();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.accept().catch(() => {});
    });
    // Decap's last step after the save (reading the saved entry back) never ends, as when a
    // reload or a closed tab cuts it: its own clean-up of the form's copy never comes.
    let written = false;
    await page.route(defaultLocalBackendUrl, async (route) => {
      const body = route.request().postDataJSON() as {
        action?: string;
        params?: { path?: string };
      };
      const readBack =
        body.action === 'getEntry' && body.params?.path?.endsWith('/lou-unis-cite.md');
      if (written && readBack) return;
      written ||= body.action === 'persistEntry';
      await route.fallback();
    });
    await openNew(page, 'testimonials');
    await fillTestimonial(page, {
      firstName: 'Lou',
      organisation: 'Unis-Cité',
      region: 'Drôme',
      text: 'Lou raconte ce que les ateliers lui ont appris.',
    });
    // Decap has kept a copy of the form in the browser (two seconds after its last change).
    await expect.poll(() => backupKeys(page), { timeout: 15_000 }).toContain('backup.testimonials');
    await publishNow(page);
    // Saved: the backend has written the file and answered.
    await saved(page);
    expect(readdirSync(join(copyContent(), 'testimonials'))).toContain('lou-unis-cite.md');
    await page.reload();
    await page.getByLabel('Prénom', { exact: true }).waitFor();
    expect(page.url()).toMatch(/\/testimonials\/new$/);
    // Nothing left to offer back: the form stays empty.
    expect(await backupKeys(page)).not.toContain('backup.testimonials');
    expect(await page.getByLabel('Prénom', { exact: true }).inputValue()).toBe('');
    expect(dialogs.filter((message) => /sauvegarde locale/.test(message))).toEqual([]);
    await page.unrouteAll({ behavior: 'ignoreErrors' });
    await closeContext(context);
  });

  test('an emergency number is removed only once confirmed, and never below the three', async () => {
    const { page, context } = await cms.openAdmin();
    const file = join(copyContent(), 'settings', 'site.json');
    const before = readFileSync(file, 'utf8');
    const count = JSON.parse(before).emergencyNumbers.length as number;
    await page.goto('/admin/#/collections/settings/entries/site');
    const numbers = page.getByLabel(/^Numéro composé/);
    await expect.poll(() => numbers.count(), { timeout: 15_000 }).toBe(count);
    // Decap's remove button: the last, text-less button of the first item's top bar.
    const removeFirst = () =>
      numbers.first().evaluate((input) => {
        let node: Element | null = input;
        while (node && !node.querySelector('button svg')) node = node.parentElement;
        const buttons = [...node!.querySelectorAll('button')].filter(
          (b) => !b.textContent?.trim() && b.parentElement?.lastElementChild === b,
        );
        buttons[0]!.click();
      });
    const questions: string[] = [];
    page.once('dialog', (dialog) => {
      questions.push(dialog.message());
      void dialog.dismiss();
    });
    await removeFirst();
    await expect.poll(() => questions.length).toBe(1);
    expect(questions[0]).toMatch(/^Retirer ce numéro d’urgence/);
    expect(await numbers.count()).toBe(count);
    page.on('dialog', (dialog) => void dialog.accept().catch(() => {}));
    for (let left = count; left >= 3; left -= 1) await removeFirst();
    await expect.poll(() => numbers.count()).toBe(2);
    await publishNow(page);
    // Refused: Decap's own list minimum or the schema's rule says so, by the list's name.
    await page
      .getByText(/Numéros d’urgence/)
      .filter({ hasText: /3|15, le 112/ })
      .first()
      .waitFor();
    await page.waitForTimeout(1000);
    expect(readFileSync(file, 'utf8')).toBe(before);
    await closeContext(context);
  });

  test('previews apply the site’s rules; « Voir en direct » opens the entry’s page; a 2025 step is filed as 2025', async () => {
    const { page, context } = await cms.openAdmin();
    page.on('dialog', (dialog) => void dialog.accept().catch(() => {}));
    // 1. Hours that open and close at the same time: refused in the preview, never « 24 h/24 ».
    const line = validateContent(copyContent(), cms.repo).entries.find(
      (e) => e.collection === 'helplines' && (e.data.hours as { type: string }).type === 'weekly',
    )!;
    await openEntry(page, 'helplines', line.id, 'Nom');
    // The slots are folded: open the first one by its top bar's first button.
    await page
      .getByLabel(/^Fermeture/)
      .first()
      .evaluate((input) => {
        let node: Element | null = input;
        while (node && !node.querySelector('button svg')) node = node.parentElement;
        node!.querySelector('button')!.click();
      });
    const opens = await page
      .getByLabel(/^Ouverture/)
      .first()
      .inputValue();
    await page
      .getByLabel(/^Fermeture/)
      .first()
      .fill(opens);
    const preview = page.frameLocator('iframe').locator('body');
    await expect.poll(() => preview.textContent()).toMatch(/Horaires refusés/);
    expect(await preview.textContent()).not.toMatch(/24\s?h\/24/);
    // 2. « Voir en direct »: the entry's own page on the site.
    const [territory] = cms.entriesOf('territories');
    await openEntry(page, 'territories', territory!.id, 'Nom du territoire');
    // Decap computes the link once the entry is loaded: until then it may not be there, or point
    // to the site's home.
    const live = page.getByRole('link', { name: /Voir en direct/ });
    await expect
      .poll(async () => new URL((await live.getAttribute('href')) ?? '/', page.url()).pathname)
      .toBe(`/territoires/${territory!.id}/`);
    // 3. A step of 2025 is filed under 2025 (Decap's {{year}} is the current year).
    const folder = join(copyContent(), 'milestones');
    await openNew(page, 'milestones');
    await page.getByLabel('Année', { exact: true }).fill('2025');
    await page.getByLabel('Titre', { exact: true }).fill('Étape essai du CMS');
    await page.getByLabel('Texte', { exact: true }).fill('Une étape écrite par le test du CMS.');
    await publishNow(page);
    await expect
      .poll(() => readdirSync(folder), { timeout: 15_000 })
      .toContain('2025-etape-essai-du-cms.json');
    expect(cms.newProblems()).toEqual([]);
    await closeContext(context);
  });

  test('a format error stays listed by its field until it is fixed, and leads to the field', async () => {
    const { page, context } = await cms.openAdmin();
    const file = join(copyContent(), 'helplines', '3114.json');
    const before = readFileSync(file, 'utf8');
    await openEntry(page, 'helplines', '3114', 'Nom');
    const dial = page.getByLabel(/^Numéro composé/);
    const original = await dial.inputValue();
    await dial.fill('31 14');
    // Scrolled away from the field, as an editor at the foot of a long form would be.
    await page.getByLabel(/^Nom$/).scrollIntoViewIfNeeded();
    await publishNow(page);
    await listedProblem(page, 'Numéro composé', /Numéro invalide : 10 chiffres commençant par 0/);
    // Still there once Decap's notification has gone.
    await expect
      .poll(() => page.getByText(/Enregistrement impossible/).count(), { timeout: 20_000 })
      .toBe(0);
    expect(await problemsPanel(page).isVisible()).toBe(true);
    // The panel leads to the field.
    await problemsPanel(page).getByRole('button', { name: 'Numéro composé', exact: true }).click();
    await expect.poll(() => dial.evaluate((input) => input === document.activeElement)).toBe(true);
    await dial.fill(original);
    await expect.poll(() => problemsPanel(page).isVisible()).toBe(false);
    expect(readFileSync(file, 'utf8')).toBe(before);
    expect(await unhandledRejections(page)).toEqual([]);
    await closeContext(context);
  });

  test('the validator’s warnings are listed as « À vérifier », each leading to its entry', async () => {
    const { page, context } = await cms.openAdmin();
    // The site was built from the project's content: its warnings, in the editor's words.
    const { warnings, entries } = validateContent(projectContent, process.cwd());
    const expected = toCheckList(warnings, entries);
    expect(expected.length, 'le contenu n’a aucun avertissement à montrer').toBeGreaterThan(0);
    const list = page.locator('[data-to-check]');
    await list.getByText(`À vérifier (${expected.length})`).click();
    const links = list.getByRole('link');
    expect(await links.allTextContents()).toEqual(expected.map((item) => item.where));
    expect(await list.textContent()).not.toMatch(/content\//);
    await links.first().click();
    await expect.poll(() => page.url()).toContain(expected[0]!.href);
    await closeContext(context);
  });

  test('what no single field can say (a phone line without numbers) is refused at saving', async () => {
    const { page, context } = await cms.openAdmin();
    const file = join(copyContent(), 'helplines', '3114.json');
    const before = readFileSync(file, 'utf8');
    await openEntry(page, 'helplines', '3114', 'Nom');
    await page.getByLabel('Numéro affiché').fill('');
    await page.getByLabel('Numéro composé').fill('');
    await publishNow(page);
    await page
      .getByText(/Une ligne téléphonique doit avoir un numéro affiché et un numéro composé/)
      .waitFor();
    await page.waitForTimeout(1000);
    expect(readFileSync(file, 'utf8')).toBe(before);
    await closeContext(context);
  });

  test('a new entry with a name already taken is refused before saving, naming the other entry', async () => {
    const { page, context } = await cms.openAdmin();
    const [first] = cms.entriesOf('territories');
    const before = territoryFiles();
    // Same name in capitals, with a zero-width space and punctuation: still the same name.
    const name = String(first!.data.name).toUpperCase();
    await fillNewTerritory(page, `${name.slice(0, 1)}\u200b${name.slice(1)} !`, first!);
    await publishNow(page);
    await refusal(page, 'enregistrée');
    const text = await listedProblem(page, 'Nom du territoire', /existe déjà/);
    expect(text).toContain(`« ${String(first!.data.name)} »`);
    // In the editor's words: no file.
    expect(text).not.toMatch(/content\/|\.json/);
    // Said on screen, not logged as an error nobody handled.
    expect(await unhandledRejections(page)).toEqual([]);
    await page.waitForTimeout(1000);
    expect(territoryFiles()).toEqual(before);
    await closeContext(context);
  });

  test('renaming an entry to a name already taken is refused, the file is kept as it was', async () => {
    const { page, context } = await cms.openAdmin();
    const [first, second] = cms.entriesOf('territories');
    const file = join(cms.repo, second!.file);
    const before = readFileSync(file, 'utf8');
    await openEntry(page, 'territories', second!.id, 'Nom du territoire');
    await page
      .getByLabel('Nom du territoire', { exact: true })
      .fill(` ${String(first!.data.name)} `);
    await publishNow(page);
    await refusal(page, 'enregistrée');
    expect(await listedProblem(page, 'Nom du territoire', /existe déjà/)).toContain(
      `« ${String(first!.data.name)} »`,
    );
    await page.waitForTimeout(1000);
    expect(readFileSync(file, 'utf8')).toBe(before);
    await closeContext(context);
  });

  test('a porteur that territories still use cannot be deleted: the refusal lists them', async () => {
    const { page, context } = await cms.openAdmin();
    const all = validateContent(copyContent(), cms.repo).entries;
    const porteur = cms
      .entriesOf('porteurs')
      .find((p) =>
        referrersOf(all, 'porteurs', p.id).some((r) => r.entry.collection === 'territories'),
      );
    expect(porteur, 'aucun porteur utilisé par un territoire dans le contenu').toBeDefined();
    const referrers = referrersOf(all, 'porteurs', porteur!.id);
    await openEntry(page, 'porteurs', porteur!.id, 'Nom');
    page.once('dialog', (dialog) => void dialog.accept().catch(() => {}));
    await page.getByRole('button', { name: /^Supprimer l’entrée/ }).click();
    const text = await refusal(page, 'supprimée');
    for (const { entry } of referrers) expect(text).toContain(entry.file);
    expect(await unhandledRejections(page)).toEqual([]);
    await page.waitForTimeout(1000);
    expect(existsSync(join(cms.repo, porteur!.file))).toBe(true);
    await closeContext(context);
  });

  test('the timeline list shows each step’s year beside its title', async () => {
    const { page, context } = await cms.openAdmin();
    await page.goto('/admin/#/collections/milestones');
    for (const step of cms.entriesOf('milestones')) {
      await page
        .locator(`a[href="#/collections/milestones/entries/${step.id}"]:not([data-to-check] a)`)
        .filter({ hasText: `${String(step.data.year)} — ${String(step.data.title)}` })
        .waitFor({ timeout: 15_000 });
    }
    await closeContext(context);
  });

  test('going straight from one entry to another shows the second one’s form, and back the first one’s', async () => {
    const { page, context } = await cms.openAdmin();
    const [porteur] = cms.entriesOf('porteurs');
    const [territory] = cms.entriesOf('territories');
    await openEntry(page, 'porteurs', porteur!.id, 'Nom');
    // As a link of « À vérifier » or an address typed in would: no list in between.
    await page.evaluate((id) => {
      location.hash = `#/collections/territories/entries/${id}`;
    }, territory!.id);
    await expect
      .poll(() => page.getByLabel('Nom du territoire', { exact: true }).inputValue(), {
        timeout: 15_000,
      })
      .toBe(territory!.data.name);
    await page.goBack();
    await expect
      .poll(() => page.getByLabel('Nom', { exact: true }).inputValue(), { timeout: 15_000 })
      .toBe(porteur!.data.name);
    expect(page.url()).toMatch(new RegExp(`/porteurs/entries/${porteur!.id}$`));
    await closeContext(context);
  });

  // Three saves, each reading the collections again: more time on a loaded machine.
  test(
    'two edits in one sitting are checked against each other, through the backend',
    { timeout: 180_000 },
    async () => {
      const { page, context } = await cms.openAdmin();
      // Leaving a form that was refused asks for confirmation.
      page.on('dialog', (dialog) => void dialog.accept().catch(() => {}));
      const territories = cms.entriesOf('territories');
      const renamed = territories.at(-1)!;
      const oldName = String(renamed.data.name);
      const newName = 'Territoire d’essai du CMS';
      const file = join(cms.repo, renamed.file);
      // 1. Rename one territory: saved.
      await openEntry(page, 'territories', renamed.id, 'Nom du territoire');
      await page.getByLabel('Nom du territoire', { exact: true }).fill(newName);
      await publishNow(page);
      await expect
        .poll(() => JSON.parse(readFileSync(file, 'utf8')).name, { timeout: 15_000 })
        .toBe(newName);
      // 2. A new territory with the name just given: refused, although the build never saw it.
      await fillNewTerritory(page, 'territoire d’essai du cms', renamed);
      await publishNow(page);
      expect(await listedProblem(page, 'Nom du territoire', /existe déjà/)).toContain(
        `« ${newName} »`,
      );
      // 3. The old name is free again: a new territory may take it.
      const before = territoryFiles();
      await fillNewTerritory(page, oldName, renamed);
      await publishNow(page);
      await expect.poll(() => territoryFiles().length, { timeout: 15_000 }).toBe(before.length + 1);
      expect(cms.newProblems()).toEqual([]);
      await closeContext(context);
    },
  );

  // Two uploads and saves, then a whole build of the copy: more time on a loaded machine.
  test(
    'uploaded images show on the built site: a logo with its alt text, an image in a page’s text once it has one',
    { timeout: 300_000 },
    async () => {
      const { page, context, errors } = await cms.openAdmin();
      // Leaving a form that was refused asks for confirmation.
      page.on('dialog', (dialog) => void dialog.accept().catch(() => {}));
      const uploads = mkdtempSync(join(tmpdir(), 'asm-upload-'));
      // 1. A porteur's logo, with its text alternative.
      const porteur = cms.entriesOf('porteurs').find((p) => !p.data.logo)!;
      const logoAlt = `Logo de ${String(porteur.data.name)}`;
      await writePng(join(uploads, 'Logo Essai CMS.png'));
      await openEntry(page, 'porteurs', porteur.id, 'Nom');
      await uploadImage(page, join(uploads, 'Logo Essai CMS.png'));
      await page.getByLabel(/^Texte alternatif du logo/).fill(logoAlt);
      await publishNow(page);
      await saved(page);
      // Decap names the upload after the file, in lower case with hyphens.
      await expect
        .poll(() => readFileSync(join(cms.repo, porteur.file), 'utf8'), { timeout: 15_000 })
        .toContain('logo: /uploads/logo-essai-cms.png');
      // The backend writes the entry before its upload, in the same save: wait for the upload too.
      await expect
        .poll(() => existsSync(join(cms.repo, uploadsFolder, 'logo-essai-cms.png')), {
          timeout: 15_000,
        })
        .toBe(true);

      // 2. An image in a page's text: refused without its text alternative, saved with it.
      const [pageEntry] = validateContent(copyContent(), cms.repo).entries.filter(
        (e) => e.collection === 'pages',
      );
      const pageFile = join(cms.repo, pageEntry!.file);
      const pageBefore = readFileSync(pageFile, 'utf8');
      const imageAlt = 'Deux ambassadeurs animent un atelier';
      await writePng(join(uploads, 'atelier.png'));
      await openEntry(page, 'pages', pageEntry!.id, 'Titre');
      await page.locator('[data-slate-editor="true"] p').first().click();
      await page.keyboard.press('Control+Home');
      await insertComponent(page, 'Image');
      await uploadImage(page, join(uploads, 'atelier.png'));
      await publishNow(page);
      await page
        .getByText(/image sans texte alternatif/)
        .first()
        .waitFor();
      expect(readFileSync(pageFile, 'utf8')).toBe(pageBefore);
      await page.getByLabel('Texte alternatif', { exact: true }).fill(imageAlt);
      await publishNow(page);
      await expect
        .poll(() => readFileSync(pageFile, 'utf8'), { timeout: 15_000 })
        .toContain(`![${imageAlt}](/uploads/atelier.png)`);
      await expect
        .poll(() => existsSync(join(cms.repo, uploadsFolder, 'atelier.png')), { timeout: 15_000 })
        .toBe(true);
      expect(cms.newProblems()).toEqual([]);
      expect(errors.filter((e) => /Content Security Policy/.test(e))).toEqual([]);
      await closeContext(context);

      // 3. The site built from the copy shows both, through the image pipeline.
      const built = await cms.buildAndServe();
      try {
        const visitor = await openTrackedPage(cms.browser, built.url);
        for (const [path, alt] of [
          [`/porteurs/${porteur.id}/`, logoAlt],
          [`/${pageEntry!.id}/`, imageAlt],
        ] as const) {
          await visitor.page.goto(path);
          const image = visitor.page.getByRole('img', { name: alt, exact: true });
          await expect
            .poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
            .toBeGreaterThan(0);
          // Never the uploaded file itself (its metadata stays private).
          expect(
            await image.evaluate((img: HTMLImageElement) => new URL(img.currentSrc).pathname),
          ).toMatch(/^\/_astro\//);
        }
        await visitor.context.close();
      } finally {
        await built.close();
      }
    },
  );

  test('nothing outside the temporary copy changed', () => {
    expect(hashes(projectContent)).toEqual(projectBefore);
    expect(gitStatus()).toBe(gitBefore);
  });
});
