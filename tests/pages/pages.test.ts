// Build-output checks for the editorial pages: what each page must show, read from the built HTML
// and compared with the content files themselves (never with hard-coded counts).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import {
  builtContent,
  builtDistDir,
  isEventClockScript,
  isEveryPageScript,
  openBuiltPage as page,
  sitemapPages,
} from '../helpers/built-site.ts';
import { normalizeText as plain } from '../helpers/text.ts';
import { auditConformance } from '../../src/accessibility/audit.ts';

const dist = builtDistDir();
const content = builtContent();
const porteurs = content.of('porteurs');
const territories = content.of('territories');
const testimonials = content.of('testimonials');
const milestones = content.of('milestones');
const settings = content.settings;

const editorialPages = [
  '/',
  '/le-programme/',
  '/porteurs/',
  ...porteurs.map((porteur) => `/porteurs/${porteur.id}/`),
  '/temoignages/',
  '/franchise-sociale/',
  '/franchise-sociale/merci/',
  '/accessibilite/',
  '/mentions-legales/',
  '/confidentialite/',
  '/plan-du-site/',
  '/404.html',
];

describe.each(editorialPages)('%s', (path) => {
  const html = page(path);

  test('has one h1, a title, a description and the landmarks', () => {
    expect(html.querySelectorAll('h1')).toHaveLength(1);
    expect(html.querySelector('title')?.text.trim()).toBeTruthy();
    expect(html.querySelector('meta[name="description"]')?.getAttribute('content')).toBeTruthy();
    expect(html.querySelectorAll('main')).toHaveLength(1);
    expect(html.querySelector('header')).not.toBeNull();
    expect(html.querySelector('footer')).not.toBeNull();
  });

  test('ships no script but structured data and the one every page carries (quick exit, menu)', () => {
    const scripts = html
      .querySelectorAll('script')
      .filter((script) => script.getAttribute('type') !== 'application/ld+json')
      .filter((script) => !isEveryPageScript(script))
      // Upcoming events (the home page's next ones) leave the page once over.
      .filter((script) => !(isEventClockScript(script) && html.querySelector('event-clock')));
    expect(scripts.map((script) => script.toString().slice(0, 80))).toEqual([]);
  });
});

describe('home page', () => {
  const html = page('/');

  test('derives its network figures from the content', () => {
    const figure = (key: string) =>
      html.querySelector(`[data-figure="${key}"] .figures__value`)?.text.trim();
    const buildYear = statSync(join(dist, 'index.html')).mtime.getFullYear();
    const startYear = Math.min(...milestones.map((milestone) => milestone.data.year));
    expect(figure('porteurs')).toBe(String(porteurs.length));
    expect(figure('territories')).toBe(String(territories.length));
    expect(figure('years')).toBe(String(buildYear - startYear));
  });

  test('shows every sourced impact figure with its source', () => {
    const text = plain(html.querySelector('main')!.text);
    for (const figure of settings.impactFigures) {
      expect(text).toContain(plain(figure.value));
      expect(text).toContain(plain(figure.label));
      expect(text).toContain(plain(figure.source));
    }
  });

  test('tells the history as an ordered list, one step per milestone, oldest first', () => {
    const steps = html.querySelectorAll('ol.timeline > li');
    expect(steps).toHaveLength(milestones.length);
    const years = steps.map((step) =>
      Number(step.querySelector('time')!.getAttribute('datetime')!.slice(0, 4)),
    );
    expect(years).toEqual([...years].sort((a, b) => a - b));
    const sorted = [...milestones].sort(
      (a, b) => a.data.year - b.data.year || (a.data.month ?? 0) - (b.data.month ?? 0),
    );
    expect(steps.map((step) => step.querySelector('h3')!.text.trim())).toEqual(
      sorted.map((milestone) => milestone.data.title),
    );
  });

  test('shows the featured testimonials', () => {
    const names = html.querySelectorAll('article.testimonial h3').map((h) => h.text.trim());
    const featured = testimonials.filter((t) => t.data.featured).map((t) => t.data.firstName);
    expect(names.sort()).toEqual(featured.sort());
  });

  test('leads to the help page and to the territories', () => {
    const main = html.querySelector('main')!;
    expect(main.querySelector('a[href="/besoin-de-soutien/"]')).not.toBeNull();
    const preview = main.querySelector('section#territoires-apercu');
    expect(preview?.querySelector('a[href="/territoires/"]')).not.toBeNull();
  });
});

