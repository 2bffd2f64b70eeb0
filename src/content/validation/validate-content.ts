// Checks every file under content/ without building the site, and reports every problem at once,
// one line each naming the file, the field and what is wrong, in French. Used by `npm run validate`,
// by the build (which refuses to publish invalid content) and by the tests.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { z } from 'astro/zod';
import { collections, type CollectionDefinition, type CollectionName } from '../collections.ts';
import { fieldLabel } from '../schema-walk.ts';
import { routesFromFiles } from '../chatbot-tree.ts';
import { bodyField, crossEntryProblems } from './cross-entry-rules.ts';
import { splitFrontMatter } from '../front-matter.ts';
import { slugPattern } from '../schemas/fields.ts';
import { issueMessage } from './zod-messages.ts';
import { markupProblems } from './markup-check.ts';
import { uploadsFolder } from '../uploads.ts';
import { uploadLimits, uploadProblem } from '../upload-check.ts';
import { editorialChecks } from './editorial-checks.ts';
import { dataNestingProblem } from './input-limits.ts';
import { frenchNumber as thousands } from '../../lib/french-typography.ts';

z.config(z.locales.fr());

export type Problem = {
  file: string;
  /** Dotted path of the field (territories: `porteur`, helplines: `hours.slots.0.opens`). */
  field?: string;
  /** The field's label as editors see it in the CMS. */
  label?: string;
  /** Line in the file (Markdown/MDX bodies), when known. */
  line?: number;
  message: string;
};

/** How the validator names an entry's Markdown text. */
const bodyLabel = 'corps du texte';

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
  /** The project whose content this is (its uploads are in src/assets/uploads/). */
  projectRoot: string;
};

/** A check across entries, beyond what a single file's schema can say. */
export type CrossCheck = (entries: ContentEntry[], context: CheckContext) => void;

export type ValidationResult = {
  problems: Problem[];
  warnings: Problem[];
  entries: ContentEntry[];
  counts: Record<CollectionName, number>;
};


/** A crash of the validator on one file, as a French message (the first line of the error). */
export function crashMessage(error: unknown): string {
  const reason = error instanceof Error ? `${error.name} : ${error.message}` : String(error);
  return `le validateur n’a pas pu lire ce fichier (${reason.split('\n')[0]!.slice(0, 200)}). Simplifiez-le (moins d’imbrications, moins de texte) ; si le problème reste, signalez-le avec ce message.`;
}

export function formatProblem({ file, field, label, line, message }: Problem): string {
  const where = line ? `${file}, ligne ${line}` : file;
  if (!field) return `${where} — ${message}`;
  return `${where} — champ « ${field} »${label ? ` (${label})` : ''} : ${message}`;
}

/** Longest Markdown text accepted in one entry: beyond, a page is unreadable on a phone. */
export const maxBodyCharacters = 100_000;
/** Largest content file accepted (a 5 MB body would publish a 5 MB page). */
export const maxFileBytes = 300_000;


