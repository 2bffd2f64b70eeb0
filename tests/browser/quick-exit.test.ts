// The quick exit in Chromium, GOV.UK « Exit this page » behaviour: the button and Shift pressed
// three times alone leave for the neutral site (answered locally: no request leaves the machine),
// Back does not return to the help page, Shift+Tab never fires it.
import { describe, expect, test } from 'vitest';
import { openPageAt, openTrackedPage, useBrowserAndSite } from './harness.ts';
import { builtContent } from '../helpers/built-site.ts';

const session = useBrowserAndSite();
const { quickExitUrl } = builtContent().settings;
const openAt = (time: string) => openPageAt(session, time);

describe('quick exit', () => {
  const exitOrigin = new URL(quickExitUrl).origin;

  /** Answers the neutral site locally: no request leaves the machine. */
  async function openWithNeutralSite() {
    const tracked = await openTrackedPage(session.browser, session.url);
    const served: string[] = [];
    await tracked.context.route(
      (url) => url.origin === exitOrigin,
      (route) => {
        served.push(route.request().url());
        return route.fulfill({
          contentType: 'text/html',
          body: '<title>Site neutre</title><p>neutre</p>',
        });
      },
    );
    await tracked.page.goto('/');
    await tracked.page.goto('/besoin-de-soutien/');
    return { ...tracked, served };
  }

  test('the button leaves the site, and Back does not return to the help page', async () => {
    const { page, context, served } = await openWithNeutralSite();
    await page.getByRole('link', { name: /Quitter rapidement/ }).click();
    await page.waitForURL(quickExitUrl);
    expect(served).toEqual([quickExitUrl]);
    await page.goBack();
    expect(new URL(page.url()).pathname).toBe('/');
    await context.close();
  });

  test('pressing Shift three times leaves too', async () => {
    const { page, context } = await openWithNeutralSite();
    await expect
      .poll(() => page.locator('quick-exit [data-hint]').isVisible(), { timeout: 15_000 })
      .toBe(true);
    for (let i = 0; i < 3; i += 1) await page.keyboard.press('Shift');
    await page.waitForURL(quickExitUrl);
    await page.goBack();
    expect(new URL(page.url()).pathname).toBe('/');
    await context.close();
  });

  test('Shift+Tab three times (going back through the page) stays on the page', async () => {
    const { page, context, served } = await openWithNeutralSite();
    await expect
      .poll(() => page.locator('quick-exit [data-hint]').isVisible(), { timeout: 15_000 })
      .toBe(true);
    await page.locator('footer a').last().focus();
    for (let i = 0; i < 3; i += 1) await page.keyboard.press('Shift+Tab');
    // Shift held while typing capitals does not count either.
    await page.keyboard.press('Shift+A');
    await page.waitForTimeout(300);
    expect(new URL(page.url()).pathname).toBe('/besoin-de-soutien/');
    expect(served).toEqual([]);
    expect(await page.locator('quick-exit [data-progress]').isVisible()).toBe(false);
    await context.close();
  });

  test('each Shift alone shows progress and is announced; another key resets', async () => {
    const { page, context, served } = await openWithNeutralSite();
    await expect
      .poll(() => page.locator('quick-exit [data-hint]').isVisible(), { timeout: 15_000 })
      .toBe(true);
    const progress = page.locator('quick-exit [data-progress]');
    const announce = page.locator('quick-exit [data-announce]');
    expect(await announce.getAttribute('aria-live')).toBe('polite');
    await page.keyboard.press('Shift');
    expect(await progress.isVisible()).toBe(true);
    expect(await progress.locator('[data-on]').count()).toBe(1);
    expect(await announce.textContent()).toContain('encore 2 fois');
    await page.keyboard.press('Shift');
    expect(await progress.locator('[data-on]').count()).toBe(2);
    await page.keyboard.press('x');
    expect(await progress.isVisible()).toBe(false);
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await page.waitForTimeout(300);
    expect(served).toEqual([]);
    await context.close();
  });

  test('on exit the page is covered and announced at once, before the neutral site loads', async () => {
    const tracked = await openTrackedPage(session.browser, session.url);
    const { page, context } = tracked;
    // A slow neutral site: the cover must be there while it loads.
    await context.route(
      (url) => url.origin === exitOrigin,
      (route) =>
        setTimeout(
          () => route.fulfill({ contentType: 'text/html', body: '<title>Site neutre</title>' }),
          1_500,
        ),
    );
    // What the page shows at the very moment the cover arrives, reported from inside the page
    // (the page itself is gone soon after).
    const reports: unknown[] = [];
    await page.exposeFunction('reportCover', (report: unknown) => reports.push(report));
    await page.addInitScript(() => {
      new MutationObserver(() => {
        const cover = document.querySelector('[data-quick-exit-cover]');
        if (!cover || cover.hasAttribute('data-reported')) return;
        cover.setAttribute('data-reported', '');
        const box = cover.getBoundingClientRect();
        (window as unknown as { reportCover: (r: unknown) => void }).reportCover({
          role: cover.getAttribute('role'),
          text: cover.textContent,
          fills:
            box.x === 0 &&
            box.y === 0 &&
            box.width === window.innerWidth &&
            box.height === window.innerHeight,
          onTop: document.elementFromPoint(100, 300) === cover,
        });
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto('/besoin-de-soutien/');
    await page.getByRole('link', { name: /Quitter rapidement/ }).click({ noWaitAfter: true });
    await expect.poll(() => reports.length).toBe(1);
    expect(reports[0]).toEqual({
      role: 'alert',
      text: 'Sortie de la page…',
      fills: true,
      onTop: true,
    });
    await page.waitForURL(quickExitUrl);
    await context.close();
  });

  test('a page brought back from the browser’s cache is uncovered, its count back at zero', async () => {
    const { page, context } = await openTrackedPage(session.browser, session.url);
    await page.goto('/besoin-de-soutien/');
    const title = await page.title();
    await expect
      .poll(() => page.locator('quick-exit [data-hint]').isVisible(), { timeout: 15_000 })
      .toBe(true);
    await page.keyboard.press('Shift');
    // The state the page was left in (the test browser has no back-forward cache to restore it).
    await page.evaluate(() => {
      const cover = document.createElement('div');
      cover.dataset.quickExitCover = '';
      document.body.append(cover);
      document.title = 'Sortie de la page';
    });
    await page.evaluate(() =>
      window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true })),
    );
    expect(await page.locator('[data-quick-exit-cover]').count()).toBe(0);
    expect(await page.locator('quick-exit [data-progress]').isVisible()).toBe(false);
    // Two more presses do not leave: the count started again.
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await page.waitForTimeout(300);
    expect(new URL(page.url()).pathname).toBe('/besoin-de-soutien/');
    expect(title).toContain('Besoin de soutien');
    await context.close();
  });

  test('comes right after the skip link in keyboard order', async () => {
    const { page, context } = await openAt('2026-11-26T15:00:00+01:00');
    await page.goto('/besoin-de-soutien/');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain(
      'Quitter rapidement',
    );
    await context.close();
  });
});
