// The addresses of the news and the agenda, written once for pages, feeds, calendars and tests.
import type { NewsKind } from '../content/schemas/news.ts';

export const newsIndexHref = '/actualites/';
export const newsHref = (id: string) => `/actualites/${id}/`;
export const newsKindHref = (kind: NewsKind) => `/actualites/type/${kind}/`;
export const newsTerritoryHref = (id: string) => `/actualites/territoires/${id}/`;
export const newsPorteurHref = (id: string) => `/actualites/porteurs/${id}/`;
export const newsFeedHref = '/actualites/rss.xml';
export const newsKindFeedHref = (kind: NewsKind) => `${newsKindHref(kind)}rss.xml`;

export const agendaHref = '/agenda/';
export const eventHref = (id: string) => `/agenda/${id}/`;
export const eventCalendarHref = (id: string) => `/agenda/${id}.ics`;
export const agendaCalendarHref = '/agenda.ics';

/** News per page of a list. */
export const newsPerPage = 10;

/** The calendar files' type, for the local server and the build (Netlify types files by name). */
export const calendarHeaders = { 'Content-Type': 'text/calendar; charset=utf-8' };
