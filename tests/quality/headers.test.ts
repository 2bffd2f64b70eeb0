// The production headers, as the build writes them into dist/_headers and the local server
// serves them, on every file of the built site discovered from dist itself (a new page needs
// nothing added anywhere): exactly one CSP each, the page's own hashes, the security headers, the
// right caching; unknown addresses answer with the 404 page, whose policy is in its <meta>.
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { builtDistDir } from '../helpers/built-site.ts';
import { adminHosts } from '../../cms/config/backends.ts';
import { buildBackend } from '../../cms/config/build-backend.ts';
import { serveBuiltSite } from '../browser/harness.ts';
import { startStaticServer, type StaticServer } from '../../tools/static-server.ts';
import { overlappingHeaders, siteRules } from '../../tools/netlify-rules.ts';
import {
  adminPolicy,
  filePolicy,
  pagePolicy,
  publicPolicy,
  serviceWorkerPolicy,
  uploadsPolicy,
} from '../../src/lib/security-headers.ts';
import { optInPage, serviceWorkerPath } from '../../src/offline/offline-copy.ts';
import { inlineHashes } from '../../src/integrations/security-headers.ts';
import { searchPath } from '../../src/search/search-page.ts';

const distDir = builtDistDir();
const rules = await siteRules(distDir);

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? files(path) : [path];
  });
}

/** Every output file of the build, by URL path; pages by their address (/x/ for /x/index.html). */
const outputs = files(distDir)
  .map((file) => ({ file, path: '/' + relative(distDir, file).split(sep).join('/') }))
  .filter(({ path }) => path !== '/_headers');
const address = (path: string) => path.replace(/index\.html$/, '');
const isAdmin = (path: string) => path.startsWith('/admin/');
const publicPages = outputs.filter(
  ({ path }) => path.endsWith('.html') && !isAdmin(path) && path !== '/404.html',
);
const adminPages = outputs.filter(({ path }) => path.endsWith('.html') && isAdmin(path));
const otherFiles = outputs.filter(({ path }) => !path.endsWith('.html') && !isAdmin(path));

/** Addresses that exist nowhere. One case per line. */
const unknownAddresses = [
  '/cette-page-n-existe-pas/',
  '/territoires/nulle-part/',
  '/robots.txt.bak',
  '/_astro/inconnu.js',
  '/.git/config',
  '/besoin-de-soutien/inconnu/index.html',
];

let site: StaticServer;
beforeAll(async () => {
  site = await serveBuiltSite();
});
afterAll(async () => {
  await site?.close();
});

const head = (path: string, server = site) =>
  fetch(new URL(path, server.url), { redirect: 'manual' });

function expectSecurityHeaders(headers: Headers, path: string) {
  expect(headers.get('strict-transport-security'), path).toMatch(
    /max-age=\d{8,}; includeSubDomains/,
  );
  expect(headers.get('x-content-type-options'), path).toBe('nosniff');
  expect(headers.get('x-frame-options'), path).toBe('DENY');
  expect(headers.get('referrer-policy'), path).toBe('strict-origin-when-cross-origin');
  const permissions = headers.get('permissions-policy') ?? '';
  for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'browsing-topics']) {
    expect(permissions, path).toContain(`${feature}=()`);
  }
}

const metaPolicy = (html: string) =>
  /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/
    .exec(html)?.[1]
    ?.replaceAll('&quot;', '"');

describe('headers of the served site', () => {
  test('the build found pages, files and the CMS', () => {
    expect(publicPages.length).toBeGreaterThan(5);
    expect(adminPages.length).toBeGreaterThan(0);
    expect(otherFiles.some(({ path }) => path === '/robots.txt')).toBe(true);
  });

  test.each(publicPages.map(({ path, file }) => [address(path), file]))(
    'public page %s: its own CSP with its inline hashes, once; security headers; revalidated',
    async (path, file) => {
      const response = await head(path);
      expect(response.status, path).toBe(200);
      // A second CSP from an overlapping rule would show up joined with a comma.
      const policy = response.headers.get('content-security-policy');
      expect(policy, path).toBe(pagePolicy(path, inlineHashes(readFileSync(file, 'utf8'))));
      // WebAssembly on the search page only (Pagefind reads its index there).
      expect(policy?.includes("'wasm-unsafe-eval'"), path).toBe(path === searchPath);
      // Only the page offering the offline copy may start a worker, the site's own.
      expect(policy, path).toContain(
        path === optInPage ? "worker-src 'self'" : "worker-src 'none'",
      );
      expect(policy, path).toContain("manifest-src 'self'");
      expect(metaPolicy(await response.text()), path).toBeUndefined();
      expectSecurityHeaders(response.headers, path);
      expect(response.headers.get('cache-control'), path).toBe(
        'public, max-age=0, must-revalidate',
      );
      expect(response.headers.get('x-robots-tag'), path).toBeNull();
    },
  );

  test('the offline copy’s service worker: fetches the site only, checked at every visit', async () => {
    const response = await head(serviceWorkerPath);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(response.headers.get('content-security-policy')).toBe(serviceWorkerPolicy);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expectSecurityHeaders(response.headers, serviceWorkerPath);
  });

  test.each(otherFiles.map(({ path }) => path).filter((path) => path !== serviceWorkerPath))(
    'file %s: a policy where nothing runs',
    async (path) => {
      const response = await head(path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-security-policy'), path).toBe(
        path.startsWith('/uploads/') ? uploadsPolicy : filePolicy,
      );
      expectSecurityHeaders(response.headers, path);
    },
  );

  test.each(['/404.html', ...unknownAddresses])(
    '%s: the 404 page, with the public policy in its <meta> as its only CSP',
    async (path) => {
      const response = await head(path);
      expect(response.status, path).toBe(path === '/404.html' ? 200 : 404);
      expect(response.headers.get('content-security-policy'), path).toBeNull();
      const html = await response.text();
      expect(metaPolicy(html), path).toBe(
        publicPolicy(inlineHashes(readFileSync(join(distDir, '404.html'), 'utf8')), {
          forMeta: true,
        }),
      );
      // Before any element it governs.
      expect(html.indexOf('http-equiv="Content-Security-Policy"')).toBeLessThan(
        Math.min(
          ...['<style', '<script', '<link'].map((t) => html.indexOf(t)).filter((i) => i >= 0),
        ),
      );
      expectSecurityHeaders(response.headers, path);
    },
  );

  test.each(adminPages.map(({ path }) => address(path)))(
    '%s has only the CMS CSP, is never indexed nor cached',
    async (path) => {
      const response = await head(path);
      const policy = adminPolicy(adminHosts(buildBackend()));
      expect(response.headers.get('content-security-policy')).toBe(policy);
      expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
      expect(response.headers.get('x-robots-tag')).toMatch(/noindex/);
      expect(response.headers.get('cache-control')).toBe('no-cache');
      expectSecurityHeaders(response.headers, path);
    },
  );

  test('no path gets two values of one header (two CSPs would both be enforced)', () => {
    const paths = [
      ...outputs.map(({ path }) => path),
      ...publicPages.map(({ path }) => address(path)),
      ...unknownAddresses,
    ];
    const overlaps = paths
      .map((path) => [path, overlappingHeaders(rules, path)] as const)
      .filter(([, names]) => names.length > 0);
    expect(overlaps).toEqual([]);
  });

  test('a hashed asset under /_astro/ is cached for a year, immutable', async () => {
    const asset = readdirSync(join(distDir, '_astro')).find((name) => name.endsWith('.css'));
    expect(asset).toBeDefined();
    const response = await head(`/_astro/${asset}`);
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(response.headers.get('content-type')).toMatch(/^text\/css/);
  });
});

