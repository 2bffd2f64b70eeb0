// <porteur-filter>: the porteur toggle buttons of /territoires/ (markup and styles in
// src/components/map/PorteurFilter.astro). The selection filters the list, is sent to the map as
// an event, and lives in the URL so that a filtered view can be shared.
import { filterStatus, formatPorteurFilter, isShown, parsePorteurFilter } from './map-data.ts';

/** Event sent on the document whenever the selection changes (and once on load). */
const CHANGE = 'porteurfilterchange';

class PorteurFilter extends HTMLElement {
  private buttons: HTMLButtonElement[] = [];
  private known: string[] = [];

  connectedCallback() {
    this.buttons = [...this.querySelectorAll<HTMLButtonElement>('button[data-porteur]')];
    this.known = this.buttons.map((button) => button.dataset.porteur!);
    for (const button of this.buttons) {
      button.addEventListener('click', () => {
        const pressed = button.getAttribute('aria-pressed') !== 'true';
        button.setAttribute('aria-pressed', String(pressed));
        this.apply(true);
      });
    }
    this.querySelector('[data-reset]')?.addEventListener('click', () => {
      for (const button of this.buttons) button.setAttribute('aria-pressed', 'false');
      this.apply(true);
      this.buttons[0]?.focus();
    });
    const selected = parsePorteurFilter(location.search, this.known);
    for (const button of this.buttons) {
      button.setAttribute('aria-pressed', String(selected.includes(button.dataset.porteur!)));
    }
    this.apply(false);
    // A page restored from history shows the selection of its own URL.
    window.addEventListener('popstate', () => {
      const restored = parsePorteurFilter(location.search, this.known);
      for (const button of this.buttons) {
        button.setAttribute('aria-pressed', String(restored.includes(button.dataset.porteur!)));
      }
      this.apply(false);
    });
  }

  private selected(): string[] {
    return this.buttons
      .filter((button) => button.getAttribute('aria-pressed') === 'true')
      .map((button) => button.dataset.porteur!);
  }

  private apply(updateUrl: boolean) {
    const selected = this.selected();
    if (updateUrl) {
      const query = formatPorteurFilter(location.search, selected, this.known);
      history.replaceState(history.state, '', `${location.pathname}${query}${location.hash}`);
    }
    // The list: territories, then the porteur groups and régions left empty.
    let shown = 0;
    for (const item of document.querySelectorAll<HTMLElement>('[data-list-territory]')) {
      item.hidden = !isShown(item.dataset.porteur!, selected);
      if (!item.hidden) shown += 1;
    }
    for (const group of document.querySelectorAll<HTMLElement>('[data-list-group]')) {
      group.hidden = !group.querySelector('[data-list-territory]:not([hidden])');
    }
    const total = Number(this.dataset.total);
    const names = this.buttons
      .filter((button) => selected.includes(button.dataset.porteur!))
      .map((button) => button.dataset.name!);
    const status = this.querySelector('[data-status]')!;
    const text = filterStatus(shown, total, names);
    // Unchanged on load: rewriting it would lay the page out again for nothing.
    if (status.textContent !== text) status.textContent = text;
    const reset = this.querySelector<HTMLButtonElement>('[data-reset]')!;
    reset.hidden = selected.length === 0;
    document.dispatchEvent(new CustomEvent(CHANGE, { detail: { selected } }));
  }
}

customElements.define('porteur-filter', PorteurFilter);
