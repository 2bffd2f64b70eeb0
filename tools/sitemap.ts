// The pages a built site's sitemap lists: what the tests crawl and the benchmark measures.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The pages the sitemap of the site built in `distDir` lists, as { url, path }: the absolute URL
 * and the path to request from a local server. Reads sitemap-index.xml and the sitemaps it names.
 */
export function sitemapPages(distDir: string): { url: string; path: string }[] {
  const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!.trim());
  const index = join(distDir, 'sitemap-index.xml');
  const files = existsSync(index)
    ? locs(readFileSync(index, 'utf8')).map((url) => join(distDir, new URL(url).pathname))
    : [join(distDir, 'sitemap-0.xml')];
  return files
    .flatMap((file) => locs(readFileSync(file, 'utf8')))
    .map((url) => ({ url, path: new URL(url).pathname }));
}
