// Help on the first screen of a phone (issue 19), on every page of the sitemap at 320×568,
// 375×667 and 412×915: the « Besoin d'aide ? » link is in the viewport before any scrolling, on
// top (elementFromPoint: nothing covers it), in the flow of the page (neither fixed nor sticky, so
// it never covers the content), and among the first Tab stops, right after the quick exit. On the
// home page, a number that answers now (from the content's hours) is there too. Then the « Menu »
// disclosure: button, aria-expanded, Escape, focus back, and a plain list without JavaScript.
import { describe, expect, test } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { openTrackedPage, sitemapPages, useBrowserAndSite } from './harness.ts';
import { builtContent } from '../helpers/built-site.ts';
import { openingStatus } from '../../src/help/opening-hours.ts';

const session = useBrowserAndSite();
const phones = [
  { width: 320, height: 568 },
  { width: 375, height: 667 },
  { width: 412, height: 915 },
];
/** Skip link, quick exit, the site's name, then the help link. */
const helpLinkTabStop = 4;
/** … then the « Menu » button, then the home page's first number. */
const homeNumberTabStop = 6;

/** Where the element is: in the first screen, on top at its centre, in the page's flow. */
function placement(locator: Locator) {
  return locator.first().evaluate((element) => {
    const box = element.getBoundingClientRect();
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    let floating: string | null = null;
    for (let node: Element | null = element; node; node = node.parentElement) {
      const position = getComputedStyle(node).position;
      if (position === 'fixed' || position === 'sticky')
        floating = `<${node.localName}> ${position}`;
    }
    return {
      inFirstScreen:
        window.scrollY === 0 &&
        box.width > 0 &&
        box.top >= 0 &&
        box.bottom <= window.innerHeight &&
        box.left >= 0 &&
        box.right <= window.innerWidth,
      onTop: !!hit && element.contains(hit),
      floating,
    };
  });
}

/** The Tab stop (1 = first) at which `matches` gets focus, within `limit` presses; 0 if never. */
async function tabStopOf(page: Page, selector: string, limit: number): Promise<number> {
  for (let stop = 1; stop <= limit; stop += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector))
      return stop;
  }
  return 0;
}

describe.each(phones)('a $width×$height phone, before any scrolling', (viewport) => {
  test('every sitemap page shows « Besoin d’aide ? » on top, in the flow, in the first Tab stops', async () => {
    const { page, context } = await openTrackedPage(session.browser, session.url, {
      viewport,
      isMobile: true,
      hasTouch: true,
    });
    const problems: string[] = [];
    for (const { path } of sitemapPages()) {
      await page.goto(path);
      const link = page.locator('header a[data-help-link]');
      if ((await link.count()) !== 1) {
        problems.push(`${path} : ${await link.count()} liens d’aide dans l’en-tête`);
        continue;
      }
      const where = await placement(link);
      if (!where.inFirstScreen) problems.push(`${path} : lien d’aide hors du premier écran`);
      if (!where.onTop) problems.push(`${path} : lien d’aide recouvert`);
      if (where.floating) problems.push(`${path} : lien d’aide flottant (${where.floating})`);
      const exitStop = await tabStopOf(page, 'a[data-quick-exit]', helpLinkTabStop);
      const helpStop = await tabStopOf(page, 'a[data-help-link]', helpLinkTabStop - exitStop);
      if (!exitStop || !helpStop)
        problems.push(`${path} : lien d’aide au-delà du Tab n° ${helpLinkTabStop}`);
    }
    expect(problems).toEqual([]);
    await context.close();
  }, 240_000);

  test('the home page shows a number that answers now, in the first Tab stops', async () => {
    const { page, context } = await openTrackedPage(session.browser, session.url, {
      viewport,
      isMobile: true,
      hasTouch: true,
    });
    await page.goto('/');
    const now = new Date();
    const answering = builtContent()
      .of('helplines')
      .filter((line) => line.data.dial && openingStatus(line.data.hours, now).open)
      .map((line) => `tel:${line.data.dial}`);
    const numbers = page.locator('[data-help-now] a[href^="tel:"]');
    const shown = await numbers.evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    // One of the numbers shown answers at this instant, and the first is in the first screen.
    expect(shown.some((href) => answering.includes(href!))).toBe(true);
    expect(await placement(numbers)).toEqual({ inFirstScreen: true, onTop: true, floating: null });
    expect(
      await tabStopOf(page, '[data-help-now] a[href^="tel:"]', homeNumberTabStop),
    ).toBeGreaterThan(0);
    await context.close();
  });
});

describe('the « Menu » disclosure', () => {
  const phone = { viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true };

  test('a button that shows and hides the links, Escape closes and gives focus back', async () => {
    const { page, context, errors } = await openTrackedPage(session.browser, session.url, phone);
    await page.goto('/territoires/');
    const button = page.getByRole('button', { name: 'Menu' });
    const links = page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link');
    await expect.poll(() => page.evaluate(() => !!customElements.get('site-menu'))).toBe(true);
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    const panelId = await button.getAttribute('aria-controls');
    expect(await page.locator(`#${panelId}`).count()).toBe(1);
    expect(await links.first().isVisible()).toBe(false);
    // The help link stays outside the menu, in view while it is closed.
    expect(await page.locator(`#${panelId} [data-help-link]`).count()).toBe(0);
    expect(await page.locator('a[data-help-link]').isVisible()).toBe(true);

    await button.focus();
    await page.keyboard.press('Enter');
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    expect(await links.first().isVisible()).toBe(true);
    expect(await page.locator(`#${panelId} input[type="search"]`).isVisible()).toBe(true);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('nav')?.ariaLabel)).toBe(
      'Navigation principale',
    );
    await page.keyboard.press('Escape');
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    expect(await links.first().isVisible()).toBe(false);
    expect(
      await page.evaluate(() => document.activeElement?.hasAttribute('data-menu-toggle')),
    ).toBe(true);
    // Space, as any button.
    await page.keyboard.press('Space');
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    await button.click();
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    expect(errors).toEqual([]);
    await context.close();
  });

  test('without JavaScript, no button: the links are a plain list', async () => {
    const { page, context } = await openTrackedPage(session.browser, session.url, {
      ...phone,
      javaScriptEnabled: false,
    });
    await page.goto('/territoires/');
    expect(await page.locator('[data-menu-toggle]').isVisible()).toBe(false);
    const links = page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link');
    expect(await links.count()).toBeGreaterThan(1);
    for (const link of await links.all()) expect(await link.isVisible()).toBe(true);
    expect(await page.locator('header input[type="search"]').isVisible()).toBe(true);
    await context.close();
  });

  test('on a wide screen, no button: the links and the search field are in the header', async () => {
    const { page, context } = await openTrackedPage(session.browser, session.url, {
      viewport: { width: 1280, height: 800 },
    });
    await page.goto('/territoires/');
    expect(await page.locator('[data-menu-toggle]').isVisible()).toBe(false);
    const links = page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link');
    for (const link of await links.all()) expect(await link.isVisible()).toBe(true);
    expect(await page.locator('header input[type="search"]').isVisible()).toBe(true);
    await context.close();
  });
});
