// Reads the [[headers]] and [[redirects]] rules of netlify.toml and applies them to a path the way
// Netlify does, so that the local test server serves the site with its production headers.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'smol-toml';
import { parseHeadersFile } from '../src/lib/security-headers.ts';

export type HeaderRule = { for: string; values: Record<string, string> };
export type RedirectRule = { from: string; to: string; status: number; force?: boolean };
export type NetlifyRules = { headers: HeaderRule[]; redirects: RedirectRule[] };

/**
 * The rules Netlify applies to a built site: those of netlify.toml, then the headers the build
 * wrote in its _headers file (Netlify sends every matching rule).
 */
export function siteRules(
  distDir: string,
  tomlPath = fileURLToPath(new URL('../netlify.toml', import.meta.url)),
): NetlifyRules {
  const toml = existsSync(tomlPath)
    ? parseNetlifyToml(readFileSync(tomlPath, 'utf8'))
    : { headers: [], redirects: [] };
  const headersFile = join(distDir, '_headers');
  return {
    headers: [
      ...toml.headers,
      ...(existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : []),
    ],
    redirects: toml.redirects,
  };
}

export function parseNetlifyToml(source: string): NetlifyRules {
  const config = parse(source) as {
    headers?: { for: string; values: Record<string, string | string[]> }[];
    redirects?: { from: string; to: string; status?: number; force?: boolean }[];
  };
  return {
    headers: (config.headers ?? []).map((rule) => ({
      for: rule.for,
      // Netlify joins multi-value headers with commas and multi-line strings into one line.
      values: Object.fromEntries(
        Object.entries(rule.values).map(([name, value]) => [
          name,
          Array.isArray(value)
            ? value.join(', ')
            : String(value)
                .replace(/\s*\n\s*/g, ' ')
                .trim(),
        ]),
      ),
    })),
    redirects: (config.redirects ?? []).map((rule) => ({
      from: rule.from,
      to: rule.to,
      status: rule.status ?? 301,
      force: rule.force,
    })),
  };
}

/**
 * Netlify path patterns: `*` matches the rest of the path (possibly empty), `:name` matches one
 * segment. A trailing slash is optional on both sides, as on Netlify (`/a/` matches `/a`).
 */
export function matchPath(pattern: string, path: string): Record<string, string> | null {
  const names: string[] = [];
  const trimmed = pattern.length > 1 ? pattern.replace(/\/$/, '') : pattern;
  const source = trimmed
    .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
    .replace(/:(\w+)|\/\*$|\*/g, (token: string, name: string | undefined) => {
      names.push(name ?? 'splat');
      if (name) return '([^/]+)';
      // `/news/*` also matches `/news` itself.
      return token === '*' ? '(.*)' : '(?:/(.*))?';
    });
  const optionalSlash = trimmed === '/' || trimmed.endsWith('*') ? '' : '/?';
  const match = new RegExp(`^${source}${optionalSlash}$`).exec(path);
  if (!match) return null;
  return Object.fromEntries(names.map((name, i) => [name, match[i + 1] ?? '']));
}

/**
 * All headers that apply to a path. When several rules match and set the same header, the values
 * are joined with a comma, as an HTTP client reads repeated headers: Netlify's CDN sends every
 * matching rule's value, so two Content-Security-Policy rules on one path would both be enforced.
 * The local server does the same, so that such an overlap shows up in the tests.
 */
export function headersFor(rules: NetlifyRules, path: string): Record<string, string> {
  const result: Record<string, string> = {};
  const canonical: Record<string, string> = {};
  for (const rule of rules.headers) {
    if (!matchPath(rule.for, path)) continue;
    for (const [name, value] of Object.entries(rule.values)) {
      const key = canonical[name.toLowerCase()] ?? name;
      canonical[name.toLowerCase()] = key;
      result[key] = result[key] === undefined ? value : `${result[key]}, ${value}`;
    }
  }
  return result;
}

/** Header names that more than one matching rule sets for a path (a configuration mistake). */
export function overlappingHeaders(rules: NetlifyRules, path: string): string[] {
  const seen = new Map<string, number>();
  for (const rule of rules.headers) {
    if (!matchPath(rule.for, path)) continue;
    for (const name of Object.keys(rule.values)) {
      seen.set(name.toLowerCase(), (seen.get(name.toLowerCase()) ?? 0) + 1);
    }
  }
  return [...seen].filter(([, count]) => count > 1).map(([name]) => name);
}

/** The first redirect whose pattern matches, with its placeholders filled in. */
export function redirectFor(
  rules: NetlifyRules,
  path: string,
): { to: string; status: number; force?: boolean } | null {
  for (const rule of rules.redirects) {
    const params = matchPath(rule.from, path);
    if (!params) continue;
    const to = rule.to.replace(/:(\w+)/g, (_, name: string) => params[name] ?? '');
    return { to, status: rule.status, force: rule.force };
  }
  return null;
}
