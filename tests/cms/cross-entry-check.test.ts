// The CMS's checks before saving and deleting, against a fake backend that holds files as Decap's
// backends return them: the rules see the stored collections with the edited entry in place.
import { collections } from '../../src/content/collections.ts';
import { describe, expect, test } from 'vitest';
import {
  deleteRefusal,
  entryFromSource,
  readCollections,
  RefusalError,
  saveProblems,
  type EntryReader,
} from '../../cms/config/cross-entry-check.ts';
import {
  validCustomPage,
  validEvent,
  validNewsItem,
  validPorteur,
  validTerritory,
} from '../content/factories.ts';

const facts = { routes: ['/'] };
const porteurFile = (name: string) =>
  `---\n${Object.entries(validPorteur({ name }))
    .map(([key, value]) => `${key}: ${String(value)}`)
    .join('\n')}\n---\nPrésentation.\n`;

/** A backend holding these files (path → text), counting the folders it is asked for. */
function fakeBackend(files: Record<string, string>) {
  const asked: string[] = [];
  const reader: EntryReader = {
    entriesByFolder: async (folder, extension) => {
      asked.push(folder);
      return Object.entries(files)
        .filter(([path]) => path.startsWith(`${folder}/`) && path.endsWith(`.${extension}`))
        .map(([path, data]) => ({ file: { path }, data }));
    },
    getEntry: async (path) => {
      if (!(path in files)) throw new Error(`${path} : fichier introuvable.`);
      return { file: { path }, data: files[path]! };
    },
  };
  return { reader, asked, files };
}

const store = () =>
  fakeBackend({
    'content/porteurs/asso-a.md': porteurFile('Association A'),
    'content/porteurs/asso-b.md': porteurFile('Association B'),
    'content/territories/lyon.json': JSON.stringify(
      validTerritory({ name: 'Lyon', porteur: 'asso-a' }),
    ),
    'content/territories/paris.json': JSON.stringify(
      validTerritory({ name: 'Paris', porteur: 'asso-a' }),
    ),
  });

describe('reading the backend', () => {
  test('parses JSON and front matter, checks each entry with its schema', async () => {
    const { reader } = store();
    const entries = await readCollections(reader, ['porteurs', 'territories']);
    expect(entries.map((e) => [e.file, e.valid])).toEqual([
      ['content/porteurs/asso-a.md', true],
      ['content/porteurs/asso-b.md', true],
      ['content/territories/lyon.json', true],
      ['content/territories/paris.json', true],
    ]);
  });

  test('a file that cannot be read is left out rather than stopping the check', () => {
    expect(entryFromSource('territories', 'content/territories/x.json', '{ oops')).toBeNull();
  });
});

