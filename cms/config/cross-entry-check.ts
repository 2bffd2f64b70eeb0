// The rules across entries (src/content/validation/cross-entry-rules.ts) inside the CMS: before an entry is
// saved or published, and before one is deleted, the collections are read again through the
// backend (decap-server locally, GitHub behind git-gateway or github in production), so that the
// check sees the content as it is now, including what this editor saved a minute ago.
import { parse as parseYaml } from 'yaml';
import {
  collections,
  type CollectionDefinition,
  type CollectionName,
} from '../../src/content/collections.ts';
import {
  bodyField,
  collectionsLinking,
  collectionsReferring,
  deletionRefusal,
  linksToPages,
  problemsOnSave,
  type RuleEntry,
  type RuleFacts,
  type RuleProblem,
  uniqueWordsOf,
} from '../../src/content/validation/cross-entry-rules.ts';
import { splitFrontMatter } from '../../src/content/front-matter.ts';
import { fieldLabel } from '../../src/content/schema-walk.ts';
import { bodyLabel, type EntryProblem } from './entry-check.ts';

/** The part of a Decap backend implementation this check reads with. */
type StoredFile = { data: string; file: { path: string } };
export type EntryReader = {
  allEntriesByFolder?: (folder: string, extension: string, depth: number) => Promise<StoredFile[]>;
  entriesByFolder: (folder: string, extension: string, depth: number) => Promise<StoredFile[]>;
  /** One file (a fixed entry: the menu); every Decap backend implementation has it. */
  getEntry?: (path: string) => Promise<StoredFile>;
};

/** A refusal shown in Decap's notification: its text without the "Error:" prefix. */
export class RefusalError extends Error {
  override toString() {
    return this.message;
  }
}

/** The entry a stored file holds, checked by its collection's schema. */
export function entryFromSource(
  collection: CollectionName,
  path: string,
  source: string,
): RuleEntry | null {
  const definition: CollectionDefinition = collections[collection];
  const name = path.slice(path.lastIndexOf('/') + 1);
  const id = name.slice(0, name.lastIndexOf('.'));
  let data: unknown;
  let body: string | undefined;
  try {
    if (definition.format === 'json') data = JSON.parse(source);
    else {
      const parts = splitFrontMatter(source);
      data = parts ? (parseYaml(parts.frontMatter) ?? {}) : null;
      body = parts?.body;
    }
  } catch {
    data = null;
  }
  if (!data || typeof data !== 'object') return null;
  const parsed = definition.schema.safeParse(data);
  return {
    collection,
    id,
    file: `content/${definition.folder}/${name}`,
    data: (parsed.success ? parsed.data : data) as Record<string, unknown>,
    valid: parsed.success,
    body,
  };
}

/** Every entry of the given folder collections, as the backend holds them now. */
export async function readCollections(
  reader: EntryReader,
  names: readonly CollectionName[],
): Promise<RuleEntry[]> {
  const lists = await Promise.all(
    names.map(async (name) => {
      const definition: CollectionDefinition = collections[name];
      const folder = `content/${definition.folder}`;
      if (definition.fixedEntries) {
        // Files, not a folder: the gated local backend lists only the folder collections.
        if (!reader.getEntry) return [];
        const files = await Promise.all(
          definition.fixedEntries.map((id) =>
            reader
              .getEntry!.call(reader, `${folder}/${id}.${definition.format}`)
              // A fixed file missing is the validator's to report (« fichier manquant »).
              .catch(() => null),
          ),
        );
        return files
          .map((stored) => stored && entryFromSource(name, stored.file.path, stored.data))
          .filter((entry): entry is RuleEntry => Boolean(entry));
      }
      const read = reader.allEntriesByFolder ?? reader.entriesByFolder;
      const files = await read.call(reader, folder, definition.format, 1);
      return files
        .map(({ data, file }) => entryFromSource(name, file.path, data))
        .filter((entry): entry is RuleEntry => entry !== null);
    }),
  );
  return lists.flat();
}

