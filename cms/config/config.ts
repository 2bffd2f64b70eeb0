// Generates the Decap CMS configuration from the collections registry and the zod schemas, so that
// nobody maintains a config.yml by hand: labels, hints and widget choices come from each field's
// metadata, and every constraint zod checks on a single field (required, patterns, lengths, number
// bounds, allowed values) becomes a Decap rule with the schema's own French message.
// Pure: the same registry and options always give the same configuration.
import { z } from 'astro/zod';
import type { CollectionDefinition } from '../../src/content/collections.ts';
import { fieldMeta, isOptional, unwrap } from '../../src/content/schema-walk.ts';
import type { CmsBackend } from './backends.ts';

export type CmsField = {
  name: string;
  label: string;
  widget: string;
  required: boolean;
  hint?: string;
  default?: unknown;
  /** [regular expression source, French message]. */
  pattern?: [string, string];
  min?: number;
  max?: number;
  value_type?: 'int' | 'float';
  options?: { label: string; value: string }[];
  multiple?: boolean;
  fields?: CmsField[];
  field?: CmsField;
  [option: string]: unknown;
};

export type CmsCollection = {
  name: string;
  label: string;
  label_singular: string;
  format: 'json' | 'frontmatter';
  [option: string]: unknown;
};

export type { CmsBackend };

export type CmsConfig = {
  backend: CmsBackend & { commit_messages: Record<string, string> };
  local_backend: boolean;
  publish_mode: 'editorial_workflow';
  load_config_file: false;
  locale: 'fr';
  site_url: string;
  display_url: string;
  logo?: { src: string; show_in_header: boolean };
  media_folder: string;
  public_folder: string;
  slug: { encoding: 'ascii'; clean_accents: boolean; sanitize_replacement: string };
  collections: CmsCollection[];
};

export type CmsOptions = {
  backend: CmsBackend;
  /** Public address of the site, for "view live" links. */
  siteUrl: string;
  /** The network's logo and name, for the login screen and the header. */
  logoUrl?: string;
  /** Labels of fixed entries (file collections), by collection then entry id. */
  entryLabels?: Record<string, Record<string, string>>;
};

/** A schema construct the generator cannot turn into a Decap field: extend the generator. */
export class UnsupportedSchemaError extends Error {}

/** Presentation details per collection that schemas do not carry (file names, list summaries). */
const presentation: Record<string, { slug?: string; summary?: string }> = {
  testimonials: {
    slug: '{{firstName}}-{{organisation}}',
    summary: '{{firstName}} — {{organisation}}',
  },
  milestones: { slug: '{{year}}-{{title}}', summary: '{{year}} — {{title}}' },
  territories: { summary: '{{name}} ({{departement}})' },
};

/** Text longer than this gets a multi-line box rather than a one-line input. */
const longTextThreshold = 200;

// ---------------------------------------------------------------------------------------------
// Reading zod checks

type CheckDef = {
  check: string;
  error?: (issue: unknown) => unknown;
  [key: string]: unknown;
};

function checksOf(schema: z.ZodType): CheckDef[] {
  const checks = (schema.def as { checks?: { _zod: { def: CheckDef } }[] }).checks ?? [];
  return checks.map((check) => check._zod.def);
}

/** The message a check was given in the schema, if any. */
function messageOf(def: { error?: (issue: unknown) => unknown }): string | undefined {
  if (typeof def.error !== 'function') return undefined;
  const result = def.error({ code: 'custom', input: undefined });
  if (typeof result === 'string') return result;
  if (result && typeof result === 'object' && 'message' in result) return String(result.message);
  return undefined;
}

export type StringRules = {
  trim: boolean;
  minLength?: number;
  maxLength?: number;
  /** Regular expression sources (no flags), each tested anywhere in the value as zod does. */
  patterns: string[];
  messages: string[];
};

