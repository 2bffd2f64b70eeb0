// The validator's warnings for the CMS's « À vérifier » list: each one placed in the editor's words
// (collection, entry name, field label) with the address of its entry in the CMS, never a file.
import {
  collections,
  type CollectionDefinition,
  type CollectionName,
} from '../../src/content/collections.ts';
import { fieldLabel } from '../../src/content/schema-walk.ts';
import { entryName } from '../../src/content/validation/cross-entry-rules.ts';
import type { ContentEntry, Problem } from '../../src/content/validation/validate-content.ts';
import type { ToCheck } from '../admin/problems-panel.ts';

export function toCheckList(
  warnings: readonly Problem[],
  entries: readonly ContentEntry[],
): ToCheck[] {
  return warnings.flatMap((warning) => {
    const entry = entries.find((e) => e.file === warning.file);
    if (!entry) return [];
    const definition = collections[entry.collection as CollectionName];
    const field =
      warning.label ??
      (warning.field ? fieldLabel(definition.schema, warning.field.split('.')) : undefined);
    const name =
      entryName(entry) ||
      ((definition as CollectionDefinition).fixedEntries?.length === 1
        ? ''
        : String(entry.data.title ?? entry.id));
    const where = [definition.label, name, field].filter(Boolean).join(' › ');
    return [
      {
        where,
        href: `#/collections/${entry.collection}/entries/${entry.id}`,
        message: warning.message,
      },
    ];
  });
}
