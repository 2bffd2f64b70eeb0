// The rules Netlify applies to a built site — [[headers]] and [[redirects]] of netlify.toml, the
// _headers and _redirects files of the publish folder — read by Netlify's own parsers
// (@netlify/headers-parser, @netlify/redirect-parser), header paths matched with the pattern the
// headers parser gives, and redirects matched by Netlify's own redirect engine (netlify-redirector):
// the three packages netlify-cli's `netlify dev` uses. So the local server serves, and the tests
// check, what Netlify will read.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAllHeaders, type Header } from '@netlify/headers-parser';
import { parseAllRedirects } from '@netlify/redirect-parser';
import redirector, { type RedirectMatcher } from 'netlify-redirector';

/** A redirect rule as Netlify's parser gives it (the fields the tools read). */
export type RedirectRule = { from: string; to: string; status: number; force: boolean };
export type NetlifyRules = {
  headers: Header[];
  redirects: RedirectRule[];
  matcher: RedirectMatcher;
};

export const projectNetlifyToml = fileURLToPath(new URL('../netlify.toml', import.meta.url));

/**
 * The rules Netlify applies to the site built in `distDir`: those of `tomlPath` and of the
 * folder's _headers and _redirects (a missing file has none). A rule Netlify would refuse stops
 * here, with Netlify's own message.
 */
export async function siteRules(
  distDir: string,
  tomlPath = projectNetlifyToml,
): Promise<NetlifyRules> {
  const [headers, redirects] = await Promise.all([
    parseAllHeaders({
      headersFiles: [join(distDir, '_headers')],
      netlifyConfigPath: tomlPath,
      configHeaders: [],
      minimal: false,
    }),
    parseAllRedirects({
      redirectsFiles: [join(distDir, '_redirects')],
      netlifyConfigPath: tomlPath,
      configRedirects: [],
      minimal: false,
    }),
  ]);
  const errors = [...headers.errors, ...redirects.errors] as Error[];
  if (errors.length > 0) {
    throw new Error(
      `Règles Netlify refusées (${tomlPath}, ${distDir}/_headers, _redirects) :\n` +
        errors.map((error) => error.message).join('\n'),
    );
  }
  const rules = redirects.redirects as RedirectRule[];
  return {
    headers: headers.headers as Header[],
    redirects: rules,
    matcher: await redirector.parseJSON(JSON.stringify(rules), {}),
  };
}

/** The header rules whose path pattern matches `path`, as Netlify matches them. */
const matching = (rules: NetlifyRules, path: string) =>
  rules.headers.filter((rule) => rule.forRegExp.test(path));

/**
 * All headers that apply to a path. When several rules match and set the same header, the values
 * are joined with a comma, as an HTTP client reads repeated headers: Netlify's CDN sends every
 * matching rule's value, so two Content-Security-Policy rules on one path would both be enforced.
 * (Neither package combines matches: netlify-cli keeps the last one, which would hide an overlap.)
 */
export function headersFor(rules: NetlifyRules, path: string): Record<string, string> {
  const result: Record<string, string> = {};
  const canonical: Record<string, string> = {};
  for (const rule of matching(rules, path)) {
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
  for (const rule of matching(rules, path)) {
    for (const name of Object.keys(rule.values)) {
      seen.set(name.toLowerCase(), (seen.get(name.toLowerCase()) ?? 0) + 1);
    }
  }
  return [...seen].filter(([, count]) => count > 1).map(([name]) => name);
}

/** The redirect Netlify's engine applies to a path (placeholders filled in), or null. */
export function redirectFor(
  rules: NetlifyRules,
  path: string,
): { to: string; status: number; force: boolean } | null {
  let decoded = path;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    // Kept as sent, as Netlify would not decode it either.
  }
  const match = rules.matcher.match({
    scheme: 'https',
    host: 'localhost',
    path: decoded,
    query: '',
    getHeader: () => '',
    getCookie: () => '',
  });
  return match ? { to: match.to, status: match.status, force: match.force } : null;
}
