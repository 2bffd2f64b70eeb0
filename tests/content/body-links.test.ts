// Links written in a Markdown text lead to pages of the site, as the menu's do: which links a
// text holds, the rule that each one leads to a page, and the deletion it then refuses.
import { describe, expect, test } from 'vitest';
import { pageLinksInBody } from '../../src/content/validation/markup-check.ts';
import {
  bodyField,
  crossEntryProblems,
  deletionRefusal,
} from '../../src/content/validation/cross-entry-rules.ts';
import { ruleEntry, validNewsItem, validPorteur, validTerritory } from './factories.ts';

describe('the pages a text links to', () => {
  test('inline links, reference definitions and raw <a>, in order, as written', () => {
    const body = [
      'Voir [Lyon](/territoires/lyon/) et [le programme][prog].',
      '',
      '<a href="/temoignages/#ines">Inès</a>',
      '',
      '[prog]: /le-programme/?vue=carte',
    ].join('\n');
    expect(pageLinksInBody(body, 'md')).toEqual([
      '/territoires/lyon/',
      '/le-programme/?vue=carte',
      '/temoignages/#ines',
    ]);
  });

  test('other sites, mail, phone, anchors of the same page and files are no pages of the site', () => {
    const body = [
      '[a](https://example.org/x/) [b](mailto:a@b.fr) [c](tel:3114) [d](#haut)',
      '[e](//example.org/x/) [f](/agenda.ics) [g](/uploads/guide.pdf) ![h](/uploads/logo.png)',
    ].join('\n');
    expect(pageLinksInBody(body, 'md')).toEqual([]);
  });

  test('links inside code are text, not links', () => {
    expect(pageLinksInBody('`[a](/nulle-part/)`\n\n    [b](/nulle-part/)', 'md')).toEqual([]);
  });

  test('an MDX text that does not parse has no links to check (its syntax is reported)', () => {
    expect(pageLinksInBody('[a](/nulle-part/) {', 'mdx')).toEqual([]);
    expect(pageLinksInBody('[a](/nulle-part/)', 'mdx')).toEqual(['/nulle-part/']);
  });
});

describe('the rule: every page a text links to exists', () => {
  const facts = { routes: ['/', '/le-programme/', '/territoires/[slug]/'] };
  const territories = [
    ruleEntry('porteurs', 'arhm', validPorteur({ name: 'ARHM' })),
    ruleEntry('territories', 'lyon', validTerritory({ name: 'Lyon', porteur: 'arhm' })),
  ];
  const news = (body: string) => ({ ...ruleEntry('news', 'essai', validNewsItem()), body });
  const newsProblems = (...entries: ReturnType<typeof news>[]) =>
    crossEntryProblems([...territories, ...entries], facts).filter((p) =>
      p.file.startsWith('content/news/'),
    );

  test('a link to a missing page, or to an entry that does not exist, is refused in the text', () => {
    expect(
      newsProblems(news('[a](/le-programme/#resultats) [b](/nulle-part/) [c](/territoires/paris/)')),
    ).toEqual([
      {
        file: 'content/news/essai.md',
        field: bodyField,
        message: 'la page « /nulle-part/ » n’existe pas sur le site.',
        severity: 'error',
      },
      {
        file: 'content/news/essai.md',
        field: bodyField,
        message: 'la page « /territoires/paris/ » n’existe pas sur le site.',
        severity: 'error',
      },
    ]);
  });

  test('an address that climbs out of a page, or that a browser reads as another site, is no page', () => {
    const problems = newsProblems(
      news('[a](/\\evil.example/) [b](/territoires/lyon/%2e%2e/admin/) [c](/territoires/lyon/../../admin/)'),
    );
    expect(problems.map((problem) => problem.field)).toEqual([bodyField, bodyField, bodyField]);
  });

  test('links to pages that exist pass, without their trailing slash or with a query', () => {
    expect(newsProblems(news('[a](/) [b](/le-programme) [c](/territoires/lyon/?x=1)'))).toEqual([]);
  });

  test('a territory whose page a text links to cannot be deleted', () => {
    const entries = [...territories, news('Rencontrez [Lyon](/territoires/lyon/).')];
    expect(deletionRefusal(entries, 'territories', 'lyon', facts)).toMatch(
      /encore utilisée par 1 entrée : .*content\/news\/essai\.md/,
    );
    expect(deletionRefusal([...territories, news('Rien.')], 'territories', 'lyon', facts)).toBe(
      null,
    );
  });
});
