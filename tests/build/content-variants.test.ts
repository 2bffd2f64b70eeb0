// The suite must hold for any content the validator accepts, not only for today's. For each
// content variant (tests/helpers/content-variants.ts: empty collections, one entry each, many
// entries with the longest texts and every optional field), on a copy of the project: write the
// variant in place of content/, validate it, build, and run the build-output tests inside that
// copy against that build (TEST_DIST_DIR; TEST_CONTENT_DIR defaults to the copy's content/).
// A test that pins a count, a name or a wording of one content fails here, with its variant.
// (With TEST_DIST_DIR set, vitest.config.ts leaves this file out: it builds copies of its own.)
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'vitest';
import { contentVariants, writeVariant } from '../helpers/content-variants.ts';
import { buildCopy, copyProject, runNode } from '../helpers/project-copy.ts';

describe.each(contentVariants)('variant « $name »', (variant) => {
  // One after the other, each on one worker: the run takes one core, the rest of the suite the
  // other (three builds at once slowed the other copy-building tests past their timeouts).
  test('validates, builds, and passes the build-output tests', async ({ expect }) => {
    const copy = copyProject(`asm-variant-${variant.name}-`);
    try {
      await writeVariant(copy, variant);

      // The copy's own validator: it looks for uploads in the copy.
      const validation = await runNode(['scripts/validate.ts'], copy);
      expect(validation.code, validation.output).toBe(0);

      const build = await buildCopy(copy);
      expect(build.code, build.output.slice(-4000)).toBe(0);
      const dist = join(copy, 'dist');
      expect(existsSync(join(dist, 'index.html'))).toBe(true);

      const tests = await runNode(
        // One worker, with time to spare on a loaded machine.
        [
          'node_modules/vitest/vitest.mjs',
          'run',
          '--project=build',
          '--reporter=dot',
          '--maxWorkers=1',
          '--testTimeout=120000',
        ],
        copy,
        { TEST_DIST_DIR: dist, NO_COLOR: '1', FORCE_COLOR: '0' },
      );
      expect(tests.code, `${variant.description}\n${tests.output.slice(-8000)}`).toBe(0);
      expect(tests.output).toMatch(/Test Files\s+\S*\d+ passed/);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  }, 900_000);
});
