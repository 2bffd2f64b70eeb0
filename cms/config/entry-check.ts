// The last check before Decap saves an entry: empty optional fields are removed (Decap writes ""
// for a cleared text and "" for a cleared number, which the schemas refuse), a discriminated union
// keeps only the chosen variant's fields, then the schema itself checks the entry. Decap's own field
// rules already catch most mistakes while typing; this catches the rest (rules across fields, such
// as "a phone line needs both numbers"), with the schema's French messages.
import { z } from 'astro/zod';
import { fieldMeta, isOptional, unwrap } from '../../src/content/schema-walk.ts';
import { issueMessage } from '../../src/content/validation/zod-messages.ts';
import { markupProblems } from '../../src/content/validation/markup-check.ts';
import type { CollectionFormat } from '../../src/content/collections.ts';

/** The label of a Markdown entry's text in the CMS: problems in it are told under it. */
export const bodyLabel = 'Texte';

function isEmptyValue(value: unknown): boolean {
  return (
    value === undefined ||
    value === null ||
    value === '' ||
    (typeof value === 'number' && Number.isNaN(value))
  );
}

function isEmptyContainer(value: unknown): boolean {
  if (Array.isArray(value)) return value.length === 0;
  return typeof value === 'object' && value !== null && Object.keys(value).length === 0;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function cleanObject(shape: Record<string, z.ZodType>, value: Record<string, unknown>) {
  const result: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    const fieldSchema = shape[key];
    // Unknown keys stay: the schema will name them.
    const cleaned = fieldSchema ? cleanValue(fieldSchema, item) : item;
    if (cleaned === undefined) continue;
    if (fieldSchema && isOptional(fieldSchema) && isEmptyContainer(cleaned)) continue;
    result[key] = cleaned;
  }
  return result;
}

/** The value without its empty optional parts; undefined when nothing is left. */
export function cleanValue(schema: z.ZodType, value: unknown): unknown {
  if (isEmptyValue(value)) return undefined;
  const inner = unwrap(schema);
  if (inner instanceof z.ZodObject && isPlainObject(value)) {
    return cleanObject(inner.shape as Record<string, z.ZodType>, value);
  }
  if (inner instanceof z.ZodDiscriminatedUnion && isPlainObject(value)) {
    const key = inner.def.discriminator;
    const variant = (inner.options as z.ZodObject[]).find((option) => {
      const literal = unwrap(option.shape[key] as z.ZodType);
      return literal instanceof z.ZodLiteral && literal.values.has(value[key] as never);
    });
    if (!variant) return value;
    const shape = variant.shape as Record<string, z.ZodType>;
    const kept = Object.fromEntries(Object.entries(value).filter(([name]) => name in shape));
    return cleanObject(shape, kept);
  }
  if (inner instanceof z.ZodArray && Array.isArray(value)) {
    return value
      .map((item) => cleanValue(inner.element as z.ZodType, item))
      .filter((item) => item !== undefined);
  }
  return value;
}

export type EntryProblem = { field: string; message: string };

function labelAt(schema: z.ZodType, path: PropertyKey[]): string {
  const labels: string[] = [];
  let current: z.ZodType | undefined = schema;
  for (const key of path) {
    const inner: z.ZodType | undefined = current ? unwrap(current) : undefined;
    if (inner instanceof z.ZodObject) current = inner.shape[String(key)] as z.ZodType | undefined;
    else if (inner instanceof z.ZodArray) current = inner.element as z.ZodType;
    else if (inner instanceof z.ZodDiscriminatedUnion) {
      current = (inner.options as z.ZodObject[])
        .map((option) => option.shape[String(key)] as z.ZodType | undefined)
        .find(Boolean);
    } else current = undefined;
    if (!current) break;
    if (typeof key === 'number') labels.push(`n° ${key + 1}`);
    else labels.push(fieldMeta(current).title ?? String(key));
  }
  return labels.join(' › ');
}

/** The problems zod finds in an entry's data (without its Markdown body), with French labels. */
export function entryProblems(schema: z.ZodObject, data: Record<string, unknown>): EntryProblem[] {
  const result = schema.safeParse(data);
  if (result.success) return [];
  return result.error.issues.map((issue) => ({
    field: labelAt(schema, issue.path) || 'Entrée',
    message: issueMessage(issue, data),
  }));
}

/**
 * Cleans an entry and checks it; the cleaned data is what Decap should save. `bodyFormat` is the
 * collection's format: a Markdown/MDX body is checked as the validator checks it (raw HTML, code
 * in MDX, syntax), so the CMS refuses what the build would; a JSON entry has no body.
 */
export function prepareEntry(
  schema: z.ZodObject,
  data: Record<string, unknown>,
  bodyFormat: CollectionFormat,
): { data: Record<string, unknown>; problems: EntryProblem[] } {
  const hasBody = bodyFormat !== 'json';
  const { body, ...fields } = data;
  const cleaned = cleanValue(schema, fields) as Record<string, unknown>;
  const problems = entryProblems(schema, cleaned);
  if ((bodyFormat === 'md' || bodyFormat === 'mdx') && typeof body === 'string') {
    // No line number: the editor sees a formatted text, not the file's lines.
    for (const { message } of markupProblems(body, bodyFormat)) {
      problems.push({ field: bodyLabel, message });
    }
  }
  return { data: hasBody ? { ...cleaned, body: body ?? '' } : cleaned, problems };
}
