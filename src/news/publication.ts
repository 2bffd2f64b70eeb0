// What the site publishes: one rule for the pages, the feeds, the calendars and the sitemap.
import { isoDay, parisDay } from './paris-time.ts';

/** A news item is out from its day (in Paris) on, unless it is a draft. */
export const isNewsPublished = (item: { date: Date; draft: boolean }, now: Date): boolean =>
  !item.draft && isoDay(item.date) <= parisDay(now);

/** An event is announced unless it is a draft. */
export const isEventPublished = (event: { draft: boolean }): boolean => !event.draft;
