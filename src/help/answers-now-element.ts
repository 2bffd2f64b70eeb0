// <answers-now>: at the end of a chatbot path, shows a line that answers now when none of the
// recommended lines does, and hides itself while one of them does. Recomputed every minute, on the
// Paris clock (src/help/answers-now.ts); the server's version, with every hour, is what shows
// without JavaScript.
import { answerNow, type LineHours } from './answers-now.ts';
import { EveryMinuteElement } from '../lib/every-minute-element.ts';

class AnswersNowElement extends EveryMinuteElement {
  update() {
    const read = (name: string) => JSON.parse(this.dataset[name] ?? '[]') as LineHours[];
    const recommended = read('recommended');
    const choice = answerNow(recommended, read('reserve'), new Date());
    this.hidden = choice.openRecommended.length > 0;
    // "None is open" would be too sure when some hours are to confirm.
    const unsure = recommended.some((line) => line.hours?.toConfirm);
    const say = !choice.reserve ? 'nobody' : unsure ? 'unsure' : 'reserve';
    for (const text of this.querySelectorAll<HTMLElement>('[data-say]')) {
      text.hidden = text.dataset.say !== say;
    }
    for (const item of this.querySelectorAll<HTMLElement>('[data-line]')) {
      item.hidden = item.dataset.line !== choice.reserve;
    }
    this.dataset.live = choice.reserve ?? '';
  }
}

if (!customElements.get('answers-now')) customElements.define('answers-now', AnswersNowElement);
