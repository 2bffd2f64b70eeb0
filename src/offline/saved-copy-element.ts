// <saved-copy-notice>: on the offline pages, says that the page is the copy saved on the phone,
// and its date, when the service worker served the saved copy (offline or on a connection too
// slow). The page fetched online carries no date and the notice stays hidden.
import { savedCopyDate, savedCopyOf } from './saved-copy.ts';

class SavedCopyNoticeElement extends HTMLElement {
  connectedCallback() {
    const date = savedCopyOf(document.documentElement);
    if (!date) return;
    const dateText = this.querySelector('[data-date]');
    if (dateText) dateText.textContent = savedCopyDate(date);
    this.hidden = false;
  }
}

if (!customElements.get('saved-copy-notice')) {
  customElements.define('saved-copy-notice', SavedCopyNoticeElement);
}
