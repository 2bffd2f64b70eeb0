// The header generator (src/lib/security-headers.ts), without a build: a new page gets its CSP
// with no one editing a list, hashes are the CSP's own, the CMS policy takes its backend's hosts.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { headersFor, overlappingHeaders, siteRules } from '../../tools/netlify-rules.ts';
import {
  adminPolicy,
  commonHeaders,
  cspHash,
  formatHeadersFile,
  headerRules,
  publicPolicy,
} from '../../src/lib/security-headers.ts';
import { searchPath } from '../../src/search/search-page.ts';
import { inlineHashes, withMetaPolicy } from '../../src/integrations/security-headers.ts';

const files = [
  { path: '/index.html' },
  { path: '/nouvelle-rubrique/index.html', hashes: { styles: ["'sha256-abc'"], scripts: [] } },
  { path: '/404.html' },
  { path: '/robots.txt' },
  { path: '/_astro/a.css' },
  { path: '/admin/index.html' },
  { path: '/uploads/logo.png' },
  { path: `${searchPath}index.html` },
];
// A backend of no real service: the policy must take whatever hosts it is given.
const cmsHosts = { connect: ['https://api.exemple.fr'], images: ['https://images.exemple.fr'] };
const generated = headerRules(files, cmsHosts);
// The rules as Netlify reads the _headers file the build would write (and no netlify.toml).
const publish = mkdtempSync(join(tmpdir(), 'asm-headers-'));
afterAll(() => rmSync(publish, { recursive: true, force: true }));
writeFileSync(join(publish, '_headers'), formatHeadersFile(generated, 'commentaire'));
const rules = await siteRules(publish, join(publish, 'netlify.toml'));
const csp = (path: string) => headersFor(rules, path)['Content-Security-Policy'];

describe('headerRules', () => {
  test('a new top-level page gets the public policy with its own hashes', () => {
    expect(csp('/nouvelle-rubrique/')).toBe(
      publicPolicy({ styles: ["'sha256-abc'"], scripts: [] }),
    );
    expect(csp('/nouvelle-rubrique/')).toContain("style-src 'self' 'sha256-abc'");
    expect(csp('/')).toBe(publicPolicy());
  });

  test('only the search page may compile WebAssembly, and no page may start a worker', () => {
    expect(csp(searchPath)).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(csp(`${searchPath}index.html`)).toContain("'wasm-unsafe-eval'");
    for (const path of ['/', '/nouvelle-rubrique/']) expect(csp(path)).not.toContain('wasm');
    for (const path of [searchPath, '/']) expect(csp(path)).toContain("worker-src 'none'");
  });

  test('the public policy never allows inline code wholesale, nor eval', () => {
    expect(publicPolicy()).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(publicPolicy()).toContain("frame-ancestors 'none'");
    expect(publicPolicy(undefined, { forMeta: true })).not.toContain('frame-ancestors');
  });

  test('no path gets two CSPs, and /admin/ only its own', () => {
    for (const path of [...files.map((f) => f.path), '/admin/', '/nouvelle-rubrique/', '/x/']) {
      expect(overlappingHeaders(rules, path), path).toEqual([]);
    }
    expect(csp('/admin/')).toBe(adminPolicy(cmsHosts));
  });

  test('unknown addresses and the 404 page get no header CSP (the page has it in <meta>)', () => {
    expect(csp('/404.html')).toBeUndefined();
    expect(csp('/inconnu/')).toBeUndefined();
  });

  test('uploads are sandboxed', () => {
    expect(csp('/uploads/logo.png')).toBe("default-src 'none'; sandbox");
    expect(csp('/uploads/autre.svg')).toBe("default-src 'none'; sandbox");
  });

  test('HSTS covers subdomains (preload left to the owners)', () => {
    expect(commonHeaders['Strict-Transport-Security']).toBe('max-age=31536000; includeSubDomains');
  });

  test('the CMS policy takes its backend’s hosts, and only them', () => {
    const policy = csp('/admin/');
    expect(policy).toMatch(/connect-src 'self' blob: https:\/\/api\.exemple\.fr;/);
    expect(policy).toMatch(/img-src [^;]* https:\/\/images\.exemple\.fr;/);
    expect(policy).not.toContain('github');
  });

  test('Netlify’s parser reads the _headers text back as the generated rules', () => {
    expect(rules.headers.map((rule) => ({ for: rule.for, values: rule.values }))).toEqual(
      generated,
    );
  });
});

describe('inline hashes', () => {
  test('are the CSP sha256 of the element’s exact text', () => {
    // SHA-256 of the empty string, base64: a fixed, known value.
    expect(cspHash('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
    const html =
      '<style>a{}</style><script>go()</script><script src="/a.js"></script><script type="application/ld+json">{}</script><script type="module">m()</script>';
    expect(inlineHashes(html)).toEqual({
      styles: [cspHash('a{}')],
      scripts: [cspHash('go()'), cspHash('m()')],
    });
  });

  test('the 404 page’s policy goes right after its charset', () => {
    const html = withMetaPolicy(
      '<head><meta charset="utf-8"><style>x</style>',
      "default-src 'self'",
    );
    expect(html).toBe(
      '<head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src \'self\'"><style>x</style>',
    );
  });
});
