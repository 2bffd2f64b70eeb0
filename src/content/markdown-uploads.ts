// Images in editors' Markdown name uploads by their public path ("/uploads/photo.png", as Decap's
// media library writes them), but the file lives in src/assets/uploads/ and /uploads/ is never
// published. This remark plugin points each such image at its source file, relative to the entry,
// so that Astro's image pipeline serves it resized (as for logos and photos) instead of a broken
// address. Other addresses are left alone: the validator refuses them (markup-check.ts).
import { dirname, join, relative } from 'node:path';
import type { Nodes, Root } from 'mdast';
import { uploadPathPattern, uploadSource } from './uploads.ts';

function* images(node: Nodes): Generator<Extract<Nodes, { type: 'image' }>> {
  if (node.type === 'image') yield node;
  if ('children' in node) for (const child of node.children) yield* images(child);
}

/** The remark plugin, for the project at `projectRoot` (where src/assets/uploads/ is). */
export function remarkUploadedImages(projectRoot: string) {
  return (tree: Root, file: { path?: string }) => {
    if (!file.path) return;
    for (const image of images(tree)) {
      if (!uploadPathPattern.test(image.url)) continue;
      const source = relative(dirname(file.path), join(projectRoot, uploadSource(image.url)));
      image.url = source.startsWith('.') ? source : `./${source}`;
    }
  };
}
