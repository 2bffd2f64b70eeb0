import { describe, expect, test } from 'vitest';
import { openTrackedPage, useBrowserAndSite } from './harness.ts';
import { builtContent } from '../helpers/built-site.ts';

const session = useBrowserAndSite();

describe('home page in a real browser', () => {
  test('shows the site name as its only heading of level 1 and requests nothing external', async () => {
    const tracked = await openTrackedPage(session.browser, session.url);
    await tracked.page.goto('/');
    const headings = await tracked.page.locator('h1').allTextContents();
    expect(headings).toEqual([builtContent().settings.siteName]);
    expect(tracked.externalRequests()).toEqual([]);
    expect(tracked.errors).toEqual([]);
    await tracked.context.close();
  });

  test('the first Tab reaches the skip link', async () => {
    const tracked = await openTrackedPage(session.browser, session.url);
    await tracked.page.goto('/');
    await tracked.page.keyboard.press('Tab');
    const focused = await tracked.page.evaluate(() => document.activeElement?.textContent?.trim());
    expect(focused).toBe('Aller au contenu');
    await tracked.context.close();
  });
});
