// Attack: a plain text field (a help line's description, a page title…) holding `</script>` closed
// the JSON-LD block and published raw JSON and a fake link at the top of the page. Every JSON placed
// in a <script> goes through jsonForHtml; this file feeds each attack through it and through the
// JSON-LD builders, parses the result as a browser does (parse5), and audits the sources.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { jsonForHtml } from '../../src/lib/json-in-html.ts';
import { helplineContactPoint } from '../../src/help/helpline-json-ld.ts';
import { helplineSchema } from '../../src/content/schemas/helplines.ts';
import { validHelpline } from '../content/factories.ts';

/** Text an editor (or a stranger controlling one field) may type. One case per line. */
const attacks = [
  '</script><a href="tel:3114">Appelez le 3114</a>',
  '</SCRIPT >',
  '</script\t>',
  '<!--',
  '<!-- <script>',
  '--><script>alert(1)</script>',
  '<script>alert(1)</script>',
  ']]></script>',
  '&lt;/script&gt; & &amp;',
  'ligne\u2028séparée\u2029paragraphe',
  '"}]}</script><script>alert(1)//',
];

type Node = { type: string; tagName?: string; value?: string; children?: Node[] };

/** Every node of a parsed document, depth first. */
function nodes(node: Node): Node[] {
  return [node, ...(node.children ?? []).flatMap(nodes)];
}

/** What a browser sees when the JSON is placed in a page's head, followed by a marker. */
function inPage(json: string) {
  // hast-util-from-html parses with parse5, which follows the HTML standard's parsing rules.
  const document = fromHtml(
    `<!doctype html><html><head><script type="application/ld+json">${json}</script></head><body><p id="after"></p></body></html>`,
  ) as unknown as Node;
  const all = nodes(document).filter((node) => node.type === 'element');
  const scripts = all.filter((node) => node.tagName === 'script');
  const text = (scripts[0]?.children ?? []).map((node) => node.value ?? '').join('');
  return { scripts: scripts.length, text, elements: all.length };
}

describe('jsonForHtml', () => {
  it.each(attacks)('keeps %j inside its script element, unchanged once parsed', (attack) => {
    const value = { name: attack, nested: [{ description: attack }] };
    const json = jsonForHtml(value);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(json)).toEqual(value);
    const page = inPage(json);
    expect(page.scripts).toBe(1);
    expect(page.text).toBe(json);
    // html, head, script, body, p: nothing more, nothing less.
    expect(page.elements).toBe(5);
  });

  it('the same attack without the helper does escape its element (the test can fail)', () => {
    expect(inPage(JSON.stringify({ name: attacks[0] })).elements).toBeGreaterThan(5);
  });
});

describe('every text field of a help line, through its JSON-LD', () => {
  // Each string field of the schema in turn holds the attack; the other fields stay valid.
  const base = helplineSchema.parse(validHelpline());
  const textFields = Object.entries(base)
    .filter(([, value]) => typeof value === 'string')
    .map(([key]) => key);
  const cases = textFields.flatMap((field) => attacks.map((attack) => [field, attack] as const));

  it('has text fields to attack', () => expect(textFields.length).toBeGreaterThan(2));

  it.each(cases)('field %s holding %j', (field, attack) => {
    const line = { ...base, [field]: attack };
    const json = jsonForHtml(helplineContactPoint(line));
    expect(inPage(json).text).toBe(json);
    expect(JSON.stringify(JSON.parse(json))).toBe(JSON.stringify(helplineContactPoint(line)));
  });
});

describe('audit of the sources', () => {
  const root = join(import.meta.dirname, '../..');
  const sources = ['src', 'cms'].flatMap((folder) =>
    readdirSync(join(root, folder), { recursive: true })
      .map(String)
      .filter((file) => /\.(astro|ts|mdx?)$/.test(file))
      .map((file) => ({
        file: `${folder}/${file}`,
        text: readFileSync(join(root, folder, file), 'utf8'),
      })),
  );

  it('every set:html goes through jsonForHtml', () => {
    const offenders = sources.flatMap(({ file, text }) =>
      [...text.matchAll(/set:html=\{([^}]*)\}/g)]
        .filter((match) => !/^jsonForHtml\(/.test(match[1]!.trim()))
        .map((match) => `${file}: ${match[0]}`),
    );
    expect(offenders).toEqual([]);
  });

  it('finds the set:html of the JSON-LD (the audit reads the right files)', () => {
    expect(sources.some(({ text }) => text.includes('set:html={jsonForHtml('))).toBe(true);
  });

  it('no define:vars and no JSON.stringify inside a template expression of a script', () => {
    const offenders = sources
      .filter(({ text }) => /define:vars|<script[^>]*>\s*\{[^}]*JSON\.stringify/.test(text))
      .map(({ file }) => file);
    expect(offenders).toEqual([]);
  });
});
