// Checks on the built site (built once by tests/setup/build-site.ts) against the content it came from.
import { describe, expect, test } from 'vitest';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import {
  builtContent,
  builtDistDir,
  htmlFiles,
  isEventClockScript,
  isEveryPageScript,
  openBuiltPage,
  urlPathOf,
} from '../helpers/built-site.ts';
import { normalizeText } from '../helpers/text.ts';
import { firstYear, yearsSince } from '../../src/content/derived-figures.ts';
import { searchPath } from '../../src/search/search-page.ts';

const dist = builtDistDir();
const { entries, counts } = builtContent();
const site = 'https://ambassadeurs-santementale.fr';

/** Built HTML pages by URL path ("/porteurs/solipsy/"). */
// Identity's e-mail templates (/admin/emails/) are HTML files for Netlify to fill, not pages.
const pages = new Map<string, HTMLElement>(
  htmlFiles(dist)
    .filter((file) => !file.includes('/admin/emails/'))
    .map((file) => [urlPathOf(dist, file), parse(readFileSync(file, 'utf8'))]),
);
const page = (path: string): HTMLElement => pages.get(path) ?? openBuiltPage(path);

/** Pages that search engines should not list. */
const isUnlisted = (path: string, root: HTMLElement) =>
  path === '/404.html' ||
  path.startsWith('/admin/') ||
  root.querySelector('meta[name="robots"]')?.getAttribute('content')?.includes('noindex') === true;

/** Pages allowed to ship JavaScript: the interactive map, the live help page, the CMS. */
const mayShipScripts = (path: string) =>
  path === '/territoires/' ||
  path === searchPath ||
  path.startsWith('/besoin-de-soutien/') ||
  path.startsWith('/admin/');

describe('every content entry has its page', () => {
  test.each(entries.filter((e) => e.collection === 'porteurs').map((e) => [e.id, e]))(
    'porteur %s',
    (id, entry) => {
      expect(page(`/porteurs/${id}/`).querySelector('h1')?.text).toContain(String(entry.data.name));
    },
  );

  test.each(entries.filter((e) => e.collection === 'territories').map((e) => [e.id, e]))(
    'territory %s',
    (id, entry) => {
      expect(page(`/territoires/${id}/`).querySelector('h1')?.text).toContain(
        String(entry.data.name),
      );
    },
  );

  test.each(entries.filter((e) => e.collection === 'pages').map((e) => [e.id, e]))(
    'editorial page %s',
    (id, entry) => {
      expect(page(`/${id}/`).querySelector('h1')?.text.trim()).toBe(String(entry.data.title));
    },
  );

  test('each testimonial is on the testimonials page', () => {
    const text = page('/temoignages/').text;
    for (const entry of entries.filter((e) => e.collection === 'testimonials')) {
      expect(text).toContain(String(entry.data.firstName));
    }
  });

  test('each help line is on the help page with a tel: link', () => {
    const help = page('/besoin-de-soutien/');
    for (const entry of entries.filter((e) => e.collection === 'helplines' && e.data.dial)) {
      expect(
        help.querySelector(`a[href="tel:${String(entry.data.dial)}"]`),
        entry.file,
      ).not.toBeNull();
    }
  });

  test('the other public pages exist', () => {
    for (const path of ['/', '/territoires/', '/porteurs/', '/temoignages/', '/404.html']) {
      expect(pages.has(path), path).toBe(true);
    }
  });
});

describe('the home page', () => {
  const home = () => page('/');
  const figure = (key: string) =>
    home().querySelector(`[data-figure="${key}"] .figures__value`)?.text.trim();

  test('shows the numbers of porteurs and territories the content holds', () => {
    expect(figure('porteurs')).toBe(String(counts.porteurs));
    expect(figure('territories')).toBe(String(counts.territories));
  });

  test('shows the years since the earliest milestone', () => {
    const start = firstYear(
      entries.filter((e) => e.collection === 'milestones').map((e) => Number(e.data.year)),
    );
    const built = statSync(join(dist, 'index.html')).mtime;
    expect(figure('years')).toBe(String(yearsSince(start, built)));
  });

  test('shows the sourced impact figures with their source', () => {
    const settings = entries.find((e) => e.collection === 'settings')!.data as {
      impactFigures: { value: string; source: string }[];
    };
    // French typography puts no-break spaces in figures (3 000, 78 %): compare with plain spaces.
    const text = normalizeText(home().text);
    for (const impact of settings.impactFigures) {
      expect(text).toContain(normalizeText(impact.value));
      expect(text).toContain(normalizeText(impact.source));
    }
  });

  test('shows every milestone of the history', () => {
    const text = home().text;
    for (const entry of entries.filter((e) => e.collection === 'milestones')) {
      expect(text).toContain(String(entry.data.title));
    }
  });
});

