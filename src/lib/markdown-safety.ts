// What editor-written Markdown may become in a page: one explicit allowlist, used by the site's
// Markdown pipeline (astro.config.mjs: rehype-raw then rehype-sanitize) and by the validator,
// which names the file and line of anything the sanitiser would drop (src/content/validation/markup-check.ts).
// No script, style, iframe, form, meta, object or embed; no event attribute, no inline style;
// links only to http(s), mailto and tel (and addresses on the site itself), images only from the
// site or over https.
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import type { Schema as SanitizeSchema } from 'hast-util-sanitize';
import type { RehypePlugins } from '@astrojs/markdown-remark';

const headings = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];

export const markdownSchema: SanitizeSchema = {
  // Ordinary Markdown and GitHub-flavoured Markdown (tables, strikethrough, task lists, footnotes).
  tagNames: [
    ...headings,
    'p',
    'br',
    'hr',
    'a',
    'strong',
    'em',
    'b',
    'i',
    'del',
    's',
    'code',
    'pre',
    'blockquote',
    'ul',
    'ol',
    'li',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
    'img',
    'sup',
    'sub',
    'abbr',
    'section',
    'input',
  ],
  attributes: {
    a: ['href', 'title', ['dataFootnoteRef', true], ['dataFootnoteBackref', true]],
    img: ['src', 'alt', 'title', 'width', 'height'],
    abbr: ['title'],
    ol: ['start'],
    th: ['align'],
    td: ['align'],
    li: ['id'],
    sup: ['id'],
    section: [['dataFootnotes', true]],
    h2: ['id'],
    input: [
      ['type', 'checkbox'],
      ['disabled', true],
      ['checked', true],
    ],
  },
  required: { input: { type: 'checkbox', disabled: true } },
  protocols: {
    href: ['http', 'https', 'mailto', 'tel'],
    src: ['https'],
  },
  // Dropped with their content (any other element outside the list keeps only its text).
  strip: [
    'script',
    'style',
    'iframe',
    'frame',
    'object',
    'embed',
    'form',
    'meta',
    'link',
    'base',
    'template',
    'noscript',
    'textarea',
    'select',
    'button',
    'svg',
    'math',
    'title',
  ],
  // Footnote ids are prefixed so that no editor text can take an id the page already uses.
  clobberPrefix: 'user-content-',
  clobber: ['id', 'name'],
};

/**
 * The rehype plugins of the site's Markdown pipeline: raw HTML is parsed first, so that the
 * sanitiser sees real elements (Astro's own rehype-raw runs after user plugins).
 */
export const safeRehypePlugins: RehypePlugins = [rehypeRaw, [rehypeSanitize, markdownSchema]];
