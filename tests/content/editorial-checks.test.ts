// The editorial checks of the validator, on copies of the fixture content: placeholders refused,
// missing legal facts, unreviewed advice and missing French forms reported as warnings only.
import { describe, expect, test } from 'vitest';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateContent } from '../../src/content/validation/validate-content.ts';
import { legalFacts } from '../../src/content/legal-facts.ts';
import { damagedCopies, editJson } from '../helpers/content.ts';

const damaged = damagedCopies('asm-editorial-');
let count = 0;
/** The validator's verdict on a copy of the fixture content, damaged by `damage`. */
const fixture = (damage: (dir: string) => void) =>
  validateContent(damaged(String((count += 1)), damage));

const firstFile = (dir: string, folder: string) =>
  readdirSync(join(dir, folder)).sort()[0]!;

describe('placeholders', () => {
  test.each(['à compléter', 'À COMPLÉTER', 'TODO', 'Lorem ipsum', 'à  définir'])(
    '« %s » in a page is refused, naming the file',
    (placeholder) => {
      const result = fixture((dir) => {
        const file = join(dir, 'pages', firstFile(dir, 'pages'));
        writeFileSync(file, `${readFileSync(file, 'utf8')}\n- Adresse : ${placeholder}.\n`);
      });
      expect(result.problems.map((p) => p.field)).toContain('corps du texte');
      expect(result.problems[0]!.message).toContain('serait affiché aux visiteurs');
    },
  );

  test('a placeholder in a data field names the field', () => {
    const result = fixture((dir) =>
      editJson(join(dir, 'territories', firstFile(dir, 'territories')), (d) => {
        d.description = 'Présentation à compléter';
      }),
    );
    expect(result.problems.map((p) => p.field)).toEqual(['description']);
  });

  test('ordinary words that merely contain the letters pass', () => {
    const result = fixture((dir) =>
      editJson(join(dir, 'territories', firstFile(dir, 'territories')), (d) => {
        d.description = 'Les équipes complètent leur formation ; photos à venir.';
      }),
    );
    expect(result.problems).toEqual([]);
  });
});

describe('warnings, never failures', () => {
  test('every missing legal fact is named, and none once they are all given', () => {
    const missing = fixture((dir) =>
      editJson(join(dir, 'settings/site.json'), (d) => {
        delete d.legal;
      }),
    );
    expect(missing.problems).toEqual([]);
    const fields = missing.warnings.map((w) => w.field);
    for (const fact of legalFacts) expect(fields).toContain(`legal.${fact.key}`);

    const complete = fixture((dir) =>
      editJson(join(dir, 'settings/site.json'), (d) => {
        d.legal = Object.fromEntries(legalFacts.map((fact) => [fact.key, 'Renseigné']));
      }),
    );
    expect(complete.warnings.filter((w) => w.field?.startsWith('legal.'))).toEqual([]);
  });

  test('a step with advice warns until its review is recorded', () => {
    let file = '';
    const unreviewed = fixture((dir) => {
      file = firstFile(dir, 'chatbot');
      editJson(join(dir, 'chatbot', file), (d) => {
        d.advice = true;
        delete d.review;
      });
    });
    expect(unreviewed.problems).toEqual([]);
    expect(
      unreviewed.warnings.some((w) => w.file.endsWith(file) && w.field === 'review'),
    ).toBe(true);

    const reviewed = fixture((dir) =>
      editJson(join(dir, 'chatbot', file), (d) => {
        d.advice = true;
        d.review = { date: '2026-11-01', reviewerRole: 'psychologue du programme' };
      }),
    );
    expect(reviewed.warnings.some((w) => w.file.endsWith(file) && w.field === 'review')).toBe(
      false,
    );
  });

  test('a review without the reviewer’s role is refused', () => {
    const result = fixture((dir) =>
      editJson(join(dir, 'chatbot', firstFile(dir, 'chatbot')), (d) => {
        d.review = { date: '2026-11-01' };
      }),
    );
    expect(result.problems.map((p) => p.field)).toEqual(['review.reviewerRole']);
  });

  test('a territory without its « dans » form, a porteur without its article: warnings', () => {
    let territory = '';
    const result = fixture((dir) => {
      territory = readdirSync(join(dir, 'territories'))
        .sort()
        .find((name) => {
          const data = JSON.parse(readFileSync(join(dir, 'territories', name), 'utf8'));
          return data.city !== data.name;
        })!;
      editJson(join(dir, 'territories', territory), (d) => {
        delete d.locative;
      });
      const porteur = join(dir, 'porteurs', firstFile(dir, 'porteurs'));
      writeFileSync(porteur, readFileSync(porteur, 'utf8').replace(/\narticle: [^\n]*/, ''));
    });
    expect(result.problems).toEqual([]);
    expect(result.warnings.map((w) => w.field)).toEqual(
      expect.arrayContaining(['locative', 'article']),
    );
  });
});
