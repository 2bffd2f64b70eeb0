// French typography for text typed in the CMS: editors type ordinary spaces, and a line must
// never break between « and its word, before a colon, or inside a number such as 3 000.

const NBSP = '\u00a0';
const NARROW_NBSP = '\u202f';

export function frenchSpacing(text: string): string {
  return text
    .replace(/« +/g, `«${NBSP}`)
    .replace(/ +»/g, `${NBSP}»`)
    .replace(/ +:/g, `${NBSP}:`)
    .replace(/ +([;?!%])/g, `${NARROW_NBSP}$1`)
    .replace(/(\d) (?=\d{3}\b)/g, `$1${NARROW_NBSP}`);
}
