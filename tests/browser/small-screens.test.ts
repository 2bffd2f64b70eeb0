// Small screens, zoom, high contrast and text spacing, measured in Chromium:
// - a 375×667 phone sees the 3114 and every emergency number on /besoin-de-soutien/, and the
//   chatbot's first question, without scrolling;
// - at 400 % zoom (320×256 CSS pixels) and on a 320 px phone, the quick exit never covers the page;
// - in forced-colors mode, pressed and unpressed porteur filters differ, chat bubbles and the quick
//   exit keep their edges (computed styles: forced colours replace colours, not borders);
// - with WCAG 1.4.12 text spacing at 320 px, no page scrolls sideways and no text leaves its box.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { openTrackedPage, sitemapPages, useBrowserAndSite } from './harness.ts';
import { settingsSchema } from '../../src/content/schemas/settings.ts';
import { chatbotNodeSchema } from '../../src/content/schemas/chatbot.ts';
import { emergencyHref } from '../../src/help/emergency.ts';

const session = useBrowserAndSite();
/** The machine running the tests may be loaded: scripts get time to start. */
const slow = { timeout: 15_000 };
const contentDir = new URL('../../content/', import.meta.url);
const settings = settingsSchema.parse(
  JSON.parse(readFileSync(new URL('settings/site.json', contentDir), 'utf8')),
);
const startNode = readdirSync(new URL('chatbot/', contentDir))
  .map((file) =>
    chatbotNodeSchema.parse(
      JSON.parse(readFileSync(new URL(`chatbot/${file}`, contentDir), 'utf8')),
    ),
  )
  .find((node) => node.start)!;
const emergencyLinks = settings.emergencyNumbers.map(emergencyHref);

/** Whether the element is wholly inside the viewport, with the page not scrolled. */
function inFirstScreen(page: Page, selector: string) {
  return page
    .locator(selector)
    .first()
    .evaluate((element) => {
      const box = element.getBoundingClientRect();
      return (
        window.scrollY === 0 &&
        box.width > 0 &&
        box.top >= 0 &&
        box.bottom <= window.innerHeight &&
        box.left >= 0 &&
        box.right <= window.innerWidth
      );
    });
}

describe('a 375×667 phone, before any scrolling', () => {
  test('/besoin-de-soutien/: the 3114 and every emergency number', async () => {
    const { page, context } = await openTrackedPage(session.browser, session.url, {
      viewport: { width: 375, height: 667 },
      isMobile: true,
      hasTouch: true,
    });
    await page.goto('/besoin-de-soutien/');
    const hidden: string[] = [];
    for (const href of ['tel:3114', ...emergencyLinks]) {
      if (!(await inFirstScreen(page, `#urgence a[href="${href}"]`))) hidden.push(href);
    }
    expect(hidden).toEqual([]);
    await context.close();
  });

  test('/besoin-de-soutien/orientation/: the first question', async () => {
    const { page, context } = await openTrackedPage(session.browser, session.url, {
      viewport: { width: 375, height: 667 },
      isMobile: true,
      hasTouch: true,
    });
    await page.goto('/besoin-de-soutien/orientation/');
    await expect.poll(() => page.locator('[data-answers] button').count(), slow).toBeGreaterThan(0);
    const question = startNode.message
      .split(/\n\s*\n/)
      .at(-1)!
      .trim();
    const paragraph = page.locator('[data-log] .chat-bubble--bot p').last();
    expect((await paragraph.textContent())?.replace(/\s+/g, ' ')).toBe(
      question.replace(/\s+/g, ' '),
    );
    expect(await inFirstScreen(page, '[data-log] .chat-bubble--bot p:last-child')).toBe(true);

    await context.close();
  });
});

describe('the quick exit never covers the page', () => {
  test.each([
    ['400 % zoom of a 1280×1024 screen', { width: 320, height: 256 }],
    ['a 320×568 phone', { width: 320, height: 568 }],
    ['a 1280×800 screen', { width: 1280, height: 800 }],
  ])('%s: each emergency number, reached with Tab, is not under it', async (_, viewport) => {
    const { page, context } = await openTrackedPage(session.browser, session.url, { viewport });
    await page.goto('/besoin-de-soutien/');
    const covered: string[] = [];
    for (const href of ['tel:3114', ...emergencyLinks]) {
      const link = page.locator(`#urgence a[href="${href}"]`);
      // Scrolled well past, then focused as a keyboard user would reach it.
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await link.focus();
      const onTop = await link.evaluate((element) => {
        const box = element.getBoundingClientRect();
        const hit = document.elementFromPoint(box.left + box.width / 2, box.top + 2);
        return !!hit && element.contains(hit);
      });
      if (!onTop) covered.push(href);
    }
    expect(covered).toEqual([]);
    await context.close();
  });

  test('it stays in view while scrolling only where there is room', async () => {
    const position = async (viewport: { width: number; height: number }) => {
      const { page, context } = await openTrackedPage(session.browser, session.url, { viewport });
      await page.goto('/');
      const value = await page
        .locator('aside:has(quick-exit)')
        .evaluate((el) => getComputedStyle(el).position);
      await context.close();
      return value;
    };
    expect(await position({ width: 320, height: 256 })).toBe('static');
    expect(await position({ width: 375, height: 667 })).toBe('static');
    expect(await position({ width: 1280, height: 800 })).toBe('sticky');
  });
});

