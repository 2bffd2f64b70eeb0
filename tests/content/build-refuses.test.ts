// `astro build` itself refuses invalid content, even when run without `npm run build`'s validation.
import { afterAll, expect, test } from 'vitest';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildCopy, copyProject } from '../helpers/project-copy.ts';

const copy = copyProject('asm-refuse-');

afterAll(() => rmSync(copy, { recursive: true, force: true }));

test('a dangling reference stops the build and names the file and the field', async () => {
  // Any territory will do: the content changes, the rule does not.
  const name = readdirSync(join(copy, 'content/territories')).find((f) => f.endsWith('.json'))!;
  const territory = join(copy, 'content/territories', name);
  const data = JSON.parse(readFileSync(territory, 'utf8'));
  writeFileSync(territory, JSON.stringify({ ...data, porteur: 'club-famille-marne' }));

  const { code, output } = await buildCopy(copy);

  expect(code, 'the build should have failed').not.toBe(0);
  expect(output).toContain(`content/territories/${name} — champ « porteur »`);
  expect(output).toContain('club-famille-marne');
  expect(existsSync(join(copy, 'dist/index.html'))).toBe(false);
}, 120_000);

test('a custom page at an address of the site stops the build, naming the file and the field', async () => {
  // The territories' list: the page would hide it (static routes win in Astro, silently).
  writeFileSync(
    join(copy, 'content/custom-pages/territoires.mdx'),
    '---\ntitle: Territoires\naddress: territoires\ndescription: Une page qui prendrait l’adresse de la liste des territoires du site.\n---\nUn texte.\n',
  );

  const { code, output } = await buildCopy(copy);

  expect(code, 'the build should have failed').not.toBe(0);
  expect(output).toContain(
    'content/custom-pages/territoires.mdx — champ « address » (Adresse de la page) : Adresse déjà prise',
  );
  expect(existsSync(join(copy, 'dist/index.html'))).toBe(false);
}, 120_000);
