// Build-output checks for the network's voice: French typography on every page, no placeholder,
// the announced territory count beside the derived one, the two journeys, the pre-filled contact
// form of each territory, and sentences built with the French grammar module. Expectations come
// from the content files, never from today's names or counts.
import { relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse, TextNode, type HTMLElement, type Node } from 'node-html-parser';
import { placeholderPattern } from '../../src/content/validation/editorial-checks.ts';
import {
  inPlace,
  porteurForm,
  withArticle,
  withPreposition,
} from '../../src/lib/french-grammar.ts';
import { requestTypes } from '../../src/content/contact-request.ts';
import { announcedCountSentence } from '../../src/content/derived-figures.ts';
import { collectionNames } from '../../src/content/collections.ts';
import { markdownOutline } from '../helpers/markdown.ts';
import {
  builtContent,
  builtDistDir,
  openBuiltPage,
  publicHtmlFiles,
} from '../helpers/built-site.ts';
import { normalizeText as plain } from '../helpers/text.ts';

const dist = builtDistDir();
const read = (path: string) => openBuiltPage(path, dist);

/** Every public HTML page of the build (the CMS and its e-mail templates are not pages). */
const pages = publicHtmlFiles(dist).map((file) => relative(dist, file));

/** The page's text as people read it: without code, scripts, styles or verbatim text. */
function readableText(html: HTMLElement): string {
  const copy = parse(html.toString());
  for (const node of copy.querySelectorAll('script, style, pre, code, kbd, samp, textarea'))
    node.remove();
  const attributes = copy
    .querySelectorAll('[alt], [title], [aria-label], meta[name="description"]')
    .map((node) =>
      ['alt', 'title', 'aria-label', 'content'].map((name) => node.getAttribute(name) ?? ''),
    )
    .flat();
  return [copy.textContent, ...attributes].join('\n');
}

// Expectations come from the content the site was built from.
const content = builtContent();

/** Every text an editor wrote (front matter, JSON fields and bodies), as one searchable text. */
const editorText = (() => {
  const texts: string[] = [];
  const collect = (value: unknown): void => {
    if (typeof value === 'string') texts.push(plain(value));
    else if (Array.isArray(value)) value.forEach(collect);
    else if (value && typeof value === 'object' && !(value instanceof Date))
      Object.values(value).forEach(collect);
  };
  for (const name of collectionNames)
    for (const entry of content.of(name)) collect([entry.data, entry.body]);
  return texts.join('\n');
})();
const byEditor = (text: string) => {
  const trimmed = plain(text).trim();
  return trimmed.length > 0 && editorText.includes(trimmed);
};

/**
 * The page's own wording: its readable text without what editors wrote (the voice an editor
 * uses is for the editorial checks and the editors' guide; a template speaks as the network).
 */
function templateText(html: HTMLElement): string {
  const copy = parse(html.toString());
  const walk = (node: Node) => {
    for (const child of [...node.childNodes]) {
      if (child instanceof TextNode) {
        if (byEditor(child.text)) child.remove();
      } else walk(child);
    }
  };
  walk(copy);
  for (const node of copy.querySelectorAll('[alt], [title], [aria-label]'))
    for (const name of ['alt', 'title', 'aria-label'])
      if (byEditor(node.getAttribute(name) ?? '')) node.removeAttribute(name);
  return readableText(copy);
}
const territories = content.of('territories');
const porteurs = new Map(content.of('porteurs').map(({ id, data }) => [id, data]));
const settings = content.settings;

test('the build has pages to check', () => {
  expect(pages.length).toBeGreaterThan(territories.length);
});

