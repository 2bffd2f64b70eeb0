// After the build: writes dist/_headers (Netlify's format) from src/lib/security-headers.ts for
// every file the build produced, with each page's CSP carrying the hashes of its inline
// <style>/<script> elements, and gives the 404 page its policy as a <meta> element (it answers
// every unknown address, which no header rule can target without also reaching /admin/).
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  cspHash,
  formatHeadersFile,
  headerRules,
  publicPolicy,
  type CmsBackendHosts,
  type InlineHashes,
  type OutputFile,
} from '../lib/security-headers.ts';

/** Types of <script> a browser runs (JSON data blocks are not run, so need no hash). */
const executable = /^(|text\/javascript|application\/javascript|module)$/i;

/** The CSP hashes of an HTML document's inline <style> and <script> elements. */
export function inlineHashes(html: string): InlineHashes {
  const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((m) =>
    cspHash(m[1]!),
  );
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter(([, attributes]) => !/\bsrc\s*=/i.test(attributes!))
    .filter(([, attributes]) =>
      executable.test(/\btype\s*=\s*"([^"]*)"/i.exec(attributes!)?.[1] ?? ''),
    )
    .map((m) => cspHash(m[2]!));
  return { styles: [...new Set(styles)], scripts: [...new Set(scripts)] };
}

/** Puts the policy in the 404 page's head, before anything it governs. */
export function withMetaPolicy(html: string, policy: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy.replaceAll('"', '&quot;')}">`;
  const charset = /<meta charset="utf-8"\s*\/?>/i;
  if (!charset.test(html)) throw new Error('404.html : <meta charset> introuvable.');
  return html.replace(charset, (tag) => `${tag}${meta}`);
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

/** Writes `_headers` for the built site in `dist`; returns the output files it covered. */
export function writeHeaders(dist: string, cmsHosts: CmsBackendHosts) {
  const files: OutputFile[] = [];
  for (const file of walk(dist)) {
    const path = '/' + relative(dist, file).split(sep).join('/');
    if (path === '/_headers' || path === '/_redirects') continue;
    if (!path.endsWith('.html')) {
      files.push({ path });
      continue;
    }
    const html = readFileSync(file, 'utf8');
    const hashes = inlineHashes(html);
    files.push({ path, hashes });
    if (path === '/404.html') {
      writeFileSync(file, withMetaPolicy(html, publicPolicy(hashes, { forMeta: true })));
    }
  }
  const text = formatHeadersFile(
    headerRules(files, cmsHosts),
    'Généré à la construction par src/integrations/security-headers.ts depuis\nsrc/lib/security-headers.ts : ne pas modifier à la main.',
  );
  writeFileSync(join(dist, '_headers'), text);
  return files;
}

/** `cmsHosts`: the chosen backend's, `adminHosts(buildBackend())` (cms/config/backends.ts). */
export default function securityHeaders(options: { cmsHosts: CmsBackendHosts }): AstroIntegration {
  return {
    name: 'security-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const files = writeHeaders(fileURLToPath(dir), options.cmsHosts);
        logger.info(`_headers écrit pour ${files.length} fichiers.`);
      },
    },
  };
}
