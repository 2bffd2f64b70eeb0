// What fills the dynamic segments of the site's routes (src/pages), so that a link written in
// content is checked against the values that have a page: « /territoires/lyon/ » needs a
// territory « lyon », not any entry of that name. tests/content/route-params.test.ts fails when a
// dynamic route of src/pages is missing here. Free pages (`[address]`) are matched by their
// address, in the rule itself.
import type { CollectionName } from './collections.ts';
import { newsKinds } from './schemas/news.ts';

/**
 * For each dynamic route, where each named segment takes its values: the ids of a collection's
 * entries, or a fixed set. A rest segment (`[...page]`) is Astro's pagination (nothing, then
 * 2, 3…) and is not named here. A list page shown only when it has items (a territory's news) is
 * taken to exist: the rule does not count items.
 */
export const routeParams: Readonly<
  Record<string, Readonly<Record<string, CollectionName | ReadonlySet<string>>>>
> = {
  '/actualites/[slug]/': { slug: 'news' },
  '/actualites/porteurs/[slug]/[...page]/': { slug: 'porteurs' },
  '/actualites/territoires/[slug]/[...page]/': { slug: 'territories' },
  '/actualites/type/[kind]/[...page]/': { kind: new Set(newsKinds) },
  '/agenda/[slug]/': { slug: 'events' },
  '/porteurs/[slug]/': { slug: 'porteurs' },
  '/territoires/[slug]/': { slug: 'territories' },
};
