// What a Markdown body holds, for build tests that check its page shows it: its headings and its
// links, read with the Markdown parser the project already uses (never from today's wording).
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';

export type MarkdownOutline = {
  /** Heading texts, in order ("## Éditeur du site" → "Éditeur du site"). */
  headings: string[];
  /** Link targets, in order. */
  links: string[];
};

type Node = { type: string; value?: string; url?: string; children?: Node[] };

const textOf = (node: Node): string =>
  node.value ?? (node.children ?? []).map((child) => textOf(child)).join('');

export function markdownOutline(body: string): MarkdownOutline {
  const tree = fromMarkdown(body, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
  const outline: MarkdownOutline = { headings: [], links: [] };
  const walk = (node: Node) => {
    if (node.type === 'heading') outline.headings.push(textOf(node));
    if (node.type === 'link' && node.url) outline.links.push(node.url);
    for (const child of node.children ?? []) walk(child);
  };
  walk(tree as Node);
  return outline;
}