function readEntryData(
  raw: string,
  format: CollectionDefinition['format'],
  file: string,
  report: (p: Problem) => void,
): { data: unknown; body: string } | null {
  if (format === 'json') {
    const tooDeep = dataNestingProblem(raw, 'json');
    if (tooDeep) {
      report({ file, ...tooDeep });
      return null;
    }
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
  // The front matter starts on the line after « --- ».
  const tooDeep = dataNestingProblem(parts.frontMatter, 'yaml', 2);
  if (tooDeep) {
    report({ file, field: 'en-tête (front matter)', ...tooDeep });
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
    report({ file, field, label, message: issueMessage(issue, data) });
  }
  return null;
}

/** A Markdown/MDX body: its length, its syntax, code and raw HTML the site would not publish. */
function bodyProblems(
  source: string,
  body: string,
  format: 'md' | 'mdx',
  file: string,
  report: (p: Problem) => void,
) {
  if (body.length > maxBodyCharacters) {
    report({
      file,
      field: bodyLabel,
      message: `texte trop long (${thousands(body.length)} caractères, au plus ${thousands(maxBodyCharacters)}) : découpez-le en plusieurs pages.`,
    });
    return;
  }
  // The body's first line in the file, after the front matter.
  const firstLine = source.slice(0, source.length - body.length).split('\n').length;
  for (const { line, message } of markupProblems(body, format, firstLine)) {
    report({ file, field: bodyLabel, line, message });
  }
}

/** Folders of content/ that no collection reads: their files would silently never be published. */
function unknownFolders(contentDir: string, projectRoot: string, report: (p: Problem) => void) {
  const known = new Set(Object.values(collections).map((c) => (c as CollectionDefinition).folder));
  for (const name of readdirSync(contentDir).sort()) {
    if (name.startsWith('.') || known.has(name)) continue;
    const isFolder = statSync(join(contentDir, name)).isDirectory();
    report({
      file: relative(projectRoot, join(contentDir, name)) + (isFolder ? '/' : ''),
      message: `${isFolder ? 'dossier' : 'fichier'} inconnu : aucune collection ne le lit, son contenu ne serait jamais publié. Dossiers attendus : ${[...known].sort().join(', ')}.`,
    });
  }
}

/**
 * Uploaded files that are not fitting images, judged by their content (src/content/upload-check.ts):
 * each is named, even when no entry uses it (Astro's pipeline reads every upload).
 */
function refusedUploads(projectRoot: string, report: (p: Problem) => void) {
  const folder = join(projectRoot, uploadsFolder);
  if (!existsSync(folder)) return;
  for (const name of readdirSync(folder, { recursive: true }).map(String).sort()) {
    const path = join(folder, name);
    // The folder's own note for developers, not an upload (Decap never writes Markdown there).
    const stats = statSync(path);
    if (name === 'README.md' || stats.isDirectory()) continue;
    const file = `${uploadsFolder}/${name}`;
    try {
      // A file over the limit is refused by its size alone, without being read.
      const bytes = stats.size > uploadLimits.bytes ? new Uint8Array() : readFileSync(path);
      const problem = uploadProblem(name, bytes, stats.size);
      if (problem) report({ file, message: problem });
    } catch (error) {
      report({ file, message: crashMessage(error) });
    }
  }
}

/** The rules across entries (unique names, references, chatbot tree): src/content/validation/cross-entry-rules.ts. */
const crossEntryRules: CrossCheck = (entries, { report, warn, projectRoot }) => {
  // Pages are the routes of src/pages; dynamic segments take the slug of a content entry. The
  // project's own, or this module's (fixture content has no pages; bundled, the URL would not do).
  const ownPages = join(projectRoot, 'src/pages');
  const pagesDir = existsSync(ownPages)
    ? ownPages
    : fileURLToPath(new URL('../../pages', import.meta.url));
  const routes = routesFromFiles(readdirSync(pagesDir, { recursive: true }).map(String));
  const collectionOf = new Map(entries.map((entry) => [entry.file, entry.collection]));
  for (const { severity, twin: _twin, ...problem } of crossEntryProblems(entries, { routes })) {
    const tell = severity === 'error' ? report : warn;
    // The text is told as the validator's own checks of it tell it.
    if (problem.field === bodyField) {
      tell({ ...problem, field: bodyLabel });
      continue;
    }
    // The field as editors see it in the CMS, as for a schema's problems.
    const collection = collectionOf.get(problem.file);
    const label =
      collection && problem.field
        ? fieldLabel((collections[collection] as CollectionDefinition).schema, problem.field.split('.'))
        : undefined;
    tell(label ? { ...problem, label } : problem);
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
const crossChecks: CrossCheck[] = [crossEntryRules, helplineFreshness, ...editorialChecks];

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
    const fileCount = readdirSync(folder).filter((name) => !name.startsWith('.')).length;
    if (definition.maxEntries && fileCount > definition.maxEntries) {
      // Refused before reading: the checks across entries (the chatbot's tree) grow with it.
      report({
        file: folderLabel + '/',
        message: `trop d’entrées (${thousands(fileCount)}, au plus ${thousands(definition.maxEntries)}) : personne ne parcourt autant d’étapes, regroupez-les.`,
      });
      continue;
    }
    for (const fileName of readdirSync(folder).sort()) {
      const path = join(folder, fileName);
      const file = relative(projectRoot, path);
      if (fileName.startsWith('.')) continue;
      try {
        const stats = statSync(path);
        if (stats.isDirectory()) continue;
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
        const { size } = stats;
        if (size > maxFileBytes) {
          report({
            file,
            message: `fichier trop gros (${thousands(Math.round(size / 1000))} ko, au plus ${thousands(maxFileBytes / 1000)} ko) : découpez le texte en plusieurs pages.`,
          });
          continue;
        }
        const source = readFileSync(path, 'utf8');
        const parsed = readEntryData(source, definition.format, file, report);
        if (!parsed) continue;
        const data = schemaProblems(definition.schema, parsed.data, file, report);
        if (definition.bodyRequired && !parsed.body.trim()) {
          report({ file, field: bodyLabel, message: 'le texte est vide.' });
        }
        if (definition.format !== 'json')
          bodyProblems(source, parsed.body, definition.format, file, report);
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
      } catch (error) {
        // Whatever the file holds, the validator says which one and goes on with the others.
        report({ file, message: crashMessage(error) });
      }
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

  if (existsSync(contentDir)) unknownFolders(contentDir, projectRoot, report);
  refusedUploads(projectRoot, report);
  for (const check of crossChecks) {
    try {
      check(entries, { report, warn, now, projectRoot });
    } catch (error) {
      report({ file: relative(projectRoot, contentDir) + '/', message: crashMessage(error) });
    }
  }

  const byFile = (a: Problem, b: Problem) => a.file.localeCompare(b.file);
  return {
    problems: problems.sort(byFile),
    warnings: warnings.sort(byFile),
    entries: entries.filter((e) => e.valid),
    counts,
  };
}
