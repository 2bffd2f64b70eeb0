// Reading zod schemas as data: the metadata attached to fields (labels, hints, references, CMS
// widgets) and the wrappers around them. Used by the content validator and the CMS generator.
import { z } from 'astro/zod';

export type FieldMeta = {
  title?: string;
  description?: string;
  /** Collection whose entry slug this field holds. */
  reference?: string;
  /** The field holds an address on this site, which must lead to one of its pages. */
  sitePath?: true;
  /**
   * Hints for the CMS: a widget to force, labels of enumerated values, and for a list whose items
   * matter to visitors' safety, the question asked before one is removed.
   */
  cms?: { widget?: string; labels?: Record<string, string>; confirmRemoval?: string };
};

/** The field a pipe reads: its input, or the schema after a z.preprocess function. */
const pipeInput = (pipe: z.ZodPipe): z.ZodType =>
  (pipe.def.in instanceof z.ZodTransform ? pipe.def.out : pipe.def.in) as z.ZodType;

/** The schema inside optional/default/nullable/readonly wrappers. */
export function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (;;) {
    if (
      current instanceof z.ZodOptional ||
      current instanceof z.ZodDefault ||
      current instanceof z.ZodNullable ||
      current instanceof z.ZodReadonly
    ) {
      current = current.def.innerType as z.ZodType;
    } else if (current instanceof z.ZodPipe) {
      // z.coerce and transforms: the input side is what editors write; after a z.preprocess
      // step (a function, not a field), its output schema is.
      current = pipeInput(current);
    } else {
      return current;
    }
  }
}

/** Metadata of a field, looked up through its wrappers (the outermost wins). */
export function fieldMeta(schema: z.ZodType): FieldMeta {
  const layers: z.ZodType[] = [];
  let current: z.ZodType | undefined = schema;
  while (current) {
    layers.push(current);
    const inner = unwrap(current);
    if (inner === current) break;
    current =
      current instanceof z.ZodPipe
        ? pipeInput(current)
        : ((current as z.ZodOptional).def.innerType as z.ZodType);
  }
  const merged: FieldMeta = {};
  for (const layer of layers.reverse()) Object.assign(merged, layer.meta() ?? {});
  return merged;
}

/** Whether a value may be left out. */
/** A top-level field's name as editors know it (its label), from a path into an entry. */
export function fieldLabel(schema: z.ZodObject, path: readonly PropertyKey[]): string | undefined {
  const first = path[0];
  if (typeof first !== 'string') return undefined;
  const field = schema.shape[first] as z.ZodType | undefined;
  return field ? fieldMeta(field).title : undefined;
}

export function isOptional(schema: z.ZodType): boolean {
  return schema instanceof z.ZodOptional || schema instanceof z.ZodDefault;
}

export type ReferenceField = { path: string[]; collection: string; many: boolean };

/** The paths (at any depth of objects and arrays) of the fields whose metadata `matches`. */
function fieldsWhere(
  schema: z.ZodType,
  matches: (meta: FieldMeta) => boolean,
  path: string[] = [],
): { path: string[]; meta: FieldMeta; many: boolean }[] {
  const meta = fieldMeta(schema);
  if (matches(meta)) return [{ path, meta, many: false }];
  const inner = unwrap(schema);
  if (inner instanceof z.ZodObject) {
    return Object.entries(inner.shape).flatMap(([key, field]) =>
      fieldsWhere(field as z.ZodType, matches, [...path, key]),
    );
  }
  if (inner instanceof z.ZodArray) {
    return fieldsWhere(inner.element as z.ZodType, matches, path).map((f) => ({
      ...f,
      many: true,
    }));
  }
  return [];
}

/** Fields (at any depth of objects and arrays) that hold a reference to another collection. */
export function referenceFields(schema: z.ZodType): ReferenceField[] {
  return fieldsWhere(schema, (meta) => Boolean(meta.reference)).map(({ path, meta, many }) => ({
    path,
    collection: meta.reference!,
    many,
  }));
}

/** Fields (at any depth) that hold an address on this site (fields.ts's sitePath). */
export function sitePathFields(schema: z.ZodType): string[][] {
  return fieldsWhere(schema, (meta) => Boolean(meta.sitePath)).map(({ path }) => path);
}

/** Values found at a path, each with its own dotted path, array indexes included: pages.0.href. */
export function placedValuesAt(
  data: unknown,
  path: string[],
  at: string[] = [],
): { value: unknown; field: string }[] {
  if (Array.isArray(data)) {
    return data.flatMap((item, index) => placedValuesAt(item, path, [...at, String(index)]));
  }
  if (path.length === 0) return data === undefined ? [] : [{ value: data, field: at.join('.') }];
  if (data && typeof data === 'object') {
    const [head, ...rest] = path;
    return placedValuesAt((data as Record<string, unknown>)[head!], rest, [...at, head!]);
  }
  return [];
}

/** Values found at a path, descending into arrays along the way. */
export const valuesAt = (data: unknown, path: string[]): unknown[] =>
  placedValuesAt(data, path).map(({ value }) => value);
