// The CMS in a real browser against its local backend, for a test file: a temporary copy of the
// project that the backend (the gated server of `npm run dev`, tools/local-backend-server.ts)
// reads and writes, the built /admin/ served as in production, and the steps every CMS test takes
// (log in, publish, read a refusal). Requests to the backend's usual address (localhost:8081) are
// forwarded to this file's own backend.
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
import type { ContentEntry } from '../../src/content/validation/validate-content.ts';

export type CmsSession = {
  readonly browser: Browser;
  /** The temporary copy of the project the CMS edits. */
  readonly repo: string;
  /** Its content folder. */
  readonly content: string;
  /** /admin/ logged in to the local backend, with the collections list on screen. */
  openAdmin(): Promise<TrackedPage>;
  /** Validation problems of the copy that it did not have when the file started. */
  newProblems(): string[];
  /** The copy's valid entries of a collection, as the validator reads them. */
  entriesOf(collection: string): ContentEntry[];
  /** Builds the copy as Netlify would and serves it; the caller closes it. */
  buildAndServe(): Promise<StaticServer>;
};

/** Starts the session for the whole test file (call it at the top level). */
export function useCmsSession(prefix: string): CmsSession {
  let browser: Browser | undefined;
  let site: StaticServer | undefined;
  let backend: LocalBackend | undefined;
  let repo: string | undefined;
  let problemsBefore = new Set<string>();
  const problems = () => validateContent(join(repo!, 'content'), repo!).problems.map(formatProblem);

  beforeAll(async () => {
    repo = copyProjectTo(process.cwd(), mkdtempSync(join(tmpdir(), prefix)));
    problemsBefore = new Set(problems());
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

  const started = <T>(value: T | undefined): T => {
    if (value === undefined)
      throw new Error('La séance du CMS n’est pas démarrée (hors d’un test ?).');
    return value;
  };
  return {
    get browser() {
      return started(browser);
    },
    get repo() {
      return started(repo);
    },
    get content() {
      return join(started(repo), 'content');
    },
    async openAdmin() {
      const tracked = await openTrackedPage(started(browser), started(site).url, {
        viewport: { width: 1280, height: 900 },
      });
      await tracked.context.route(defaultLocalBackendUrl, async (route) => {
        const response = await route.fetch({ url: started(backend).url });
        await route.fulfill({ response });
      });
      await tracked.page.goto('/admin/');
      const login = tracked.page.getByRole('button', { name: 'Se connecter' });
      await login.click();
      await tracked.page.getByRole('heading', { name: 'Collections' }).waitFor();
      return tracked;
    },
    newProblems: () => problems().filter((line) => !problemsBefore.has(line)),
    entriesOf: (collection) =>
      validateContent(join(started(repo), 'content'), started(repo)).entries.filter(
        (entry) => entry.collection === collection,
      ),
    async buildAndServe() {
      const build = await buildCopy(started(repo));
      if (build.code !== 0) {
        throw new Error(`La construction de la copie a échoué :\n${build.output}`);
      }
      return startStaticServer(join(started(repo), 'dist'), {});
    },
  };
}

/** Closes a page's context; Decap's requests still in flight to the backend end quietly. */
export async function closeContext(context: BrowserContext) {
  await context.unrouteAll({ behavior: 'ignoreErrors' });
  await context.close();
}

/** Opens an entry, and waits for the form to show the field `label` filled in. */
export async function openEntry(
  page: Page,
  collection: string,
  slug: string,
  label: string | RegExp,
) {
  // Through the list, as an editor goes: from one entry's address straight to another's, Decap
  // keeps the first one's form (its editor is not mounted again).
  await page.goto(`/admin/#/collections/${collection}`);
  await page.getByRole('button', { name: 'Publier', exact: true }).waitFor({ state: 'detached' });
  await page.goto(`/admin/#/collections/${collection}/entries/${slug}`);
  const field =
    typeof label === 'string' ? page.getByLabel(label, { exact: true }) : page.getByLabel(label);
  await expect.poll(() => field.first().inputValue(), { timeout: 15_000 }).not.toBe('');
}

/**
 * Waits for Decap's notice that the entry is saved: it then reloads the entry, and opening another
 * one before that is done can leave the new form empty.
 */
export async function saved(page: Page) {
  await page
    .getByText(/^Entrée (enregistrée|publiée)/)
    .first()
    .waitFor({ timeout: 15_000 });
}

export async function publishNow(page: Page) {
  await page.getByRole('button', { name: 'Publier', exact: true }).click();
  await page.getByText('Publier maintenant').click();
}

/** Waits for Decap's refusal notification, returns its text. */
export async function refusal(page: Page, verb: 'enregistrée' | 'supprimée'): Promise<string> {
  const toast = page.getByText(new RegExp(`L’entrée n’a pas été ${verb}`));
  await toast.waitFor({ timeout: 15_000 });
  return (await toast.textContent()) ?? '';
}

/** The panel that lists what blocks publishing, by field label. */
export const problemsPanel = (page: Page) => page.locator('[data-entry-problems]');

/** Waits for the panel to list a problem of `field` matching `message`; returns the panel's text. */
export async function listedProblem(page: Page, field: string, message: RegExp): Promise<string> {
  const item = problemsPanel(page).getByRole('listitem').filter({ hasText: message });
  await item.getByRole('button', { name: field, exact: true }).waitFor({ timeout: 15_000 });
  return (await problemsPanel(page).textContent()) ?? '';
}

/** Types `text` into the entry's Markdown editor (the « Texte » field). */
export async function typeBody(page: Page, text: string) {
  await page.locator('[data-slate-editor="true"]').click();
  await page.keyboard.type(text);
}

/** Waits until `check` holds, for the file writes of the local backend. */
export const eventually = (check: () => unknown, timeout = 15_000) =>
  expect.poll(check, { timeout });
