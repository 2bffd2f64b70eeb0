// Shared harness for real-browser tests: Chromium (tools/chromium.ts) driven by playwright-core, against the
// site built once by tests/setup/build-site.ts and served with its dist/_headers.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { builtDistDir } from '../helpers/built-site.ts';
import { startStaticServer, type StaticServer } from '../../tools/static-server.ts';
import { chromiumArgs, chromiumPath } from '../../tools/chromium.ts';

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: await chromiumPath(),
    args: chromiumArgs,
    headless: true,
  });
}

/**
 * Serves the test build; the caller closes it. Forms posted by the tests are stored in a
 * temporary folder, removed on close, never in the project's .formulaires-recus/.
 */
export async function serveBuiltSite(): Promise<StaticServer> {
  const formsDir = mkdtempSync(join(tmpdir(), 'asm-forms-'));
  const site = await startStaticServer(builtDistDir(), { formsDir });
  return {
    ...site,
    close: async () => {
      await site.close();
      rmSync(formsDir, { recursive: true, force: true });
    },
  };
}

export { sitemapPages } from '../helpers/built-site.ts';

export type TrackedPage = {
  context: BrowserContext;
  page: Page;
  /** Every URL the page requested, in order. */
  requests: string[];
  /** Requests that went to another host than the local server. */
  externalRequests: () => string[];
  /** Console errors and uncaught page errors. */
  errors: string[];
};

/** Opens a page in a fresh context that records requests and errors. */
export async function openTrackedPage(
  browser: Browser,
  baseUrl: string,
  options: Parameters<Browser['newContext']>[0] = {},
): Promise<TrackedPage> {
  const context = await browser.newContext({ locale: 'fr-FR', ...options, baseURL: baseUrl });
  const page = await context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  const origin = new URL(baseUrl).origin;
  page.on('request', (request) => requests.push(request.url()));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return {
    context,
    page,
    requests,
    errors,
    externalRequests: () =>
      requests.filter(
        (url) =>
          !url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin,
      ),
  };
}

export type BrowserSession = { readonly browser: Browser; readonly url: string };

/**
 * Launches Chromium and serves the test build for the whole test file (call it at the top level);
 * both are closed after the file's last test.
 */
export function useBrowserAndSite(): BrowserSession {
  let browser: Browser | undefined;
  let site: StaticServer | undefined;
  beforeAll(async () => {
    [browser, site] = await Promise.all([launchBrowser(), serveBuiltSite()]);
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });
  return {
    get browser() {
      if (!browser) throw new Error('Chromium n’est pas encore lancé (appel hors d’un test ?).');
      return browser;
    },
    get url() {
      if (!site) throw new Error('Le site n’est pas encore servi (appel hors d’un test ?).');
      return site.url;
    },
  };
}

/**
 * A page whose clock starts at `time`, in a browser that believes it is in New York: the help
 * pages must follow Paris time whatever the visitor's own zone.
 */
export async function openPageAt(
  session: BrowserSession,
  time: string,
  options: { javaScriptEnabled?: boolean } = {},
): Promise<TrackedPage> {
  const tracked = await openTrackedPage(session.browser, session.url, {
    timezoneId: 'America/New_York',
    ...options,
  });
  await tracked.context.clock.install({ time: new Date(time) });
  return tracked;
}

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** The page's WCAG 2.2 AA violations found by axe-core, one line each (none: an empty list). */
export async function axeViolations(page: Page): Promise<string[]> {
  // axe is evaluated through the DevTools protocol, which the page's CSP does not govern:
  // the page keeps its real CSP (no bypassCSP), so the check sees what a visitor gets.
  await page.evaluate(axeSource);
  return page.evaluate(
    (tags) =>
      (
        window as unknown as {
          axe: {
            run: (
              context: Document,
              options: object,
            ) => Promise<{
              violations: {
                id: string;
                impact: string | null;
                help: string;
                nodes: { target: unknown[]; failureSummary?: string }[];
              }[];
            }>;
          };
        }
      ).axe
        .run(document, {
          runOnly: { type: 'tag', values: tags },
          resultTypes: ['violations'],
        })
        .then((result) =>
          result.violations.map(
            (violation) =>
              `axe ${violation.id} (${violation.impact}) : ${violation.help} — ` +
              violation.nodes
                .slice(0, 5)
                .map(
                  (node) =>
                    `${JSON.stringify(node.target)} ${node.failureSummary?.replace(/\s+/g, ' ') ?? ''}`,
                )
                .join(' | '),
          ),
        ),
    wcagTags,
  );
}

/**
 * Records CSP violations in the page, from its very first script on (pass it to
 * context.addInitScript; read them back with `cspViolations(page)`).
 */
export function recordCspViolations() {
  const list: string[] = [];
  (window as unknown as { __cspViolations: string[] }).__cspViolations = list;
  document.addEventListener('securitypolicyviolation', (event) => {
    list.push(
      `${event.effectiveDirective} bloque ${event.blockedURI || '(inline)'}` +
        (event.sourceFile ? ` (${event.sourceFile}:${event.lineNumber})` : '') +
        (event.sample ? ` « ${event.sample} »` : ''),
    );
  });
}

/** The CSP violations recorded by `recordCspViolations` in this page. */
export const cspViolations = (page: Page): Promise<string[]> =>
  page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []);
