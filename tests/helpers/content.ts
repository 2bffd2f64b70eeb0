// Reading a content folder in tests, through the project's own reader (the validator that
// `npm run validate` and the build use): entries come out parsed by their schemas, typed.
import { join } from 'node:path';
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