describe('before saving', () => {
  test('a chatbot step beyond the most the validator accepts is refused', async () => {
    const step = (i: number) => JSON.stringify({ title: `Étape ${i}`, message: 'Bonjour.' });
    const max = collections.chatbot.maxEntries;
    const files = Object.fromEntries(
      Array.from({ length: max }, (_, i) => [`content/chatbot/etape-${i}.json`, step(i)]),
    );
    const { reader } = fakeBackend(files);
    const data = { title: 'Une de plus', message: 'Bonjour.' };
    expect(await saveProblems(reader, facts, 'chatbot', '', data)).toEqual([
      {
        field: 'Entrée',
        message: `« Chatbot d’orientation » aurait ${max + 1} entrées, au plus ${max}.`,
      },
    ]);
  });

  test('a new entry with a taken name is refused, in the editor’s words: label and other entry’s name', async () => {
    const { reader } = store();
    const data = validTerritory({ name: 'LYON !', porteur: 'asso-b' });
    const problems = await saveProblems(reader, facts, 'territories', '', data);
    expect(problems).toEqual([
      {
        field: 'Nom du territoire',
        message: expect.stringMatching(/^« Lyon » existe déjà dans « Territoires »/),
      },
    ]);
    // No file path: the editor never sees files.
    expect(JSON.stringify(problems)).not.toMatch(/content\/|\.json/);
  });

  test('a rename to a taken name is refused; an unrelated edit is not', async () => {
    const { reader } = store();
    const rename = validTerritory({ name: 'Lyon', porteur: 'asso-a' });
    expect(await saveProblems(reader, facts, 'territories', 'paris', rename)).toHaveLength(1);
    const edit = validTerritory({ name: 'Paris', porteur: 'asso-b' });
    expect(await saveProblems(reader, facts, 'territories', 'paris', edit)).toEqual([]);
  });

  test('reads what the backend holds now: a name freed a minute ago may be taken', async () => {
    const backend = store();
    const data = validTerritory({ name: 'Lyon', porteur: 'asso-a' });
    expect(await saveProblems(backend.reader, facts, 'territories', '', data)).toHaveLength(1);
    backend.files['content/territories/lyon.json'] = JSON.stringify(
      validTerritory({ name: 'Lyon Métropole', porteur: 'asso-a' }),
    );
    expect(await saveProblems(backend.reader, facts, 'territories', '', data)).toEqual([]);
  });

  test('a Markdown entry’s text is not taken for a field', async () => {
    const { reader } = store();
    const data = { ...validPorteur({ name: 'Association C' }), body: 'Présentation.' };
    expect(await saveProblems(reader, facts, 'porteurs', '', data)).toEqual([]);
  });

  test('a link in the text to a page that does not exist is refused under « Texte »', async () => {
    const { reader } = store();
    const routes = { routes: ['/', '/territoires/[slug]/'] };
    const data = (body: string) => ({ ...validNewsItem({ title: 'Essai' }), body });
    expect(
      await saveProblems(
        reader,
        routes,
        'news',
        '',
        data('[a](/territoires/lyon/) [b](/territoires/marseille/)'),
      ),
    ).toEqual([
      { field: 'Texte', message: 'la page « /territoires/marseille/ » n’existe pas sur le site.' },
    ]);
    expect(
      await saveProblems(reader, routes, 'news', '', data('[a](/territoires/paris/)')),
    ).toEqual([]);
  });

  test('the site settings (a fixed entry) are not compared with anything', async () => {
    const { reader, asked } = store();
    expect(await saveProblems(reader, facts, 'settings', 'site', {})).toEqual([]);
    expect(asked).toEqual([]);
  });

  test('the menu (a fixed entry) may only link to pages that exist, entries’ pages included', async () => {
    const { reader } = store();
    const routes = {
      routes: [
        '/',
        '/territoires/[slug]/',
        '/accessibilite/',
        '/mentions-legales/',
        '/confidentialite/',
      ],
    };
    const footer = [
      { label: 'Accessibilité', href: '/accessibilite/' },
      { label: 'Mentions légales', href: '/mentions-legales/' },
      { label: 'Confidentialité', href: '/confidentialite/' },
    ];
    const menu = (...hrefs: string[]) => ({
      menu: hrefs.map((href, index) => ({ label: `Lien ${index}`, href })),
      footer,
    });
    expect(
      await saveProblems(reader, routes, 'navigation', 'menu', menu('/', '/territoires/lyon/')),
    ).toEqual([]);
    expect(
      await saveProblems(reader, routes, 'navigation', 'menu', menu('/territoires/nice/')),
    ).toEqual([
      {
        field: 'Liens du menu',
        message: 'la page « /territoires/nice/ » n’existe pas sur le site.',
      },
    ]);
  });
});

describe('links to a page', () => {
  const footer = [
    { label: 'Accessibilité', href: '/accessibilite/' },
    { label: 'Mentions légales', href: '/mentions-legales/' },
    { label: 'Confidentialité', href: '/confidentialite/' },
  ];
  const routes = {
    routes: ['/[address]/', '/accessibilite/', '/mentions-legales/', '/confidentialite/'],
  };
  const withMenuTo = (href: string) =>
    fakeBackend({
      'content/custom-pages/partenaires.mdx': `---\ntitle: ${validCustomPage().title}\ndescription: ${validCustomPage().description}\naddress: partenaires\n---\nTexte.\n`,
      'content/navigation/menu.json': JSON.stringify({
        menu: [{ label: 'Partenaires', href }],
        footer,
      }),
    });

  test('a page’s new address that the menu still links to the old one is refused, naming the menu', async () => {
    const { reader } = withMenuTo('/partenaires/');
    const moved = { ...validCustomPage({ address: 'nos-partenaires' }), body: 'Texte.' };
    const problems = await saveProblems(reader, routes, 'customPages', 'partenaires', moved);
    expect(problems).toEqual([
      {
        field: 'Entrée',
        message:
          '« Menu et pied de page » deviendrait faux : la page « /partenaires/ » n’existe pas sur le site.',
      },
    ]);
    const kept = { ...validCustomPage({ address: 'partenaires' }), body: 'Texte modifié.' };
    expect(await saveProblems(reader, routes, 'customPages', 'partenaires', kept)).toEqual([]);
  });

  test('a page’s new address that a news text still links to is refused, naming the news', async () => {
    const { reader, files } = withMenuTo('/accessibilite/');
    files['content/news/partenariat.md'] =
      `---\n${JSON.stringify(validNewsItem())}\n---\nVoir [nos partenaires](/partenaires/).\n`;
    const moved = { ...validCustomPage({ address: 'nos-partenaires' }), body: 'Texte.' };
    expect(await saveProblems(reader, routes, 'customPages', 'partenaires', moved)).toEqual([
      {
        field: 'Entrée',
        message:
          '« Actualités » deviendrait faux : la page « /partenaires/ » n’existe pas sur le site.',
      },
    ]);
  });

  test('a page the menu links to cannot be deleted', async () => {
    const { reader } = withMenuTo('/partenaires/');
    expect(await deleteRefusal(reader, routes, 'customPages', 'partenaires')).toContain(
      'content/navigation/menu.json',
    );
  });
});

