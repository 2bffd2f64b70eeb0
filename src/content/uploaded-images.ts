// The uploads as images for Astro's pipeline (Vite's import.meta.glob: site build only; the
// rules on uploads, shared with the validator in plain Node, are in uploads.ts).
import type { ImageMetadata } from 'astro';
import { uploadSource, uploadsFolder } from './uploads.ts';

const images = import.meta.glob<ImageMetadata>(
  '/src/assets/uploads/**/*.{png,jpg,jpeg,webp,avif,PNG,JPG,JPEG,WEBP,AVIF}',
  { eager: true, import: 'default' },
);

/** The image an entry names, ready for <Picture>; the validator has checked that it exists. */
export function uploadedImage(path: string): ImageMetadata {
  const image = images[uploadSource(path)];
  if (!image) throw new Error(`Image introuvable : ${path} (attendue dans ${uploadsFolder}/).`);
  return image;
}

/**
 * The upload's own size. Reading a property of an imported image makes Astro publish the original
 * file too, metadata included (a phone photo's GPS position…); its hidden `clone` does not, and is
 * what Astro's getImage() reads itself.
 */
export function uploadSize(image: ImageMetadata): { width: number; height: number } {
  const { width, height } = (image as ImageMetadata & { clone?: ImageMetadata }).clone ?? image;
  return { width, height };
}
