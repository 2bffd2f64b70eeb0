// A copy of the project (node_modules linked, not copied) for builds that must leave the working
// tree untouched: the tests that build from changed content, and the benchmark.
import { cpSync, symlinkSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Not needed to build and test the site, or private to a developer's checkout. */
const neverCopied = ['node_modules', 'dist', '.git', '.astro', 'bench'];

/**
 * Copies the project `root` into `dir` (created if need be), leaving out the top-level folders in
 * `without` as well, and returns `dir`.
 */
export function copyProjectTo(root: string, dir: string, without: string[] = []): string {
  const skipped = new Set([...neverCopied, ...without]);
  cpSync(root, dir, {
    recursive: true,
    filter: (source) => !skipped.has(relative(root, source).split('/')[0] ?? ''),
  });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}
