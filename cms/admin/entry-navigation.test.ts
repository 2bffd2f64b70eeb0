import { describe, expect, test } from 'vitest';
import { editorAddress, needsFreshEditor } from './entry-navigation.ts';

describe('editorAddress', () => {
  test('reads an entry’s or a new entry’s editor address, not the lists', () => {
    expect(editorAddress('#/collections/pages/entries/accessibilite')).toEqual({
      collection: 'pages',
      entry: 'accessibilite',
    });
    expect(editorAddress('#/collections/testimonials/new')).toEqual({ collection: 'testimonials' });
    expect(editorAddress('#/collections/news/new?title=x')).toEqual({ collection: 'news' });
    expect(editorAddress('#/collections/pages')).toBeUndefined();
    expect(editorAddress('#/collections/news/filter/kind')).toBeUndefined();
    expect(editorAddress('')).toBeUndefined();
  });
});

describe('needsFreshEditor', () => {
  const entry = (collection: string, id: string) => `#/collections/${collection}/entries/${id}`;
  test('from one entry to another, in the same collection or not', () => {
    expect(needsFreshEditor(entry('porteurs', 'a'), entry('pages', 'a'))).toBe(true);
    expect(needsFreshEditor(entry('porteurs', 'a'), entry('porteurs', 'b'))).toBe(true);
    expect(needsFreshEditor('#/collections/news/new', entry('pages', 'a'))).toBe(true);
  });
  test('not through a list, nor to the same entry, nor Decap’s own moves after a save', () => {
    expect(needsFreshEditor('#/collections/pages', entry('pages', 'a'))).toBe(false);
    expect(needsFreshEditor(entry('pages', 'a'), '#/collections/pages')).toBe(false);
    expect(needsFreshEditor(entry('pages', 'a'), entry('pages', 'a'))).toBe(false);
    // A new entry saved goes to its own address; « Publier et créer nouveau » to a new form.
    expect(needsFreshEditor('#/collections/news/new', entry('news', 'x'))).toBe(false);
    expect(needsFreshEditor(entry('news', 'x'), '#/collections/news/new')).toBe(false);
  });
});
