// What the validator says about an entry's Markdown/MDX body before publishing, in French with the
// line: syntax errors, code in MDX (import/export, {expressions}, components outside the allowlist),
// and raw HTML or links that the site's sanitiser (src/lib/markdown-safety.ts) would drop, and
// images from anywhere but the uploads (a visitor's browser would call another host).
import type { Element, Nodes as HastNodes, Root as HastRoot } from 'hast';
import type { Nodes as MdastNodes, Root as MdastRoot } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { toHast } from 'mdast-util-to-hast';
import { raw } from 'hast-util-raw';
import { sanitize } from 'hast-util-sanitize';
import { gfm } from 'micromark-extension-gfm';
import { mdxjs } from 'micromark-extension-mdxjs';
import { VFile } from 'vfile';
import { markdownSchema } from '../../lib/markdown-safety.ts';
import { uploadPathPattern, uploadTypesLabel } from '../uploads.ts';
import { markdownLimitProblems } from './input-limits.ts';

/**
 * Components an MDX page may use, with the attributes each accepts (literal strings only). Empty
 * for now: the pages are plain Markdown. Adding a component here is a code review decision.
 */
export const allowedMdxComponents: Record<string, readonly string[]> = {};

export type MarkupProblem = { line: number | undefined; message: string };

type AnyNode = { type: string; position?: { start: { line: number } }; children?: AnyNode[] };

function* walk<T extends AnyNode>(node: T): Generator<T> {
  yield node;
  for (const child of node.children ?? []) yield* walk(child as T);
}

/** French wording of the MDX parser's usual complaints; the parser's own words otherwise. */
function frenchSyntaxReason(reason: string): string {
  if (
    /Unexpected end of file|Unexpected closing|Expected a closing tag|Unexpected lazy/.test(reason)
  )
    return 'une balise « < … > » ou une accolade « { » n’est pas fermée';
  if (/Could not parse expression|Could not parse import|Unexpected character/.test(reason))
    return 'les caractères « < » et « { » ont un sens particulier dans une page MDX';
  return 'texte que le lecteur MDX ne comprend pas';
}

function mdxNodeProblems(tree: MdastRoot, line: (n: AnyNode) => number | undefined) {
  const problems: MarkupProblem[] = [];
  for (const node of walk(tree as unknown as AnyNode)) {
    const at = line(node);
    if (node.type === 'mdxjsEsm') {
      problems.push({
        line: at,
        message:
          'import/export interdit : une page ne contient que du texte, jamais de code (retirez la ligne).',
      });
    } else if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
      problems.push({
        line: at,
        message:
          'expression entre accolades « { … } » interdite : une page ne contient pas de code. Pour afficher une accolade, écrivez « \\{ ».',
      });
    } else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const element = node as unknown as {
        name: string | null;
        attributes: { type: string; name?: string; value?: unknown }[];
      };
      const allowed = element.name ? allowedMdxComponents[element.name] : undefined;
      if (!allowed) {
        problems.push({
          line: at,
          message: `balise « <${element.name ?? ''}> » non permise dans une page : écrivez en Markdown (le HTML et les composants non prévus sont refusés).`,
        });
        continue;
      }
      for (const attribute of element.attributes) {
        const literal = attribute.value === null || typeof attribute.value === 'string';
        if (attribute.type !== 'mdxJsxAttribute' || !literal) {
          problems.push({
            line: at,
            message: `« <${element.name}> » : seules des valeurs écrites entre guillemets sont permises, pas de « { … } ».`,
          });
        } else if (!allowed.includes(attribute.name!)) {
          problems.push({
            line: at,
            message: `« <${element.name}> » n’accepte pas l’attribut « ${attribute.name} ».`,
          });
        }
      }
    }
  }
  return problems;
}

/** An image in a text has its text alternative (its address is checked with the others below). */
function imageProblems(element: Element, at: number | undefined): MarkupProblem[] {
  if (element.tagName !== 'img' || String(element.properties.alt ?? '').trim()) return [];
  return [
    {
      line: at,
      message:
        'image sans texte alternatif : dans la fenêtre de l’image, remplissez « Texte alternatif » (ce qu’elle montre, pour qui ne la voit pas).',
    },
  ];
}

