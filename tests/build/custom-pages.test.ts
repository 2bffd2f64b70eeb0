// The pages editors created (content/custom-pages/) on the built site: each at its address (not
// its file name), like the other editorial pages, in the sitemap, the plan du site and the search
// index; and no name at the top of the built site that the reserved list does not hold.
import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  builtContent,
  builtDistDir,
  builtFile,
  openBuiltPage,
  sitemapPages,
} from '../helpers/built-site.ts';
import { normalizeText as plain } from '../helpers/text.ts';
import { markdownOutline } from '../helpers/markdown.ts';
import { customPagePath, isReservedAddress } from '../../src/content/reserved-addresses.ts';
import { slugPattern } from '../../src/content/schemas/fields.ts';

const dist = builtDistDir();
const customPages = builtContent().of('customPages');
const sitemap = sitemapPages().map(({ path }) => path);
const planLinks = openBuiltPage('/plan-du-site/')
  .querySelectorAll('main a')
  .map((a) => a.getAttribute('href'));

describe('custom pages', () => {
  test('the built site’s top-level names are reserved addresses or custom pages', () => {
    const addresses = new Set(customPages.map((entry) => entry.data.address));
    // Only names an editor could type as an address can collide (_astro, _headers cannot).
    const names = readdirSync(dist).filter((name) => slugPattern.test(name));
    expect(names.length).toBeGreaterThan(0);
    expect(names.filter((name) => !isReservedAddress(name) && !addresses.has(name))).toEqual([]);
  });

  test('no page is built at a file name that is not its address', () => {
    for (const entry of customPages.filter((e) => e.id !== e.data.address)) {
      expect(existsSync(builtFile(customPagePath(entry.id), dist)), entry.file).toBe(false);
    }
  });

  describe.each(customPages.map((entry) => [customPagePath(entry.data.address), entry] as const))(
    '%s',
    (path, entry) => {
      const html = openBuiltPage(path);
      const main = html.querySelector('main')!;

      test('shows the title, the description, the headings and the links of its text', () => {
        expect(html.querySelectorAll('h1')).toHaveLength(1);
        expect(plain(main.querySelector('h1')!.text)).toBe(plain(entry.data.title));
        expect(plain(main.text)).toContain(plain(entry.data.description));
        expect(plain(html.querySelector('meta[name="description"]')?.getAttribute('content'))).toBe(
          plain(entry.data.description),
        );
        const headings = main.querySelectorAll('h2, h3, h4, h5, h6').map((h) => plain(h.text));
        const { headings: written, links } = markdownOutline(entry.body);
        for (const heading of written) expect(headings).toContain(plain(heading));
        const hrefs = main.querySelectorAll('a').map((a) => a.getAttribute('href'));
        for (const link of links) expect(hrefs).toContain(link);
      });

      test('is in the sitemap, the plan du site and the search index', () => {
        expect(sitemap).toContain(path);
        expect(planLinks).toContain(path);
        expect(main.hasAttribute('data-pagefind-body')).toBe(true);
        expect(html.querySelector('meta[name="robots"]')).toBeNull();
      });
    },
  );
});
