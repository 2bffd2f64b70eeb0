// The news and the agenda as pages read them: only what is published (publication.ts), in the
// order visitors expect, with the territories and porteurs they name resolved once.
import type { PaginateFunction } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import { publishedNews, splitAgenda } from './ordering.ts';
import { getPorteurs, getTerritories } from '../content/queries.ts';
import { entryFilters, kindFilters, listPages } from './news-filters.ts';
import {
  eventHref,
  newsIndexHref,
  newsKindHref,
  newsPerPage,
  newsPorteurHref,
  newsTerritoryHref,
} from './links.ts';

export type NewsEntry = CollectionEntry<'news'>;
export type EventEntry = CollectionEntry<'events'>;

/**
 * The instant the site is built, which decides what is published and what is past; the browser
 * corrects « à venir » afterwards (src/news/event-clock-element.ts).
 */
export const buildNow = (): Date => new Date();

/** Published news, newest first. */
export async function getPublishedNews(now = buildNow()): Promise<NewsEntry[]> {
  return publishedNews(await getCollection('news'), now);
}

export type AgendaView = { upcoming: EventEntry[]; past: EventEntry[] };

/** Published events: those not over yet, soonest first; those over, latest first. */
export async function getAgenda(now = buildNow()): Promise<AgendaView> {
  return splitAgenda(await getCollection('events'), now);
}

/** Whether a news item or an event names a territory or porteur. */
export const namesTerritory = (item: NewsEntry | EventEntry, id: string) =>
  item.collection === 'news'
    ? (item.data.territories ?? []).includes(id)
    : item.data.territory === id;

export const namesPorteur = (item: NewsEntry | EventEntry, id: string) =>
  item.collection === 'news' ? (item.data.porteurs ?? []).includes(id) : item.data.porteur === id;

/** Every page of the news lists (all, by kind, territory and porteur, page by page): the site plan. */
export async function newsListPageLinks(items: NewsEntry[]) {
  const filters = await newsListFilters(items);
  return [
    ...listPages(newsIndexHref, 'Toutes les actualités', items.length, newsPerPage).slice(1),
    ...filters.flatMap((filter) =>
      filter.links.flatMap((link) =>
        listPages(link.href, `${filter.label} : ${link.label}`, link.count, newsPerPage),
      ),
    ),
  ];
}

/** The filters of a news list, drawn from all the published news. */
export async function newsListFilters(items: NewsEntry[]) {
  const [territories, porteurs] = await Promise.all([getTerritories(), getPorteurs()]);
  const named = (entries: { id: string; data: { name: string } }[]) =>
    entries.map((entry) => ({ id: entry.id, name: entry.data.name }));
  return [
    { label: 'Par type', links: kindFilters(items, newsKindHref) },
    {
      label: 'Par territoire',
      links: entryFilters(items, 'territories', named(territories), newsTerritoryHref),
    },
    {
      label: 'Par porteur de projet',
      links: entryFilters(items, 'porteurs', named(porteurs), newsPorteurHref),
    },
  ];
}

/** An event as its calendar files say it (icalendar.ts), with its page's address. */
export const calendarEventOf = (event: EventEntry, site: URL) => ({
  ...event.data,
  id: event.id,
  url: new URL(eventHref(event.id), site).href,
});

/**
 * The pages of one filtered news list per group that has news (a porteur, a territory, a kind):
 * each page gets the list's filters and its group, for the route's getStaticPaths.
 */
export async function groupedNewsPaths<Group>(
  paginate: PaginateFunction,
  groups: readonly Group[],
  list: (group: Group) => { params: Record<string, string>; shows: (item: NewsEntry) => boolean },
) {
  const news = await getPublishedNews();
  const filters = await newsListFilters(news);
  return groups.flatMap((group) => {
    const { params, shows } = list(group);
    const items = news.filter(shows);
    return items.length > 0
      ? paginate(items, { pageSize: newsPerPage, params, props: { filters, group } })
      : [];
  });
}
