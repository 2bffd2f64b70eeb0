// The built /admin/ page: not indexed, configuration embedded at build time, and nothing of the CMS
// reachable from the public pages.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { builtContent, builtDistDir, htmlFiles } from '../helpers/built-site.ts';
import { collectionNames } from '../../src/content/collections.ts';
import { routesFromFiles } from '../../src/content/chatbot-tree.ts';
import type { CmsConfig } from '../../cms/config/config.ts';

const dist = builtDistDir();

const adminHtml = readFileSync(join(dist, 'admin', 'index.html'), 'utf8');
const scriptsOf = (html: string) =>
  [...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]!);

describe('built admin page', () => {
  test('is not indexed and carries the configuration generated at build time', () => {
    expect(adminHtml).toMatch(/<meta name="robots" content="noindex, nofollow"/);
    const json = /<script id="cms-config" type="application\/json">([\s\S]*?)<\/script>/.exec(
      adminHtml,
    )![1]!;
    const config = JSON.parse(json) as CmsConfig;
    expect(config.collections.map((c) => c.name)).toEqual(collectionNames);
    expect(config).toMatchObject({
      locale: 'fr',
      load_config_file: false,
      publish_mode: 'editorial_workflow',
    });
  });

  test('hands the CMS the site’s routes and the network’s name, and a logo that names it', () => {
    const json = /<script id="cms-admin-data" type="application\/json">([\s\S]*?)<\/script>/.exec(
      adminHtml,
    )![1]!;
    const data = JSON.parse(json) as { routes: string[]; siteName: string };
    const pagesDir = join(process.cwd(), 'src', 'pages');
    expect(data.routes).toEqual(
      routesFromFiles(readdirSync(pagesDir, { recursive: true }).map(String)),
    );
    const { settings } = builtContent();
    expect(data.siteName).toBe(settings.siteName);
    const logo = readFileSync(join(dist, 'admin', 'logo.svg'), 'utf8');
    expect(logo).toMatch(/^<svg /);
    const escaped = settings.siteName.replace(/[<>&"']/g, (c: string) => `&#${c.charCodeAt(0)};`);
    expect(logo).toContain(`<title>${escaped}</title>`);
  });

  test('links to the editors’ guide, which is built and not indexed', () => {
    expect(adminHtml).toContain('href="/admin/guide/"');
    const guide = readFileSync(join(dist, 'admin', 'guide', 'index.html'), 'utf8');
    expect(guide).toMatch(/<h1>Guide des éditeurs<\/h1>/);
    expect(guide).toMatch(/noindex/);
  });

  test('Identity e-mails link to /admin/, where the Identity widget is', () => {
    for (const [name, token] of [
      ['invitation', 'invite_token'],
      ['confirmation', 'confirmation_token'],
      ['recovery', 'recovery_token'],
      ['email-change', 'email_change_token'],
    ]) {
      const html = readFileSync(join(dist, 'admin', 'emails', `${name}.html`), 'utf8');
      expect(html, name).toContain(`href="{{ .SiteURL }}/admin/#${token}={{ .Token }}"`);
    }
  });

  test('no public page loads the CMS bundle or mentions Decap', () => {
    const cmsScripts = scriptsOf(adminHtml);
    expect(cmsScripts.length).toBeGreaterThan(0);
    const publicPages = htmlFiles(dist).filter((file) => !relative(dist, file).startsWith('admin'));
    expect(publicPages.length).toBeGreaterThan(3);
    for (const file of publicPages) {
      const html = readFileSync(file, 'utf8');
      const scripts = scriptsOf(html);
      expect(
        scripts.filter((src) => cmsScripts.includes(src)),
        relative(dist, file),
      ).toEqual([]);
      expect(html, relative(dist, file)).not.toMatch(/decap|netlify-identity|cms-config/i);
      // Scripts of public pages never import the CMS's chunks either.
      for (const src of scripts) {
        const code = readFileSync(join(dist, src), 'utf8');
        expect(code, src).not.toMatch(/decap-cms|netlifyIdentity/);
      }
    }
  });
});
