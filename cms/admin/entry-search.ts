// What Decap's searches match (the search of entries at the top of the CMS, a relation field's
// options, the media library): in place of the `fuzzy` package, whose letters-in-order matching
// finds « xylophone » in any long text. Here each word of the query must appear in the text, case,
// accents and punctuation aside. Same interface as `fuzzy.filter`, which Decap calls; Vite
// resolves `fuzzy` to this module (astro.config.mjs).
import { comparableName } from '../../src/content/validation/cross-entry-rules.ts';

export type FilterOptions<Item> = { extract?: (item: Item) => string; pre?: string; post?: string };
export type FilterResult<Item> = { string: string; score: number; index: number; original: Item };

/**
 * The items whose text holds every word of `query`, best first for Decap to sort: more of the
 * query found at the start of a word scores higher. Decap keeps search hits scoring over 5.
 */
export function filter<Item>(
  query: string,
  items: readonly Item[],
  options: FilterOptions<Item> = {},
): FilterResult<Item>[] {
  const words = comparableName(query).split(' ').filter(Boolean);
  if (words.length === 0) return [];
  const results: FilterResult<Item>[] = [];
  items.forEach((item, index) => {
    const raw = options.extract ? options.extract(item) : String(item ?? '');
    const text = ` ${comparableName(raw)} `;
    // The media library takes the spaces out of the query (file names have none).
    const joined = text.replaceAll(' ', '');
    if (!words.every((word) => text.includes(word) || joined.includes(word))) return;
    const atWordStart = words.filter((word) => text.includes(` ${word}`)).length;
    results.push({ string: raw, score: 10 + 10 * atWordStart, index, original: item });
  });
  return results;
}

/** `fuzzy.test`, for completeness of the interface. */
export const test = (query: string, text: string) => filter(query, [text]).length > 0;

export default { filter, test };
