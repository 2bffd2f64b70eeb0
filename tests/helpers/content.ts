// Reading a content folder in tests, through the project's own reader (the validator that
// `npm run validate` and the build use): entries come out parsed by their schemas, typed.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import type { z } from 'astro/zod';
import { collections, type CollectionName } from '../../src/content/collections.ts';
import {
  validateContent,
  type ValidationResult,
} from '../../src/content/validation/validate-content.ts';

export const projectRoot = join(import.meta.dirname, '..', '..');

/** The project's real content: validated by tests, never counted. */
export const realContentDir = join(projectRoot, 'content');

/**
 * A small, frozen content tree for unit tests (a subset of the real content when it was written):
 * editors may change content/ as they like without touching it. Keep it valid when a schema
 * changes: tests/content/fixture.test.ts says so, file by file.
 */
export const fixtureContentDir = join(projectRoot, 'tests', 'fixtures', 'content');

export type EntryOf<C extends CollectionName> = {
  id: string;
  /** Path from the folder above the content folder ("content/territories/lyon.json"). */
  file: string;
  data: z.output<(typeof collections)[C]['schema']>;
  body: string;
};

export type Content = ValidationResult & {
  /** The valid entries of one collection, in file-name order. */
  of<C extends CollectionName>(collection: C): EntryOf<C>[];
  /** The one entry of the settings collection. */
  settings: EntryOf<'settings'>['data'];
};

/** Reads and validates a content folder. Invalid files are left out of `of()` (see `problems`). */
export function readContent(contentDir: string, now?: Date): Content {
  const result = validateContent(contentDir, join(contentDir, '..'), now);
  const of = <C extends CollectionName>(collection: C) =>
    result.entries.filter((entry) => entry.collection === collection) as unknown as EntryOf<C>[];
  return {
    ...result,
    of,
    get settings() {
      const [settings] = of('settings');
      if (!settings)
        throw new Error(`${contentDir} : pas de réglages valides (settings/site.json).`);
      return settings.data;
    },
  };
}

/**
 * Makes copies of the fixture content, each damaged on purpose by the test, in a temporary folder
 * removed after the test file: `copy(name, damage)` returns the damaged content folder.
 */
export function damagedCopies(prefix: string) {
  const root = mkdtempSync(join(tmpdir(), prefix));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  return (name: string, damage: (dir: string) => void): string => {
    const dir = join(root, name, 'content');
    cpSync(fixtureContentDir, dir, { recursive: true });
    damage(dir);
    return dir;
  };
}

/** Rewrites a JSON content file through `edit`. */
export function editJson(file: string, edit: (data: Record<string, unknown>) => void): void {
  const data = JSON.parse(readFileSync(file, 'utf8'));
  edit(data);
  writeFileSync(file, JSON.stringify(data, null, 2));
}
