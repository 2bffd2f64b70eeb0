// <quick-exit>: the "Quitter rapidement" button on every page. A click, or Shift pressed alone
// three times within five seconds (src/help/shift-presses.ts), covers the page at once, says so to
// screen readers, and replaces the page by a neutral site with location.replace, so that Back does
// not lead here. If the browser brings the page back from its cache, the cover is lifted.
// Without JavaScript the button stays a plain link to the same neutral site.
import { createShiftCounter, pressWindow, pressesToExit } from './shift-presses.ts';

class QuickExitElement extends HTMLElement {
  #counter = createShiftCounter();
  #timer: number | undefined;
  #title = '';

  connectedCallback() {
    this.querySelector<HTMLElement>('[data-hint]')?.removeAttribute('hidden');
    this.querySelector('[data-quick-exit]')?.addEventListener('click', this.#onClick);
    document.addEventListener('keydown', this.#onKey, true);
    document.addEventListener('keyup', this.#onKey, true);
    window.addEventListener('pageshow', this.#onPageShow);
  }

  disconnectedCallback() {
    this.querySelector('[data-quick-exit]')?.removeEventListener('click', this.#onClick);
    document.removeEventListener('keydown', this.#onKey, true);
    document.removeEventListener('keyup', this.#onKey, true);
    window.removeEventListener('pageshow', this.#onPageShow);
  }

  #onClick = (event: Event) => {
    event.preventDefault();
    this.exit();
  };

  #onKey = (event: KeyboardEvent) => {
    const step = this.#counter.handle(
      { type: event.type as 'keydown' | 'keyup', key: event.key, repeat: event.repeat },
      performance.now(),
    );
    if (!step.changed) return;
    window.clearTimeout(this.#timer);
    if (step.exit) {
      this.#showProgress(pressesToExit);
      this.exit();
      return;
    }
    this.#showProgress(step.count);
    if (step.count === 0) {
      this.#announce('Sortie rapide annulée.');
      return;
    }
    const left = pressesToExit - step.count;
    this.#announce(
      `Maj appuyée ${step.count} fois : appuie encore ${left} fois pour quitter la page.`,
    );
    this.#timer = window.setTimeout(() => {
      this.#counter.reset();
      this.#showProgress(0);
      this.#announce('Sortie rapide annulée.');
    }, pressWindow);
  };

  #onPageShow = (event: PageTransitionEvent) => {
    // Back from the browser's cache after leaving: the page as it was, the count at zero.
    if (!event.persisted) return;
    this.#counter.reset();
    this.#showProgress(0);
    this.#announce('');
    document.querySelector('[data-quick-exit-cover]')?.remove();
    if (this.#title) document.title = this.#title;
  };

  /** The progress dots: `count` of them filled. */
  #showProgress(count: number) {
    const progress = this.querySelector<HTMLElement>('[data-progress]');
    if (!progress) return;
    progress.hidden = count === 0;
    progress.querySelectorAll('[data-dot]').forEach((dot, index) => {
      dot.toggleAttribute('data-on', index < count);
    });
  }

  #announce(text: string) {
    const region = this.querySelector('[data-announce]');
    if (region) region.textContent = text;
  }

  exit() {
    const url = this.dataset.url;
    if (!url) return;
    // Nothing of the page stays readable while the neutral site loads.
    const cover = document.createElement('div');
    cover.className = 'quick-exit-cover';
    cover.dataset.quickExitCover = '';
    cover.setAttribute('role', 'alert');
    cover.textContent = 'Sortie de la page…';
    document.body.append(cover);
    this.#title = document.title;
    document.title = 'Sortie de la page';
    // The offline copy of the help pages (src/offline/), if one was chosen, stays: it is what the
    // young person chose, said next to its button, and « Effacer » removes it. Leaving must not
    // wait for the browser to delete caches; it adds nothing either (no worker, no history entry).
    window.location.replace(url);
  }
}

if (!customElements.get('quick-exit')) customElements.define('quick-exit', QuickExitElement);
