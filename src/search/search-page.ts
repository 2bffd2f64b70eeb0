// Where the site's search lives: the page, the query's parameter (a plain GET form from any page
// lands there), and the folder of the Pagefind index the build writes (src/integrations/search-index.ts).

/** The search page: the only page allowed to run WebAssembly (src/lib/security-headers.ts). */
export const searchPath = '/recherche/';

/** The query's name in the address: /recherche/?q=angoisse. */
export const searchParam = 'q';

/** The folder of the index and of Pagefind's own script, under the site's origin. */
export const searchIndexFolder = 'pagefind';

/** The anchor of a help line's card on the help page: where a search for one of its topics leads. */
export const helplineAnchor = (id: string) => `ligne-${id}`;
