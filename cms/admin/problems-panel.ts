// What stands between an entry and publishing, kept on screen: Decap's own messages sit beside
// each field (out of sight when the field is folded or scrolled away) and its notifications go
// after a few seconds. This panel lists every problem by the field's label, in the editor's words,
// stays until the problems are fixed (it is checked again at every change) and takes the editor to
// the field on a click. Plain DOM, outside Decap's React tree, which it never touches.
import type { EntryProblem } from '../config/entry-check.ts';

const styles = `
.asm-panel {
  position: fixed;
  z-index: 450;
  inset-inline-start: 0.75rem;
  inset-block-end: 0.75rem;
  inline-size: min(38rem, calc(50vw - 1.5rem));
  max-block-size: 45vh;
  overflow: auto;
  padding: 0.75rem 1rem;
  border-radius: 0.4rem;
  background: #fff;
  color: #1e2532;
  font: 0.95rem/1.4 system-ui, sans-serif;
  box-shadow: 0 2px 8px rgb(0 0 0 / 30%);
}
.asm-panel--problems { border: 3px solid #c2185b; }
.asm-panel--to-check { border: 2px solid #8a5a00; inset-block-end: 3.5rem; inset-inline-start: auto; inset-inline-end: 0.75rem; inline-size: auto; max-inline-size: min(30rem, 40vw); padding: 0.4rem 0.75rem; }
.asm-panel h2 { margin: 0 0 0.5rem; font-size: 1rem; }
.asm-panel--problems h2 { color: #a0144a; }
.asm-panel ul { margin: 0; padding-inline-start: 1.2rem; }
.asm-panel li + li { margin-block-start: 0.35rem; }
.asm-panel button, .asm-panel a { padding: 0; border: 0; background: none; color: #1d3f72; font: inherit; font-weight: 700; text-decoration: underline; cursor: pointer; }
.asm-panel summary { cursor: pointer; font-weight: 700; color: #6b4500; }
.asm-panel :focus-visible { outline: 3px solid #1d3f72; outline-offset: 2px; }
`;

let styled = false;
function addStyles() {
  if (styled) return;
  styled = true;
  const style = document.createElement('style');
  style.textContent = styles;
  document.head.append(style);
}

/** A field label as Decap shows it, without its « (optionnel) » mark, for comparing. */
const bareLabel = (text: string) =>
  text
    .replace(/\(optionnel\)/i, '')
    .trim()
    .toLowerCase();

/**
 * Takes the editor to a field named by its label path ("Horaires › Plages › n° 1 › Ouverture"):
 * the deepest label found on screen, its folded parents opened.
 */
export function goToField(path: string) {
  const names = path.split(' › ').filter((part) => !/^n° \d+$/.test(part));
  const labels = [...document.querySelectorAll<HTMLLabelElement>('label[for]')];
  for (const name of names.reverse()) {
    const label = labels.find((l) => bareLabel(l.textContent ?? '') === bareLabel(name));
    if (!label) continue;
    label.scrollIntoView({ block: 'center' });
    document.getElementById(label.htmlFor)?.focus({ preventScroll: true });
    return;
  }
}

/** The panel of problems that block publishing. */
export class ProblemsPanel {
  readonly element = document.createElement('section');
  private readonly list = document.createElement('ul');

  constructor() {
    addStyles();
    this.element.className = 'asm-panel asm-panel--problems';
    this.element.setAttribute('aria-labelledby', 'asm-problems-title');
    this.element.setAttribute('data-entry-problems', '');
    const title = document.createElement('h2');
    title.id = 'asm-problems-title';
    title.textContent = 'À corriger avant de publier';
    // Announced when it changes, once, without moving the focus.
    this.list.setAttribute('aria-live', 'polite');
    this.element.append(title, this.list);
    this.element.hidden = true;
    document.body.append(this.element);
  }

  show(problems: readonly EntryProblem[]) {
    const items = problems.map(({ field, message }) => {
      const item = document.createElement('li');
      const link = document.createElement('button');
      link.type = 'button';
      link.textContent = field;
      link.addEventListener('click', () => goToField(field));
      item.append(link, `\u00a0: ${message}`);
      return item;
    });
    this.list.replaceChildren(...items);
    this.element.hidden = items.length === 0;
  }

  clear() {
    this.show([]);
  }
}

/** One thing the validator asks editors to check: where (in words, with a link) and what. */
export type ToCheck = { where: string; href: string; message: string };

/**
 * The validator's warnings (unchecked numbers, advice nobody reviewed, missing legal facts), as
 * the last build found them: a folded « À vérifier » list, each item linking to its entry.
 */
export function showToCheck(items: readonly ToCheck[]) {
  if (items.length === 0) return;
  addStyles();
  const panel = document.createElement('details');
  panel.className = 'asm-panel asm-panel--to-check';
  panel.setAttribute('data-to-check', '');
  const summary = document.createElement('summary');
  summary.textContent = `À vérifier (${items.length})`;
  const intro = document.createElement('p');
  intro.textContent =
    'Rien ici n’empêche de publier, mais le site serait plus juste une fois ces points vérifiés (d’après la dernière construction du site).';
  const list = document.createElement('ul');
  for (const { where, href, message } of items) {
    const item = document.createElement('li');
    const link = document.createElement('a');
    link.href = href;
    link.textContent = where;
    item.append(link, `\u00a0: ${message}`);
    list.append(item);
  }
  panel.append(summary, intro, list);
  document.body.append(panel);
}
