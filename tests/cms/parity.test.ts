// Parity between the zod schemas and the generated Decap CMS configuration: every schema field has
// a CMS field (and no more), and on a corpus of probe values (edge cases plus every value found in
// the fixture content) the CMS accepts exactly what zod accepts, field by field. What a single field cannot
// say (rules across fields, a union's chosen variant) is refused by the pre-save check
// (tests/cms/generator-limits.test.ts).
import { describe, expect, test } from 'vitest';
import { z } from 'astro/zod';
import { collections, collectionNames } from '../../src/content/collections.ts';
import { isOptional, unwrap } from '../../src/content/schema-walk.ts';
import { validateContent } from '../../src/content/validation/validate-content.ts';
import { buildCmsConfig, type CmsField } from '../../cms/config/config.ts';
import { fixtureContentDir } from '../helpers/content.ts';

const config = buildCmsConfig(collections, {
  backend: { name: 'git-gateway', branch: 'main' },
  siteUrl: 'https://ambassadeurs-santementale.fr',
});
const entries = validateContent(fixtureContentDir).entries;

/** Values seen at a path in the content, descending into lists. */
function contentValues(collection: string, path: string[]): unknown[] {
  const at = (value: unknown, rest: string[]): unknown[] => {
    if (Array.isArray(value)) return value.flatMap((item) => at(item, rest));
    if (rest.length === 0) return value === undefined ? [] : [value];
    if (value && typeof value === 'object')
      return at((value as Record<string, unknown>)[rest[0]!], rest.slice(1));
    return [];
  };
  // Parsed dates go back to the AAAA-MM-JJ text the CMS writes.
  return entries
    .filter((e) => e.collection === collection)
    .flatMap((e) => at(e.data, path))
    .map((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value));
}

const textProbes = [
  '',
  ' ',
  'a',
  ' a ',
  '\ta\n',
  'Lyon',
  '0800235236',
  '0 800 235 236',
  '3114',
  '31 14',
  '15',
  '112',
  '1234',
  '0123',
  '08002352367',
  '09:00',
  '23:59',
  '24:00',
  '9:00',
  '12:60',
  'https://exemple.fr',
  'https://exemple.fr/page?x=1',
  'http://exemple.fr',
  'https://',
  'exemple.fr',
  'https://ex emple.fr',
  '/uploads/logo.png',
  '/uploads/dossier/logo-2.svg',
  '/uploads/logo 2.png',
  'logo.png',
  '69',
  '2A',
  '2a',
  '99',
  '00',
  'fondation-arhm',
  'Fondation ARHM',
  'fondation--arhm',
  '-x',
  'https://tuiles.exemple/{z}/{x}/{y}.png',
  'Lyon<meta http-equiv="refresh">',
  ' <b>Lyon</b> ',
  'Moins de 25 ans > 18',
  'contact@exemple.fr',
  'contact@exemple.fr?bcc=espion@exemple.fr',
  'mailto:contact@exemple.fr',
  'prenom.nom+asm@sous.exemple.fr',
  'https://tuiles.exemple/{x}/{y}.png',
  '/besoin-de-soutien/',
  '/besoin-de-soutien/#urgence',
  '/besoin-de-soutien',
  'besoin/',
  'Plus de 3 000',
  '78 %',
];

function lengthProbes(schema: z.ZodType): string[] {
  const bounds =
    (
      schema.def as {
        checks?: { _zod: { def: { check: string; minimum?: number; maximum?: number } } }[];
      }
    ).checks
      ?.map((c) => c._zod.def)
      .flatMap((d) =>
        d.check === 'min_length' ? [d.minimum!] : d.check === 'max_length' ? [d.maximum!] : [],
      ) ?? [];
  return bounds
    .flatMap((n) => [n - 1, n, n + 1].filter((k) => k > 0))
    .flatMap((k) => ['é'.repeat(k), ` ${'x'.repeat(k)} `, `${'x'.repeat(k - 1)} `]);
}

function numberProbes(field: CmsField): unknown[] {
  const values = [
    0, 1, -1, 12, 100, 2018, 2019, 2025, 2100, 2101, 41, 51.5, 51.6, 45.76, -5.5, -5.6, 10, 10.1,
    999, 1000,
  ];
  for (const bound of [field.min, field.max])
    if (bound !== undefined) values.push(bound, bound - 1, bound + 1);
  // An integer field's input only ever produces integers.
  return field.value_type === 'int' ? values.filter(Number.isInteger) : [...values, 1.5];
}

