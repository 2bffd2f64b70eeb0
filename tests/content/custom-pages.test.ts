// Pages editors create (content/custom-pages/): the address rule, as the schema, the validator
// (`npm run validate`, the build) and the CMS before saving apply it, with the same French words.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { stringify } from 'yaml';
import { collections } from '../../src/content/collections.ts';
import { customPageSchema, maxAddressLength } from '../../src/content/schemas/custom-pages.ts';
import { reservedAddresses } from '../../src/content/reserved-addresses.ts';
import { formatProblem, validateContent } from '../../src/content/validation/validate-content.ts';
import { prepareEntry } from '../../cms/config/entry-check.ts';
import { saveProblems, type EntryReader } from '../../cms/config/cross-entry-check.ts';
import { damagedCopies, fixtureContentDir, readContent } from '../helpers/content.ts';
import { validCustomPage } from './factories.ts';

const folder = collections.customPages.folder;
const page = (address: unknown) => validCustomPage({ address: address as string });

/** The messages the schema gives for `address`. */
const addressMessages = (address: unknown) => {
  const result = customPageSchema.safeParse(page(address));
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
};

/** A custom page file as Decap writes it. */
const pageFile = (data: object, body = 'Le texte de la page.') =>
  `---\n${stringify(data)}---\n${body}\n`;

const copy = damagedCopies('asm-custom-pages-');
const problemLines = (dir: string) =>
  validateContent(dir, join(dir, '..')).problems.map(formatProblem);

describe('the address of a custom page', () => {
  test.each(['nos-partenaires', 'partenaires', 'journee-2026', 'a', 'territoires-2'])(
    'accepts « %s »',
    (address) => expect(addressMessages(address)).toEqual([]),
  );

  test.each([
    ['capitals', 'Partenaires'],
    ['an accent', 'équipe'],
    ['a space', 'nos partenaires'],
    ['an underscore', 'nos_partenaires'],
    ['a slash', 'nos/partenaires'],
    ['a leading hyphen', '-partenaires'],
    ['a trailing hyphen', 'partenaires-'],
    ['two hyphens', 'nos--partenaires'],
    ['a parent folder', '..'],
    ['a path out of the site', '../admin'],
    ['a dot', 'page.html'],
    ['HTML', '<script>alert(1)</script>'],
    ['a link', 'javascript:alert(1)'],
    ['an address with its slashes', '/partenaires/'],
    ['a zero-width space', 'parte\u200bnaires'],
  ])('refuses %s, saying what an address is made of', (_, address) => {
    expect(addressMessages(address)).toEqual([
      expect.stringMatching(/^Adresse invalide : minuscules sans accents, chiffres et tirets/),
    ]);
  });

  test('refuses an empty address', () => {
    expect(addressMessages('')).toHaveLength(1);
    expect(addressMessages(undefined)).toHaveLength(1);
  });

  test.each(reservedAddresses.filter((name) => /^[a-z0-9-]+$/.test(name)))(
    'refuses « %s », already an address of the site',
    (address) => {
      expect(addressMessages(address)).toEqual([
        expect.stringMatching(/^Adresse déjà prise par une page du site/),
      ]);
    },
  );

  test(`refuses an address longer than ${maxAddressLength} characters`, () => {
    expect(addressMessages('a'.repeat(maxAddressLength))).toEqual([]);
    expect(addressMessages('a'.repeat(maxAddressLength + 1))).toEqual([
      `Adresse trop longue : ${maxAddressLength} caractères au plus.`,
    ]);
  });

  test('keeps the fields of an editorial page (pageSchema)', () => {
    const { address: _, ...rest } = customPageSchema.shape;
    expect(Object.keys(rest).sort()).toEqual(
      Object.keys(collections.pages.schema.shape).sort(),
    );
  });
});

