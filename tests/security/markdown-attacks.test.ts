// Attacks through editor-written Markdown (testimonials, porteurs) and MDX (pages): each case is
// checked twice — the validator names it with its line before publishing, and the site's own
// Markdown pipeline (the same plugins as astro.config.mjs) removes it from the HTML anyway.
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { markupProblems } from '../../src/content/validation/markup-check.ts';
import { safeRehypePlugins } from '../../src/lib/markdown-safety.ts';
import { prepareEntry } from '../../cms/config/entry-check.ts';
import { testimonialSchema } from '../../src/content/schemas/testimonials.ts';
import { pageSchema } from '../../src/content/schemas/pages.ts';
import { validPage, validTestimonial } from '../content/factories.ts';

/**
 * Markdown attacks. One case per line: name, body (the attack on line 3), what the validator
 * says, and what must not survive in the HTML (a regular expression on the rendered page).
 */
// prettier-ignore
const markdownAttacks: [string, string, RegExp, RegExp][] = [
  ['meta refresh', '<meta http-equiv="refresh" content="0;url=https://x.example">', /<meta>/, /<meta|refresh/i],
  ['script', '<script>alert(1)</script>', /<script>/, /<script|alert/],
  ['style', '<style>body{display:none}</style>', /<style>/, /<style|display/],
  ['iframe', '<iframe src="https://x.example"></iframe>', /<iframe>/, /<iframe|x\.example/],
  ['form', '<form action="https://x.example"><input name="mdp"></form>', /<form>/, /<form|<input|x\.example/],
  ['object', '<object data="https://x.example/a.swf"></object>', /<object>/, /<object|x\.example/],
  ['embed', '<embed src="https://x.example/a.swf">', /<embed>/, /<embed|x\.example/],
  ['svg with script', '<svg><script>alert(1)</script></svg>', /<svg>/, /<svg|<script|alert/],
  ['base', '<base href="https://x.example/">', /<base>/, /<base|x\.example/],
  ['onerror attribute', 'Texte <img src="/a.png" onerror="alert(1)">', /onError/, /onerror|alert/i],
  ['onclick attribute', '<strong onclick="alert(1)">gras</strong>', /onClick/, /onclick|alert/i],
  ['inline style', '<strong style="position:fixed;inset:0">gras</strong>', /style/, /style=/],
  ['javascript: link', '[Appeler](javascript:alert(1))', /javascript:alert/, /javascript:/i],
  ['JaVaScRiPt: link', '<a href="JaVaScRiPt:alert(1)">x</a>', /JaVaScRiPt/, /javascript:/i],
  ['entity-encoded javascript:', '<a href="jav&#x61;script:alert(1)">x</a>', /javascript/, /javascript:|href="jav/i],
  ['data: link', '[x](data:text/html;base64,PHNjcmlwdD4=)', /data:text/, /data:/],
  ['data: image', '![x](data:image/svg+xml;base64,PHN2Zz4=)', /data:image/, /data:/],
  ['vbscript: link', '[x](vbscript:msgbox(1))', /vbscript/, /vbscript/],
  ['raw id clobbering', '<h2 id="contenu">Titre</h2>', /id/, /id="contenu"/],
];

/** MDX attacks (pages): code at build time and JSX. One case per line: name, body, message. */
// prettier-ignore
const mdxAttacks: [string, string, RegExp][] = [
  ['import from node:os', "import os from 'node:os';", /import\/export interdit/],
  ['export of code', 'export const a = process.env;', /import\/export interdit/],
  ['flow expression', '{os.hostname()}', /expression entre accolades/],
  ['inline expression', 'Texte {process.env.HOME} suite', /expression entre accolades/],
  ['meta refresh as JSX', '<meta httpEquiv="refresh" content="0;url=https://x.example" />', /balise « <meta> » non permise/],
  ['script as JSX', '<script>alert(1)</script>', /balise « <script> » non permise/],
  ['unknown component', '<Carte />', /balise « <Carte> » non permise/],
  ['expression attribute', '<a href={"javascript:alert(1)"}>x</a>', /expression entre accolades|non permise/],
  ['spread attribute', '<a {...props}>x</a>', /expression entre accolades|non permise/],
  ['javascript: link in MDX', '[x](javascript:alert(1))', /adresse « javascript:alert\(1\) » refusée/],
  ['unclosed tag', 'Texte <div> sans fin', /erreur de syntaxe MDX/],
];

const wrap = (attack: string) => `Un paragraphe.\n\n${attack}\n\nUn autre paragraphe.\n`;

describe('the validator names the line of each Markdown attack', () => {
  it.each(markdownAttacks)('%s', (_, attack, message) => {
    const problems = markupProblems(wrap(attack), 'md', 1);
    expect(problems.map((p) => p.message).join('\n')).toMatch(message);
    expect(problems.every((p) => p.line === 3)).toBe(true);
  });

  it('counts lines from the top of the file (after the front matter)', () => {
    const [problem] = markupProblems(wrap('<script>x</script>'), 'md', 6);
    expect(problem?.line).toBe(8);
  });
});

describe('the site’s Markdown pipeline removes each attack', async () => {
  const processor = await createMarkdownProcessor({
    rehypePlugins: [...safeRehypePlugins],
    syntaxHighlight: false,
  });
  it.each(markdownAttacks)('%s', async (_, attack, __, leftover) => {
    const { code } = await processor.render(wrap(attack));
    expect(code).not.toMatch(leftover);
    expect(code).toContain('Un autre paragraphe.');
  });

  it('keeps what editors legitimately write', async () => {
    const { code } = await processor.render(
      '## Titre\n\n**Gras**, _italique_, [un lien](https://www.example.org/), [une page](/le-programme/), [le 3114](tel:3114), [écrire](mailto:a@example.org).\n\n- un\n- deux\n\n| a | b |\n| - | - |\n| 1 | 2 |\n',
    );
    for (const kept of [
      '<h2 id="titre">',
      '<strong>Gras</strong>',
      '<em>italique</em>',
      'href="https://www.example.org/"',
      'href="/le-programme/"',
      'href="tel:3114"',
      'href="mailto:a@example.org"',
      '<li>deux</li>',
      '<td>2</td>',
    ]) {
      expect(code).toContain(kept);
    }
  });

  it('the same attack without the sanitiser does reach the HTML (the test can fail)', async () => {
    const unsafe = await createMarkdownProcessor({ syntaxHighlight: false });
    const { code } = await unsafe.render(wrap(markdownAttacks[0]![1]));
    expect(code).toMatch(markdownAttacks[0]![3]);
  });
});

describe('the validator refuses code in MDX pages, with the line', () => {
  it.each(mdxAttacks)('%s', (_, attack, message) => {
    const problems = markupProblems(wrap(attack), 'mdx', 1);
    expect(problems.map((p) => p.message).join('\n')).toMatch(message);
    expect(problems[0]?.line).toBe(3);
  });

  it('accepts a page written in plain Markdown', () => {
    expect(
      markupProblems('## Titre\n\nTexte avec [un lien](https://www.example.org/).\n', 'mdx'),
    ).toEqual([]);
  });
});

describe('the CMS refuses the same body before saving', () => {
  it.each(markdownAttacks)('%s (Markdown)', (_, attack, message) => {
    const { problems } = prepareEntry(
      testimonialSchema,
      { ...validTestimonial(), body: wrap(attack) },
      'md',
    );
    expect(problems.map((p) => `${p.field} : ${p.message}`).join('\n')).toMatch(message);
    expect(problems[0]?.field).toBe('Texte');
  });

  it.each(mdxAttacks)('%s (MDX page)', (_, attack, message) => {
    const { problems } = prepareEntry(pageSchema, { ...validPage(), body: wrap(attack) }, 'mdx');
    expect(problems.map((p) => p.message).join('\n')).toMatch(message);
  });
});

describe('an image in a text comes from the media library, with its text alternative', () => {
  it.each(['md', 'mdx'] as const)('%s', (format) => {
    const messages = (body: string) => markupProblems(body, format).map((p) => p.message);
    expect(messages('![Une équipe en atelier](/uploads/atelier.png)\n')).toEqual([]);
    expect(messages('![](/uploads/atelier.png)\n')).toEqual([
      expect.stringMatching(/^image sans texte alternatif/),
    ]);
    // Another host would be a third-party request from a public page.
    expect(messages('![Atelier](https://images.example.org/atelier.png)\n')).toEqual([
      expect.stringMatching(/^image « https:\/\/images\.example\.org\/atelier\.png » refusée/),
    ]);
    expect(messages('<img src="/uploads/atelier.png">\n')).toEqual(
      format === 'md' ? [expect.stringMatching(/^image sans texte alternatif/)] : expect.anything(),
    );
  });
});
