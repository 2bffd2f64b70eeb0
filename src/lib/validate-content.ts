// Checks every file under content/ without building the site, and reports every problem at once,
// one line each naming the file, the field and what is wrong, in French. Used by `npm run validate`,
// by the build (which refuses to publish invalid content) and by the tests.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { z } from 'astro/zod';
import { collections, type CollectionDefinition, type CollectionName } from './collections.ts';
import { fieldMeta, referenceFields, valuesAt } from './schema-walk.ts';
import { checkTree, matchesRoute, routesFromFiles, type TreeNode } from './chatbot-tree.ts';
import { editorialChecks } from './editorial-checks.ts';

z.config(z.locales.fr());

export type Problem = {
  file: string;
  /** Dotted path of the field (territories: `porteur`, helplines: `hours.slots.0.opens`). */
  field?: string;
  /** The field's label as editors see it in the CMS. */
  label?: string;
  message: string;
};

export type ContentEntry = {
  collection: CollectionName;
  id: string;
  /** Path relative to the project root, for messages. */
  file: string;
  data: Record<string, unknown>;
  body: string;
  /** Whether the file passed its schema; cross-entry checks that need typed data skip the others. */
  valid: boolean;
};

export type CheckContext = {
  /** An error: the build refuses to publish. */
  report: (problem: Problem) => void;
  /** A warning: printed, but the build goes on. */
  warn: (problem: Problem) => void;
  /** The current instant, injectable for tests of date-based checks. */
  now: Date;
};

/** A check across entries, beyond what a single file's schema can say. */
export type CrossCheck = (entries: ContentEntry[], context: CheckContext) => void;

export type ValidationResult = {
  problems: Problem[];
  warnings: Problem[];
  entries: ContentEntry[];
  counts: Record<CollectionName, number>;
};

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function formatProblem({ file, field, label, message }: Problem): string {
  if (!field) return `${file} — ${message}`;
  return `${file} — champ « ${field} »${label ? ` (${label})` : ''} : ${message}`;
}

/** Splits a Markdown file into its YAML front matter and its body. */
export function splitFrontMatter(source: string): { frontMatter: string; body: string } | null {
  const match = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)([\s\S]*)$/.exec(source);
  return match ? { frontMatter: match[1]!, body: match[2]! } : null;
}

function readEntryData(
  raw: string,
  format: CollectionDefinition['format'],
  file: string,
  report: (p: Problem) => void,
): { data: unknown; body: string } | null {
  if (format === 'json') {
    try {
      return { data: JSON.parse(raw), body: '' };
    } catch (error) {
      report({ file, message: `JSON mal formé (${(error as Error).message}).` });
      return null;
    }
  }
  const parts = splitFrontMatter(raw);
  if (!parts) {
    report({
      file,
      message: 'en-tête (front matter) absent : le fichier doit commencer par une ligne « --- ».',
    });
    return null;
  }
  try {
    return { data: parseYaml(parts.frontMatter) ?? {}, body: parts.body };
  } catch (error) {
    const firstLine = (error as Error).message.split('\n')[0]!.replace(/:$/, '');
    report({ file, message: `en-tête (front matter) mal formé : ${firstLine}` });
    return null;
  }
}

/** A field's name as editors know it: its label, then its key. */
function fieldLabel(schema: z.ZodObject, path: PropertyKey[]): string | undefined {
  const first = path[0];
  if (typeof first !== 'string') return undefined;
  const field = schema.shape[first] as z.ZodType | undefined;
  return field ? fieldMeta(field).title : undefined;
}

function schemaProblems(
  schema: z.ZodObject,
  data: unknown,
  file: string,
  report: (p: Problem) => void,
): Record<string, unknown> | null {
  const result = schema.safeParse(data);
  if (result.success) return result.data as Record<string, unknown>;
  for (const issue of result.error.issues) {
    const field = issue.path.length ? issue.path.map(String).join('.') : undefined;
    const label = fieldLabel(schema, issue.path);
    let message = issue.message;
    if (issue.code === 'unrecognized_keys') {
      message = `champ inconnu : ${issue.keys.map((k) => `« ${k} »`).join(', ')} (faute de frappe ?).`;
    } else if (issue.code === 'invalid_type' && issue.input === undefined) {
      message = 'champ obligatoire manquant.';
    }
    report({ file, field, label, message });
  }
  return null;
}

