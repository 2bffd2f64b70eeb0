// The document title (<title>) of every page: what tabs, bookmarks, screen readers and search
// results show first (RGAA 8.5 and 8.6).

/** The longest title search results show whole (html-validate's long-title rule). */
export const maxTitleLength = 70;

/**
 * The page's own title followed by the site name, « Le programme · Ambassadeurs Santé Mentale »;
 * the title alone when both would not fit in {@link maxTitleLength} characters, or when the page
 * is the site itself (the home page).
 */
export function documentTitle(title: string, siteName: string): string {
  const full = `${title} · ${siteName}`;
  return title === siteName || full.length > maxTitleLength ? title : full;
}