function isEmpty(value: unknown) {
  return (
    value === undefined ||
    value === null ||
    value === '' ||
    (Array.isArray(value) && value.length === 0)
  );
}

/**
 * What Decap's editor lets through for one field (presence, pattern, bounds, options). An image
 * field's pattern is tested on the file's name alone (decap-cms-widget-file's getValidateValue).
 */
function cmsAccepts(field: CmsField, value: unknown): boolean {
  if (isEmpty(value)) return !field.required;
  const tested =
    field.widget === 'image' && typeof value === 'string' ? value.split('/').pop()! : value;
  if (field.pattern && typeof tested === 'string' && !new RegExp(field.pattern[0]).test(tested))
    return false;
  const count = (list: unknown[]) =>
    (field.min === undefined || list.length >= field.min) &&
    (field.max === undefined || list.length <= field.max);
  switch (field.widget) {
    case 'number':
      return (
        typeof value === 'number' &&
        (field.min === undefined || value >= field.min) &&
        (field.max === undefined || value <= field.max)
      );
    case 'select': {
      const allowed = new Set(field.options!.map((o) => o.value));
      if (field.multiple)
        return Array.isArray(value) && count(value) && value.every((v) => allowed.has(String(v)));
      return allowed.has(String(value));
    }
    case 'relation':
      if (field.multiple) {
        return (
          Array.isArray(value) &&
          count(value) &&
          value.every(
            (v) =>
              typeof v === 'string' && (!field.pattern || new RegExp(field.pattern[0]).test(v)),
          )
        );
      }
      return typeof value === 'string';
    case 'boolean':
      return typeof value === 'boolean';
    default:
      return typeof value === 'string';
  }
}

/** What zod accepts for one field, an empty value counting as absent (the pre-save step drops it). */
function zodAccepts(schema: z.ZodType, value: unknown): boolean {
  if (isEmpty(value) && !Array.isArray(value)) return isOptional(schema);
  if (Array.isArray(value) && value.length === 0 && isOptional(schema)) return true;
  return schema.safeParse(value).success;
}

type Leaf = {
  path: string[];
  schema: z.ZodType;
  field: CmsField;
  collection: string;
  /** Inside an optional object: required only when the object is filled in (pre-save check). */
  conditional?: boolean;
};

/** Pairs each schema field with its CMS field, failing on any field present on one side only. */
function pairFields(
  collection: string,
  shape: Record<string, z.ZodType>,
  fields: CmsField[],
  path: string[],
  conditional = false,
): Leaf[] {
  expect(
    fields.map((f) => f.name),
    `${collection}.${path.join('.')}`,
  ).toEqual(Object.keys(shape));
  return fields.flatMap((field) => {
    const schema = shape[field.name]!;
    const here = [...path, field.name];
    expect(field.label, `${collection}.${here.join('.')} sans libellé`).not.toBe(field.name);
    // A required list without a minimum starts as [] in the CMS, which then need not require it.
    const startsEmpty = Array.isArray(field.default) && field.default.length === 0;
    expect(field.required || startsEmpty, `${collection}.${here.join('.')} : obligatoire ?`).toBe(
      (!isOptional(schema) && !conditional) || startsEmpty,
    );
    const inner = unwrap(schema);
    if (inner instanceof z.ZodObject && field.widget === 'object') {
      return pairFields(
        collection,
        inner.shape as Record<string, z.ZodType>,
        field.fields!,
        here,
        isOptional(schema),
      );
    }
    if (inner instanceof z.ZodDiscriminatedUnion) {
      const variants = inner.options as z.ZodObject[];
      const key = inner.def.discriminator;
      const [select, ...rest] = field.fields!;
      expect(select!.name).toBe(key);
      expect(select!.options!.map((o) => o.value).sort()).toEqual(
        variants
          .map((v) => String([...(unwrap(v.shape[key] as z.ZodType) as z.ZodLiteral).values][0]))
          .sort(),
      );
      const names = new Set(variants.flatMap((v) => Object.keys(v.shape)).filter((n) => n !== key));
      expect(rest.map((f) => f.name).sort()).toEqual([...names].sort());
      // Each variant field is probed like any other, its presence being the pre-save check's job.
      return rest.flatMap((sub) => {
        const variantShape = variants.find((v) => sub.name in v.shape)!.shape;
        return pairFields(
          collection,
          { [sub.name]: variantShape[sub.name] as z.ZodType },
          [sub],
          here,
          true,
        );
      });
    }
    if (inner instanceof z.ZodArray && field.widget === 'list') {
      const element = unwrap(inner.element as z.ZodType);
      if (element instanceof z.ZodObject) {
        return [
          { path: here, schema, field, collection, conditional },
          ...pairFields(
            collection,
            element.shape as Record<string, z.ZodType>,
            field.fields!,
            here,
          ),
        ];
      }
      return [
        { path: here, schema, field, collection, conditional },
        { path: here, schema: inner.element as z.ZodType, field: field.field!, collection },
      ];
    }
    return [{ path: here, schema, field, collection, conditional }];
  });
}