describe('porteur pages', () => {
  test('the list links to every porteur', () => {
    const links = page('/porteurs/')
      .querySelectorAll('main a')
      .map((a) => a.getAttribute('href'));
    for (const porteur of porteurs) expect(links).toContain(`/porteurs/${porteur.id}/`);
  });

  test.each(porteurs.map((porteur) => [porteur.id, porteur] as const))(
    '%s lists its territories and its testimonials',
    (id, porteur) => {
      const html = page(`/porteurs/${id}/`);
      expect(html.querySelector('h1')!.text.trim()).toBe(porteur.data.name);
      const links = html.querySelectorAll('main a').map((a) => a.getAttribute('href'));
      const own = territories.filter((territory) => territory.data.porteur === id);
      for (const territory of own) expect(links).toContain(`/territoires/${territory.id}/`);
      // No territory of another porteur slips in.
      const territoryLinks = links.filter(
        (href) => href?.startsWith('/territoires/') && href !== '/territoires/',
      );
      expect(territoryLinks.sort()).toEqual(own.map((t) => `/territoires/${t.id}/`).sort());

      const names = html.querySelectorAll('article.testimonial h3').map((h) => h.text.trim());
      const expected = testimonials
        .filter((t) => t.data.porteur === id)
        .map((t) => t.data.firstName);
      expect(names.sort()).toEqual(expected.sort());

      const logo = html.querySelector('.porteur__logo');
      if (porteur.data.logo) expect(logo?.getAttribute('alt')).toBe(porteur.data.logoAlt);
      else expect(logo).toBeNull();
    },
  );
});

