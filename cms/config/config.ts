// Generates the Decap CMS configuration from the collections registry and the zod schemas, so that
// nobody maintains a config.yml by hand: labels, hints and widget choices come from each field's
// metadata, and every constraint zod checks on a single field (required, patterns, lengths, number
// bounds, allowed values) becomes a Decap rule with the schema's own French message.
// Pure: the same registry and options always give the same configuration.
import type { z } from 'astro/zod';
import type { CollectionDefinition } from '../../src/content/collections.ts';
import { fieldMeta, isOptional, unwrap } from '../../src/content/schema-walk.ts';
import { objectFields } from './fields.ts';
import { bodyLabel } from './entry-check.ts';
import { uploadsFolder, uploadsPublicPath } from '../../src/content/uploads.ts';
import {
  UnsupportedSchemaError,
  type CmsCollection,
  type CmsConfig,
  type CmsField,
  type CmsOptions,
} from './types.ts';

export * from './types.ts';
export { fieldFor } from './fields.ts';

/**
 * Presentation details per collection that schemas do not carry: file names, list summaries, the
 * fields the list can be sorted by, and the page of the site that shows an entry (« Voir en
 * direct »: the routes of src/pages). In slugs and summaries `{{year}}` would be the current date's
 * year for Decap: a field named like a date part is written `{{fields.…}}`.
 */
type Presentation = {
  slug?: string;
  summary?: string;
  sortBy?: string[];
  /** The list opens sorted by sortBy's first field, newest first (news, events). */
  newestFirst?: boolean;
  /** One list filter per value of this enumerated field. */
  filterBy?: string;
  previewPath?: string;
};
const presentation: Record<string, Presentation> = {
  porteurs: { previewPath: 'porteurs/{{slug}}/' },
  territories: { summary: '{{name}} ({{departement}})', previewPath: 'territoires/{{slug}}/' },
  helplines: { previewPath: 'besoin-de-soutien/' },
  testimonials: {
    slug: '{{firstName}}-{{organisation}}',
    summary: '{{firstName}} — {{organisation}}',
    sortBy: ['firstName', 'organisation'],
    previewPath: 'temoignages/',
  },
  milestones: {
    slug: '{{fields.year}}-{{title}}',
    summary: '{{fields.year}} — {{title}}',
    sortBy: ['year', 'title'],
    previewPath: '',
  },
  pages: { previewPath: '{{slug}}/' },
  // Named after the address at creation; the page is at its address field even once it changes.
  customPages: {
    slug: '{{fields.address}}',
    summary: '{{title}} — /{{address}}/',
    previewPath: '{{fields.address}}/',
  },
  chatbot: { previewPath: 'besoin-de-soutien/orientation/' },
  settings: { previewPath: '' },
  home: { previewPath: '' },
  navigation: { previewPath: '' },
  news: {
    // The day of creation keeps a file name apart from the list's own addresses (/actualites/page/).
    slug: '{{year}}-{{month}}-{{day}}-{{title}}',
    summary: "{{date | date('DD/MM/YYYY')}} · {{kind}} · {{title}}",
    sortBy: ['date', 'title'],
    newestFirst: true,
    filterBy: 'kind',
    previewPath: 'actualites/{{slug}}/',
  },
  events: {
    slug: '{{year}}-{{month}}-{{day}}-{{title}}',
    summary: "{{startDate | date('DD/MM/YYYY')}} · {{city}} · {{title}}",
    sortBy: ['startDate', 'title'],
    newestFirst: true,
    previewPath: 'agenda/{{slug}}/',
  },
};

/** The list's sort orders: by each field, the first one by default, descending (newest first). */
function sortableFields(schema: z.ZodObject, fields: string[]) {
  return fields.map((field, index) => ({
    field,
    label: fieldMeta(schema.shape[field] as z.ZodType).title ?? field,
    ...(index === 0 ? { default_sort: 'desc' } : {}),
  }));
}

/** One list filter per value of an enumerated field, with the value's label; drafts apart. */
function viewFilters(schema: z.ZodObject, field: string) {
  const enumField = unwrap(schema.shape[field] as z.ZodType) as z.ZodEnum;
  const labels = fieldMeta(schema.shape[field] as z.ZodType).cms?.labels ?? {};
  const filters = enumField.options.map((value) => ({
    label: labels[String(value)] ?? String(value),
    field,
    pattern: `^${String(value)}$`,
  }));
  return 'draft' in schema.shape
    ? [...filters, { label: 'Brouillons', field: 'draft', pattern: true }]
    : filters;
}

/** The field that names an entry: `title` or `name` if present, else the first required text. */
export function identifierField(schema: z.ZodObject): string {
  const keys = Object.keys(schema.shape);
  const preferred = ['title', 'name'].find((key) => keys.includes(key));
  if (preferred) return preferred;
  const text = keys.find((key) => {
    const field = schema.shape[key] as z.ZodType;
    return !isOptional(field) && unwrap(field).def.type === 'string';
  });
  if (!text)
    throw new UnsupportedSchemaError('Aucun champ texte obligatoire pour nommer les entrées.');
  return text;
}