/** The folder collections, whose entries the rules compare. */
const folderCollections = (Object.keys(collections) as CollectionName[]).filter(
  (name) => !(collections[name] as CollectionDefinition).fixedEntries,
);

/**
 * A problem in the editor's words: the field by its label, another entry by its name rather than
 * its file (the editor never sees files).
 */
function describe(problem: RuleProblem, collection: CollectionName, file: string): EntryProblem {
  if (problem.file !== file) {
    // Another entry would break (the menu's link to the page whose address changes): named by
    // its collection, which the editor knows from the CMS's list.
    const other = (Object.keys(collections) as CollectionName[]).find((name) =>
      problem.file.startsWith(`content/${collections[name].folder}/`),
    );
    const where = other ? `« ${collections[other].label} »` : problem.file;
    return { field: 'Entrée', message: `${where} deviendrait faux : ${problem.message}` };
  }
  const field =
    problem.field === bodyField
      ? bodyLabel
      : fieldLabel(collections[collection].schema, problem.field?.split('.') ?? []);
  const message = problem.twin?.day
    ? `« ${problem.twin.name} » est déjà le titre d’une entrée de « ${collections[collection].label} » le même jour (${problem.twin.day}) : changez le titre ou la date.`
    : problem.twin
      ? `« ${problem.twin.name} » existe déjà dans « ${collections[collection].label} » (majuscules, accents, espaces, tirets et ponctuation ne comptent pas) : choisissez ${uniqueWordsOf(collection).another}, ou modifiez l’entrée existante.`
      : problem.message;
  return { field: field || 'Entrée', message };
}

/**
 * Why saving this entry would break the site (a name already taken, a missing reference, a broken
 * chatbot tree): nothing when it would not. `id` is empty for an entry not saved yet.
 */
export async function saveProblems(
  reader: EntryReader,
  facts: RuleFacts,
  collection: CollectionName,
  id: string,
  data: Record<string, unknown>,
): Promise<EntryProblem[]> {
  const definition: CollectionDefinition = collections[collection];
  // A fixed entry (the settings, a page) is compared with nothing, unless it links to pages (the
  // menu, the home page), which the folder collections' entries may be.
  if (definition.fixedEntries && !linksToPages(collection)) return [];
  // The fixed entries that link to pages (the menu) may be broken by this one's address.
  const current = await readCollections(reader, [
    ...new Set([...folderCollections, ...collectionsLinking]),
  ]);
  const count = current.filter((entry) => entry.collection === collection).length + (id ? 0 : 1);
  if (definition.maxEntries && count > definition.maxEntries) {
    return [
      {
        field: 'Entrée',
        message: `« ${definition.label} » aurait ${count} entrées, au plus ${definition.maxEntries}.`,
      },
    ];
  }
  const file = id
    ? `content/${definition.folder}/${id}.${definition.format}`
    : `content/${definition.folder}/(nouvelle entrée)`;
  // The Markdown text is not a field of the schema.
  const { body, ...fields } = data;
  const parsed = definition.schema.safeParse(fields);
  const candidate: RuleEntry = {
    collection,
    id: id || '\u0000new',
    file,
    data: (parsed.success ? parsed.data : fields) as Record<string, unknown>,
    valid: parsed.success,
    body: typeof body === 'string' ? body : undefined,
  };
  const described = problemsOnSave(current, candidate, facts).map((p) =>
    describe(p, collection, file),
  );
  const seen = new Set<string>();
  return described.filter(({ field, message }) => {
    const key = `${field}\u0000${message}`;
    return !seen.has(key) && seen.add(key);
  });
}

/**
 * Why this entry cannot be deleted (the entries that still point to it, by a reference or by a
 * link to its page), or null.
 */
export async function deleteRefusal(
  reader: EntryReader,
  facts: RuleFacts,
  collection: CollectionName,
  id: string,
): Promise<string | null> {
  // The entry's own collection too: a page created by editors is at the address it holds.
  const reading = [
    ...new Set([...collectionsReferring(collection), ...collectionsLinking, collection]),
  ];
  return deletionRefusal(await readCollections(reader, reading), collection, id, facts);
}
