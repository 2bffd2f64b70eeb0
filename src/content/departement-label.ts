// How the site names a département, written once for the pages, the maps (also in the browser:
// this module carries no data) and the CMS.

/** "Rhône (69)": a département named in a sentence, a card or a map. */
export const departementLabel = (name: string, code: string) => `${name} (${code})`;

/** "69 – Rhône": a département in a list sorted by code (forms, CMS). */
export const departementOption = (name: string, code: string) => `${code} – ${name}`;
