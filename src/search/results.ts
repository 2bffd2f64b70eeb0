// What the search page shows of Pagefind's results, as plain data: pure, so that it is tested
// without a browser. Pagefind's excerpts are HTML (its <mark> around the words found, the page's
// text escaped); they are never inserted as HTML: `excerptParts` keeps the marks and turns
// everything else back into text, so that nothing from a page can become an element.

export type ExcerptPart = { text: string; marked: boolean };

const entities: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

/** The text of escaped HTML: entities decoded, any tag left as the characters it is made of. */
export function decodeEntities(html: string): string {
  return html.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code =
        name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : +name.slice(1);
      return Number.isInteger(code) && code > 0 && code <= 0x10ffff
        ? String.fromCodePoint(code)
        : whole;
    }
    return entities[name.toLowerCase()] ?? whole;
  });
}

/** An excerpt as text runs, marked where Pagefind marked the words found. */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  const add = (html: string, marked: boolean) => {
    const text = decodeEntities(html);
    if (text) parts.push({ text, marked });
  };
  let rest = excerpt;
  for (;;) {
    const open = rest.indexOf('<mark>');
    if (open < 0) break;
    const close = rest.indexOf('</mark>', open);
    if (close < 0) break;
    add(rest.slice(0, open), false);
    add(rest.slice(open + '<mark>'.length, close), true);
    rest = rest.slice(close + '</mark>'.length);
  }
  add(rest, false);
  return parts;
}

/** The parts of a Pagefind result the page uses (see Pagefind's PagefindSearchFragment). */
export type Located = { weighted_locations?: { weight: number; balanced_score: number }[] };
export type SubResult = Located & { title: string; url: string; anchor?: unknown; excerpt: string };
export type Fragment = Located & {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results?: SubResult[];
};

/** How well a section matches: the sum of its words' scores, as Pagefind ranks pages. */
const score = (item: Located) =>
  (item.weighted_locations ?? []).reduce((sum, location) => sum + location.balanced_score, 0);

/**
 * The sections of a page that match, best first, at most `count`: the help line whose topic was
 * searched before the page's other sections. The page itself (a sub-result without an anchor,
 * the text before the first heading) is left out: the page's own link already leads there.
 */
export function bestSections(fragment: Fragment, count = 3): SubResult[] {
  return (fragment.sub_results ?? [])
    .filter((section) => section.anchor && score(section) > 0)
    .map((section, index) => ({ section, index, score: score(section) }))
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .slice(0, count)
    .map(({ section }) => section);
}

/** « 1 page », « 3 pages ». */
export const pagesCount = (count: number) => `${count}\u00a0page${count > 1 ? 's' : ''}`;
