// The document title (<title>) of every page: what tabs, bookmarks, screen readers and search
// results show first (RGAA 8.5 and 8.6).

/** The longest title search results show whole (html-validate's long-title rule). */
export const maxTitleLength = 70;

/**
 * The page's own title followed by the site name, « Le programme · Ambassadeurs Santé Mentale »;
 * the title alone when both would not fit in {@link maxTitleLength} characters, or when the page
 * is the site itself (the home page); a title too long even alone (an editor's long name) is cut
 * at the last word that fits, with « … ».
 */
export function documentTitle(title: string, siteName: string): string {
  const full = `${title} · ${siteName}`;
  if (title !== siteName && full.length <= maxTitleLength) return full;
  if (title.length <= maxTitleLength) return title;
  const cut = title.slice(0, maxTitleLength - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > 0 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:·–-]+$/, '')}…`;
}
