// The order of the news and of the agenda, and what is published of them: pure, for the pages
// (queries.ts) and the tests alike.
import type { NewsItem } from '../content/schemas/news.ts';
import type { AgendaEvent } from '../content/schemas/events.ts';
import { eventBounds, isPastEvent } from './event-time.ts';
import { isEventPublished, isNewsPublished } from './publication.ts';
import { isoDay } from './paris-time.ts';

type News = { data: Pick<NewsItem, 'date' | 'draft' | 'title' | 'press'> };
type Event = { data: AgendaEvent };

/** Newest first: by publication day, then by the original article's date, then by title. */
export function newestFirst(a: News, b: News): number {
  return (
    isoDay(b.data.date).localeCompare(isoDay(a.data.date)) ||
    (b.data.press?.publishedOn ?? '').localeCompare(a.data.press?.publishedOn ?? '') ||
    a.data.title.localeCompare(b.data.title, 'fr')
  );
}

/** The news published at `now`, newest first. */
export const publishedNews = <Item extends News>(items: Item[], now: Date): Item[] =>
  items.filter((item) => isNewsPublished(item.data, now)).sort(newestFirst);

/** Published events: those not over at `now`, soonest first; those over, latest first. */
export function splitAgenda<Item extends Event>(
  events: Item[],
  now: Date,
): { upcoming: Item[]; past: Item[] } {
  const published = events.filter((event) => isEventPublished(event.data));
  const start = (event: Item) => eventBounds(event.data).start.getTime();
  return {
    upcoming: published
      .filter((event) => !isPastEvent(event.data, now))
      .sort((a, b) => start(a) - start(b)),
    past: published
      .filter((event) => isPastEvent(event.data, now))
      .sort((a, b) => start(b) - start(a)),
  };
}
