// Uploads refused before Decap stores them, by the rule the validator applies
// (src/content/upload-check.ts): the file's bytes decide its type, under the byte and pixel limits.
// Decap stores media through its backend, either at once (persistMedia) or with the entry
// (persistEntry's assets, in the editorial workflow): both are guarded.
import { uploadLimits, uploadProblem } from '../../src/content/upload-check.ts';
import { RefusalError } from '../config/cross-entry-check.ts';

/** What Decap hands its backend for a file (its AssetProxy). */
export type UploadedAsset = { path: string; fileObj?: Blob };

type Storing = {
  persistMedia?: (asset: UploadedAsset, ...rest: unknown[]) => Promise<unknown>;
  persistEntry?: (entry: { assets?: UploadedAsset[] }, ...rest: unknown[]) => Promise<unknown>;
};

/** Why this file would be refused by the validator, or undefined. */
export async function assetProblem(asset: UploadedAsset): Promise<string | undefined> {
  const file = asset.fileObj;
  if (!file) return undefined;
  const name = asset.path.split('/').pop() ?? asset.path;
  // A file too heavy is refused by its size, without being read into memory.
  const bytes =
    file.size > uploadLimits.bytes ? new Uint8Array() : new Uint8Array(await file.arrayBuffer());
  const problem = uploadProblem(name, bytes, file.size);
  return problem && `« ${name} » : ${problem}`;
}

async function refuseBadAssets(assets: UploadedAsset[]) {
  const problems = (await Promise.all(assets.map(assetProblem))).filter(Boolean);
  if (problems.length)
    throw new RefusalError(`le site refuserait ce fichier. ${problems.join(' ; ')}`);
}

/** Wraps a backend implementation's storing methods so that a refused upload is never stored. */
export function guardUploads<T extends Storing>(implementation: T): T {
  const { persistMedia, persistEntry } = implementation;
  if (persistMedia) {
    implementation.persistMedia = async (asset, ...rest) => {
      await refuseBadAssets([asset]);
      return persistMedia.call(implementation, asset, ...rest);
    };
  }
  if (persistEntry) {
    implementation.persistEntry = async (entry, ...rest) => {
      await refuseBadAssets(entry.assets ?? []);
      return persistEntry.call(implementation, entry, ...rest);
    };
  }
  return implementation;
}
