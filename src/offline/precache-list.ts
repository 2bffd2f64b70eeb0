// Which files the offline copy keeps: the offline pages and, followed from them, every file of the
// site they load (scripts and the modules these import, stylesheets, icons, the manifest and its
// icons). Derived from the built files, never listed by hand: a new component script, a renamed
// chunk or a new icon joins the copy at the next build. Links to other pages (<a href>) are not
// followed: the copy holds the offline pages and nothing else.
import { init as initModuleLexer, parse as parseModule } from 'es-module-lexer';
import { parse as parseHtml } from 'node-html-parser';

/** The built site, by URL path ("/besoin-de-soutien/" reads its index.html). */
export type BuiltFiles = {
  exists: (path: string) => boolean;
  text: (path: string) => string;
};

/** Link relations whose target a page needs to show and run (not `canonical`, not `alternate`). */
const neededLinks = new Set([
  'stylesheet',
  'icon',
  'apple-touch-icon',
  'manifest',
  'modulepreload',
  'preload',
]);

/** A stand-in origin, to resolve references and tell the site's own files from other hosts'. */
const origin = 'https://site.invalid';

function sameSitePath(reference: string, from: string): string | undefined {
  const trimmed = reference.trim();
  if (!trimmed || trimmed.startsWith('data:') || trimmed.startsWith('#')) return undefined;
  const url = new URL(trimmed, origin + from);
  return url.origin === origin ? url.pathname : undefined;
}

const srcsetUrls = (srcset: string) =>
  srcset
    .split(',')
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter(Boolean);

function moduleImports(code: string): string[] {
  const [imports] = parseModule(code);
  return imports.flatMap((entry) => (entry.n ? [entry.n] : []));
}

/** The references of one file, as written (resolved by the caller against the file's path). */
function referencesOf(path: string, text: string): string[] {
  if (path.endsWith('/') || path.endsWith('.html')) {
    const root = parseHtml(text);
    return [
      ...root.querySelectorAll('script[src]').map((script) => script.getAttribute('src')!),
      // Inline modules may import the site's chunks.
      ...root
        .querySelectorAll('script[type="module"]:not([src])')
        .flatMap((script) => moduleImports(script.text)),
      ...root
        .querySelectorAll('link[href]')
        .filter((link) =>
          (link.getAttribute('rel') ?? '')
            .toLowerCase()
            .split(/\s+/)
            .some((rel) => neededLinks.has(rel)),
        )
        .map((link) => link.getAttribute('href')!),
      ...root.querySelectorAll('img[src]').map((image) => image.getAttribute('src')!),
      ...root
        .querySelectorAll('img[srcset], source[srcset]')
        .flatMap((element) => srcsetUrls(element.getAttribute('srcset')!)),
    ];
  }
  if (path.endsWith('.js') || path.endsWith('.mjs')) return moduleImports(text);
  if (path.endsWith('.css')) {
    return [...text.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)].map((match) => match[2]!);
  }
  if (path.endsWith('.webmanifest')) {
    const manifest = JSON.parse(text) as { icons?: { src: string }[] };
    return (manifest.icons ?? []).map((icon) => icon.src);
  }
  return [];
}

/** Files whose references are followed (the others, images, are kept as they are). */
const followed = /(\/|\.html|\.m?js|\.css|\.webmanifest)$/;

/**
 * The URL paths to keep for `pages`: the pages first, in their order, then the files they need,
 * sorted. A reference to a file the build did not produce stops the build with where it is cited.
 */
export async function precacheList(pages: readonly string[], files: BuiltFiles): Promise<string[]> {
  await initModuleLexer;
  const found = new Set<string>();
  const queue: { path: string; from: string }[] = pages.map((path) => ({ path, from: path }));
  while (queue.length > 0) {
    const { path, from } = queue.shift()!;
    if (found.has(path)) continue;
    if (!files.exists(path)) {
      throw new Error(
        `Copie hors ligne : ${path} (cité par ${from}) est absent du site construit.`,
      );
    }
    found.add(path);
    if (!followed.test(path)) continue;
    for (const reference of referencesOf(path, files.text(path))) {
      const target = sameSitePath(reference, path);
      // The page's own links between offline pages are kept as pages, not followed as files.
      if (target && !found.has(target) && (!target.endsWith('/') || pages.includes(target))) {
        queue.push({ path: target, from: path });
      }
    }
  }
  const needed = [...found].filter((path) => !pages.includes(path)).sort();
  return [...pages, ...needed];
}