describe('testimonials page', () => {
  const html = page('/temoignages/');

  test('shows every testimonial with first name, role, organisation and place', () => {
    const cards = html.querySelectorAll('article.testimonial');
    expect(cards).toHaveLength(testimonials.length);
    const text = plain(html.querySelector('main')!.text);
    for (const { data } of testimonials) {
      for (const value of [data.firstName, data.role, data.organisation, data.place]) {
        expect(text).toContain(value);
      }
    }
  });

  test('reports speech, never quotes it', () => {
    expect(html.querySelectorAll('blockquote, q')).toHaveLength(0);
    for (const body of html.querySelectorAll('.testimonial__body')) {
      expect(body.text.trim()).not.toMatch(/^[«“"]/);
    }
  });
});

describe('franchise sociale contact form', () => {
  const html = page('/franchise-sociale/');
  const form = html.querySelector('main form')!;
  const formName = form.getAttribute('name')!;

  test('is a Netlify form with a honeypot, posted to the thank-you page', () => {
    expect(html.querySelector('#contact form')).not.toBeNull();
    expect(form.getAttribute('data-netlify')).toBe('true');
    expect(form.getAttribute('method')).toBe('post');
    expect(formName).toBeTruthy();
    expect(
      form.querySelector('input[type="hidden"][name="form-name"]')?.getAttribute('value'),
    ).toBe(formName);
    const honeypotName = form.getAttribute('netlify-honeypot')!;
    const honeypot = form.querySelector(`input[name="${honeypotName}"]`)!;
    expect(honeypot).not.toBeNull();
    // Hidden from everyone, screen readers included: inside an element with the hidden attribute.
    let hidden = false;
    for (let node: HTMLElement | null = honeypot; node; node = node.parentNode) {
      if (node.hasAttribute?.('hidden')) hidden = true;
    }
    expect(hidden).toBe(true);
    const action = form.getAttribute('action')!;
    expect(action).toBe('/franchise-sociale/merci/');
    expect(existsSync(join(dist, action, 'index.html'))).toBe(true);
    expect(page(action).querySelector('meta[name="robots"]')?.getAttribute('content')).toBe(
      'noindex',
    );
  });

  test('every visible field has a label, and the browser checks the required ones', () => {
    const fields = form
      .querySelectorAll('input, select, textarea')
      .filter(
        (field) =>
          field.getAttribute('type') !== 'hidden' &&
          field.getAttribute('name') !== form.getAttribute('netlify-honeypot'),
      );
    expect(fields.length).toBeGreaterThanOrEqual(6);
    for (const field of fields) {
      const id = field.getAttribute('id');
      expect(id, field.toString()).toBeTruthy();
      expect(form.querySelector(`label[for="${id}"]`), id!).not.toBeNull();
    }
    const field = (name: string) => form.querySelector(`[name="${name}"]`)!;
    for (const name of ['demande', 'nom', 'email', 'message']) {
      expect(field(name).hasAttribute('required'), name).toBe(true);
    }
    // A person may write on their own behalf: the structure is asked for, not required.
    for (const name of ['structure', 'telephone', 'fonction', 'departement']) {
      expect(field(name).hasAttribute('required'), name).toBe(false);
    }
    expect(field('email').getAttribute('type')).toBe('email');
    expect(field('email').getAttribute('autocomplete')).toBe('email');
    expect(field('nom').getAttribute('autocomplete')).toBe('name');
    expect(field('structure').getAttribute('autocomplete')).toBe('organization');
    expect(field('telephone').getAttribute('type')).toBe('tel');
    expect(field('telephone').getAttribute('autocomplete')).toBe('tel');
    // The département list offers every département of the site's geography.
    const options = field('departement').querySelectorAll('option');
    expect(options.length).toBe(1 + 96);
  });

  test('points to the privacy policy before sending', () => {
    expect(form.querySelector('a[href="/confidentialite/"]')).not.toBeNull();
    expect(form.querySelector('button[type="submit"]')).not.toBeNull();
  });
});

describe('legal and accessibility pages', () => {
  test('the accessibility statement follows the RGAA structure and says its computed status', () => {
    const html = page('/accessibilite/');
    const headings = html.querySelectorAll('main h2').map((h) => plain(h.text));
    for (const section of [
      'État de conformité',
      'Résultats des tests',
      'Contenus non accessibles',
      'Établissement de cette déclaration',
      'Retour d’information et contact',
      'Voies de recours',
    ]) {
      expect(headings).toContain(section);
    }
    expect(plain(html.querySelector('main')!.text)).toContain(
      `est ${auditConformance.status} avec le référentiel`,
    );
    expect(html.querySelector('main a[href="/franchise-sociale/#contact"]')).not.toBeNull();
  });

  test('the privacy page says there are no cookies and explains the form', () => {
    const text = plain(page('/confidentialite/').querySelector('main')!.text);
    expect(text).toContain('Aucun cookie');
    expect(text).toContain('Netlify Forms');
    expect(text).toContain('RGPD');
  });

  test('the legal notice names the publisher and the host', () => {
    const text = plain(page('/mentions-legales/').querySelector('main')!.text);
    expect(text).toContain('Fondation ARHM');
    expect(text).toContain('Netlify');
  });
});

describe('404 and site map', () => {
  test('the 404 page leads home, to the territories and to the help page', () => {
    const links = page('/404.html')
      .querySelectorAll('main a')
      .map((a) => a.getAttribute('href'));
    for (const href of ['/', '/territoires/', '/besoin-de-soutien/']) expect(links).toContain(href);
  });

  test('the site map links to every porteur and every territory', () => {
    const links = page('/plan-du-site/')
      .querySelectorAll('main a')
      .map((a) => a.getAttribute('href'));
    for (const porteur of porteurs) expect(links).toContain(`/porteurs/${porteur.id}/`);
    for (const territory of territories) expect(links).toContain(`/territoires/${territory.id}/`);
  });

  test('the site map links to every indexable page of sitemap.xml', () => {
    const links = new Set(
      page('/plan-du-site/')
        .querySelectorAll('main a')
        .map((a) => a.getAttribute('href')),
    );
    const indexable = sitemapPages(dist)
      .map(({ path }) => path)
      .filter((path) => !page(path).querySelector('meta[name="robots"][content*="noindex"]'));
    expect(indexable.length).toBeGreaterThan(10);
    expect(indexable.filter((path) => !links.has(path))).toEqual([]);
  });
});

test('the Open Graph image is a 1200×630 PNG', () => {
  const png = readFileSync(join(dist, 'og-image.png'));
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
});
