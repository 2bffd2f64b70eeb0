// One feed per kind of news that has items (« Dans la presse », « Recrutement »…).
import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getPublishedNews } from '../../../../news/queries';
import { feedItems } from '../../../../news/feed';
import { getSettings } from '../../../../content/queries';
import { newsKinds, newsKindLabels, type NewsKind } from '../../../../content/schemas/news';

export const getStaticPaths = (async () => {
  const news = await getPublishedNews();
  return newsKinds
    .filter((kind) => news.some((item) => item.data.kind === kind))
    .map((kind) => ({ params: { kind } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ site, params }) => {
  const kind = params.kind as NewsKind;
  const [news, settings] = await Promise.all([getPublishedNews(), getSettings()]);
  return rss({
    title: `${newsKindLabels[kind]} · ${settings.siteName}`,
    description: `Les actualités « ${newsKindLabels[kind]} » du programme ${settings.siteName}.`,
    site: site!,
    items: feedItems(news.filter((item) => item.data.kind === kind)),
    customData: '<language>fr-FR</language>',
  });
};
