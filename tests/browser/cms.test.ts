// The CMS in a real browser, against its local backend (decap-server) working on a temporary copy
// of content/: the built /admin/ page is served as in production, and its requests to the local
// backend's usual address (localhost:8081) are forwarded to this test's own backend (the gated
// server of `npm run dev`, tools/local-backend-server.ts).
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
} from 'node:fs';
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, openTrackedPage, serveBuiltSite, type TrackedPage } from './harness.ts';
import type { StaticServer } from '../../tools/static-server.ts';
import {
  defaultLocalBackendUrl,
  startLocalBackend,
  type LocalBackend,
} from '../../tools/local-backend.ts';
import { collections, collectionNames } from '../../src/content/collections.ts';
import { formatProblem, validateContent } from '../../src/content/validation/validate-content.ts';
import { referrersOf, type RuleEntry } from '../../src/content/validation/cross-entry-rules.ts';

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

let browser: Browser;
let site: StaticServer;
let backend: LocalBackend;
let repo: string;
let projectBefore: Record<string, string>;
let gitBefore: string;
/** Problems the copy already had (others' work in progress), so that only new ones count. */
let problemsBefore: Set<string>;

const copyContent = () => join(repo, 'content');
const newProblems = () =>
  validateContent(copyContent(), process.cwd())
    .problems.map(formatProblem)
    .filter((line) => !problemsBefore.has(line));

beforeAll(async () => {
  projectBefore = hashes(projectContent);
  gitBefore = gitStatus();
  repo = mkdtempSync(join(tmpdir(), 'asm-cms-'));
  cpSync(projectContent, copyContent(), { recursive: true });
  problemsBefore = new Set(
    validateContent(copyContent(), process.cwd()).problems.map(formatProblem),
  );
  [browser, site] = await Promise.all([launchBrowser(), serveBuiltSite()]);
  // The backend answers the served site's pages only, as `npm run dev`'s answers the dev site's.
  backend = await startLocalBackend(repo, [site.url]);
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await backend?.close();
  if (repo) rmSync(repo, { recursive: true, force: true });
});

/** /admin/ logged in to the local backend, with the collections list on screen. */
async function openAdmin(onLoginScreen?: (page: Page) => Promise<void>): Promise<TrackedPage> {
  const tracked = await openTrackedPage(browser, site.url, {
    viewport: { width: 1280, height: 900 },
  });
  await tracked.context.route(defaultLocalBackendUrl, async (route) => {
    const response = await route.fetch({ url: backend.url });
    await route.fulfill({ response });
  });
  await tracked.page.goto('/admin/');
  const login = tracked.page.getByRole('button', { name: 'Se connecter' });
  await login.waitFor();
  await onLoginScreen?.(tracked.page);
  await login.click();
  await tracked.page.getByRole('heading', { name: 'Collections' }).waitFor();
  return tracked;
}

/** Closes a page's context; Decap's requests still in flight to the backend end quietly. */
async function close(context: BrowserContext) {
  await context.unrouteAll({ behavior: 'ignoreErrors' });
  await context.close();
}

async function openEntry(page: Page, collection: string, slug: string, nameLabel: string) {
  await page.goto(`/admin/#/collections/${collection}/entries/${slug}`);
  // The form fills in once the entry is loaded.
  await expect
    .poll(() => page.getByLabel(nameLabel, { exact: true }).inputValue(), { timeout: 15_000 })
    .not.toBe('');
}

async function publishNow(page: Page) {
  await page.getByRole('button', { name: 'Publier', exact: true }).click();
  await page.getByText('Publier maintenant').click();
}

/** The copy's valid entries of a collection, as the validator reads them. */
const entriesOf = (collection: string): RuleEntry[] =>
  validateContent(copyContent(), repo).entries.filter((e) => e.collection === collection);

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
  await page.goto('/admin/#/collections/territories');
  await page.goto('/admin/#/collections/territories/new');
  await page.getByLabel('Nom du territoire', { exact: true }).fill(name);
  await choose(page, 'Département', String(like.data.departement));
  // The relation field searches porteurs by name.
  const porteur = entriesOf('porteurs').find((p) => p.id === like.data.porteur)!;
  await choose(page, 'Porteur de projet', String(porteur.data.name));
}

/** Waits for Decap's refusal notification, returns its text. */
async function refusal(page: Page, verb: 'enregistrée' | 'supprimée'): Promise<string> {
  const toast = page.getByText(new RegExp(`L’entrée n’a pas été ${verb}`));
  await toast.waitFor({ timeout: 15_000 });
  return (await toast.textContent()) ?? '';
}

const territoryFiles = () => readdirSync(join(copyContent(), 'territories')).sort();

