// The saved copy says that it is one, and since when: the worker writes the date into the page
// it keeps (`<html data-saved-copy="…">`), so the page read from the phone carries it and the page
// fetched online does not. Pure: used by the worker and the page's element, unit-tested.
import { savedCopyAttribute } from './offline-copy.ts';
import { formatTime, parisTimeZone } from '../help/opening-hours.ts';

/** The page's HTML with its saving date on the root element (any earlier date replaced). */
export function markSavedCopy(html: string, savedAt: Date): string {
  const attribute = `${savedCopyAttribute}="${savedAt.toISOString()}"`;
  const root = /<html\b[^>]*>/i.exec(html);
  if (!root) return html;
  const tag = root[0]
    .replace(new RegExp(`\\s${savedCopyAttribute}="[^"]*"`), '')
    .replace(/^<html\b/i, `<html ${attribute}`);
  return html.slice(0, root.index) + tag + html.slice(root.index + root[0].length);
}

let dayFormatter: Intl.DateTimeFormat | undefined;
let timeFormatter: Intl.DateTimeFormat | undefined;

/** « 7 décembre 2026 à 13 h 07 », on the Paris clock like the hours of the lines. */
export function savedCopyDate(savedAt: Date): string {
  dayFormatter ??= new Intl.DateTimeFormat('fr-FR', {
    timeZone: parisTimeZone,
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
  timeFormatter ??= new Intl.DateTimeFormat('en-GB', {
    timeZone: parisTimeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  const [hours, minutes] = timeFormatter.format(savedAt).split(':').map(Number);
  // French writes the first of the month « 1er ».
  const day = dayFormatter
    .formatToParts(savedAt)
    .map((part) => (part.type === 'day' && part.value === '1' ? '1er' : part.value))
    .join('');
  return `${day} à ${formatTime((hours! % 24) * 60 + minutes!)}`;
}

/** The date a page was saved, if it is the saved copy (an invalid date counts as none). */
export function savedCopyOf(root: Element): Date | undefined {
  const value = root.getAttribute(savedCopyAttribute);
  if (!value) return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}
