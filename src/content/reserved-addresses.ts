// The first segments of the site's addresses that are already taken, so that a page an editor
// creates (content/custom-pages/, or a menu entry) never hides a page, a file or a redirect of
// the site. tests/content/reserved-addresses.test.ts reads src/pages/, public/ and netlify.toml
// and fails when one of their top-level names is missing here; tests/build/custom-pages.test.ts
// does the same with every top-level name of the built site.

/** Top-level names in use, each group by where it comes from. */
export const reservedAddresses = [
  // src/pages/: the pages, their folders and the files the build writes from them.
  '404',
  'accessibilite',
  'actualites',
  'admin',
  'agenda',
  'agenda.ics',
  'besoin-de-soutien',
  'confidentialite',
  'devenir-ambassadeur',
  'faire-intervenir',
  'franchise-sociale',
  'icons',
  'index',
  'le-programme',
  'manifest.webmanifest',
  'mentions-legales',
  'plan-du-site',
  'porteurs',
  'recherche',
  'robots.txt',
  'temoignages',
  'territoires',
  // public/: copied as is.
  'favicon.svg',
  'og-image.png',
  // Written by the build's integrations: search index, service worker, sitemaps; uploads are
  // addressed as /uploads/… in the content.
  'pagefind',
  'sw.js',
  'sitemap-index.xml',
  'sitemap-0.xml',
  'uploads',
  // netlify.toml: the redirects of short addresses (a page there would silently replace them).
  'aide',
  'besoin-d-aide',
  'contact',
  'franchise',
  'porteur',
  'programme',
  'soutien',
  'temoignage',
  'territoire',
] as const;

const reserved: ReadonlySet<string> = new Set(reservedAddresses);

/** Whether `address` (a page's first segment, without slashes) is already the site's. */
export const isReservedAddress = (address: string): boolean => reserved.has(address);

const escaped = (name: string) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Accepts every value but a reserved address: a regular expression rather than a refinement, so
 * that the CMS generator turns it into a rule Decap checks next to the field, as the site does.
 */
export const notReservedPattern = new RegExp(
  `^(?!(?:${reservedAddresses.map(escaped).join('|')})$)`,
);

/** The route of the pages editors create (src/pages/[address].astro), as routesFromFiles() names it. */
export const customPageRoute = '/[address]/';

/** The site path of a page created by editors: « partenaires » → « /partenaires/ ». */
export const customPagePath = (address: string): string => `/${address}/`;
