// Three test projects (README, « Tests »):
//   unit    — pure modules, schemas, the validator on fixture content, the CMS configuration: no
//             build, runs in seconds, never fails because a file of content/ is broken;
//   build   — checks of the built site (built once by tests/setup/build-site.ts) against the
//             content it was built from;
//   browser — the built site in Chromium.
// A test file's place decides its project: see `buildFiles` and `browserFiles`; all others are unit.
import { relative } from 'node:path';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

const browserFiles = ['tests/browser/**/*.test.ts', '**/*.browser.test.ts'];
const buildFiles = [
  'tests/build/**/*.test.ts',
  '**/*.build.test.ts',
  // Written before the rule, in the folder of their topic.
  'tests/pages/pages.test.ts',
  'tests/help/help-pages.test.ts',
  'tests/map/page-weight.test.ts',
  'tests/cms/admin-build.test.ts',
  'tests/quality/headers.test.ts',
  'tests/content/build-refuses.test.ts',
];
/** Build tests that build a copy of their own: not run again against an existing build. */
const copyBuildingFiles = [
  'tests/build/editor-adds-entries.test.ts',
  'tests/build/content-variants.test.ts',
  'tests/build/images.test.ts',
  'tests/content/build-refuses.test.ts',
];
const allFiles = ['tests/**/*.test.ts', 'src/**/*.test.ts', 'cms/**/*.test.ts'];
const buildSite = ['tests/setup/build-site.ts'];

/**
 * A unit test that reaches for the built site (inject('distDir'), the built-site helpers, the
 * browser harness or Chromium) would otherwise fail with an obscure "undefined path": it fails
 * instead with where it belongs.
 */
function refuseBuiltSiteInUnitTests(): Plugin {
  const needsBuild =
    /\binject\(\s*['"](?:distDir|contentDir)['"]|from\s+['"][^'"]*(?:helpers\/built-site|browser\/harness)(?:\.ts)?['"]|from\s+['"]playwright-core['"]/;
  return {
    name: 'asm:unit-tests-need-no-build',
    transform(code, id) {
      if (id.includes('/node_modules/') || !needsBuild.test(code)) return null;
      throw new Error(
        `${relative(process.cwd(), id.split('?')[0]!)} a besoin du site construit ou d’un ` +
          `navigateur, mais il est chargé par un test du projet « unit ». Placez le fichier de ` +
          `test dans tests/build/ (ou nommez-le *.build.test.ts), ou dans tests/browser/ ` +
          `(*.browser.test.ts) : voir « Tests » dans le README.`,
      );
    },
  };
}

export default defineConfig({
  test: {
    // Browser tests share one Chromium per file; two cores leave room for two files at once.
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 180_000,
    projects: [
      {
        plugins: [refuseBuiltSiteInUnitTests()],
        test: {
          name: 'unit',
          // Pure modules: one worker may run several files (no global state to reset between them).
          isolate: false,
          restoreMocks: true,
          unstubEnvs: true,
          unstubGlobals: true,
          include: allFiles,
          exclude: [...buildFiles, ...browserFiles, '**/node_modules/**'],
        },
      },
      {
        test: {
          name: 'build',
          include: buildFiles,
          exclude: [
            ...browserFiles,
            '**/node_modules/**',
            // TEST_DIST_DIR: testing a build made elsewhere (tests/build/editor-adds-entries.test.ts).
            ...(process.env.TEST_DIST_DIR ? copyBuildingFiles : []),
          ],
          globalSetup: buildSite,
        },
      },
      {
        test: {
          name: 'browser',
          include: browserFiles,
          // A page's scripts may take more than expect.poll's default second to start on a
          // loaded machine (two cores shared with a build).
          expect: { poll: { timeout: 10_000 } },
          exclude: ['**/node_modules/**'],
          globalSetup: [...buildSite, 'tests/setup/browser.ts'],
        },
      },
    ],
  },
});
