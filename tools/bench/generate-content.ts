// Writes a copy of content/ with the network multiplied by a factor, for the benchmark: every
// porteur, territory, testimonial and milestone gets factor − 1 valid copies (unique file names and
// names, the same existing département, references to the copy of the same rank of the porteur).
// News and events are multiplied too, each copy a day apart (news earlier, events later), so that
// the lists paginate and the agenda has both upcoming and past events; the agenda ships empty, so
// its copies start from the test fixtures' events. Help lines, pages, settings and the chatbot
// tree are the site's own and stay as they are.
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
  'news',
  'events',
];

/** Day fields moved by the copy's rank (days: −1 for news, +1 for events). */
const shiftedDays: Partial<Record<CollectionName, { fields: string[]; direction: 1 | -1 }>> = {
  news: { fields: ['date'], direction: -1 },
  events: { fields: ['startDate', 'endDate'], direction: 1 },
};

/** Events to multiply when the content has none: the fixtures' published ones. */
const seedEventsDir = fileURLToPath(
  new URL('../../tests/fixtures/content/events/', import.meta.url),
);

function shiftDay(value: unknown, days: number): unknown {
  const text = value instanceof Date ? value.toISOString().slice(0, 10) : value;
  if (typeof text !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(text)) return value;
  const date = new Date(`${text}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

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
  const eventsDir = join(targetDir, collections.events.folder);
  if (!readdirSync(eventsDir).some((file) => file.endsWith(`.${collections.events.format}`))) {
    for (const file of readdirSync(seedEventsDir)) {
      const source = readFileSync(join(seedEventsDir, file), 'utf8');
      if (!/^draft: true$/m.test(source)) writeFileSync(join(eventsDir, file), source);
    }
  }
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
        const shift = shiftedDays[name];
        for (const field of shift?.fields ?? []) {
          if (field in data) data[field] = shiftDay(data[field], shift!.direction * (rank - 1));
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
