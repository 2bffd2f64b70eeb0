// Messages that tell the truth: wrong types say what was expected (never « champ obligatoire
// manquant » when the field is there), the same wording in the validator and in the CMS, and the
// validator's blind spots closed (unknown folders, huge bodies, MDX syntax errors, raw HTML).
import { afterAll, describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify as toYaml } from 'yaml';
import type { z } from 'astro/zod';
import {
  formatProblem,
  maxBodyCharacters,
  validateContent,
} from '../../src/content/validation/validate-content.ts';
import { entryProblems } from '../../cms/config/entry-check.ts';
import { territorySchema } from '../../src/content/schemas/territories.ts';
import { collections } from '../../src/content/collections.ts';
import { helplineSchema } from '../../src/content/schemas/helplines.ts';
import { testimonialSchema } from '../../src/content/schemas/testimonials.ts';
import { validHelpline, validTerritory, validTestimonial } from '../content/factories.ts';

/** Wrong values in present fields. One case per line: schema, data, field, expected message. */
// prettier-ignore
const wrongTypes: [string, z.ZodObject, Record<string, unknown>, string, RegExp][] = [
  ['latitude as a French decimal', territorySchema, validTerritory({ coordinates: { latitude: '45,7' as never, longitude: 4.8 } }), 'coordinates.latitude', /Latitude attendue/],
  ['year as text', territorySchema, validTerritory({ since: 'deux mille' as never }), 'since', /année est attendue/],
  ['name as a number', territorySchema, validTerritory({ name: 12 as never }), 'name', /un texte est attendu, et non le nombre 12/],
  ['name left empty in YAML (null)', testimonialSchema, validTestimonial({ firstName: null as never }), 'firstName', /un texte est attendu, et non une valeur vide/],
  ['boolean as text', testimonialSchema, validTestimonial({ featured: 'oui' as never }), 'featured', /vrai ou faux.*« oui »/],
  ['list as text', helplineSchema, validHelpline({ hours: { type: 'weekly', slots: 'lundi' as never } }), 'hours.slots', /une liste est attendu/],
  ['description as a list', helplineSchema, validHelpline({ description: ['a'] as never }), 'description', /un texte est attendu, et non une liste/],
];

/** Fields really missing: those must say so. */
// prettier-ignore
const missing: [string, z.ZodObject, Record<string, unknown>, string][] = [
  ['territory without name', territorySchema, (({ name: _, ...rest }) => rest)(validTerritory()), 'name'],
  ['coordinates without longitude', territorySchema, validTerritory({ coordinates: { latitude: 45 } as never }), 'coordinates.longitude'],
];

const issuesOf = (schema: z.ZodObject, data: Record<string, unknown>) =>
  (schema.safeParse(data).error?.issues ?? []).map((issue) => issue.path.join('.'));

describe('wrong types say what was expected', () => {
  const dir = mkdtempSync(join(tmpdir(), 'asm-messages-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each(wrongTypes)('%s (validator and CMS alike)', (_, schema, data, field, message) => {
    expect(issuesOf(schema, data)).toContain(field);
    // The CMS's last check before saving.
    const cms = entryProblems(schema, data);
    expect(cms.map((p) => p.message).join('\n')).toMatch(message);
    expect(cms.map((p) => p.message).join('\n')).not.toMatch(/obligatoire/);
  });

  it.each(missing)('%s: « champ obligatoire manquant »', (_, schema, data, field) => {
    expect(issuesOf(schema, data)).toContain(field);
    expect(entryProblems(schema, data).map((p) => p.message)).toContain(
      'champ obligatoire manquant.',
    );
  });
});

describe('the validator on a damaged copy of the content', () => {
  const root = mkdtempSync(join(tmpdir(), 'asm-blind-spots-'));
  const content = join(root, 'content');
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  cpSync(join(import.meta.dirname, '../../content'), content, { recursive: true });
  const markdown = (data: object, body: string) => `---\n${toYaml(data)}---\n\n${body}`;
  // The line where a testimonial's body starts, after its front matter.
  const bodyLine = markdown(validTestimonial(), '').split('\n').length;
  // Pages are a fixed set: the damage goes into two of them.
  const [firstPage, secondPage] = collections.pages.fixedEntries!;
  const page = {
    title: 'Page',
    description: 'Une description assez longue pour les moteurs de recherche.',
  };

  // One case per line: file to write, its text, the message expected (with its line, if any).
  // prettier-ignore
  const damage: [string, string, RegExp][] = [
    ['temoignages/camille.md', markdown(validTestimonial(), 'Un témoignage.'), /content\/temoignages\/ — dossier inconnu/],
    ['testimonials/html.md', markdown(validTestimonial(), 'Bonjour.\n\n<meta http-equiv="refresh" content="0;url=https://x.example">\n'), new RegExp(`testimonials/html\\.md, ligne ${bodyLine + 2} — champ « corps du texte » : balise HTML « <meta> »`)],
    ['testimonials/lien.md', markdown(validTestimonial(), '[Appeler](javascript:alert(1))\n'), new RegExp(`testimonials/lien\\.md, ligne ${bodyLine} — .*javascript:alert\\(1\\)`)],
    ['testimonials/long.md', markdown(validTestimonial(), 'a'.repeat(maxBodyCharacters + 1)), /testimonials\/long\.md — champ « corps du texte » : texte trop long \(100[\s\u202f]00\d caractères/],
    ['testimonials/enorme.md', markdown(validTestimonial(), 'a'.repeat(5_000_000)), /testimonials\/enorme\.md — fichier trop gros/],
    [`pages/${firstPage}.mdx`, markdown(page, "import os from 'node:os';\n\n{os.hostname()}\n"), new RegExp(`pages/${firstPage}\\.mdx, ligne \\d+ — champ « corps du texte » : import/export interdit`)],
    [`pages/${secondPage}.mdx`, markdown(page, 'Texte\n\n<div> jamais fermée\n'), new RegExp(`pages/${secondPage}\\.mdx, ligne \\d+ — champ « corps du texte » : erreur de syntaxe MDX`)],
    ['notes.txt', 'un fichier perdu', /content\/notes\.txt — fichier inconnu/],
  ];
  for (const [file, text] of damage) {
    mkdirSync(join(content, file, '..'), { recursive: true });
    writeFileSync(join(content, file), text);
  }
  const lines = validateContent(content, root).problems.map(formatProblem);

  it.each(damage)('%s', (_, __, message) => {
    expect(lines.join('\n')).toMatch(message);
  });

  it('reports an MDX syntax error in French, without a stack trace', () => {
    const line = lines.find((l) => l.includes(`pages/${secondPage}.mdx`))!;
    expect(line).not.toMatch(/\bat \w|Error|Unexpected/);
  });
});

it('a testimonial front matter is what the fixtures expect', () => {
  expect(testimonialSchema.safeParse(validTestimonial()).success).toBe(true);
});
