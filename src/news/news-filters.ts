// The filters of the news list, as plain links: by kind, by territory, by porteur. Each filter
// offers only the values some published item has, with how many items have it.
import type { NewsKind } from '../content/schemas/news.ts';
import { newsKinds, newsKindLabels } from '../content/schemas/news.ts';

export type FilterLink = { href: string; label: string; count: number };

type Filterable = { data: { kind: NewsKind; territories?: string[]; porteurs?: string[] } };

/** Values in first-seen order with their counts. */
function tally(values: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}

export function kindFilters(items: Filterable[], href: (kind: NewsKind) => string): FilterLink[] {
  const counts = tally(items.map((item) => item.data.kind));
  return newsKinds
    .filter((kind) => counts.has(kind))
    .map((kind) => ({ href: href(kind), label: newsKindLabels[kind], count: counts.get(kind)! }));
}

/** Links to the entries (territories or porteurs) that items name, in the entries' order. */
export function entryFilters(
  items: Filterable[],
  field: 'territories' | 'porteurs',
  entries: { id: string; name: string }[],
  href: (id: string) => string,
): FilterLink[] {
  const counts = tally(items.flatMap((item) => item.data[field] ?? []));
  return entries
    .filter((entry) => counts.has(entry.id))
    .map((entry) => ({ href: href(entry.id), label: entry.name, count: counts.get(entry.id)! }));
}

/** The addresses of a list's pages: its own, then `2/`, `3/`… (as Astro's paginate writes them). */
export function listPages(baseHref: string, label: string, itemCount: number, perPage: number) {
  const pages = Math.max(1, Math.ceil(itemCount / perPage));
  return Array.from({ length: pages }, (_, index) => ({
    href: index === 0 ? baseHref : `${baseHref}${index + 1}/`,
    label: index === 0 ? label : `${label}, page ${index + 1}`,
  }));
}