describe.each(pages)('%s', (file) => {
  const text = readableText(read(file));

  test('has no plain space before ; : ! ? » or after «', () => {
    const hits = [...text.matchAll(/.{0,30}(?:[ \t\r\n]+[;:!?»]|«[ \t\r\n]+).{0,10}/gu)].map(
      (match) => match[0],
    );
    expect(hits).toEqual([]);
  });

  test('has no straight apostrophe in its text', () => {
    expect([...text.matchAll(/.{0,20}\p{L}'\p{L}.{0,10}/gu)].map((match) => match[0])).toEqual([]);
  });

  test('shows no placeholder', () => {
    expect(text).not.toMatch(placeholderPattern);
  });
});

/**
 * Who each text speaks to (issue 19): a young person is addressed with « tu », an organisation
 * with « vous ». Pages by their address; the components that speak to young people by their
 * element, on whatever page they appear. Other pages (the programme, territories, legal pages)
 * speak to everyone and are not held to either.
 */
const audience = {
  youngPeoplePages: (path: string) =>
    path.startsWith('/besoin-de-soutien/') || path === '/devenir-ambassadeur/',
  organisationPages: (path: string) =>
    path.startsWith('/franchise-sociale/') || path === '/faire-intervenir/',
  youngPeopleComponents: {
    'le lien d’aide de l’en-tête': '[data-help-link]',
    'la sortie rapide': '.quick-exit',
    'le bandeau d’aide du pied de page': '.help-strip',
    'l’encadré d’aide de l’accueil': '[data-help-now]',
    'les fiches des lignes d’écoute': '.helpline',
    'le chatbot d’orientation': 'orientation-chat',
  } as Record<string, string>,
};
const formalYou = /(?<!\p{L})(?:vous|votre|vôtre|vos)(?!\p{L})/giu;
const familiarYou = /(?<!\p{L})(?:tu|toi|ton|ta|tes|te|t’)(?!\p{L})/giu;
const hits = (text: string, pattern: RegExp) =>
  [...plain(text).matchAll(pattern)].map((match) =>
    plain(text)
      .slice(Math.max(0, match.index - 30), match.index + match[0].length + 20)
      .trim(),
  );
const youngPeopleSelector = Object.values(audience.youngPeopleComponents).join(', ');
const pathOf = (file: string) => '/' + file.replace(/(^|\/)index\.html$/, '$1');

describe('one voice: « tu » for young people, « vous » for organisations', () => {
  const built = pages.map((file) => ({ path: pathOf(file), html: read(file) }));

  // The help-line cards exist only when the content has lines.
  const hasHelplines = content.of('helplines').length > 0;
  test.each(Object.entries(audience.youngPeopleComponents))(
    '%s is on the built pages (its selector still finds it)',
    (name, selector) => {
      const expected = selector === '.helpline' ? hasHelplines : true;
      expect(
        built.some(({ html }) => html.querySelector(selector)),
        name,
      ).toBe(expected);
    },
  );

  test.each(built.map(({ path, html }) => [path, html] as const))(
    '%s: no « vous » in what speaks to young people',
    (path, html) => {
      const texts = html.querySelectorAll(youngPeopleSelector);
      const main = html.querySelector('main');
      if (audience.youngPeoplePages(path) && main) texts.push(main);
      expect(texts.flatMap((element) => hits(templateText(element), formalYou))).toEqual([]);
    },
  );

  test.each(
    built
      .filter(({ path }) => audience.organisationPages(path))
      .map(({ path, html }) => [path, html] as const),
  )('%s: organisations are addressed with « vous », never « tu »', (_, html) => {
    const main = parse(html.querySelector('main')!.toString());
    for (const element of main.querySelectorAll(youngPeopleSelector)) element.remove();
    expect(hits(readableText(main), familiarYou)).toEqual([]);
    expect(hits(readableText(main), formalYou).length).toBeGreaterThan(0);
  });

  test('the young people’s and the organisations’ pages are in the build', () => {
    expect(built.some(({ path }) => audience.youngPeoplePages(path))).toBe(true);
    expect(built.some(({ path }) => audience.organisationPages(path))).toBe(true);
  });
});

describe('announced territory count', () => {
  test.each(['/', '/territoires/'])('%s states it beside the derived count', (path) => {
    const sentence = read(path).querySelector('[data-announced-count]');
    if (!settings.announcedTerritories) {
      expect(sentence).toBeNull();
      return;
    }
    // The wording of each case (fewer, as many, more) is unit-tested (tests/pages/announced-count.test.ts).
    const expected = announcedCountSentence(territories.length, settings.announcedTerritories);
    expect(plain(sentence!.text)).toBe(plain(expected));
  });
});

describe('the two journeys', () => {
  const journeys = ['/devenir-ambassadeur/', '/faire-intervenir/'];

  test.each(journeys)('%s is linked from the home page and from the navigation', (href) => {
    const home = read('/');
    expect(home.querySelector(`main a[href="${href}"]`)).not.toBeNull();
    for (const path of ['/', '/territoires/', '/mentions-legales/'])
      expect(read(path).querySelector(`nav a[href="${href}"]`)).not.toBeNull();
  });

  test('"Devenir ambassadeur" shows its text and where the programme runs', () => {
    const main = read('/devenir-ambassadeur/').querySelector('main')!;
    const text = plain(main.text);
    // Who can and how is the editors' text (content/pages/devenir-ambassadeur.mdx): shown with
    // its links (tests/pages/pages.test.ts); the page adds where the programme runs.
    const page = content.of('pages').find((entry) => entry.id === 'devenir-ambassadeur')!;
    expect(text).toContain(plain(page.data.description));
    const hrefs = main.querySelectorAll('a').map((a) => a.getAttribute('href'));
    for (const link of markdownOutline(page.body).links) expect(hrefs).toContain(link);
    // Where the programme runs, from the content.
    for (const territory of territories) expect(text).toContain(plain(inPlace(territory.data)));
  });

  test('"Faire intervenir" gives the impact figures with their source and a request form', () => {
    const main = read('/faire-intervenir/').querySelector('main')!;
    expect(main.querySelectorAll('[data-figure], .figures li').length).toBeGreaterThan(0);
    const form = main.querySelector('form');
    expect(
      form?.querySelector('input[name="demande"][value="intervention"]')?.hasAttribute('checked'),
    ).toBe(true);
  });
});

describe('contact form', () => {
  test('offers every request type and never requires a structure in the HTML', () => {
    const form = read('/franchise-sociale/').querySelector('form.contact-form')!;
    const values = form
      .querySelectorAll('input[name="demande"]')
      .map((input) => input.getAttribute('value'));
    expect(values).toEqual(requestTypes.map((type) => type.value));
    expect(
      form.querySelector('input[name="demande"][value="devenir-porteur"]')!.hasAttribute('checked'),
    ).toBe(true);
    expect(form.querySelector('input[name="structure"]')!.hasAttribute('required')).toBe(false);
  });

  test.each(territories)(
    'the page of $id offers the form pre-filled with its territory',
    ({ id, data }) => {
      const html = read(`/territoires/${id}/`);
      const form = html.querySelector('#contact form.contact-form')!;
      expect(
        form.querySelector('input[type="hidden"][name="territoire"]')!.getAttribute('value'),
      ).toBe(data.name);
      expect(
        form.querySelector('input[name="demande"][value="intervention"]')!.hasAttribute('checked'),
      ).toBe(true);
      const selected = form.querySelectorAll('select[name="departement"] option[selected]');
      expect(selected.map((option) => option.getAttribute('value'))).toEqual([data.departement]);
      expect(plain(form.text)).toContain(plain(inPlace(data)));
    },
  );
});

describe.each(territories)('territory page $id', ({ id, data }) => {
  const html = read(`/territoires/${id}/`);
  const porteur = porteurs.get(data.porteur)!;

  test('names its porteur and its place in correct French', () => {
    const lead = plain(html.querySelector('.territory__lead')!.text);
    expect(lead.toLowerCase()).toContain(plain(inPlace(data)).toLowerCase());
    expect(lead).toContain(`avec ${plain(withArticle(porteurForm(porteur)))}`);
    const description = plain(
      html.querySelector('meta[name="description"]')!.getAttribute('content')!,
    );
    expect(description).toContain(plain(inPlace(data)));
    expect(description).toContain(`porté par ${plain(withArticle(porteurForm(porteur)))}`);
    const links = html.querySelectorAll('a').map((a) => plain(a.text));
    expect(links).toContain(
      `Les territoires ${plain(withPreposition('de', porteurForm(porteur, true)))}`,
    );
  });
});
