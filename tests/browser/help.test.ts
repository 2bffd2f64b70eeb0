// The help pages in Chromium, with the page's clock set by the test and the browser in another
// time zone than Paris (New York), to prove the statuses follow Paris time.
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { openPageAt, openTrackedPage, sitemapPages, useBrowserAndSite } from './harness.ts';
import { builtContent, openBuiltPage } from '../helpers/built-site.ts';
import { hoursInWords, openingStatus } from '../../src/help/opening-hours.ts';
import { normalizeText as plain } from '../helpers/text.ts';

const session = useBrowserAndSite();

const openAt = (time: string, options?: { javaScriptEnabled?: boolean }) =>
  openPageAt(session, time, options);

const status = (page: Page, line: string) =>
  page.locator(`[data-helpline="${line}"] opening-status`);
const cardOrder = (page: Page) =>
  page
    .locator('helpline-list [data-helpline]')
    .evaluateAll((cards) => cards.map((card) => card.getAttribute('data-helpline')));

// What each card must say comes from the content and the opening-hours module (unit-tested on
// its own): editors may change lines and hours; the browser must follow Paris time and reorder.
const phoneLines = builtContent()
  .of('helplines')
  .filter((line) => line.data.kind === 'phone');
/** The editors' order, as the build wrote it (the order without JavaScript). */
const editorsOrder = openBuiltPage('/besoin-de-soutien/')
  .querySelectorAll('helpline-list [data-helpline]')
  .map((card) => card.getAttribute('data-helpline')!);

/** Each line's status at `instant`, and the cards' order: the 3114 first, then open lines. */
function expectedAt(instant: Date) {
  const labels = new Map(
    phoneLines.map((line) => [line.id, openingStatus(line.data.hours, instant)] as const),
  );
  const rank = (id: string) =>
    phoneLines.find((line) => line.id === id)?.data.dial === '3114'
      ? 0
      : labels.get(id)?.open
        ? 1
        : 2;
  const order = [...editorsOrder].sort(
    (a, b) => rank(a) - rank(b) || editorsOrder.indexOf(a) - editorsOrder.indexOf(b),
  );
  return { labels, order };
}

async function expectStatusesAt(page: Page, instant: Date) {
  const { labels, order } = expectedAt(instant);
  for (const [id, { label, state }] of labels) {
    await expect
      .poll(async () => plain(await status(page, id).textContent()), {
        message: id,
        timeout: 10_000,
      })
      .toBe(plain(label));
    if (state !== 'unknown') expect(await status(page, id).isVisible(), id).toBe(true);
  }
  await expect.poll(() => cardOrder(page), { timeout: 10_000 }).toEqual(order);
}

/** The first minute after `from`, within a week, when a line closes; its id and that minute. */
function nextClosing(from: Date): { id: string; at: Date } | undefined {
  for (let minute = 1; minute <= 7 * 24 * 60; minute += 1) {
    const before = new Date(from.getTime() + (minute - 1) * 60_000);
    const at = new Date(from.getTime() + minute * 60_000);
    const line = phoneLines.find(
      (l) => openingStatus(l.data.hours, before).open && !openingStatus(l.data.hours, at).open,
    );
    if (line) return { id: line.id, at };
  }
  return undefined;
}