/** Cross-entry checks every collection gets: references and unique fields. */
/** How two names compare for uniqueness: without case, accents or surrounding spaces. */
const comparable = (value: unknown) =>
  String(value ?? '')
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .trim();

const referencesAndUniqueness: CrossCheck = (entries, { report }) => {
  const ids = new Map<string, Set<string>>();
  // Entries by collection and comparable unique value, to name a duplicate's twin.
  const byUniqueValue = new Map<string, ContentEntry[]>();
  for (const entry of entries) {
    if (!ids.has(entry.collection)) ids.set(entry.collection, new Set());
    ids.get(entry.collection)!.add(entry.id);
    const uniqueField = (collections[entry.collection] as CollectionDefinition).uniqueField;
    const key = uniqueField && comparable(entry.data[uniqueField]);
    if (!key) continue;
    const group = `${entry.collection}\u0000${key}`;
    byUniqueValue.set(group, [...(byUniqueValue.get(group) ?? []), entry]);
  }
  const referencesOf = new Map(
    Object.entries(collections).map(([name, definition]) => [
      name,
      referenceFields((definition as CollectionDefinition).schema),
    ]),
  );
  for (const entry of entries) {
    const definition: CollectionDefinition = collections[entry.collection];
    for (const ref of referencesOf.get(entry.collection) ?? []) {
      for (const value of valuesAt(entry.data, ref.path)) {
        if (typeof value === 'string' && !ids.get(ref.collection)?.has(value)) {
          report({
            file: entry.file,
            field: ref.path.join('.'),
            message: `« ${value} » ne correspond à aucune entrée de content/${collections[ref.collection as CollectionName]?.folder ?? ref.collection}/.`,
          });
        }
      }
    }
    const uniqueField = definition.uniqueField;
    const key = uniqueField && comparable(entry.data[uniqueField]);
    if (!uniqueField || !key) continue;
    const twin = byUniqueValue.get(`${entry.collection}\u0000${key}`)?.find((o) => o !== entry);
    if (twin) {
      report({
        file: entry.file,
        field: uniqueField,
        message: `« ${String(entry.data[uniqueField])} » est déjà utilisé par ${twin.file}.`,
      });
    }
  }
};

/** The chatbot's tree: answers lead to steps, paths end with help, no loop, real lines and pages. */
const chatbotTree: CrossCheck = (entries, { report, warn }) => {
  const nodes = entries.filter((e) => e.collection === 'chatbot' && e.valid);
  if (nodes.length === 0) return;
  const helplines = entries.filter((e) => e.collection === 'helplines');
  // Pages are the routes of src/pages; dynamic segments take the slug of a content entry.
  const pagesDir = fileURLToPath(new URL('../pages', import.meta.url));
  const routes = routesFromFiles(readdirSync(pagesDir, { recursive: true }).map(String));
  const entryIds = new Set(entries.map((e) => e.id));
  // Valid entries passed the chatbot schema, so their data has the tree's shape.
  const tree = nodes.map(({ id, file, data }) => ({
    id,
    file,
    data: data as unknown as TreeNode['data'],
  }));
  const problems = checkTree(tree, {
    helplines: new Set(helplines.map((e) => e.id)),
    pageExists: (path) => matchesRoute(path, routes, entryIds),
    hasSuicideLine: helplines.some((e) => e.data.dial === '3114'),
  });
  // Missing steps and lines are already reported by the generic reference check.
  for (const { severity, dangling, ...problem } of problems) {
    if (!dangling) (severity === 'error' ? report : warn)(problem);
  }
};

