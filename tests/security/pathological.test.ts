// Pathological inputs (tools/bench/pathological-corpus.ts) are refused before any parser sees
// them, with a French message naming the file and, for a text, the line; a crash of the
// validator on a file becomes such a message too. How fast: `npm run bench:pathological`, not
// here (no timed test).
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem, validateContent } from '../../src/content/validation/validate-content.ts';
import { markdownLimitProblems } from '../../src/content/validation/input-limits.ts';
import { prepareEntry } from '../../cms/config/entry-check.ts';
import { collections } from '../../src/content/collections.ts';
import { pathologicalCases } from '../../tools/bench/pathological-corpus.ts';
import { damagedCopies } from '../helpers/content.ts';
import { validPorteur } from '../content/factories.ts';

const copy = damagedCopies('asm-pathological-');
const refused = pathologicalCases.filter((c) => c.refusal);

describe('the validator refuses each pathological input, naming the file', () => {
  it.each(refused.map((c) => [c.name, c] as const))('%s', (_, testCase) => {
    const files = testCase.files();
    const content = copy(testCase.name.replace(/\W+/g, '-'), (dir) => {
      for (const [file, text] of Object.entries(files)) {
        mkdirSync(dirname(join(dir, file)), { recursive: true });
        writeFileSync(join(dir, file), text);
      }
    });
    const lines = validateContent(content).problems.map(formatProblem);
    const line = lines.find((l) => testCase.refusal!.test(l));
    expect(line, lines.join('\n')).toBeDefined();
    // Named file (a chatbot too large names its folder), with its line when it is one file.
    expect(line).toMatch(/^content\/[\w/.-]+(?:, ligne \d+)? — /);
    const [file] = Object.keys(files);
    if (/\.mdx?$/.test(file!)) expect(line).toMatch(/, ligne \d+ — /);
    expect(line).not.toMatch(/\bat \w|RangeError|stack/);
  });
});

// One case per line: a body, the line (from 1) and message expected.
// prettier-ignore
const bodies: [string, string, number, RegExp][] = [
  ['« - » nested on the third line', 'Texte.\n\n- - - - - - - - - x', 3, /imbriquées/],
  ['a thematic break of dashes is not nesting', '- - - - - - - - - - -', 0, /^$/],
  ['emphasis over several lines of a paragraph', 'Texte.\n\n' + '*a '.repeat(200) + '\n' + '*a '.repeat(200), 4, /emphase/],
  ['emphasis spread over paragraphs is counted per paragraph', ('*a* '.repeat(100) + '\n\n').repeat(3), 0, /^$/],
];

describe('Markdown limits, line by line', () => {
  it.each(bodies)('%s', (_, body, line, message) => {
    const problems = markdownLimitProblems(body);
    if (line === 0) expect(problems).toEqual([]);
    else expect(problems[0]).toMatchObject({ line, message: expect.stringMatching(message) });
  });
});

it('the CMS refuses the same body before saving', () => {
  const { schema, format } = collections.porteurs;
  const { problems } = prepareEntry(
    schema,
    { ...validPorteur(), body: `Texte.\n\n${'- '.repeat(5000)}x` },
    format,
  );
  expect(problems).toContainEqual({
    field: 'Texte',
    message: expect.stringMatching(/imbriquées/),
  });
});

it('a crash of the validator on one file is a French message naming it, and the others are read', () => {
  const content = copy('crash', (dir) => {
    // A link to nowhere: reading it throws.
    symlinkSync(join(dir, 'nulle-part.json'), join(dir, 'territories', 'lien-casse.json'));
  });
  const { problems, entries } = validateContent(content);
  expect(problems.map(formatProblem)).toContainEqual(
    expect.stringMatching(
      /^content\/territories\/lien-casse\.json — le validateur n’a pas pu lire ce fichier \(.*\)\. Simplifiez-le/,
    ),
  );
  expect(entries.some((e) => e.collection === 'territories')).toBe(true);
});
