// After the build: the full-text search index of the public pages, written by Pagefind into
// dist/pagefind/ (its own script, its WebAssembly and the index chunks, all served from the
// site's origin). Pagefind reads each page's language from <html lang="fr"> (French stemming) and
// indexes only the <main> of the pages marked data-pagefind-body (src/layouts/BaseLayout.astro):
// not the CMS, nor the pages kept out of search engines. The search page loads it on demand
// (src/search/search-element.ts); no other page downloads any of it.
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { searchIndexFolder } from '../search/search-page.ts';

/**
 * Files of Pagefind's bundle the site never loads: its ready-made interfaces (the site renders
 * results itself), its highlighter, its web worker (the search page runs it in the page,
 * `noWorker`, so that no worker needs its own policy), and the reader of pages without a language
 * (every page says lang="fr").
 */
export const unusedBundleFile =
  /^pagefind-(?:ui|modular-ui|component-ui|highlight|worker)\.|^playground$|^wasm\.unknown\.pagefind$/;

/** Indexes the built site in `dist`; returns the number of pages indexed. */
export async function writeSearchIndex(dist: string): Promise<number> {
  const fail = (step: string, errors: string[]) => {
    throw new Error(`Index de recherche (Pagefind), ${step} : ${errors.join(' ; ')}`);
  };
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index || errors.length > 0) fail('création', errors);
    const added = await index!.addDirectory({ path: dist });
    if (added.errors.length > 0) fail('lecture des pages', added.errors);
    const output = join(dist, searchIndexFolder);
    const written = await index!.writeFiles({ outputPath: output });
    if (written.errors.length > 0) fail('écriture', written.errors);
    for (const name of readdirSync(output)) {
      if (unusedBundleFile.test(name)) rmSync(join(output, name), { recursive: true, force: true });
    }
    // The pages in the index (the files read include those left out: CMS, noindex pages).
    const entry = JSON.parse(readFileSync(join(output, 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
  } finally {
    await pagefind.close();
  }
}

export default function searchIndex(): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const pages = await writeSearchIndex(fileURLToPath(dir));
        logger.info(`index de recherche écrit pour ${pages} pages (${searchIndexFolder}/).`);
      },
    },
  };
}
