// Applies French typography (src/lib/french-typography.ts) to a rendered HTML page: its text and
// the attributes people read (alt, title, aria-label, meta descriptions), never the code around
// them. Only text bytes change, so inline scripts and styles (and any CSP hash of them) stay
// identical. A tokenizer rather than a parse/serialise round trip: the rest of the page is copied
// byte for byte, which a DOM library's serialiser does not promise.
import { frenchText } from './french-typography.ts';

/** Elements whose content is code or verbatim text: left untouched. */
const verbatim = new Set(['script', 'style', 'pre', 'code', 'kbd', 'samp', 'textarea']);
/** Raw-text elements: their content may contain "<" and ends only at their closing tag. */
const rawText = new Set(['script', 'style', 'textarea']);
/** Attributes that are text for people. */
const textAttributes = new Set(['alt', 'title', 'aria-label', 'aria-description', 'placeholder']);
/** <meta> whose content is text for people (search results, link previews). */
const textMeta =
  /\b(?:name|property)\s*=\s*["']?(?:description|og:title|og:description|og:image:alt|twitter:title|twitter:description|twitter:image:alt)["'\s>]/i;

const token = /<!--[\s\S]*?-->|<![^>]*>|<(\/?)([a-zA-Z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
const attribute = /(\s)([\w:-]+)(\s*=\s*)("([^"]*)"|'([^']*)')/g;

/** Text as written in HTML: the apostrophe may be an entity (Astro writes ' as &#39;). */
function typesetHtmlText(text: string): string {
  return frenchText(text.replace(/&#39;|&#x27;|&apos;/gi, "'"));
}

function typesetAttributes(tag: string, attributes: string): string {
  const isTextMeta = tag === 'meta' && textMeta.test(attributes);
  return attributes.replace(
    attribute,
    (whole, space, name: string, equals, _quoted, double, single) => {
      const lower = name.toLowerCase();
      if (!textAttributes.has(lower) && !(isTextMeta && lower === 'content')) return whole;
      const value = typesetHtmlText(double ?? single ?? '');
      return `${space}${name}${equals}${double !== undefined ? `"${value}"` : `'${value}'`}`;
    },
  );
}

export function typesetHtml(html: string): string {
  let output = '';
  let position = 0;
  let verbatimDepth = 0;
  token.lastIndex = 0;
  for (let match = token.exec(html); match; match = token.exec(html)) {
    const text = html.slice(position, match.index);
    output += verbatimDepth > 0 ? text : typesetHtmlText(text);
    const [whole, closing, rawName, attributes = ''] = match;
    position = match.index + whole.length;
    if (!rawName) {
      output += whole;
      continue;
    }
    const name = rawName.toLowerCase();
    if (closing) {
      if (verbatim.has(name) && verbatimDepth > 0) verbatimDepth -= 1;
      output += whole;
      continue;
    }
    output += `<${rawName}${verbatimDepth > 0 ? attributes : typesetAttributes(name, attributes)}>`;
    if (rawText.has(name)) {
      // Copy everything up to the closing tag as is.
      const closingTag = new RegExp(`</${name}`, 'gi');
      closingTag.lastIndex = position;
      const stop = closingTag.exec(html)?.index ?? html.length;
      output += html.slice(position, stop);
      position = stop;
      token.lastIndex = stop;
    } else if (verbatim.has(name) && !attributes.trimEnd().endsWith('/')) {
      verbatimDepth += 1;
    }
  }
  const rest = html.slice(position);
  return output + (verbatimDepth > 0 ? rest : typesetHtmlText(rest));
}
