// The news and the agenda of the built site, against the content it was built from: what is
// published and what is not, the order, the filters, the feeds and the calendars. Expectations
// come from the content (builtContent()), never from today's entries.
import { describe, expect, test } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import type { HTMLElement } from 'node-html-parser';
import {
  builtContent,
  builtDistDir,
  htmlFiles,
  openBuiltPage,
  sitemapPages,
  urlPathOf,
} from '../helpers/built-site.ts';
import { normalizeText } from '../helpers/text.ts';
import { publishedNews, splitAgenda } from '../../src/news/ordering.ts';
import { eventBounds } from '../../src/news/event-time.ts';
import { newsKinds } from '../../src/content/schemas/news.ts';
import {
  agendaCalendarHref,
  agendaHref,
  eventCalendarHref,
  eventHref,
  newsFeedHref,
  newsHref,
  newsIndexHref,
  newsKindFeedHref,
  newsKindHref,
  newsPerPage,
  newsTerritoryHref,
} from '../../src/news/links.ts';

const dist = builtDistDir();
const content = builtContent();
// The site was built moments ago: what is published now was published then (a build across
// midnight in Paris aside).
const now = new Date();
const allNews = content.of('news');
const news = publishedNews(allNews, now);
const { upcoming, past } = splitAgenda(content.of('events'), now);
const events = [...upcoming, ...past];

const itemLinks = (root: HTMLElement, selector: string) =>
  root.querySelectorAll(`${selector} a[href]`).map((a) => a.getAttribute('href'));
const jsonLd = (root: HTMLElement) =>
  root
    .querySelectorAll('script[type="application/ld+json"]')
    .map((s) => JSON.parse(s.textContent) as Record<string, unknown>);
const builtText = (path: string) => readFileSync(join(dist, path), 'utf8');

describe('news', () => {
  test('each published item has its page; drafts and scheduled items have none', () => {
    for (const item of allNews) {
      const published = news.includes(item);
      expect(existsSync(join(dist, newsHref(item.id), 'index.html')), item.file).toBe(published);
    }
  });

  test('an item page: title, date, kind, sharing data, the original article and the links', () => {
    for (const item of news) {
      const root = openBuiltPage(newsHref(item.id));
      expect(normalizeText(root.querySelector('h1')!.textContent)).toBe(
        normalizeText(item.data.title),
      );
      const day = item.data.date.toISOString().slice(0, 10);
      expect(root.querySelector('article time')!.getAttribute('datetime')).toBe(day);
      expect(root.querySelector('meta[property="og:type"]')!.getAttribute('content')).toBe(
        'article',
      );
      expect(
        root.querySelector('meta[property="article:published_time"]')!.getAttribute('content'),
      ).toBe(day);
      const article = jsonLd(root).find((data) => data['@type'] === 'NewsArticle')!;
      expect(article).toMatchObject({ datePublished: day });
      expect(normalizeText(String(article.headline))).toBe(normalizeText(item.data.title));
      expect(itemLinks(root, '.breadcrumbs')).toEqual(['/', newsIndexHref, newsHref(item.id)]);
      const links = itemLinks(root, 'article');
      if (item.data.press) expect(links).toContain(item.data.press.url);
      for (const id of item.data.territories ?? []) expect(links).toContain(`/territoires/${id}/`);
      for (const id of item.data.porteurs ?? []) expect(links).toContain(`/porteurs/${id}/`);
    }
  });

  test('the list: newest first, every item once, pages of at most the page size', () => {
    const pageCount = Math.max(1, Math.ceil(news.length / newsPerPage));
    const listed: (string | undefined)[] = [];
    for (let n = 1; n <= pageCount; n++) {
      const root = openBuiltPage(n === 1 ? newsIndexHref : `${newsIndexHref}${n}/`);
      const onPage = itemLinks(root, '.news-list');
      expect(onPage.length).toBeLessThanOrEqual(newsPerPage);
      listed.push(...onPage);
    }
    expect(existsSync(join(dist, newsIndexHref, String(pageCount + 1)))).toBe(false);
    expect(listed).toEqual(news.map((item) => newsHref(item.id)));
  });

  test('filters by kind and territory: plain links to lists of exactly those items', () => {
    const filters = itemLinks(openBuiltPage(newsIndexHref), '.news-filters');
    for (const kind of newsKinds) {
      const items = news.filter((item) => item.data.kind === kind);
      expect(filters.includes(newsKindHref(kind)), kind).toBe(items.length > 0);
      if (items.length === 0 || items.length > newsPerPage) continue;
      expect(itemLinks(openBuiltPage(newsKindHref(kind)), '.news-list')).toEqual(
        items.map((item) => newsHref(item.id)),
      );
      expect(existsSync(join(dist, newsKindFeedHref(kind)))).toBe(true);
    }
    for (const territory of content.of('territories')) {
      const items = news.filter((item) => item.data.territories?.includes(territory.id));
      expect(filters.includes(newsTerritoryHref(territory.id)), territory.id).toBe(
        items.length > 0,
      );
    }
  });

  test('the RSS feed lists the published items, newest first, and every page links to it', () => {
    const feed = builtText(newsFeedHref);
    const links = [...feed.matchAll(/<item>.*?<link>([^<]+)<\/link>/gs)].map(
      (m) => new URL(m[1]!).pathname,
    );
    expect(links).toEqual(news.map((item) => newsHref(item.id)));
    const withoutFeed = htmlFiles(dist)
      .filter((file) => !file.includes('/admin/'))
      .filter((file) => {
        const root = openBuiltPage(urlPathOf(dist, file));
        return !root.querySelector(
          `link[rel="alternate"][type="application/rss+xml"][href="${newsFeedHref}"]`,
        );
      })
      .map((file) => urlPathOf(dist, file));
    expect(withoutFeed).toEqual([]);
  });

  test('the home page shows the latest items, or no news block at all', () => {
    const links = itemLinks(openBuiltPage('/'), '.news-list');
    expect(links).toEqual(news.slice(0, 3).map((item) => newsHref(item.id)));
  });

  test('a territory page shows its own news, and no block without any', () => {
    for (const territory of content.of('territories')) {
      const own = news.filter((item) => item.data.territories?.includes(territory.id));
      const links = itemLinks(openBuiltPage(`/territoires/${territory.id}/`), '.news-list');
      expect(links, territory.id).toEqual(own.slice(0, 3).map((item) => newsHref(item.id)));
    }
  });
});

