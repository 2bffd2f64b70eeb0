// Writes a copy of content/ with the network multiplied by a factor, for the benchmark: every
// porteur, territory, testimonial and milestone gets factor − 1 valid copies (unique file names and
// names, the same existing département, references to the copy of the same rank of the porteur).
// Help lines, pages, settings and the chatbot tree are the site's own and stay as they are.
// Usage: node tools/bench/generate-content.ts <factor> <target folder>
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, stringify } from 'yaml';
import { collections, type CollectionName } from '../../src/content/collections.ts';
import { referenceFields } from '../../src/content/schema-walk.ts';

export const multipliedCollections: CollectionName[] = [
  'porteurs',
  'territories',
  'testimonials',
  'milestones',
];

/** Fields made unique in each copy by appending the copy's rank. */
const suffixedFields = ['name', 'shortName', 'title', 'firstName'];

type Entry = { data: Record<string, unknown>; body: string };

function readEntry(source: string, format: string): Entry {
  if (format === 'json') return { data: JSON.parse(source), body: '' };
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(source);
  if (!match) throw new Error('front matter manquant');
  return { data: parse(match[1]!) ?? {}, body: match[2]! };
}

function writeEntry(entry: Entry, format: string): string {
  if (format === 'json') return `${JSON.stringify(entry.data, null, 2)}\n`;
  return `---\n${stringify(entry.data)}---\n${entry.body}`;
}

const copyId = (id: string, rank: number) => `${id}-copie-${rank}`;

/** Replaces the reference at `path` (objects and arrays) by the copy of the same rank. */
function renameReference(value: unknown, path: string[], rank: number): unknown {
  if (Array.isArray(value)) return value.map((item) => renameReference(item, path, rank));
  if (path.length === 0) return typeof value === 'string' ? copyId(value, rank) : value;
  if (!value || typeof value !== 'object') return value;
  const [head, ...rest] = path;
  const object = value as Record<string, unknown>;
  if (!(head! in object)) return value;
  return { ...object, [head!]: renameReference(object[head!], rest, rank) };
}

/** Copies `sourceDir` (a content folder) to `targetDir`, multiplied by `factor`. */
export function generateContent(sourceDir: string, targetDir: string, factor: number): number {
  rmSync(targetDir, { recursive: true, force: true });
  mkdirSync(targetDir, { recursive: true });
  cpSync(sourceDir, targetDir, { recursive: true });
  let written = 0;
  for (const name of multipliedCollections) {
    const { folder, format, schema } = collections[name];
    // Only references to multiplied collections point to copies; others keep the original.
    const references = referenceFields(schema).filter((field) =>
      multipliedCollections.includes(field.collection as CollectionName),
    );
    const dir = join(targetDir, folder);
    for (const file of readdirSync(dir).filter((f) => f.endsWith(`.${format}`))) {
      const id = file.slice(0, -(format.length + 1));
      const original = readEntry(readFileSync(join(dir, file), 'utf8'), format);
      for (let rank = 2; rank <= factor; rank += 1) {
        let data: Record<string, unknown> = { ...original.data };
        for (const field of suffixedFields) {
          if (typeof data[field] === 'string') data[field] = `${data[field]} ${rank}`;
        }
        for (const reference of references) {
          data = renameReference(data, reference.path, rank) as Record<string, unknown>;
        }
        writeFileSync(
          join(dir, `${copyId(id, rank)}.${format}`),
          writeEntry({ data, body: original.body }, format),
        );
        written += 1;
      }
    }
  }
  return written;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [factor, target] = process.argv.slice(2);
  if (!factor || !target) {
    console.error('Usage : node tools/bench/generate-content.ts <facteur> <dossier cible>');
    process.exit(1);
  }
  const source = fileURLToPath(new URL('../../content/', import.meta.url));
  const written = generateContent(source, target, Number(factor));
  console.log(`${written} copies écrites dans ${target}.`);
}
