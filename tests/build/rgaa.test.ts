// RGAA criteria checked on every public page of the built site, named by the self-audit
// (src/accessibility/rgaa-audit.json):
// - what the audit judges « non applicable » for want of such content (frames, media, tables,
//   office documents) is indeed absent: the day a page has one, the test says
//   which criteria to audit again;
// - navigation (12.1 to 12.6), headings (9.1), new windows (13.2), input purposes (11.13).
import { describe, expect, test } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { audit } from '../../src/accessibility/audit.ts';
import {
  builtDistDir,
  openBuiltPage,
  publicHtmlFiles,
  sitemapPages,
  urlPathOf,
} from '../helpers/built-site.ts';

const dist = builtDistDir();
const pages: [string, HTMLElement][] = publicHtmlFiles(dist)
  .map((file) => urlPathOf(dist, file))
  .map((path) => [path, openBuiltPage(path, dist)]);

const statusOf = (number: string) =>
  audit.criteria.find((criterion) => criterion.number === number)?.status;
const notApplicable = (numbers: string[]) =>
  numbers.every((number) => statusOf(number) === 'non applicable');

/** Pages with an element that the audit says the site does not have. */
function absent(
  name: string,
  numbers: string[],
  what: string,
  has: (root: HTMLElement) => boolean,
) {
  test.runIf(notApplicable(numbers))(name, () => {
    const found = pages.filter(([, root]) => has(root)).map(([path]) => path);
    expect(
      found,
      `${what} sur ${found.join(', ')} : l’audit (src/accessibility/rgaa-audit.json) juge les ` +
        `critères ${numbers.join(', ')} « non applicables » ; auditez-les de nouveau.`,
    ).toEqual([]);
  });
}

const officeDocument = /\.(?:pdf|docx?|odt|rtf|xlsx?|ods|csv|pptx?|odp|epub)(?:[?#]|$)/i;

/** Input purposes of WCAG 1.3.5, for fields about the visitor (HTML autocomplete tokens). */
const inputPurposes = new Set([
  'name',
  'honorific-prefix',
  'given-name',
  'additional-name',
  'family-name',
  'nickname',
  'organization-title',
  'organization',
  'street-address',
  'address-line1',
  'address-line2',
  'address-level2',
  'address-level1',
  'country-name',
  'postal-code',
  'bday',
  'sex',
  'email',
  'tel',
  'url',
  'username',
]);

describe('what the audit finds not applicable is absent', () => {
  test('the build has pages to check', () => expect(pages.length).toBeGreaterThan(0));
  absent('no page has a frame', ['2.1', '2.2'], 'Un cadre (iframe)', (root) =>
    Boolean(root.querySelector('iframe, frame, frameset')),
  );
  absent(
    'no page has audio, video or an embedded object',
    ['4.1', '4.3', '4.8', '4.10', '4.13'],
    'Un média (audio, vidéo, objet)',
    (root) => Boolean(root.querySelector('audio, video, object, embed')),
  );
  absent('no page has a table', ['5.1', '5.3', '5.6', '5.8'], 'Un tableau', (root) =>
    Boolean(root.querySelector('table, [role="table"], [role="grid"]')),
  );
  absent(
    'no page links to an office document',
    ['13.3', '13.4'],
    'Un document bureautique',
    (root) =>
      root
        .querySelectorAll('a[href]')
        .some((link) => officeDocument.test(link.getAttribute('href')!)),
  );
});

describe('navigation, structure and forms on every page', () => {
  const mainNavigation = (root: HTMLElement) =>
    root
      .querySelectorAll('header.site-header nav a')
      .map((link) => `${link.getAttribute('href')} ${link.text.trim()}`);

  test('every page has the same main navigation, at the top of its header', () => {
    const reference = mainNavigation(openBuiltPage('/', dist));
    expect(reference.length).toBeGreaterThan(1);
    const differing = pages
      .filter(([, root]) => mainNavigation(root).join('\n') !== reference.join('\n'))
      .map(([path]) => path);
    expect(differing).toEqual([]);
  });

  test('every page links to the site map from its footer', () => {
    const without = pages
      .filter(([, root]) => !root.querySelector('footer a[href="/plan-du-site/"]'))
      .map(([path]) => path);
    expect(without).toEqual([]);
  });

  test('the site map links to every page of the sitemap', () => {
    const linked = new Set(
      openBuiltPage('/plan-du-site/', dist)
        .querySelectorAll('main a[href]')
        .map((link) => link.getAttribute('href')!.split('#')[0]),
    );
    const missing = sitemapPages(dist)
      .map(({ path }) => path)
      .filter((path) => !linked.has(path));
    expect(missing).toEqual([]);
  });

  test('every page has its header, main navigation, main content and footer', () => {
    const incomplete = pages.flatMap(([path, root]) => {
      const missing = [
        ['en-tête', 'body > header'],
        ['navigation principale nommée', 'body > header nav[aria-label]'],
        ['contenu principal', 'main#contenu'],
        ['pied de page', 'body > footer'],
      ].filter(([, selector]) => !root.querySelector(selector!));
      return missing.map(([what]) => `${path} : ${what} absent`);
    });
    expect(incomplete).toEqual([]);
  });

  test('no page skips a heading level', () => {
    const skips = pages.flatMap(([path, root]) => {
      const levels = root.querySelectorAll('h1, h2, h3, h4, h5, h6').map((h) => ({
        level: Number(h.tagName[1]),
        text: h.text.trim().slice(0, 50),
      }));
      return levels
        .filter((heading, index) => index > 0 && heading.level > levels[index - 1]!.level + 1)
        .map((heading) => `${path} : h${heading.level} « ${heading.text} » sans niveau au-dessus`);
    });
    expect(skips).toEqual([]);
  });

  test('no link opens a new window', () => {
    const opening = pages.flatMap(([path, root]) =>
      root
        .querySelectorAll('a[target], area[target], form[target]')
        .filter((element) => element.getAttribute('target') !== '_self')
        .map((element) => `${path} : ${element.toString().slice(0, 100)}`),
    );
    expect(opening).toEqual([]);
  });

  test('every field asking for the visitor’s own data says its purpose (autocomplete)', () => {
    const fields = pages.flatMap(([path, root]) =>
      root
        .querySelectorAll(
          'form input[type="text"], form input[type="email"], form input[type="tel"]',
        )
        .filter((input) => !input.closest('[hidden]'))
        .map((input) => ({ path, input })),
    );
    expect(fields.length).toBeGreaterThan(0);
    const unnamed = fields
      .filter(({ input }) => !inputPurposes.has(input.getAttribute('autocomplete') ?? ''))
      .map(({ path, input }) => `${path} : champ ${input.getAttribute('name')}`);
    expect(unnamed).toEqual([]);
  });
});
