// `npm run validate` on fixture folders: a copy of the fixture content (tests/fixtures/content)
// with one kind of damage each. The real content is validated by tests/build/content.test.ts.
import { describe, expect, test } from 'vitest';
import { readdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { collections, collectionNames } from '../../src/content/collections.ts';
import { formatProblem, validateContent } from '../../src/content/validation/validate-content.ts';
import { damagedCopies, editJson, fixtureContentDir, projectRoot } from '../helpers/content.ts';
import { runNode } from '../helpers/project-copy.ts';

/** A copy of the fixture content, damaged by `damage`; returns its folder. */
const fixture = damagedCopies('asm-content-');

/** Runs the real command line on a folder. */
const validateCli = (dir: string) => runNode(['scripts/validate.ts', dir], projectRoot);

/** The lines `npm run validate` prints for the problems of a folder, computed in-process. */
const problemLines = (dir: string) =>
  validateContent(dir, join(dir, '..')).problems.map(formatProblem);

/** Files per collection folder, as an editor would count them. */
const filesIn = (dir: string, folder: string) =>
  readdirSync(join(dir, folder)).filter((name) => !name.startsWith('.')).length;

describe('npm run validate', () => {
  test('accepts the fixture content with a one-line summary of what it counted', async () => {
    const { code, output } = await validateCli(fixtureContentDir);
    expect(code, output).toBe(0);
    const lines = output
      .trim()
      .split('\n')
      .filter((line) => !line.startsWith('Attention'));
    expect(lines).toHaveLength(1);
    const count = (name: keyof typeof collections) =>
      filesIn(fixtureContentDir, collections[name].folder);
    expect(lines[0]).toMatch(
      new RegExp(
        `^Contenu valide : ${count('porteurs')} porteurs, ${count('territories')} territoires, ` +
          `${count('helplines')} lignes d’écoute, ${count('testimonials')} témoignages`,
      ),
    );
  });

  // Each case: fixture name, damage, then the file and the field the message must name.
  const cases: [string, (dir: string) => void, string, string][] = [
    [
      'unknown département',
      (dir) => editJson(join(dir, 'territories/lyon.json'), (d) => (d.departement = '99')),
      'territories/lyon.json',
      '« departement »',
    ],
    [
      'dangling porteur reference',
      (dir) => editJson(join(dir, 'territories/somme.json'), (d) => (d.porteur = 'epsm-somme')),
      'territories/somme.json',
      '« porteur »',
    ],
    [
      'two territories with one name',
      (dir) => editJson(join(dir, 'territories/paris.json'), (d) => (d.name = 'Lyon')),
      'territories/paris.json',
      '« name »',
    ],
    [
      'malformed JSON',
      (dir) => writeFileSync(join(dir, 'territories/marne.json'), '{ "name": "Marne", }'),
      'territories/marne.json',
      'JSON mal formé',
    ],
    [
      'malformed front matter',
      (dir) =>
        writeFileSync(join(dir, 'porteurs/solipsy.md'), '---\nname: [Solipsy\n---\nTexte.\n'),
      'porteurs/solipsy.md',
      'front matter',
    ],
    [
      'missing front matter',
      (dir) => writeFileSync(join(dir, 'porteurs/club-famille.md'), 'Club Famille porte…\n'),
      'porteurs/club-famille.md',
      'front matter',
    ],
    [
      'missing required field',
      (dir) => editJson(join(dir, 'helplines/fil-sante-jeunes.json'), (d) => delete d.audience),
      'helplines/fil-sante-jeunes.json',
      '« audience »',
    ],
    [
      'invalid dialled number',
      (dir) =>
        editJson(join(dir, 'helplines/drogues-info-service.json'), (d) => (d.dial = '08002313')),
      'helplines/drogues-info-service.json',
      '« dial »',
    ],
    [
      'invalid opening time',
      (dir) =>
        editJson(join(dir, 'helplines/fil-sante-jeunes.json'), (d) => {
          (d.hours as { slots: { closes: string }[] }).slots[0]!.closes = '23h';
        }),
      'helplines/fil-sante-jeunes.json',
      '« hours.slots.0.closes »',
    ],
    [
      'misspelt field',
      (dir) => editJson(join(dir, 'territories/loire.json'), (d) => (d.sinse = 2021)),
      'territories/loire.json',
      '« sinse »',
    ],
    [
      'year before the programme',
      (dir) => editJson(join(dir, 'milestones/2020-isere.json'), (d) => (d.year = 2018)),
      'milestones/2020-isere.json',
      '« year »',
    ],
    [
      'empty testimonial',
      (dir) =>
        writeFileSync(
          join(dir, 'testimonials/oceane-unis-cite.md'),
          readFileSync(join(dir, 'testimonials/oceane-unis-cite.md'), 'utf8').replace(
            /\n---\n[\s\S]*$/,
            '\n---\n',
          ),
        ),
      'testimonials/oceane-unis-cite.md',
      '« corps du texte »',
    ],
    [
      'logo without alternative text',
      (dir) =>
        writeFileSync(
          join(dir, 'porteurs/solipsy.md'),
          readFileSync(join(dir, 'porteurs/solipsy.md'), 'utf8').replace(
            'role: franchise',
            'role: franchise\nlogo: /uploads/solipsy.png',
          ),
        ),
      'porteurs/solipsy.md',
      '« logoAlt »',
    ],
    [
      'file name that is not a slug',
      (dir) =>
        writeFileSync(
          join(dir, 'territories/Nouveau Territoire.json'),
          readFileSync(join(dir, 'territories/loire.json')),
        ),
      'territories/Nouveau Territoire.json',
      'nom de fichier',
    ],
    [
      'file with the wrong format',
      (dir) => writeFileSync(join(dir, 'territories/rennes.yaml'), 'name: Rennes\n'),
      'territories/rennes.yaml',
      'extension',
    ],
    [
      'missing settings',
      (dir) => unlinkSync(join(dir, 'settings/site.json')),
      'settings/site.json',
      'manquant',
    ],
  ];

  // In-process: the command prints exactly these lines (the CLI itself is tested below).
  test.each(cases)('refuses %s, naming the file and the field', (name, damage, file, field) => {
    const dir = fixture(name.replaceAll(' ', '-'), damage);
    const lines = problemLines(dir);
    const line = lines.find((l) => l.includes(file));
    expect(line, lines.join('\n')).toBeDefined();
    expect(line).toContain(field);
  });

  test('lists every problem at once, one line each', async () => {
    const dir = fixture('several-problems', (d) => {
      editJson(join(d, 'territories/lyon.json'), (t) => (t.departement = '99'));
      editJson(join(d, 'territories/somme.json'), (t) => (t.porteur = 'inconnu'));
      editJson(join(d, 'milestones/2020-isere.json'), (m) => (m.month = 13));
    });
    const { code, output } = await validateCli(dir);
    expect(code).toBe(1);
    expect(output).toMatch(/^3 problèmes dans le contenu/m);
    expect(output.split('\n').filter((l) => l.includes('✗'))).toHaveLength(3);
  });

  test('reports a dangling reference even in a file that has other errors', () => {
    const dir = fixture('reference-and-schema', (d) =>
      editJson(join(d, 'territories/lyon.json'), (t) => {
        t.porteur = 'inconnu';
        t.since = 1990;
      }),
    );
    const fields = validateContent(dir, join(dir, '..')).problems.map((p) => p.field);
    expect(fields).toEqual(expect.arrayContaining(['porteur', 'since']));
  });

  test('counts what it read: every valid file, and only valid ones', () => {
    const { counts, problems } = validateContent(fixtureContentDir);
    expect(problems).toEqual([]);
    for (const name of collectionNames) {
      expect(counts[name], name).toBe(filesIn(fixtureContentDir, collections[name].folder));
    }
    const damaged = fixture('counted', (d) =>
      writeFileSync(join(d, 'territories/marne.json'), '{ "name": "Marne", }'),
    );
    expect(validateContent(damaged).counts.territories).toBe(
      filesIn(fixtureContentDir, 'territories') - 1,
    );
  });
});