function humanize(id: string): string {
  const words = id.replaceAll('-', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function bodyField(definition: CollectionDefinition): CmsField {
  return {
    name: 'body',
    label: bodyLabel,
    widget: 'markdown',
    required: definition.bodyRequired ?? false,
    hint: 'Mise en forme simple : titres, listes, liens, gras, italique.',
  };
}

export function collectionFor(
  name: string,
  definition: CollectionDefinition,
  identifiers: Record<string, string>,
  entryLabels: Record<string, string> = {},
): CmsCollection {
  const fields = objectFields(definition.schema, { path: name, identifiers });
  if (definition.format !== 'json') fields.push(bodyField(definition));
  const format = definition.format === 'json' ? 'json' : 'frontmatter';
  const base = {
    name,
    label: definition.label,
    label_singular: definition.labelSingular,
    format,
  } as const;
  const extra = presentation[name] ?? {};
  const previewPath = extra.previewPath === undefined ? {} : { preview_path: extra.previewPath };
  if (definition.fixedEntries) {
    return {
      ...base,
      files: definition.fixedEntries.map((id) => ({
        name: id,
        label:
          entryLabels[id] ??
          (definition.fixedEntries!.length === 1 ? definition.labelSingular : humanize(id)),
        file: `content/${definition.folder}/${id}.${definition.format}`,
        ...previewPath,
        fields,
      })),
    };
  }
  return {
    ...base,
    folder: `content/${definition.folder}`,
    extension: definition.format,
    create: true,
    delete: true,
    identifier_field: identifiers[name]!,
    slug: extra.slug ?? `{{${identifiers[name]!}}}`,
    ...(extra.summary ? { summary: extra.summary } : {}),
    // Decap's default menu offers the same field under several names (title, description…).
    sortable_fields: extra.newestFirst
      ? sortableFields(definition.schema, extra.sortBy!)
      : (extra.sortBy ?? [identifiers[name]!]),
    ...(extra.filterBy ? { view_filters: viewFilters(definition.schema, extra.filterBy) } : {}),
    ...previewPath,
    fields,
  };
}

export function buildCmsConfig(
  registry: Record<string, CollectionDefinition>,
  options: CmsOptions,
): CmsConfig {
  // A fixed entry is named by its file (collectionFor), not by a field.
  const identifiers = Object.fromEntries(
    Object.entries(registry)
      .filter(([, definition]) => !definition.fixedEntries)
      .map(([name, definition]) => [name, identifierField(definition.schema)]),
  );
  return {
    backend: {
      ...options.backend,
      commit_messages: {
        create: 'Création dans « {{collection}} » : {{slug}}',
        update: 'Modification dans « {{collection}} » : {{slug}}',
        delete: 'Suppression dans « {{collection}} » : {{slug}}',
        uploadMedia: 'Ajout du fichier {{path}}',
        deleteMedia: 'Suppression du fichier {{path}}',
      },
    },
    // Only on localhost, and only when decap-server answers on port 8081 (npm run dev).
    local_backend: true,
    publish_mode: 'editorial_workflow',
    load_config_file: false,
    locale: 'fr',
    site_url: options.siteUrl,
    display_url: options.siteUrl,
    ...(options.logoUrl ? { logo: { src: options.logoUrl, show_in_header: true } } : {}),
    // Uploads are sources for Astro's image pipeline (src/content/uploads.ts), not files served as is.
    media_folder: uploadsFolder,
    public_folder: uploadsPublicPath.replace(/\/$/, ''),
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections: Object.entries(registry).map(([name, definition]) =>
      collectionFor(name, definition, identifiers, options.entryLabels?.[name]),
    ),
  };
}

/** The repository paths the CMS reads and writes: whole folders, and single files. */
export type EditablePaths = { folders: string[]; files: string[] };

/**
 * What a configuration lets the CMS touch: each folder collection's folder, each file
 * collection's files, and the uploads folder. The local backend (tools/local-backend-server.ts)
 * refuses every other path, so that no web page can reach the rest of the repository.
 */
export function editablePaths(config: CmsConfig): EditablePaths {
  const folders = [config.media_folder];
  const files: string[] = [];
  for (const collection of config.collections) {
    if (typeof collection.folder === 'string') folders.push(collection.folder);
    if (Array.isArray(collection.files)) {
      for (const entry of collection.files as { file: string }[]) files.push(entry.file);
    }
    if ('media_folder' in collection) {
      // Decap resolves a collection's own media folder against its entries: not generated today.
      throw new UnsupportedSchemaError(
        `La collection « ${collection.name} » a son propre media_folder : ajoutez-le à editablePaths().`,
      );
    }
  }
  return { folders, files };
}
