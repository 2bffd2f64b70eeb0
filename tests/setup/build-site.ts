// Builds the site once per test run, into a private folder, so that build-output and browser
// tests read the same files and several runs (or a developer's own build) never collide.
// Both the build and the browser projects name this file: the first one to start builds, the
// other reuses that build (the state lives in the main process, shared by the projects).
// TEST_DIST_DIR (with TEST_CONTENT_DIR, the content it was built from) tests an existing build
// instead: tests/build/editor-adds-entries.test.ts runs the build-output tests on a copy that way.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { astroBuildEnv, astroEntry } from '../../tools/astro-build.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The built site. */
    distDir: string;
    /** The content folder it was built from: tests derive their expectations from it. */
    contentDir: string;
  }
}

type SharedBuild = { distDir: string; contentDir: string; work?: string; users: number };
const shared = globalThis as { asmTestBuild?: SharedBuild | { failure: unknown } };

function build(): SharedBuild {
  const root = resolve(import.meta.dirname, '..', '..');
  if (process.env.TEST_DIST_DIR) {
    return {
      distDir: resolve(process.env.TEST_DIST_DIR),
      contentDir: resolve(process.env.TEST_CONTENT_DIR ?? join(root, 'content')),
      work: undefined,
      users: 0,
    };
  }
  const work = mkdtempSync(join(tmpdir(), 'asm-test-'));
  const distDir = join(work, 'dist');
  execFileSync(process.execPath, [astroEntry, 'build', '--silent'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, ...astroBuildEnv(distDir, join(work, 'cache')) },
  });
  return { distDir, contentDir: join(root, 'content'), work, users: 0 };
}

export default function setup(project: TestProject) {
  if (!shared.asmTestBuild) {
    try {
      shared.asmTestBuild = build();
    } catch (failure) {
      // A failed build fails every project that needs it, without building again.
      shared.asmTestBuild = { failure };
    }
  }
  const state = shared.asmTestBuild;
  if ('failure' in state) throw state.failure;
  state.users += 1;
  project.provide('distDir', state.distDir);
  project.provide('contentDir', state.contentDir);
  return () => {
    state.users -= 1;
    if (state.users > 0) return;
    if (state.work) rmSync(state.work, { recursive: true, force: true });
    delete shared.asmTestBuild;
  };
}
