// The benchmark's multiplied content must be content the site accepts: the validator finds no
// problem, every multiplied collection has factor times its entries, names stay unique.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
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

  test('multiplies porteurs, territories, testimonials, milestones, news and events, nothing else', () => {
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

describe('generateContent with an empty agenda', () => {
  const factor = 4;
  const emptyAgenda = join(work, 'empty-agenda');
  cpSync(source, emptyAgenda, { recursive: true });
  rmSync(join(emptyAgenda, 'events'), { recursive: true });
  mkdirSync(join(emptyAgenda, 'events'));
  const target = join(work, 'from-empty-agenda');
  generateContent(emptyAgenda, target, factor);
  const { problems, entries } = validateContent(target, work);
  const events = entries.filter((entry) => entry.collection === 'events');

  test('starts from the fixtures’ published events, multiplied, and still valid', () => {
    expect(problems.map(formatProblem)).toEqual([]);
    expect(events.length).toBeGreaterThan(0);
    expect(events.every((entry) => !entry.data.draft)).toBe(true);
    expect(events.length % factor).toBe(0);
  });

  test('each copy of an event takes place a day after the previous one', () => {
    const first = events.find((entry) => !entry.id.includes('-copie-'))!;
    const copy = events.find((entry) => entry.id === `${first.id}-copie-3`)!;
    const day = (entry: typeof first) => (entry.data.startDate as Date).getTime() / 86_400_000;
    expect(day(copy) - day(first)).toBe(2);
  });
});
