// Markdown files start with their fields as YAML between two "---" lines; the text follows.
// Shared by the validator (Node) and the CMS's check before saving (browser).

/** Splits a Markdown file into its YAML front matter and its body. */
export function splitFrontMatter(source: string): { frontMatter: string; body: string } | null {
  const match = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)([\s\S]*)$/.exec(source);
  return match ? { frontMatter: match[1]!, body: match[2]! } : null;
}