/** The constraints zod checks on a string, in a form a regular expression can express. */
export function stringRules(schema: z.ZodType, path: string): StringRules {
  const rules: StringRules = { trim: false, patterns: [], messages: [] };
  const defs: CheckDef[] = [...checksOf(schema)];
  // z.url() and other formats carry their check on the schema itself.
  const own = schema.def as unknown as CheckDef & { format?: string };
  if (own.format) defs.unshift({ ...own, check: 'string_format' });
  const add = (message: string | undefined, fallback: string) => {
    const text = message ?? fallback;
    if (!rules.messages.includes(text)) rules.messages.push(text);
  };
  for (const def of defs) {
    switch (def.check) {
      case 'overwrite': {
        const transform = def.tx as (value: string) => string;
        if (transform(' a ') !== 'a' || transform('A') !== 'A') {
          throw new UnsupportedSchemaError(
            `${path} : seule la transformation trim() est prise en charge.`,
          );
        }
        rules.trim = true;
        break;
      }
      case 'min_length':
        rules.minLength = def.minimum as number;
        add(messageOf(def), `Au moins ${def.minimum as number} caractères.`);
        break;
      case 'max_length':
        rules.maxLength = def.maximum as number;
        add(messageOf(def), `${def.maximum as number} caractères au plus.`);
        break;
      case 'length_equals':
        rules.minLength = rules.maxLength = def.length as number;
        add(messageOf(def), `Exactement ${def.length as number} caractères.`);
        break;
      case 'string_format': {
        if (def.format === 'regex') {
          const regex = def.pattern as RegExp;
          if (regex.flags.replace('u', '') !== '') {
            throw new UnsupportedSchemaError(
              `${path} : expression régulière avec options (${regex.flags}).`,
            );
          }
          rules.patterns.push(regex.source);
          add(messageOf(def), 'Format invalide.');
        } else if (def.format === 'url') {
          if (def.hostname) throw new UnsupportedSchemaError(`${path} : url() avec hostname.`);
          const protocol = def.protocol as RegExp | undefined;
          if (protocol && protocol.source !== '^https$') {
            throw new UnsupportedSchemaError(
              `${path} : url() avec le protocole ${protocol.source}.`,
            );
          }
          // A scheme, then a host without spaces; the rest is free, as for the URL parser.
          rules.patterns.push(
            protocol ? '^https://[^\\s/?#]+(?:[/?#][\\s\\S]*)?$' : '^[a-z][a-z\\d+.-]*:\\S+$',
          );
          add(messageOf(def), 'Adresse web invalide.');
        } else {
          throw new UnsupportedSchemaError(`${path} : format de texte « ${String(def.format)} ».`);
        }
        break;
      }
      default:
        throw new UnsupportedSchemaError(`${path} : contrôle de texte « ${def.check} ».`);
    }
  }
  if (rules.trim && rules.patterns.length) {
    throw new UnsupportedSchemaError(`${path} : trim() combiné à une expression régulière.`);
  }
  return rules;
}

/** One regular expression accepting exactly the strings the rules accept, or none if no rule. */
export function patternOf(rules: StringRules): [string, string] | undefined {
  const { trim, minLength, maxLength, patterns, messages } = rules;
  const hasLength = minLength !== undefined || maxLength !== undefined;
  if (!hasLength && !trim && patterns.length === 0) return undefined;
  // Decap ends the sentence itself.
  const message = messages.join(' ').replace(/\.$/, '');
  if (!hasLength && !trim && patterns.length === 1) return [patterns[0]!, message];
  const quantifier = (min: number) => `{${min},${maxLength ?? ''}}`;
  let body: string;
  if (trim) {
    // zod trims first, then measures: the count runs from the first to the last visible character.
    const core = `(?=\\S)[\\s\\S]${quantifier(Math.max(1, minLength ?? 0))}(?<=\\S)`;
    body = (minLength ?? 0) >= 1 ? `\\s*${core}\\s*` : `\\s*(?:${core})?\\s*`;
  } else {
    body = hasLength ? `[\\s\\S]${quantifier(minLength ?? 0)}` : '[\\s\\S]*';
  }
  const lookaheads = patterns.map((source) => `(?=[\\s\\S]*?(?:${source}))`).join('');
  return [`^${lookaheads}${body}$`, message];
}

export type NumberRules = { integer: boolean; min?: number; max?: number };

export function numberRules(schema: z.ZodType, path: string): NumberRules {
  const rules: NumberRules = { integer: false };
  for (const def of checksOf(schema)) {
    if (
      def.check === 'number_format' &&
      ['safeint', 'int32', 'uint32'].includes(def.format as string)
    ) {
      rules.integer = true;
    } else if ((def.check === 'greater_than' || def.check === 'less_than') && def.inclusive) {
      rules[def.check === 'greater_than' ? 'min' : 'max'] = def.value as number;
    } else {
      throw new UnsupportedSchemaError(`${path} : contrôle de nombre « ${def.check} ».`);
    }
  }
  return rules;
}

/** Bounds on the number of items of a list. */
function arrayBounds(schema: z.ZodType, path: string): { min?: number; max?: number } {
  const bounds: { min?: number; max?: number } = {};
  for (const def of checksOf(schema)) {
    if (def.check === 'min_length') bounds.min = def.minimum as number;
    else if (def.check === 'max_length') bounds.max = def.maximum as number;
    else if (def.check === 'length_equals') bounds.min = bounds.max = def.length as number;
    // A rule across the items (help-line slots that overlap): no list widget can say it, the
    // pre-save check (cms/config/entry-check.ts) runs it with the schema's message.
    else if (def.check === 'custom') continue;
    else throw new UnsupportedSchemaError(`${path} : contrôle de liste « ${def.check} ».`);
  }
  return bounds;
}

