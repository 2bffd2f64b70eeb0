// The site built for this test run (tests/setup/build-site.ts), and the content it was built from.
// Only build-output and browser tests may import this module: a unit test that does is refused
// by the unit project with a message (see vitest.config.ts).
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { inject } from 'vitest';
import { parse, type HTMLElement } from 'node-html-parser';
import { readContent, type Content } from './content.ts';
import { sitemapPages as sitemapPagesOf } from '../../tools/sitemap.ts';

/** The built site's folder. */
export const builtDistDir = (): string => inject('distDir');

/** The content folder the site was built from (content/, or a copy under test). */
export const builtContentDir = (): string => inject('contentDir');

let content: Content | undefined;
/** The content the site was built from, read once per test file. */
export function builtContent(): Content {
  content ??= readContent(builtContentDir());
  return content;
}

import { htmlFiles } from '../../tools/html-files.ts';
export { htmlFiles };

/** The built site's public HTML files: every page but the CMS (/admin/, its e-mail templates). */
export const publicHtmlFiles = (distDir: string = builtDistDir()): string[] =>
  htmlFiles(distDir).filter((file) => relative(distDir, file).split('/')[0] !== 'admin');

/** The URL path of a built HTML file: "porteurs/solipsy/index.html" → "/porteurs/solipsy/". */
export const urlPathOf = (distDir: string, file: string): string =>
  '/' + relative(distDir, file).replace(/(^|\/)index\.html$/, '$1');

/** The built file for a URL path ("/porteurs/", "/404.html", "besoin-de-soutien"). */
export function builtFile(path: string, distDir = builtDistDir()): string {
  const clean = path.replace(/^\//, '');
  return clean.endsWith('.html') ? join(distDir, clean) : join(distDir, clean, 'index.html');
}

/** A built page, parsed; throws a clear message when the build has no such page. */
export function openBuiltPage(path: string, distDir = builtDistDir()): HTMLElement {
  const file = builtFile(path, distDir);
  if (!existsSync(file)) throw new Error(`Page absente du site construit : ${path} (${file})`);
  return parse(readFileSync(file, 'utf8'));
}

/** The pages the built sitemap lists, as { url, path } (tools/sitemap.ts). */
export const sitemapPages = (distDir: string = builtDistDir()) => sitemapPagesOf(distDir);

/** The layout's module (quick exit, small-screen menu): the one script every page carries. */
export const isEveryPageScript = (script: HTMLElement): boolean =>
  /\/BaseLayout\.[^/]*\.js$/.test(script.getAttribute('src') ?? '');

/**
 * The agenda's clock (src/news/event-clock-element.ts): the script of the pages that announce
 * events, which takes past ones off « à venir » in the browser.
 */
export const isEventClockScript = (script: HTMLElement): boolean =>
  /\/EventClock\.[^/]*\.js$/.test(script.getAttribute('src') ?? '');