/** Help lines whose facts nobody has checked for 12 months (or ever): a warning, not a failure. */
const helplineFreshness: CrossCheck = (entries, { warn, now }) => {
  const limit = new Date(now);
  limit.setFullYear(limit.getFullYear() - 1);
  for (const line of entries.filter((e) => e.collection === 'helplines' && e.valid)) {
    // Only what can go stale: a number or an address. Our own chatbot has neither.
    if (!line.data.dial && !line.data.url) continue;
    const checked = line.data.lastChecked as Date | undefined;
    if (!checked) {
      warn({
        file: line.file,
        field: 'lastChecked',
        message: 'numéro et horaires jamais vérifiés : vérifiez-les et indiquez la date.',
      });
    } else if (checked < limit) {
      warn({
        file: line.file,
        field: 'lastChecked',
        message: `dernière vérification le ${checked.toISOString().slice(0, 10)}, il y a plus de 12 mois : vérifiez le numéro et les horaires.`,
      });
    }
  }
};

/** Every cross-entry check, run after each file has passed its schema. */
const crossChecks: CrossCheck[] = [
  referencesAndUniqueness,
  chatbotTree,
  helplineFreshness,
  ...editorialChecks,
];

/**
 * Validates the content folder `contentDir`; file names in messages are relative to `projectRoot`.
 */
export function validateContent(
  contentDir: string,
  projectRoot = join(contentDir, '..'),
  now = new Date(),
): ValidationResult {
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const report = (problem: Problem) => problems.push(problem);
  const warn = (problem: Problem) => warnings.push(problem);
  const entries: ContentEntry[] = [];
  const counts = {} as Record<CollectionName, number>;

  for (const [name, definition] of Object.entries(collections) as [
    CollectionName,
    CollectionDefinition,
  ][]) {
    counts[name] = 0;
    const folder = join(contentDir, definition.folder);
    const folderLabel = relative(projectRoot, folder) || folder;
    if (!existsSync(folder)) {
      report({ file: folderLabel + '/', message: 'dossier manquant.' });
      continue;
    }
    for (const fileName of readdirSync(folder).sort()) {
      const path = join(folder, fileName);
      const file = relative(projectRoot, path);
      if (fileName.startsWith('.') || statSync(path).isDirectory()) continue;
      const extension = fileName.slice(fileName.lastIndexOf('.') + 1);
      const id = fileName.slice(0, fileName.lastIndexOf('.'));
      if (extension !== definition.format) {
        report({
          file,
          message: `extension inattendue : les fichiers de ce dossier sont en .${definition.format}, celui-ci serait ignoré.`,
        });
        continue;
      }
      if (!slugPattern.test(id)) {
        report({
          file,
          message:
            'nom de fichier invalide : minuscules sans accents, chiffres et tirets seulement (par exemple « seine-saint-denis »).',
        });
        continue;
      }
      if (definition.fixedEntries && !definition.fixedEntries.includes(id)) {
        report({
          file,
          message: `entrée inattendue : ce dossier contient seulement ${definition.fixedEntries.map((e) => `« ${e} »`).join(', ')}.`,
        });
        continue;
      }
      const parsed = readEntryData(readFileSync(path, 'utf8'), definition.format, file, report);
      if (!parsed) continue;
      const data = schemaProblems(definition.schema, parsed.data, file, report);
      if (definition.bodyRequired && !parsed.body.trim()) {
        report({ file, field: 'corps du texte', message: 'le texte est vide.' });
      }
      if (data) counts[name] += 1;
      const raw = (parsed.data ?? {}) as Record<string, unknown>;
      entries.push({
        collection: name,
        id,
        file,
        data: data ?? raw,
        body: parsed.body,
        valid: !!data,
      });
    }
    for (const fixed of definition.fixedEntries ?? []) {
      if (!existsSync(join(folder, `${fixed}.${definition.format}`))) {
        report({
          file: `${folderLabel}/${fixed}.${definition.format}`,
          message: 'fichier manquant.',
        });
      }
    }
  }

  for (const check of crossChecks) check(entries, { report, warn, now });

  const byFile = (a: Problem, b: Problem) => a.file.localeCompare(b.file);
  return {
    problems: problems.sort(byFile),
    warnings: warnings.sort(byFile),
    entries: entries.filter((e) => e.valid),
    counts,
  };
}
