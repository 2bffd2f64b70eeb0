// The HTTP headers of the site, written once. The build (src/integrations/security-headers.ts)
// turns them into dist/_headers, Netlify's format, with one rule per output path found in dist;
// the local server (tools/static-server.ts) serves that same file.
//
// Netlify sends every rule that matches a path, and two Content-Security-Policy headers are both
// enforced. So the CSP never sits on a rule that can overlap another CSP rule: `/*` carries only
// the headers every response shares, each page has an exact rule with its own CSP (with the
// hashes of its inline <style>/<script> elements), /admin/* and /uploads/* have their own, and
// /_astro/* its own. Netlify's header rules cannot exclude a path, so a `/*` CSP would also reach
// /admin/: unknown addresses are covered by the 404 page itself, which carries the public policy
// in a <meta http-equiv> element (it is the only CSP of that response, except under /uploads/,
// where the sandboxing header adds a stricter one).
import { createHash } from 'node:crypto';
import { optInPage, serviceWorkerPath } from '../offline/offline-copy.ts';
import { searchPath } from '../search/search-page.ts';

export type Headers = Record<string, string>;
export type HeaderRule = { for: string; values: Headers };

/** Every response: transport security, no MIME sniffing, no framing, discreet referrer. */
export const commonHeaders: Headers = {
  // includeSubDomains: every subdomain of the site's domain must serve HTTPS. `preload` (listing
  // the domain in browsers) is a decision for the domain's owners: see the README.
  'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': [
    'accelerometer',
    'autoplay',
    'camera',
    'display-capture',
    'encrypted-media',
    'fullscreen',
    'geolocation',
    'gyroscope',
    'magnetometer',
    'microphone',
    'midi',
    'payment',
    'picture-in-picture',
    'publickey-credentials-get',
    'screen-wake-lock',
    'sync-xhr',
    'usb',
    'xr-spatial-tracking',
    'browsing-topics',
  ]
    .map((feature) => `${feature}=()`)
    .join(', '),
};

const join = (directives: Record<string, string[]>) =>
  Object.entries(directives)
    .map(([name, values]) => [name, ...values].join(' '))
    .join('; ');

/** The hashes of a page's inline elements, as CSP sources ('sha256-…'). */
export type InlineHashes = { scripts: string[]; styles: string[] };

