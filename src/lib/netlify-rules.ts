// Reads the [[headers]] and [[redirects]] rules of netlify.toml and applies them to a path the way
// Netlify does, so that the local test server serves the site with its production headers.
import { parse } from 'smol-toml';

export type HeaderRule = { for: string; values: Record<string, string> };
export type RedirectRule = { from: string; to: string; status: number; force?: boolean };
export type NetlifyRules = { headers: HeaderRule[]; redirects: RedirectRule[] };

export function parseNetlifyToml(source: string): NetlifyRules {
  const config = parse(source) as {
    headers?: { for: string; values: Record<string, string | string[]> }[];
    redirects?: { from: string; to: string; status?: number; force?: boolean }[];
  };
  return {
    headers: (config.headers ?? []).map((rule) => ({
      for: rule.for,
      // Netlify joins multi-value headers with commas.
      values: Object.fromEntries(
        Object.entries(rule.values).map(([name, value]) => [
          name,
          Array.isArray(value) ? value.join(', ') : String(value).replace(/\s*\n\s*/g, ' ').trim(),
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

/** Netlify path patterns: `*` matches the rest of the path, `:name` matches one segment. */
export function matchPath(pattern: string, path: string): Record<string, string> | null {
  const names: string[] = [];
  const source = pattern
    .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
    .replace(/:(\w+)/g, (_, name: string) => {
      names.push(name);
      return '([^/]+)';
    })
    .replace(/\*/g, () => {
      names.push('splat');
      return '(.*)';
    });
  const match = new RegExp(`^${source}$`).exec(path);
  if (!match) return null;
  return Object.fromEntries(names.map((name, i) => [name, match[i + 1] ?? '']));
}

/** All headers that apply to a path; later rules override earlier ones for the same name. */
export function headersFor(rules: NetlifyRules, path: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const rule of rules.headers) {
    if (matchPath(rule.for, path)) Object.assign(result, rule.values);
  }
  return result;
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