/** Each element, attribute or link address the sanitiser would remove, with its line. */
function sanitiserProblems(tree: HastRoot, line: (n: AnyNode) => number | undefined) {
  const problems: MarkupProblem[] = [];
  for (const node of walk(tree as unknown as AnyNode)) {
    if (node.type !== 'element') continue;
    const element = node as unknown as Element;
    const alone: Element = { ...element, children: [] };
    const kept = sanitize(alone, markdownSchema) as HastNodes;
    const at = line(node);
    problems.push(...imageProblems(element, at));
    if (kept.type !== 'element' || kept.tagName !== element.tagName) {
      problems.push({
        line: at,
        message: `balise HTML « <${element.tagName}> » non permise : elle serait retirée de la page. Écrivez en Markdown.`,
      });
      continue;
    }
    const isImage = element.tagName === 'img';
    const source = String(element.properties.src ?? '');
    if (isImage && !uploadPathPattern.test(source)) {
      problems.push({
        line: at,
        message: `image « ${source} » refusée : une image du texte est une image téléversée (/uploads/…, ${uploadTypesLabel}), jamais l’adresse d’un autre site.`,
      });
    }
    for (const [name, value] of Object.entries(element.properties)) {
      if (value === undefined || value === null || (isImage && name === 'src')) continue;
      // Ids and names are kept but prefixed: an editor's text never takes the page's own ids.
      const renamed = (name === 'id' || name === 'name') && kept.properties[name] !== value;
      if (kept.properties[name] !== undefined && !renamed) continue;
      const isAddress = name === 'href' || name === 'src';
      problems.push({
        line: at,
        message: isAddress
          ? `adresse « ${String(value)} » refusée : un lien commence par https://, mailto:, tel: ou / (pas de javascript: ni data:).`
          : `attribut « ${name} » de « <${element.tagName}> » non permis : il serait retiré de la page.`,
      });
    }
  }
  return problems;
}

/** The body's Markdown tree as the site reads it (GFM, and MDX for `mdx`); throws on bad MDX. */
const markdownTree = (body: string, format: 'md' | 'mdx'): MdastRoot =>
  fromMarkdown(body, {
    extensions: format === 'mdx' ? [mdxjs(), gfm()] : [gfm()],
    mdastExtensions: format === 'mdx' ? [mdxFromMarkdown(), gfmFromMarkdown()] : [gfmFromMarkdown()],
  });

/** The body as HTML elements, raw HTML included; with the file, they keep their line numbers. */
const htmlTree = (tree: MdastRoot, body: string) =>
  raw(toHast(tree as MdastNodes, { allowDangerousHtml: true }) as HastRoot, {
    file: new VFile(body),
  }) as HastRoot;

/**
 * Problems in a Markdown (`md`) or MDX (`mdx`) body. `firstLine` is the line of the file where
 * the body starts (after the front matter), so that messages give the file's own line numbers.
 */
export function markupProblems(body: string, format: 'md' | 'mdx', firstLine = 1): MarkupProblem[] {
  const line = (node: AnyNode) =>
    node.position ? node.position.start.line + firstLine - 1 : undefined;
  // Before the parser: beyond these bounds it may run for minutes or overflow its stack.
  const beyondLimits = markdownLimitProblems(body, firstLine);
  if (beyondLimits.length) return beyondLimits;
  let tree: MdastRoot;
  try {
    tree = markdownTree(body, format);
  } catch (error) {
    const { line: at, reason = String(error) } = error as { line?: number; reason?: string };
    return [
      {
        line: at === undefined ? undefined : at + firstLine - 1,
        message: `erreur de syntaxe MDX : ${frenchSyntaxReason(reason)}.`,
      },
    ];
  }
  if (format === 'mdx') {
    const problems = mdxNodeProblems(tree, line);
    if (problems.length) return problems;
  }
  return sanitiserProblems(htmlTree(tree, body), line);
}

/**
 * The pages of this site that a body links to (`[texte](/territoires/lyon/)`, a reference's
 * definition, raw `<a href>`), as written, in order. A link to a file (`/agenda.ics`,
 * `/uploads/guide.pdf`: its last segment has an extension) is no page and is left out; so is a
 * body that does not parse, which markupProblems reports.
 */
export function pageLinksInBody(body: string, format: 'md' | 'mdx'): string[] {
  if (markdownLimitProblems(body).length) return [];
  let tree: MdastRoot;
  try {
    tree = markdownTree(body, format);
  } catch {
    return [];
  }
  const links: string[] = [];
  for (const node of walk(htmlTree(tree, body) as AnyNode)) {
    if (node.type !== 'element' || (node as Element).tagName !== 'a') continue;
    const href = (node as Element).properties.href;
    if (typeof href !== 'string' || !href.startsWith('/') || href.startsWith('//')) continue;
    const path = href.split(/[?#]/)[0]!;
    if (/\.[^/]*$/.test(path)) continue;
    links.push(href);
  }
  return links;
}
