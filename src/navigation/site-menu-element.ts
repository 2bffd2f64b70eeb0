// <site-menu>: the « Menu » button of small screens, after the disclosure pattern (WAI-ARIA APG):
// a <button> whose aria-expanded says whether the panel it controls (aria-controls) is shown.
// Escape closes the panel and puts focus back on the button. The CSS hides the panel only where
// scripts run (@media (scripting: enabled)) and the screen is narrow: without JavaScript the links
// are a plain list, and on a wide screen the button is not shown at all.

class SiteMenuElement extends HTMLElement {
  get #button() {
    return this.querySelector<HTMLButtonElement>('[data-menu-toggle]');
  }

  connectedCallback() {
    this.#button?.addEventListener('click', this.#onClick);
    this.addEventListener('keydown', this.#onKey);
  }

  disconnectedCallback() {
    this.#button?.removeEventListener('click', this.#onClick);
    this.removeEventListener('keydown', this.#onKey);
  }

  get open() {
    return this.#button?.getAttribute('aria-expanded') === 'true';
  }

  set open(value: boolean) {
    this.#button?.setAttribute('aria-expanded', String(value));
  }

  #onClick = () => {
    this.open = !this.open;
  };

  #onKey = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !this.open) return;
    // Only while the button is shown: on a wide screen the panel is always there, nothing closes.
    if (!this.#button || this.#button.offsetParent === null) return;
    event.preventDefault();
    this.open = false;
    this.#button.focus();
  };
}

if (!customElements.get('site-menu')) customElements.define('site-menu', SiteMenuElement);
