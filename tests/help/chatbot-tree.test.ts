// The orientation chatbot's tree checks: each kind of broken tree is refused with a message that
// names the file and the field; and the same checks run in `npm run validate` on content/.
import { describe, expect, test } from 'vitest';
import { join } from 'node:path';
import {
  checkTree,
  matchesRoute,
  readingOrder,
  routesFromFiles,
  type TreeFacts,
  type TreeNode,
} from '../../src/content/chatbot-tree.ts';
import { formatProblem, validateContent } from '../../src/content/validation/validate-content.ts';
import { chatbotNodeSchema } from '../../src/content/schemas/chatbot.ts';
import { damagedCopies, editJson, fixtureContentDir } from '../helpers/content.ts';

type NodeInput = Partial<TreeNode['data']> & { id: string };

/** A tree from short descriptions; every field not given takes the schema's default. */
function tree(...inputs: NodeInput[]): TreeNode[] {
  return inputs.map(({ id, ...data }) => ({
    id,
    file: `content/chatbot/${id}.json`,
    data: chatbotNodeSchema.parse({ title: id, message: `Message ${id}`, ...data }),
  }));
}

const facts: TreeFacts = {
  helplines: new Set(['3114', 'fil-sante-jeunes']),
  hasSuicideLine: true,
};

const errors = (nodes: TreeNode[], f: TreeFacts = facts) =>
  checkTree(nodes, f).filter((p) => p.severity === 'error');

const healthy = () =>
  tree(
    {
      id: 'debut',
      start: true,
      choices: [
        { label: 'Stress', next: 'stress' },
        { label: 'Idées noires', next: 'danger' },
      ],
    },
    {
      id: 'stress',
      helplines: ['fil-sante-jeunes'],
      pages: [{ label: 'Aide', href: '/besoin-de-soutien/#urgence' }],
    },
    { id: 'danger', danger: true, helplines: ['3114'] },
  );

describe('tree checks', () => {
  test('a healthy tree passes', () => {
    expect(checkTree(healthy(), facts)).toEqual([]);
  });

  test('an answer leading to a missing step', () => {
    const nodes = healthy();
    nodes[0]!.data.choices[1]!.next = 'danger-immediat';
    expect(errors(nodes)).toEqual([
      expect.objectContaining({
        file: 'content/chatbot/debut.json',
        field: 'choices.1.next',
        message: expect.stringContaining('« danger-immediat », qui n’existe pas'),
        dangling: true,
      }),
    ]);
  });

  test('a final step that recommends nothing', () => {
    const nodes = healthy();
    nodes[1]!.data.helplines = [];
    nodes[1]!.data.pages = [];
    expect(errors(nodes)).toEqual([
      expect.objectContaining({
        file: 'content/chatbot/stress.json',
        field: 'choices',
        message: expect.stringContaining('sans rien recommander'),
      }),
    ]);
  });

  test('a loop between steps', () => {
    const nodes = tree(
      { id: 'debut', start: true, choices: [{ label: 'Vers A', next: 'a' }] },
      {
        id: 'a',
        choices: [
          { label: 'Vers B', next: 'b' },
          { label: 'Fin', next: 'fin' },
        ],
      },
      { id: 'b', choices: [{ label: 'Retour à A', next: 'a' }] },
      { id: 'fin', helplines: ['3114'] },
    );
    const problems = errors(nodes);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'content/chatbot/b.json', field: 'choices.0.next' });
    expect(problems[0]!.message).toContain('boucle (a → b → a)');
  });

  test('a step whose answer leads back to itself', () => {
    const nodes = healthy();
    nodes[1]!.data.choices = [{ label: 'Encore', next: 'stress' }];
    expect(errors(nodes)).toEqual([
      expect.objectContaining({
        file: 'content/chatbot/stress.json',
        field: 'choices.0.next',
        message: expect.stringContaining('même étape'),
      }),
    ]);
  });

  test('a recommended help line that does not exist', () => {
    const nodes = healthy();
    nodes[1]!.data.helplines = ['fil-sante-jeune'];
    expect(errors(nodes)).toEqual([
      expect.objectContaining({
        file: 'content/chatbot/stress.json',
        field: 'helplines.0',
        message: '« fil-sante-jeune » ne correspond à aucune ligne de content/helplines/.',
      }),
    ]);
  });

  test('no starting step, or two', () => {
    const none = healthy();
    none[0]!.data.start = false;
    expect(errors(none)).toEqual([
      expect.objectContaining({
        field: 'start',
        message: expect.stringContaining('Point de départ'),
      }),
    ]);
    const two = healthy();
    two[1]!.data.start = true;
    expect(errors(two)).toEqual([
      expect.objectContaining({
        file: 'content/chatbot/stress.json',
        field: 'start',
        message: expect.stringContaining('content/chatbot/debut.json'),
      }),
    ]);
  });

  test('a danger step when the content has no 3114 line', () => {
    expect(errors(healthy(), { ...facts, hasSuicideLine: false })).toEqual([
      expect.objectContaining({ file: 'content/chatbot/danger.json', field: 'danger' }),
    ]);
  });

  test('a step no answer reaches is a warning, not an error', () => {
    const nodes = [...healthy(), ...tree({ id: 'oubli', helplines: ['3114'] })];
    expect(errors(nodes)).toEqual([]);
    expect(checkTree(nodes, facts)).toEqual([
      expect.objectContaining({ file: 'content/chatbot/oubli.json', severity: 'warning' }),
    ]);
  });

  test('reading order: breadth first from the start, unreachable steps last', () => {
    const nodes = [...tree({ id: 'oubli', helplines: ['3114'] }), ...healthy().reverse()];
    expect(readingOrder(nodes).map((n) => n.id)).toEqual(['debut', 'stress', 'danger', 'oubli']);
  });
});