describe('links and assets', () => {
  /** Resolves a site path to a built file, the way a static host does. */
  const resolves = (path: string) => {
    const clean = decodeURI(path.split(/[?#]/)[0]!);
    const file = join(dist, clean);
    return (existsSync(file) && statSync(file).isFile()) || existsSync(join(file, 'index.html'));
  };

  test('every internal link and asset of every page resolves', () => {
    const broken: string[] = [];
    for (const [path, root] of pages) {
      for (const element of root.querySelectorAll('[href], [src], [srcset], form[action]')) {
        const values = [
          element.getAttribute('href'),
          element.getAttribute('src'),
          element.getAttribute('action'),
          ...(element
            .getAttribute('srcset')
            ?.split(',')
            .map((s) => s.trim().split(' ')[0]) ?? []),
        ];
        for (const value of values) {
          if (!value || (/^(?:[a-z]+:|#|\/\/)/i.test(value) && !value.startsWith(site))) continue;
          const target = value.startsWith(site) ? value.slice(site.length) || '/' : value;
          const absolute = new URL(target, `http://local${path}`).pathname;
          if (!resolves(absolute)) broken.push(`${path} → ${value}`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  test('the sitemap lists every public page, and only existing pages', () => {
    const sitemap = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8');
    const listed = new Set(
      [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname),
    );
    const expected = [...pages].filter(([path, root]) => !isUnlisted(path, root)).map(([p]) => p);
    expect([...listed].sort()).toEqual(expected.sort());
  });
});

describe('every page', () => {
  test.each([...pages.keys()].filter((p) => !p.startsWith('/admin/')))('%s is complete', (path) => {
    const root = page(path);
    expect(root.querySelector('html')?.getAttribute('lang')).toBe('fr');
    expect(root.querySelectorAll('h1')).toHaveLength(1);
    expect(root.querySelector('title')?.text.trim()).not.toBe('');
    expect(root.querySelector('meta[name="description"]')?.getAttribute('content')).toBeTruthy();
    // Unlisted pages (404, thank-you page) have no canonical address to point to.
    if (!isUnlisted(path, root)) {
      expect(root.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(
        `${site}${path}`,
      );
    }
    expect(root.querySelector('meta[property="og:title"]')).not.toBeNull();
    expect(root.querySelector('main#contenu')).not.toBeNull();
    expect(root.querySelector('a.skip-link')?.getAttribute('href')).toBe('#contenu');
    expect(root.querySelector('a[data-help-link]')?.getAttribute('href')).toBe(
      '/besoin-de-soutien/',
    );
    for (const block of root.querySelectorAll('script[type="application/ld+json"]')) {
      expect(() => JSON.parse(block.text)).not.toThrow();
    }
  });

  // Every page but the home page, the error page and the CMS sits in a trail from the home page.
  const trailed = [...pages.keys()].filter((p) => !['/', '/404.html', '/admin/'].includes(p));
  test.each(trailed)(
    '%s ends its breadcrumb trail on itself, as its structured data says',
    (path) => {
      const root = page(path);
      const links = root.querySelectorAll('nav.breadcrumbs a');
      expect(links[0]?.getAttribute('href')).toBe('/');
      const last = links.at(-1);
      expect(last?.getAttribute('href')).toBe(path);
      expect(last?.getAttribute('aria-current')).toBe('page');
      expect(root.querySelectorAll('nav.breadcrumbs [aria-current]')).toHaveLength(1);
      const list = root
        .querySelectorAll('script[type="application/ld+json"]')
        .map((block) => JSON.parse(block.text) as { '@type'?: string })
        .find((data) => data['@type'] === 'BreadcrumbList') as
        { itemListElement: { name: string; item: string }[] } | undefined;
      expect(list?.itemListElement.map(({ name, item }) => [normalizeText(name), item])).toEqual(
        links.map((link) => [normalizeText(link.text), `${site}${link.getAttribute('href')}`]),
      );
    },
  );

  test('pages without interactive parts ship no script but the one every page carries (quick exit, menu)', () => {
    const withScripts = [...pages]
      .filter(([path]) => !mayShipScripts(path))
      .filter(([, root]) =>
        root.querySelectorAll('script').some(
          (s) =>
            !['application/ld+json', 'application/json'].includes(s.getAttribute('type') ?? '') &&
            !isEveryPageScript(s) &&
            // Past events leave the « upcoming » lists in the browser.
            !(isEventClockScript(s) && root.querySelector('event-clock')),
        ),
      )
      .map(([path]) => path);
    expect(withScripts).toEqual([]);
  });
});
