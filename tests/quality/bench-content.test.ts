// The benchmark's multiplied content must be content the site accepts: the validator finds no
// problem, every multiplied collection has factor times its entries, names stay unique.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { generateContent, multipliedCollections } from '../../tools/bench/generate-content.ts';
import { collections } from '../../src/content/collections.ts';
import { formatProblem, validateContent } from '../../src/content/validation/validate-content.ts';
import { fixtureContentDir as source } from '../helpers/content.ts';

const work = mkdtempSync(join(tmpdir(), 'asm-bench-content-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const count = (dir: string) => readdirSync(dir).filter((name) => !name.startsWith('.')).length;

describe('generateContent', () => {
  const factor = 3;
  const target = join(work, 'content');
  generateContent(source, target, factor);

  test('writes content that validates, with references to existing entries', () => {
    const { problems } = validateContent(target, work);
    expect(problems.map(formatProblem)).toEqual([]);
  });

  test('multiplies porteurs, territories, testimonials and milestones, and nothing else', () => {
    for (const name of Object.keys(collections) as (keyof typeof collections)[]) {
      const folder = collections[name].folder;
      const expected =
        count(join(source, folder)) * (multipliedCollections.includes(name) ? factor : 1);
      expect(count(join(target, folder)), folder).toBe(expected);
    }
  });

  test('gives each copy of a territory the porteur copy of the same rank', () => {
    const { entries } = validateContent(target, work);
    const territory = entries.find((entry) => entry.id === 'lyon-copie-3');
    expect(territory?.data).toMatchObject({ name: 'Lyon 3', porteur: 'fondation-arhm-copie-3' });
  });
});