describe('pages of the site', () => {
  const routes = routesFromFiles([
    'index.astro',
    'besoin-de-soutien/index.astro',
    'besoin-de-soutien/orientation/index.astro',
    'porteurs/[slug].astro',
    'le-programme.astro',
    'robots.txt.ts',
    '404.astro',
    'admin/index.astro',
  ]);

  // The « page introuvable » and the CMS are no pages to send a visitor to.
  test('routes from file names', () => {
    expect(routes).toEqual([
      '/',
      '/besoin-de-soutien/',
      '/besoin-de-soutien/orientation/',
      '/porteurs/[slug]/',
      '/le-programme/',
    ]);
  });

  test('static and dynamic routes', () => {
    const ids = () => new Set(['fondation-arhm']);
    expect(matchesRoute('/besoin-de-soutien/', routes, ids)).toBe(true);
    expect(matchesRoute('/le-programme/', routes, ids)).toBe(true);
    expect(matchesRoute('/porteurs/fondation-arhm/', routes, ids)).toBe(true);
    expect(matchesRoute('/porteurs/inconnu/', routes, ids)).toBe(false);
    expect(matchesRoute('/besoin-d-aide/', routes, ids)).toBe(false);
  });

  test('each segment takes the values of its own route and name', () => {
    const paged = [
      '/actualites/[...page]/',
      '/actualites/[slug]/',
      '/actualites/type/[kind]/[...page]/',
    ];
    const valuesOf = (route: string, param: string) =>
      new Set(
        route === '/actualites/[slug]/' && param === 'slug'
          ? ['une-nouvelle']
          : param === 'kind'
            ? ['presse']
            : [],
      );
    const found = (path: string) => matchesRoute(path, paged, valuesOf);
    expect(found('/actualites/une-nouvelle/')).toBe(true);
    expect(found('/actualites/type/presse/')).toBe(true);
    // Not another route's value, nor one named for another segment.
    expect(found('/actualites/presse/')).toBe(false);
    expect(found('/actualites/type/une-nouvelle/')).toBe(false);
  });

  test('a rest segment is pagination: nothing, or a page number from 2 on', () => {
    const paged = ['/actualites/[...page]/', '/actualites/type/[kind]/[...page]/'];
    const found = (path: string) => matchesRoute(path, paged, () => new Set(['presse']));
    expect(
      ['/actualites/', '/actualites/2/', '/actualites/12/', '/actualites/type/presse/3/'].map(
        found,
      ),
    ).toEqual([true, true, true, true]);
    expect(
      [
        '/actualites/1/',
        '/actualites/02/',
        '/actualites/nulle-part/',
        '/actualites/2/3/',
        '/actualites/type/presse/x/',
      ].map(found),
    ).toEqual([false, false, false, false, false]);
  });
});