// Each test loads the whole CMS in a fresh context: generous limits for busy CI machines.
describe('the CMS on its local backend', { timeout: 90_000 }, () => {
  test('loads in French, not indexed, links to the guide, lists every collection, uses no CDN', async () => {
    const tracked = await openAdmin(async (page) => {
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
    await close(tracked.context);
  });

  test('changing a territory’s start year writes the JSON file, which still validates', async () => {
    const { page, context } = await openAdmin();
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
    expect(newProblems()).toEqual([]);
    await close(context);
  });

  test('a new testimonial is saved as a Markdown file that validates', async () => {
    const { page, context } = await openAdmin();
    await page.getByRole('link', { name: 'Témoignages', exact: true }).click();
    await page.getByRole('link', { name: /Témoignage$/ }).click();
    await page.getByLabel('Prénom', { exact: true }).fill('Camille');
    await page.getByLabel('Rôle', { exact: true }).fill('ambassadrice en service civique');
    await page.getByLabel('Structure', { exact: true }).fill('Unis-Cité');
    await page.getByLabel('Territoire ou région', { exact: true }).fill('Isère');
    await page.locator('[data-slate-editor="true"]').click();
    await page.keyboard.type('Camille raconte que les échanges entre pairs l’ont marquée.');
    await publishNow(page);
    const file = join(copyContent(), 'testimonials', 'camille-unis-cite.md');
    await expect
      .poll(() => readdirSync(join(copyContent(), 'testimonials')), { timeout: 15_000 })
      .toContain('camille-unis-cite.md');
    const text = readFileSync(file, 'utf8');
    expect(text).toMatch(/^---\nfirstName: Camille\n/);
    expect(text).toContain('Camille raconte que les échanges entre pairs l’ont marquée.');
    expect(newProblems()).toEqual([]);
    await close(context);
  });

  test('an invalid phone number is refused before saving, with the schema’s message', async () => {
    const { page, context } = await openAdmin();
    const file = join(copyContent(), 'helplines', '3114.json');
    const before = readFileSync(file, 'utf8');
    await openEntry(page, 'helplines', '3114', 'Nom');
    await page.getByLabel('Numéro composé').fill('31 14');
    await publishNow(page);
    await page.getByText(/Numéro invalide : 10 chiffres commençant par 0/).waitFor();
    await page.waitForTimeout(1000);
    expect(readFileSync(file, 'utf8')).toBe(before);
    await close(context);
  });

  test('what no single field can say (a phone line without numbers) is refused at saving', async () => {
    const { page, context } = await openAdmin();
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
    await close(context);
  });

  test('a new entry with a name already taken is refused before saving, naming the other file', async () => {
    const { page, context } = await openAdmin();
    const [first] = entriesOf('territories');
    const before = territoryFiles();
    // Same name in capitals, with a zero-width space: still the same name once compared.
    const name = String(first!.data.name).toUpperCase();
    await fillNewTerritory(page, `${name.slice(0, 1)}\u200b${name.slice(1)}`, first!);
    await publishNow(page);
    const text = await refusal(page, 'enregistrée');
    expect(text).toContain(first!.file);
    expect(text).toContain('Nom du territoire');
    await page.waitForTimeout(1000);
    expect(territoryFiles()).toEqual(before);
    await close(context);
  });

  test('renaming an entry to a name already taken is refused, the file is kept as it was', async () => {
    const { page, context } = await openAdmin();
    const [first, second] = entriesOf('territories');
    const file = join(repo, second!.file);
    const before = readFileSync(file, 'utf8');
    await openEntry(page, 'territories', second!.id, 'Nom du territoire');
    await page
      .getByLabel('Nom du territoire', { exact: true })
      .fill(` ${String(first!.data.name)} `);
    await publishNow(page);
    const text = await refusal(page, 'enregistrée');
    expect(text).toContain(first!.file);
    await page.waitForTimeout(1000);
    expect(readFileSync(file, 'utf8')).toBe(before);
    await close(context);
  });

  test('a porteur that territories still use cannot be deleted: the refusal lists them', async () => {
    const { page, context } = await openAdmin();
    const all = validateContent(copyContent(), repo).entries;
    const porteur = entriesOf('porteurs').find((p) =>
      referrersOf(all, 'porteurs', p.id).some((r) => r.entry.collection === 'territories'),
    );
    expect(porteur, 'aucun porteur utilisé par un territoire dans le contenu').toBeDefined();
    const referrers = referrersOf(all, 'porteurs', porteur!.id);
    await openEntry(page, 'porteurs', porteur!.id, 'Nom');
    page.once('dialog', (dialog) => void dialog.accept().catch(() => {}));
    await page.getByRole('button', { name: /^Supprimer l’entrée/ }).click();
    const text = await refusal(page, 'supprimée');
    for (const { entry } of referrers) expect(text).toContain(entry.file);
    await page.waitForTimeout(1000);
    expect(existsSync(join(repo, porteur!.file))).toBe(true);
    await close(context);
  });

  // Three saves, each reading the collections again: more time on a loaded machine.
  test(
    'two edits in one sitting are checked against each other, through the backend',
    { timeout: 180_000 },
    async () => {
      const { page, context } = await openAdmin();
      // Leaving a form that was refused asks for confirmation.
      page.on('dialog', (dialog) => void dialog.accept().catch(() => {}));
      const territories = entriesOf('territories');
      const renamed = territories.at(-1)!;
      const oldName = String(renamed.data.name);
      const newName = 'Territoire d’essai du CMS';
      const file = join(repo, renamed.file);
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
      expect(await refusal(page, 'enregistrée')).toContain(renamed.file);
      // 3. The old name is free again: a new territory may take it.
      const before = territoryFiles();
      await fillNewTerritory(page, oldName, renamed);
      await publishNow(page);
      await expect.poll(() => territoryFiles().length, { timeout: 15_000 }).toBe(before.length + 1);
      expect(newProblems()).toEqual([]);
      await close(context);
    },
  );

  test('nothing outside the temporary copy changed', () => {
    expect(hashes(projectContent)).toEqual(projectBefore);
    expect(gitStatus()).toBe(gitBefore);
  });
});
