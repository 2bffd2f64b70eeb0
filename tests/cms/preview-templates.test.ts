// Decap finds a preview template by the collection's name, or for fixed entries by the file's
// name: two collections with a file of the same name would show one's preview for the other.
import { describe, expect, test } from 'vitest';
import { collections } from '../../src/content/collections.ts';
import { previewTemplateNames } from '../../cms/admin/previews.ts';

describe('preview templates', () => {
  const names = previewTemplateNames(collections);

  test('every collection, and every fixed entry, has a template under its own name', () => {
    for (const [name, definition] of Object.entries(collections)) {
      const expected = 'fixedEntries' in definition ? definition.fixedEntries : [name];
      expect(names.filter(([, collection]) => collection === name).map(([t]) => t)).toEqual(
        expected,
      );
    }
  });

  test('no two templates share a name', () => {
    const templates = names.map(([template]) => template);
    expect(templates.filter((name, index) => templates.indexOf(name) !== index)).toEqual([]);
  });
});
