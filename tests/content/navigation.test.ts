// The home page's texts, the menu and the footer as content: what their schemas refuse, and the
// rule that every link leads to a page of the site. No build: fixtures and small entries.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { z } from 'astro/zod';
import { navigationSchema, requiredFooterLinks } from '../../src/content/schemas/navigation.ts';
import { homeSchema } from '../../src/content/schemas/home.ts';
import { crossEntryProblems } from '../../src/content/validation/cross-entry-rules.ts';
import { ruleEntry, validPorteur, validTerritory } from './factories.ts';
import { routesFromFiles } from '../../src/content/chatbot-tree.ts';

const fixture = (path: string) =>
  JSON.parse(readFileSync(new URL(`../fixtures/content/${path}`, import.meta.url), 'utf8'));
const navigation = () => fixture('navigation/menu.json') as z.input<typeof navigationSchema>;
const home = () => fixture('home/accueil.json') as z.input<typeof homeSchema>;

/** The messages a schema gives for `data`, each with its field's dotted path. */
function refusals(schema: z.ZodType, data: unknown): string[] {
  const result = schema.safeParse(data);
  return result.success
    ? []
    : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('the menu and the footer', () => {
  test('the fixture passes', () => {
    expect(refusals(navigationSchema, navigation())).toEqual([]);
  });

  test.each(requiredFooterLinks.map(({ href }) => href))(
    'the footer link to %s cannot be removed',
    (href) => {
      const data = navigation();
      data.footer = data.footer.filter((link) => link.href !== href);
      // Enough links stay, so that only the rule on the required pages speaks.
      while (data.footer.length < requiredFooterLinks.length)
        data.footer.push({ label: 'Plan', href: `/plan-${data.footer.length}/` });
      expect(refusals(navigationSchema, data)).toEqual([
        expect.stringMatching(new RegExp(`^footer: .*\\(${href}\\).*la loi`)),
      ]);
    },
  );

  test('an empty menu, or one that no longer fits a screen, is refused', () => {
    expect(refusals(navigationSchema, { ...navigation(), menu: [] })).toEqual([
      'menu: Le menu doit garder au moins un lien.',
    ]);
    const long = Array.from({ length: 11 }, (_, index) => ({
      label: `Lien ${index}`,
      href: `/page-${index}/`,
    }));
    expect(refusals(navigationSchema, { ...navigation(), menu: long })).toEqual([
      expect.stringMatching(/^menu: Dix liens au plus/),
    ]);
  });

  test('two links to the same page in one list are refused', () => {
    const data = navigation();
    data.menu.push({ ...data.menu[0]!, label: 'Encore' });
    expect(refusals(navigationSchema, data)).toEqual([
      expect.stringMatching(/^menu: Deux liens de cette liste mènent à la même page/),
    ]);
  });

  test.each([
    ['HTML in a label', { label: '<img src=x onerror=alert(1)>', href: '/' }, 'menu.0.label'],
    ['an empty label', { label: '   ', href: '/' }, 'menu.0.label'],
    ['another site', { label: 'Ailleurs', href: 'https://exemple.fr/' }, 'menu.0.href'],
    ['a protocol-relative address', { label: 'Ailleurs', href: '//exemple.fr/' }, 'menu.0.href'],
    ['a script', { label: 'Script', href: 'javascript:alert(1)' }, 'menu.0.href'],
    ['a path going up', { label: 'Haut', href: '/../admin/' }, 'menu.0.href'],
    ['no trailing slash', { label: 'Programme', href: '/le-programme' }, 'menu.0.href'],
    ['capitals and accents', { label: 'Été', href: '/Été/' }, 'menu.0.href'],
  ])('refuses %s', (_, link, field) => {
    const data = navigation();
    data.menu[0] = link;
    expect(refusals(navigationSchema, data).map((r) => r.split(':')[0])).toContain(field);
  });
});

describe('the home page', () => {
  test('the fixture passes', () => {
    expect(refusals(homeSchema, home())).toEqual([]);
  });

  test('it keeps one button and one card at least, and no HTML in a link', () => {
    const data = home();
    data.intro.actions = [];
    data.audiences.items = [];
    expect(refusals(homeSchema, data)).toEqual([
      'intro.actions: Au moins un bouton.',
      'audiences.items: Au moins une carte.',
    ]);
    const html = home();
    html.intro.actions[0]!.label = 'Programme <b>gras</b>';
    expect(refusals(homeSchema, html)).toEqual([
      expect.stringMatching(/^intro\.actions\.0\.label: Les caractères « < » et « > »/),
    ]);
  });
});

describe('every link leads to a page of the site', () => {
  const facts = { routes: ['/', '/le-programme/', '/territoires/', '/territoires/[slug]/'] };
  const links = (...hrefs: string[]) =>
    ruleEntry('navigation', 'menu', {
      ...navigation(),
      menu: hrefs.map((href, index) => ({ label: `Lien ${index}`, href })),
    });
  const territories = [
    ruleEntry('porteurs', 'arhm', validPorteur({ name: 'ARHM' })),
    ruleEntry('territories', 'lyon', validTerritory({ name: 'Lyon', porteur: 'arhm' })),
  ];
  // The footer fixture's pages are not among these routes: only the menu's problems are read.
  const menuProblems = (entries: ReturnType<typeof ruleEntry>[]) =>
    crossEntryProblems(entries, facts).filter((problem) => problem.field?.startsWith('menu.'));

  test('a static page, an entry page and an anchor are found', () => {
    const entries = [...territories, links('/', '/le-programme/#resultats', '/territoires/lyon/')];
    expect(menuProblems(entries)).toEqual([]);
  });

  test('a missing page, or an entry that does not exist, is named with its field', () => {
    const entries = [...territories, links('/le-programme/', '/nulle-part/', '/territoires/paris/')];
    expect(menuProblems(entries)).toEqual([
      {
        file: 'content/navigation/menu.json',
        field: 'menu.1.href',
        message: 'la page « /nulle-part/ » n’existe pas sur le site.',
        severity: 'error',
      },
      {
        file: 'content/navigation/menu.json',
        field: 'menu.2.href',
        message: 'la page « /territoires/paris/ » n’existe pas sur le site.',
        severity: 'error',
      },
    ]);
  });

  test('the home page’s buttons and cards are checked too', () => {
    const data = home();
    // Every page the fixture links to exists, but the one this card now names.
    const routes = [...JSON.stringify(data).matchAll(/"href":"([^"#]*)/g)].map((m) => m[1]!);
    data.audiences.items[0]!.link.href = '/disparue/';
    const problems = crossEntryProblems([ruleEntry('home', 'accueil', data)], { routes });
    expect(problems.map((problem) => problem.field)).toEqual(['audiences.items.0.link.href']);
  });

  test('the CMS and the « page introuvable » are no pages to link to', () => {
    const pagesDir = new URL('../../src/pages/', import.meta.url);
    const routes = routesFromFiles(readdirSync(pagesDir, { recursive: true }).map(String));
    const problems = crossEntryProblems([links('/le-programme/', '/admin/', '/404/')], { routes });
    expect(problems.map((problem) => problem.field)).toEqual(['menu.1.href', 'menu.2.href']);
  });
});
