// The content the site was built from (content/, or a copy under test) is validated, never
// counted: `npm run validate` accepts it and its summary counts what the folders hold.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { collections } from '../../src/content/collections.ts';
import { builtContentDir } from '../helpers/built-site.ts';
import { projectRoot } from '../helpers/content.ts';
import { runNode } from '../helpers/project-copy.ts';

test('npm run validate accepts the content, with a summary of what it holds', async () => {
  const contentDir = builtContentDir();
  const { code, output } = await runNode(['scripts/validate.ts', contentDir], projectRoot);
  expect(code, output).toBe(0);
  const summary = output
    .trim()
    .split('\n')
    .filter((line) => !line.startsWith('Attention'));
  expect(summary).toHaveLength(1);
  const count = (name: keyof typeof collections) =>
    readdirSync(join(contentDir, collections[name].folder)).filter((f) => !f.startsWith('.'))
      .length;
  expect(summary[0]).toMatch(
    new RegExp(
      `^Contenu valide : ${count('porteurs')} porteurs, ${count('territories')} territoires, ` +
        `${count('helplines')} lignes d’écoute, ${count('testimonials')} témoignages`,
    ),
  );
});
