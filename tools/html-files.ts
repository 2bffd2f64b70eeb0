// The HTML files of a built site, for the tests and the benchmark alike.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Every HTML file under a folder, recursively, sorted. */
export function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}
