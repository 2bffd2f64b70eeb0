// French typography for every text the site shows: editors and templates type ordinary spaces
// and straight apostrophes; a line must never break between « and its word, before a colon, or
// inside a number such as 3 000, and an apostrophe is ’. Applied to each page's rendered HTML by
// src/middleware.ts (see src/lib/html-typography.ts), so that no text escapes it.

const NBSP = '\u00a0';
const NARROW_NBSP = '\u202f';
// Ordinary white space only (a no-break space already typed is kept as is).
const SPACES = '[ \\t\\r\\n]+';

// Compiled once: the typography pass runs them on every text of every page.
const afterOpeningQuote = new RegExp(`«${SPACES}`, 'g');
const beforeClosingQuote = new RegExp(`${SPACES}»`, 'g');
const beforeColon = new RegExp(`${SPACES}:`, 'g');
const beforeHighPunctuation = new RegExp(`${SPACES}([;?!%])`, 'g');

export function frenchSpacing(text: string): string {
  return text
    .replace(afterOpeningQuote, `«${NBSP}`)
    .replace(beforeClosingQuote, `${NBSP}»`)
    .replace(beforeColon, `${NBSP}:`)
    .replace(beforeHighPunctuation, `${NARROW_NBSP}$1`)
    .replace(/(\d) (?=\d{3}\b)/g, `$1${NARROW_NBSP}`);
}

/** "aujourd'hui" → "aujourd’hui", "Côte-d'Or" → "Côte-d’Or": the apostrophe between letters. */
export function typographicApostrophes(text: string): string {
  return text.replace(/(\p{L})'(?=\p{L})/gu, '$1’');
}

/** Every rule of French typography the site applies to a text. Idempotent. */
export function frenchText(text: string): string {
  return frenchSpacing(typographicApostrophes(text));
}

/**
 * Text that must stay on one line, such as a phone number « 0 800 235 236 »: every space becomes
 * a no-break space and every hyphen a no-break hyphen (what html-validate's tel-non-breaking asks).
 */
export function unbreakable(text: string | undefined): string {
  return (text ?? '').replace(/[ \t\r\n]+/g, NBSP).replace(/-/g, '\u2011');
}

/** A count as French writes it: « 30 000 », with a narrow no-break space between thousands. */
export const frenchNumber = (n: number) => n.toLocaleString('fr-FR');
