// The editorial pages in a real browser: the contact form works without JavaScript and explains
// its errors in French, the honeypot stays out of everyone's way, and no page scrolls sideways
// on a 375 px phone.
import { describe, expect, test } from 'vitest';
import { openTrackedPage, useBrowserAndSite } from './harness.ts';
import { builtContent } from '../helpers/built-site.ts';

const session = useBrowserAndSite();

describe('contact form without JavaScript', () => {
  test('refuses empty or malformed fields with French hints, then posts to the thank-you page', async () => {
    const tracked = await openTrackedPage(session.browser, session.url, {
      javaScriptEnabled: false,
    });
    const { page } = tracked;
    await page.goto('/franchise-sociale/');
    const form = page.locator('#contact form');
    const formName = await form.getAttribute('name');
    const nameError = form.locator('#contact-nom + .field__error');
    await expect(nameError.isVisible()).resolves.toBe(false);

    // Nothing filled: the browser keeps the person on the page and shows the hints.
    await form.getByRole('button', { name: 'Envoyer ma demande' }).click();
    expect(new URL(page.url()).pathname).toBe('/franchise-sociale/');
    await expect(nameError.isVisible()).resolves.toBe(true);
    expect(await nameError.textContent()).toContain('Indiquez votre nom');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('contact-nom');

    await form.getByLabel('Nom et prénom').fill('Camille Test');
    await form.getByLabel('Adresse e-mail').fill('pas-une-adresse');
    await form.getByLabel('Nom de la structure').fill('Structure de test');
    await form.getByLabel('Votre message').fill('Nous aimerions en savoir plus.');
    await form.getByLabel('Département concerné').selectOption('44');
    await form.getByRole('button', { name: 'Envoyer ma demande' }).click();
    expect(new URL(page.url()).pathname).toBe('/franchise-sociale/');
    const emailError = form.locator('#contact-email + .field__error');
    await expect(emailError.isVisible()).resolves.toBe(true);
    await expect(nameError.isVisible()).resolves.toBe(false);

    await form.getByLabel('Adresse e-mail').fill('camille@example.org');
    const [request] = await Promise.all([
      page.waitForRequest((r) => r.method() === 'POST'),
      form.getByRole('button', { name: 'Envoyer ma demande' }).click(),
    ]);
    await page.waitForURL('**/franchise-sociale/merci/');
    const posted = new URLSearchParams(request.postData() ?? '');
    expect(posted.get('form-name')).toBe(formName);
    expect(posted.get('email')).toBe('camille@example.org');
    expect(posted.get('departement')).toBe('44');
    expect(posted.get('demande')).toBe('devenir-porteur');
    expect(posted.get('bot-field')).toBe('');
    expect(await page.locator('h1').textContent()).toContain('Merci');
    expect(tracked.externalRequests()).toEqual([]);
    await tracked.context.close();
  });

  test('the honeypot is neither visible nor exposed to assistive technologies', async () => {
    const tracked = await openTrackedPage(session.browser, session.url);
    const { page } = tracked;
    await page.goto('/franchise-sociale/');
    await expect(page.locator('input[name="bot-field"]').isVisible()).resolves.toBe(false);
    const snapshot = await page.locator('#contact').ariaSnapshot();
    expect(snapshot).not.toContain('Ne remplissez pas');
    expect(snapshot).toContain('Nom et prénom');
    await tracked.context.close();
  });
});

const phonePages = [
  '/',
  '/le-programme/',
  '/porteurs/',
  // A porteur's page, whichever porteurs the content has.
  ...builtContent()
    .of('porteurs')
    .slice(0, 1)
    .map((porteur) => `/porteurs/${porteur.id}/`),
  '/temoignages/',
  '/franchise-sociale/',
  '/accessibilite/',
  '/mentions-legales/',
  '/confidentialite/',
  '/plan-du-site/',
  '/404.html',
];

describe('on a 375 px phone', () => {
  test('no editorial page scrolls sideways', async () => {
    const tracked = await openTrackedPage(session.browser, session.url, {
      viewport: { width: 375, height: 800 },
    });
    const overflowing: string[] = [];
    for (const path of phonePages) {
      await tracked.page.goto(path);
      const width = await tracked.page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 375) overflowing.push(`${path} (${width} px)`);
    }
    expect(overflowing).toEqual([]);
    await tracked.context.close();
  });
});
