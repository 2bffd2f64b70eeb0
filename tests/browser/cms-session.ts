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
  /**
   * /admin/ logged in to the local backend, with the collections list on screen; unhandled
   * promise rejections recorded (`unhandledRejections`). `onLoginScreen` runs before logging in.
   */
  openAdmin(onLoginScreen?: (page: Page) => Promise<void>): Promise<TrackedPage>;
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
    async openAdmin(onLoginScreen) {
      const tracked = await openTrackedPage(started(browser), started(site).url, {
        viewport: { width: 1280, height: 900 },
      });
      await tracked.context.addInitScript(recordUnhandledRejections);
      await tracked.context.route(defaultLocalBackendUrl, async (route) => {
        // A new connection per request: a kept-alive one that the backend closes when idle can
        // be reused at that very moment, and the request is lost (ECONNRESET).
        const headers = { ...route.request().headers(), connection: 'close' };
        const response = await route
          .fetch({ url: started(backend).url, headers })
          .catch(() => null);
        // The page sees a failed request (Decap says so) rather than one that never ends.
        if (response) await route.fulfill({ response });
        else await route.abort('connectionreset').catch(() => {});
      });
      await tracked.page.goto('/admin/');
      const login = tracked.page.getByRole('button', { name: 'Se connecter' });
      await login.waitFor();
      await onLoginScreen?.(tracked.page);
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

/** The keys of what Decap keeps in the browser (localforage's IndexedDB store). */
export const backupKeys = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const request = indexedDB.open('localforage');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          if (!db.objectStoreNames.contains('keyvaluepairs')) return resolve([]);
          const keys = db.transaction('keyvaluepairs').objectStore('keyvaluepairs').getAllKeys();
          keys.onsuccess = () => resolve(keys.result.map(String));
          keys.onerror = () => reject(keys.error);
        };
      }),
  );

/**
 * Opens an entry through its collection's list, as an editor goes, and waits for the form to show
 * the field `label` filled in. Decap keeps the same editor from one entry address to the next
 * (decap-cms issue 4147): two addresses set in a row, before the list has replaced the editor on
 * screen, would show the previous entry's form under this one's address. The list's link to the
 * entry says the list is on screen.
 */
export async function openEntry(
  page: Page,
  collection: string,
  slug: string,
  label: string | RegExp,
) {
  await page.goto(`/admin/#/collections/${collection}`);
  // The list's own link (« À vérifier » may hold one too, folded).
  await page
    .locator(`a[href="#/collections/${collection}/entries/${slug}"]:not([data-to-check] a)`)
    .click();
  await expect
    .poll(() => page.url())
    .toMatch(new RegExp(`#/collections/${collection}/entries/${slug}$`));
  const field =
    typeof label === 'string' ? page.getByLabel(label, { exact: true }) : page.getByLabel(label);
  await expect.poll(() => field.first().inputValue(), { timeout: 15_000 }).not.toBe('');
}

/** An empty « new » form of a collection, opened from its list (see openEntry). */
export async function openNew(page: Page, collection: string) {
  await page.goto(`/admin/#/collections/${collection}`);
  await page.locator(`a[href="#/collections/${collection}/new"]`).click();
  await expect.poll(() => page.url()).toMatch(new RegExp(`#/collections/${collection}/new$`));
}

/**
 * Records, from the page's first script on, the promise rejections nothing handled: checked once
 * every listener has had its turn (the CMS's own one handles a refusal it has said on screen).
 */
function recordUnhandledRejections() {
  const list: string[] = [];
  (window as unknown as { __unhandled: string[] }).__unhandled = list;
  window.addEventListener('unhandledrejection', (event) => {
    setTimeout(() => {
      if (event.defaultPrevented) return;
      const reason = event.reason as { type?: string; message?: string } | undefined;
      list.push(String(reason?.type ?? reason?.message ?? reason));
    });
  });
}

/** The unhandled rejections of the page so far, once the tasks already queued have run. */
export async function unhandledRejections(page: Page): Promise<string[]> {
  for (let turn = 0; turn < 2; turn++) {
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve)));
  }
  return page.evaluate(() => (window as unknown as { __unhandled: string[] }).__unhandled);
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
