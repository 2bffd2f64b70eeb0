// <offline-help>: on the help page, « Garder les numéros sur ce téléphone » and « Effacer ».
// Keeping registers the service worker (src/offline/service-worker.ts), which saves the help pages
// and their files; erasing unregisters it and deletes its caches. Nothing happens until asked:
// no worker for anyone who did not choose one. Without JavaScript (or without service workers)
// the element stays hidden: there is nothing it could do.
import { cachePrefix, offlineScope, optInPage, serviceWorkerPath } from './offline-copy.ts';
import { savedCopyDate, savedCopyOf } from './saved-copy.ts';

type State = 'off' | 'saving' | 'on' | 'erased' | 'failed';

/** The offline copy's registration, if any (other workers of the site are not ours). */
async function ownRegistrations(): Promise<ServiceWorkerRegistration[]> {
  const registrations = await navigator.serviceWorker.getRegistrations();
  return registrations.filter(
    (registration) => new URL(registration.scope).pathname === offlineScope,
  );
}

async function ownCaches(): Promise<string[]> {
  return (await caches.keys()).filter((name) => name.startsWith(cachePrefix));
}

/** Resolves true once the worker is active (the copy complete), false if it failed to install. */
function activated(registration: ServiceWorkerRegistration): Promise<boolean> {
  const worker = registration.installing ?? registration.waiting ?? registration.active;
  if (!worker) return Promise.resolve(false);
  if (worker.state === 'activated') return Promise.resolve(true);
  return new Promise((resolve) => {
    worker.addEventListener('statechange', () => {
      if (worker.state === 'activated') resolve(true);
      if (worker.state === 'redundant') resolve(false);
    });
  });
}

/** Removes the copy: the worker unregistered, its caches deleted. */
export async function eraseOfflineCopy(): Promise<void> {
  await Promise.all((await ownRegistrations()).map((registration) => registration.unregister()));
  await Promise.all((await ownCaches()).map((name) => caches.delete(name)));
}

/** The saved help page's date, read from the copy itself. */
async function savedAt(): Promise<Date | undefined> {
  for (const name of await ownCaches()) {
    const page = await (await caches.open(name)).match(optInPage);
    if (!page) continue;
    const html = new DOMParser().parseFromString(await page.text(), 'text/html');
    return savedCopyOf(html.documentElement);
  }
  return undefined;
}

class OfflineHelpElement extends HTMLElement {
  connectedCallback() {
    if (!('serviceWorker' in navigator) || !window.isSecureContext || !('caches' in window)) return;
    this.hidden = false;
    this.#button('keep').addEventListener('click', this.#keep);
    this.#button('erase').addEventListener('click', this.#erase);
    void this.#showCurrent();
  }

  disconnectedCallback() {
    this.#button('keep').removeEventListener('click', this.#keep);
    this.#button('erase').removeEventListener('click', this.#erase);
  }

  #button(name: 'keep' | 'erase'): HTMLButtonElement {
    return this.querySelector<HTMLButtonElement>(`[data-${name}]`)!;
  }

  async #showCurrent() {
    const kept = (await ownRegistrations()).length > 0 && (await ownCaches()).length > 0;
    await this.#show(kept ? 'on' : 'off');
  }

  /** `focus`: the button pressed may have gone, focus goes to the one that replaces it. */
  async #show(state: State, { focus = false } = {}) {
    this.dataset.state = state;
    const on = state === 'on';
    const keep = this.#button('keep');
    const erase = this.#button('erase');
    keep.hidden = on;
    erase.hidden = !on;
    keep.disabled = state === 'saving';
    for (const text of this.querySelectorAll<HTMLElement>('[data-say]')) {
      text.hidden = text.dataset.say !== state;
    }
    if (on) {
      const date = await savedAt();
      const dateText = this.querySelector('[data-say="on"] [data-date]');
      if (dateText) dateText.textContent = date ? savedCopyDate(date) : '';
    }
    if (focus) (on ? erase : keep).focus();
  }

  #keep = async () => {
    await this.#show('saving');
    try {
      const registration = await navigator.serviceWorker.register(serviceWorkerPath, {
        scope: offlineScope,
      });
      if (await activated(registration)) {
        await this.#show('on', { focus: true });
        return;
      }
    } catch {
      // Shown below.
    }
    // Nothing half-kept.
    await eraseOfflineCopy();
    await this.#show('failed', { focus: true });
  };

  #erase = async () => {
    await eraseOfflineCopy();
    await this.#show('erased', { focus: true });
  };
}

if (!customElements.get('offline-help')) customElements.define('offline-help', OfflineHelpElement);
