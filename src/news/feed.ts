// The news feed's items (RSS, @astrojs/rss): newest first, each with its summary and its page.
import type { RSSFeedItem } from '@astrojs/rss';
import type { NewsEntry } from './queries.ts';
import { newsHref } from './links.ts';
import { newsKindLabels } from '../content/schemas/news.ts';
import { parisInstant, isoDay } from './paris-time.ts';

export function feedItems(items: NewsEntry[]): RSSFeedItem[] {
  return items.map((item) => ({
    title: item.data.title,
    link: newsHref(item.id),
    // Published at midnight, Paris time, on its day.
    pubDate: parisInstant(isoDay(item.data.date)),
    description: item.data.summary,
    categories: [newsKindLabels[item.data.kind]],
  }));
}
