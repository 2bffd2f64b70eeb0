// Structured data of a news item (NewsArticle) and of an event (Event), for search engines.
import type { EventEntry, NewsEntry } from './queries.ts';
import { eventBounds } from './event-time.ts';
import { isoDay, parisIsoDateTime } from './paris-time.ts';

export function newsArticleJsonLd(item: NewsEntry, url: URL, siteName: string, site: URL) {
  const { title, date, summary, press } = item.data;
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: title,
    description: summary,
    datePublished: isoDay(date),
    url: url.href,
    mainEntityOfPage: url.href,
    inLanguage: 'fr-FR',
    image: new URL('/og-image.png', site).href,
    publisher: { '@type': 'Organization', name: siteName, url: site.href },
    ...(press
      ? {
          isBasedOn: {
            '@type': 'NewsArticle',
            url: press.url,
            ...(press.originalTitle ? { headline: press.originalTitle } : {}),
            ...(press.publishedOn ? { datePublished: press.publishedOn } : {}),
            publisher: { '@type': 'Organization', name: press.outlet },
          },
        }
      : {}),
  };
}

export function eventJsonLd(
  event: EventEntry,
  url: URL,
  organizer: { name: string; url: string } | undefined,
) {
  const { data } = event;
  const bounds = eventBounds(data);
  // Whole days are dates; timed events carry Paris's offset.
  const start = data.startTime
    ? parisIsoDateTime(bounds.firstDay, data.startTime)
    : bounds.firstDay;
  const end = data.startTime
    ? data.endTime
      ? parisIsoDateTime(bounds.lastDay, data.endTime)
      : undefined
    : bounds.lastDay;
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: data.title,
    description: data.summary,
    startDate: start,
    ...(end ? { endDate: end } : {}),
    eventStatus: 'https://schema.org/EventScheduled',
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    url: url.href,
    inLanguage: 'fr-FR',
    audience: { '@type': 'Audience', audienceType: data.audience },
    location: {
      '@type': 'Place',
      name: data.venue,
      address: {
        '@type': 'PostalAddress',
        ...(data.address ? { streetAddress: data.address } : {}),
        addressLocality: data.city,
        addressCountry: 'FR',
      },
    },
    ...(data.freeEntry ? { isAccessibleForFree: true } : {}),
    ...(data.registrationUrl
      ? {
          offers: {
            '@type': 'Offer',
            url: data.registrationUrl,
            availability: 'https://schema.org/InStock',
          },
        }
      : {}),
    ...(organizer ? { organizer: { '@type': 'Organization', ...organizer } } : {}),
  };
}