export const cspHash = (text: string) =>
  `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * The policy of the public pages: everything from the site itself, nothing inline except the
 * page's own elements named by their hash (never 'unsafe-inline'). `forMeta` leaves out what a
 * <meta> element cannot carry (frame-ancestors; X-Frame-Options covers framing). `wasm`: the page
 * may compile WebAssembly (the search page: Pagefind's index reader), never evaluate strings.
 */
export function publicPolicy(
  hashes: InlineHashes = { scripts: [], styles: [] },
  { forMeta = false, wasm = false, workers = false } = {},
): string {
  return join({
    'default-src': ["'self'"],
    'script-src': ["'self'", ...(wasm ? ["'wasm-unsafe-eval'"] : []), ...hashes.scripts],
    'style-src': ["'self'", ...hashes.styles],
    // data: for Leaflet's icons.
    'img-src': ["'self'", 'data:'],
    'font-src': ["'self'"],
    'connect-src': ["'self'"],
    'manifest-src': ["'self'"],
    // Only the page offering the offline copy starts a worker (the site's own /sw.js).
    'worker-src': workers ? ["'self'"] : ["'none'"],
    'frame-src': ["'none'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    ...(forMeta ? {} : { 'frame-ancestors': ["'none'"] }),
  });
}

/**
 * Hosts the CMS talks to, which depend on its backend (git-gateway, GitHub…): always the chosen
 * backend's, from `adminHosts()` in cms/config/backends.ts, never a default that could drift.
 */
export type CmsBackendHosts = { connect: string[]; images: string[] };

/**
 * The CMS's policy. Decap needs eval (ajv compiles with `new Function`) and inline styles
 * (emotion injects <style> elements); media previews use blob: and data: URLs, and Decap reads a
 * file just chosen for upload back from its blob: URL (its local backup of the draft).
 */
export function adminPolicy(hosts: CmsBackendHosts): string {
  return join({
    'default-src': ["'self'"],
    'script-src': ["'self'", "'unsafe-eval'"],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:', ...hosts.images],
    'font-src': ["'self'", 'data:'],
    'connect-src': ["'self'", 'blob:', ...hosts.connect],
    'frame-src': ["'self'"],
    'worker-src': ["'none'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
  });
}

/** Files editors upload: never run as a document (an SVG's script would run on /admin/'s origin). */
export const uploadsPolicy = "default-src 'none'; sandbox";

/** Other static files (robots.txt, images, sitemaps, scripts, styles): nothing may run in them. */
export const filePolicy = "default-src 'none'; frame-ancestors 'none'; sandbox";

/**
 * The offline copy's service worker (src/offline/service-worker.ts): its response's policy is the
 * worker's own. It fetches the site's help pages and files, and nothing else.
 */
export const serviceWorkerPolicy = "default-src 'none'; connect-src 'self'";

/** Pages that run WebAssembly: the search page only (Pagefind runs in the page, without a worker). */
export const wasmPages: readonly string[] = [searchPath];

/** A public page's policy: `page` is its URL path ("/besoin-de-soutien/"). */
export const pagePolicy = (page: string, hashes: InlineHashes): string =>
  publicPolicy(hashes, { wasm: wasmPages.includes(page), workers: page === optInPage });

const pageHeaders = (hashes: InlineHashes, page: string): Headers => ({
  'Content-Security-Policy': pagePolicy(page, hashes),
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cache-Control': 'public, max-age=0, must-revalidate',
});

/** One output file of the build: its URL path and, for HTML, the hashes of its inline elements. */
export type OutputFile = { path: string; hashes?: InlineHashes };

export const adminPrefix = '/admin/';
export const uploadsPrefix = '/uploads/';
export const assetsPrefix = '/_astro/';

/**
 * The rules of dist/_headers for the given output files. Exact rules for pages and loose files,
 * prefix rules for the folders that have their own policy. The 404 page gets no header CSP: its
 * <meta> policy covers every unknown address, and a header would make two policies.
 */
export function headerRules(files: OutputFile[], cmsHosts: CmsBackendHosts): HeaderRule[] {
  const rules: HeaderRule[] = [
    { for: '/*', values: commonHeaders },
    {
      for: `${adminPrefix}*`,
      values: {
        'Content-Security-Policy': adminPolicy(cmsHosts),
        'X-Robots-Tag': 'noindex, nofollow',
        'Cache-Control': 'no-cache',
      },
    },
    { for: `${uploadsPrefix}*`, values: { 'Content-Security-Policy': uploadsPolicy } },
    // Hashed build assets never change under the same name. (Their CSP is per file, below, so
    // that an unknown address under /_astro/ gets the 404 page's policy only.)
    { for: `${assetsPrefix}*`, values: { 'Cache-Control': 'public, max-age=31536000, immutable' } },
    {
      for: '/404.html',
      values: {
        'Cross-Origin-Opener-Policy': 'same-origin',
        'Cache-Control': 'public, max-age=0, must-revalidate',
      },
    },
  ];
  const inOwnFolder = (path: string) =>
    [adminPrefix, uploadsPrefix].some((prefix) => path.startsWith(prefix));
  for (const file of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
    if (inOwnFolder(file.path) || file.path === '/404.html') continue;
    if (file.path.endsWith('/index.html')) {
      const page = file.path.slice(0, -'index.html'.length);
      const values = pageHeaders(file.hashes ?? { scripts: [], styles: [] }, page);
      // Netlify serves a page at /x/ (and /x/index.html for old links): one exact rule each.
      rules.push({ for: page, values }, { for: file.path, values });
    } else if (file.path.endsWith('.html')) {
      rules.push({
        for: file.path,
        values: pageHeaders(file.hashes ?? { scripts: [], styles: [] }, file.path),
      });
    } else if (file.path === serviceWorkerPath) {
      // Checked for a new version at every visit of the help pages (a changed number).
      rules.push({
        for: file.path,
        values: { 'Content-Security-Policy': serviceWorkerPolicy, 'Cache-Control': 'no-cache' },
      });
    } else {
      rules.push({ for: file.path, values: { 'Content-Security-Policy': filePolicy } });
    }
  }
  return rules;
}

/** The text of a Netlify `_headers` file. */
export function formatHeadersFile(rules: HeaderRule[], comment = ''): string {
  const header = comment
    .split('\n')
    .filter(Boolean)
    .map((line) => `# ${line}\n`)
    .join('');
  return (
    header +
    rules
      .map(
        (rule) =>
          `${rule.for}\n${Object.entries(rule.values)
            .map(([name, value]) => `  ${name}: ${value}`)
            .join('\n')}\n`,
      )
      .join('\n')
  );
}