describe('forced colors (Windows high contrast)', () => {
  async function openForced(path: string) {
    const tracked = await openTrackedPage(session.browser, session.url, { forcedColors: 'active' });
    await tracked.page.goto(path);
    return tracked;
  }
  const edges = (page: Page, selector: string) =>
    page.locator(selector).evaluateAll((elements) =>
      elements.map((element) => {
        const style = getComputedStyle(element);
        return {
          style: style.borderTopStyle,
          width: parseFloat(style.borderTopWidth),
          colour: style.borderTopColor,
          background: style.backgroundColor,
        };
      }),
    );

  test('pressed and unpressed porteur filters differ by more than colour', async () => {
    const { page, context } = await openForced('/territoires/');
    const buttons = page.locator('porteur-filter button[data-porteur]');
    await expect.poll(() => buttons.count(), slow).toBeGreaterThan(1);
    await expect
      .poll(() => page.evaluate(() => !!customElements.get('porteur-filter')), slow)
      .toBe(true);
    await buttons.first().click();
    await expect.poll(() => buttons.first().getAttribute('aria-pressed'), slow).toBe('true');
    const [pressed] = await edges(page, 'porteur-filter button[aria-pressed="true"]');
    const [unpressed] = await edges(page, 'porteur-filter button[aria-pressed="false"]');
    expect(pressed!.style !== unpressed!.style || pressed!.width !== unpressed!.width).toBe(true);
    expect(pressed!.background).not.toBe(unpressed!.background);
    await context.close();
  });

  test('chat bubbles and the quick exit keep visible edges', async () => {
    const { page, context } = await openForced('/besoin-de-soutien/orientation/');
    await expect.poll(() => page.locator('[data-answers] button').count(), slow).toBeGreaterThan(0);
    await page.locator('[data-answers] button').first().click();
    const bubbles = await edges(page, '.chat-bubble');
    expect(bubbles.length).toBeGreaterThanOrEqual(3);
    const exit = await edges(page, 'a[data-quick-exit]');
    for (const edge of [...bubbles, ...exit]) {
      expect(edge.style).not.toBe('none');
      expect(edge.width).toBeGreaterThan(0);
      expect(edge.colour).not.toBe('rgba(0, 0, 0, 0)');
    }
    await context.close();
  });
});

describe('text spacing (WCAG 1.4.12) at 320 px', () => {
  const spacing = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important;
    word-spacing: 0.16em !important; } p { margin-block-end: 2em !important; }`;

  test('no page scrolls sideways, no text leaves its box', async () => {
    const { page, context } = await openTrackedPage(session.browser, session.url, {
      viewport: { width: 320, height: 640 },
    });
    const problems: string[] = [];
    for (const { path } of sitemapPages(inject('distDir'))) {
      await page.goto(path);
      // A constructed style sheet: the page's CSP (rightly) refuses an inline <style>.
      await page.evaluate((css) => {
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(css);
        document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
      }, spacing);
      const found = await page.evaluate(() => {
        const out: string[] = [];
        const root = document.scrollingElement!;
        if (root.scrollWidth > root.clientWidth + 1) {
          out.push(`la page défile en largeur (${root.scrollWidth} px pour ${root.clientWidth})`);
        }
        for (const element of document.querySelectorAll<HTMLElement>('body *')) {
          if (element.closest('.leaflet-container, svg, .visually-hidden, script, style')) continue;
          const style = getComputedStyle(element);
          if (style.display.startsWith('inline') || style.display === 'none') continue;
          if (style.overflowX !== 'visible') continue;
          if (element.clientWidth > 0 && element.scrollWidth > element.clientWidth + 1) {
            const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
            out.push(`<${element.localName} class="${element.className}"> « ${text} »`);
          }
        }
        return out;
      });
      problems.push(...found.map((problem) => `${path} : ${problem}`));
    }
    expect(problems).toEqual([]);
    await context.close();
  }, 180_000);
});
