// The rules as Netlify reads them (tools/netlify-rules.ts: Netlify's own parsers and redirect
// engine), on a sample, and checks of the real netlify.toml.
// (The headers themselves are generated: tests/quality/security-headers.test.ts.)
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import {
  headersFor,
  overlappingHeaders,
  redirectFor,
  siteRules,
  type NetlifyRules,
} from '../../tools/netlify-rules.ts';

const folder = mkdtempSync(join(tmpdir(), 'asm-netlify-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** The rules Netlify reads from a netlify.toml of this text (and no _headers nor _redirects). */
async function rulesOf(toml: string): Promise<NetlifyRules> {
  const path = join(folder, `${Math.random().toString(36).slice(2)}.toml`);
  writeFileSync(path, toml);
  return siteRules(folder, path);
}

const sample = await rulesOf(`
[[headers]]
  for = "/*"
  [headers.values]
    X-Frame-Options = "DENY"
    Permissions-Policy = ["camera=()", "microphone=()"]

[[headers]]
  for = "/admin/*"
  [headers.values]
    X-Robots-Tag = "noindex"
    x-frame-options = "SAMEORIGIN"

[[headers]]
  for = "/territoires/"
  [headers.values]
    Cache-Control = '''
      public,
      max-age=0'''

[[redirects]]
  from = "/territoire/*"
  to = "/territoires/:splat"

[[redirects]]
  from = "/ancien/:page"
  to = "/:page/"
  status = 302
  force = true
`);

describe('headersFor', () => {
  test('collects the headers of every matching rule, list and multi-line values on one line', () => {
    expect(headersFor(sample, '/territoires/')).toEqual({
      'X-Frame-Options': 'DENY',
      'Permissions-Policy': 'camera=(), microphone=()',
      'Cache-Control': 'public, max-age=0',
    });
  });

  test('a splat matches the folder, with or without its slash, and what is inside', () => {
    for (const path of ['/admin/', '/admin', '/admin/config.yml']) {
      expect(headersFor(sample, path)['X-Robots-Tag'], path).toBe('noindex');
    }
    expect(headersFor(sample, '/')['X-Robots-Tag']).toBeUndefined();
  });

  test('an exact rule matches its path only, its trailing slash optional', () => {
    expect(headersFor(sample, '/territoires')['Cache-Control']).toBe('public, max-age=0');
    expect(headersFor(sample, '/territoires/lyon/')['Cache-Control']).toBeUndefined();
  });

  test('joins the values of one header set by two matching rules, as Netlify sends both', () => {
    expect(headersFor(sample, '/admin/')['X-Frame-Options']).toBe('DENY, SAMEORIGIN');
    expect(overlappingHeaders(sample, '/admin/')).toEqual(['x-frame-options']);
    expect(overlappingHeaders(sample, '/territoires/')).toEqual([]);
  });
});

describe('redirectFor', () => {
  test('fills the splat and placeholders, with 301 by default', () => {
    expect(redirectFor(sample, '/territoire/lyon/')).toEqual({
      to: '/territoires/lyon/',
      status: 301,
      force: false,
    });
    expect(redirectFor(sample, '/ancien/porteurs')).toEqual({
      to: '/porteurs/',
      status: 302,
      force: true,
    });
    expect(redirectFor(sample, '/porteurs/')).toBeNull();
  });
});

describe('a rule Netlify refuses', () => {
  test.each([
    ['a redirect without a target', '[[redirects]]\n  from = "/a/"'],
    ['a header rule without a path', '[[headers]]\n  [headers.values]\n    X-A = "b"'],
  ])('%s stops with Netlify’s message', async (_, toml) => {
    await expect(rulesOf(toml)).rejects.toThrow(/Règles Netlify refusées[\s\S]*(to|for)/);
  });
});

describe('the real netlify.toml', async () => {
  const source = readFileSync(new URL('../../netlify.toml', import.meta.url), 'utf8');
  const rules = await siteRules(folder);

  test('sets no header: they all come from dist/_headers, so no path gets a second CSP', () => {
    expect(rules.headers).toEqual([]);
  });

  test('keeps NODE_VERSION in step with package.json', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
    const nodeVersion = /NODE_VERSION = "([^"]+)"/.exec(source)?.[1];
    expect(pkg.engines.node).toContain(`>=${nodeVersion}`);
    expect(pkg.devDependencies.node).toBe(`^${nodeVersion}`);
  });

  test.each(rules.redirects)(
    '$from leads to a path of the site, every placeholder filled',
    (rule) => {
      // An address the rule is meant for: a segment for each placeholder and for the splat.
      const path = rule.from.replace(/:\w+/g, 'exemple').replace(/\*$/, 'exemple');
      const redirect = redirectFor(rules, path);
      expect(redirect?.to, path).toMatch(/^\//);
      expect(redirect?.to, path).not.toMatch(/:\w/);
    },
  );
});
