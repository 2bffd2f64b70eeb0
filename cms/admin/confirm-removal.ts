// Decap removes a list item at one click, without asking. For the lists a schema marks
// (`cms.confirmRemoval`: the emergency numbers shown on every page), the remove button asks first.
// Decap's button has no name of its own: it is the last, text-less button of an item's top bar.
import { fieldMeta } from '../../src/content/schema-walk.ts';
import type { CollectionDefinition } from '../../src/content/collections.ts';

type GuardedList = { label: string; question: string };

/** The top-level lists of the collections whose items need a confirmation to be removed. */
export function guardedLists(definitions: readonly CollectionDefinition[]): GuardedList[] {
  return definitions.flatMap((definition) =>
    Object.values(definition.schema.shape).flatMap((field) => {
      const meta = fieldMeta(field as never);
      return meta.cms?.confirmRemoval && meta.title
        ? [{ label: meta.title, question: meta.cms.confirmRemoval }]
        : [];
    }),
  );
}

const bare = (text: string) =>
  text
    .replace(/\(optionnel\)/i, '')
    .trim()
    .toLowerCase();

function isRemoveButton(button: HTMLButtonElement): boolean {
  const bar = button.parentElement;
  return (
    !!bar &&
    bar.children.length > 1 &&
    bar.lastElementChild === button &&
    !button.textContent?.trim() &&
    !!button.querySelector('svg')
  );
}

/** Asks before a guarded list loses an item; a « no » stops the click before Decap sees it. */
export function confirmRemovals(lists: readonly GuardedList[]) {
  document.addEventListener(
    'click',
    (event) => {
      const button = (event.target as Element).closest('button');
      if (!button || !isRemoveButton(button)) return;
      for (const label of document.querySelectorAll<HTMLLabelElement>('label')) {
        const list = lists.find((l) => bare(l.label) === bare(label.textContent ?? ''));
        // Decap wraps each label in a div, inside the field's ControlContainer.
        const field = label.closest('[class*="ControlContainer"]');
        if (!list || !field?.contains(button)) continue;
        if (!window.confirm(list.question)) {
          event.preventDefault();
          event.stopImmediatePropagation();
        }
        return;
      }
    },
    true,
  );
}
