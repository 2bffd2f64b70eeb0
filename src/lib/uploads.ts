// What editors may upload (public/uploads/, served at /uploads/): raster images only. An SVG is
// a document that can carry a script, on the same origin as the CMS and its editor's session.
export const uploadExtensions = ['png', 'jpg', 'jpeg', 'webp', 'avif'] as const;

export const uploadsFolder = 'public/uploads';

/** A path under /uploads/ to an image of an accepted type. */
export const uploadPathPattern = new RegExp(
  `^/uploads/[\\w.\\-/]+\\.(?:${uploadExtensions.join('|')})$`,
);

export const uploadTypesLabel = 'PNG, JPEG, WebP ou AVIF';

export const isAcceptedUpload = (fileName: string) =>
  new RegExp(`\\.(?:${uploadExtensions.join('|')})$`, 'i').test(fileName);
