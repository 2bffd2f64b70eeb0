// The site's search as built (issue 19): Pagefind's index of the public pages in dist/pagefind/,
// French, the <main> of every sitemap page but the search page itself; nothing of it on the other
// pages; a plain GET form on every page; each help line's topics on its card, weighted.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  builtContent,
  builtDistDir,
  builtFile,
  openBuiltPage,
  publicHtmlFiles,
  sitemapPages,
  urlPathOf,
} from '../helpers/built-site.ts';
import { normalizeText } from '../helpers/text.ts';
import { unusedBundleFile } from '../../src/integrations/search-index.ts';
import {
  helplineAnchor,
  searchIndexFolder,
  searchParam,
  searchPath,
} from '../../src/search/search-page.ts';

const dist = builtDistDir();
const indexDir = join(dist, searchIndexFolder);
const publicFiles = publicHtmlFiles(dist);
const sitemap = sitemapPages().map(({ path }) => path);
const entry = JSON.parse(readFileSync(join(indexDir, 'pagefind-entry.json'), 'utf8')) as {
  languages: Record<string, { page_count: number }>;
};

describe('the search index', () => {
  test('is French only, and holds every sitemap page but the search page', () => {
    expect(Object.keys(entry.languages)).toEqual(['fr']);
    const indexed = publicFiles
      .filter((file) =>
        openBuiltPage(urlPathOf(dist, file), dist).querySelector('main[data-pagefind-body]'),
      )
      .map((file) => urlPathOf(dist, file));
    expect(indexed.sort()).toEqual(sitemap.filter((path) => path !== searchPath).sort());
    expect(entry.languages.fr!.page_count).toBe(indexed.length);
  });

  test('ships Pagefind’s script and WebAssembly, not its ready-made interfaces nor its worker', () => {
    expect(existsSync(join(indexDir, 'pagefind.js'))).toBe(true);
    expect(existsSync(join(indexDir, 'wasm.fr.pagefind'))).toBe(true);
    expect(readdirSync(indexDir).filter((name) => unusedBundleFile.test(name))).toEqual([]);
  });
});

describe('what search costs the other pages', () => {
  test.each(publicFiles.map((file) => urlPathOf(dist, file)).filter((path) => path !== searchPath))(
    '%s loads nothing of the search',
    (path) => {
      const html = readFileSync(builtFile(path, dist), 'utf8');
      expect(html).not.toContain(`/${searchIndexFolder}/`);
      const scripts = openBuiltPage(path, dist)
        .querySelectorAll('script[src]')
        .map((script) => readFileSync(join(dist, script.getAttribute('src')!), 'utf8'));
      for (const script of scripts) expect(script).not.toContain('site-search');
    },
  );

  test.each(publicFiles.map((file) => urlPathOf(dist, file)))(
    '%s has the search field: a plain GET form to the search page',
    (path) => {
      const form = openBuiltPage(path, dist).querySelector(`header form[action="${searchPath}"]`);
      expect(form?.getAttribute('method')).toBe('get');
      const input = form?.querySelector(`input[name="${searchParam}"]`);
      expect(input?.getAttribute('type')).toBe('search');
      const id = input?.getAttribute('id');
      expect(form?.querySelector(`label[for="${id}"]`)?.text.trim()).toBeTruthy();
    },
  );
});

describe('the search page', () => {
  const page = openBuiltPage(searchPath, dist);

  test('without JavaScript, says search needs it and links to the site map', () => {
    const note = page.querySelector('main noscript');
    expect(normalizeText(note?.text ?? '')).toContain('JavaScript');
    expect(note?.innerHTML).toContain('href="/plan-du-site/"');
  });

  test('its own form is a GET to itself, inside the results element', () => {
    const form = page.querySelector('main site-search form');
    expect(form?.getAttribute('action')).toBe(searchPath);
    expect(form?.getAttribute('method')).toBe('get');
    expect(page.querySelector('main site-search [role="status"]')).not.toBeNull();
  });
});

describe('help lines in the search', () => {
  const help = openBuiltPage('/besoin-de-soutien/', dist);
  const lines = builtContent()
    .of('helplines')
    .filter((line) => line.data.kind !== 'chatbot');

  // Without lines (an editor may remove them all), the page has no line card to find; the
  // per-line cases below then have nothing to run.
  test('the help page anchors a card for each line the content has, and none else', () => {
    const anchors = help
      .querySelectorAll(`[id^="${helplineAnchor('')}"]`)
      .map((element) => element.id)
      .sort();
    expect(anchors).toEqual(lines.map((line) => helplineAnchor(line.id)).sort());
  });

  test.each(lines.map((line) => [line.id, line] as const))(
    '%s: its card has an anchor, and its topics weighted for the search',
    (id, line) => {
      const heading = help.querySelector(`#${helplineAnchor(id)}`);
      expect(heading?.text).toContain(normalizeText(line.data.name).split(' ')[0]!);
      const topics = heading?.parentNode?.querySelector('[data-pagefind-weight]');
      if (!line.data.topics?.length) return expect(topics ?? null).toBeNull();
      const text = normalizeText(topics!.text);
      for (const topic of line.data.topics) expect(text).toContain(normalizeText(topic));
      expect(Number(topics!.getAttribute('data-pagefind-weight'))).toBeGreaterThan(1);
    },
  );
});
