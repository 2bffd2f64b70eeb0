// <site-search>: the search page's results. The form is a plain GET to /recherche/?q=… (it works
// from any page, without this script); here, the page reads ?q=, loads Pagefind from the site's
// own /pagefind/ folder only now (no other page ever downloads it), and lists each page found
// with its title, an excerpt and its best sections (a help line for « angoisse »). Everything is
// written as text: Pagefind's excerpt is rebuilt from its parts with <mark> elements
// (src/search/results.ts), never inserted as HTML.
import { bestSections, excerptParts, pagesCount, type Fragment } from './results.ts';
import { searchParam } from './search-page.ts';

type Pagefind = {
  options: (options: Record<string, unknown>) => Promise<void>;
  search: (query: string) => Promise<{ results: { data: () => Promise<Fragment> }[] } | null>;
};

/** Results shown at once: the best ones (each costs a small download, its fragment). */
const shownResults = 8;

class SiteSearchElement extends HTMLElement {
  #pagefind: Promise<Pagefind> | undefined;
  #latest = 0;

  get #form() {
    return this.querySelector<HTMLFormElement>('[data-search-form]');
  }

  get #input() {
    return this.#form?.querySelector<HTMLInputElement>(`input[name="${searchParam}"]`) ?? null;
  }

  connectedCallback() {
    this.#form?.addEventListener('submit', this.#onSubmit);
    const query = new URLSearchParams(window.location.search).get(searchParam)?.trim() ?? '';
    if (this.#input) this.#input.value = query;
    if (query) void this.search(query);
  }

  disconnectedCallback() {
    this.#form?.removeEventListener('submit', this.#onSubmit);
  }

  #onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    const query = this.#input?.value.trim() ?? '';
    const url = new URL(window.location.href);
    if (query) url.searchParams.set(searchParam, query);
    else url.searchParams.delete(searchParam);
    // The address keeps the query: Back, a reload or a shared link show the same results.
    window.history.pushState(null, '', url);
    void this.search(query);
  };

  #load(): Promise<Pagefind> {
    this.#pagefind ??= (async () => {
      const url = new URL(this.dataset.index ?? '/pagefind/', window.location.href);
      const pagefind = (await import(
        /* @vite-ignore */ new URL('pagefind.js', url).href
      )) as Pagefind;
      // In the page, not in a worker: the page's policy already allows it (WebAssembly only here).
      await pagefind.options({ noWorker: true, excerptLength: 24 });
      return pagefind;
    })();
    return this.#pagefind;
  }

  async search(query: string) {
    const run = ++this.#latest;
    const list = this.querySelector<HTMLOListElement>('[data-results]');
    if (!list) return;
    if (!query) {
      list.replaceChildren();
      this.#say('');
      return;
    }
    this.#say('Recherche en cours…');
    this.setAttribute('aria-busy', 'true');
    try {
      const pagefind = await this.#load();
      const found = await pagefind.search(query);
      const fragments = await Promise.all(
        (found?.results ?? []).slice(0, shownResults).map((result) => result.data()),
      );
      if (run !== this.#latest) return;
      list.replaceChildren(...fragments.map((fragment) => this.#item(fragment)));
      const total = found?.results.length ?? 0;
      this.#say(
        total === 0
          ? `Aucune page ne correspond à « ${query} ».`
          : `${pagesCount(total)} pour « ${query} »${total > shownResults ? ` (les ${shownResults} premières ici)` : ''}.`,
      );
      this.toggleAttribute('data-empty', total === 0);
    } catch {
      if (run !== this.#latest) return;
      list.replaceChildren();
      this.#say('La recherche n’a pas pu se charger. Toutes les pages sont dans le plan du site.');
    } finally {
      if (run === this.#latest) this.removeAttribute('aria-busy');
    }
  }

  #say(text: string) {
    const status = this.querySelector('[data-status]');
    if (status) status.textContent = text;
  }

  #item(fragment: Fragment): HTMLLIElement {
    const item = document.createElement('li');
    item.className = 'search-result';
    const title = document.createElement('h2');
    title.className = 'search-result__title';
    title.append(this.#link(fragment.url, fragment.meta.title || fragment.url));
    item.append(title);
    const sections = bestSections(fragment);
    // The page's excerpt, unless it is its best section's (Pagefind's excerpt is the best match).
    if (sections[0]?.excerpt !== fragment.excerpt) item.append(this.#excerpt(fragment.excerpt));
    if (sections.length > 0) {
      const list = document.createElement('ul');
      list.className = 'search-result__sections';
      for (const section of sections) {
        const entry = document.createElement('li');
        entry.append(this.#link(section.url, section.title), this.#excerpt(section.excerpt));
        list.append(entry);
      }
      item.append(list);
    }
    return item;
  }

  #link(href: string, text: string) {
    const link = document.createElement('a');
    // Pagefind's addresses are the site's own paths; anything else is not followed.
    const url = new URL(href, window.location.origin);
    link.href = url.origin === window.location.origin ? url.pathname + url.hash : '/';
    link.textContent = text;
    return link;
  }

  #excerpt(excerpt: string) {
    const paragraph = document.createElement('p');
    paragraph.className = 'search-result__excerpt';
    for (const part of excerptParts(excerpt)) {
      if (!part.marked) {
        paragraph.append(part.text);
        continue;
      }
      const mark = document.createElement('mark');
      mark.textContent = part.text;
      paragraph.append(mark);
    }
    return paragraph;
  }
}

if (!customElements.get('site-search')) customElements.define('site-search', SiteSearchElement);
