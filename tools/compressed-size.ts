// Compressed sizes of a file as a well-configured host would serve it: gzip and brotli at their
// best levels. Shared by the site benchmark and the CMS benchmark so both report alike.
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export function compressedSizes(bytes: Uint8Array): { gzip: number; brotli: number } {
  return {
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}
