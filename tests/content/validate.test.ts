// `npm run validate` on fixture folders: a copy of the real content with one kind of damage each.
import { afterAll, describe, expect, test } from 'vitest';
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { validateContent } from '../../src/lib/validate-content.ts';

const run = promisify(execFile);
const projectRoot = join(import.meta.dirname, '..', '..');
const realContent = join(projectRoot, 'content');
const fixtures = mkdtempSync(join(tmpdir(), 'asm-content-'));

afterAll(() => rmSync(fixtures, { recursive: true, force: true }));

/** A copy of the real content, damaged by `damage`; returns its folder. */
function fixture(name: string, damage: (dir: string) => void): string {
  const dir = join(fixtures, name, 'content');
  cpSync(realContent, dir, { recursive: true });
  damage(dir);
  return dir;
}

const editJson = (file: string, edit: (data: Record<string, unknown>) => void) => {
  const data = JSON.parse(readFileSync(file, 'utf8'));
  edit(data);
  writeFileSync(file, JSON.stringify(data, null, 2));
};

/** Runs the real command line on a folder. */
async function validateCli(dir: string): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['scripts/validate.ts', dir], {
      cwd: projectRoot,
    });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failure = error as { code: number; stdout: string; stderr: string };
    return { code: failure.code, output: failure.stdout + failure.stderr };
  }
}

describe('npm run validate', () => {
  test('accepts the real content with a one-line summary', async () => {
    const { code, output } = await validateCli(realContent);
    expect(code).toBe(0);
    const lines = output
      .trim()
      .split('\n')
      .filter((line) => !line.startsWith('Attention'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Contenu valide : 8 porteurs, 15 territoires/);
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

  test.each(cases)(
    'refuses %s, naming the file and the field',
    async (name, damage, file, field) => {
      const dir = fixture(name.replaceAll(' ', '-'), damage);
      const { code, output } = await validateCli(dir);
      expect(code).toBe(1);
      const line = output.split('\n').find((l) => l.includes(file));
      expect(line, output).toBeDefined();
      expect(line).toContain(field);
    },
  );

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

  test('counts what it read', () => {
    const { counts, problems } = validateContent(realContent, projectRoot);
    expect(problems).toEqual([]);
    expect(counts.porteurs).toBe(8);
    expect(counts.territories).toBe(15);
    expect(counts.helplines).toBe(5);
    expect(counts.testimonials).toBe(2);
  });
});