describe('npm run validate on the chatbot (fixture content)', () => {
  const copy = damagedCopies('asm-chatbot-');
  const edit = editJson;

  test('the fixture tree passes, and the never-checked lines are warnings only', () => {
    const result = validateContent(fixtureContentDir);
    expect(result.problems.filter((p) => p.file.includes('chatbot'))).toEqual([]);
    const freshness = result.warnings.filter((w) => w.field === 'lastChecked');
    // Every phone line (4), not our own chatbot entry, which has no number to go stale.
    expect(freshness.map((w) => w.file).sort()).toEqual([
      'content/helplines/3018.json',
      'content/helplines/3114.json',
      'content/helplines/drogues-info-service.json',
      'content/helplines/fil-sante-jeunes.json',
    ]);
    expect(formatProblem(freshness[0]!)).toContain('jamais vérifiés');
  });

  test('a line checked 13 months ago warns; one checked last month does not', () => {
    const dir = copy('freshness', (d) => {
      edit(join(d, 'helplines/3114.json'), (line) => (line.lastChecked = '2025-10-20'));
      edit(join(d, 'helplines/3018.json'), (line) => (line.lastChecked = '2026-10-20'));
    });
    const result = validateContent(dir, join(dir, '..'), new Date('2026-11-26T12:00:00Z'));
    expect(result.problems).toEqual([]);
    const warned = result.warnings.filter((w) => w.field === 'lastChecked');
    expect(warned.find((w) => w.file === 'content/helplines/3114.json')?.message).toContain(
      'dernière vérification le 2025-10-20, il y a plus de 12 mois',
    );
    expect(warned.find((w) => w.file === 'content/helplines/3018.json')).toBeUndefined();
  });

  test('a broken tree is refused, naming file and field, each problem once', () => {
    const dir = copy('broken', (d) => {
      edit(join(d, 'chatbot/stress.json'), (node) => {
        node.helplines = ['fil-sante-jeune'];
        node.pages = [{ label: 'Perdu', href: '/nulle-part/' }];
      });
      edit(join(d, 'chatbot/angoisse-en-parler.json'), (node) => {
        node.choices = [{ label: 'Encore', next: 'angoisse' }];
      });
      edit(join(d, 'chatbot/parler.json'), (node) => {
        (node.choices as { next: string }[])[0]!.next = 'parler-au-telephone';
      });
    });
    const lines = validateContent(dir, join(dir, '..')).problems.map(formatProblem);
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^content\/chatbot\/stress\.json — champ « helplines » .*fil-sante-jeune/,
        ),
        'content/chatbot/stress.json — champ « pages.0.href » (Pages recommandées) : la page « /nulle-part/ » n’existe pas sur le site.',
        expect.stringMatching(
          /^content\/chatbot\/angoisse-en-parler\.json — champ « choices\.0\.next » \(Réponses proposées\) : .*boucle/,
        ),
        expect.stringMatching(
          /^content\/chatbot\/parler\.json — champ « choices\.next » .*parler-au-telephone/,
        ),
      ]),
    );
    // The missing step is reported by the generic reference check, not a second time by the tree's.
    expect(lines.filter((line) => line.includes('parler-au-telephone'))).toHaveLength(1);
  });
});
