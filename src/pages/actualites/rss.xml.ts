// The news feed, linked from every page's head.
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getPublishedNews } from '../../news/queries';
import { feedItems } from '../../news/feed';
import { getSettings } from '../../content/queries';

export const GET: APIRoute = async ({ site }) => {
  const [news, settings] = await Promise.all([getPublishedNews(), getSettings()]);
  return rss({
    title: `Actualités · ${settings.siteName}`,
    description: settings.shortDescription,
    site: site!,
    items: feedItems(news),
    customData: '<language>fr-FR</language>',
  });
};
