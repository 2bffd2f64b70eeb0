// The production headers and redirects, as served by the local server from netlify.toml, on the
// pages of the built site: every page gets exactly one CSP (the public one or the CMS's), the
// security headers, the right caching; the built HTML holds nothing that CSP would block.
import { readdirSync, readFileSync } from 'node:fs';
import { request } from 'node:http';
import { join, relative } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { builtDistDir, htmlFiles, sitemapPages } from '../helpers/built-site.ts';
import { serveBuiltSite } from '../browser/harness.ts';
import type { StaticServer } from '../../scripts/static-server.ts';
import { parseNetlifyToml } from '../../src/lib/netlify-rules.ts';

const distDir = builtDistDir();
const rules = parseNetlifyToml(
  readFileSync(new URL('../../netlify.toml', import.meta.url), 'utf8'),
);
const publicCsp = rules.headers.find((rule) => rule.for === '/')!.values['Content-Security-Policy'];
const adminCsp = rules.headers.find((rule) => rule.for === '/admin/*')!.values[
  'Content-Security-Policy'
];
const pagePaths = [...sitemapPages(distDir).map((page) => page.path), '/404.html'];

let site: StaticServer;
beforeAll(async () => {
  site = await serveBuiltSite();
});
afterAll(async () => {
  await site?.close();
});

const head = (path: string) => fetch(new URL(path, site.url), { redirect: 'manual' });

function expectSecurityHeaders(headers: Headers, path: string) {
  expect(headers.get('strict-transport-security'), path).toMatch(/max-age=\d{8,}/);
  expect(headers.get('x-content-type-options'), path).toBe('nosniff');
  expect(headers.get('x-frame-options'), path).toBe('DENY');
  expect(headers.get('referrer-policy'), path).toBe('strict-origin-when-cross-origin');
  const permissions = headers.get('permissions-policy') ?? '';
  for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'browsing-topics']) {
    expect(permissions, path).toContain(`${feature}=()`);
  }
}

describe('headers of the served site', () => {
  test.each(pagePaths)(
    'public page %s: one public CSP, security headers, revalidated',
    async (path) => {
      const response = await head(path);
      expect(response.status, path).toBe(200);
      // A second CSP from an overlapping rule would show up joined with a comma.
      expect(
        response.headers.get('content-security-policy'),
        `${path} : ajoutez sa section dans netlify.toml`,
      ).toBe(publicCsp);
      expectSecurityHeaders(response.headers, path);
      expect(response.headers.get('cache-control'), path).toBe(
        'public, max-age=0, must-revalidate',
      );
      expect(response.headers.get('x-robots-tag'), path).toBeNull();
    },
  );

  test('a hashed asset under /_astro/ is cached for a year, immutable', async () => {
    const asset = readdirSync(join(distDir, '_astro')).find((name) => name.endsWith('.css'));
    expect(asset).toBeDefined();
    const response = await head(`/_astro/${asset}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(response.headers.get('content-type')).toMatch(/^text\/css/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toBeNull();
  });

  test('/admin/ has only the CMS CSP, is never indexed nor cached', async () => {
    const response = await head('/admin/');
    expect(response.headers.get('content-security-policy')).toBe(adminCsp);
    expect(adminCsp).not.toBe(publicCsp);
    expect(adminCsp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(response.headers.get('x-robots-tag')).toMatch(/noindex/);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expectSecurityHeaders(response.headers, '/admin/');
  });
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
    const path = pagePaths.find((p) => p !== '/' && p.endsWith('/'))!;
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

  test('old-style .html addresses lead to the page', async () => {
    const path = pagePaths.find((p) => p !== '/' && p.split('/').length === 3)!;
    const response = await head(`${path.slice(0, -1)}.html`);
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe(path);
  });

  test('an unknown address answers 404 with the site’s 404 page', async () => {
    const response = await head('/cette-page-n-existe-pas/');
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('Aller au contenu');
  });
});

describe('built HTML that the CSP would block', () => {
  const files = htmlFiles(distDir);

  test.each(files.map((file) => relative(distDir, file)))(
    '%s has no inline script or style element',
    (file) => {
      const html = readFileSync(join(distDir, file), 'utf8');
      const inlineScripts = [...html.matchAll(/<script\b([^>]*)>/gi)]
        .map((match) => match[1]!)
        .filter((attributes) => !/\bsrc=/.test(attributes))
        .filter((attributes) => !/type="application\/(ld\+)?json"/.test(attributes));
      expect(inlineScripts, `${file} : script en ligne (le CSP 'self' le bloque)`).toEqual([]);
      expect(html, `${file} : élément <style> en ligne`).not.toMatch(/<style[\s>]/i);
      expect(html, `${file} : gestionnaire d’événement en ligne`).not.toMatch(/\son[a-z]+="/i);
    },
  );
});
