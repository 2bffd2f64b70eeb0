// What an uploaded file must be, judged by its bytes (never by its name): a PNG, JPEG, WebP or
// AVIF image whose content matches its extension, under a byte limit and a pixel limit. Beyond
// the pixels Astro's image pipeline can process, it would publish the original as it is (metadata,
// a phone photo's GPS position, included); an SVG or an HTML page renamed .png or .jpg would break
// the build. Shared by the validator (Node) and the CMS before an upload is stored (browser):
// image-size reads the type from the magic bytes and the size from the header, synchronously.
import { imageSize } from 'image-size';
import { uploadExtensions, uploadTypesLabel } from './uploads.ts';
import { frenchNumber as thousands } from '../lib/french-typography.ts';

export const uploadLimits = {
  /** 10 MB: a phone photo is 2 to 6 MB. */
  bytes: 10_000_000,
  /** 40 million pixels (8000 × 5000), well within the pipeline's limit, above any phone's camera. */
  pixels: 40_000_000,
} as const;

/** The types image-size names, by the extensions they may carry. */
const typesByExtension: Record<(typeof uploadExtensions)[number], string> = {
  png: 'png',
  jpg: 'jpg',
  jpeg: 'jpg',
  webp: 'webp',
  avif: 'avif',
};


/**
 * Why this uploaded file is refused, in French, or undefined when it is a fitting image.
 * `byteLength` is the file's size when `bytes` holds only its start (a file too heavy to read).
 */
export function uploadProblem(
  name: string,
  bytes: Uint8Array,
  byteLength = bytes.length,
): string | undefined {
  const extension = name.slice(name.lastIndexOf('.') + 1).toLowerCase();
  const expected = typesByExtension[extension as keyof typeof typesByExtension];
  if (!expected) {
    return `type de fichier refusé : seules les images ${uploadTypesLabel} sont acceptées (un SVG peut contenir du code).`;
  }
  if (byteLength > uploadLimits.bytes) {
    return `fichier trop lourd (${thousands(Math.round(byteLength / 1e6))} Mo, au plus ${thousands(uploadLimits.bytes / 1e6)} Mo) : enregistrez l’image en plus petit avant de la téléverser.`;
  }
  let size: ReturnType<typeof imageSize>;
  try {
    size = imageSize(bytes);
  } catch {
    return `ce fichier n’est pas une image ${uploadTypesLabel}, malgré son nom en .${extension} (une page web ou un document renommé, par exemple) : téléversez l’image elle-même.`;
  }
  if (size.type !== expected) {
    const actual = size.type === 'svg' ? 'un SVG (qui peut contenir du code)' : `une image ${String(size.type).toUpperCase()}`;
    return Object.values(typesByExtension).includes(size.type ?? '')
      ? `ce fichier est ${actual}, mais son nom finit par .${extension} : renommez-le avec la bonne extension.`
      : `ce fichier est ${actual}, pas une image ${uploadTypesLabel}, malgré son nom en .${extension}.`;
  }
  const pixels = size.width * size.height;
  if (!(pixels > 0)) return `image illisible : ses dimensions sont introuvables.`;
  if (pixels > uploadLimits.pixels) {
    return `image trop grande (${thousands(size.width)} × ${thousands(size.height)} pixels, au plus ${thousands(uploadLimits.pixels / 1e6)} millions de pixels) : réduisez-la avant de la téléverser, par exemple à ${thousands(4000)} pixels de large.`;
  }
  return undefined;
}