describe('agenda', () => {
  test('upcoming events first, soonest first; past ones apart; each marked with its end', () => {
    const root = openBuiltPage(agendaHref);
    const list = (selector: string) =>
      root.querySelectorAll(`${selector} > li`).map((li) => ({
        href: li.querySelector('a')!.getAttribute('href'),
        endsAt: li.getAttribute('data-ends-at'),
      }));
    const expected = (items: typeof events) =>
      items.map((event) => ({
        href: eventHref(event.id),
        endsAt: eventBounds(event.data).end.toISOString(),
      }));
    expect(list('[data-upcoming]')).toEqual(expected(upcoming));
    expect(list('[data-past]')).toEqual(expected(past));
    const emptyState = root.querySelector('[data-when-none]')!;
    expect(emptyState.hasAttribute('hidden')).toBe(upcoming.length > 0);
    expect(root.querySelector('[data-past-block]')!.hasAttribute('hidden')).toBe(past.length === 0);
  });

  test('each event has its page (Event data, its calendar file) and the home shows the next ones', () => {
    for (const event of events) {
      const root = openBuiltPage(eventHref(event.id));
      const data = jsonLd(root).find((d) => d['@type'] === 'Event')!;
      expect(normalizeText(String(data.name))).toBe(normalizeText(event.data.title));
      expect(String(data.startDate).slice(0, 10)).toBe(eventBounds(event.data).firstDay);
      expect(itemLinks(root, 'article')).toContain(eventCalendarHref(event.id));
      const calendar = new ICAL.Component(ICAL.parse(builtText(eventCalendarHref(event.id))));
      expect(
        calendar.getAllSubcomponents('vevent').map((v) => v.getFirstPropertyValue('summary')),
      ).toEqual([event.data.title]);
    }
    const home = itemLinks(openBuiltPage('/'), '.event-list');
    expect(home).toEqual(upcoming.slice(0, 3).map((event) => eventHref(event.id)));
  });

  test('the whole agenda is one calendar with its time zone and every published event', () => {
    const calendar = new ICAL.Component(ICAL.parse(builtText(agendaCalendarHref)));
    expect(calendar.getFirstSubcomponent('vtimezone')!.getFirstPropertyValue('tzid')).toBe(
      'Europe/Paris',
    );
    expect(
      calendar
        .getAllSubcomponents('vevent')
        .map((v) => String(v.getFirstPropertyValue('uid')).split('@')[0])
        .sort(),
    ).toEqual(events.map((event) => event.id).sort());
  });
});

test('the sitemap and the site plan list the news and the agenda', () => {
  const paths = sitemapPages(dist).map((page) => page.path);
  const plan = itemLinks(openBuiltPage('/plan-du-site/'), 'main');
  for (const path of [
    newsIndexHref,
    agendaHref,
    ...news.map((i) => newsHref(i.id)),
    ...events.map((e) => eventHref(e.id)),
  ]) {
    expect(paths, path).toContain(path);
    expect(plan, path).toContain(path);
  }
});