const leaves = collectionNames.flatMap((name) => {
  const definition = collections[name];
  const cms = config.collections.find((c) => c.name === name)!;
  const fields = (
    (cms.fields ?? (cms.files as { fields: CmsField[] }[])[0]!.fields) as CmsField[]
  ).filter((f) => f.name !== 'body' || definition.format === 'json');
  return pairFields(name, definition.schema.shape as Record<string, z.ZodType>, fields, []);
});

describe('every collection and every field of the schemas is in the CMS', () => {
  test('one CMS collection per registry collection, in the same order', () => {
    expect(config.collections.map((c) => c.name)).toEqual(collectionNames);
  });

  test('Markdown collections have a body, required when the registry says so', () => {
    for (const name of collectionNames) {
      const definition = collections[name];
      const cms = config.collections.find((c) => c.name === name)!;
      const fields = (cms.fields ??
        (cms.files as { fields: CmsField[] }[])[0]!.fields) as CmsField[];
      const body = fields.find((f) => f.name === 'body');
      if (definition.format === 'json') expect(body, name).toBeUndefined();
      else
        expect(body, name).toMatchObject({
          widget: 'markdown',
          required: definition.bodyRequired ?? false,
        });
    }
  });

  test('the walk found the fields (sanity check of the test itself)', () => {
    expect(leaves.length).toBeGreaterThan(50);
    expect(leaves.map((l) => `${l.collection}.${l.path.join('.')}`)).toContain('helplines.dial');
  });
});

describe('the CMS accepts exactly what zod accepts, field by field', () => {
  test.each(leaves.map((leaf) => [`${leaf.collection}.${leaf.path.join('.')}`, leaf] as const))(
    '%s',
    (_, leaf) => {
      const { schema, field, collection, path } = leaf;
      const inner = unwrap(schema);
      let probes: unknown[];
      if (field.widget === 'number') probes = numberProbes(field);
      else if (field.widget === 'boolean') probes = [true, false];
      else if (field.widget === 'datetime') probes = ['2025-01-31', ''];
      else if (field.widget === 'select' && field.multiple) {
        const values = field.options!.map((o) => o.value);
        probes = [[], values.slice(0, 1), values, ['inconnu'], [values[0], 'inconnu']];
      } else if (field.widget === 'select')
        probes = [...field.options!.map((o) => o.value), 'inconnu', ''];
      else if (field.widget === 'list') probes = [[]];
      // The widget saves the media library's public folder and the chosen file's name.
      else if (field.widget === 'image')
        probes = ['logo.png', 'logo-2.JPG', 'logo.svg', 'logo 2.png', 'logo.v2.png', 'a.txt'].map(
          (name) => `${config.public_folder}/${name}`,
        );
      else if (field.widget === 'relation' && field.multiple)
        // The widget only offers existing entries, so only slugs.
        probes = [[], ['fondation-arhm'], ['fondation-arhm', 'solipsy']];
      else probes = [...textProbes, ...lengthProbes(inner)];
      probes.push(...contentValues(collection, path));
      if (leaf.conditional) probes = probes.filter((value) => !isEmpty(value));
      const mismatches = probes
        .filter((value) => !(field.widget === 'list' && !Array.isArray(value)))
        .filter((value) => cmsAccepts(field, value) !== zodAccepts(schema, value))
        .map(
          (value) =>
            `${JSON.stringify(value)} : zod ${zodAccepts(schema, value) ? 'accepte' : 'refuse'}`,
        );
      expect(mismatches).toEqual([]);
    },
  );

  test('patterns carry the schema’s French messages', () => {
    const dial = leaves.find((l) => l.collection === 'helplines' && l.path.join('.') === 'dial')!;
    expect(dial.field.pattern![1]).toMatch(/^Numéro invalide : 10 chiffres/);
    const name = leaves.find((l) => l.collection === 'territories' && l.path.join('.') === 'name')!;
    expect(name.field.pattern![1]).toBe(
      'Les caractères « < » et « > » ne sont pas permis ici : écrivez le texte seul, sans balise HTML. Ce champ est obligatoire. Texte trop long : 80 caractères au plus',
    );
  });
});