describe('live opening status', () => {
  test('at 01:30 on a Sunday in Paris (Saturday evening in New York), every card follows Paris time', async () => {
    const instant = '2026-11-29T01:30:00+01:00';
    const { page, context, errors, externalRequests } = await openAt(instant);
    await page.goto('/besoin-de-soutien/');
    expect(await page.evaluate(() => new Date().getDay())).toBe(6);
    await expectStatusesAt(page, new Date(instant));
    expect(externalRequests()).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  const closing = nextClosing(new Date('2026-11-29T01:30:00+01:00'));
  test.runIf(closing)(
    'the status changes at closing time without a reload, and the list reorders',
    async () => {
      const start = new Date(closing!.at.getTime() - 90_000);
      const { page, context } = await openAt(start.toISOString());
      await page.goto('/besoin-de-soutien/');
      await expectStatusesAt(page, start);
      await context.clock.runFor(2 * 60_000);
      await expectStatusesAt(page, new Date(start.getTime() + 2 * 60_000));
      expect(expectedAt(start).labels.get(closing!.id)!.open).toBe(true);
      await context.close();
    },
  );

  test('across the spring change (29 March 2026), 9:00 is summer time', async () => {
    const instant = '2026-03-29T07:00:00Z';
    const { page, context } = await openAt(instant);
    await page.goto('/besoin-de-soutien/');
    await expectStatusesAt(page, new Date(instant));
    await context.close();
  });

  test('without JavaScript the hours in words remain and no stale status shows', async () => {
    const { page, context } = await openAt('2026-11-29T01:30:00+01:00', {
      javaScriptEnabled: false,
    });
    await page.goto('/besoin-de-soutien/');
    expect(await cardOrder(page)).toEqual(editorsOrder);
    for (const line of phoneLines) {
      const card = page.locator(`[data-helpline="${line.id}"]`);
      expect(plain(await card.textContent()), line.id).toContain(
        plain(hoursInWords(line.data.hours)),
      );
      // Only a status true whatever the time shows: open day and night, or hours to confirm.
      expect(await status(page, line.id).isVisible(), line.id).toBe(
        ['always', 'unconfirmed'].includes(openingStatus(line.data.hours, new Date()).state),
      );
    }
    await context.close();
  });
});

describe('orientation chatbot', () => {
  test('the path about suicidal thoughts reaches the 3114, with the 15 and the 112 at once', async () => {
    const { page, context, errors, externalRequests } = await openAt('2026-11-26T15:00:00+01:00');
    await page.goto('/besoin-de-soutien/orientation/');
    const log = page.getByRole('log');
    await expect.poll(() => log.textContent()).toContain('Comment te sens-tu');
    await page
      .getByRole('button', { name: 'Pas bien : je suis triste, à plat ou stressé·e' })
      .click();
    await page.getByRole('button', { name: 'J’ai des idées noires, je pense à mourir' }).click();
    const last = log.locator('.chat-bubble--bot').last();
    for (const dial of ['3114', '15', '112']) {
      expect(await last.locator(`a[href="tel:${dial}"]`).first().isVisible(), dial).toBe(true);
    }
    // No answers to give at the end of a path; back and restart stay available.
    expect(await page.locator('[data-answers] button').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Revenir en arrière' }).isEnabled()).toBe(true);
    expect(externalRequests()).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('works with the keyboard alone, and back and restart undo the steps', async () => {
    const { page, context } = await openAt('2026-11-26T15:00:00+01:00');
    await page.goto('/besoin-de-soutien/orientation/');
    const answers = page.locator('[data-answers] button');
    await expect.poll(() => answers.count()).toBe(8);
    // Tab until the first answer, then Enter.
    for (let i = 0; i < 40; i += 1) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.classList.contains('chat-answer')))
        break;
    }
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('Pas bien');
    await page.keyboard.press('Enter');
    // Focus moves to the first new answer: Enter again follows the path.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('stress');
    await page.keyboard.press('Enter');
    const bubbles = page.locator('[data-log] .chat-bubble');
    expect(await bubbles.count()).toBe(5);
    expect(await page.locator('[data-log] a[href="tel:0800235236"]').count()).toBe(1);
    // The end of the path has its message focused, with a visible focus ring.
    const outline = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      return el.classList.contains('chat-bubble--bot') ? getComputedStyle(el).outlineStyle : '';
    });
    expect(outline).toBe('solid');

    await page.getByRole('button', { name: 'Revenir en arrière' }).click();
    expect(await bubbles.count()).toBe(3);
    expect(await answers.count()).toBe(3);
    await page.getByRole('button', { name: 'Recommencer' }).click();
    expect(await bubbles.count()).toBe(1);
    expect(await answers.count()).toBe(8);
    expect(await page.getByRole('button', { name: 'Revenir en arrière' }).isDisabled()).toBe(true);
    await context.close();
  });

  test('without JavaScript the same tree reads as linked questions', async () => {
    const { page, context } = await openAt('2026-11-26T15:00:00+01:00', {
      javaScriptEnabled: false,
    });
    await page.goto('/besoin-de-soutien/orientation/');
    await page.getByRole('link', { name: 'J’ai envie de mourir, ou je suis en danger' }).click();
    expect(new URL(page.url()).hash).toBe('#etape-idees-suicidaires');
    const target = page.locator('#etape-idees-suicidaires');
    for (const dial of ['3114', '15', '112']) {
      expect(await target.locator(`a[href="tel:${dial}"]`).first().isVisible(), dial).toBe(true);
    }
    await context.close();
  });
});

describe('help from every page', () => {
  const pages = sitemapPages();

  test('the sitemap lists the help pages', () => {
    const paths = pages.map((p) => p.path);
    expect(paths).toContain('/besoin-de-soutien/');
    expect(paths).toContain('/besoin-de-soutien/orientation/');
  });

  test('every page of the sitemap has a visible help link in its header and the footer strip', async () => {
    const { page, context } = await openTrackedPage(session.browser, session.url);
    const missing: string[] = [];
    for (const { path } of pages) {
      await page.goto(path);
      const header = page.locator('header a[data-help-link][href="/besoin-de-soutien/"]');
      const strip = page.locator('footer a[href="tel:3114"]');
      if (!(await header.isVisible()) || !(await strip.isVisible())) missing.push(path);
    }
    expect(missing).toEqual([]);
    expect(pages.length).toBeGreaterThan(10);
    await context.close();
  }, 120_000);
});
