// Sections of tools/bench/results.md written by a benchmark of their own (not by `npm run bench`),
// kept as they are when another benchmark rewrites the file.

export const pathologicalHeading = '## Entrées pathologiques';

/** Headings of the sections kept from one run of `npm run bench` to the next. */
export const ownSections = [pathologicalHeading];

/** The section under `heading`, up to the next « ## » heading, or ''. */
export function sectionOf(markdown: string, heading: string): string {
  const start = markdown.indexOf(`${heading}\n`);
  if (start < 0) return '';
  const next = markdown.indexOf('\n## ', start + heading.length);
  return `${markdown.slice(start, next < 0 ? undefined : next + 1).trim()}\n`;
}

/** The file with the section under `heading` replaced by `section`, or appended. */
export function replaceSection(markdown: string, heading: string, section: string): string {
  const old = sectionOf(markdown, heading);
  if (old) return markdown.replace(old, section);
  return `${markdown.trimEnd()}\n\n${section}`;
}
