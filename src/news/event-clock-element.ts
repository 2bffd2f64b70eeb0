// <event-clock>: keeps past events from being announced as upcoming, whatever the day the page is
// read (the site is static: a page built on Monday is still read on Friday). Each event carries
// the instant it is over (`data-ends-at`, computed at build time by event-time.ts). Once it has
// passed, an event of the upcoming list moves to the past list when the block has one, and leaves
// the block otherwise; an element with `data-ends-at` shows its `[data-show="past"]` children
// instead of its `[data-show="upcoming"]` ones. Without JavaScript, the build's version shows.
import { EveryMinuteElement } from '../lib/every-minute-element.ts';

/** Over at `now`: its end instant has passed (an unreadable instant never hides an event). */
export const isOver = (endsAt: string | undefined, now: number): boolean => {
  const end = Date.parse(endsAt ?? '');
  return Number.isFinite(end) && end <= now;
};

class EventClockElement extends EveryMinuteElement {
  update(now = Date.now()) {
    const upcoming = this.querySelector<HTMLElement>('[data-upcoming]');
    const past = this.querySelector<HTMLElement>('[data-past]');
    for (const timed of [this, ...this.querySelectorAll<HTMLElement>('[data-ends-at]')]) {
      if (!timed.dataset.endsAt) continue;
      const state = isOver(timed.dataset.endsAt, now) ? 'past' : 'upcoming';
      for (const part of timed.querySelectorAll<HTMLElement>('[data-show]')) {
        if (part.closest('[data-ends-at]') === timed) part.hidden = part.dataset.show !== state;
      }
    }
    if (!upcoming) return;
    const over = [...upcoming.querySelectorAll<HTMLElement>(':scope > [data-ends-at]')].filter(
      (item) => isOver(item.dataset.endsAt, now),
    );
    // The upcoming list is soonest first; the past list latest first: the last one over leads.
    for (const item of over) {
      if (past) past.prepend(item);
      else item.remove();
    }
    const remaining = upcoming.querySelectorAll(':scope > [data-ends-at]').length;
    const none = this.querySelector<HTMLElement>('[data-when-none]');
    if (none) none.hidden = remaining > 0;
    upcoming.hidden = remaining === 0;
    if (past) {
      past.hidden = past.children.length === 0;
      const pastBlock = this.querySelector<HTMLElement>('[data-past-block]');
      if (pastBlock) pastBlock.hidden = past.hidden;
    }
    // A block with nothing left to announce and no word for it disappears.
    if (!none && !past) this.hidden = remaining === 0;
  }
}

if (!customElements.get('event-clock')) customElements.define('event-clock', EventClockElement);