// ---------------------------------------------------------------------------------------------
// Fields

type Context = {
  path: string;
  /** Identifier field of each collection, for relation widgets. */
  identifiers: Record<string, string>;
};

function selectOptions(values: readonly unknown[], labels: Record<string, string> | undefined) {
  return values.map((value) => ({
    label: labels?.[String(value)] ?? String(value),
    value: String(value),
  }));
}

function defaultOf(schema: z.ZodType): unknown {
  let current: z.ZodType = schema;
  while (current instanceof z.ZodOptional || current instanceof z.ZodNullable) {
    current = current.def.innerType as z.ZodType;
  }
  return current instanceof z.ZodDefault ? (current.def.defaultValue as unknown) : undefined;
}

/** The Decap field for one schema field. */
export function fieldFor(name: string, schema: z.ZodType, context: Context): CmsField {
  const path = context.path ? `${context.path}.${name}` : name;
  const meta = fieldMeta(schema);
  const inner = unwrap(schema);
  const field: CmsField = {
    name,
    label: meta.title ?? name,
    widget: 'string',
    required: !isOptional(schema),
  };
  if (meta.description) field.hint = meta.description;
  const initial = defaultOf(schema);
  if (initial !== undefined) field.default = initial;
  const nested: Context = { ...context, path };

  if (meta.reference) {
    Object.assign(field, relationOptions(meta.reference, context, path));
    const pattern = patternOf(stringRules(inner, path));
    if (pattern) field.pattern = pattern;
    return field;
  }
  if (inner.def.type === 'string') {
    const rules = stringRules(inner, path);
    field.widget =
      meta.cms?.widget ?? ((rules.maxLength ?? 0) > longTextThreshold ? 'text' : 'string');
    if (field.widget === 'image') Object.assign(field, { choose_url: false });
    const pattern = patternOf(rules);
    if (pattern) field.pattern = pattern;
    return field;
  }
  if (inner instanceof z.ZodNumber) {
    const rules = numberRules(inner, path);
    field.widget = 'number';
    field.value_type = rules.integer ? 'int' : 'float';
    if (rules.min !== undefined) field.min = rules.min;
    if (rules.max !== undefined) field.max = rules.max;
    if (!rules.integer) field.step = 0.0001;
    return field;
  }
  if (inner instanceof z.ZodBoolean) {
    field.widget = 'boolean';
    return field;
  }
  if (inner instanceof z.ZodDate) {
    // Stored as AAAA-MM-JJ, which the schema's z.coerce.date() reads back.
    Object.assign(field, {
      widget: 'datetime',
      format: 'YYYY-MM-DD',
      date_format: 'DD/MM/YYYY',
      time_format: false,
      picker_utc: true,
    });
    return field;
  }
  if (inner instanceof z.ZodEnum) {
    field.widget = 'select';
    field.options = selectOptions(inner.options, meta.cms?.labels);
    return field;
  }
  if (inner instanceof z.ZodObject) {
    field.widget = 'object';
    field.fields = objectFields(inner, nested);
    if (!field.required) {
      field.collapsed = true;
      // Decap would demand them even when the whole object is left empty: the pre-save check
      // (cms/config/entry-check.ts) demands them only when the object is filled in, as zod does.
      field.fields = field.fields.map((sub) =>
        sub.required
          ? {
              ...sub,
              required: false,
              hint: [sub.hint, `Obligatoire si « ${field.label} » est rempli.`]
                .filter(Boolean)
                .join(' '),
            }
          : sub,
      );
    }
    return field;
  }
  if (inner instanceof z.ZodDiscriminatedUnion) {
    field.widget = 'object';
    field.fields = unionFields(inner, meta.cms?.labels, nested);
    return field;
  }
  if (inner instanceof z.ZodArray) {
    const element = inner.element as z.ZodType;
    const elementInner = unwrap(element);
    const elementMeta = fieldMeta(element);
    Object.assign(field, arrayBounds(inner, path));
    if (field.required && !field.min) {
      // Decap counts an empty list as a missing value; zod accepts it: start from [] instead.
      field.required = false;
      field.default ??= [];
    }
    if (elementMeta.reference) {
      Object.assign(field, relationOptions(elementMeta.reference, context, path), {
        multiple: true,
      });
      return field;
    }
    if (elementInner instanceof z.ZodEnum) {
      field.widget = 'select';
      field.multiple = true;
      field.options = selectOptions(elementInner.options, elementMeta.cms?.labels);
      return field;
    }
    field.widget = 'list';
    if (elementInner instanceof z.ZodObject) {
      field.fields = objectFields(elementInner, nested);
      const first = field.fields.find((f) => f.widget === 'string' || f.widget === 'text');
      if (first) field.summary = `{{fields.${first.name}}}`;
    } else {
      field.field = fieldFor('item', element, nested);
      field.field.required = true;
    }
    if (field.label_singular === undefined && elementMeta.title)
      field.label_singular = elementMeta.title;
    return field;
  }
  throw new UnsupportedSchemaError(`${path} : type zod « ${inner.def.type} » sans champ Decap.`);
}

