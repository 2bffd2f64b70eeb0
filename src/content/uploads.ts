// Images uploaded through the CMS: entries store "/uploads/logo.png" (Decap's public folder), the
// file lives in src/assets/uploads/ (its media folder), and pages serve it through Astro's image
// pipeline (resized, AVIF and WebP, width and height) instead of the original file.
// Raster images only: an SVG is a document that can carry a script, on the same origin as the CMS
// and its editor's session.
export const uploadExtensions = ['png', 'jpg', 'jpeg', 'webp', 'avif'] as const;
export const uploadTypesLabel = 'PNG, JPEG, WebP ou AVIF';

/** Where uploads live in the project (the CMS's media folder). */
export const uploadsFolder = 'src/assets/uploads';
export const uploadsPublicPath = '/uploads/';

/** "/uploads/logo.png" → "/src/assets/uploads/logo.png" (project-relative source of an upload). */
export function uploadSource(path: string): string {
  if (!path.startsWith(uploadsPublicPath))
    throw new Error(`Image hors de ${uploadsPublicPath} : ${path}`);
  return `/${uploadsFolder}/${path.slice(uploadsPublicPath.length)}`;
}

const extensionsPattern = uploadExtensions.flatMap((e) => [e, e.toUpperCase()]).join('|');

/** A path under /uploads/ to an image of an accepted type (no dots: no way out of the folder). */
export const uploadPathPattern = new RegExp(`^/uploads/[\\w\\-/]+\\.(?:${extensionsPattern})$`);

/**
 * The same rule on the file's name alone: Decap checks an image field's `pattern` against the
 * value's base name ("logo.png"), not the "/uploads/logo.png" it saves.
 */
export const uploadNamePattern = new RegExp(`^[\\w\\-]+\\.(?:${extensionsPattern})$`);
