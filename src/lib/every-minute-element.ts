// A custom element that redraws itself every minute (lines open now, events that end): once when
// it joins the page, then each minute, until it leaves the page.
export abstract class EveryMinuteElement extends HTMLElement {
  #timer: number | undefined;

  connectedCallback() {
    this.update();
    this.#timer = window.setInterval(() => this.update(), 60_000);
  }

  disconnectedCallback() {
    window.clearInterval(this.#timer);
  }

  abstract update(): void;
}
