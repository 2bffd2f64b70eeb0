// The news and the agenda as pages read them: only what is published (publication.ts), in the
// order visitors expect, with the territories and porteurs they name resolved once.
import { getCollection, type CollectionEntry } from 'astro:content';
import { isEventPublished, isNewsPublished } from './publication.ts';
import { eventBounds, isPastEvent } from './event-time.ts';
import { isoDay } from './paris-time.ts';
import { getPorteurs, getTerritories } from '../content/queries.ts';
import { entryFilters, kindFilters } from './news-filters.ts';
import { eventHref, newsKindHref, newsPorteurHref, newsTerritoryHref } from './links.ts';

export type NewsEntry = CollectionEntry<'news'>;
export type EventEntry = CollectionEntry<'events'>;

/**
 * The instant the site is built, which decides what is published and what is past; the browser
 * corrects « à venir » afterwards (src/news/event-clock-element.ts).
 */
export const buildNow = (): Date => new Date();

/** Newest first: by publication day, then by the original article's date, then by title. */
export function newestFirst(a: NewsEntry, b: NewsEntry): number {
  return (
    isoDay(b.data.date).localeCompare(isoDay(a.data.date)) ||
    (b.data.press?.publishedOn ?? '').localeCompare(a.data.press?.publishedOn ?? '') ||
    a.data.title.localeCompare(b.data.title, 'fr')
  );
}

/** Published news, newest first. */
export async function getPublishedNews(now = buildNow()): Promise<NewsEntry[]> {
  return (await getCollection('news'))
    .filter((item) => isNewsPublished(item.data, now))
    .sort(newestFirst);
}

export type AgendaView = { upcoming: EventEntry[]; past: EventEntry[] };

/** Published events: those not over yet, soonest first; those over, latest first. */
export async function getAgenda(now = buildNow()): Promise<AgendaView> {
  const events = (await getCollection('events')).filter((event) => isEventPublished(event.data));
  const start = (event: EventEntry) => eventBounds(event.data).start.getTime();
  return {
    upcoming: events
      .filter((event) => !isPastEvent(event.data, now))
      .sort((a, b) => start(a) - start(b)),
    past: events
      .filter((event) => isPastEvent(event.data, now))
      .sort((a, b) => start(b) - start(a)),
  };
}

/** Whether a news item or an event names a territory or porteur. */
export const namesTerritory = (item: NewsEntry | EventEntry, id: string) =>
  item.collection === 'news'
    ? (item.data.territories ?? []).includes(id)
    : item.data.territory === id;

export const namesPorteur = (item: NewsEntry | EventEntry, id: string) =>
  item.collection === 'news' ? (item.data.porteurs ?? []).includes(id) : item.data.porteur === id;

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
