// The fixture content that unit tests run on must stay valid when a schema changes: a failure
// here names the fixture file to update, before the tests that read it fail in obscure ways.
import { expect, test } from 'vitest';
import { formatProblem } from '../../src/content/validation/validate-content.ts';
import { fixtureContentDir, readContent } from '../helpers/content.ts';

test('the fixture content (tests/fixtures/content) passes the validator', () => {
  const { problems } = readContent(fixtureContentDir);
  expect(
    problems.map(formatProblem),
    'Mettez à jour tests/fixtures/content/ comme le contenu réel (même champ, même règle).',
  ).toEqual([]);
});
