// The menu, the footer and the home page's texts come from the content they were built from
// (content/navigation/menu.json, content/home/accueil.json), on every page, and lead to pages.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'node-html-parser';
import { builtContent, builtDistDir, publicHtmlFiles, urlPathOf } from '../helpers/built-site.ts';
import { normalizeText } from '../helpers/text.ts';
import { accessibilityStatementPath } from '../../src/content/schemas/navigation.ts';

const dist = builtDistDir();
const content = builtContent();
const [navigation] = content.of('navigation');
const [home] = content.of('home');
const text = (value: string | undefined) => normalizeText(value ?? '');

// Every public page, not the CMS nor the e-mail templates Netlify fills.
const publicPages = publicHtmlFiles(dist).map((file) => ({
  path: urlPathOf(dist, file),
  root: parse(readFileSync(file, 'utf8')),
}));

const linksOf = (root: ReturnType<typeof parse>, navLabel: string) =>
  root
    .querySelectorAll(`nav[aria-label="${navLabel}"] a`)
    .map((a) => ({ href: a.getAttribute('href'), label: text(a.text) }));

/** Whether a link of the site leads to a built page (its anchor aside). */
const isBuiltPage = (href: string) => {
  const path = href.split('#')[0]!;
  return existsSync(join(dist, path, 'index.html')) || existsSync(join(dist, `${path}.html`));
};

describe('the menu and the footer', () => {
  test('the content holds them', () => {
    expect(navigation, 'content/navigation/menu.json').toBeDefined();
  });

  test.each(publicPages.map(({ path, root }) => [path, root] as const))(
    '%s shows the menu and the footer of the content, in their order',
    (_, root) => {
      expect(linksOf(root, 'Navigation principale')).toEqual(
        navigation!.data.menu.map(({ href, label }) => ({ href, label: text(label) })),
      );
      const footer = linksOf(root, 'Pied de page');
      expect(footer.map(({ href }) => href)).toEqual(navigation!.data.footer.map((l) => l.href));
      navigation!.data.footer.forEach(({ href, label }, index) => {
        // The statement's link also says the site's conformance, as the law asks.
        if (href === accessibilityStatementPath)
          expect(footer[index]!.label).toMatch(
            new RegExp(`^${text(label)} : (non|partiellement|totalement) conforme$`),
          );
        else expect(footer[index]!.label).toBe(text(label));
      });
    },
  );

  test('each link leads to a built page', () => {
    const hrefs = [...navigation!.data.menu, ...navigation!.data.footer].map((link) => link.href);
    expect(hrefs.filter((href) => !isBuiltPage(href))).toEqual([]);
  });
});

describe('the home page', () => {
  const root = publicPages.find(({ path }) => path === '/')!.root;
  const headings = root.querySelectorAll('h2, h3').map((h) => text(h.text));

  test('the content holds it', () => {
    expect(home, 'content/home/accueil.json').toBeDefined();
  });

  test('its presentation and buttons are the content’s', () => {
    const { intro } = home!.data;
    const hero = root.querySelector('.hero')!;
    expect(text(hero.text)).toContain(text(intro.text));
    expect(
      hero.querySelectorAll('.hero__actions a').map((a) => [a.getAttribute('href'), text(a.text)]),
    ).toEqual(intro.actions.map(({ href, label }) => [href, text(label)]));
  });

  test('its cards are the content’s, in their order', () => {
    const cards = root.querySelectorAll('.audiences > li').map((card) => ({
      title: text(card.querySelector('h3')?.text),
      link: [card.querySelector('a')?.getAttribute('href'), text(card.querySelector('a')?.text)],
    }));
    expect(cards).toEqual(
      home!.data.audiences.items.map(({ title, link }) => ({
        title: text(title),
        link: [link.href, text(link.label)],
      })),
    );
  });

  test('its section headings are the content’s', () => {
    const { audiences, figures, map, history } = home!.data;
    for (const heading of [
      audiences.title,
      figures.title,
      figures.networkTitle,
      figures.impactTitle,
      map.title,
      history.title,
    ]) {
      expect(headings).toContain(text(heading));
    }
  });

  test('every button and card leads to a built page', () => {
    const { intro, audiences } = home!.data;
    const hrefs = [...intro.actions, ...audiences.items.map((item) => item.link)].map(
      (l) => l.href,
    );
    expect(hrefs.filter((href) => !isBuiltPage(href))).toEqual([]);
  });
});