describe('npm run validate on custom pages', () => {
  test('accepts an empty folder (a .gitkeep only)', () => {
    const dir = copy('empty', (d) => {
      rmSync(join(d, folder), { recursive: true });
      mkdirSync(join(d, folder));
      writeFileSync(join(d, folder, '.gitkeep'), '');
    });
    const result = validateContent(dir, join(dir, '..'));
    expect(result.problems.map(formatProblem)).toEqual([]);
    expect(result.counts.customPages).toBe(0);
  });

  test('accepts a page whose address is no longer its file name (an address changed later)', () => {
    const dir = copy('renamed', (d) =>
      writeFileSync(join(d, folder, 'ancien-nom.mdx'), pageFile(page('nouvelle-adresse'))),
    );
    expect(problemLines(dir)).toEqual([]);
  });

  test('refuses a reserved address, naming the file and the field', () => {
    const dir = copy('reserved', (d) =>
      writeFileSync(join(d, folder, 'territoires.mdx'), pageFile(page('territoires'))),
    );
    expect(problemLines(dir)).toEqual([
      `content/${folder}/territoires.mdx — champ « address » (Adresse de la page) : Adresse déjà prise par une page du site (territoires, porteurs, agenda, recherche…) : choisissez-en une autre.`,
    ]);
  });

  test('refuses an address with accents or HTML, naming the file and the field', () => {
    const dir = copy('bad-characters', (d) => {
      writeFileSync(join(d, folder, 'equipe.mdx'), pageFile(page('équipe')));
      writeFileSync(join(d, folder, 'html.mdx'), pageFile(page('<b>gras</b>')));
    });
    const lines = problemLines(dir);
    for (const file of ['equipe.mdx', 'html.mdx']) {
      expect(lines).toContainEqual(
        expect.stringMatching(
          new RegExp(
            `^content/${folder}/${file} — champ « address » \\(Adresse de la page\\) : Adresse invalide`,
          ),
        ),
      );
    }
  });

  test('refuses two pages at one address, naming both files in each other’s message', () => {
    const dir = copy('duplicate', (d) => {
      writeFileSync(join(d, folder, 'partenaires.mdx'), pageFile(page('partenaires')));
      writeFileSync(join(d, folder, 'autre.mdx'), pageFile(page('partenaires')));
    });
    const lines = problemLines(dir);
    expect(lines).toEqual([
      `content/${folder}/autre.mdx — champ « address » (Adresse de la page) : « partenaires » est déjà l’adresse de content/${folder}/partenaires.mdx : deux entrées ne peuvent pas porter la même adresse (majuscules, accents, espaces, tirets et ponctuation ne comptent pas).`,
      `content/${folder}/partenaires.mdx — champ « address » (Adresse de la page) : « partenaires » est déjà l’adresse de content/${folder}/autre.mdx : deux entrées ne peuvent pas porter la même adresse (majuscules, accents, espaces, tirets et ponctuation ne comptent pas).`,
    ]);
  });

  test('applies the pages’ MDX rules to the text (no code, no raw HTML)', () => {
    const dir = copy('code', (d) =>
      writeFileSync(
        join(d, folder, 'code.mdx'),
        pageFile(page('code'), 'Un texte.\n\n{alert(1)}\n\n<script>alert(1)</script>\n'),
      ),
    );
    const lines = problemLines(dir).filter((line) => line.startsWith(`content/${folder}/code.mdx`));
    expect(lines.length).toBeGreaterThanOrEqual(2);
    for (const line of lines) expect(line).toMatch(/corps du texte/);
  });

  test('refuses a page without text', () => {
    const dir = copy('no-text', (d) =>
      writeFileSync(join(d, folder, 'vide.mdx'), pageFile(page('vide'), '')),
    );
    expect(problemLines(dir)).toEqual([
      `content/${folder}/vide.mdx — champ « corps du texte » : le texte est vide.`,
    ]);
  });
});

describe('links of the chatbot to custom pages', () => {
  /** The validator's lines about a chatbot step linking to `href`. */
  const linkProblems = (name: string, href: string) => {
    const dir = copy(name, (d) => {
      const file = join(d, 'chatbot/stress.json');
      const step = JSON.parse(readFileSync(file, 'utf8'));
      step.pages = [{ label: 'Une page', href }];
      writeFileSync(file, JSON.stringify(step, null, 2));
    });
    return problemLines(dir).filter((line) => line.includes('pages.0.href'));
  };
  const [fixturePage] = readContent(fixtureContentDir).of('customPages');

  test('lead to a custom page at its address', () => {
    expect(linkProblems('link-address', `/${fixturePage!.data.address}/`)).toEqual([]);
  });

  test.each([
    ['a custom page’s file name, not its address', `/${fixturePage!.id}/`],
    ['the identifier of another entry (a territory)', '/lyon/'],
    ['no page at all', '/nulle-part/'],
  ])('are refused when they name %s', (name, href) => {
    expect(fixturePage!.id).not.toBe(fixturePage!.data.address);
    expect(linkProblems(`link-${name.length}`, href)).toEqual([
      expect.stringContaining(`la page « ${href} » n’existe pas sur le site.`),
    ]);
  });
});

describe('the CMS before saving a custom page', () => {
  test('refuses a reserved address by the field’s label, with the schema’s message', () => {
    const { problems } = prepareEntry(
      customPageSchema,
      { ...page('agenda'), body: 'Un texte.' },
      'mdx',
    );
    expect(problems).toEqual([
      {
        field: 'Adresse de la page',
        message:
          'Adresse déjà prise par une page du site (territoires, porteurs, agenda, recherche…) : choisissez-en une autre.',
      },
    ]);
  });

  test('refuses an address already used by another page, read through the backend', async () => {
    const stored = { [`content/${folder}/partenaires.mdx`]: pageFile(page('partenaires')) };
    const reader: EntryReader = {
      entriesByFolder: async (path, extension) =>
        Object.entries(stored)
          .filter(([file]) => file.startsWith(`${path}/`) && file.endsWith(`.${extension}`))
          .map(([file, data]) => ({ file: { path: file }, data })),
    };
    const facts = { routes: ['/'] };
    expect(await saveProblems(reader, facts, 'customPages', '', page('partenaires'))).toEqual([
      {
        field: 'Adresse de la page',
        message:
          '« partenaires » existe déjà dans « Pages libres » (majuscules, accents, espaces, tirets et ponctuation ne comptent pas) : choisissez une autre adresse, ou modifiez l’entrée existante.',
      },
    ]);
    // The same page saved again, and another address: nothing to refuse.
    expect(await saveProblems(reader, facts, 'customPages', 'partenaires', page('partenaires'))).toEqual([]);
    expect(await saveProblems(reader, facts, 'customPages', '', page('nos-partenaires'))).toEqual([]);
  });
});