describe('before deleting', () => {
  test('a porteur still used is kept, with the list of the entries using it', async () => {
    const { reader } = store();
    const refusal = await deleteRefusal(reader, facts, 'porteurs', 'asso-a');
    expect(refusal).toContain('« Lyon » (content/territories/lyon.json)');
    expect(refusal).toContain('« Paris » (content/territories/paris.json)');
    expect(await deleteRefusal(reader, facts, 'porteurs', 'asso-b')).toBeNull();
  });

  test('reads only the collections that can point to the entry, and its own', async () => {
    const { reader, asked } = store();
    await deleteRefusal(reader, facts, 'porteurs', 'asso-b');
    expect(asked).toContain('content/territories');
    expect(asked).not.toContain('content/helplines');
    asked.length = 0;
    expect(await deleteRefusal(reader, facts, 'milestones', '2019-lancement')).toBeNull();
    // Nothing refers to a milestone: the collections that link to pages (the chatbot's steps,
    // texts), and its own; not the help lines or the territories, which link nowhere.
    expect(asked).toEqual(expect.arrayContaining(['content/chatbot', 'content/news']));
    expect(asked).toContain('content/milestones');
    expect(asked).not.toContain('content/helplines');
    expect(asked).not.toContain('content/territories');
  });

  test('a territory whose page a news text links to is kept, naming the news item', async () => {
    const item = validNewsItem({ title: 'Rencontre à Lyon' });
    const files = {
      ...store().files,
      'content/news/rencontre.md': `---\n${JSON.stringify(item)}\n---\nVoir [Lyon](/territoires/lyon/).\n`,
    };
    const { reader } = fakeBackend(files);
    const routes = { routes: ['/territoires/[slug]/'] };
    expect(await deleteRefusal(reader, routes, 'territories', 'lyon')).toContain(
      '« Rencontre à Lyon » (content/news/rencontre.md)',
    );
    expect(await deleteRefusal(reader, routes, 'territories', 'paris')).toBeNull();
  });

  test('a territory the menu links to is kept, naming the menu', async () => {
    const files = {
      ...store().files,
      'content/navigation/menu.json': JSON.stringify({
        menu: [{ label: 'Lyon', href: '/territoires/lyon/' }],
        footer: [
          { label: 'Accessibilité', href: '/accessibilite/' },
          { label: 'Mentions légales', href: '/mentions-legales/' },
          { label: 'Confidentialité', href: '/confidentialite/' },
        ],
      }),
    };
    const { reader } = fakeBackend(files);
    const routes = {
      routes: [
        '/territoires/[slug]/',
        '/accessibilite/',
        '/mentions-legales/',
        '/confidentialite/',
      ],
    };
    expect(await deleteRefusal(reader, routes, 'territories', 'lyon')).toContain(
      'content/navigation/menu.json',
    );
    expect(await deleteRefusal(reader, routes, 'territories', 'paris')).toBeNull();
  });
});

test('a refusal reads without the "Error:" prefix in Decap’s notification', () => {
  expect(String(new RefusalError('cette entrée est encore utilisée.'))).toBe(
    'cette entrée est encore utilisée.',
  );
});

describe('news and events before saving', () => {
  const newsFile = (title: string, date: string) =>
    `---\ntitle: ${title}\ndate: ${date}\nkind: actualite\nsummary: Résumé.\n---\nTexte.\n`;
  const backend = () =>
    fakeBackend({
      ...store().files,
      'content/news/rentree.md': newsFile('Rentrée des ambassadeurs', '2026-10-01'),
    });

  test('the same title on the same day is refused, in the editor’s words', async () => {
    const problems = await saveProblems(backend().reader, facts, 'news', '', {
      title: 'rentrée des Ambassadeurs',
      date: '2026-10-01',
      kind: 'recrutement',
      summary: 'Autre résumé.',
      body: 'Texte.',
    });
    expect(problems).toEqual([
      {
        field: 'Titre',
        message: expect.stringMatching(
          /^« Rentrée des ambassadeurs » est déjà le titre d’une entrée de « .+ » le même jour \(2026-10-01\)/,
        ),
      },
    ]);
  });

  test('the same title another day, or the entry saved again, is accepted', async () => {
    const data = { title: 'Rentrée des ambassadeurs', kind: 'actualite', summary: 'Résumé.' };
    expect(
      await saveProblems(backend().reader, facts, 'news', '', { ...data, date: '2027-10-01' }),
    ).toEqual([]);
    expect(
      await saveProblems(backend().reader, facts, 'news', 'rentree', {
        ...data,
        date: '2026-10-01',
      }),
    ).toEqual([]);
  });

  test('an event on a territory that does not exist is refused', async () => {
    const problems = await saveProblems(backend().reader, facts, 'events', '', {
      ...validEvent({ territory: 'nulle-part' }),
      body: 'Texte.',
    });
    expect(problems).toEqual([
      {
        field: 'Territoire',
        message: expect.stringMatching(/« nulle-part » ne correspond à aucune entrée/),
      },
    ]);
  });
});