function relationOptions(target: string, context: Context, path: string) {
  const identifier = context.identifiers[target];
  if (!identifier)
    throw new UnsupportedSchemaError(
      `${path} : référence à une collection inconnue « ${target} ».`,
    );
  return {
    widget: 'relation',
    collection: target,
    value_field: '{{slug}}',
    search_fields: [identifier],
    display_fields: [identifier],
    options_length: 100,
  };
}

function objectFields(schema: z.ZodObject, context: Context): CmsField[] {
  return Object.entries(schema.shape).map(([key, value]) =>
    fieldFor(key, value as z.ZodType, context),
  );
}

/**
 * A discriminated union (help lines' hours: always | weekly with slots) becomes one object: a select
 * for the discriminator, then the fields of every variant, optional in the editor. Saving keeps
 * only the chosen variant's fields and checks the whole entry with zod (cms/config/entry-check.ts), which
 * refuses a missing variant field with the schema's message.
 */
function unionFields(
  schema: z.ZodDiscriminatedUnion,
  labels: Record<string, string> | undefined,
  context: Context,
): CmsField[] {
  const discriminator = schema.def.discriminator;
  const variants = schema.options as z.ZodObject[];
  const values: string[] = [];
  const merged = new Map<string, { field: CmsField; variants: string[] }>();
  for (const variant of variants) {
    const literal = unwrap(variant.shape[discriminator] as z.ZodType);
    if (!(literal instanceof z.ZodLiteral) || literal.values.size !== 1) {
      throw new UnsupportedSchemaError(
        `${context.path} : discriminant « ${discriminator} » non littéral.`,
      );
    }
    const value = String([...literal.values][0]);
    values.push(value);
    for (const [key, fieldSchema] of Object.entries(variant.shape)) {
      if (key === discriminator) continue;
      const field = fieldFor(key, fieldSchema as z.ZodType, context);
      const existing = merged.get(key);
      if (existing && JSON.stringify(existing.field) !== JSON.stringify(field)) {
        throw new UnsupportedSchemaError(
          `${context.path}.${key} : champ différent selon la variante.`,
        );
      }
      if (existing) existing.variants.push(value);
      else merged.set(key, { field, variants: [value] });
    }
  }
  const select: CmsField = {
    name: discriminator,
    label: 'Type',
    widget: 'select',
    required: true,
    options: selectOptions(values, labels),
  };
  const rest = [...merged.values()].map(({ field, variants: only }) => {
    const names = only.map((value) => `« ${labels?.[value] ?? value} »`).join(' ou ');
    const required = field.required && only.length === values.length;
    const conditional: CmsField = {
      ...field,
      required,
      hint: [
        field.hint,
        only.length === values.length
          ? undefined
          : `Seulement pour ${names}${field.required ? ' : obligatoire dans ce cas' : ''}.`,
      ]
        .filter(Boolean)
        .join(' '),
    };
    // A list bound would also apply to the other variants, where the list is absent.
    if (!required) delete conditional.min;
    return conditional;
  });
  return [select, ...rest];
}

// ---------------------------------------------------------------------------------------------
// Collections

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
    label: 'Texte',
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
  if (definition.fixedEntries) {
    return {
      ...base,
      files: definition.fixedEntries.map((id) => ({
        name: id,
        label:
          entryLabels[id] ??
          (definition.fixedEntries!.length === 1 ? definition.labelSingular : humanize(id)),
        file: `content/${definition.folder}/${id}.${definition.format}`,
        fields,
      })),
    };
  }
  const extra = presentation[name] ?? {};
  return {
    ...base,
    folder: `content/${definition.folder}`,
    extension: definition.format,
    create: true,
    delete: true,
    identifier_field: identifiers[name]!,
    slug: extra.slug ?? `{{${identifiers[name]!}}}`,
    ...(extra.summary ? { summary: extra.summary } : {}),
    fields,
  };
}

export function buildCmsConfig(
  registry: Record<string, CollectionDefinition>,
  options: CmsOptions,
): CmsConfig {
  const identifiers = Object.fromEntries(
    Object.entries(registry).map(([name, definition]) => [
      name,
      identifierField(definition.schema),
    ]),
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
    media_folder: 'src/assets/uploads',
    public_folder: '/uploads',
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections: Object.entries(registry).map(([name, definition]) =>
      collectionFor(name, definition, identifiers, options.entryLabels?.[name]),
    ),
  };
}
