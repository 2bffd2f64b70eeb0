// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { safeRehypePlugins } from './src/lib/markdown-safety.ts';
import { remarkUploadedImages } from './src/content/markdown-uploads.ts';
import contentGuard from './src/integrations/content-guard.ts';
import cmsDevReload from './src/integrations/cms-dev-reload.ts';
import securityHeaders from './src/integrations/security-headers.ts';
import offlineCopy from './src/integrations/offline-copy.ts';
import searchIndex from './src/integrations/search-index.ts';
import { adminHosts } from './cms/config/backends.ts';
import { buildBackend } from './cms/config/build-backend.ts';

// Netlify sets URL (and DEPLOY_PRIME_URL for previews); SITE_URL overrides both.
const site =
  process.env.SITE_URL ??
  (process.env.CONTEXT === 'production' ? process.env.URL : process.env.DEPLOY_PRIME_URL) ??
  'https://ambassadeurs-santementale.fr';

export default defineConfig({
  site,
  // Separate output and cache folders let tests and benchmarks build beside a developer's build.
  outDir: process.env.ASTRO_OUT_DIR ?? './dist',
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  // The Content-Security-Policy (dist/_headers, src/lib/security-headers.ts) allows styles and
  // scripts from the site's own files, and inline elements only by their hash (per page).
  build: { format: 'directory', inlineStylesheets: 'always' },
  // Editor-written Markdown and MDX go through one sanitiser with an explicit allowlist
  // (src/lib/markdown-safety.ts): raw HTML, event attributes and javascript: links never reach a
  // page. Code blocks stay plain (a highlighter would need inline styles, refused by the CSP).
  markdown: {
    // Images inserted from the CMS's media library go through the image pipeline too.
    processor: unified({
      remarkPlugins: [[remarkUploadedImages, fileURLToPath(new URL('.', import.meta.url))]],
      rehypePlugins: [...safeRehypePlugins],
    }),
    syntaxHighlight: false,
  },
  vite: {
    build: { assetsInlineLimit: 0 },
    // Decap's searches match letters in order anywhere (« xylophone » finds any long page): the
    // CMS uses a word search instead (cms/admin/entry-search.ts).
    resolve: {
      alias: { fuzzy: fileURLToPath(new URL('./cms/admin/entry-search.ts', import.meta.url)) },
    },
    // The CMS (/admin/) loads these lazily: optimised up front, `astro dev` serves /admin/ at once.
    optimizeDeps: {
      include: [
        'decap-cms-app',
        'netlify-identity-widget',
        'react',
        'react-dom',
        'immutable',
        'astro/zod',
      ],
    },
  },
  integrations: [
    contentGuard(),
    cmsDevReload(),
    mdx(),
    // The CMS and the form's thank-you page are not for search engines (both are noindex).
    sitemap({ filter: (page) => !page.includes('/admin/') && !page.endsWith('/merci/') }),
    // The search index (Pagefind) of the built pages, before the headers so that they cover it.
    searchIndex(),
    // The help pages' offline copy: /sw.js, from the built pages (before the headers, which
    // give it its rule).
    offlineCopy(),
    // Last, so that it sees every file of dist (sitemaps included). The admin policy lets the CMS
    // reach its chosen backend's hosts only (a wrong backend configuration stops the build here).
    securityHeaders({ cmsHosts: adminHosts(buildBackend()) }),
  ],
});
