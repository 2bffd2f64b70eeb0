// The Decap field for each schema field: widget, label, hint, required status and rules.
import { z } from 'astro/zod';
import { fieldMeta, isOptional, unwrap } from '../../src/content/schema-walk.ts';
import { UnsupportedSchemaError, type CmsField } from './types.ts';
import { arrayBounds, numberRules, patternOf, stringRules } from './checks.ts';
import { uploadNamePattern } from '../../src/content/uploads.ts';

/** Text longer than this gets a multi-line box rather than a one-line input. */
const longTextThreshold = 200;

export type Context = {
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
    const pattern = patternOf(rules);
    if (pattern) field.pattern = pattern;
    if (field.widget === 'image') {
      Object.assign(field, { choose_url: false });
      // Decap tests an image's pattern on the file name it picked, not on the saved path.
      if (pattern) field.pattern = [uploadNamePattern.source, pattern[1]];
    }
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

export function objectFields(schema: z.ZodObject, context: Context): CmsField[] {
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
