// The CMS refuses an upload before its backend stores it, with the validator's rule and message:
// whether Decap stores the file at once (persistMedia) or with the entry (persistEntry's assets).
import { describe, expect, test } from 'vitest';
import { guardUploads, type UploadedAsset } from '../../cms/admin/upload-guard.ts';
import { pngHeader, solidImage } from '../helpers/images.ts';

const asset = (path: string, bytes: string | Uint8Array): UploadedAsset => ({
  path,
  fileObj: new Blob([typeof bytes === 'string' ? bytes : new Uint8Array(bytes)]),
});

/** A backend implementation that records what it stored. */
function fakeImplementation() {
  const stored: string[] = [];
  return {
    stored,
    persistMedia: async (file: UploadedAsset) => void stored.push(file.path),
    persistEntry: async (entry: { assets?: UploadedAsset[] }) =>
      void stored.push(...(entry.assets ?? []).map((a) => a.path)),
  };
}

const goodPng = await solidImage(40, 20, 'png');

// One case per line: the file uploaded, the refusal expected (null: stored).
// prettier-ignore
const cases: [string, UploadedAsset, RegExp | null][] = [
  ['a real PNG is stored', asset('src/assets/uploads/logo.png', goodPng), null],
  ['an SVG named .png', asset('src/assets/uploads/logo.png', '<svg xmlns="http://www.w3.org/2000/svg"/>'), /« logo\.png » : ce fichier (?:est un SVG|n’est pas une image)/],
  ['an HTML page named .jpg', asset('src/assets/uploads/photo.jpg', '<!doctype html><title>x</title>'), /« photo\.jpg » : ce fichier n’est pas une image/],
  ['a 30 000 × 30 000 PNG', asset('src/assets/uploads/immense.png', pngHeader(30_000, 30_000)), /image trop grande/],
  ['a file over 10 MB', asset('src/assets/uploads/lourde.png', new Uint8Array(10_000_001)), /fichier trop lourd/],
];

describe.each(['persistMedia', 'persistEntry'] as const)('%s', (method) => {
  test.each(cases)('%s', async (_, file, refusal) => {
    const implementation = guardUploads(fakeImplementation());
    const storing =
      method === 'persistMedia'
        ? implementation.persistMedia(file)
        : implementation.persistEntry({ assets: [file] });
    if (refusal) {
      await expect(storing).rejects.toThrow(refusal);
      expect(implementation.stored).toEqual([]);
    } else {
      await storing;
      expect(implementation.stored).toEqual([file.path]);
    }
  });
});

// Decap's backends are classes: their methods use `this`, and Decap uses what they answer (the
// stored media file). The guard must keep both, or a good upload would be lost.
test('a stored upload goes through the backend’s own method, its answer kept', async () => {
  class Backend {
    stored: string[] = [];
    async persistMedia(file: UploadedAsset) {
      this.stored.push(file.path);
      return { id: file.path, path: file.path };
    }
    async persistEntry(entry: { assets?: UploadedAsset[] }) {
      this.stored.push(...(entry.assets ?? []).map((a) => a.path));
      return 'entry persisted';
    }
  }
  const backend = guardUploads(new Backend());
  const logo = asset('src/assets/uploads/logo.png', goodPng);
  expect(await backend.persistMedia(logo)).toEqual({ id: logo.path, path: logo.path });
  expect(await backend.persistEntry({ assets: [logo] })).toBe('entry persisted');
  expect(backend.stored).toEqual([logo.path, logo.path]);
});
