// One CMS session for a browser test file: a temporary copy of the project, its gated local
// backend (tools/local-backend-server.ts), the built /admin/ page served as in production, and
// the steps an editor takes (log in, open an entry, publish, read the problems panel). The hooks
// are registered by `cmsSession()`, called once at the top of a test file.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, openTrackedPage, serveBuiltSite, type TrackedPage } from './harness.ts';
import { startStaticServer, type StaticServer } from '../../tools/static-server.ts';
import { copyProjectTo } from '../../tools/project-copy.ts';
import { buildCopy } from '../helpers/project-copy.ts';
import {
  defaultLocalBackendUrl,
  startLocalBackend,
  type LocalBackend,
} from '../../tools/local-backend.ts';
import { formatProblem, validateContent } from '../../src/content/validation/validate-content.ts';
import type { RuleEntry } from '../../src/content/validation/cross-entry-rules.ts';

export type CmsSession = ReturnType<typeof cmsSession>;

export function cmsSession() {
  let browser: Browser;
  let site: StaticServer;
  let backend: LocalBackend;
  let repo: string;
  /** Problems the copy already had (others' work in progress), so that only new ones count. */
  let problemsBefore: Set<string>;

  beforeAll(async () => {
    repo = copyProjectTo(process.cwd(), mkdtempSync(join(tmpdir(), 'asm-cms-')));
    problemsBefore = new Set(
      validateContent(join(repo, 'content'), repo).problems.map(formatProblem),
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

  const session = {
    /** The copy of the project the CMS edits. */
    get repo() {
      return repo;
    },
    get browser() {
      return browser;
    },
    /** The copy's content folder. */
    contentDir: () => join(repo, 'content'),

    /** The validator's problems in the copy that it did not have at the start. */
    newProblems: () =>
      validateContent(join(repo, 'content'), repo)
        .problems.map(formatProblem)
        .filter((line) => !problemsBefore.has(line)),

    /** The copy's valid entries of a collection, as the validator reads them. */
    entriesOf: (collection: string): RuleEntry[] =>
      validateContent(join(repo, 'content'), repo).entries.filter(
        (e) => e.collection === collection,
      ),

    /** /admin/ logged in to the local backend, with the collections list on screen. */
    async openAdmin(onLoginScreen?: (page: Page) => Promise<void>): Promise<TrackedPage> {
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
    },

    /** Closes a page's context; Decap's requests still in flight to the backend end quietly. */
    async close(context: BrowserContext) {
      await context.unrouteAll({ behavior: 'ignoreErrors' });
      await context.close();
    },

    /** Opens an entry, and waits for the form to show the field `label` filled in. */
    async openEntry(page: Page, collection: string, slug: string, label: string | RegExp) {
      // Through the list, as an editor goes: from one entry's address straight to another's,
      // Decap keeps the first one's form (its editor is not mounted again).
      await page.goto(`/admin/#/collections/${collection}`);
      await page
        .getByRole('button', { name: 'Publier', exact: true })
        .waitFor({ state: 'detached' });
      await page.goto(`/admin/#/collections/${collection}/entries/${slug}`);
      const field =
        typeof label === 'string'
          ? page.getByLabel(label, { exact: true })
          : page.getByLabel(label);
      await expect.poll(() => field.first().inputValue(), { timeout: 15_000 }).not.toBe('');
    },

    async publishNow(page: Page) {
      await page.getByRole('button', { name: 'Publier', exact: true }).click();
      await page.getByText('Publier maintenant').click();
    },

    /**
     * Waits for Decap's notice that the entry is saved: it then reloads the entry, and opening
     * another one before that is done can leave the new form empty.
     */
    async saved(page: Page) {
      await page
        .getByText(/^Entrée (enregistrée|publiée)/)
        .first()
        .waitFor({ timeout: 15_000 });
    },

    /** The panel that lists what blocks publishing, by field label. */
    problemsPanel: (page: Page) => page.locator('[data-entry-problems]'),

    /** Waits for the panel to list a problem of `field` matching `message`; returns its text. */
    async listedProblem(page: Page, field: string, message: RegExp): Promise<string> {
      const panel = page.locator('[data-entry-problems]');
      const item = panel.getByRole('listitem').filter({ hasText: message });
      await item.getByRole('button', { name: field, exact: true }).waitFor({ timeout: 15_000 });
      return (await panel.textContent()) ?? '';
    },

    /** Builds the copy the CMS has been editing, as Netlify would, and serves it; caller closes. */
    async buildAndServeCopy(): Promise<StaticServer> {
      const build = await buildCopy(repo);
      if (build.code !== 0)
        throw new Error(`La construction de la copie a échoué :\n${build.output}`);
      return startStaticServer(join(repo, 'dist'), {});
    },
  };
  return session;
}
