// <contact-form>: with JavaScript, the structure's name becomes required for the requests made on
// behalf of a structure (become a porteur, ask for an intervention). Without it, the label and
// hint say the same, and the team reads every message anyway.
import { needsStructure } from '../../lib/contact-request.ts';

class ContactForm extends HTMLElement {
  connectedCallback() {
    const form = this.querySelector('form');
    const structure = form?.querySelector<HTMLInputElement>('input[name="structure"]');
    if (!form || !structure) return;
    const update = () => {
      const checked = form.querySelector<HTMLInputElement>('input[name="demande"]:checked');
      structure.required = needsStructure(checked?.value);
    };
    form.addEventListener('change', update);
    update();
  }
}

if (!customElements.get('contact-form')) customElements.define('contact-form', ContactForm);
