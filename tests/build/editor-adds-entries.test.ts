// An editor's valid additions must never turn the tests red: on a copy of the project, add
// entries the way the CMS writes them (a porteur, two territories, a testimonial, a milestone, a
// help line, news and events, a custom page), then run the content validation, the build, and the unit and build-output tests
// inside that copy, against that build (TEST_DIST_DIR). A test that pins today's counts or names,
// or that reads content/ where it should read fixtures, fails here. (With TEST_DIST_DIR set,
// vitest.config.ts leaves out the tests that build their own copy, this one included.)
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import type { CollectionName } from '../../src/content/collections.ts';
import {
  validHelpline,
  validMilestone,
  validPorteur,
  validTerritory,
  validTestimonial,
  validNewsItem,
  validEvent,
  validCustomPage,
} from '../content/factories.ts';
import { parisDay } from '../../src/news/paris-time.ts';
import { projectRoot, readContent } from '../helpers/content.ts';
import { writeEntry } from '../helpers/content-variants.ts';
import { buildCopy, copyProject, runNode } from '../helpers/project-copy.ts';

const copy = copyProject('asm-editor-');
afterAll(() => rmSync(copy, { recursive: true, force: true }));
const content = join(copy, 'content');

/** As Decap writes them (writeEntry: JSON with two-space indentation, Markdown with YAML). */
const write = (collection: CollectionName, id: string, data: object, body = '') =>
  writeEntry(content, collection, { id, data, body });

test('valid additions pass the validation, the build, the unit and the build-output tests', async () => {
  const existing = readContent(content);
  const firstTerritory = existing.of('territories')[0]!;

  write(
    'porteurs',
    'association-d-essai',
    validPorteur({ name: 'Association d’essai', shortName: 'Essai' }),
    'L’association d’essai porte le programme sur un nouveau territoire.',
  );
  // One territory of the new porteur, one beside an existing territory in its département.
  write(
    'territories',
    'territoire-d-essai',
    validTerritory({ name: 'Territoire d’essai', porteur: 'association-d-essai' }),
  );
  const {
    coordinates: _,
    city: __,
    ...sameDepartement
  } = validTerritory({
    name: 'Second territoire d’essai',
    departement: firstTerritory.data.departement,
    porteur: firstTerritory.data.porteur,
  });
  write('territories', 'second-territoire-d-essai', sameDepartement);
  write(
    'testimonials',
    'camille-essai',
    validTestimonial({ firstName: 'Camille', porteur: 'association-d-essai', featured: true }),
    'Camille raconte que les échanges entre pairs l’ont marquée.',
  );
  write(
    'milestones',
    '2025-essai',
    validMilestone({ year: 2025, month: 3, title: 'Étape d’essai' }),
  );
  write('helplines', 'ligne-d-essai', validHelpline({ name: 'Ligne d’essai' }));
  // News: one published yesterday about the new territory, a draft, one scheduled; events: one to
  // come and one over, on the new territory.
  const day = (offset: number) => parisDay(new Date(Date.now() + offset * 86_400_000));
  write(
    'news',
    'actualite-d-essai',
    validNewsItem({
      title: 'Actualité d’essai',
      date: day(-1),
      kind: 'recrutement',
      territories: ['territoire-d-essai'],
      porteurs: ['association-d-essai'],
    }),
    'L’association d’essai recrute des ambassadeurs.',
  );
  write(
    'news',
    'brouillon-d-essai',
    validNewsItem({ title: 'Brouillon d’essai', date: day(-1), draft: true }),
    'Un brouillon.',
  );
  write(
    'news',
    'programmee-d-essai',
    validNewsItem({ title: 'Actualité programmée d’essai', date: day(30) }),
    'Une actualité programmée.',
  );
  write(
    'events',
    'evenement-a-venir',
    validEvent({
      title: 'Événement d’essai à venir',
      startDate: day(20),
      startTime: '14:00',
      endTime: '16:00',
      territory: 'territoire-d-essai',
      porteur: 'association-d-essai',
      freeEntry: true,
    }),
    'Un atelier d’essai.',
  );
  write(
    'events',
    'evenement-passe',
    validEvent({ title: 'Événement d’essai passé', startDate: day(-20), endDate: day(-19) }),
    'Un forum d’essai.',
  );

  // A page created in the CMS whose address changed since: the file keeps its first name.
  write(
    'customPages',
    'page-d-essai',
    validCustomPage({ title: 'Page d’essai', address: 'page-d-essai-renommee' }),
    '## Une section d’essai\n\nUn texte d’essai, avec un [lien vers le programme](/le-programme/).',
  );

  const validation = await runNode(['scripts/validate.ts', content], projectRoot);
  expect(validation.code, validation.output).toBe(0);

  const build = await buildCopy(copy);
  expect(build.code, build.output.slice(-4000)).toBe(0);
  const dist = join(copy, 'dist');
  expect(existsSync(join(dist, 'territoires/territoire-d-essai/index.html'))).toBe(true);
  expect(existsSync(join(dist, 'porteurs/association-d-essai/index.html'))).toBe(true);
  expect(existsSync(join(dist, 'actualites/actualite-d-essai/index.html'))).toBe(true);
  expect(existsSync(join(dist, 'actualites/brouillon-d-essai/index.html'))).toBe(false);
  expect(existsSync(join(dist, 'actualites/programmee-d-essai/index.html'))).toBe(false);
  expect(existsSync(join(dist, 'agenda/evenement-a-venir/index.html'))).toBe(true);
  expect(existsSync(join(dist, 'agenda/evenement-a-venir.ics'))).toBe(true);
  expect(existsSync(join(dist, 'page-d-essai-renommee/index.html'))).toBe(true);
  expect(existsSync(join(dist, 'page-d-essai/index.html'))).toBe(false);

  // Inside the copy: tests that read content/ read the edited content.
  const tests = await runNode(
    [
      'node_modules/vitest/vitest.mjs',
      'run',
      '--project=unit',
      '--project=build',
      '--reporter=dot',
    ],
    copy,
    { TEST_DIST_DIR: dist, NO_COLOR: '1', FORCE_COLOR: '0' },
  );
  expect(tests.code, tests.output.slice(-8000)).toBe(0);
  expect(tests.output).toMatch(/Test Files\s+\S*\d+ passed/);
}, 600_000);
