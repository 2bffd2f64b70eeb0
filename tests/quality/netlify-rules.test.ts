// Unit tests of the netlify.toml reader used by the local server, and checks of the real file.
// (The headers themselves are generated: tests/quality/security-headers.test.ts.)
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  headersFor,
  matchPath,
  overlappingHeaders,
  parseNetlifyToml,
  redirectFor,
} from '../../tools/netlify-rules.ts';

const sample = parseNetlifyToml(`
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
  for = "/territoires/*"
  [headers.values]
    Content-Security-Policy = '''
      default-src 'self';
      img-src 'self' data:
    '''

[[redirects]]
  from = "/territoire/*"
  to = "/territoires/:splat"

[[redirects]]
  from = "/:page.html"
  to = "/:page/"
  status = 302
  force = true
`);

describe('matchPath', () => {
  test('a splat matches the rest of the path, the folder itself included', () => {
    expect(matchPath('/admin/*', '/admin/')).toEqual({ splat: '' });
    expect(matchPath('/admin/*', '/admin')).toEqual({ splat: '' });
    expect(matchPath('/admin/*', '/admin/config.yml')).toEqual({ splat: 'config.yml' });
    expect(matchPath('/admin/*', '/administration/')).toBeNull();
    expect(matchPath('/*', '/')).toEqual({ splat: '' });
  });

  test('the root pattern matches the home page only', () => {
    expect(matchPath('/', '/')).toEqual({});
    expect(matchPath('/', '/territoires/')).toBeNull();
  });

  test('a placeholder matches one segment, and a trailing slash is optional', () => {
    expect(matchPath('/:page.html', '/territoires.html')).toEqual({ page: 'territoires' });
    expect(matchPath('/:page.html', '/a/b.html')).toBeNull();
    expect(matchPath('/contact/', '/contact')).toEqual({});
    expect(matchPath('/contact', '/contact/')).toEqual({});
    expect(matchPath('/a.b', '/aXb')).toBeNull();
  });
});

describe('headersFor', () => {
  test('collects the headers of every matching rule, multi-line and list values on one line', () => {
    expect(headersFor(sample, '/territoires/lyon/')).toEqual({
      'X-Frame-Options': 'DENY',
      'Permissions-Policy': 'camera=(), microphone=()',
      'Content-Security-Policy': "default-src 'self'; img-src 'self' data:",
    });
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
      force: undefined,
    });
    expect(redirectFor(sample, '/porteurs.html')).toEqual({
      to: '/porteurs/',
      status: 302,
      force: true,
    });
    expect(redirectFor(sample, '/porteurs/')).toBeNull();
  });
});

describe('the real netlify.toml', () => {
  const source = readFileSync(new URL('../../netlify.toml', import.meta.url), 'utf8');
  const rules = parseNetlifyToml(source);

  test('sets no header: they all come from dist/_headers, so no path gets a second CSP', () => {
    expect(rules.headers).toEqual([]);
  });

  test('keeps NODE_VERSION in step with package.json', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
    const nodeVersion = /NODE_VERSION = "([^"]+)"/.exec(source)?.[1];
    expect(pkg.engines.node).toContain(`>=${nodeVersion}`);
    expect(pkg.devDependencies.node).toBe(`^${nodeVersion}`);
  });

  test('sends every redirect to a path of the site', () => {
    expect(rules.redirects.length).toBeGreaterThan(0);
    for (const rule of rules.redirects) expect(rule.to, rule.from).toMatch(/^\//);
  });
});