describe('uploads', () => {
  // A copy of the site with files an attacker could get into /uploads/. One case per line.
  // prettier-ignore
  const attacks: [string, string][] = [
    ['logo.svg', '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.cookie)</script></svg>'],
    ['page.html', '<!doctype html><script>alert(1)</script>'],
    ['image.png', '<script>alert(1)</script>'],
  ];
  let copy: StaticServer;
  const root = mkdtempSync(join(tmpdir(), 'asm-uploads-'));
  beforeAll(async () => {
    cpSync(distDir, root, { recursive: true });
    mkdirSync(join(root, 'uploads'), { recursive: true });
    for (const [name, text] of attacks) writeFileSync(join(root, 'uploads', name), text);
    copy = await startStaticServer(root);
  });
  afterAll(async () => {
    await copy?.close();
    rmSync(root, { recursive: true, force: true });
  });

  test.each(attacks.map(([name]) => name))(
    '/uploads/%s is served sandboxed, without MIME sniffing',
    async (name) => {
      const response = await head(`/uploads/${name}`, copy);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-security-policy')).toBe(uploadsPolicy);
      expect(uploadsPolicy).toMatch(/default-src 'none'; sandbox/);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    },
  );
});

describe('the local server', () => {
  test('compresses text as Netlify does, and the body is the built file', async () => {
    const raw = await new Promise<{ encoding?: string; body: Buffer }>((resolve, reject) => {
      request(new URL('/', site.url), { headers: { 'accept-encoding': 'br' } }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({ encoding: response.headers['content-encoding'], body: Buffer.concat(chunks) }),
        );
      })
        .on('error', reject)
        .end();
    });
    expect(raw.encoding).toBe('br');
    expect(brotliDecompressSync(raw.body).toString()).toBe(
      readFileSync(join(distDir, 'index.html'), 'utf8'),
    );
  });
});

describe('redirects', () => {
  test('a page without its trailing slash redirects to it, keeping the query', async () => {
    const path = publicPages
      .map(({ path: p }) => address(p))
      .find((p) => p !== '/' && p.endsWith('/'))!;
    const response = await head(`${path.slice(0, -1)}?a=1`);
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe(`${path}?a=1`);
  });

  test.each(rules.redirects.filter((rule) => !rule.from.includes(':')))(
    'alias $from leads to an existing page',
    async ({ from, to, status }) => {
      const response = await head(from.replace('/*', '/'));
      expect(response.status).toBe(status);
      const location = response.headers.get('location')!;
      expect(location).toBe(to.replace(':splat', ''));
      const target = await head(location.replace(/#.*/, ''));
      expect(target.status, location).toBe(200);
      // A fragment must name an element of the target page.
      const fragment = /#(.+)$/.exec(location)?.[1];
      if (fragment) expect(await target.text(), location).toContain(`id="${fragment}"`);
    },
  );

  test('an unknown address answers 404 with the site’s 404 page', async () => {
    const response = await head('/cette-page-n-existe-pas/');
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('Aller au contenu');
  });
});

describe('built HTML that the CSP would block', () => {
  test.each(
    outputs.filter(({ path }) => path.endsWith('.html')).map(({ path, file }) => [path, file]),
  )(
    '%s has no inline event handler nor style attribute (hashes do not cover them)',
    (path, file) => {
      const html = readFileSync(file, 'utf8');
      expect(html, `${path} : gestionnaire d’événement en ligne`).not.toMatch(/\son[a-z]+="/i);
      if (!isAdmin(path)) expect(html, `${path} : attribut style`).not.toMatch(/\sstyle="/i);
    },
  );
});
