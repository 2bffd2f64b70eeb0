// The remark plugin that points a text's uploaded images at their source file.
import { describe, expect, test } from 'vitest';
import type { Root } from 'mdast';
import { remarkUploadedImages } from '../../src/content/markdown-uploads.ts';

const tree = (...urls: string[]): Root => ({
  type: 'root',
  children: [
    {
      type: 'paragraph',
      children: urls.map((url) => ({ type: 'image', url, alt: 'Une image' })),
    },
  ],
});
const urls = (root: Root) =>
  root.children.flatMap((p) => ('children' in p ? p.children.map((i) => 'url' in i && i.url) : []));

describe('remarkUploadedImages', () => {
  test('an upload becomes its source file, relative to the entry', () => {
    const root = tree('/uploads/atelier.png', '/uploads/2025/photo.jpg');
    remarkUploadedImages('/projet')(root, { path: '/projet/content/porteurs/solipsy.md' });
    expect(urls(root)).toEqual([
      '../../src/assets/uploads/atelier.png',
      '../../src/assets/uploads/2025/photo.jpg',
    ]);
  });

  test('other addresses are left for the validator to refuse', () => {
    const root = tree('https://images.example.org/a.png', '/uploads/../secret.png');
    remarkUploadedImages('/projet')(root, { path: '/projet/content/porteurs/solipsy.md' });
    expect(urls(root)).toEqual(['https://images.example.org/a.png', '/uploads/../secret.png']);
  });
});
